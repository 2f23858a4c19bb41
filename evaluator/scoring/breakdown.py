"""The cost and coverage sub-scores with every quantity behind them (METHOD.md v2 §2.1 and §2.3).

:func:`cost_breakdown` and :func:`coverage_breakdown` run the small functions of :mod:`~evaluator.scoring.value`
and :mod:`~evaluator.scoring.delivery` in METHOD.md's order and keep each intermediate, so the ranking carries the
basket price, the value added, the margin, NPV, IRR, π, the credit, the expected tonnes and the gap each project
was measured against, and no view recomputes them (issue 11.3). Version 1's bases (``cost_basis = lcop``,
``coverage_basis = binary``) are computed from the same inputs and chosen at the end, so the breakdown is the same
whichever basis scores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from evaluator.base.i18n import translate
from evaluator.model.dataset import Dataset
from evaluator.model.parameters import ParameterError, Parameters
from evaluator.reference.elements import SYMBOLS
from evaluator.scoring.coverage import coverage_score, gap_coverage_score
from evaluator.scoring.delivery import chain_stage, delivery_probability, expected_tonnes, form_credit, gap_at_stage
from evaluator.scoring.value import (
    basket_price,
    cost_to_value,
    element_shares,
    element_tonnes,
    internal_rate_of_return,
    npv_musd,
    value_added,
    value_cost_score,
)

#: What a project without a form is taken to make and to buy (flag ``form_assumed``): a separation plant's forms,
#: the commonest plant screened and the price basis itself (docs/implementation-notes.md, "forms").
ASSUMED_OUTPUT_FORM = "oxide"
ASSUMED_INPUT_FORM = "concentrate"


@dataclass(frozen=True)
class CostBreakdown:
    """METHOD.md §2.1 per project (arrays over every dataset row): tonnes, basket, values, margin, NPV, IRR, k."""

    tonnes: np.ndarray  # t_e, t/y REO, projects × elements
    tonnage_estimated: np.ndarray
    output_form: pd.Series  # as scored: the workbook's, or the assumed one
    input_form: pd.Series
    form_assumed: np.ndarray
    basket: np.ndarray
    value_out: np.ndarray
    value_in: np.ndarray
    value_added: np.ndarray
    margin: np.ndarray
    npv: np.ndarray
    irr: np.ndarray
    k: np.ndarray
    value_score: np.ndarray  # the cost score under cost_basis = value


@dataclass(frozen=True)
class CoverageBreakdown:
    """METHOD.md §2.3 per project: π, the credit, the chain stage, expected tonnes and the gap at that stage."""

    probability: np.ndarray
    stage_unknown: np.ndarray
    credit: np.ndarray
    chain: np.ndarray  # oxide | metal | magnet (object)
    expected: np.ndarray  # E_e, t/y REO in the target year, projects × elements
    gap: np.ndarray  # g_e at the project's own chain stage, projects × elements
    score: np.ndarray  # under the chosen coverage_basis


def deck_prices(dataset: Dataset, deck: str) -> np.ndarray:
    """The separated-oxide prices of ``deck`` (compared folded: "China 2024" is china_2024), or a ParameterError
    naming the decks this workbook knows."""

    def fold(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text.lower())

    found = {fold(name): name for name in dataset.prices.decks}
    if fold(deck) not in found:
        raise ParameterError(
            translate("Parameters", "price_deck: '{deck}' is not a price deck; decks are {decks}.").format(
                deck=deck, decks=", ".join(dataset.prices.decks)
            )
        )
    return dataset.prices.prices(found[fold(deck)])


def _form(values: pd.Series, assumed: str) -> tuple[pd.Series, np.ndarray]:
    missing = values.isna().to_numpy()
    return values.where(~missing, assumed), missing


def form_factors(dataset: Dataset, output_form: pd.Series, input_form: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """``f(output_form)`` and ``f(input_form)`` from the workbook's forms table (a form it lacks: 1 out, 0 in)."""
    f_out = np.nan_to_num(dataset.forms.of(output_form), nan=1.0)
    f_in = np.nan_to_num(dataset.forms.of(input_form), nan=0.0)
    return f_out, f_in


def cost_breakdown(
    dataset: Dataset,
    params: Parameters,
    *,
    capacity_tpa: np.ndarray,
    capex_musd: np.ndarray,
    opex_usd_per_kg: np.ndarray,
    lcop: np.ndarray,
    crf: float,
) -> CostBreakdown:
    """Everything of §2.1 after the LCOP, for every project (the LCOP itself is version 1's, computed by the
    caller)."""
    projects = dataset.projects
    tonnes, estimated = element_tonnes(
        capacity_tpa, dataset.given_tonnes, dataset.coverage, dataset.elements.typical_share
    )
    basket = basket_price(element_shares(tonnes, capacity_tpa), deck_prices(dataset, params.price_deck))
    output_form, output_assumed = _form(projects["output_form"], ASSUMED_OUTPUT_FORM)
    input_form, input_assumed = _form(projects["input_form"], ASSUMED_INPUT_FORM)
    f_out, f_in = form_factors(dataset, output_form, input_form)
    added = value_added(basket, f_out, f_in)
    margin = added - lcop
    produced_kg = capacity_tpa * 1000.0 * params.utilisation
    k = cost_to_value(lcop, added)
    return CostBreakdown(
        tonnes=tonnes,
        tonnage_estimated=estimated,
        output_form=output_form,
        input_form=input_form,
        form_assumed=output_assumed | input_assumed,
        basket=basket,
        value_out=basket * f_out,
        value_in=basket * f_in,
        value_added=added,
        margin=margin,
        npv=npv_musd(margin, produced_kg, crf),
        irr=internal_rate_of_return(added, opex_usd_per_kg, produced_kg, capex_musd, params.life_years),
        k=k,
        value_score=value_cost_score(k, params.k_lo, params.k_hi),
    )


def coverage_breakdown(dataset: Dataset, params: Parameters, cost: CostBreakdown) -> CoverageBreakdown:
    """§2.3: expected tonnes in the target year against each element's gap at the project's chain stage."""
    projects = dataset.projects
    probability, stage_unknown = delivery_probability(
        projects["stage"],
        projects["start_year"].to_numpy(dtype=float, na_value=np.nan),
        dataset.stage_probabilities.as_dict(),
        target_year=params.target_year,
        schedule_risk=params.schedule_risk,
    )
    credit = form_credit(cost.output_form, params.intermediate_credit)
    chain = chain_stage(cost.output_form)
    expected = expected_tonnes(probability, credit, params.utilisation, cost.tonnes)
    gap = gap_at_stage(chain, dataset.supply_gap.gaps(), len(SYMBOLS))
    criticality = dataset.elements.criticality
    if params.coverage_basis == "binary":
        score = coverage_score(dataset.coverage, criticality)
    else:
        score = gap_coverage_score(expected, gap, criticality, params.gap_share_full)
    return CoverageBreakdown(probability, stage_unknown, credit, chain, expected, gap, score)
