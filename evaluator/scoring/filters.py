"""Filters that remove projects before normalisation (METHOD.md §3), each with a reason a person can read."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from evaluator.base.i18n import translate
from evaluator.base.wording import join_list
from evaluator.model.parameters import Parameters
from evaluator.reference.elements import INDEX
from evaluator.reference.vocabulary import category_label


@dataclass(frozen=True)
class FilterResult:
    """Per filter, which projects it removes (True = removed), and the sentence describing it."""

    masks: dict[str, np.ndarray]
    reasons: dict[str, str]
    size: int

    @property
    def removed(self) -> np.ndarray:
        """Projects removed by at least one filter."""
        if not self.masks:
            return np.zeros(self.size, dtype=bool)
        return np.logical_or.reduce(list(self.masks.values()))

    def counts(self) -> dict[str, int]:
        """How many projects each active filter removes (a project failing two filters counts in both)."""
        return {name: int(mask.sum()) for name, mask in self.masks.items()}


def apply_filters(
    projects: pd.DataFrame, coverage: np.ndarray, project_risk: np.ndarray, params: Parameters
) -> FilterResult:
    """Evaluate every active filter over all projects, vectorised."""
    masks: dict[str, np.ndarray] = {}
    reasons: dict[str, str] = {}
    if params.max_risk is not None:
        masks["max_risk"] = project_risk > params.max_risk + 1e-9
        reasons["max_risk"] = translate("Filters", "project risk above {limit}").format(limit=f"{params.max_risk:g}")
    if params.stages:
        masks["stages"] = ~projects["stage"].isin(params.stages).to_numpy()
        reasons["stages"] = translate("Filters", "stage not {allowed}").format(allowed=_either(params.stages))
    if params.facility_types:
        masks["facility_types"] = ~projects["facility_type"].isin(params.facility_types).to_numpy()
        reasons["facility_types"] = translate("Filters", "facility type not {allowed}").format(
            allowed=_either(params.facility_types)
        )
    if params.must_cover:
        wanted = sorted(params.must_cover, key=INDEX.__getitem__)
        masks["must_cover"] = ~np.asarray(coverage[:, [INDEX[s] for s in wanted]].all(axis=1))
        reasons["must_cover"] = translate("Filters", "does not produce all of {elements}").format(
            elements=join_list(wanted)
        )
    if params.exclude_countries:
        masks["exclude_countries"] = projects["country_iso3"].isin(params.exclude_countries).to_numpy()
        reasons["exclude_countries"] = translate("Filters", "sited in an excluded country ({countries})").format(
            countries=join_list(sorted(params.exclude_countries))
        )
    return FilterResult(masks, reasons, len(projects))


def _either(values: frozenset[str]) -> str:
    items = sorted(values)
    labels = [category_label(item) for item in items]
    return labels[0] if len(labels) == 1 else translate("Filters", "one of {values}").format(values=join_list(labels))
