"""The last line of defence: an unexpected exception shows a dialog and goes to a log file; the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.plain_text import message_box

log = logging.getLogger("ree_evaluator")


def log_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation) or ".")
    return folder / "ree-evaluator.log"


def configure_logging() -> Path:
    """Log warnings and errors to a rotating file in the app's data folder; return its path."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(parent: QWidget | None = None) -> None:
    """Replace ``sys.excepthook`` so an exception in a Qt slot is logged and shown instead of ending the app."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("Unhandled exception:\n%s", text)
        translate = QCoreApplication.translate
        box = message_box(  # plain text: the error may quote a cell or a file name (issue 9.9)
            parent,
            QMessageBox.Icon.Critical,
            translate("Errors", "Unexpected error"),
            translate("Errors", "Something went wrong: {error}.\nYour data is unchanged; you can keep working.").format(
                error=error or kind.__name__
            ),
            informative=translate("Errors", "Details were written to {path}.").format(path=log_path()),
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook
