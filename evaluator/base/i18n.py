"""Translation hook for sentences the core writes for people (issue messages, explanations, chart labels).

The core stays free of Qt: it calls :func:`translate` with a context and an English source text, as
``translate("Issues", "'{value}' is not a recognised country.").format(value=...)``. Without a translator installed
the English text comes back unchanged (CLI, tests, library use). The desktop app installs Qt's translator, so the
same catalogue (``resources/i18n/*.ts``, extracted by ``pyside6-lupdate``, which recognises ``translate(`` calls)
serves the UI and the core. Inside :func:`untranslated` (used by the export, whose column names and generated text
stay English for interoperability) the hook is bypassed for the current thread or task.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator

_translator: Callable[[str, str], str] | None = None
_english = contextvars.ContextVar("english", default=False)


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    """Install ``translator(context, text) -> text`` (None restores English)."""
    global _translator  # noqa: PLW0603 - one process-wide hook, set by the app at start-up
    _translator = translator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``text`` for the catalogue without translating it now (for tables built at import time; translate
    them with :func:`translate` where they are shown)."""
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the user's language when a translator is installed, else as written (English)."""
    if _translator is None or _english.get():
        return text
    return _translator(context, text) or text


@contextlib.contextmanager
def untranslated() -> Iterator[None]:
    """Within this block (in this thread or task), :func:`translate` returns English."""
    token = _english.set(True)
    try:
        yield
    finally:
        _english.reset(token)
