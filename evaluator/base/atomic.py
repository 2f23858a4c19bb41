"""Write output files atomically: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import gc
import logging
import os
import stat
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from evaluator.base.errors import EvaluatorError
from evaluator.base.i18n import translate

log = logging.getLogger(__name__)


class OutputFileError(EvaluatorError):
    """An output file could not be written; ``str()`` is a sentence for the user, and no existing file was harmed."""


@contextlib.contextmanager
def atomic_target(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` in one rename, else it is removed.

    A symlinked target is written where it points (the link stays, and keeps serving whoever shares it), and an
    existing target that is not a regular file (a device, a FIFO, a folder) is refused: replacing ``/dev/null``
    with a file, as root, was possible before (issue 9.3).
    """
    target = _real_target(Path(target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputFileError(translate("Output", "The folder {folder} does not exist.").format(folder=folder))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f"{target.suffix}.tmp", dir=folder)
    except OSError as error:
        raise OutputFileError(
            translate("Output", "Cannot write in {folder}: {reason}.").format(
                folder=folder, reason=error.strerror or error
            )
        ) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temp, _mode_for(target))
        try:
            os.replace(temp, target)
        except OSError as error:
            raise OutputFileError(
                translate("Output", "Cannot replace {name}: {reason}. Is it open in another program?").format(
                    name=target.name, reason=error.strerror or error
                )
            ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _real_target(target: Path) -> Path:
    """Where writing ``target`` must land: through its symlinks; refused when it exists and is not a regular file."""
    real = Path(os.path.realpath(target)) if target.is_symlink() else target
    try:
        info = os.stat(real)
    except FileNotFoundError:
        return real
    except OSError as error:
        raise OutputFileError(
            translate("Output", "Cannot write {name}: {reason}.").format(
                name=target.name, reason=error.strerror or error
            )
        ) from None
    if not stat.S_ISREG(info.st_mode):
        sentence = (
            translate("Output", "{name} exists and is a folder, not a file: choose a file name (nothing was written).")
            if stat.S_ISDIR(info.st_mode)
            else translate(
                "Output",
                "{name} exists and is a device, pipe or socket, not a file: choose a file name (nothing was written).",
            )
        )
        raise OutputFileError(sentence.format(name=target.name))
    return real


def _current_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


#: Read once at import, on the main thread: os.umask() cannot be read without briefly changing it.
_UMASK = _current_umask()


def _mode_for(target: Path) -> int:
    """The replaced file's permissions, or the usual ones for a new file (mkstemp's are owner-only)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_UMASK


def write_atomically(target: str | Path, write: Callable[[Path], object]) -> Path:
    """Call ``write(temp_path)`` and move the result onto ``target``; OS errors become :class:`OutputFileError`.

    A failed write says one sentence and nothing else: the writer's half-written zip archive, left open by openpyxl
    when the disk fills, closes when its frames are freed and fails again in ``ZipFile.__del__``; that second failure
    went to stderr as ~60 lines of "Exception ignored … Traceback" (issue 9.12). While writing, such unraisable
    errors go to the log instead.
    """
    failure: str | None = None
    with _unraisable_to_log():
        try:
            with atomic_target(target) as temp:
                write(temp)
        except OSError as error:
            failure = error.strerror or str(error)
        except Exception as error:
            failure = _io_failure(error)
            if failure is None:
                raise
        if failure is not None:
            gc.collect()  # a failed writer's files are closed here, while their errors still go to the log
    if failure is not None:
        raise OutputFileError(
            translate("Output", "Cannot write {name}: {reason}.").format(name=Path(target).name, reason=failure)
        )
    return Path(target)


def _io_failure(error: Exception) -> str | None:
    """The reason of a write that failed below a library that does not raise OSError, or None when it is not one:
    lxml's serialiser (which openpyxl uses when lxml is installed) raises ``SerialisationError('IO_ENOSPC')``."""
    text = str(error)
    if type(error).__name__ != "SerialisationError" or not text.startswith("IO_"):
        return None
    code = getattr(errno, text.removeprefix("IO_"), None)
    return os.strerror(code) if isinstance(code, int) else text


@contextlib.contextmanager
def _unraisable_to_log() -> Iterator[None]:
    previous = sys.unraisablehook

    def to_log(unraisable: Any) -> None:
        log.info(  # the app's log file keeps it; a CLI run (no logging set up) prints only the sentence
            "Ignored while writing: %s",
            "".join(traceback.format_exception(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback)),
        )

    sys.unraisablehook = to_log
    try:
        yield
    finally:
        sys.unraisablehook = previous
