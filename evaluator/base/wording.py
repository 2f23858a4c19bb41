"""Small helpers for sentences shown to people."""

from __future__ import annotations

from collections.abc import Callable

from evaluator.base.i18n import translate, translating


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``counted(1, "warning")`` → ``"1 warning"``; ``counted(2, "row")`` → ``"2 rows"``, in the user's language.

    The nouns the app counts are numerus entries of the catalogue (issue 10.6): a translator gives as many forms as
    the language has plural classes (Japanese one, Polish three) and Qt picks the one for ``number``. In English, and
    for any noun not listed, the English rule applies (``plural`` where "+s" is wrong).
    """
    form = _NUMERUS.get(noun)
    if form is None or not translating():
        return f"{number:,} {noun if number == 1 else (plural or noun + 's')}"
    return form(number)


# Each counted noun's numerus entry, written out per noun: pyside6-lupdate reads only literal calls.
_NUMERUS: dict[str, Callable[[int], str]] = {
    "project": lambda n: translate("Counts", "%Ln project(s)", None, n),
    "scored project": lambda n: translate("Counts", "%Ln scored project(s)", None, n),
    "row": lambda n: translate("Counts", "%Ln row(s)", None, n),
    "error": lambda n: translate("Counts", "%Ln error(s)", None, n),
    "warning": lambda n: translate("Counts", "%Ln warning(s)", None, n),
    "issue": lambda n: translate("Counts", "%Ln issue(s)", None, n),
    "note": lambda n: translate("Counts", "%Ln note(s)", None, n),
    "country": lambda n: translate("Counts", "%Ln country(-ies)", None, n),
    "value": lambda n: translate("Counts", "%Ln value(s)", None, n),
}


def join_list(items: list[str] | tuple[str, ...]) -> str:
    """Items joined with the list separator of the user's language (", " in English, "、" in Japanese)."""
    return translate("Lists", ", ").join(items)
