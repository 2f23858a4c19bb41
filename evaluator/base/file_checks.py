"""Checks on the files the app reads and writes before touching them (issue 9.2–9.4).

Reading: only regular files, and only up to a documented size (``/dev/zero`` ate memory, a FIFO hung the worker for
ever). Writing: never over the input or over another output of the same run (``score in.xlsx -o in.xlsx`` replaced
the analyst's workbook), never over something that is not a regular file (``-o /dev/null`` as root would replace
the device). Each refusal is one sentence naming the file; nothing has been read or written when it is raised.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from evaluator.base.errors import EvaluatorError
from evaluator.base.i18n import translate

#: Largest input workbook or CSV read (bytes): the largest real screening workbooks are a few MB; 10,000 projects
#: with every column are 2 MB as .xlsx and 5 MB as CSV. Bigger is not an analyst's file.
MAX_INPUT_BYTES = 200 * 1024 * 1024
#: Largest scenario or mapping file read (bytes): they are a few kB.
MAX_SMALL_FILE_BYTES = 1024 * 1024


class FileCheckError(EvaluatorError):
    """A file the app was asked to read or write is not acceptable; ``str()`` is the sentence for the user."""


def read_small_text(path: str | Path) -> str:
    """A scenario or mapping file's text: a regular file of at most :data:`MAX_SMALL_FILE_BYTES`, UTF-8 with or
    without Notepad's BOM. :class:`FileCheckError` for the file, ``UnicodeDecodeError`` for its encoding."""
    return read_regular_file(path, MAX_SMALL_FILE_BYTES).decode("utf-8-sig")


def read_regular_file(path: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``path`` if it is a regular file no larger than ``limit``; else :class:`FileCheckError`.

    ``stat`` comes first, so a FIFO or a device is refused without being opened (opening a FIFO blocks); the read
    stops one byte past the limit, so a file that grows between the check and the read is refused too.
    """
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise FileCheckError(translate("InputFile", "The file {path} does not exist.").format(path=path)) from None
    except OSError as error:
        raise FileCheckError(_cannot_read(path, error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise FileCheckError(translate("InputFile", "{path} is a folder, not a workbook.").format(path=path))
    if not stat.S_ISREG(info.st_mode):
        raise FileCheckError(
            translate(
                "InputFile", "{name} is not a regular file (a device, pipe or socket); open a file saved on disk."
            ).format(name=path.name)
        )
    if info.st_size > limit:
        raise FileCheckError(_too_large(path, info.st_size, limit))
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise FileCheckError(_cannot_read(path, error)) from None
    if len(data) > limit:
        raise FileCheckError(_too_large(path, len(data), limit))
    return data


def refuse_overwriting(outputs: Iterable[Path | str | None], inputs: Iterable[Path | str | None]) -> None:
    """Refuse outputs that are an input, or the same file as another output (whatever the spelling).

    ``-`` (standard output) and ``None`` (not asked for) are skipped.
    """
    sources = [Path(p) for p in inputs if p is not None and str(p) != "-"]
    seen: list[Path] = []
    for output in (Path(p) for p in outputs if p is not None and str(p) != "-"):
        for source in sources:
            if same_file(output, source):
                raise FileCheckError(
                    translate(
                        "OutputFile",
                        "The output {output} is the input {input}: writing it would destroy the input. "
                        "Choose another file name (nothing was written).",
                    ).format(output=output, input=source.name)
                )
        for earlier in seen:
            if same_file(output, earlier):
                raise FileCheckError(
                    translate(
                        "OutputFile",
                        "{first} and {second} are the same file: give each output its own name (nothing was written).",
                    ).format(first=earlier, second=output)
                )
        seen.append(output)


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same inode when both exist, else the same resolved path."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def _too_large(path: Path, size: int, limit: int) -> str:
    return translate(
        "InputFile", "{name} is {size} MB, more than the {limit} MB this app reads; it cannot be a projects workbook."
    ).format(name=path.name, size=f"{size / 1048576:,.0f}", limit=f"{limit / 1048576:,.0f}")


def _cannot_read(path: Path, error: OSError) -> str:
    return translate("InputFile", "The file {name} cannot be read: {reason}.").format(
        name=path.name, reason=error.strerror or error
    )
