"""The checks of the Projects sheet's figures: capacity, money and its ranges, unit slips, years, coordinates.

Each check is a small pure function of the sheet's readings (:class:`~evaluator.inputs.readings.ProjectColumns`)
that yields the cells it flags (:class:`~evaluator.inputs.data_rows.Flagged`), as whole-column masks.
:data:`evaluator.inputs.validate.CHECKS` lists them in the order their issues are written (METHOD.md §1); the text
checks are in :mod:`evaluator.inputs.checks_text`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from evaluator.base.i18n import QT_TRANSLATE_NOOP, translate
from evaluator.inputs.cells import IGNORED, REJECTED, VALUE_IGNORED, text_of, unreadable_number_message
from evaluator.inputs.data_rows import LOW_HIGH, REQUIRED, Flagged, by_value, fixed
from evaluator.inputs.plausibility import CAPEX_INTENSITY_BAND_USD_PER_TPA
from evaluator.inputs.readings import ProjectColumns
from evaluator.model.issues import Severity

MAX_PLAUSIBLE_CAPACITY_TPA = 200_000.0
MAX_PLAUSIBLE_OPEX_USD_PER_KG = 1_000.0
MIN_PLAUSIBLE_CAPACITY_TPA = 1.0
MAX_PLAUSIBLE_CAPEX_MUSD = 100_000.0

# quantity ("capex", "opex") → (base, low, high) columns.
_RANGE_COLUMNS = {label: (base, low, high) for label, base, low, high in LOW_HIGH}


def check_number_readable(columns: ProjectColumns, field: str) -> Iterator[Flagged]:
    """A cell that holds no number: an error (row left out) where the field is required, else the value is ignored."""
    required = field in REQUIRED
    outcome = REJECTED if required else VALUE_IGNORED
    yield Flagged(
        columns.rows.number(field).bad,
        field,
        Severity.ERROR if required else Severity.WARNING,
        by_value(lambda v: unreadable_number_message(v, field, outcome)),
    )


def check_number_given(columns: ProjectColumns, field: str) -> Iterator[Flagged]:
    """A required number left empty (or holding an Excel error); a formula never calculated is said apart."""
    empty = columns.rows.empty(columns.rows.number(field).blank, field)
    sentence = translate("Issues", "{column} is empty (or holds an Excel error).").format(column=field)
    yield Flagged(empty, field, Severity.ERROR, fixed(sentence))


def check_capacity_positive(columns: ProjectColumns) -> Iterator[Flagged]:
    sentence = translate("Issues", "{column} must be above zero.").format(column="capacity_tpa")
    yield Flagged(columns.capacity <= 0, "capacity_tpa", Severity.ERROR, fixed(sentence))


def check_capacity_not_too_large(columns: ProjectColumns) -> Iterator[Flagged]:
    sentence = translate(
        "Issues", "{column} above 200,000 t/y is implausible for one facility; check the unit."
    ).format(column="capacity_tpa")
    yield Flagged(columns.capacity > MAX_PLAUSIBLE_CAPACITY_TPA, "capacity_tpa", Severity.WARNING, fixed(sentence))


def check_tonnes_within_capacity(columns: ProjectColumns) -> Iterator[Flagged]:
    """Element tonnages that add up to more than the capacity (+1 %): one of them, or the capacity, is wrong
    (METHOD.md v2 §1); the flagged elements then share nothing."""
    given = np.nan_to_num(columns.coverage.tonnes, nan=0.0).sum(axis=1)
    capacity = columns.capacity
    with np.errstate(invalid="ignore"):  # an unreadable capacity (NaN) compares False
        over = (given > capacity * 1.01) & (capacity > 0)
    yield Flagged(
        over,
        "capacity_tpa",
        Severity.WARNING,
        lambda i, v: translate(
            "Issues", "the element tonnages add up to {given} t/y, more than the {column} of {capacity} t/y."
        ).format(given=f"{given[i]:,.0f}", column="capacity_tpa", capacity=f"{capacity[i]:,.0f}"),
    )


def check_capacity_not_too_small(columns: ProjectColumns) -> Iterator[Flagged]:
    capacity = columns.capacity
    sentence = translate("Issues", "{column} below 1 t/y is implausible; check the unit.").format(column="capacity_tpa")
    yield Flagged(
        (capacity > 0) & (capacity < MIN_PLAUSIBLE_CAPACITY_TPA), "capacity_tpa", Severity.WARNING, fixed(sentence)
    )


def check_base_written_as_range(columns: ProjectColumns, quantity: str) -> Iterator[Flagged]:
    """A base written as a range (``420-650``): its midpoint is the base, its ends fill empty low/high cells."""
    base = _RANGE_COLUMNS[quantity][0]
    ranged = columns.money.ranged.get(base)
    if ranged is None:
        return

    def message(v: Any) -> str:
        return translate(
            "Issues",
            "{column} '{value}' is a range: its midpoint is the base {quantity}, and its ends fill "
            "the low and high estimates where they are empty.",
        ).format(column=base, value=text_of(v), quantity=quantity)

    yield Flagged(ranged, base, Severity.WARNING, by_value(message))


def check_capex_plausible(columns: ProjectColumns) -> Iterator[Flagged]:
    yield Flagged(
        columns.in_usd("capex_musd") > MAX_PLAUSIBLE_CAPEX_MUSD,
        "capex_musd",
        Severity.WARNING,
        fixed(translate("Issues", "capex above 100,000 USD m is implausible for one facility; check the unit.")),
    )


def check_cost_not_negative(columns: ProjectColumns, field: str) -> Iterator[Flagged]:
    sentence = translate("Issues", "{column} must not be negative.").format(column=field)
    yield Flagged(columns.money.values[field] < 0, field, Severity.ERROR, fixed(sentence))


def check_cost_not_zero(columns: ProjectColumns, field: str) -> Iterator[Flagged]:
    sentence = translate("Issues", "{column} is zero; check it is not missing.").format(column=field)
    yield Flagged(columns.money.values[field] == 0, field, Severity.WARNING, fixed(sentence))


def check_opex_plausible(columns: ProjectColumns) -> Iterator[Flagged]:
    yield Flagged(
        columns.in_usd("opex_usd_per_kg") > MAX_PLAUSIBLE_OPEX_USD_PER_KG,
        "opex_usd_per_kg",
        Severity.WARNING,
        fixed(translate("Issues", "opex above 1,000 USD/kg is implausible; check the unit.")),
    )


def check_bound_not_negative(columns: ProjectColumns, bound: str) -> Iterator[Flagged]:
    """A negative low or high estimate: the value is ignored."""
    sentence = translate("Issues", "{column} is negative; the value is ignored.").format(column=bound)
    yield Flagged(columns.money.negative[bound], bound, Severity.WARNING, fixed(sentence))


def check_low_not_above_base(columns: ProjectColumns, quantity: str) -> Iterator[Flagged]:
    """A low estimate above the base (in US dollars): the range is ignored."""
    low = _RANGE_COLUMNS[quantity][1]

    def message(v: Any) -> str:
        return translate("Issues", "{column} ({value}) is above the base {quantity}; the range is ignored.").format(
            column=low, value=_fmt(v), quantity=quantity
        )

    yield Flagged(columns.money.low_above[quantity], low, Severity.WARNING, by_value(message))


def check_high_not_below_base(columns: ProjectColumns, quantity: str) -> Iterator[Flagged]:
    """A high estimate below the base, where the low one is not already said to be above it: the range is ignored."""
    high = _RANGE_COLUMNS[quantity][2]
    money = columns.money

    def message(v: Any) -> str:
        return translate("Issues", "{column} ({value}) is below the base {quantity}; the range is ignored.").format(
            column=high, value=_fmt(v), quantity=quantity
        )

    yield Flagged(money.high_below[quantity] & ~money.low_above[quantity], high, Severity.WARNING, by_value(message))


def check_separation_capacity_plausible(columns: ProjectColumns) -> Iterator[Flagged]:
    """A separation plant under 50 t/y: a thousands separator read as a decimal point? (issue 8.3)"""
    capacity = columns.capacity

    def message(i: int, _value: Any) -> str:
        return translate(
            "Issues",
            "capacity_tpa of {value} t/y is small for a separation plant (under 50 t/y): it looks 1000× too "
            "small. Was a thousands separator read as a decimal point, or is the unit kt/y?",
        ).format(value=f"{capacity[i]:,.6g}")

    yield Flagged(columns.slips.small_separation, "capacity_tpa", Severity.WARNING, message, loaded_only=True)


def check_levelised_cost_plausible(columns: ProjectColumns) -> Iterator[Flagged]:
    """A levelised cost above what any product sells for: said on capex or opex, whichever dominates (issue 8.3)."""
    slips = columns.slips

    def message(i: int, _value: Any) -> str:
        return translate(
            "Issues",
            "The levelised cost comes to about {lcop} USD/kg at the default discount rate and utilisation, "
            "above the 300 USD/kg any separated rare-earth product sells for: check the units of capex "
            "(USD m?), capacity (t/y, not kt/y?) and opex (USD/kg, not USD/t?).",
        ).format(lcop=f"{slips.lcop_estimate[i]:,.0f}")

    for from_capex, field in ((True, "capex_musd"), (False, "opex_usd_per_kg")):
        mask = slips.lcop_high & (slips.lcop_from_capex == from_capex)
        yield Flagged(mask, field, Severity.WARNING, message, loaded_only=True)


def check_capex_intensity_plausible(columns: ProjectColumns) -> Iterator[Flagged]:
    """Capex per t/y of capacity far outside the usual band: capex read in the wrong scale? (issue 8.3)"""
    slips = columns.slips
    median = slips.intensity_median
    for mask, cause in (
        (slips.intensity_low, QT_TRANSLATE_NOOP("Issues", "it looks too small: capex in USD bn read as USD m?")),
        (
            slips.intensity_high & ~slips.lcop_high,
            QT_TRANSLATE_NOOP("Issues", "it looks too large: capex in USD k or USD read as USD m?"),
        ),
    ):

        def message(i: int, _value: Any, cause: str = cause) -> str:
            return translate(
                "Issues",
                "Capex per t/y of capacity is {intensity} USD, far outside {low}–{high} USD per t/y{median}; {cause}",
            ).format(
                intensity=f"{slips.intensity[i]:,.0f}",
                low=f"{CAPEX_INTENSITY_BAND_USD_PER_TPA[0]:,.0f}",
                high=f"{CAPEX_INTENSITY_BAND_USD_PER_TPA[1]:,.0f}",
                median=translate("Issues", " or the file's median of {median} USD").format(median=f"{median:,.0f}")
                if np.isfinite(median)
                else "",
                cause=translate("Issues", cause),
            )

        yield Flagged(mask, "capex_musd", Severity.WARNING, message, loaded_only=True)


def check_year_readable(columns: ProjectColumns) -> Iterator[Flagged]:
    yield Flagged(
        columns.years.parsed.bad,
        "start_year",
        Severity.WARNING,
        by_value(lambda v: unreadable_number_message(v, "start_year", IGNORED)),
    )


def check_year_single(columns: ProjectColumns) -> Iterator[Flagged]:
    """A range of years (``2027-28``): the first year is used."""
    yield Flagged(
        columns.years.approximate,
        "start_year",
        Severity.WARNING,
        by_value(
            lambda v: translate(
                "Issues", "{column} '{value}' is a range of years: the first year is used, as an approximation."
            ).format(column="start_year", value=text_of(v))
        ),
    )


def check_year_plausible(columns: ProjectColumns) -> Iterator[Flagged]:
    """A year outside 1950–2100, or not a whole year: ignored."""
    yield Flagged(
        columns.years.odd,
        "start_year",
        Severity.WARNING,
        by_value(
            lambda v: translate("Issues", "{column} {value} is not a year between 1950 and 2100; ignored.").format(
                column="start_year", value=text_of(v)
            )
        ),
    )


def check_coordinate_in_range(columns: ProjectColumns, field: str) -> Iterator[Flagged]:
    """A latitude beyond ±90 or a longitude beyond ±180: ignored."""
    reading = columns.latitude if field == "latitude" else columns.longitude
    limit = reading.limit
    sentence = translate("Issues", "{column} must be between {low} and {high}; ignored.").format(
        column=field, low=f"-{limit:g}", high=f"{limit:g}"
    )
    yield Flagged(reading.outside, field, Severity.WARNING, fixed(sentence))


def _fmt(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return str(value)
