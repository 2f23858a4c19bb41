"""Issue 9.11: Monte Carlo memory grew with the square of the projects (a projects × ranks float64 matrix): 20,000
projects needed 3.3 GB whatever the sample count (12.8 GB in the issue's run) and 200,000 a MemoryError for 298 GiB.
Now only the first ranks' probabilities and what the exact 5–95 % ranks need are kept, and a run that would keep
more than ``montecarlo.MAX_RANK_CELLS`` ranks is refused with one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from openpyxl import Workbook

from evaluator.analysis.montecarlo import MAX_RANK_CELLS
from tests.evaluator.helpers import HEADER

PROJECTS = 20_000
COUNTRIES = ("Australia", "Brazil", "Canada", "Malaysia", "China", "United States", "Vietnam", "India")
ELEMENTS = ("Nd, Pr", "Dy, Tb", "Nd, Pr, Dy, Tb", "La, Ce", "La, Ce, Nd, Pr, Sm, Dy, Tb")


@pytest.fixture(scope="module")
def many_projects(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20,000 valid projects (every one scored), capex and opex ranges on each, few distinct element sets and
    countries (so ties happen), written with openpyxl's write-only mode (about 2 s)."""
    rng = np.random.default_rng(911)
    capacity = np.round(rng.uniform(500, 20_000, PROJECTS), -1)
    capex = np.round(capacity * rng.uniform(0.02, 0.1, PROJECTS), 1)
    opex = np.round(rng.uniform(5, 60, PROJECTS), 2)
    countries = rng.integers(0, len(COUNTRIES), PROJECTS)
    elements = rng.integers(0, len(ELEMENTS), PROJECTS)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Projects")
    sheet.append([*HEADER, "capex_low", "capex_high", "opex_low", "opex_high"])
    for i in range(PROJECTS):
        c, o = float(capex[i]), float(opex[i])
        sheet.append(
            [
                f"P{i:05d}",
                f"Plant {i}",
                COUNTRIES[countries[i]],
                float(capacity[i]),
                c,
                o,
                ELEMENTS[elements[i]],
                round(0.8 * c, 1),
                round(1.4 * c, 1),
                round(0.9 * o, 2),
                round(1.2 * o, 2),
            ]
        )
    path = tmp_path_factory.mktemp("projects") / "many-projects.xlsx"
    book.save(path)
    return path


def test_twenty_thousand_projects_run_under_the_memory_limit(run_cli, many_projects, tmp_path) -> None:
    """The old code asked for a 20,000² float64 matrix (2.98 GiB) here whatever the sample count and failed with
    MemoryError under the 3 GB limit; now 500 samples keep 10 million ranks (20 MB) and the analysis runs (4 s)."""
    target = tmp_path / "mc.json"
    done = run_cli("sensitivity", many_projects, "--samples", 500, "--json", target, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    document = json.loads(target.read_text(encoding="utf-8"))
    projects = document["projects"]
    assert len(projects) == PROJECTS
    assert document["monte_carlo"]["samples"] == 500
    assert document["monte_carlo"]["varied"] == {
        "weights": 1, "capex_ranges": PROJECTS, "opex_ranges": PROJECTS, "common_capex": 1, "prices": 1, "schedule": 1,
    }  # fmt: skip
    # Each sample has one project at rank 1 and three in the top 3; probabilities are multiples of 1/500.
    assert sum(p["p_top1"] for p in projects) == pytest.approx(1.0)
    assert sum(p["p_top3"] for p in projects) == pytest.approx(3.0)
    assert sum(p["mean_rank"] for p in projects) == pytest.approx(PROJECTS * (PROJECTS + 1) / 2)
    assert all(1 <= p["rank_p5"] <= p["rank_p95"] <= PROJECTS for p in projects)
    assert len({p["rank_p95"] - p["rank_p5"] for p in projects}) > 10  # the intervals really vary
    # The 5 % and 95 % ranks agree with P(top k): rank_p5 ≤ k exactly when P(top k) ≥ 5 %, and so on.
    for p in projects:
        for k in (1, 3, 5):
            assert (p["rank_p5"] <= k) == (p[f"p_top{k}"] >= 0.05 - 1e-12)
            assert (p["rank_p95"] <= k) == (p[f"p_top{k}"] >= 0.95 - 1e-12)
    assert any(p["rank_p5"] == 1 for p in projects)


def test_too_many_samples_for_the_projects_is_one_sentence(run_cli, many_projects) -> None:
    """20,000 projects × 10,000 samples would keep 200 million ranks: refused before sampling, with the numbers and
    the largest sample count that fits, exit 2 like every unusable parameter, no traceback."""
    done = run_cli("sensitivity", many_projects, "--samples", 10_000, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert f"{PROJECTS:,} projects and 10,000 samples would keep {PROJECTS * PROJECTS // 2:,} ranks" in lines[0]
    assert f"the limit of {MAX_RANK_CELLS:,}" in lines[0]
    assert f"use at most {MAX_RANK_CELLS // PROJECTS:,} samples or filter the projects." in lines[0]
