"""Small helpers for sentences shown to people."""

from __future__ import annotations

from evaluator.base.i18n import translate


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``counted(1, "warning")`` → ``"1 warning"``; ``counted(2, "row")`` → ``"2 rows"``, in the user's language.

    The nouns the app counts have catalogue entries for both forms (languages without a plural, such as Japanese,
    translate both the same way); any other noun gets the English rule.
    """
    forms = _FORMS.get(noun)
    if forms is None:
        return f"{number:,} {noun if number == 1 else (plural or noun + 's')}"
    return (forms[0]() if number == 1 else forms[1]()).format(n=f"{number:,}")


_FORMS = {
    "project": (lambda: translate("Counts", "{n} project"), lambda: translate("Counts", "{n} projects")),
    "scored project": (
        lambda: translate("Counts", "{n} scored project"),
        lambda: translate("Counts", "{n} scored projects"),
    ),
    "row": (lambda: translate("Counts", "{n} row"), lambda: translate("Counts", "{n} rows")),
    "error": (lambda: translate("Counts", "{n} error"), lambda: translate("Counts", "{n} errors")),
    "warning": (lambda: translate("Counts", "{n} warning"), lambda: translate("Counts", "{n} warnings")),
    "issue": (lambda: translate("Counts", "{n} issue"), lambda: translate("Counts", "{n} issues")),
    "note": (lambda: translate("Counts", "{n} note"), lambda: translate("Counts", "{n} notes")),
    "country": (lambda: translate("Counts", "{n} country"), lambda: translate("Counts", "{n} countries")),
    "value": (lambda: translate("Counts", "{n} value"), lambda: translate("Counts", "{n} values")),
}


def join_list(items: list[str] | tuple[str, ...]) -> str:
    """Items joined with the list separator of the user's language (", " in English, "、" in Japanese)."""
    return translate("Lists", ", ").join(items)
