"""One job: solve a small mixed-integer linear program with HiGHS, quietly, and say how it ended.

The portfolio builder (:mod:`evaluator.analysis.portfolio`) states its program as numpy triplets; this module hands it
to
HiGHS through its own Python binding, ``highspy``. We call HiGHS directly rather than through
``scipy.optimize.milp`` (the same solver underneath) because scipy and its second copy of OpenBLAS are ~65 MB of the
desktop bundle and nothing else in the app needs them.

HiGHS prints a banner and a log to standard output unless ``output_flag`` is off *before* any other call, and the
convenience class ``highspy.Highs`` makes such a call in its constructor. Standard output carries the command
line's JSON (``--json -``), so we use the binding's base class ``highspy._Highs``, which does nothing until asked;
``tests/evaluator/analysis/test_milp.py`` fails if a HiGHS upgrade brings the banner back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import highspy
import numpy as np

MilpStatus = Literal["optimal", "infeasible", "time limit", "failed"]

#: The solver and its version, for the record a result carries (the export's Assumptions sheet).
SOLVER = f"HiGHS {highspy.HIGHS_VERSION_MAJOR}.{highspy.HIGHS_VERSION_MINOR}.{highspy.HIGHS_VERSION_PATCH} (highspy)"


@dataclass(frozen=True)
class MilpProblem:
    """minimise ``cost·x`` subject to ``row_lower ≤ A·x ≤ row_upper``, ``lower ≤ x ≤ upper``, integer where asked.

    ``A`` is given as coordinate triplets (``rows``, ``cols``, ``values``), one per distinct non-zero. Infinite
    bounds are ``±numpy.inf``.
    """

    cost: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    integer: np.ndarray  # bool, one per variable
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    row_lower: np.ndarray
    row_upper: np.ndarray


@dataclass(frozen=True)
class MilpAnswer:
    """How the solve ended, the variables (None when no feasible point is known) and HiGHS's own word for it."""

    status: MilpStatus
    x: np.ndarray | None
    message: str


def solve_milp(problem: MilpProblem, *, time_limit: float, relative_gap: float = 0.0) -> MilpAnswer:
    """Solve ``problem`` to ``relative_gap`` (0: proven optimal) or until ``time_limit`` seconds have passed."""
    n_var, n_row = problem.cost.size, problem.row_lower.size
    rows = np.asarray(problem.rows, dtype=np.int64)
    order = np.lexsort((problem.cols, rows))  # row-wise storage: by row, then by column
    start = np.zeros(n_row + 1, dtype=np.int32)
    np.cumsum(np.bincount(rows, minlength=n_row), out=start[1:])

    # highspy's stubs leave out the base class its own Highs derives from (the module exports it at run time).
    highs = highspy._Highs()  # type: ignore[attr-defined]
    highs.setOptionValue("output_flag", False)  # first, before anything that could log
    highs.setOptionValue("time_limit", float(time_limit))
    highs.setOptionValue("mip_rel_gap", float(relative_gap))
    highs.setOptionValue("presolve", "on")
    status = highs.passModel(
        n_var,
        n_row,
        int(order.size),
        int(highspy.MatrixFormat.kRowwise),
        int(highspy.ObjSense.kMinimize),
        0.0,
        np.ascontiguousarray(problem.cost, dtype=np.float64),
        np.ascontiguousarray(problem.lower, dtype=np.float64),
        np.ascontiguousarray(problem.upper, dtype=np.float64),
        np.ascontiguousarray(problem.row_lower, dtype=np.float64),
        np.ascontiguousarray(problem.row_upper, dtype=np.float64),
        start,
        np.ascontiguousarray(np.asarray(problem.cols)[order], dtype=np.int32),
        np.ascontiguousarray(np.asarray(problem.values)[order], dtype=np.float64),
        np.where(problem.integer, int(highspy.HighsVarType.kInteger), int(highspy.HighsVarType.kContinuous)).astype(
            np.int32
        ),
    )
    if status == highspy.HighsStatus.kError:
        return MilpAnswer("failed", None, "HiGHS rejected the model")
    if highs.run() == highspy.HighsStatus.kError:
        model_status = highs.modelStatusToString(highs.getModelStatus())
        return MilpAnswer("failed", None, f"HiGHS stopped with an error ({model_status})")

    model_status = highs.getModelStatus()
    message = highs.modelStatusToString(model_status)
    feasible = highs.getInfo().primal_solution_status == highspy.kSolutionStatusFeasible
    x = np.array(highs.getSolution().col_value, dtype=np.float64) if feasible else None
    if model_status == highspy.HighsModelStatus.kOptimal:
        return MilpAnswer("optimal", x, message)
    if model_status == highspy.HighsModelStatus.kInfeasible:
        return MilpAnswer("infeasible", None, message)
    # Presolve may stop at "unbounded or infeasible"; with every variable bounded only the second is possible.
    bounded = bool(np.isfinite(problem.lower).all() and np.isfinite(problem.upper).all())
    if model_status == highspy.HighsModelStatus.kUnboundedOrInfeasible and bounded:
        return MilpAnswer("infeasible", None, message)
    if model_status == highspy.HighsModelStatus.kTimeLimit:
        return MilpAnswer("time limit", x, message)
    return MilpAnswer("failed", x, message)
