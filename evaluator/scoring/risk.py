"""Geopolitical risk (METHOD.md §2): country risk, then project risk from site and feed countries."""

from __future__ import annotations

import numpy as np
import pandas as pd

from evaluator.reference.tables import CountryTable

DOMINANT_SUPPLIER_RISK = 100.0


def country_risk(countries: CountryTable, alignment_discount: float, dominant_supplier: str) -> pd.Series:
    """``R_c`` per ISO3: governance risk × (1 − a) when aligned; the dominant supplier is 100."""
    frame = countries.frame
    factor = np.where(frame["aligned"].to_numpy(dtype=bool), 1.0 - alignment_discount, 1.0)
    risk = pd.Series(frame["governance_risk"].to_numpy(dtype=float) * factor, index=frame.index)
    if dominant_supplier and dominant_supplier in risk.index:
        risk[dominant_supplier] = DOMINANT_SUPPLIER_RISK
    return risk


def project_risk(
    site: np.ndarray, feed: np.ndarray, site_share: float, unknown_feed_floor: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``s·R_site + (1 − s)·R_feed``; where ``feed`` is NaN (unknown) it is ``max(R_site, floor)``.

    Returns (project risk, feed risk used, feed-assumed flags).
    """
    assumed = np.isnan(feed)
    feed_used = np.where(assumed, np.maximum(site, unknown_feed_floor), feed)
    return site_share * site + (1.0 - site_share) * feed_used, feed_used, assumed


def lookup(risk: pd.Series, positions: np.ndarray) -> np.ndarray:
    """Risk per project from positions into ``risk`` (as :attr:`Dataset.site_positions`); −1 gives NaN."""
    values = np.append(risk.to_numpy(dtype=float), np.nan)
    return values[positions]


def feed_risk(risk: pd.Series, rows: np.ndarray, positions: np.ndarray, shares: np.ndarray, n: int) -> np.ndarray:
    """``R_feed`` per project: the share-weighted country risk of its feed sources; NaN where the feed is unknown.

    With one source of share 1 this is that country's risk exactly (1.0·R + 0 in floating point), as before
    several sources were read (issue 8.8). A source with no country row (−1) makes the project's feed unknown.
    """
    values = np.append(risk.to_numpy(dtype=float), np.nan)[positions]
    total = np.bincount(rows, weights=shares * values, minlength=n)
    named = np.bincount(rows, minlength=n) > 0
    return np.where(named, total, np.nan)
