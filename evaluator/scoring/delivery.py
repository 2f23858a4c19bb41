"""What a project is expected to deliver in the target year (METHOD.md v2 §2.3): π, credit by form, tonnes.

Version 1 counted an element as covered when a project listed it, whatever the tonnage and however far the project
was from production. Version 2 counts expected tonnes in the target year: the nameplate tonnage of each element,
times utilisation, times the probability that a project at its stage delivers (zero when it starts after the target
year), times the credit its output form earns at its stage of the chain (a mixed carbonate still has to be
separated). Each step is one vectorised function over projects.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from evaluator.reference.vocabulary import CHAIN_STAGE, CHAIN_STAGES

#: Forms whose elements still have to be separated: they earn ``intermediate_credit`` of the oxide gap.
INTERMEDIATE_FORMS = frozenset({"concentrate", "mixed"})
#: The stage whose probability a project without a stage takes (flag ``stage_unknown``).
UNKNOWN_STAGE_AS = "dfs"


def delivery_probability(
    stage: pd.Series,
    start_year: np.ndarray,
    stage_probability: Mapping[str, float],
    *,
    target_year: int,
    schedule_risk: bool = True,
) -> tuple[np.ndarray, np.ndarray]:
    """``π`` per project, and which projects had no stage (they take the π of ``dfs``).

    ``schedule_risk=False`` sets the stage's probability to 1; a start after ``target_year`` gives π = 0 either
    way (a start in the target year counts; an unknown start year does not move π).
    """
    known = stage.isin(list(stage_probability))
    probability = stage.map(stage_probability).to_numpy(dtype=float)
    probability = np.where(known.to_numpy(), probability, stage_probability[UNKNOWN_STAGE_AS])
    if not schedule_risk:
        probability = np.ones(len(stage))
    late = np.nan_to_num(start_year, nan=-np.inf) > target_year
    return np.where(late, 0.0, probability), ~stage.notna().to_numpy()


def chain_stage(output_form: pd.Series) -> np.ndarray:
    """The chain stage (oxide, metal, magnet) each project's output supplies."""
    return output_form.map(CHAIN_STAGE).to_numpy(dtype=object)


def form_credit(output_form: pd.Series, intermediate_credit: float) -> np.ndarray:
    """1 for a separated or further product; ``intermediate_credit`` for concentrate and mixed products."""
    return np.where(output_form.isin(INTERMEDIATE_FORMS).to_numpy(), intermediate_credit, 1.0)


def expected_tonnes(probability: np.ndarray, credit: np.ndarray, utilisation: float, tonnes: np.ndarray) -> np.ndarray:
    """``E_e = π·credit·u·t_e``: expected t/y REO of each element in the target year (projects × elements)."""
    return (probability * credit * utilisation)[:, None] * tonnes


def gap_at_stage(stages: np.ndarray, gaps: Mapping[str, np.ndarray], width: int) -> np.ndarray:
    """Each project's row of gaps ``g_e`` at its own chain stage (projects × elements); no table row → no gap."""
    out = np.zeros((len(stages), width))
    for stage in CHAIN_STAGES:  # three stages, not a loop over projects
        rows = stages == stage
        if rows.any() and stage in gaps:
            out[rows] = gaps[stage]
    return out
