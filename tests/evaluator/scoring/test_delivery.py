"""Expected tonnes against the gap (METHOD.md v2 §2.3): π by stage and start year, credit by form, gap lookup,
coverage with and without the γ cap — each against a hand-worked value."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator.scoring.coverage import gap_coverage_score
from evaluator.scoring.delivery import chain_stage, delivery_probability, expected_tonnes, form_credit, gap_at_stage

STAGE_PROBABILITY = {"concept": 0.15, "scoping": 0.25, "pfs": 0.35, "dfs": 0.50, "construction": 0.80,
                     "commissioning": 0.90, "operating": 1.00, "on_hold": 0.05}  # fmt: skip


def test_pi_follows_the_stage_and_is_zero_after_the_target_year() -> None:
    stages = pd.Series(["operating", "construction", "on_hold", None, "pfs", "dfs"], dtype=object)
    start = np.array([2024, 2030, np.nan, 2028, 2031, np.nan])
    pi, unknown = delivery_probability(stages, start, STAGE_PROBABILITY, target_year=2030)
    # operating 1.0; construction starting in the target year counts (0.8); on hold 0.05; no stage → dfs (0.5);
    # a pfs project starting in 2031 delivers nothing by 2030; an unknown start year does not move π.
    assert pi == pytest.approx([1.0, 0.8, 0.05, 0.5, 0.0, 0.5])
    assert list(unknown) == [False, False, False, True, False, False]


def test_without_schedule_risk_only_the_start_year_rule_remains() -> None:
    stages = pd.Series(["concept", "on_hold", "pfs"], dtype=object)
    pi, _ = delivery_probability(stages, np.array([2029, np.nan, 2035]), STAGE_PROBABILITY, target_year=2030,
                                 schedule_risk=False)  # fmt: skip
    assert pi == pytest.approx([1.0, 1.0, 0.0])


def test_credit_and_chain_stage_by_output_form() -> None:
    forms = pd.Series(["concentrate", "mixed", "oxide", "metal", "alloy", "magnet"])
    assert list(chain_stage(forms)) == ["oxide", "oxide", "oxide", "metal", "metal", "magnet"]
    assert form_credit(forms, 0.5) == pytest.approx([0.5, 0.5, 1, 1, 1, 1])


def test_expected_tonnes_multiply_probability_credit_and_utilisation() -> None:
    tonnes = np.array([[100.0, 10.0], [100.0, 10.0]])
    expected = expected_tonnes(np.array([0.8, 1.0]), np.array([1.0, 0.5]), 0.85, tonnes)
    assert expected.ravel() == pytest.approx([68.0, 6.8, 42.5, 4.25])


def test_each_project_reads_the_gap_of_its_own_stage() -> None:
    gaps = {"oxide": np.array([1000.0, -50.0]), "magnet": np.array([300.0, 20.0])}
    rows = gap_at_stage(np.array(["magnet", "oxide", "metal"], dtype=object), gaps, 2)
    assert rows.tolist() == [[300.0, 20.0], [1000.0, -50.0], [0.0, 0.0]]  # no metal row in this table: no gap


def test_coverage_against_the_gap_with_and_without_the_cap() -> None:
    criticality = np.array([8.0, 10.0, 0.5])
    gap = np.array([[1000.0, 100.0, -500.0]] * 3)
    expected = np.array([[125.0, 10.0, 999.0], [500.0, 50.0, 0.0], [0.0, 0.0, 0.0]])
    score = gap_coverage_score(expected, gap, criticality, 0.25)
    # Row 1: Nd-like 125/(0.25·1000) = 0.5, Dy-like 10/25 = 0.4; the surplus element carries nothing:
    # 100·(8·0.5 + 10·0.4)/18 = 44.44. Row 2: both capped at 1 → 100. Row 3: nothing → 0.
    assert score == pytest.approx([100 * 8 / 18, 100.0, 0.0])
    # γ = 1: the same tonnes close a quarter as much → 100·(8·0.125 + 10·0.1)/18.
    assert gap_coverage_score(expected[:1], gap[:1], criticality, 1.0) == pytest.approx([100 * 2 / 18])


def test_no_element_in_deficit_scores_zero() -> None:
    assert gap_coverage_score(np.array([[50.0, 5.0]]), np.array([[-1.0, 0.0]]), np.array([1.0, 1.0]), 0.25) == [0.0]


@settings(max_examples=200, deadline=None)
@given(
    expected=st.lists(st.floats(0, 1e4), min_size=4, max_size=4),
    gap=st.lists(st.floats(-1e3, 1e4), min_size=4, max_size=4),
    element=st.integers(0, 3),
    more=st.floats(0, 1e4),
)
def test_coverage_never_falls_when_one_elements_tonnage_grows(expected, gap, element, more) -> None:
    criticality = np.array([8.0, 10.0, 3.0, 0.5])
    before = np.array([expected])
    after = before.copy()
    after[0, element] += more
    gaps = np.array([gap])
    assert gap_coverage_score(after, gaps, criticality, 0.25)[0] >= gap_coverage_score(before, gaps, criticality,
                                                                                        0.25)[0] - 1e-12  # fmt: skip
