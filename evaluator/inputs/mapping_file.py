"""A mapping file (``--mapping FILE``, issue 8.7) read into :class:`~evaluator.model.import_choices.ImportChoices`,
and the header fingerprint a mapping is remembered by, per workbook.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evaluator.base.i18n import translate
from evaluator.model.fields import fold
from evaluator.model.import_choices import KEYS, ImportChoices
from evaluator.model.issues import InputFileError


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
    from evaluator.base.file_checks import FileCheckError, read_small_text
    from evaluator.base.json_text import loads_bounded

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
