"""Portfolio builder (METHOD.md §5): hand-worked cases, and the MILP against enumeration of every subset.

Criticality in the hand cases is scoring_helpers' table: Dy = Tb = 10, Nd = Pr = 5, La = Ce = 1, others 0; Σc = 32,
so one Dy is 31.25 coverage points and Nd + Pr together are 31.25 too. Overall scores are set by hand
(:func:`ranked`), so that each case reads without working through the scoring method.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pytest

from evaluator.analysis.milp import MilpAnswer, MilpProblem
from evaluator.analysis.portfolio import (
    PortfolioConstraints,
    PortfolioResult,
    build_portfolio,
    portfolio_document,
    program,
)
from evaluator.model.parameters import Parameters
from evaluator.reference.elements import INDEX, SYMBOLS
from evaluator.scoring.ranking import Ranking, score
from tests.evaluator.scoring_helpers import element_table, make_dataset, project


def ranked(
    rows: Sequence[Mapping[str, Any]], overall: Sequence[float], criticality: Mapping[str, float] | None = None
) -> Ranking:
    """A ranking of ``rows`` whose overall scores are ``overall`` (row order); rank by overall, then project_id."""
    dataset = make_dataset(rows, elements=None if criticality is None else element_table(criticality))
    base = score(dataset)
    values = dict(base.values)
    values["overall"] = np.asarray(overall, dtype=float)
    order = np.lexsort((dataset.id_order, -values["overall"]))
    return Ranking(dataset, base.parameters, order, values, base.filters, base.crf, base.country_risks)


def build(ranking: Ranking, budget: float, **limits: Any) -> PortfolioResult:
    if "critical" in limits:
        limits["critical"] = frozenset(limits["critical"])
    return build_portfolio(ranking, PortfolioConstraints(budget, **limits))


# ------------------------------------------------------------------------------------------------ hand cases


def _pair_or_single() -> Ranking:
    return ranked(
        [
            project("A", capex=100, elements=("Nd", "Pr")),
            project("B", capex=50, elements=("Dy",)),
            project("C", capex=50, elements=("Tb",)),
        ],
        overall=[90, 50, 40],
    )


def test_budget_chooses_the_better_covering_pair_over_the_best_single() -> None:
    # Budget 100: {A} covers Nd + Pr = 10/32 = 31.25 %; {B, C} covers Dy + Tb = 20/32 = 62.5 %, although A has the
    # highest overall (90 against 50 + 40). Picking by rank takes A and then nothing fits.
    result = build(_pair_or_single(), 100)
    assert result.status == "optimal"
    assert result.selected == ("B", "C")
    assert result.coverage == pytest.approx(62.5)
    assert result.capex_musd == pytest.approx(100.0)
    assert result.binding == ("budget",)  # 0 left, A costs 100
    assert result.baseline == ("A",)
    assert result.baseline_coverage == pytest.approx(31.25)
    assert result.baseline_capex_musd == pytest.approx(100.0)
    assert "2 projects cover 62.5 %" in result.message
    assert "picking by rank gives 31.2 %" in result.message


def test_projects_say_what_each_adds_and_what_only_it_provides() -> None:
    result = build(_pair_or_single(), 100)
    projects = result.projects.set_index("project_id")
    assert projects["rank"].to_dict() == {"B": 2, "C": 3}
    assert projects["adds"].to_dict() == pytest.approx({"B": 31.25, "C": 31.25})  # 10/32 each
    assert projects["unique"].to_dict() == {"B": "Dy", "C": "Tb"}
    assert projects.loc["B", "country"] == "Australia"
    assert projects.loc["B", "capex_musd"] == pytest.approx(50.0)
    assert projects.loc["B", "overall"] == pytest.approx(50.0)


def test_element_table_before_and_after() -> None:
    elements = build(_pair_or_single(), 100).elements.set_index("symbol")
    assert list(elements.index) == list(SYMBOLS)
    assert elements.loc["Dy"].to_dict() == {
        "criticality": 10.0,
        "critical": True,
        "candidates": 1,
        "candidate_countries": 1,
        "before": False,
        "before_countries": 0,
        "after": True,
        "after_countries": 1,
    }
    assert elements.loc["Nd", "before"]
    assert not elements.loc["Nd", "after"]
    assert not elements.loc["La", "critical"]


def test_tie_on_coverage_goes_to_the_higher_overall() -> None:
    # C (Nd) plus one Dy project: {C, A} and {C, B} both cover 15/32 = 46.875 %. Σ overall 80 + 70 = 150 beats
    # 80 + 60 = 140, so A wins although B is cheaper; {C, A} costs exactly the budget (40 + 60 = 100).
    ranking = ranked(
        [
            project("A", capex=60, elements=("Dy",)),
            project("B", capex=40, elements=("Dy",)),
            project("C", capex=40, elements=("Nd",)),
        ],
        overall=[70, 60, 80],
    )
    result = build(ranking, 100)
    assert result.selected == ("C", "A")  # rank order
    assert result.coverage == pytest.approx(46.875)
    assert result.capex_musd == pytest.approx(100.0)
    assert result.binding == ("budget",)


def test_spare_budget_goes_to_the_best_projects_that_still_fit() -> None:
    # Coverage is maximal with {B} alone (Dy, 31.25 %); λ·overall then adds A (no new element, overall 90) as it
    # fits the budget; its "adds" is 0. Budget binding: 100 spent of 110 and C (capex 30) does not fit.
    ranking = ranked(
        [
            project("A", capex=50, elements=("Dy",)),
            project("B", capex=50, elements=("Dy",)),
            project("C", capex=30, elements=("Dy",)),
        ],
        overall=[90, 80, 70],
    )
    result = build(ranking, 110)
    assert result.selected == ("A", "B")
    assert result.projects["adds"].tolist() == [0.0, 0.0]  # each Dy is covered by the other too
    assert result.projects["unique"].tolist() == ["", ""]
    assert result.binding == ("budget",)


def test_exact_tie_goes_to_the_better_ranked_project() -> None:
    # P1 and P2 are interchangeable (same element, capex and overall); rank breaks their tie by project_id, so P1
    # ranks first and is chosen, whichever order the rows come in.
    for order in ([0, 1], [1, 0]):
        rows = [project("P1", capex=50, elements=("Dy",)), project("P2", capex=50, elements=("Dy",))]
        result = build(ranked([rows[i] for i in order], overall=[60, 60]), 50)
        assert result.selected == ("P1",)


def test_per_country_limit_changes_the_choice() -> None:
    # No limit: {A, B} (both AUS) covers Dy, Tb, Nd, Pr = 30/32 = 93.75 %.
    # One per country: A (AUS) + C (BRA, Nd) = 25/32 = 78.125 %.
    ranking = ranked(
        [
            project("A", country="AUS", capex=50, elements=("Dy", "Tb")),
            project("B", country="AUS", capex=50, elements=("Nd", "Pr")),
            project("C", country="BRA", capex=50, elements=("Nd",)),
        ],
        overall=[90, 80, 30],
    )
    free = build(ranking, 100)
    assert free.selected == ("A", "B")
    assert free.coverage == pytest.approx(93.75)
    limited = build(ranking, 100, per_country=1)
    assert limited.selected == ("A", "C")
    assert limited.coverage == pytest.approx(78.125)
    assert limited.binding == ("budget", "per country: Australia", "per country: Brazil")  # one each
    assert limited.baseline == ("A", "C")


def test_max_projects() -> None:
    # Capex 10, 10, 10, 25 and a budget of 100 leave only k binding.
    # k = 1: D (Dy + Tb = 20) beats any other single (10 or 5).
    # k = 2: D + C = 25/32 = 78.125 % beats A + B = 20/32 (62.5 %).
    ranking = ranked(
        [
            project("A", capex=10, elements=("Dy",)),
            project("B", capex=10, elements=("Tb",)),
            project("C", capex=10, elements=("Nd",)),
            project("D", capex=25, elements=("Dy", "Tb")),
        ],
        overall=[50, 40, 30, 20],
    )
    one = build(ranking, 100, max_projects=1)
    assert one.selected == ("D",)
    assert one.coverage == pytest.approx(62.5)
    assert one.binding == ("max projects",)
    two = build(ranking, 100, max_projects=2)
    assert two.selected == ("C", "D")
    assert two.coverage == pytest.approx(78.125)
    assert two.binding == ("max projects",)
    assert two.baseline == ("A", "B")


def test_redundancy_forces_a_second_country_for_dy() -> None:
    # Budget 130. Without redundancy: A + D (Dy, Tb, Nd, Pr = 93.75 %) and B fills the budget (120; C no longer
    # fits). Dy in ≥ 2 countries: Dy outside Australia comes only from C (BRA, 40): A + C + D = 130 keeps 93.75 %
    # (A + B + C = 120 would drop Nd and Pr).
    rows = [
        project("A", country="AUS", capex=50, elements=("Dy", "Tb")),
        project("B", country="AUS", capex=30, elements=("Dy",)),
        project("C", country="BRA", capex=40, elements=("Dy",)),
        project("D", country="AUS", capex=40, elements=("Nd", "Pr")),
    ]
    ranking = ranked(rows, overall=[90, 80, 20, 70])
    free = build(ranking, 130)
    assert free.selected == ("A", "B", "D")
    assert free.binding == ("budget",)
    redundant = build(ranking, 130, min_countries=2, critical={"Dy"})
    assert redundant.status == "optimal"
    assert redundant.selected == ("A", "D", "C")
    assert redundant.coverage == pytest.approx(93.75)
    assert redundant.binding == ("budget", "Dy in ≥ 2 countries")
    dy = redundant.elements.set_index("symbol").loc["Dy"]
    assert (dy["candidate_countries"], dy["before_countries"], dy["after_countries"]) == (2, 1, 2)


def test_redundancy_lacking_countries_is_infeasible_with_a_sentence() -> None:
    rows = [
        project("A", country="AUS", capex=10, elements=("Dy", "Nd", "Pr")),
        project("B", country="AUS", capex=10, elements=("Dy",)),
        project("C", country="BRA", capex=10, elements=("Nd", "Pr")),
    ]
    ranking = ranked(rows, overall=[50, 40, 30])
    result = build(ranking, 100, min_countries=2, critical={"Dy"})
    assert result.status == "infeasible"
    assert result.message == "Dy is produced in only 1 country among the candidates; at least 2 are required."
    assert result.selected == ()
    assert result.binding == ()
    both = build(ranking, 100, min_countries=2)  # default critical: Nd, Pr, Dy, Tb
    assert both.status == "infeasible"
    assert both.message == (
        "Tb is produced in no country and Dy in only 1 country among the candidates; at least 2 are required for each."
    )


def test_redundancy_beyond_the_budget_or_the_project_limit_is_infeasible() -> None:
    rows = [
        project("A", country="AUS", capex=60, elements=("Dy", "Tb")),
        project("B", country="BRA", capex=70, elements=("Dy",)),
        project("C", country="BRA", capex=50, elements=("Tb",)),
        project("D", country="MYS", capex=90, elements=("Dy", "Tb")),
    ]
    ranking = ranked(rows, overall=[50, 40, 30, 20])
    # Dy in 2 countries costs at least 60 (A) + 70 (B) = 130 > 120.
    over = build(ranking, 120, min_countries=2, critical={"Dy", "Tb"})
    assert over.status == "infeasible"
    assert over.message == "Covering Dy in 2 countries costs at least 130.0 USD m, above the budget of 120.0 USD m."
    one = build(ranking, 500, min_countries=2, critical={"Dy"}, max_projects=1)
    assert one.status == "infeasible"
    assert "at least 2 projects" in one.message
    # Dy and Tb each fit in 2 countries (A + B, A + C), but together they need A + B + C = 180 > 150 or A + D.
    # Only the solver can tell: A + D = 150 fits, so that one is feasible; at 140 nothing is.
    assert build(ranking, 150, min_countries=2, critical={"Dy", "Tb"}).selected == ("A", "D")
    solver = build(ranking, 140, min_countries=2, critical={"Dy", "Tb"})
    assert solver.status == "infeasible"
    assert solver.message == (
        "No set of projects within the budget and limits covers each of Tb, Dy in at least 2 countries."
    )


def test_budget_below_every_capex_gives_an_empty_portfolio() -> None:
    result = build(_pair_or_single(), 40)
    assert result.status == "optimal"
    assert result.selected == ()
    assert result.coverage == 0.0
    assert result.capex_musd == 0.0
    assert result.binding == ("budget",)
    assert result.message == "No candidate fits the budget of 40.0 USD m; the cheapest costs 50.0 USD m."
    assert result.projects.empty
    assert result.baseline == ()


def test_empty_ranking_has_no_candidates() -> None:
    dataset = make_dataset([project("A", country="AUS", capex=10)])
    ranking = score(dataset, Parameters(exclude_countries=frozenset({"AUS"})))
    assert len(ranking) == 0
    result = build_portfolio(ranking, PortfolioConstraints(100.0))
    assert result.status == "no candidates"
    assert result.selected == ()
    assert result.message == "There are no scored projects to build a portfolio from."
    assert len(result.elements) == 17
    assert result.elements["candidates"].sum() == 0
    json.dumps(portfolio_document(result), allow_nan=False)


def test_project_without_a_finite_capex_is_left_out_and_named() -> None:
    ranking = ranked(
        [
            project("A", capex=math.nan, elements=("Dy", "Tb")),
            project("B", capex=math.inf, elements=("Dy", "Tb")),
            project("C", capex=50, elements=("Dy",)),
        ],
        overall=[90, 80, 70],
    )
    result = build(ranking, 100)
    assert result.selected == ("C",)
    assert result.excluded == ("A", "B")
    assert result.message.endswith("Left out for a missing or invalid capex: A, B.")
    assert result.elements.set_index("symbol").loc["Tb", "candidates"] == 0
    none_left = build(ranked([project("A", capex=math.nan)], overall=[50]), 100)
    assert none_left.status == "no candidates"
    assert none_left.excluded == ("A",)


def test_time_limit_keeps_the_best_portfolio_found(monkeypatch: pytest.MonkeyPatch) -> None:
    real = program.solve_milp

    def stop_early(problem: MilpProblem, **kwargs: Any) -> MilpAnswer:
        assert kwargs["time_limit"] == 5.0
        solved = real(problem, **kwargs)
        return MilpAnswer("time limit", solved.x, "Time limit reached")

    monkeypatch.setattr(program, "solve_milp", stop_early)
    result = build_portfolio(_pair_or_single(), PortfolioConstraints(100.0), time_limit=5.0)
    assert result.status == "time limit"
    assert result.selected == ("B", "C")
    assert result.message.startswith("The solver stopped at the 5 s time limit before proving it optimal: 2 projects")

    monkeypatch.setattr(program, "solve_milp", lambda *a, **k: MilpAnswer("time limit", None, ""))
    nothing = build_portfolio(_pair_or_single(), PortfolioConstraints(100.0), time_limit=5.0)
    assert nothing.status == "time limit"
    assert nothing.selected == ()
    assert "before finding a portfolio" in nothing.message


def _answer_with(ranking: Ranking, chosen: set[str]) -> Any:
    """A stand-in for ``solve_milp`` answering "optimal" with the given projects (the other variables are 0)."""
    ids = ranking.table["project_id"].tolist()

    def answer(problem: MilpProblem, **_: Any) -> MilpAnswer:
        x = np.zeros(problem.cost.size)
        x[: len(ids)] = [i in chosen for i in ids]
        return MilpAnswer("optimal", x, "Optimal")

    return answer


def test_polish_repairs_a_solver_answer_that_misses_an_addition_or_a_swap(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tie case above: the optimum is {C, A} (Σ overall 150). Were the solver to answer {C, B} (140, within its
    # tolerances only if the scores were nearly equal), the swap B → A keeps Dy and the budget and raises Σ overall.
    ranking = ranked(
        [
            project("A", capex=60, elements=("Dy",)),
            project("B", capex=40, elements=("Dy",)),
            project("C", capex=40, elements=("Nd",)),
        ],
        overall=[70, 60, 80],
    )
    monkeypatch.setattr(program, "solve_milp", _answer_with(ranking, {"C", "B"}))
    assert build(ranking, 100).selected == ("C", "A")
    # An answer without C: adding C (capex 40 fits in 100 − 60) loses nothing and raises Σ overall.
    monkeypatch.setattr(program, "solve_milp", _answer_with(ranking, {"A"}))
    assert build(ranking, 100).selected == ("C", "A")
    # A swap that would lose coverage is never taken: {A, C} under per_country=2 stays, B cannot replace C.
    monkeypatch.setattr(program, "solve_milp", _answer_with(ranking, {"A", "C"}))
    assert build(ranking, 100, per_country=2).selected == ("C", "A")


def test_zero_criticality_everywhere_picks_by_overall_within_the_limits() -> None:
    # No element weighs anything, so coverage is 0 for every set and only Σ overall counts:
    # budget 100 → {A, C} (60 + 40 = 100, Σ 150) beats {B, C} (Σ 130) and {A} alone.
    ranking = ranked(
        [
            project("A", capex=60, elements=("Dy",)),
            project("B", capex=50, elements=("Tb",)),
            project("C", capex=40, elements=("Nd",)),
        ],
        overall=[90, 70, 60],
        criticality={},
    )
    result = build(ranking, 100)
    assert result.selected == ("A", "C")
    assert result.coverage == 0.0
    assert result.projects["adds"].tolist() == [0.0, 0.0]
    assert result.projects["unique"].tolist() == ["Dy", "Nd"]


def test_solver_failure_is_an_error_not_a_status(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(program, "solve_milp", lambda *a, **k: MilpAnswer("failed", None, "numerical trouble"))
    with pytest.raises(RuntimeError, match="numerical trouble"):
        build(_pair_or_single(), 100)


def test_constraints_from_parameters() -> None:
    with pytest.raises(ValueError, match="No portfolio budget"):
        PortfolioConstraints.from_parameters(Parameters())
    params = Parameters(
        portfolio_budget_musd=500.0,
        portfolio_max_projects=4,
        portfolio_per_country=2,
        portfolio_min_countries=2,
        portfolio_critical=frozenset({"Dy", "Tb"}),
    )
    assert PortfolioConstraints.from_parameters(params) == PortfolioConstraints(
        500.0, max_projects=4, per_country=2, min_countries=2, critical=frozenset({"Dy", "Tb"})
    )


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"budget_musd": 0.0}, "budget"),
        ({"budget_musd": math.nan}, "budget"),
        ({"max_projects": 0}, "max_projects"),
        ({"per_country": 1.5}, "per_country"),
        ({"min_countries": -1}, "min_countries"),
        ({"critical": frozenset({"Xx"})}, "Xx"),
    ],
)
def test_constraints_refuse_bad_values(changes: dict[str, Any], match: str) -> None:
    arguments: dict[str, Any] = {"budget_musd": 100.0, **changes}
    with pytest.raises(ValueError, match=match):
        PortfolioConstraints(**arguments)


def test_document_is_json_ready() -> None:
    result = build(_pair_or_single(), 100, max_projects=3, per_country=2, min_countries=1, critical={"Dy"})
    document = portfolio_document(result)
    text = json.dumps(document, allow_nan=False)
    assert set(json.loads(text)) >= {
        "selected",
        "coverage",
        "capex_musd",
        "binding",
        "status",
        "message",
        "constraints",
        "elements",
        "projects",
        "baseline",
    }
    assert document["selected"] == ["B", "C"]
    assert document["coverage"] == pytest.approx(62.5)
    assert document["constraints"] == {
        "budget_musd": 100.0,
        "max_projects": 3,
        "per_country": 2,
        "min_countries": 1,
        "critical": ["Dy"],
    }
    assert len(document["elements"]) == 17
    assert document["elements"][INDEX["Dy"]]["after"] is True
    assert document["projects"][0] == {
        "project_id": "B",
        "name": "Project B",
        "country": "Australia",
        "capex_musd": 50.0,
        "overall": 50.0,
        "rank": 2,
        "adds": 31.25,
        "unique": "Dy",
    }
    assert document["baseline"] == {"selected": ["A"], "coverage": 31.25, "capex_musd": 100.0}


# ------------------------------------------------------------------------------------- against brute force

_POOL = ("Nd", "Pr", "Dy", "Tb", "La", "Ce", "Sm", "Y")
_MAGNETS = ("Nd", "Pr", "Dy", "Tb")
_COUNTRIES = ("AUS", "BRA", "MYS", "CHN")


def _random_instance(seed: int) -> tuple[Ranking, PortfolioConstraints]:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 13))
    # Criticalities with one decimal, as in an element table; a few elements weigh nothing.
    criticality = {s: float(rng.integers(0, 101)) / 10 * (rng.random() < 0.85) for s in _POOL}
    rows = []
    for i in range(n):
        elements = tuple(s for s in _POOL if rng.random() < (0.45 if s in _MAGNETS else 0.25))
        country = _COUNTRIES[int(rng.integers(0, len(_COUNTRIES)))]
        rows.append(project(f"P{i:02d}", country=country, capex=float(rng.integers(5, 101)), elements=elements))
    # Overall with two decimals, so equal sums (ties left to the rank rule) do occur.
    overall = np.round(rng.uniform(0, 100, n), 2)
    ranking = ranked(rows, overall, criticality)
    total = sum(row["capex_m"] for row in rows)
    budget = float(rng.integers(1, int(total * 0.8) + 2))
    d = int(rng.choice([0, 0, 1, 2]))
    critical = frozenset(s for s in _MAGNETS if rng.random() < 0.5) or frozenset({"Dy"})
    constraints = PortfolioConstraints(
        budget,
        max_projects=None if rng.random() < 0.4 else int(rng.integers(1, 5)),
        per_country=None if rng.random() < 0.5 else int(rng.integers(1, 4)),
        min_countries=d,
        critical=critical,
    )
    return ranking, constraints


def _enumerate(ranking: Ranking, constraints: PortfolioConstraints) -> dict[str, np.ndarray]:
    """Every subset of the scored projects (rows of a 0/1 matrix) with its capex, coverage value and feasibility."""
    table = ranking.table
    n = len(table)
    subsets = np.array(list(itertools.product([0, 1], repeat=n)), dtype=bool).reshape(-1, n)
    coverage = ranking.dataset.coverage[ranking.scored]
    crit = ranking.dataset.elements.criticality
    capex = table["capex_musd"].to_numpy(dtype=float)
    countries = table["country_iso3"].to_numpy(dtype=object)
    onehot = np.array([[c == k for k in _COUNTRIES] for c in countries], dtype=int).reshape(n, len(_COUNTRIES))
    feasible = subsets @ capex <= constraints.budget_musd
    if constraints.max_projects is not None:
        feasible &= subsets.sum(axis=1) <= constraints.max_projects
    if constraints.per_country is not None:
        feasible &= np.all(subsets.astype(int) @ onehot <= constraints.per_country, axis=1)
    for symbol in constraints.critical:
        producers = onehot * coverage[:, INDEX[symbol]][:, None]
        feasible &= ((subsets.astype(int) @ producers) > 0).sum(axis=1) >= constraints.min_countries
    return {
        "subsets": subsets,
        "value": ((subsets.astype(int) @ coverage.astype(int)) > 0) @ crit,
        "overall": subsets @ table["overall"].to_numpy(dtype=float),
        "feasible": feasible,
    }


def _expected_binding(ranking: Ranking, constraints: PortfolioConstraints, chosen: set[str]) -> tuple[str, ...]:
    """The binding constraints of a set, straight from their definitions, one project at a time."""
    rows = ranking.table.to_dict(orient="records")
    picked = [r for r in rows if r["project_id"] in chosen]
    binding = []
    left = constraints.budget_musd - sum(r["capex_musd"] for r in picked)
    others = [r for r in rows if r["project_id"] not in chosen]
    if others and all(r["capex_musd"] > left + 1e-9 * max(constraints.budget_musd, 1) for r in others):
        binding.append("budget")
    if constraints.max_projects is not None and len(picked) == constraints.max_projects:
        binding.append("max projects")
    if constraints.per_country is not None:
        seen = [r["country"] for r in picked]
        names = dict.fromkeys(r["country"] for r in rows)  # first-seen order, as the module lists them
        binding += [f"per country: {c}" for c in names if seen.count(c) == constraints.per_country]
    if constraints.min_countries > 0:
        for symbol in (s for s in SYMBOLS if s in constraints.critical):
            hosts = {r["country_iso3"] for r in picked if symbol in r["elements"].split(", ")}
            if len(hosts) == constraints.min_countries:
                binding.append(f"{symbol} in ≥ {constraints.min_countries} countries")
    return tuple(binding)


def _expected_baseline(ranking: Ranking, constraints: PortfolioConstraints) -> tuple[str, ...]:
    spent, taken, per_country = 0.0, [], {}
    for row in ranking.table.to_dict(orient="records"):
        if constraints.max_projects is not None and len(taken) >= constraints.max_projects:
            break
        country = row["country_iso3"]
        if spent + row["capex_musd"] > constraints.budget_musd:
            continue
        if constraints.per_country is not None and per_country.get(country, 0) >= constraints.per_country:
            continue
        taken.append(row["project_id"])
        spent += row["capex_musd"]
        per_country[country] = per_country.get(country, 0) + 1
    return tuple(taken)


#: 60 seeded instances, plus three whose infeasibility only the solver can find (the counting checks pass).
SEEDS = (*range(60), 146, 148, 169)


@pytest.mark.parametrize("seed", SEEDS)
def test_milp_matches_brute_force(seed: int) -> None:
    ranking, constraints = _random_instance(seed)
    result = build_portfolio(ranking, constraints)
    every = _enumerate(ranking, constraints)
    feasible = every["feasible"]
    assert result.baseline == _expected_baseline(ranking, constraints)
    if not feasible.any():
        assert result.status == "infeasible"
        assert result.selected == ()
        return
    assert result.status == "optimal"
    ids = ranking.table["project_id"].to_numpy(dtype=object)
    mask = np.isin(ids, result.selected)
    assert list(result.selected) == [i for i in ids if i in set(result.selected)]  # rank order
    position = int(np.flatnonzero(np.all(every["subsets"] == mask, axis=1))[0])
    assert feasible[position]

    value = every["value"]
    best_value = value[feasible].max()
    assert value[position] == pytest.approx(best_value, abs=1e-9)
    crit_total = ranking.dataset.elements.criticality.sum()
    expected_coverage = 100 * best_value / crit_total if crit_total > 0 else 0.0
    assert result.coverage == pytest.approx(expected_coverage, abs=1e-9)

    # The full objective V + λ·Σ overall, with λ below the smallest coverage step over the largest Σ overall.
    steps = np.diff(np.unique(np.round(value, 9)))
    lam = (steps.min() if steps.size else 1.0) / (2 * (every["overall"].max() + 1))
    objective = value + lam * every["overall"]
    assert objective[position] >= objective[feasible].max() - 1e-9
    best_overall = every["overall"][feasible & (np.abs(value - best_value) < 1e-9)].max()
    assert every["overall"][position] == pytest.approx(best_overall, abs=1e-6)

    assert result.binding == _expected_binding(ranking, constraints, set(result.selected))
    assert result.capex_musd == pytest.approx(float(ranking.table["capex_musd"].to_numpy()[mask].sum()))


def test_brute_force_instances_exercise_every_constraint() -> None:
    """The random instances above are only worth something if each constraint binds in some of them."""
    seen: set[str] = set()
    statuses: set[str] = set()
    for seed in SEEDS:
        result = build_portfolio(*_random_instance(seed))
        statuses.add(result.status)
        if result.message.startswith("No set of projects"):
            statuses.add("infeasible by the solver")
        seen.update(b.split(":")[0].split(" in ")[0] if " in ≥" not in b else "redundancy" for b in result.binding)
    assert {"budget", "max projects", "per country", "redundancy"} <= seen
    assert {"optimal", "infeasible", "infeasible by the solver"} <= statuses
