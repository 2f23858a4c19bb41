"""The JSON form of a ranking (``ree-evaluator score --json``): scored projects best first, issues, parameters."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from evaluator import __version__
from evaluator.atomic import write_atomically
from evaluator.parameters import CRITERIA
from evaluator.ranking import Ranking

_PROJECT_KEYS = (
    "project_id",
    "name",
    "rank",
    "lcop_usd_per_kg",
    "cost_score",
    "risk_score",
    "coverage_score",
    "overall",
    "sponsor",
    "country",
    "country_iso3",
    "facility_type",
    "stage",
    "capacity_tpa",
    "capex_musd",
    "opex_usd_per_kg",
    "lcop_capital_usd_per_kg",
    "site_risk",
    "feed_country_iso3",
    "feed_risk",
    "feed_risk_assumed",
    "project_risk",
    "excel_row",
)


def ranking_document(ranking: Ranking) -> dict[str, Any]:
    """A plain dict (JSON-ready: NaN → None, numpy → Python) describing the ranking."""
    table = ranking.table
    columns = {key: [_plain(v) for v in table[key].to_numpy(dtype=object)] for key in _PROJECT_KEYS}
    contributions = {k: [_plain(v) for v in table[f"contribution_{k}"].to_numpy()] for k in CRITERIA}
    elements = [[s for s in text.split(", ") if s] for text in table["elements"]]
    projects = []
    for position in range(len(table)):
        entry = {key: columns[key][position] for key in _PROJECT_KEYS}
        entry["elements"] = elements[position]
        entry["contributions"] = {k: contributions[k][position] for k in CRITERIA}
        entry["assumptions"] = ranking.assumption_notes[position]
        projects.append(entry)
    dataset = ranking.dataset
    return {
        "projects": projects,
        "issues": [issue.as_dict() for issue in dataset.issues],
        "parameters": ranking.parameters.as_dict(),
        "summary": {
            "projects_loaded": len(dataset),
            "projects_scored": len(ranking),
            "rows_left_out": dataset.rows_with_errors,
            "warnings": dataset.warning_count,
            "filters": ranking.filter_summary(),
            "filtered_out": ranking.filtered.drop(columns=["excel_row"]).to_dict(orient="records"),
        },
        "source": {
            "file": dataset.source.path.name if dataset.source else None,
            "sha256": dataset.source.sha256 if dataset.source else None,
            "sheet": dataset.sheet,
        },
        "app_version": __version__,
    }


def write_json(ranking: Ranking, path: str | Path) -> Path:
    """Write :func:`ranking_document` to ``path`` atomically (UTF-8, indented)."""
    text = json.dumps(ranking_document(ranking), indent=2, ensure_ascii=False, allow_nan=False)
    return write_atomically(path, lambda temp: temp.write_text(text + "\n", encoding="utf-8"))


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value.__class__.__name__ == "NAType":
        return None
    return value
