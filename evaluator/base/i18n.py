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

#: ``translator(context, text, disambiguation, n)``: Qt's ``QCoreApplication.translate`` has this signature.
_translator: Callable[[str, str, str | None, int], str] | None = None
_english = contextvars.ContextVar("english", default=False)


def set_translator(translator: Callable[[str, str, str | None, int], str] | None) -> None:
    """Install ``translator(context, text, disambiguation, n) -> text`` (None restores English)."""
    global _translator  # noqa: PLW0603 - one process-wide hook, set by the app at start-up
    _translator = translator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``text`` for the catalogue without translating it now (for tables built at import time; translate
    them with :func:`translate` where they are shown)."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language when a translator is installed, else as written (English).

    With ``n`` ≥ 0 the entry is a numerus one (Qt's plural forms): the catalogue holds one form per plural class of
    the language, and ``%n`` / ``%Ln`` in it becomes ``n`` (``%Ln`` with the locale's digit grouping). Call with the
    four arguments positionally — ``translate("Counts", "%Ln row(s)", None, n)`` — which is the form
    ``pyside6-lupdate`` marks as numerus. English without a translator is :func:`evaluator.base.wording.counted`'s
    job (the source text's "(s)" is not for reading).
    """
    if _translator is None or _english.get():
        return text
    return _translator(context, text, disambiguation, n) or text


def translating() -> bool:
    """Whether :func:`translate` would consult a translator here (a language other than English is in force)."""
    return _translator is not None and not _english.get()


@contextlib.contextmanager
def untranslated() -> Iterator[None]:
    """Within this block (in this thread or task), :func:`translate` returns English."""
    token = _english.set(True)
    try:
        yield
    finally:
        _english.reset(token)
