"""What the data rows' cells mean: ids, countries, vocabulary, money, years, coordinates, elements (METHOD.md §1).

:class:`ProjectColumns` derives, once per column and cached, what the checks judge and the loaded projects hold:
each reading keeps the values and the masks of the cells that were odd (an unknown country, a bound out of order),
and drops, as the method says, what it cannot use (an ignored value becomes NaN). Readings write no issue; the
checks (:mod:`evaluator.inputs.checks_text`, :mod:`evaluator.inputs.checks_numbers`) quote their masks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from evaluator.inputs.cells import (
    Parsed,
    approximate_years,
    id_key,
    parse_flags,
    parse_numbers,
    parse_years,
    visible_id,
)
from evaluator.inputs.data_rows import LOW_HIGH, STORED_AS, DataRows
from evaluator.inputs.plausibility import Slips, find_slips
from evaluator.reference.countries import FeedSources, country_name, feed_sources, means_not_known, resolve_country
from evaluator.reference.elements import INDEX, SYMBOLS, parse_element_list
from evaluator.reference.vocabulary import (
    DEFAULT_INPUT_FORM,
    DEFAULT_OUTPUT_FORM,
    INPUT_FORMS,
    OUTPUT_FORMS,
    facility_type_of,
    form_of,
    stage_of,
)

YEAR_RANGE = (1950, 2100)


@dataclass(frozen=True)
class ProjectIds:
    """Ids without invisible characters (``visible``), then with ``row-N`` for the missing ones (``ids``)."""

    written: np.ndarray
    visible: np.ndarray
    ids: np.ndarray
    keys: list[str]
    duplicate: np.ndarray
    first_row: dict[str, int]  # id key → the worksheet row that uses it first


@dataclass(frozen=True)
class Countries:
    """A country column resolved to ISO3 codes and display names ("" where not resolved)."""

    iso3: np.ndarray
    names: np.ndarray
    written: np.ndarray
    not_known: np.ndarray  # "TBD", "various", "n/a": a blank, not a misspelt country (issue 8.8)
    unknown: np.ndarray  # text that is no country
    listed: np.ndarray  # cells naming several countries (feed only; issue 8.8)
    lists: dict[str, FeedSources]
    sources: np.ndarray  # ``ISO3:share;…`` per row (feed only)


@dataclass(frozen=True)
class Vocabulary:
    """A column of words read to the method's vocabulary (None where blank or not understood)."""

    values: np.ndarray
    unknown: np.ndarray
    combined: np.ndarray  # a facility type naming several steps, read as integrated


@dataclass(frozen=True)
class Money:
    """The six money columns: the base read from a range, the bounds dropped, and the final values."""

    values: dict[str, np.ndarray]  # final values, field → column unit
    ranged: dict[str, np.ndarray]  # base written as a range: base field → mask (only bases with a range)
    negative: dict[str, np.ndarray]  # low/high field → negative bound, ignored
    low_above: dict[str, np.ndarray]  # quantity → low above the base, range ignored
    high_below: dict[str, np.ndarray]  # quantity → high below the base, range ignored


@dataclass(frozen=True)
class Years:
    parsed: Parsed
    approximate: np.ndarray
    odd: np.ndarray  # outside YEAR_RANGE or not whole: ignored
    values: np.ndarray


@dataclass(frozen=True)
class Bounded:
    """A coordinate column: values outside ±``limit`` ignored."""

    parsed: Parsed
    outside: np.ndarray
    values: np.ndarray
    limit: float


@dataclass(frozen=True)
class Coverage:
    """Which elements each row produces: from the list column and from one yes/no column per element."""

    list_unknown: np.ndarray | None  # rows whose list names something that is no rare earth (None: no list column)
    flags: tuple[tuple[str, int, Parsed], ...]  # (symbol, column, flags read) per element column
    matrix: np.ndarray  # bool, rows × 17
    tonnes: np.ndarray  # float, rows × 17: t/y written in element columns, NaN where no number was written
    none: np.ndarray  # rows that produce no element at all
    text: np.ndarray  # the covered symbols per row, "Nd, Pr"


class ProjectColumns:
    """The readings of one sheet's data rows, each computed on first use."""

    def __init__(self, rows: DataRows) -> None:
        self.rows = rows

    @cached_property
    def names(self) -> np.ndarray:
        return self.rows.text("name")

    @cached_property
    def ids(self) -> ProjectIds:
        """Ids without invisible characters, unique by :func:`~evaluator.inputs.cells.id_key` (``A\u200b1`` and the
        full-width ``Ａ1`` are ``A1``: they defeated the duplicate check, issue 9.13)."""
        written = self.rows.text("project_id")
        visible = np.array([visible_id(v) for v in written], dtype=object)
        ids = visible.copy()
        missing = ids == ""
        ids[missing] = [f"row-{r}" for r in self.rows.excel_rows[missing]]
        keys = [id_key(v) for v in ids]
        duplicate = pd.Series(keys, dtype=object).duplicated().to_numpy()
        firsts = np.array(keys, dtype=object)[~duplicate].tolist()
        first_row = dict(zip(firsts, self.rows.excel_rows[~duplicate].tolist(), strict=True))
        return ProjectIds(written, visible, ids, keys, duplicate, first_row)

    @cached_property
    def site(self) -> Countries:
        return _countries(self.rows, "country", feed=False)

    @cached_property
    def feed(self) -> Countries:
        return _countries(self.rows, "feed_country", feed=True)

    @cached_property
    def facility_types(self) -> Vocabulary:
        written = self.rows.text("facility_type")
        parsed = {text: facility_type_of(text) for text in set(written) if text}
        return Vocabulary(
            values=np.array([parsed[t][0] if t else None for t in written], dtype=object),
            unknown=np.array([bool(t) and parsed[t][0] is None for t in written], dtype=bool),
            combined=np.array([bool(t) and parsed[t][1] for t in written], dtype=bool),
        )

    @cached_property
    def stages(self) -> Vocabulary:
        written = self.rows.text("stage")
        parsed = {text: stage_of(text) for text in set(written) if text}
        return Vocabulary(
            values=np.array([parsed[t] if t else None for t in written], dtype=object),
            unknown=np.array([bool(t) and parsed[t] is None for t in written], dtype=bool),
            combined=np.zeros(len(written), dtype=bool),
        )

    @cached_property
    def output_forms(self) -> Vocabulary:
        """What each plant sells; blank → the facility type's default (METHOD.md v2 §1), unknown → blank."""
        return _forms(self.rows, "output_form", OUTPUT_FORMS, DEFAULT_OUTPUT_FORM, self.facility_types.values)

    @cached_property
    def input_forms(self) -> Vocabulary:
        """What each plant buys; blank → the facility type's default, unknown → blank."""
        return _forms(self.rows, "input_form", INPUT_FORMS, DEFAULT_INPUT_FORM, self.facility_types.values)

    @cached_property
    def capacity(self) -> np.ndarray:
        return self.rows.number("capacity_tpa").values

    @cached_property
    def money(self) -> Money:
        return _money(self.rows)

    def in_usd(self, field: str) -> np.ndarray:
        """A base money column (read, never dropped) in US dollars, for the plausibility checks."""
        return self.money.values[field] / self.rows.per_usd(field)

    @cached_property
    def slips(self) -> Slips:
        """Numbers that read fine but look 1000× off (issue 8.3; thresholds in plausibility.py)."""
        return find_slips(
            self.capacity, self.in_usd("capex_musd"), self.in_usd("opex_usd_per_kg"), self.facility_types.values
        )

    @cached_property
    def years(self) -> Years:
        series = self.rows.column("start_year")
        if series is None:
            none = np.zeros(self.rows.n, dtype=bool)
            return Years(Parsed(np.full(self.rows.n, np.nan), none, none), none, none, np.full(self.rows.n, np.nan))
        parsed = parse_years(series)
        years = parsed.values.copy()
        odd = (years < YEAR_RANGE[0]) | (years > YEAR_RANGE[1]) | (np.round(years) != years)
        odd &= ~np.isnan(years)
        years[odd] = np.nan
        return Years(parsed, approximate_years(series), odd, years)

    @cached_property
    def latitude(self) -> Bounded:
        return _bounded(self.rows, "latitude", 90.0)

    @cached_property
    def longitude(self) -> Bounded:
        return _bounded(self.rows, "longitude", 180.0)

    @cached_property
    def coverage(self) -> Coverage:
        return _coverage(self.rows)


def _countries(rows: DataRows, field: str, *, feed: bool) -> Countries:
    written = rows.text(field)
    resolved = {text: resolve_country(text) for text in set(written) if text}
    codes = {text: code or "" for text, code in resolved.items()} | {"": ""}
    not_known_words = {text for text in resolved if means_not_known(text)}
    iso3 = pd.Series(written).map(codes).to_numpy(dtype=object)
    names = pd.Series(iso3).map({code: country_name(code) for code in set(codes.values())}).to_numpy(object)
    not_known = pd.Series(written).isin(not_known_words).to_numpy()
    unknown = (written != "") & (iso3 == "") & ~not_known
    if not feed:
        nothing = np.zeros(len(written), dtype=bool)
        return Countries(iso3, names, written, not_known, unknown, nothing, {}, np.full(len(written), "", object))
    lists = {text: found for text in resolved if not resolved[text] and (found := feed_sources(text))}
    listed, sources = _feed_lists(written, lists, iso3, names)
    return Countries(iso3, names, written, not_known, unknown, listed & unknown, lists, sources)


def _feed_lists(
    written: np.ndarray, lists: dict[str, FeedSources], iso3: np.ndarray, names: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Feed cells naming several countries (issue 8.8; METHOD.md v2 §1): (the list rows, every row's sources).

    Every row gets its sources as ``ISO3:share;…`` (one country: share 1; unknown: empty); a list fills the
    single-country columns (``iso3``, ``names``, changed in place) with its largest source and a name such as
    ``Australia 70%, Madagascar 30%``.
    """
    single = {code: f"{code}:1" for code in set(iso3) if code}
    text_of_row = pd.Series(written)
    sources = pd.Series(iso3, dtype=object).map(single).to_numpy(dtype=object)
    sources[pd.isna(sources)] = ""
    listed = text_of_row.isin(lists.keys()).to_numpy()
    written_texts = text_of_row.to_numpy()
    for text, found in lists.items():
        rows = np.flatnonzero(written_texts == text)
        main = found.codes[int(np.argmax(found.shares))]
        iso3[rows] = main
        names[rows] = ", ".join(
            f"{country_name(code)} {share:.0%}" for code, share in zip(found.codes, found.shares, strict=True)
        )
        sources[rows] = ";".join(f"{code}:{share!r}" for code, share in zip(found.codes, found.shares, strict=True))
    return listed, sources


def _money(rows: DataRows) -> Money:
    """Read the money columns; a base written as a range fills empty bounds; bad bounds are dropped."""
    values = {name: rows.number(name).values.copy() for name in STORED_AS}
    ranged: dict[str, np.ndarray] = {}
    for _, base, low, high in LOW_HIGH:  # a base written as a range (``420-650``) fills empty low/high cells
        if base not in rows.text_ranges:
            continue
        low_values, high_values = rows.text_ranges[base]
        ranged[base] = np.isfinite(low_values)
        for bound, given in ((low, low_values), (high, high_values)):
            empty = ranged[base] & np.isnan(values[bound])
            values[bound][empty] = given[empty]
    negative: dict[str, np.ndarray] = {}
    low_above: dict[str, np.ndarray] = {}
    high_below: dict[str, np.ndarray] = {}
    for label, base, low, high in LOW_HIGH:  # negative bounds, then bounds out of order (low > base > high)
        base_usd = values[base] / rows.per_usd(base)
        for bound in (low, high):
            negative[bound] = values[bound] < 0
            values[bound][negative[bound]] = np.nan
        low_usd, high_usd = values[low] / rows.per_usd(low), values[high] / rows.per_usd(high)
        valid_base = base_usd >= 0  # a negative base is already an error; comparing to it is noise
        low_above[label] = (low_usd > base_usd) & valid_base
        high_below[label] = (high_usd < base_usd) & valid_base
        out_of_order = low_above[label] | high_below[label]
        values[low][out_of_order] = np.nan
        values[high][out_of_order] = np.nan
    return Money(values, ranged, negative, low_above, high_below)


def _bounded(rows: DataRows, field: str, limit: float) -> Bounded:
    parsed = rows.number(field)
    values = parsed.values.copy()
    outside = np.abs(values) > limit
    values[outside] = np.nan
    return Bounded(parsed, outside, values, limit)


def _forms(
    rows: DataRows, field: str, forms: tuple[str, ...], defaults: dict[str, str], facility_types: np.ndarray
) -> Vocabulary:
    """A form column read to the method's forms, a blank taking the facility type's default."""
    written = rows.text(field)
    parsed = {text: form_of(text, forms) for text in set(written) if text}
    default = pd.Series(facility_types, dtype=object).map(defaults).to_numpy(dtype=object)
    values = np.array([parsed[t] if t else None for t in written], dtype=object)
    blank = np.array([not t for t in written], dtype=bool)
    values[blank] = default[blank]
    values[pd.isna(values)] = None  # a facility type with no default (or none given) leaves the form blank
    unknown = np.array([bool(t) and parsed[t] is None for t in written], dtype=bool)
    return Vocabulary(values=values, unknown=unknown, combined=np.zeros(len(written), dtype=bool))


def _coverage(rows: DataRows) -> Coverage:
    coverage = np.zeros((rows.n, len(SYMBOLS)), dtype=bool)
    list_unknown = None
    if "elements" in rows.header.fields:
        listed = rows.text("elements")
        codes, distinct = pd.factorize(listed)  # cost grows with distinct lists, not rows × lists
        parsed = [parse_element_list(text) if text else ((), ()) for text in distinct]
        list_unknown = np.array([bool(unknown) for _, unknown in parsed], dtype=bool)[codes]
        table = np.zeros((len(distinct), len(SYMBOLS)), dtype=bool)
        for position, (found, _) in enumerate(parsed):
            table[position, [INDEX[symbol] for symbol in found]] = True
        coverage |= table[codes]
    flags = []
    tonnes = np.full((rows.n, len(SYMBOLS)), np.nan)
    for e, symbol in enumerate(SYMBOLS):
        column = rows.header.elements.get(symbol)
        if column is None:
            continue
        numbers = parse_numbers(rows.raw[column])  # a number is t/y REO of the element (METHOD.md v2 §1)
        read = parse_flags(rows.raw[column], numbers)
        flags.append((symbol, column, read))
        coverage[:, e] |= read.values == 1.0
        tonnes[:, e] = np.where(numbers.values >= 0, numbers.values, np.nan)
    # A row whose element numbers are all 0 or 1 is a row of marks (version 1's 1 = produced), not 1 t/y of each:
    # its elements share the capacity by typical shares (docs/implementation-notes.md, "1 in an element column").
    with np.errstate(invalid="ignore"):
        marks_only = (np.isnan(tonnes) | (tonnes == 0.0) | (tonnes == 1.0)).all(axis=1) & (tonnes == 1.0).any(axis=1)
    tonnes[marks_only] = np.nan
    text = np.array([", ".join(SYMBOLS[e] for e in np.flatnonzero(row)) for row in coverage], dtype=object)
    return Coverage(list_unknown, tuple(flags), coverage, tonnes, np.asarray(~coverage.any(axis=1)), text)
