"""The choices an import can be told instead of guessing (issue 8.7): sheet, header row, unit row, column mapping,
CSV number marks, hidden rows.

Every field left at its default means "decide from the file", so ``ImportChoices()`` is the automatic import. The
same choices come from the GUI's import preview and, for the CLI, from a mapping file (``--mapping FILE``), a small
JSON object with exactly these keys::

    {"sheet": "Projects", "header_row": 3, "unit_row": true,
     "columns": {"Feedstock from": "feed_country", "Internal code": "ignore"},
     "decimal_mark": ",", "include_hidden_rows": false}

``columns`` maps a header as written to a field of METHOD.md §1 (``capex_musd``), an element symbol (``Dy``) or
``ignore``. Reading a mapping file, and the header fingerprint a mapping is remembered by per workbook (the sheet
name and its header texts, so a new version of the same workbook finds its mapping and a different layout does
not), are in :mod:`evaluator.inputs.mapping_file`; this module is the data, which a Dataset records.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from evaluator.base.errors import EvaluatorError
from evaluator.base.i18n import translate
from evaluator.model.fields import FIELDS_BY_NAME, IGNORE, fold
from evaluator.reference.elements import SYMBOLS


class ImportChoiceError(EvaluatorError, ValueError):
    """An import choice that cannot be followed (a row number below 1, an unknown field); ``str()`` is the sentence."""


#: How a CSV file writes its numbers: "1,234.5" (english) or "1.234,5" (european).
Convention = Literal["english", "european"]

_DECIMAL_MARKS: dict[str, Convention] = {".": "english", ",": "european"}
KEYS = ("sheet", "header_row", "unit_row", "columns", "decimal_mark", "include_hidden_rows")


@dataclass(frozen=True)
class ImportChoices:
    """How to read a workbook; each default means "decide from the file" (see the module docstring)."""

    sheet: str | None = None
    header_row: int | None = None  # 1-based worksheet row
    unit_row: bool | None = None
    columns: Mapping[str, str] = field(default_factory=dict)  # header as written → field, element or "ignore"
    decimal_mark: str | None = None  # "." or "," for CSV files
    include_hidden_rows: bool = False

    def __post_init__(self) -> None:
        problems = validate_choices(self)
        if problems:
            raise ImportChoiceError(problems[0])

    @property
    def convention(self) -> Convention | None:
        """The CSV number convention the decimal mark implies, or None to detect it."""
        return _DECIMAL_MARKS.get(self.decimal_mark) if self.decimal_mark else None

    @property
    def column_targets(self) -> dict[str, str]:
        """The column mapping keyed by folded header text, the way headers are matched."""
        return {fold(text): target for text, target in self.columns.items() if fold(text)}

    def replace(self, **changes: Any) -> ImportChoices:
        return dataclasses.replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        """The mapping-file form: only the choices that differ from "decide from the file"."""
        data: dict[str, Any] = {}
        for key in KEYS:
            value = getattr(self, key)
            default = getattr(AUTOMATIC, key)
            if value != default:
                data[key] = dict(value) if key == "columns" else value
        return data

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2, sort_keys=True)


def validate_choices(choices: ImportChoices) -> list[str]:
    """Sentences for every choice that cannot be used (empty when all are fine)."""
    problems = []
    if choices.header_row is not None and (isinstance(choices.header_row, bool) or choices.header_row < 1):
        problems.append(translate("Mapping", "header_row must be a worksheet row number (1 or more)."))
    if choices.decimal_mark is not None and choices.decimal_mark not in _DECIMAL_MARKS:
        problems.append(translate("Mapping", "decimal_mark must be '.' or ','."))
    valid = column_choices()
    for text, target in choices.columns.items():
        if target not in valid:
            problems.append(
                translate(
                    "Mapping", "The column '{column}' is mapped to '{target}', which is not one of: {valid}."
                ).format(column=text, target=target, valid=", ".join(valid))
            )
    return problems


def column_choices() -> list[str]:
    """Every target a column can be mapped to: the fields of METHOD.md §1, the element symbols, and ``ignore``."""
    return [*FIELDS_BY_NAME, *SYMBOLS, IGNORE]


AUTOMATIC = ImportChoices()
