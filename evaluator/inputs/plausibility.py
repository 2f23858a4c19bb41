"""Plausibility checks that catch unit slips at import (issue 8.3): each a warning on the cell, with the likely cause.

A number can be perfectly readable and still 1000× wrong: ``5.000`` read as 5 t/y, capex in US$ bn read as USD m,
capacity in kt/y written without its unit. No single check knows the truth, so each compares a project against
what is physically and commercially plausible, and against the other projects of the same file, and says which
slip would explain the number. The thresholds are judgement, stated in ``docs/implementation-notes.md``:

- capacity under 50 t/y for a separation plant (the smallest commercial separation lines run a few hundred t/y;
  pilot lines are tens of t/y and are staged as such);
- a levelised cost above 300 USD/kg at METHOD.md's default discount rate, life and utilisation (separated NdPr
  oxide, the dearest high-volume product, traded at 55–110 USD/kg in 2024–2025; only Dy/Tb oxides sell higher, and
  no plant sells only those);
- capex per tonne of annual capacity outside 1,000 – 1,000,000 USD per t/y, or more than 20× away from the file's
  median (with at least five projects to form a median).

All vectorised over the projects; they return masks and the validator reports them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from evaluator.model.parameters import Parameters
from evaluator.scoring.lcop import capital_charge, capital_recovery_factor

MIN_SEPARATION_CAPACITY_TPA = 50.0
MAX_PLAUSIBLE_LCOP_USD_PER_KG = 300.0
CAPEX_INTENSITY_BAND_USD_PER_TPA = (1_000.0, 1_000_000.0)
MAX_RATIO_TO_FILE_MEDIAN = 20.0
MIN_PROJECTS_FOR_MEDIAN = 5


@dataclass(frozen=True)
class Slips:
    """Which projects look like a unit slip, per check, with the figures the messages quote."""

    small_separation: np.ndarray
    lcop_estimate: np.ndarray
    lcop_high: np.ndarray
    lcop_from_capex: np.ndarray  # where lcop_high: the capital part dominates (else opex does)
    intensity: np.ndarray  # USD per t/y
    intensity_median: float
    intensity_low: np.ndarray
    intensity_high: np.ndarray


def find_slips(
    capacity_tpa: np.ndarray, capex_usd_m: np.ndarray, opex_usd_per_kg: np.ndarray, facility_types: np.ndarray
) -> Slips:
    """Run every check over the projects (NaN inputs never flag)."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        usable = np.isfinite(capacity_tpa) & (capacity_tpa > 0)
        small = usable & (capacity_tpa < MIN_SEPARATION_CAPACITY_TPA) & (facility_types == "separation")
        # METHOD.md's defaults, used only to judge plausibility (scoring uses the parameters in force).
        defaults = Parameters()
        crf = capital_recovery_factor(defaults.discount_rate, defaults.life_years)
        capital = np.where(usable, capital_charge(capex_usd_m, capacity_tpa, crf, defaults.utilisation), np.nan)
        opex = np.where(np.isfinite(opex_usd_per_kg), opex_usd_per_kg, 0.0)
        lcop = capital + opex
        lcop_high = np.isfinite(lcop) & (lcop > MAX_PLAUSIBLE_LCOP_USD_PER_KG)
        intensity = np.where(usable & (capex_usd_m > 0), capex_usd_m * 1e6 / capacity_tpa, np.nan)
    known = np.isfinite(intensity)
    median = float(np.median(intensity[known])) if known.sum() >= MIN_PROJECTS_FOR_MEDIAN else float("nan")
    low_band, high_band = CAPEX_INTENSITY_BAND_USD_PER_TPA
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        ratio = intensity / median if np.isfinite(median) else np.full(len(intensity), np.nan)
        low = known & ((intensity < low_band) | (ratio < 1 / MAX_RATIO_TO_FILE_MEDIAN))
        high = known & ((intensity > high_band) | (ratio > MAX_RATIO_TO_FILE_MEDIAN))
    return Slips(
        small_separation=small,
        lcop_estimate=lcop,
        lcop_high=lcop_high,
        lcop_from_capex=np.nan_to_num(capital) >= opex,
        intensity=intensity,
        intensity_median=median,
        intensity_low=low,
        intensity_high=high,
    )
