"""The choices an import can be told instead of guessing (issue 8.7): sheet, header row, unit row, column mapping,
CSV number marks, hidden rows.

Every field left at its default means "decide from the file", so ``ImportChoices()`` is the automatic import. The
same choices come from the GUI's import preview and, for the CLI, from a mapping file (``--mapping FILE``), a small
JSON object with exactly these keys::

    {"sheet": "Projects", "header_row": 3, "unit_row": true,
     "columns": {"Feedstock from": "feed_country", "Internal code": "ignore"},
     "decimal_mark": ",", "include_hidden_rows": false}

``columns`` maps a header as written to a field of METHOD.md §1 (``capex_musd``), an element symbol (``Dy``) or
``ignore``. A mapping is remembered per workbook by :func:`header_fingerprint`: the sheet name and its header
texts, so a new version of the same workbook finds its mapping and a different layout does not.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluator.elements import SYMBOLS
from evaluator.headers import FIELDS_BY_NAME, IGNORE, fold
from evaluator.i18n import translate
from evaluator.issues import InputFileError
from evaluator.number_marks import Convention

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
            raise ValueError(problems[0])

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


def choices_from_dict(data: Any, where: str) -> ImportChoices:
    """Choices from a parsed mapping object; raises :class:`InputFileError` naming ``where`` and the bad key."""
    if not isinstance(data, dict):
        raise InputFileError(translate("Mapping", "{where} must hold a JSON object.").format(where=where))
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise InputFileError(
            translate("Mapping", "{where}: unknown key '{key}' (the keys are {keys}).").format(
                where=where, key=unknown[0], keys=", ".join(KEYS)
            )
        )
    expected: dict[str, tuple[type, ...]] = {
        "sheet": (str,),
        "header_row": (int,),
        "unit_row": (bool,),
        "columns": (dict,),
        "decimal_mark": (str,),
        "include_hidden_rows": (bool,),
    }
    for key, value in data.items():
        if value is None and key not in {"columns", "include_hidden_rows"}:
            continue
        wrong_bool = key == "header_row" and isinstance(value, bool)
        if not isinstance(value, expected[key]) or wrong_bool:
            raise InputFileError(
                translate("Mapping", "{where}: '{key}' has the wrong kind of value ({value}).").format(
                    where=where, key=key, value=json.dumps(value)[:60]
                )
            )
    columns = data.get("columns") or {}
    if any(not isinstance(k, str) or not isinstance(v, str) for k, v in columns.items()):
        raise InputFileError(
            translate("Mapping", "{where}: every entry of 'columns' maps a header text to a field name.").format(
                where=where
            )
        )
    candidate = {key: data[key] for key in KEYS if key in data and data[key] is not None}
    candidate["columns"] = dict(columns)
    try:
        return ImportChoices(**candidate)
    except ValueError as error:
        raise InputFileError(f"{where}: {error}") from None


def read_mapping_file(path: str | Path) -> ImportChoices:
    """Read a mapping file (``--mapping FILE``); one sentence naming the file for anything that is wrong."""
    from evaluator.file_checks import FileCheckError, read_small_text
    from evaluator.json_text import loads_bounded

    path = Path(path)
    try:
        text = read_small_text(path)
    except FileCheckError as error:
        raise InputFileError(str(error)) from None
    except UnicodeDecodeError:
        raise InputFileError(
            translate("Mapping", "The mapping file {name} is not UTF-8 text.").format(name=path.name)
        ) from None
    try:
        data = loads_bounded(text)
    except json.JSONDecodeError as error:
        raise InputFileError(
            translate("Mapping", "{name} is not valid JSON (line {line}, column {column}).").format(
                name=path.name, line=error.lineno, column=error.colno
            )
        ) from None
    return choices_from_dict(data, path.name)


def header_fingerprint(sheet: str, header_texts: Sequence[object]) -> str:
    """A short key for "this sheet with these headers": how a mapping is remembered per workbook (issue 8.7)."""
    folded = [fold(text) for text in header_texts if text is not None and fold(text)]
    payload = json.dumps([sheet.strip().lower(), folded], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
