"""Build a scoring :class:`~evaluator.model.dataset.Dataset` in code, with round numbers for hand calculations.

Reference data used by every scoring test (METHOD.md §2), chosen so the arithmetic is easy:

=======  ====  ===============  =======  ============================================
ISO3     name  governance risk  aligned  country risk R_c (a = 0.25, dominant = CHN)
=======  ====  ===============  =======  ============================================
AUS            20               yes      20·(1 − 0.25) = 15
BRA            40               no       40
MYS            60               no       60
CHN            30               no       100 (dominant supplier; 30 when disabled)
=======  ====  ===============  =======  ============================================

Criticality: Dy = Tb = 10, Nd = Pr = 5, La = Ce = 1, every other element 0, so Σc = 32.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from evaluator.model.dataset import PROJECT_COLUMNS, Dataset
from evaluator.model.parameters import Parameters, preset
from evaluator.reference.elements import INDEX, NAMES, SYMBOLS
from evaluator.reference.tables import CountryTable, ElementTable, reference_elements
from evaluator.scoring.ranking import Ranking

#: ISO3 → (name, governance risk, aligned).
COUNTRIES: dict[str, tuple[str, float, bool]] = {
    "AUS": ("Australia", 20.0, True),
    "BRA": ("Brazil", 40.0, False),
    "MYS": ("Malaysia", 60.0, False),
    "CHN": ("China", 30.0, False),
}

#: Criticality weights; elements not listed weigh 0. Σc = 10 + 10 + 5 + 5 + 1 + 1 = 32.
CRITICALITY: dict[str, float] = {"Dy": 10.0, "Tb": 10.0, "Nd": 5.0, "Pr": 5.0, "La": 1.0, "Ce": 1.0}


def country_table(rows: Mapping[str, tuple[str, float, bool]] | None = None) -> CountryTable:
    """A :class:`CountryTable` from ``ISO3 → (name, governance risk, aligned)`` (default :data:`COUNTRIES`)."""
    rows = COUNTRIES if rows is None else rows
    codes = sorted(rows)
    frame = pd.DataFrame(
        {
            "name": [rows[c][0] for c in codes],
            "governance_risk": [float(rows[c][1]) for c in codes],
            "aligned": [bool(rows[c][2]) for c in codes],
            "origin": "reference",
        },
        index=pd.Index(codes),
    )
    return CountryTable(frame, {"file": "test"})


def element_table(criticality: Mapping[str, float] | None = None) -> ElementTable:
    """An :class:`ElementTable` in :data:`SYMBOLS` order with the given weights (default :data:`CRITICALITY`)."""
    criticality = CRITICALITY if criticality is None else criticality
    frame = pd.DataFrame(
        {
            "name": [NAMES[s] for s in SYMBOLS],
            "group": "test",
            "magnet": [s in {"Nd", "Pr", "Dy", "Tb"} for s in SYMBOLS],
            "criticality": [float(criticality.get(s, 0.0)) for s in SYMBOLS],
            "price_usd_per_kg": 1.0,
            "typical_share": reference_elements().typical_share,  # the bundled mixed-REO shares (METHOD.md v2 §2.1)
            "origin": "reference",
        },
        index=pd.Index(list(SYMBOLS), name="symbol"),
    )
    return ElementTable(frame, {"file": "test"})


def project(
    project_id: str,
    *,
    country: str = "AUS",
    feed: str = "",
    capex: float = 0.0,
    capacity: float = 5000.0,
    opex: float = 20.0,
    elements: Iterable[str] = ("Nd", "Pr"),
    stage: str = "dfs",
    facility_type: str = "separation",
    name: str | None = None,
) -> dict[str, Any]:
    """One project row; ``country`` and ``feed`` are ISO3 codes (``feed=""`` = unknown feed country).

    Capex defaults to 0 so that LCOP equals opex exactly, which keeps hand calculations of the cost score short.
    """
    symbols = tuple(elements)
    unknown = [s for s in symbols if s not in INDEX]
    if unknown:
        raise ValueError(f"not element symbols: {unknown}")
    return {
        "project_id": project_id,
        "name": name or f"Project {project_id}",
        "sponsor": "",
        "country": COUNTRIES.get(country, (country, 0, False))[0],
        "country_iso3": country,
        "facility_type": facility_type,
        "stage": stage,
        "capacity_tpa": float(capacity),
        "capex_m": float(capex),
        "capex_low_m": np.nan,
        "capex_high_m": np.nan,
        "opex_per_kg": float(opex),
        "opex_low_per_kg": np.nan,
        "opex_high_per_kg": np.nan,
        "feed_country": COUNTRIES[feed][0] if feed in COUNTRIES else "",
        "feed_country_iso3": feed,
        "elements": ", ".join(s for s in SYMBOLS if s in symbols),
        "start_year": pd.NA,
        "latitude": np.nan,
        "longitude": np.nan,
        "notes": "",
        "excel_row": pd.NA,
    }


def make_dataset(
    rows: Sequence[Mapping[str, Any]],
    *,
    countries: CountryTable | None = None,
    elements: ElementTable | None = None,
    currencies: Mapping[str, str] | None = None,
) -> Dataset:
    """A :class:`Dataset` from :func:`project` rows; coverage comes from each row's ``elements`` text."""
    frame = pd.DataFrame([dict(row) for row in rows], columns=list(PROJECT_COLUMNS))
    for column in ("project_id", "name", "sponsor", "country", "country_iso3", "facility_type", "stage"):
        frame[column] = frame[column].astype(object)
    for column in ("feed_country", "feed_country_iso3", "elements", "notes"):
        frame[column] = frame[column].astype(object)
    frame["excel_row"] = pd.array(np.arange(len(frame)) + 2, dtype="Int64")
    frame["start_year"] = frame["start_year"].astype("Int64")
    coverage = np.zeros((len(frame), len(SYMBOLS)), dtype=bool)
    for i, text in enumerate(frame["elements"]):
        for symbol in filter(None, (s.strip() for s in str(text).split(","))):
            coverage[i, INDEX[symbol]] = True
    return Dataset(
        projects=frame,
        coverage=coverage,
        countries=countries or country_table(),
        elements=elements or element_table(),
        currencies=dict(currencies or {}),
    )


def by_id(ranking: Ranking, column: str) -> dict[str, Any]:
    """``project_id → value`` of one column of the ranking table (scored projects only)."""
    table = ranking.table
    return dict(zip(table["project_id"], table[column].tolist(), strict=True))


def ids_in_rank_order(ranking: Ranking) -> list[str]:
    """The scored project ids, best first."""
    return ranking.table["project_id"].tolist()


#: METHOD.md §7's ``v1`` preset: version 1's cost (LCOP, min–max), binary coverage and observed-reference TOPSIS.
#: The hand-worked version-1 tests score under it, which is the proof that the preset reproduces version 1.
V1: Parameters = preset("v1")
