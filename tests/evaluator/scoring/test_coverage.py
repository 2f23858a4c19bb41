"""Element coverage (METHOD.md §2): 100·Σ c_e·covered_e / Σ c_e with Dy = Tb = 10, Nd = Pr = 5, La = Ce = 1 (Σ = 32)."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.reference.elements import INDEX, SYMBOLS
from evaluator.scoring.coverage import coverage_score
from evaluator.scoring.ranking import score
from tests.evaluator.scoring_helpers import V1, by_id, element_table, make_dataset, project


def _covered(*symbol_sets: tuple[str, ...]) -> np.ndarray:
    matrix = np.zeros((len(symbol_sets), len(SYMBOLS)), dtype=bool)
    for i, symbols in enumerate(symbol_sets):
        for s in symbols:
            matrix[i, INDEX[s]] = True
    return matrix


def test_coverage_score_by_hand() -> None:
    criticality = element_table().criticality
    covered = _covered(("Nd", "Pr"), ("Dy", "Tb"), ("Nd", "Pr", "Dy", "Tb"), SYMBOLS, ("La",), ("Sm", "Eu"), ())
    expected = [
        100 * (5 + 5) / 32,  # 31.25
        100 * (10 + 10) / 32,  # 62.5
        100 * 30 / 32,  # 93.75
        100.0,
        100 * 1 / 32,  # 3.125
        0.0,  # only zero-weight elements
        0.0,  # nothing produced
    ]
    assert coverage_score(covered, criticality) == pytest.approx(expected)


def test_coverage_all_weights_zero_scores_zero() -> None:
    criticality = np.zeros(len(SYMBOLS))
    assert coverage_score(_covered(SYMBOLS, ("Nd",)), criticality) == pytest.approx([0.0, 0.0])


def test_score_coverage_by_hand() -> None:
    dataset = make_dataset(
        [
            project("A", elements=("Nd", "Pr")),  # 10/32 → 31.25
            project("B", elements=("Dy", "Tb", "La")),  # 21/32 → 65.625
            project("C", elements=SYMBOLS),  # 100
            project("D", elements=()),  # 0
            project("E", elements=("Ce", "Nd")),  # 6/32 → 18.75
        ]
    )
    ranking = score(dataset, V1)
    expected = {"A": 31.25, "B": 65.625, "C": 100.0, "D": 0.0, "E": 18.75}
    assert by_id(ranking, "coverage_score") == pytest.approx(expected)
    position = ranking.position_of("D")
    assert position is not None
    assert "No rare-earth element listed: coverage score 0." in ranking.assumptions(position)


def test_score_coverage_with_other_criticality() -> None:
    # Nd = 1, Dy = 3: Σ = 4; Nd only → 25, Dy only → 75, both → 100, Pr (weight 0) → 0.
    dataset = make_dataset(
        [
            project("A", elements=("Nd",)),
            project("B", elements=("Dy",)),
            project("C", elements=("Nd", "Dy")),
            project("D", elements=("Pr",)),
        ],
        elements=element_table({"Nd": 1.0, "Dy": 3.0}),
    )
    assert by_id(score(dataset, V1), "coverage_score") == pytest.approx({"A": 25.0, "B": 75.0, "C": 100.0, "D": 0.0})
