"""Bundled reference data (country governance risk, element criticality) and a workbook's overrides of it.

The tables are CSV files in ``resources/reference/`` whose ``# key: value`` comment lines carry the source, year and
version; those travel with every result so an export can say which data it used (METHOD.md §1 optional sheets).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from evaluator.base.paths import reference_file
from evaluator.reference.elements import SYMBOLS


@dataclass(frozen=True)
class CountryTable:
    """Country → governance risk (0–100, before alignment discount) and aligned flag, indexed by ISO3."""

    frame: pd.DataFrame  # columns: name, governance_risk, aligned (bool), origin ("reference" | "workbook")
    info: dict[str, str] = field(default_factory=dict)

    def with_overrides(self, overrides: pd.DataFrame) -> CountryTable:
        """A copy where the rows of ``overrides`` (same columns, ISO3 index) replace or add to the reference."""
        if overrides.empty:
            return self
        merged = overrides.assign(origin="workbook").combine_first(self.frame)
        merged.loc[overrides.index, "origin"] = "workbook"
        merged["aligned"] = merged["aligned"].astype(bool)
        merged["governance_risk"] = merged["governance_risk"].astype(float)
        info = self.info | {"overridden": ", ".join(sorted(overrides.index))}
        return CountryTable(merged.sort_index(), info)


@dataclass(frozen=True)
class ElementTable:
    """The 17 elements in :data:`SYMBOLS` order with criticality weight, price, typical share of a mixed REO
    (METHOD.md v2 §2.1: how flagged elements share a capacity), group and magnet flag."""

    frame: pd.DataFrame  # index: symbol; columns: name, group, magnet, criticality, price_usd_per_kg, typical_share,
    # origin
    info: dict[str, str] = field(default_factory=dict)

    @property
    def criticality(self) -> np.ndarray:
        """Criticality weights c_e as a float vector aligned with :data:`SYMBOLS` (METHOD.md §2 coverage)."""
        return self.frame["criticality"].to_numpy(dtype=float)

    @property
    def typical_share(self) -> np.ndarray:
        """Typical share of each element in a mixed REO, aligned with :data:`SYMBOLS` (METHOD.md v2 §2.1)."""
        return self.frame["typical_share"].to_numpy(dtype=float)

    def with_overrides(self, overrides: pd.DataFrame) -> ElementTable:
        """A copy where the given criticality / price values (symbol index, NaN = keep) replace the reference."""
        if overrides.empty:
            return self
        frame = self.frame.copy()
        for column in ("criticality", "price_usd_per_kg", "typical_share"):
            if column in overrides:
                given = overrides[column].dropna()
                frame.loc[given.index, column] = given
        frame.loc[overrides.index, "origin"] = "workbook"
        info = self.info | {"overridden": ", ".join(s for s in SYMBOLS if s in overrides.index)}
        return ElementTable(frame, info)


def read_metadata(path: Path) -> dict[str, str]:
    """The ``# key: value`` lines at the top of a reference CSV."""
    info: dict[str, str] = {"file": path.name}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            key, _, value = line[1:].partition(":")
            if value:
                info[key.strip()] = value.strip()
    return info


def _yes(values: pd.Series) -> pd.Series:
    return values.astype(str).str.strip().str.lower().isin({"yes", "y", "true", "1", "x"})


@cache
def reference_countries(path: Path | None = None) -> CountryTable:
    """The bundled country table (cached: it is read once per process)."""
    path = path or reference_file("countries.csv")
    frame = pd.read_csv(path, comment="#", dtype={"iso3": str, "name": str}, keep_default_na=False, na_values=[""])
    frame = frame.set_index("iso3")[["name", "governance_risk", "aligned"]]
    frame["aligned"] = _yes(frame["aligned"])
    frame["governance_risk"] = frame["governance_risk"].astype(float)
    frame["origin"] = "reference"
    return CountryTable(frame.sort_index(), read_metadata(path))


@cache
def reference_elements(path: Path | None = None, shares_path: Path | None = None) -> ElementTable:
    """The bundled element table in :data:`SYMBOLS` order (cached), with the typical shares of
    ``typical_shares.csv`` (their own source, in ``info`` under ``typical_share_source``)."""
    path = path or reference_file("elements.csv")
    shares_path = shares_path or reference_file("typical_shares.csv")
    frame = pd.read_csv(path, comment="#", keep_default_na=False, na_values=[""]).set_index("symbol")
    missing = [s for s in SYMBOLS if s not in frame.index]
    if missing:
        raise ValueError(f"{path} lacks elements {', '.join(missing)}")
    frame = frame.loc[list(SYMBOLS), ["name", "group", "magnet", "criticality", "price_usd_per_kg"]]
    frame["magnet"] = _yes(frame["magnet"])
    frame["criticality"] = frame["criticality"].astype(float)
    frame["price_usd_per_kg"] = frame["price_usd_per_kg"].astype(float)
    shares = pd.read_csv(shares_path, comment="#", keep_default_na=False, na_values=[""]).set_index("symbol")
    frame["typical_share"] = shares["typical_share"].reindex(frame.index).fillna(0.0).astype(float)
    frame["origin"] = "reference"
    share_info = read_metadata(shares_path)
    info = read_metadata(path) | {
        "typical_share_source": share_info.get("source", ""),
        "typical_share_file": shares_path.name,
    }
    return ElementTable(frame, info)
