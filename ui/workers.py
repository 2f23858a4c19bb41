"""Run slow work (loading a workbook, exporting) on the thread pool, reporting back through Qt signals.

A :class:`Task` wraps a plain function. The function may accept a ``progress`` callback (fraction 0–1, message)
and a ``cancelled`` callable to poll; when the user cancels, the result is dropped and ``cancelled`` is emitted.
Errors arrive as ``failed(str)`` with the sentence of an :class:`~evaluator.base.errors.EvaluatorError`, or a short
description of anything else (a bug, written to the log with its traceback), so a worker can never take the window
down.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from evaluator.base.errors import EvaluatorError

log = logging.getLogger(__name__)
#: What a task may fail with as a sentence for the user (issue 10.6); anything else is a bug, logged with its
#: traceback (a numpy ValueError used to become a status message and was never logged).
EXPECTED_ERRORS = (EvaluatorError,)


class TaskSignals(QObject):
    """Signals live on a QObject; a QRunnable is not one."""

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """``function(*args, progress=…, cancelled=…)`` in the pool; its result goes to ``signals.finished``."""

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps a reference until a signal arrives
        self.function = function
        self.args = args
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            kwargs = {}
            accepted = inspect.signature(self.function).parameters
            if "progress" in accepted:
                kwargs["progress"] = lambda fraction, message="": self.signals.progress.emit(float(fraction), message)
            if "cancelled" in accepted:
                kwargs["cancelled"] = self._cancel.is_set
            result = self.function(*self.args, **kwargs)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as error:  # a Rust panic in a reader is a BaseException: it must not leave "Opening…"
            if self.is_cancelled:  # a task may stop by raising once it sees the cancel flag
                self.signals.cancelled.emit()
            elif isinstance(error, EXPECTED_ERRORS):
                self.signals.failed.emit(str(error))
            else:  # a bug: report it, log it, keep the app alive
                log.exception("background task failed")
                text = QCoreApplication.translate("Task", "Unexpected error ({kind}: {error}). Details are in the log.")
                self.signals.failed.emit(text.format(kind=type(error).__name__, error=error))
        else:
            if self.is_cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()


class TaskRelay(QObject):
    """Receives one task's signals for a widget, as the widget's child.

    A worker may report after its window closed (a cancelled task finishes its current batch first); Qt drops
    signals to a destroyed receiver, and this relay is destroyed with its parent, so late reports go nowhere
    instead of into deleted widgets. Lambdas connected directly would not get that protection.
    """

    def __init__(
        self,
        parent: QObject,
        task: Task,
        *,
        finished: Callable[[Any], None],
        failed: Callable[[str], None],
        cancelled: Callable[[], None],
        progress: Callable[[float, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._finished, self._failed, self._cancelled, self._progress = finished, failed, cancelled, progress
        task.signals.finished.connect(self.on_finished)
        task.signals.failed.connect(self.on_failed)
        task.signals.cancelled.connect(self.on_cancelled)
        task.signals.progress.connect(self.on_progress)

    @Slot(object)
    def on_finished(self, result: Any) -> None:
        self._finished(result)
        self.deleteLater()

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self._failed(message)
        self.deleteLater()

    @Slot()
    def on_cancelled(self) -> None:
        self._cancelled()
        self.deleteLater()

    @Slot(float, str)
    def on_progress(self, fraction: float, message: str) -> None:
        if self._progress is not None:
            self._progress(fraction, message)


def start(task: Task) -> Task:
    """Queue a task on the global thread pool and return it (keep the reference while it runs)."""
    QThreadPool.globalInstance().start(task)
    return task
