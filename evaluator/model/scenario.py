"""Scenario files: an analyst's weights, method, filters and parameters as small, validated JSON (never pickle).

A scenario is the :class:`~evaluator.model.parameters.Parameters` in JSON form with a format marker and a version, so a
file from a later version, or a hand edit gone wrong, is refused with a sentence rather than half-applied.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evaluator.base.atomic import write_atomically
from evaluator.base.errors import EvaluatorError
from evaluator.base.i18n import translate
from evaluator.model.parameters import ParameterError, Parameters, parse_setting

FORMAT = "ree-evaluator-scenario"
VERSION = 1


class ScenarioError(EvaluatorError, ValueError):
    """A scenario file cannot be used; ``str()`` is the sentence for the user."""


def scenario_document(params: Parameters, *, note: str = "") -> dict[str, Any]:
    """The JSON-ready form of a scenario."""
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION, "parameters": params.as_dict()}
    if note:
        document["note"] = note
    return document


def save_scenario(params: Parameters, path: str | Path, *, note: str = "") -> Path:
    """Write a scenario file atomically."""
    text = json.dumps(scenario_document(params, note=note), indent=2, ensure_ascii=False)
    return write_atomically(path, lambda temp: temp.write_text(text + "\n", encoding="utf-8"))


def parameters_from_document(document: Any) -> Parameters:
    """Validate a parsed scenario document and build its parameters (every value checked as the CLI checks it)."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ScenarioError(
            translate("Scenario", "This is not a scenario file of this app (no 'format: ree-evaluator-scenario').")
        )
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION or version < 1:
        raise ScenarioError(
            translate(
                "Scenario", "Scenario version {version} is not supported (this app reads version {supported})."
            ).format(version=repr(version), supported=VERSION)
        )
    values = document.get("parameters")
    if not isinstance(values, dict):
        raise ScenarioError(translate("Scenario", "The scenario has no 'parameters' object."))
    changes: dict[str, Any] = {}
    try:
        for name, value in values.items():
            field, parsed = parse_setting(name, value)
            changes[field] = parsed
        return Parameters().replace(**changes)
    except ParameterError as error:
        raise ScenarioError(
            translate("Scenario", "The scenario holds an invalid value: {reason}").format(reason=error)
        ) from None


def load_scenario(path: str | Path) -> Parameters:
    """Read and validate a scenario file; raise :class:`ScenarioError` with one sentence if it cannot be used."""
    from evaluator.base.file_checks import FileCheckError, read_small_text
    from evaluator.base.json_text import loads_bounded

    path = Path(path)
    try:
        # a regular file of at most 1 MB (a FIFO or /dev/zero hung the GUI thread, issue 9.4); Notepad's BOM is fine
        text = read_small_text(path)
    except FileCheckError as error:
        raise ScenarioError(str(error)) from None
    except UnicodeDecodeError as error:
        raise ScenarioError(
            translate("Scenario", "{name} cannot be read ({reason}).").format(name=path.name, reason=error)
        ) from None
    try:
        document = loads_bounded(text)
    except json.JSONDecodeError as error:
        raise ScenarioError(
            translate("Scenario", "{name} is not valid JSON (line {line}: {reason}).").format(
                name=path.name, line=error.lineno, reason=error.msg
            )
        ) from None
    return parameters_from_document(document)
