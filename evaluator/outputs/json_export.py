"""The JSON form of a ranking (``ree-evaluator score --json``): scored projects best first, issues, parameters."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from evaluator import __version__
from evaluator.base.atomic import write_atomically
from evaluator.model.columns import JSON_VIEW
from evaluator.model.criteria import CRITERIA
from evaluator.scoring.ranking import Ranking

if TYPE_CHECKING:
    from evaluator.analysis.montecarlo import MonteCarloResult
    from evaluator.analysis.sensitivity import WeightSweep, WinnerStability


def ranking_document(ranking: Ranking) -> dict[str, Any]:
    """A plain dict (JSON-ready: NaN → None, numpy → Python) describing the ranking."""
    table = ranking.table
    columns = {key: [_plain(v) for v in table[key].to_numpy(dtype=object)] for key in JSON_VIEW}
    contributions = {k: [_plain(v) for v in table[f"contribution_{k}"].to_numpy()] for k in CRITERIA}
    elements = [[s for s in text.split(", ") if s] for text in table["elements"]]
    projects = []
    for position in range(len(table)):
        entry = {key: columns[key][position] for key in JSON_VIEW}
        entry["elements"] = elements[position]
        entry["contributions"] = {k: contributions[k][position] for k in CRITERIA}
        entry["assumptions"] = ranking.assumption_notes[position]
        entry["expected_tonnes"] = {k: _plain(v) for k, v in ranking.expected_tonnes_by_element(position).items()}
        entry["flags"] = ranking.flag_codes[position]
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
    return write_document(ranking_document(ranking), path)


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


def sensitivity_document(
    ranking: Ranking, mc: MonteCarloResult, stability: WinnerStability, sweep: WeightSweep | None = None
) -> dict[str, Any]:
    """``ree-evaluator sensitivity --json``: Monte Carlo rank statistics, winner stability, sweep changes."""
    table = mc.table()
    projects = [
        {
            "project_id": row.project_id,
            "name": row.name,
            "rank": int(row.rank),
            "p_top1": float(row.p_top1),
            "p_top3": float(row.p_top3),
            "p_top5": float(row.p_top5),
            "mean_rank": float(row.mean_rank),
            "rank_p5": int(row.rank_p5),
            "rank_p95": int(row.rank_p95),
        }
        for row in table.itertuples(index=False)
    ]
    document: dict[str, Any] = {
        "projects": projects,
        "winner_stability": stability.as_dict(),
        "monte_carlo": {
            "samples": mc.samples,
            "seed": mc.seed,
            "alpha": mc.alpha,
            "method": mc.method,
            "varied": mc.varied,
        },
        "parameters": ranking.parameters.as_dict(),
        "app_version": __version__,
    }
    if sweep is not None:
        document["weight_sweep"] = {
            criterion: {
                "current_weight": item.current,
                "rank1_changes": [{"weight": c.weight, "from": c.before, "to": c.after} for c in item.changes],
            }
            for criterion, item in sweep.criteria.items()
        }
    return document


def write_document(document: dict[str, Any], path: str | Path) -> Path:
    """Write any JSON document atomically (UTF-8, indented, no NaN)."""
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False)
    return write_atomically(path, lambda temp: temp.write_text(text + "\n", encoding="utf-8"))
