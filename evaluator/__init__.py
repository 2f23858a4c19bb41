"""REE processing investment evaluator: the domain core (no Qt).

Load a workbook, score it, export it::

    from evaluator import load_workbook, score, Parameters, export_shortlist
    dataset = load_workbook("projects.xlsx")
    ranking = score(dataset, Parameters(method="topsis"))
    export_shortlist(ranking, "shortlist.xlsx")

Heavy modules (pandas, openpyxl) load on first use of the names below, so ``import evaluator`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "load_workbook": "evaluator.load",
    "score": "evaluator.ranking",
    "Ranking": "evaluator.ranking",
    "Parameters": "evaluator.parameters",
    "ParameterError": "evaluator.parameters",
    "Dataset": "evaluator.dataset",
    "Issue": "evaluator.issues",
    "Severity": "evaluator.issues",
    "InputFileError": "evaluator.issues",
    "OutputFileError": "evaluator.atomic",
    "export_shortlist": "evaluator.workbook_export",
}

if TYPE_CHECKING:
    from evaluator.atomic import OutputFileError
    from evaluator.dataset import Dataset
    from evaluator.issues import InputFileError, Issue, Severity
    from evaluator.load import load_workbook
    from evaluator.parameters import ParameterError, Parameters
    from evaluator.ranking import Ranking, score
    from evaluator.workbook_export import export_shortlist


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'evaluator' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = [
    "Dataset",
    "InputFileError",
    "Issue",
    "OutputFileError",
    "ParameterError",
    "Parameters",
    "Ranking",
    "Severity",
    "__version__",
    "export_shortlist",
    "load_workbook",
    "score",
]
