"""Workbook text on a terminal is shown, never obeyed (issue 9.9).

A project name is data typed by whoever built the workbook. Printed raw, ``ESC [2J`` clears the analyst's screen,
``ESC ]0;…`` retitles the window, ``ESC ]8;;URL`` makes a link, a carriage return overwrites the line with a fake
one, and a right-to-left override (U+202E) reverses what follows. Every such character is written as its
``\\uXXXX`` escape instead: visible, unambiguous, and still a valid escape inside a JSON string, so the same
wrapper can stand in front of ``--json -`` without changing what a JSON reader gets.

Two levels:

- :func:`visible` for a value placed in a line (a table cell, a name in a sentence): every control character,
  newlines and tabs included, so one value cannot start a fake line;
- :class:`ConsoleStream` around ``sys.stdout`` / ``sys.stderr`` for everything the command prints: every control
  character except the newlines and tabs the program's own layout uses. Characters the terminal's encoding cannot
  show are written as escapes rather than ending the command with ``UnicodeEncodeError``.
"""

from __future__ import annotations

from typing import Any, TextIO

#: Bidirectional controls and separators that reorder or break what a terminal shows (Unicode TR 9, §2).
_REORDERING = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029)
_CONTROLS = (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))


def _escapes(keep: str) -> dict[int, str]:
    kept = {ord(c) for c in keep}
    return {code: f"\\u{code:04x}" for code in (*_CONTROLS, *_REORDERING) if code not in kept}


_IN_A_VALUE = _escapes("")
_IN_A_STREAM = _escapes("\n\t")


def visible(text: object) -> str:
    """``text`` with every control, reordering and line-breaking character written as ``\\uXXXX``."""
    return str(text).translate(_IN_A_VALUE)


class ConsoleStream:
    """A text stream that writes control characters (other than newline and tab) as escapes; the rest passes
    through to ``stream`` unchanged (``fileno``, ``isatty``, ``encoding``… are the wrapped stream's)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    @property
    def wrapped(self) -> TextIO:
        return self._stream

    def write(self, text: str) -> int:
        safe = text.translate(_IN_A_STREAM)
        try:
            self._stream.write(safe)
        except UnicodeEncodeError:  # a terminal that cannot show some character: escape it, do not fail
            encoding = getattr(self._stream, "encoding", None) or "ascii"
            self._stream.write(safe.encode(encoding, "backslashreplace").decode(encoding))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
