"""The loaded input: clean project rows, their element coverage, and the reference data in force for this run."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from evaluator.model.import_choices import AUTOMATIC, ImportChoices
from evaluator.model.issues import Issue, IssueCounts, IssueLog
from evaluator.reference.elements import SYMBOLS
from evaluator.reference.tables import CountryTable, ElementTable
from evaluator.reference.value_tables import (
    KeyedFactors,
    PriceDecks,
    SupplyGap,
    reference_forms,
    reference_prices,
    reference_stages,
    reference_supply_gap,
)

#: Hex digits kept of a digest shown to people: enough to tell results apart, short enough to read aloud.
SHORT_DIGEST = 16

#: Money columns of :attr:`Dataset.projects`; capex ones in millions, opex ones per kg, each in its own currency.
MONEY_COLUMNS: tuple[str, ...] = (
    "capex_m",
    "capex_low_m",
    "capex_high_m",
    "opex_per_kg",
    "opex_low_per_kg",
    "opex_high_per_kg",
)

#: Columns of :attr:`Dataset.projects`, in display order.
PROJECT_COLUMNS: tuple[str, ...] = (
    "project_id",
    "name",
    "sponsor",
    "country",
    "country_iso3",
    "facility_type",
    "stage",
    "output_form",
    "input_form",
    "capacity_tpa",
    *MONEY_COLUMNS,
    "feed_country",
    "feed_country_iso3",
    "elements",
    "start_year",
    "latitude",
    "longitude",
    "notes",
    "excel_row",
)


@dataclass(frozen=True)
class SourceFile:
    """What was read, for the Assumptions sheet: name, size and SHA-256 of the exact bytes."""

    path: Path
    sha256: str
    size_bytes: int


@dataclass(frozen=True, eq=False)
class Dataset:
    """Everything scoring needs, immutable once loaded.

    ``projects`` holds only rows without errors, in workbook order; ``coverage[i, e]`` says whether project ``i``
    produces element ``SYMBOLS[e]``. Money stays in the currency its header gave (``currencies``) so that the FX
    rate remains a live scoring parameter rather than something baked in at load time.
    """

    projects: pd.DataFrame
    coverage: np.ndarray
    countries: CountryTable
    elements: ElementTable
    currencies: dict[str, str] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    issues: tuple[Issue, ...] = ()
    source: SourceFile | None = None
    sheet: str = "Projects"
    rows_read: int = 0
    #: The import choices the data was read with (issue 8.7); the automatic import unless the analyst chose.
    import_choices: ImportChoices = AUTOMATIC
    #: The import's own counts (IssueLog.counts), which see the issues not listed one by one; None: count ``issues``.
    counted_issues: IssueCounts | None = None
    #: t/y REO of each element written in element columns (projects × elements; NaN where no number was written,
    #: METHOD.md v2 §1); None: no tonnage anywhere.
    tonnes: np.ndarray | None = None
    #: METHOD.md v2 reference tables in force for this workbook: bundled, with its Prices, Forms, Stages and
    #: SupplyGap sheets' rows on top.
    prices: PriceDecks = field(default_factory=reference_prices)
    forms: KeyedFactors = field(default_factory=reference_forms)
    stage_probabilities: KeyedFactors = field(default_factory=reference_stages)
    supply_gap: SupplyGap = field(default_factory=reference_supply_gap)

    def __post_init__(self) -> None:
        if self.coverage.shape != (len(self.projects), len(SYMBOLS)):
            raise ValueError("coverage must have one row per project and one column per element")
        if self.tonnes is not None and self.tonnes.shape != self.coverage.shape:
            raise ValueError("tonnes must have one row per project and one column per element")

    @property
    def given_tonnes(self) -> np.ndarray:
        """The tonnages written per element (NaN: none written), projects × elements."""
        if self.tonnes is None:
            return np.full(self.coverage.shape, np.nan)
        return self.tonnes

    def __len__(self) -> int:
        return len(self.projects)

    @property
    def issue_counts(self) -> IssueCounts:
        """Every problem the import found, including those a column's closing line counts (IssueLog)."""
        if self.counted_issues is not None:
            return self.counted_issues
        log = IssueLog()  # a dataset built by hand: its issues counted the way the import counts them
        log.extend(self.issues)
        return log.counts()

    @property
    def error_count(self) -> int:
        return self.issue_counts.errors

    @property
    def warning_count(self) -> int:
        return self.issue_counts.warnings

    @property
    def rows_with_errors(self) -> int:
        """Worksheet rows left out of scoring because of an error."""
        return self.issue_counts.error_rows

    def usd(self, column: str, fx: float | Mapping[str, float]) -> np.ndarray:
        """A money column in US dollars (millions for capex, per kg for opex) at the given rates.

        ``fx`` maps currency → units per USD (:meth:`Parameters.fx_rates`); a bare number is the JPY rate.
        """
        values = self.projects[column].to_numpy(dtype=float)
        currency = self.currencies.get(column, "USD")
        if currency == "USD":
            return values
        rate = fx if isinstance(fx, int | float) and currency == "JPY" else None
        if rate is None:
            if not isinstance(fx, Mapping) or currency not in fx:
                raise ValueError(f"no exchange rate for {currency} (column {column})")
            rate = fx[currency]
        return values / rate

    @cached_property
    def digest(self) -> str:
        """SHA-256 over the input's bytes digest and the data as read (projects, coverage, country and element
        tables), shortened to SHORT_DIGEST hex digits and computed once; what an analysis's provenance records.

        The file digest alone is not enough: the same file read with another sheet, mapping or override sheet gives
        other projects. Equal data from the same file gives the same digest, so reopening an unchanged workbook
        keeps an analysis current (issue 8.1).
        """
        import hashlib
        import json

        digest = hashlib.sha256()
        digest.update((self.source.sha256 if self.source else "").encode("ascii"))
        tables = (self.prices, self.forms, self.stage_probabilities, self.supply_gap)
        for frame in (self.projects, self.countries.frame, self.elements.frame, *(t.frame for t in tables)):
            digest.update(",".join(map(str, frame.columns)).encode("utf-8"))
            digest.update(pd.util.hash_pandas_object(frame.astype(str), index=True).to_numpy().tobytes())
        digest.update(np.ascontiguousarray(self.coverage, dtype=np.uint8).tobytes())
        if self.tonnes is not None and np.isfinite(self.tonnes).any():
            digest.update(np.ascontiguousarray(self.tonnes, dtype=np.float64).tobytes())
        digest.update(json.dumps(self.currencies, sort_keys=True).encode("utf-8"))
        return digest.hexdigest()[:SHORT_DIGEST]

    @cached_property
    def site_positions(self) -> np.ndarray:
        """Row of ``countries.frame`` for each project's site country (−1 = unknown), looked up once.

        Feed countries are looked up in :attr:`feed_shares`, since a project may name several.
        """
        return self.countries.frame.index.get_indexer(self.projects["country_iso3"].to_numpy(dtype=object))

    @cached_property
    def feed_shares(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(project row, ``countries.frame`` row or −1, share) for every feed source: several per project allowed.

        A project with one feed country has one entry of share 1; one with ``U.S./Brazil/Madagascar`` three of
        ⅓ (issue 8.8); an unknown feed none. Parsed once per distinct cell, so the cost follows the distinct lists.
        """
        projects = self.projects
        if "feed_sources" in projects.columns:
            texts = projects["feed_sources"].fillna("").astype(str)
        else:  # a Dataset built in code with one feed country per project
            texts = projects["feed_country_iso3"].fillna("").astype(str).map(lambda code: f"{code}:1" if code else "")
        which, distinct = pd.factorize(texts)
        index = self.countries.frame.index
        rows, positions, shares = [], [], []
        for k, text in enumerate(distinct):
            sources = [part.split(":") for part in str(text).split(";") if part]
            if not sources:
                continue
            members = np.flatnonzero(which == k)
            codes = index.get_indexer([code for code, _ in sources])
            rows.append(np.repeat(members, len(sources)))
            positions.append(np.tile(codes, len(members)))
            shares.append(np.tile([float(share) for _, share in sources], len(members)))
        if not rows:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp), np.zeros(0)
        return np.concatenate(rows), np.concatenate(positions), np.concatenate(shares)

    @cached_property
    def id_order(self) -> np.ndarray:
        """Position of each project_id in sorted order: the last tie-break of METHOD.md §3 as an integer key."""
        ids = self.projects["project_id"].to_numpy(dtype=object).astype(str)
        order = np.empty(len(ids), dtype=np.int64)
        order[np.argsort(ids, kind="stable")] = np.arange(len(ids))
        return order


def feed_codes(projects: pd.DataFrame) -> set[str]:
    """Every ISO3 code named as a feed source, lists included (so each gets a country risk, assumed if need be)."""
    if "feed_sources" not in projects.columns:
        return set()
    return {part.split(":")[0] for text in set(projects["feed_sources"]) if text for part in str(text).split(";")}
