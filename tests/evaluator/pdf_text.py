"""Read back what a matplotlib-written PDF says, without a PDF library: page count and the text of each page.

matplotlib compresses each page's content stream with zlib and writes text as ``(...) Tj`` or kerned
``[(...) -0.5 (...)] TJ`` arrays; joining the strings of one text object gives the line as drawn.
"""

from __future__ import annotations

import re
import zlib

# The data runs to "endstream", its line end included: a compressed stream may itself end in a CR byte (1 in 256),
# which an optional CR in the pattern took away, so the page's text was lost (a flaky test). The decompressor
# stops at the end of the zlib data and leaves the line end unused.
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
_TEXT_OBJECT = re.compile(rb"BT(.*?)ET", re.S)
_SHOWN = re.compile(rb"\[(.*?)\]\s*TJ|(\((?:\\.|[^\\)])*\))\s*Tj", re.S)
_STRING = re.compile(rb"\(((?:\\.|[^\\)])*)\)", re.S)


def page_count(data: bytes) -> int:
    """``/Type /Page`` objects (not ``/Pages``)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def _unescape(raw: bytes) -> str:
    return re.sub(rb"\\(.)", rb"\1", raw).decode("latin-1")


def page_texts(data: bytes) -> list[list[str]]:
    """The text lines of each page content stream that holds text, in the order written (one per page)."""
    pages = []
    for stream in _STREAM.findall(data):
        inflater = zlib.decompressobj()
        try:
            content = inflater.decompress(stream)
        except zlib.error:
            continue
        if not inflater.eof:
            continue
        lines = []
        for text_object in _TEXT_OBJECT.findall(content):
            pieces = []
            for array, single in _SHOWN.findall(text_object):
                source = array if array else single
                pieces.extend(_unescape(s) for s in _STRING.findall(source))
            if pieces:
                lines.append("".join(pieces))
        if lines:
            pages.append(lines)
    return pages


def _pattern(expected: str) -> re.Pattern[str]:
    """``expected`` as drawn: matplotlib may set ff, fi, fl (and ffi, ffl) as one ligature glyph."""
    parts = re.split(r"(ffi|ffl|ff|fi|fl)", expected)
    return re.compile(
        "".join("(?:" + re.escape(p) + "|.)" if i % 2 else re.escape(p) for i, p in enumerate(parts)), re.S
    )


def shows(lines: list[str], expected: str) -> bool:
    """Whether one of ``lines`` contains ``expected`` (allowing for ligatures)."""
    pattern = _pattern(expected)
    return any(pattern.search(line) for line in lines)
