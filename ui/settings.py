"""Where the app keeps what it remembers between runs (QSettings): window layout, recent files, last scenario.

``$REE_EVALUATOR_SETTINGS`` names an INI file to use instead of the platform's store, so tests (and portable
installs) never touch a user's real settings.
"""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QSettings

from evaluator.model.parameters import Parameters
from evaluator.model.scenario import ScenarioError, parameters_from_document, scenario_document

ORGANISATION = "ree-evaluator"
APPLICATION = "REE Evaluator"
MAX_RECENT = 8


def app_settings() -> QSettings:
    path = os.environ.get("REE_EVALUATOR_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def recent_files() -> list[str]:
    value = app_settings().value("files/recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if v]


def remember_file(path: str) -> list[str]:
    files = [path, *[f for f in recent_files() if f != path]][:MAX_RECENT]
    app_settings().setValue("files/recent", files)
    return files


def save_last_scenario(parameters: Parameters) -> None:
    app_settings().setValue("scenario/last", json.dumps(scenario_document(parameters)))


def last_scenario() -> Parameters | None:
    """The parameters in force when the app last closed, or None (also when the stored value is unusable)."""
    text = app_settings().value("scenario/last", "")
    if not text:
        return None
    try:
        return parameters_from_document(json.loads(str(text)))
    except (ScenarioError, ValueError):
        return None


def remembered_imports() -> dict[str, str]:
    """Import choices saved per workbook layout: fingerprint → choices JSON (issue 8.7). A snapshot for a worker."""
    store = app_settings()
    store.beginGroup("imports")
    try:
        return {key: str(store.value(key, "")) for key in store.childKeys()}
    finally:
        store.endGroup()


def remember_import(fingerprint: str, choices_json: str) -> None:
    """Save (or, for the automatic import ``{}``, forget) the choices for a workbook layout."""
    store = app_settings()
    key = f"imports/{fingerprint}"
    if choices_json.strip() in {"", "{}"}:
        store.remove(key)
    else:
        store.setValue(key, choices_json)
