"""The HiGHS wrapper: answers against hand-worked optima and brute force, statuses, and a quiet standard output."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from evaluator.analysis.milp import SOLVER, MilpProblem, solve_milp

ROOT = Path(__file__).resolve().parents[3]


def problem(
    cost: list[float],
    matrix: list[list[float]],
    row_lower: list[float],
    row_upper: list[float],
    *,
    upper: list[float] | None = None,
    integer: list[bool] | None = None,
) -> MilpProblem:
    """A problem from a dense matrix (zeros left out of the triplets, as the portfolio builder does)."""
    dense = np.array(matrix, dtype=float).reshape(len(row_lower), len(cost))
    rows, cols = np.nonzero(dense)
    n = len(cost)
    return MilpProblem(
        cost=np.array(cost, dtype=float),
        lower=np.zeros(n),
        upper=np.ones(n) if upper is None else np.array(upper, dtype=float),
        integer=np.ones(n, dtype=bool) if integer is None else np.array(integer),
        rows=rows,
        cols=cols,
        values=dense[rows, cols],
        row_lower=np.array(row_lower, dtype=float),
        row_upper=np.array(row_upper, dtype=float),
    )


def test_knapsack_hand_worked() -> None:
    # values 10, 13, 7, 8; weights 5, 6, 4, 3; capacity 10. Pairs that fit: {0,2} 17, {0,3} 18, {1,2} 20, {1,3} 21,
    # {2,3} 15; no triple fits (the lightest, {0,2,3}, weighs 12). Optimum {1, 3} = 21.
    answer = solve_milp(problem([-10, -13, -7, -8], [[5, 6, 4, 3]], [-np.inf], [10]), time_limit=10)
    assert answer.status == "optimal"
    assert answer.x is not None
    assert answer.x.round().tolist() == [0, 1, 0, 1]


def test_integer_and_continuous_variables_mix() -> None:
    # max x + y with x + y ≤ 3.5, x integer in [0, 3], y continuous in [0, 1]: x = 3, y = 0.5 (x = 2, y = 1 gives 3).
    p = problem([-1, -1], [[1, 1]], [-np.inf], [3.5], upper=[3, 1], integer=[True, False])
    answer = solve_milp(p, time_limit=10)
    assert answer.status == "optimal"
    assert answer.x == pytest.approx([3.0, 0.5])


def test_rows_given_in_any_order_and_with_lower_bounds() -> None:
    # min x0 + 2·x1 + 3·x2 with x0 + x1 ≥ 1 and x1 + x2 ≥ 1 (binary): x1 alone costs 2, {x0, x2} costs 4.
    dense = np.array([[1.0, 1.0, 0.0], [0.0, 1.0, 1.0]])
    rows, cols = np.nonzero(dense)
    shuffled = np.random.default_rng(3).permutation(rows.size)
    p = MilpProblem(
        cost=np.array([1.0, 2.0, 3.0]),
        lower=np.zeros(3),
        upper=np.ones(3),
        integer=np.ones(3, dtype=bool),
        rows=rows[shuffled],
        cols=cols[shuffled],
        values=dense[rows, cols][shuffled],
        row_lower=np.array([1.0, 1.0]),
        row_upper=np.array([np.inf, np.inf]),
    )
    answer = solve_milp(p, time_limit=10)
    assert answer.status == "optimal"
    assert answer.x is not None
    assert answer.x.round().tolist() == [0, 1, 0]


@pytest.mark.parametrize("seed", range(12))
def test_random_binary_programs_match_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, m = 8, 3
    cost = rng.integers(-20, 10, n).astype(float)
    matrix = rng.integers(-3, 8, (m, n)).astype(float)
    upper = matrix.clip(min=0).sum(axis=1) * rng.uniform(0.2, 0.7, m)
    answer = solve_milp(problem(cost.tolist(), matrix.tolist(), [-np.inf] * m, upper.tolist()), time_limit=10)

    points = np.array(list(itertools.product([0, 1], repeat=n)), dtype=float)
    feasible = (points @ matrix.T <= upper + 1e-9).all(axis=1)  # x = 0 is always feasible: upper ≥ 0
    best = (points[feasible] @ cost).min()
    assert answer.status == "optimal"
    assert answer.x is not None
    assert answer.x @ cost == pytest.approx(best)
    assert (matrix @ answer.x.round() <= upper + 1e-6).all()


def test_infeasible_program() -> None:
    # x0 + x1 ≥ 3 with both binary cannot hold.
    answer = solve_milp(problem([1, 1], [[1, 1]], [3], [np.inf]), time_limit=10)
    assert answer.status == "infeasible"
    assert answer.x is None


def test_time_limit_stops_a_hard_program() -> None:
    # A 400-item, 30-constraint knapsack takes HiGHS far longer than 0.2 s to prove optimal; it must stop at the
    # limit with the best point found so far, which satisfies the constraints.
    rng = np.random.default_rng(0)
    n, m = 400, 30
    matrix = rng.integers(1, 100, (m, n)).astype(float)
    upper = matrix.sum(axis=1) / 4
    p = problem((-rng.integers(1, 100, n)).astype(float).tolist(), matrix.tolist(), [-np.inf] * m, upper.tolist())
    answer = solve_milp(p, time_limit=0.2)
    assert answer.status == "time limit"
    assert answer.x is not None
    assert (matrix @ answer.x.round() <= upper + 1e-6).all()
    assert solve_milp(p, time_limit=1e-9).x is None  # stopped before any point was found


def test_solver_writes_nothing_to_standard_output() -> None:
    # The command line writes JSON to standard output; a HiGHS banner or log there would corrupt it. HiGHS prints
    # through C stdio, which buffers until the process exits when stdout is not a terminal, so only a separate
    # process shows what it writes.
    code = (
        "import numpy as np\n"
        "from evaluator.analysis.milp import MilpProblem, solve_milp\n"
        "one = np.ones(2)\n"
        "p = MilpProblem(-one, 0 * one, one, one > 0, np.zeros(2, int), np.arange(2), one, np.array([-np.inf]), "
        "np.array([1.0]))\n"
        "assert solve_milp(p, time_limit=10).status == 'optimal'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr == ""


def test_solver_names_its_version() -> None:
    assert SOLVER.startswith("HiGHS 1.")
    assert SOLVER.endswith("(highspy)")
