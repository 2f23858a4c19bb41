"""The reference tables of METHOD.md v2's cost and coverage: price decks, form value factors, stage delivery
probabilities and the allied supply gap — each bundled with its sources, each overridable by a workbook sheet.

Every table is a small frozen object: the bundled frame, the ``# key: value`` header lines (source, date, licence)
that travel with every result, and ``with_overrides`` merging a workbook sheet's rows by key (a sheet row replaces
the bundled row with the same key; a key only the sheet has is known for that run, METHOD.md §1 "Optional sheets").
Lookups return numpy vectors in :data:`~evaluator.reference.elements.SYMBOLS` order, so scoring stays vectorised.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from evaluator.base.paths import reference_file
from evaluator.reference.elements import SYMBOLS
from evaluator.reference.tables import read_metadata

#: A Prices sheet row without a deck applies to whichever deck is in use.
ANY_DECK = "*"


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, comment="#", keep_default_na=False, na_values=[""], skipinitialspace=True)


def _merge(bundled: pd.DataFrame, overrides: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """Bundled rows with the sheet's rows replacing those of the same key (and adding new keys); ``origin`` says
    which came from where."""
    sheet = overrides.assign(origin="workbook")
    replaced = pd.MultiIndex.from_frame(bundled[key]).isin(pd.MultiIndex.from_frame(sheet[key]))
    return pd.concat([bundled[~replaced], sheet], ignore_index=True)


@dataclass(frozen=True)
class PriceDecks:
    """Separated-oxide prices in USD/kg by deck and element (METHOD.md v2 §2.1, ``price_deck``)."""

    frame: pd.DataFrame  # columns: deck, symbol, price_usd_per_kg, origin
    info: dict[str, str] = field(default_factory=dict)

    @property
    def decks(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.frame["deck"]) - {ANY_DECK}))

    def prices(self, deck: str) -> np.ndarray:
        """The deck's price per element in SYMBOLS order (NaN: not priced), sheet rows without a deck on top."""
        rows = self.frame[self.frame["deck"] == deck]
        prices = rows.set_index("symbol")["price_usd_per_kg"].reindex(list(SYMBOLS)).to_numpy(dtype=float)
        anywhere = self.frame[self.frame["deck"] == ANY_DECK].set_index("symbol")["price_usd_per_kg"]
        override = anywhere.reindex(list(SYMBOLS)).to_numpy(dtype=float)
        return np.where(np.isnan(override), prices, override)

    def basis(self, deck: str) -> str:
        """What the deck's prices are (FOB China, CIF Europe, a floor), from the table's header."""
        return self.info.get(f"deck_{deck}", "")

    def with_overrides(self, overrides: pd.DataFrame) -> PriceDecks:
        """``overrides``: symbol, price_usd_per_kg and optionally deck (blank: the deck in use)."""
        if overrides.empty:
            return self
        sheet = overrides.assign(deck=overrides.get("deck", pd.Series(ANY_DECK, index=overrides.index)))
        sheet["deck"] = sheet["deck"].fillna(ANY_DECK)
        merged = _merge(self.frame, sheet[["deck", "symbol", "price_usd_per_kg"]], ["deck", "symbol"])
        return PriceDecks(merged, self.info | {"overridden": "Prices sheet"})


@dataclass(frozen=True)
class KeyedFactors:
    """A one-value-per-key table: form → value factor, or stage → delivery probability."""

    frame: pd.DataFrame  # columns: the key, the value, origin
    key: str
    value: str
    info: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, float]:
        return dict(zip(self.frame[self.key], self.frame[self.value].astype(float), strict=True))

    def of(self, keys: pd.Series) -> np.ndarray:
        """The value for each key (NaN for a key the table does not know: the validator reports those)."""
        return keys.map(self.as_dict()).to_numpy(dtype=float)

    def with_overrides(self, overrides: pd.DataFrame) -> KeyedFactors:
        if overrides.empty:
            return self
        merged = _merge(self.frame, overrides[[self.key, self.value]], [self.key])
        return KeyedFactors(merged, self.key, self.value, self.info | {"overridden": f"{self.key} sheet"})


@dataclass(frozen=True)
class SupplyGap:
    """Allied (ex-China) demand and committed ex-China supply per element and chain stage in the target year."""

    frame: pd.DataFrame  # columns: symbol, stage, demand_tpa, exchina_supply_tpa, stockpile_t, origin
    info: dict[str, str] = field(default_factory=dict)

    def gaps(self) -> Mapping[str, np.ndarray]:
        """``g_e = demand − ex-China supply`` per stage, in SYMBOLS order; an element the table lacks has no gap."""
        gap = self.frame.assign(gap=self.frame["demand_tpa"] - self.frame["exchina_supply_tpa"])
        return {
            stage: rows.set_index("symbol")["gap"].reindex(list(SYMBOLS)).fillna(0.0).to_numpy(dtype=float)
            for stage, rows in gap.groupby("stage")
        }

    def with_overrides(self, overrides: pd.DataFrame) -> SupplyGap:
        if overrides.empty:
            return self
        columns = [c for c in ("symbol", "stage", "demand_tpa", "exchina_supply_tpa", "stockpile_t") if c in overrides]
        merged = _merge(self.frame, overrides[columns], ["symbol", "stage"])
        return SupplyGap(merged, self.info | {"overridden": "SupplyGap sheet"})


@cache
def reference_prices(path: Path | None = None) -> PriceDecks:
    path = path or reference_file("prices.csv")
    frame = _read(path)[["deck", "symbol", "price_usd_per_kg"]].assign(origin="reference")
    return PriceDecks(frame, read_metadata(path))


@cache
def reference_forms(path: Path | None = None) -> KeyedFactors:
    path = path or reference_file("forms.csv")
    frame = _read(path)[["form", "value_factor"]].assign(origin="reference")
    return KeyedFactors(frame, "form", "value_factor", read_metadata(path))


@cache
def reference_stages(path: Path | None = None) -> KeyedFactors:
    path = path or reference_file("stages.csv")
    frame = _read(path)[["stage", "delivery_probability"]].assign(origin="reference")
    return KeyedFactors(frame, "stage", "delivery_probability", read_metadata(path))


@cache
def reference_supply_gap(path: Path | None = None) -> SupplyGap:
    path = path or reference_file("supply_gap.csv")
    frame = _read(path)
    if "stockpile_t" not in frame:
        frame["stockpile_t"] = np.nan
    frame = frame[["symbol", "stage", "demand_tpa", "exchina_supply_tpa", "stockpile_t"]].assign(origin="reference")
    return SupplyGap(frame, read_metadata(path))
