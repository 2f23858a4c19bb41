"""Every number the method uses, each declared once with everything about it, in one frozen dataclass.

The same object comes from the defaults, a workbook's ``Settings`` sheet, ``--set name=value`` on the command line
and a scenario file; :func:`parse_setting` is the one place that turns a person's text into a checked value, so all
four routes accept the same names and give the same messages.

Each field is declared with :func:`parameter`: its METHOD.md default, what it means, the other names a person may
write for it, how its text is read and, for numbers, the range the core accepts and a control offers
(:class:`~evaluator.model.parameter_ranges.NumberRange`). The tables the rest of the app reads —
:data:`PARAMETER_SPECS`, :data:`DESCRIPTIONS`, :data:`NUMBER_RANGES`, :data:`FRACTIONS` — are derived from those
declarations, so adding a parameter is one edit (issue 10.5); before, a parameter's default, description, aliases,
parser and range lived in five tables that could drift apart.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from evaluator.base.errors import EvaluatorError
from evaluator.base.i18n import QT_TRANSLATE_NOOP, translate
from evaluator.model.parameter_ranges import NumberRange, fx_range
from evaluator.reference.currencies import BASE, CURRENCIES, bundled_rate, fx_parameter
from evaluator.reference.elements import SYMBOLS, parse_element_list
from evaluator.reference.vocabulary import FACILITY_TYPES, STAGES, facility_type_of, stage_of

METHODS: tuple[str, ...] = ("wsm", "topsis")
NORMALISATIONS: tuple[str, ...] = ("minmax", "absolute")
#: METHOD.md v2 §2.1 ``cost_basis``: cost per dollar of value added (v2) or LCOP alone (v1).
COST_BASES: tuple[str, ...] = ("value", "lcop")
#: METHOD.md v2 §2.3 ``coverage_basis``: expected tonnes against the gap (v2) or the share of elements listed (v1).
COVERAGE_BASES: tuple[str, ...] = ("gap", "binary")
#: METHOD.md v2 §3 ``topsis_reference``: fixed ideal 100 / anti-ideal 0 (v2) or the observed column max/min (v1).
TOPSIS_REFERENCES: tuple[str, ...] = ("fixed", "observed")
#: METHOD.md v2 §4 ``mc_costs``: capex and opex drawn from a two-piece normal through P10/P90 (v2), a triangular
#: distribution over low/base/high (v1), or not drawn.
MC_COST_DRAWS: tuple[str, ...] = ("p10p90", "triangular", "off")

_T = TypeVar("_T")


class ParameterError(EvaluatorError, ValueError):
    """A parameter value a person gave is not usable; ``str()`` is the sentence to show them."""


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def _number(raw: Any) -> float:
    if isinstance(raw, bool):
        raise ParameterError(translate("Parameters", "expected a number, got {value}").format(value=repr(raw)))
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        text = str(raw).strip().replace(",", "").replace("_", "")
        percent = text.endswith("%")
        try:
            value = float(text.rstrip("%").strip())
        except ValueError:
            raise ParameterError(
                translate("Parameters", "expected a number, got '{value}'").format(value=raw)
            ) from None
        if percent:
            value /= 100.0
    if not math.isfinite(value):
        raise ParameterError(translate("Parameters", "expected a finite number, got '{value}'").format(value=raw))
    return value


def _fraction(raw: Any) -> float:
    value = _number(raw)
    if 1.0 < value <= 100.0:
        value /= 100.0
    return value


def _integer(raw: Any) -> int:
    """A whole number, exactly: ``int`` and digit text are never passed through ``float`` (seeds above 2**53 collided
    and the documented largest seed was refused, issue 9.13); ``5000.0`` and ``"1e3"`` still count as whole."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        text = raw.strip().replace(",", "").replace("_", "")
        if re.fullmatch(r"[+-]?\d{1,30}", text):  # longer is no setting's value (and int() of 4,300+ digits raises)
            return int(text)
    value = _number(raw)
    if not value.is_integer():
        raise ParameterError(translate("Parameters", "expected a whole number, got '{value}'").format(value=raw))
    return int(value)


def _choice(options: tuple[str, ...]):
    def parse(raw: Any) -> str:
        text = _key(raw)
        for option in options:
            if _key(option) == text:
                return option
        raise ParameterError(
            translate("Parameters", "expected one of {options}, got '{value}'").format(
                options=", ".join(options), value=raw
            )
        )

    return parse


def _items(raw: Any, separators: str = r"[,;|]+") -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        return [part.strip() for part in re.split(separators, raw.strip()) if part.strip()]
    if isinstance(raw, float) and math.isnan(raw):
        return []
    if isinstance(raw, Iterable):
        return [str(part).strip() for part in raw if str(part).strip()]
    return [str(raw)]


def _categories(kind: str, options: tuple[str, ...], read: Callable[[str], str | None]):
    """A parser for a set of stages or facility types, accepting the same words as the Projects sheet."""

    def parse(raw: Any) -> frozenset[str]:
        items = _items(raw)
        if len(items) == 1 and _key(items[0]) in {"all", "any", "none", ""}:
            return frozenset()
        found = set()
        for item in items:
            value = read(item)
            if value is None:
                raise ParameterError(
                    translate("Parameters", "'{item}' is not a {kind}; expected {options}").format(
                        item=item, kind=kind, options=", ".join(options)
                    )
                )
            found.add(value)
        return frozenset(found)

    return parse


def _elements(raw: Any) -> frozenset[str]:
    text = raw if isinstance(raw, str) else ", ".join(_items(raw))
    if _key(text) in {"", "none", "any"}:
        return frozenset()
    found, unknown = parse_element_list(text)
    if unknown:
        raise ParameterError(
            translate("Parameters", "not rare-earth elements: {unknown}").format(unknown=", ".join(unknown))
        )
    return frozenset(found)


def _countries(raw: Any) -> frozenset[str]:
    """Countries separated by ``,``, ``;`` or ``|``; a comma inside one name ("Korea, Rep.") is kept together."""
    from evaluator.reference.countries import resolve_country

    if not isinstance(raw, str):
        return frozenset(_iso3(item) for item in _items(raw))
    if _key(raw) in {"", "none"}:
        return frozenset()
    found: set[str] = set()
    for group in _items(raw, r"[;|]+"):
        parts = _items(group)
        codes = [resolve_country(part) for part in parts]
        if all(codes):
            found.update(code for code in codes if code)
        elif whole := resolve_country(group):
            found.add(whole)
        else:
            found.update(_iso3(part) for part in parts)
    return frozenset(found)


def _iso3(raw: Any) -> str:
    from evaluator.reference.countries import resolve_country

    code = resolve_country(str(raw))
    if code is None:
        raise ParameterError(translate("Parameters", "'{value}' is not a country").format(value=raw))
    return code


def _dominant(raw: Any) -> str:
    if raw is None or _key(raw) in {"", "none", "no", "off"}:
        return ""
    return _iso3(raw)


def _optional_number(raw: Any) -> float | None:
    if raw is None or (isinstance(raw, str) and _key(raw) in {"", "none", "off"}):
        return None
    if isinstance(raw, float) and math.isnan(raw):
        return None
    return _number(raw)


def _optional_integer(raw: Any) -> int | None:
    return None if _optional_number(raw) is None else _integer(raw)


_YES = frozenset({"yes", "y", "true", "on", "1", "✓", "x"})
_NO = frozenset({"no", "n", "false", "off", "0", "none", ""})


def _yes_no(raw: Any) -> bool:
    """A switch: yes/no, true/false, on/off, 1/0 (a Settings cell, a ``--set`` value or a JSON boolean)."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    text = str(raw).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ParameterError(translate("Parameters", "expected yes or no, got '{value}'").format(value=raw))


def _deck_name(raw: Any) -> str:
    """A price deck's name as the Prices table spells it (lower case, spaces as underscores); which decks exist is
    the workbook's business, checked when it is scored."""
    text = re.sub(r"[\s-]+", "_", str(raw).strip().lower())
    if not text:
        raise ParameterError(translate("Parameters", "a price deck needs a name"))
    return text


def _mc_costs(raw: Any) -> str:
    """``p10p90`` | ``triangular`` | ``off``; a switch word reads as on (p10p90) or off."""
    if isinstance(raw, bool):
        return "p10p90" if raw else "off"
    text = _key(raw)
    if text in {_key(word) for word in _YES}:
        return "p10p90"
    if text in {"no", "n", "false", "0", "none"}:
        return "off"
    return _choice(MC_COST_DRAWS)(raw)


@dataclass(frozen=True)
class ParameterSpec:
    """What the app knows about one parameter besides its default (kept on the dataclass field).

    ``description`` is English, marked for the catalogue (context "Parameters"); :func:`description` translates it.
    ``aliases`` are other names a person may write, compared after folding (lower case, letters and digits only).
    ``parse`` turns a person's value into the stored one; ``range`` (numbers only) is what the core accepts and how a
    spin box shows it.
    """

    description: str
    aliases: tuple[str, ...]
    parse: Callable[[Any], Any]
    range: NumberRange | None = None


def _parser_for(default: object, number_range: NumberRange | None) -> Callable[[Any], Any]:
    """The reader a numeric parameter gets unless it names one: a fraction may be written as a percentage, a
    parameter whose default is None ("no limit") accepts blank or "none", whole numbers are read exactly."""
    whole = (number_range is not None and number_range.whole) or (
        isinstance(default, int) and not isinstance(default, bool)
    )
    if number_range is not None and number_range.percent:
        return _fraction
    if default is None:
        return _optional_integer if whole else _optional_number
    if whole:
        return _integer
    if isinstance(default, float):
        return _number
    raise TypeError("a parameter that is not a number must name its parser")  # a bug in the declarations


def parameter(
    default: _T,
    description: str,
    *,
    aliases: tuple[str, ...] = (),
    parse: Callable[[Any], Any] | None = None,
    range: NumberRange | None = None,
) -> _T:
    """Declare one field of :class:`Parameters` with its default and its :class:`ParameterSpec`."""
    spec = ParameterSpec(description, aliases, parse or _parser_for(default, range), range)
    return dataclasses.field(default=default, metadata={"spec": spec})


_PERCENT = NumberRange(0.0, 1.0, step=5.0, percent=True)


@dataclass(frozen=True)
class Parameters:
    """The scoring parameters (METHOD.md §2–5). Immutable: a change makes a new object via :meth:`replace`.

    Weights are stored as given (40/35/25 or 0.4/0.35/0.25 alike) and normalised by :meth:`weights`.
    Filters left empty mean "no filter".
    """

    method: str = parameter(
        "wsm",
        QT_TRANSLATE_NOOP("Parameters", "Aggregation method: wsm (weighted sum) or topsis (METHOD.md §3)."),
        aliases=("wsm", "aggregation", "aggregationmethod", "scoringmethod"),
        parse=_choice(METHODS),
    )
    weight_cost: float = parameter(
        0.40,
        QT_TRANSLATE_NOOP("Parameters", "Weight of the cost sub-score (normalised with the other two to sum to 1)."),
        aliases=("costweight", "wcost", "cost"),
    )
    weight_risk: float = parameter(
        0.35,
        QT_TRANSLATE_NOOP("Parameters", "Weight of the geopolitical-risk sub-score."),
        aliases=("riskweight", "wrisk", "risk"),
    )
    weight_coverage: float = parameter(
        0.25,
        QT_TRANSLATE_NOOP("Parameters", "Weight of the element-coverage sub-score."),
        aliases=("coverageweight", "wcoverage", "coverage"),
    )
    discount_rate: float = parameter(
        0.08,
        QT_TRANSLATE_NOOP("Parameters", "Real discount rate r in the capital recovery factor."),
        aliases=("r", "discount", "wacc", "realdiscountrate"),
        range=NumberRange(0.0, 1.0, upper_open=True, step=0.5, decimals=1, percent=True),
    )
    life_years: int = parameter(
        20,
        QT_TRANSLATE_NOOP("Parameters", "Economic life n in years in the capital recovery factor."),
        aliases=("n", "life", "plantlife", "economiclife", "lifeyears", "years"),
        range=NumberRange(1, 200, whole=True),
    )
    utilisation: float = parameter(
        0.85,
        QT_TRANSLATE_NOOP("Parameters", "Capacity utilisation u applied to nameplate capacity in LCOP."),
        aliases=("u", "utilization", "capacityutilisation", "capacityutilization"),
        range=NumberRange(0.0, 1.0, lower_open=True, step=1.0, percent=True),
    )
    normalisation: str = parameter(
        "minmax",
        QT_TRANSLATE_NOOP(
            "Parameters",
            "Cost normalisation: minmax over the projects scored, or absolute between lcop_lo and lcop_hi.",
        ),
        aliases=("normalization", "costnormalisation", "costnormalization"),
        parse=_choice(NORMALISATIONS),
    )
    # Any finite numbers with lo < hi (checked as a pair); a control offers the LCOPs a plant can have.
    lcop_lo: float = parameter(
        10.0,
        QT_TRANSLATE_NOOP("Parameters", "LCOP (USD/kg) that scores 100 under absolute normalisation."),
        aliases=("lo", "lcoplow"),
        range=NumberRange(-math.inf, math.inf, decimals=1, control_low=0.0, control_high=10_000.0),
    )
    lcop_hi: float = parameter(
        100.0,
        QT_TRANSLATE_NOOP("Parameters", "LCOP (USD/kg) that scores 0 under absolute normalisation."),
        aliases=("hi", "lcophigh"),
        range=NumberRange(-math.inf, math.inf, decimals=1, control_low=0.1, control_high=10_000.0),
    )
    # METHOD.md v2 §2.1: cost against value.
    cost_basis: str = parameter(
        "value",
        QT_TRANSLATE_NOOP(
            "Parameters",
            "Cost sub-score basis: value (cost per dollar of value added, METHOD.md §2.1) or lcop (version 1).",
        ),
        aliases=("costbasis",),
        parse=_choice(COST_BASES),
    )
    price_deck: str = parameter(
        "exchina_2025",
        QT_TRANSLATE_NOOP(
            "Parameters", "Price deck of separated-oxide prices used for the basket price (Prices table, §2.1)."
        ),
        aliases=("deck", "prices", "pricedeckname"),
        parse=_deck_name,
    )
    k_lo: float = parameter(
        0.5,
        QT_TRANSLATE_NOOP("Parameters", "Cost-to-value ratio k (LCOP / value added) that scores 100."),
        aliases=("klow",),
        range=NumberRange(0.0, 100.0, upper_open=True, step=0.05, decimals=2),
    )
    k_hi: float = parameter(
        1.5,
        QT_TRANSLATE_NOOP("Parameters", "Cost-to-value ratio k (LCOP / value added) that scores 0."),
        aliases=("khigh",),
        range=NumberRange(0.0, 100.0, lower_open=True, step=0.05, decimals=2),
    )
    magnet_reo_share: float = parameter(
        0.35,
        QT_TRANSLATE_NOOP(
            "Parameters", "REO content per tonne of NdFeB magnet, converting capacity given in t magnet/y (§1)."
        ),
        aliases=("magnetreo", "reoshareofmagnet"),
        range=NumberRange(0.0, 1.0, lower_open=True, step=1.0, percent=True),
    )
    # METHOD.md v2 §2.3: coverage in tonnes against the allied supply gap.
    coverage_basis: str = parameter(
        "gap",
        QT_TRANSLATE_NOOP(
            "Parameters",
            "Coverage sub-score basis: gap (expected tonnes against the allied supply gap, §2.3) or binary (v1).",
        ),
        aliases=("coveragebasis",),
        parse=_choice(COVERAGE_BASES),
    )
    target_year: int = parameter(
        2030,
        QT_TRANSLATE_NOOP(
            "Parameters", "Target year: a project starting later delivers nothing toward the gap (§2.3)."
        ),
        aliases=("targetyr",),
        range=NumberRange(1900, 2200, whole=True, control_low=2020, control_high=2060),
    )
    schedule_risk: bool = parameter(
        True,
        QT_TRANSLATE_NOOP(
            "Parameters",
            "Schedule risk: expected tonnes take the stage's delivery probability (no: every project delivers).",
        ),
        aliases=("stageprobability", "deliveryrisk"),
        parse=_yes_no,
    )
    intermediate_credit: float = parameter(
        0.5,
        QT_TRANSLATE_NOOP(
            "Parameters", "Credit toward the oxide gap of a concentrate or mixed product, still to be separated."
        ),
        aliases=("intermediate", "mixedcredit"),
        range=_PERCENT,
    )
    gap_share_full: float = parameter(
        0.25,
        QT_TRANSLATE_NOOP(
            "Parameters", "γ: the share of an element's gap a project must close alone to earn full credit (§2.3)."
        ),
        aliases=("gamma", "gapshare"),
        range=NumberRange(0.0, 1.0, lower_open=True, step=5.0, percent=True),
    )
    # METHOD.md v2 §3: fixed references keep every score absolute.
    topsis_reference: str = parameter(
        "fixed",
        QT_TRANSLATE_NOOP(
            "Parameters",
            "TOPSIS reference points: fixed (ideal 100, anti-ideal 0) or observed (version 1: column max and min).",
        ),
        aliases=("topsisreferences", "topsisideal"),
        parse=_choice(TOPSIS_REFERENCES),
    )
    # Exchange rates, units per USD; defaults from the bundled Federal Reserve table (evaluator/reference/currencies.py)
    fx_jpy_per_usd: float = parameter(
        bundled_rate("JPY"),
        QT_TRANSLATE_NOOP("Parameters", "JPY per USD used to convert capex and opex given in JPY."),
        aliases=("fx", "fxrate", "jpyperusd", "usdjpy"),
        range=fx_range("JPY"),
    )
    fx_aud_per_usd: float = parameter(
        bundled_rate("AUD"),
        QT_TRANSLATE_NOOP("Parameters", "AUD per USD used to convert capex and opex given in A$."),
        aliases=("audperusd",),
        range=fx_range("AUD"),
    )
    fx_cad_per_usd: float = parameter(
        bundled_rate("CAD"),
        QT_TRANSLATE_NOOP("Parameters", "CAD per USD used to convert capex and opex given in C$."),
        aliases=("cadperusd", "usdcad"),
        range=fx_range("CAD"),
    )
    fx_eur_per_usd: float = parameter(
        bundled_rate("EUR"),
        QT_TRANSLATE_NOOP("Parameters", "EUR per USD used to convert capex and opex given in EUR."),
        aliases=("eurperusd",),
        range=fx_range("EUR"),
    )
    fx_gbp_per_usd: float = parameter(
        bundled_rate("GBP"),
        QT_TRANSLATE_NOOP("Parameters", "GBP per USD used to convert capex and opex given in GBP."),
        aliases=("gbpperusd",),
        range=fx_range("GBP"),
    )
    fx_cny_per_usd: float = parameter(
        bundled_rate("CNY"),
        QT_TRANSLATE_NOOP("Parameters", "CNY per USD used to convert capex and opex given in CNY."),
        aliases=("cnyperusd", "usdcny"),
        range=fx_range("CNY"),
    )
    fx_krw_per_usd: float = parameter(
        bundled_rate("KRW"),
        QT_TRANSLATE_NOOP("Parameters", "KRW per USD used to convert capex and opex given in KRW."),
        aliases=("krwperusd", "usdkrw"),
        range=fx_range("KRW"),
    )
    alignment_discount: float = parameter(
        0.25,
        QT_TRANSLATE_NOOP("Parameters", "Discount a on country risk for aligned countries: R × (1 − a)."),
        aliases=("a", "alignment"),
        range=_PERCENT,
    )
    dominant_supplier: str = parameter(
        "CHN",
        QT_TRANSLATE_NOOP(
            "Parameters", "ISO3 code of the dominant supplier, whose country risk is set to 100 ('none' to disable)."
        ),
        aliases=("dominant", "dominantcountry"),
        parse=_dominant,
    )
    site_share: float = parameter(
        0.6,
        QT_TRANSLATE_NOOP("Parameters", "Share s of site-country risk in project risk; feed country takes 1 − s."),
        aliases=("s", "siteweight"),
        range=_PERCENT,
    )
    unknown_feed_floor: float = parameter(
        50.0,
        QT_TRANSLATE_NOOP("Parameters", "Unknown feed country: feed risk assumed max(site risk, this floor)."),
        aliases=("feedfloor", "unknownfeedrisk"),
        range=NumberRange(0.0, 100.0, step=5.0),
    )
    max_risk: float | None = parameter(
        None,
        QT_TRANSLATE_NOOP(
            "Parameters", "Filter: leave out projects whose project risk exceeds this (0–100); empty for no limit."
        ),
        aliases=("maxprojectrisk", "riskmax"),
        range=NumberRange(0.0, 100.0),
    )
    stages: frozenset[str] = parameter(
        frozenset(),
        QT_TRANSLATE_NOOP("Parameters", "Filter: only these stages (empty for all)."),
        aliases=("stage",),
        parse=_categories("stage", STAGES, stage_of),
    )
    facility_types: frozenset[str] = parameter(
        frozenset(),
        QT_TRANSLATE_NOOP("Parameters", "Filter: only these facility types (empty for all)."),
        aliases=("types", "facilitytype", "type"),
        parse=_categories("facility type", FACILITY_TYPES, lambda text: facility_type_of(text)[0]),
    )
    must_cover: frozenset[str] = parameter(
        frozenset(),
        QT_TRANSLATE_NOOP("Parameters", "Filter: only projects producing every one of these elements."),
        aliases=("mustcoverelements", "requiredelements"),
        parse=_elements,
    )
    exclude_countries: frozenset[str] = parameter(
        frozenset(),
        QT_TRANSLATE_NOOP("Parameters", "Filter: leave out projects sited in these countries (ISO3)."),
        aliases=("excludedcountries", "exclude", "excludecountry"),
        parse=_countries,
    )
    top_n: int = parameter(
        10,
        QT_TRANSLATE_NOOP("Parameters", "Number of projects on the exported shortlist."),
        aliases=("top", "shortlist", "shortlistsize", "topn"),
    )
    # METHOD.md §4: Monte Carlo. Qt's spin boxes hold 32-bit integers; a million samples is minutes of work, more
    # is a typing slip.
    mc_samples: int = parameter(
        5000,
        QT_TRANSLATE_NOOP("Parameters", "Monte Carlo: number of samples (METHOD.md §4)."),
        aliases=("samples", "montecarlosamples"),
        range=NumberRange(1, 10_000_000, whole=True, step=1000, control_low=100, control_high=1_000_000),
    )
    mc_seed: int = parameter(
        20251028,
        QT_TRANSLATE_NOOP("Parameters", "Monte Carlo: random seed; the same seed gives the same results."),
        aliases=("seed",),
        range=NumberRange(0, 2**63 - 1, whole=True, control_high=2_147_483_647),
    )
    mc_alpha: float = parameter(
        50.0,
        QT_TRANSLATE_NOOP(
            "Parameters", "Monte Carlo: Dirichlet concentration α; weights ~ Dirichlet(α·w), larger = closer to w."
        ),
        aliases=("alpha", "dirichletalpha"),
        range=NumberRange(0.0, 1e12, lower_open=True, step=10, decimals=1, control_low=1, control_high=100_000),
    )
    mc_costs: str = parameter(
        "p10p90",
        QT_TRANSLATE_NOOP(
            "Parameters",
            "Monte Carlo capex and opex draws: p10p90 (two-piece normal, low/high as P10/P90), triangular (v1), off.",
        ),
        aliases=("montecarlocosts",),
        parse=_mc_costs,
    )
    mc_common_capex: bool = parameter(
        True,
        QT_TRANSLATE_NOOP(
            "Parameters",
            "Monte Carlo: one lognormal capex factor per sample shared by all projects (overruns move together).",
        ),
        aliases=("commoncapex",),
        parse=_yes_no,
    )
    mc_capex_common_sigma: float = parameter(
        0.15,
        QT_TRANSLATE_NOOP("Parameters", "Monte Carlo: σ of the common capex factor's logarithm (median 1)."),
        aliases=("capexcommonsigma",),
        range=NumberRange(0.0, 5.0, step=0.05, decimals=2),
    )
    mc_prices: bool = parameter(
        True,
        QT_TRANSLATE_NOOP(
            "Parameters", "Monte Carlo: draw each element's price per sample, the same for every project (a market)."
        ),
        aliases=("montecarloprices",),
        parse=_yes_no,
    )
    mc_price_sigma: float = parameter(
        0.30,
        QT_TRANSLATE_NOOP("Parameters", "Monte Carlo: σ of each element's price factor's logarithm (median 1)."),
        aliases=("pricesigma",),
        range=NumberRange(0.0, 5.0, step=0.05, decimals=2),
    )
    mc_schedule: bool = parameter(
        True,
        QT_TRANSLATE_NOOP(
            "Parameters", "Monte Carlo: each project delivers with its probability π, or nothing, in each sample."
        ),
        aliases=("montecarloschedule",),
        parse=_yes_no,
    )
    # METHOD.md §5: portfolio (no budget = the portfolio is not computed). 0 in the two count boxes means "no
    # limit" (None), which the core never sees as a number.
    portfolio_budget_musd: float | None = parameter(
        None,
        QT_TRANSLATE_NOOP("Parameters", "Portfolio: total capex budget in USD million (METHOD.md §5)."),
        aliases=("budget", "budgetmusd"),
        range=NumberRange(0.0, math.inf, lower_open=True, step=100, control_high=1_000_000),
    )
    portfolio_max_projects: int | None = parameter(
        None,
        QT_TRANSLATE_NOOP("Parameters", "Portfolio: at most this many projects (empty for no limit)."),
        aliases=("maxprojects",),
        range=NumberRange(1, 1_000_000, whole=True, control_low=0, control_high=1000),
    )
    portfolio_per_country: int | None = parameter(
        None,
        QT_TRANSLATE_NOOP("Parameters", "Portfolio: at most this many projects per host country (empty for no limit)."),
        aliases=("percountry",),
        range=NumberRange(1, 1_000_000, whole=True, control_low=0, control_high=1000),
    )
    portfolio_min_countries: int = parameter(
        0,
        QT_TRANSLATE_NOOP(
            "Parameters", "Portfolio: each critical element produced in at least this many countries (0 = off)."
        ),
        aliases=("mincountries",),
        range=NumberRange(0, 1000, whole=True, control_high=20),
    )
    portfolio_critical: frozenset[str] = parameter(
        frozenset({"Nd", "Pr", "Dy", "Tb"}),
        QT_TRANSLATE_NOOP("Parameters", "Portfolio: the critical elements the redundancy rule applies to."),
        aliases=("criticalelements",),
        parse=_elements,
    )

    def __post_init__(self) -> None:
        _check_consistency(self)

    def weights(self) -> tuple[float, float, float]:
        """Cost, risk, coverage weights normalised to sum to 1 (METHOD.md §3)."""
        raw = (self.weight_cost, self.weight_risk, self.weight_coverage)
        total = sum(raw)
        if not math.isfinite(total):  # 1e308 + 1e308: weights are relative, so scale by the largest first (9.13)
            largest = max(raw)
            raw = (raw[0] / largest, raw[1] / largest, raw[2] / largest)
            total = sum(raw)
        return (raw[0] / total, raw[1] / total, raw[2] / total)

    def fx_rates(self) -> dict[str, float]:
        """Units of each currency per US dollar, the dollar itself included (1.0): how money columns convert."""
        return {BASE: 1.0} | {code: getattr(self, fx_parameter(code)) for code in CURRENCIES if code != BASE}

    def replace(self, **changes: Any) -> Parameters:
        """A copy with some fields changed, checked like any other."""
        return dataclasses.replace(self, **changes)

    def with_settings(self, settings: Mapping[str, Any]) -> Parameters:
        """A copy with person-written ``name → value`` pairs applied (names and values as :func:`parse_setting`)."""
        changes = dict(parse_setting(name, value) for name, value in settings.items())
        return self.replace(**changes)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form: sets become sorted lists, so two equal parameter sets serialise identically."""
        data: dict[str, Any] = {}
        for item in dataclasses.fields(self):
            value = getattr(self, item.name)
            data[item.name] = sorted(value) if isinstance(value, frozenset) else value
        return data

    def changed_from_defaults(self) -> dict[str, Any]:
        """Only the values that differ from METHOD.md's defaults (for reports and the Assumptions sheet)."""
        defaults = Parameters().as_dict()
        return {k: v for k, v in self.as_dict().items() if defaults[k] != v}


#: Each parameter's spec, in field order (the order of the Settings sheet, the template and the Assumptions sheet).
PARAMETER_SPECS: dict[str, ParameterSpec] = {
    item.name: item.metadata["spec"] for item in dataclasses.fields(Parameters)
}
#: What each parameter means, in METHOD.md's terms (English): the Assumptions sheet, the template and tooltips.
DESCRIPTIONS: dict[str, str] = {name: spec.description for name, spec in PARAMETER_SPECS.items()}
#: Every numeric parameter with a range, in field order (the order their checks run).
NUMBER_RANGES: dict[str, NumberRange] = {
    name: spec.range for name, spec in PARAMETER_SPECS.items() if spec.range is not None
}
#: Parameters stored as fractions that a person may write as a percentage ("8 %" → 0.08).
FRACTIONS: frozenset[str] = frozenset(name for name, spec in NUMBER_RANGES.items() if spec.percent)
#: The parameters whose None means "no limit" (METHOD.md §3 filters, §5 portfolio): those that default to None.
_OPTIONAL = frozenset(item.name for item in dataclasses.fields(Parameters) if item.default is None)

_FIELD_NAMES = set(PARAMETER_SPECS)
#: The yes/no parameters.
SWITCHES: frozenset[str] = frozenset(name for name, spec in PARAMETER_SPECS.items() if spec.parse is _yes_no)

#: METHOD.md v2 §7: named sets of values. ``v1`` reproduces version 1's numbers on a version-1 workbook (the risk
#: settings of §7 arrive with §2.2, the next issue; until then risk is version 1's in every preset).
PRESETS: dict[str, dict[str, Any]] = {
    "v2": {},
    "v1": {
        "cost_basis": "lcop",
        "normalisation": "minmax",
        "coverage_basis": "binary",
        "topsis_reference": "observed",
        "mc_costs": "triangular",
        "mc_common_capex": False,
        "mc_prices": False,
        "mc_schedule": False,
    },
}


def preset(name: str) -> Parameters:
    """The parameters of a named preset (METHOD.md §7): the defaults with the preset's values on top."""
    key = _key(name)
    for known, values in PRESETS.items():
        if _key(known) == key:
            return Parameters().replace(**values)
    raise ParameterError(
        translate("Parameters", "'{name}' is not a preset; presets are {known}.").format(
            name=name, known=", ".join(PRESETS)
        )
    )


def preset_of(params: Parameters) -> str | None:
    """The preset whose values ``params`` carries (the others may differ), v1 before v2; None when neither."""
    for name in ("v1", "v2"):
        values = PRESETS[name] or {key: getattr(Parameters(), key) for key in PRESETS["v1"]}
        if all(getattr(params, key) == value for key, value in values.items()):
            return name
    return None


def _names_by_key(specs: Mapping[str, ParameterSpec]) -> dict[str, str]:
    """Folded name or alias → field name; a word claimed by two parameters is a bug in the declarations."""
    found = {_key(name): name for name in specs}
    for name, spec in specs.items():
        for alias in spec.aliases:
            if found.setdefault(_key(alias), name) != name:
                raise ValueError(f"{alias!r} names both {found[_key(alias)]} and {name}")
    return found


_BY_KEY = _names_by_key(PARAMETER_SPECS)


def description(name: str) -> str:
    """What a parameter means, in the user's language."""
    return translate("Parameters", DESCRIPTIONS[name])


def canonical_name(name: str) -> str:
    """The field name for a person-written parameter name, or :class:`ParameterError` naming what is accepted."""
    found = _BY_KEY.get(_key(name))
    if found is None:
        raise ParameterError(
            translate("Parameters", "'{name}' is not a parameter; known parameters are {known}.").format(
                name=name, known=", ".join(sorted(_FIELD_NAMES))
            )
        )
    return found


def parse_setting(name: str, raw: Any) -> tuple[str, Any]:
    """Turn one person-written ``name = value`` into ``(field name, checked value)``.

    Accepts numbers, numeric text, percent strings (``"8%"``), and for fraction parameters a bare number above 1
    read as a percentage (``8`` → 0.08), because a discount rate of 800 % is never meant. Lists are comma-,
    semicolon- or space-separated text, or any iterable.
    """
    field_name = canonical_name(name)
    try:
        value = PARAMETER_SPECS[field_name].parse(raw)
    except ParameterError as error:
        raise ParameterError(f"{field_name}: {error}") from None  # the field's name, then the reason
    return field_name, value


def _check_consistency(p: Parameters) -> None:
    """Range checks that hold whichever route built the parameters; each failure is one sentence."""
    _check_method_and_weights(p)
    _check_ranges(p)
    _check_sets(p)


def _check_method_and_weights(p: Parameters) -> None:
    if p.method not in METHODS:
        raise ParameterError(_one_of("method", METHODS, p.method))
    for name, options in (
        ("normalisation", NORMALISATIONS),
        ("cost_basis", COST_BASES),
        ("coverage_basis", COVERAGE_BASES),
        ("topsis_reference", TOPSIS_REFERENCES),
        ("mc_costs", MC_COST_DRAWS),
    ):
        if getattr(p, name) not in options:
            raise ParameterError(_one_of(name, options, getattr(p, name)))
    for name in SWITCHES:
        if not isinstance(getattr(p, name), bool):
            raise ParameterError(
                translate("Parameters", "{name} must be yes or no, not {value}.").format(
                    name=name, value=repr(getattr(p, name))
                )
            )
    if not isinstance(p.price_deck, str) or not p.price_deck:
        raise ParameterError(translate("Parameters", "price_deck must name a price deck."))
    weights = (p.weight_cost, p.weight_risk, p.weight_coverage)
    if any(not math.isfinite(w) or w < 0 for w in weights):
        raise ParameterError(translate("Parameters", "weights must be zero or positive numbers."))
    if sum(weights) <= 0:
        raise ParameterError(translate("Parameters", "at least one weight must be above zero."))


def _check_ranges(p: Parameters) -> None:
    """Each numeric parameter against its declared range (None: an optional limit left off)."""
    for name, spec in NUMBER_RANGES.items():
        value = getattr(p, name)
        if spec.unbounded or (value is None and name in _OPTIONAL):
            continue
        if spec.whole:
            _whole(name, value, spec)
        else:
            _in_range(name, value, spec)
    if not (math.isfinite(p.lcop_lo) and math.isfinite(p.lcop_hi) and p.lcop_lo < p.lcop_hi):
        raise ParameterError(
            translate("Parameters", "lcop_lo ({low}) must be below lcop_hi ({high}).").format(
                low=p.lcop_lo, high=p.lcop_hi
            )
        )
    if not p.k_lo < p.k_hi:
        raise ParameterError(
            translate("Parameters", "k_lo ({low}) must be below k_hi ({high}).").format(low=p.k_lo, high=p.k_hi)
        )
    if isinstance(p.top_n, bool) or not isinstance(p.top_n, int) or p.top_n < 1:
        raise ParameterError(
            translate("Parameters", "top_n must be a whole number of at least 1, not {value}.").format(
                value=repr(p.top_n)
            )
        )


def _check_sets(p: Parameters) -> None:
    for name, allowed in (("stages", STAGES), ("facility_types", FACILITY_TYPES), ("must_cover", SYMBOLS)):
        value = getattr(p, name)
        if not isinstance(value, frozenset) or not value <= set(allowed):
            raise ParameterError(_drawn_from(name, allowed))
    if not isinstance(p.exclude_countries, frozenset):
        raise ParameterError(translate("Parameters", "exclude_countries must be a set of ISO3 codes."))
    if not isinstance(p.portfolio_critical, frozenset) or not p.portfolio_critical <= set(SYMBOLS):
        raise ParameterError(_drawn_from("portfolio_critical", SYMBOLS))


def _one_of(name: str, options: tuple[str, ...], value: object) -> str:
    return translate("Parameters", "{name} must be one of {options}, not '{value}'.").format(
        name=name, options=", ".join(options), value=value
    )


def _drawn_from(name: str, allowed: Iterable[str]) -> str:
    return translate("Parameters", "{name} must be a set drawn from {allowed}.").format(
        name=name, allowed=", ".join(allowed)
    )


def _whole(name: str, value: int, spec: NumberRange) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not spec.contains(value):
        raise ParameterError(
            translate("Parameters", "{name} must be a whole number from {low} to {high}, not {value}.").format(
                name=name, low=f"{int(spec.low):,}", high=f"{int(spec.high):,}", value=repr(value)
            )
        )


def _in_range(name: str, value: float, spec: NumberRange) -> None:
    is_number = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if not (is_number and spec.contains(value)):
        low, high, lower_open, upper_open = spec.low, spec.high, spec.lower_open, spec.upper_open
        low_text = (
            translate("Parameters", "above {low}") if lower_open else translate("Parameters", "at least {low}")
        ).format(low=f"{low:g}")
        high_text = (
            ""
            if high == math.inf
            else (
                translate("Parameters", " and below {high}")
                if upper_open
                else translate("Parameters", " and at most {high}")
            ).format(high=f"{high:g}")
        )
        raise ParameterError(
            translate("Parameters", "{name} must be {low_text}{high_text}, not {value}.").format(
                name=name, low_text=low_text, high_text=high_text, value=repr(value)
            )
        )
