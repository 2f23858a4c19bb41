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
    "load_workbook": "evaluator.inputs.load",
    "score": "evaluator.scoring.ranking",
    "Ranking": "evaluator.scoring.ranking",
    "Parameters": "evaluator.model.parameters",
    "ParameterError": "evaluator.model.parameters",
    "Dataset": "evaluator.model.dataset",
    "Issue": "evaluator.model.issues",
    "Severity": "evaluator.model.issues",
    "InputFileError": "evaluator.model.issues",
    "OutputFileError": "evaluator.base.atomic",
    "export_shortlist": "evaluator.outputs.workbook_export",
}

if TYPE_CHECKING:
    from evaluator.base.atomic import OutputFileError
    from evaluator.inputs.load import load_workbook
    from evaluator.model.dataset import Dataset
    from evaluator.model.issues import InputFileError, Issue, Severity
    from evaluator.model.parameters import ParameterError, Parameters
    from evaluator.outputs.workbook_export import export_shortlist
    from evaluator.scoring.ranking import Ranking, score


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
