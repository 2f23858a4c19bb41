"""What an analysis result was computed for: the input, the data read from it, and the parameters.

A Monte Carlo run or a portfolio takes seconds, so the app keeps the last one while the analyst moves on: changes a
weight, opens another workbook. A result that no longer describes the ranking on screen must never reach the
committee pack (issue 8.1). Each result therefore carries a :class:`Provenance`, and the export refuses one whose
provenance does not match the ranking it is asked to write; the analysis sheets print the stamp so a reader can
check which input and which parameters a sheet belongs to (METHOD.md §4–5: results are reproducible from the input,
the parameters and the seed).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from evaluator.base.errors import EvaluatorError
from evaluator.base.i18n import translate
from evaluator.model.dataset import SHORT_DIGEST

if TYPE_CHECKING:
    from evaluator.model.parameters import Parameters
    from evaluator.scoring.ranking import Ranking


class StaleAnalysisError(EvaluatorError, ValueError):
    """An analysis result was handed to the export with a ranking it was not computed for; ``str()`` says so."""


def parameters_digest(parameters: Parameters) -> str:
    """SHA-256 of the parameters' canonical JSON (sorted keys), shortened: equal parameters, equal digest."""
    text = json.dumps(parameters.as_dict(), sort_keys=True, ensure_ascii=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:SHORT_DIGEST]


@dataclass(frozen=True)
class Provenance:
    """The input, data and parameters one analysis result was computed under."""

    input_name: str
    input_sha256: str
    dataset_digest: str
    parameters: Parameters

    @property
    def parameters_digest(self) -> str:
        return parameters_digest(self.parameters)

    def describes(self, ranking: Ranking, *, unrelated_prefix: str = "") -> bool:
        """Whether this result belongs to ``ranking``: same data, same parameters except those named ``prefix…``.

        An analysis ignores the parameters of the other analysis (Monte Carlo does not depend on the portfolio
        budget, nor the portfolio on the Monte Carlo seed), so changing those does not make it stale.
        """
        if ranking.dataset.digest != self.dataset_digest:
            return False
        return _relevant(ranking.parameters, unrelated_prefix) == _relevant(self.parameters, unrelated_prefix)

    def stamp(self) -> str:
        """One line for an analysis sheet, in English like the rest of the export."""
        return (
            f"Computed for {self.input_name or 'unsaved data'} (input SHA-256 {self.input_sha256 or 'n/a'}, "
            f"data digest {self.dataset_digest}) under parameters digest {self.parameters_digest}."
        )


def provenance_of(ranking: Ranking) -> Provenance:
    """The provenance a result computed from ``ranking`` carries."""
    source = ranking.dataset.source
    return Provenance(
        input_name=source.path.name if source else "",
        input_sha256=source.sha256 if source else "",
        dataset_digest=ranking.dataset.digest,
        parameters=ranking.parameters,
    )


def check_current(provenance: Provenance | None, ranking: Ranking, *, unrelated_prefix: str, analysis: str) -> None:
    """Raise :class:`StaleAnalysisError` unless ``provenance`` describes ``ranking`` (the export's last guard)."""
    if provenance is not None and provenance.describes(ranking, unrelated_prefix=unrelated_prefix):
        return
    raise StaleAnalysisError(
        translate(
            "Provenance",
            "The {analysis} result was computed for other data or other parameters; run it again before exporting.",
        ).format(analysis=analysis)
    )


def _relevant(parameters: Parameters, unrelated_prefix: str) -> dict:
    values = parameters.as_dict()
    if not unrelated_prefix:
        return values
    return {key: value for key, value in values.items() if not key.startswith(unrelated_prefix)}
