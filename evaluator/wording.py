"""Small helpers for sentences shown to people."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``counted(1, "warning")`` → ``"1 warning"``; ``counted(2, "row")`` → ``"2 rows"``."""
    return f"{number} {noun if number == 1 else (plural or noun + 's')}"
