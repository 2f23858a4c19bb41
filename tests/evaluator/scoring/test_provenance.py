"""Issue 8.1 in the core: every analysis result says what it was computed for, and the export checks it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import openpyxl
import pytest

from evaluator.analysis.montecarlo import monte_carlo
from evaluator.analysis.portfolio import PortfolioConstraints, build_portfolio
from evaluator.analysis.robustness import analyse
from evaluator.inputs.load import load_workbook
from evaluator.model.parameters import Parameters
from evaluator.outputs.workbook_export import export_shortlist
from evaluator.scoring.provenance import StaleAnalysisError, parameters_digest
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, row, rows, write_xlsx


@pytest.fixture
def first(tmp_path: Path):
    return score(load_workbook(write_xlsx(tmp_path, HEADER, rows("P1", "P2", "P3"), name="first.xlsx")), Parameters())


@pytest.fixture
def second(tmp_path: Path):
    data = [row("Q1", capex_musd=100), row("Q2", country="Canada"), row("Q3", elements="Dy, Tb")]
    return score(load_workbook(write_xlsx(tmp_path, HEADER, data, name="second.xlsx")), Parameters())


def test_parameters_digest_is_the_sha256_of_the_canonical_parameters() -> None:
    params = Parameters()
    expected = hashlib.sha256(json.dumps(params.as_dict(), sort_keys=True, default=str).encode()).hexdigest()[:16]
    assert parameters_digest(params) == expected
    assert parameters_digest(params.replace(discount_rate=0.1)) != expected
    assert parameters_digest(Parameters(stages=frozenset({"dfs", "pfs"}))) == parameters_digest(
        Parameters(stages=frozenset({"pfs", "dfs"}))
    )


def test_the_same_file_read_twice_has_one_digest_and_another_file_another(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path, HEADER, rows("P1", "P2"))
    assert load_workbook(path).digest == load_workbook(path).digest
    other = write_xlsx(tmp_path, HEADER, [row("P1"), row("P2", capex_musd=401)], name="other.xlsx")
    assert load_workbook(other).digest != load_workbook(path).digest


def test_results_carry_the_input_and_parameters_they_were_computed_for(first) -> None:
    mc = monte_carlo(first)
    sha = first.dataset.source.sha256
    assert mc.provenance.input_sha256 == sha
    assert mc.provenance.input_name == "first.xlsx"
    assert mc.provenance.parameters == first.parameters
    assert mc.provenance.describes(first)
    portfolio = build_portfolio(first, PortfolioConstraints(budget_musd=1000))
    assert portfolio.provenance.describes(first)
    assert sha in portfolio.provenance.stamp()
    assert portfolio.provenance.parameters_digest in mc.provenance.stamp()


def test_a_result_of_other_data_is_not_current(first, second) -> None:
    mc = monte_carlo(first)
    assert not mc.provenance.describes(second)


def test_a_change_in_an_unrelated_analysis_parameter_keeps_a_result_current(first) -> None:
    mc = monte_carlo(first)
    rebudgeted = score(first.dataset, first.parameters.replace(portfolio_budget_musd=500))
    assert mc.provenance.describes(rebudgeted, unrelated_prefix="portfolio_")
    assert not mc.provenance.describes(rebudgeted)
    reweighted = score(first.dataset, first.parameters.replace(weight_cost=0.9))
    assert not mc.provenance.describes(reweighted, unrelated_prefix="portfolio_")


def test_export_refuses_a_monte_carlo_of_another_workbook(first, second, tmp_path: Path) -> None:
    stale = analyse(first)
    target = tmp_path / "pack.xlsx"
    with pytest.raises(StaleAnalysisError, match="Monte Carlo"):
        export_shortlist(second, target, robustness=stale)
    assert not target.exists(), "nothing is written when the pack would mix two workbooks"


def test_export_refuses_a_portfolio_built_under_other_weights(first, tmp_path: Path) -> None:
    portfolio = build_portfolio(first, PortfolioConstraints(budget_musd=1000))
    reweighted = score(first.dataset, first.parameters.replace(weight_risk=0.9))
    with pytest.raises(StaleAnalysisError, match="portfolio"):
        export_shortlist(reweighted, tmp_path / "pack.xlsx", portfolio=portfolio)


def test_analysis_sheets_are_stamped_with_the_input_and_parameters(first, tmp_path: Path) -> None:
    target = tmp_path / "pack.xlsx"
    export_shortlist(
        first,
        target,
        robustness=analyse(first),
        portfolio=build_portfolio(first, PortfolioConstraints(budget_musd=1000)),
    )
    book = openpyxl.load_workbook(target)
    sha = first.dataset.source.sha256
    digest = parameters_digest(first.parameters)
    for name in ("Sensitivity", "Portfolio"):
        heading = [r[0] for r in book[name].iter_rows(max_row=8, max_col=1, values_only=True) if isinstance(r[0], str)]
        stamp = [line for line in heading if line.startswith("Computed for first.xlsx")]
        assert len(stamp) == 1, name
        assert sha in stamp[0], name
        assert digest in stamp[0], name
    facts = {r[0]: r[1] for r in book["Assumptions"].iter_rows(values_only=True) if r[0]}
    assert facts["Parameters digest"] == digest
    assert facts["Data digest"] == first.dataset.digest
