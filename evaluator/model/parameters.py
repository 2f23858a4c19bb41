"""Every number the method uses, with METHOD.md's defaults, in one frozen dataclass.

The same object comes from the defaults, a workbook's ``Settings`` sheet, ``--set name=value`` on the command line
and (later) a scenario file; :func:`parse_setting` is the one place that turns a person's text into a checked value,
so all four routes accept the same names and give the same messages.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from evaluator.base.errors import EvaluatorError
from evaluator.base.i18n import QT_TRANSLATE_NOOP, translate
from evaluator.model.parameter_ranges import FRACTIONS, NUMBER_RANGES, NumberRange
from evaluator.reference.currencies import BASE, CURRENCIES, FX_PARAMETERS, bundled_rate, fx_parameter
from evaluator.reference.elements import SYMBOLS, parse_element_list
from evaluator.reference.vocabulary import FACILITY_TYPES, STAGES, facility_type_of, stage_of

METHODS: tuple[str, ...] = ("wsm", "topsis")
NORMALISATIONS: tuple[str, ...] = ("minmax", "absolute")


class ParameterError(EvaluatorError, ValueError):
    """A parameter value a person gave is not usable; ``str()`` is the sentence to show them."""


@dataclass(frozen=True)
class Parameters:
    """The scoring parameters (METHOD.md §2–3). Immutable: a change makes a new object via :meth:`replace`.

    Weights are stored as given (40/35/25 or 0.4/0.35/0.25 alike) and normalised by :meth:`weights`.
    Filters left empty mean "no filter".
    """

    method: str = "wsm"
    weight_cost: float = 0.40
    weight_risk: float = 0.35
    weight_coverage: float = 0.25
    discount_rate: float = 0.08
    life_years: int = 20
    utilisation: float = 0.85
    normalisation: str = "minmax"
    lcop_lo: float = 10.0
    lcop_hi: float = 100.0
    # Exchange rates, units per USD; defaults from the bundled Federal Reserve table (evaluator/reference/currencies.py)
    fx_jpy_per_usd: float = bundled_rate("JPY")
    fx_aud_per_usd: float = bundled_rate("AUD")
    fx_cad_per_usd: float = bundled_rate("CAD")
    fx_eur_per_usd: float = bundled_rate("EUR")
    fx_gbp_per_usd: float = bundled_rate("GBP")
    fx_cny_per_usd: float = bundled_rate("CNY")
    fx_krw_per_usd: float = bundled_rate("KRW")
    alignment_discount: float = 0.25
    dominant_supplier: str = "CHN"
    site_share: float = 0.6
    unknown_feed_floor: float = 50.0
    max_risk: float | None = None
    stages: frozenset[str] = field(default_factory=frozenset)
    facility_types: frozenset[str] = field(default_factory=frozenset)
    must_cover: frozenset[str] = field(default_factory=frozenset)
    exclude_countries: frozenset[str] = field(default_factory=frozenset)
    top_n: int = 10
    # METHOD.md §4: Monte Carlo
    mc_samples: int = 5000
    mc_seed: int = 20251028
    mc_alpha: float = 50.0
    # METHOD.md §5: portfolio (no budget = the portfolio is not computed)
    portfolio_budget_musd: float | None = None
    portfolio_max_projects: int | None = None
    portfolio_per_country: int | None = None
    portfolio_min_countries: int = 0
    portfolio_critical: frozenset[str] = frozenset({"Nd", "Pr", "Dy", "Tb"})

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


#: What each parameter means, in METHOD.md's terms: used for the Assumptions sheet, the template and tooltips.
DESCRIPTIONS: dict[str, str] = {
    "method": QT_TRANSLATE_NOOP("Parameters", "Aggregation method: wsm (weighted sum) or topsis (METHOD.md §3)."),
    "weight_cost": QT_TRANSLATE_NOOP(
        "Parameters", "Weight of the cost sub-score (normalised with the other two to sum to 1)."
    ),
    "weight_risk": QT_TRANSLATE_NOOP("Parameters", "Weight of the geopolitical-risk sub-score."),
    "weight_coverage": QT_TRANSLATE_NOOP("Parameters", "Weight of the element-coverage sub-score."),
    "discount_rate": QT_TRANSLATE_NOOP("Parameters", "Real discount rate r in the capital recovery factor."),
    "life_years": QT_TRANSLATE_NOOP("Parameters", "Economic life n in years in the capital recovery factor."),
    "utilisation": QT_TRANSLATE_NOOP("Parameters", "Capacity utilisation u applied to nameplate capacity in LCOP."),
    "normalisation": QT_TRANSLATE_NOOP(
        "Parameters", "Cost normalisation: minmax over the projects scored, or absolute between lcop_lo and lcop_hi."
    ),
    "lcop_lo": QT_TRANSLATE_NOOP("Parameters", "LCOP (USD/kg) that scores 100 under absolute normalisation."),
    "lcop_hi": QT_TRANSLATE_NOOP("Parameters", "LCOP (USD/kg) that scores 0 under absolute normalisation."),
    "fx_jpy_per_usd": QT_TRANSLATE_NOOP("Parameters", "JPY per USD used to convert capex and opex given in JPY."),
    "fx_aud_per_usd": QT_TRANSLATE_NOOP("Parameters", "AUD per USD used to convert capex and opex given in A$."),
    "fx_cad_per_usd": QT_TRANSLATE_NOOP("Parameters", "CAD per USD used to convert capex and opex given in C$."),
    "fx_eur_per_usd": QT_TRANSLATE_NOOP("Parameters", "EUR per USD used to convert capex and opex given in EUR."),
    "fx_gbp_per_usd": QT_TRANSLATE_NOOP("Parameters", "GBP per USD used to convert capex and opex given in GBP."),
    "fx_cny_per_usd": QT_TRANSLATE_NOOP("Parameters", "CNY per USD used to convert capex and opex given in CNY."),
    "fx_krw_per_usd": QT_TRANSLATE_NOOP("Parameters", "KRW per USD used to convert capex and opex given in KRW."),
    "alignment_discount": QT_TRANSLATE_NOOP(
        "Parameters", "Discount a on country risk for aligned countries: R × (1 − a)."
    ),
    "dominant_supplier": QT_TRANSLATE_NOOP(
        "Parameters", "ISO3 code of the dominant supplier, whose country risk is set to 100 ('none' to disable)."
    ),
    "site_share": QT_TRANSLATE_NOOP(
        "Parameters", "Share s of site-country risk in project risk; feed country takes 1 − s."
    ),
    "unknown_feed_floor": QT_TRANSLATE_NOOP(
        "Parameters", "Unknown feed country: feed risk assumed max(site risk, this floor)."
    ),
    "max_risk": QT_TRANSLATE_NOOP(
        "Parameters", "Filter: leave out projects whose project risk exceeds this (0–100); empty for no limit."
    ),
    "stages": QT_TRANSLATE_NOOP("Parameters", "Filter: only these stages (empty for all)."),
    "facility_types": QT_TRANSLATE_NOOP("Parameters", "Filter: only these facility types (empty for all)."),
    "must_cover": QT_TRANSLATE_NOOP("Parameters", "Filter: only projects producing every one of these elements."),
    "exclude_countries": QT_TRANSLATE_NOOP("Parameters", "Filter: leave out projects sited in these countries (ISO3)."),
    "top_n": QT_TRANSLATE_NOOP("Parameters", "Number of projects on the exported shortlist."),
    "mc_samples": QT_TRANSLATE_NOOP("Parameters", "Monte Carlo: number of samples (METHOD.md §4)."),
    "mc_seed": QT_TRANSLATE_NOOP("Parameters", "Monte Carlo: random seed; the same seed gives the same results."),
    "mc_alpha": QT_TRANSLATE_NOOP(
        "Parameters", "Monte Carlo: Dirichlet concentration α; weights ~ Dirichlet(α·w), larger = closer to w."
    ),
    "portfolio_budget_musd": QT_TRANSLATE_NOOP(
        "Parameters", "Portfolio: total capex budget in USD million (METHOD.md §5)."
    ),
    "portfolio_max_projects": QT_TRANSLATE_NOOP(
        "Parameters", "Portfolio: at most this many projects (empty for no limit)."
    ),
    "portfolio_per_country": QT_TRANSLATE_NOOP(
        "Parameters", "Portfolio: at most this many projects per host country (empty for no limit)."
    ),
    "portfolio_min_countries": QT_TRANSLATE_NOOP(
        "Parameters", "Portfolio: each critical element produced in at least this many countries (0 = off)."
    ),
    "portfolio_critical": QT_TRANSLATE_NOOP(
        "Parameters", "Portfolio: the critical elements the redundancy rule applies to."
    ),
}

_WEIGHTS = {"weight_cost", "weight_risk", "weight_coverage"}

#: Names a person may write for each parameter, after :func:`_key` folding.
_ALIASES: dict[str, str] = {
    "wsm": "method", "aggregation": "method", "aggregationmethod": "method", "scoringmethod": "method",
    "costweight": "weight_cost", "wcost": "weight_cost", "cost": "weight_cost",
    "riskweight": "weight_risk", "wrisk": "weight_risk", "risk": "weight_risk",
    "coverageweight": "weight_coverage", "wcoverage": "weight_coverage", "coverage": "weight_coverage",
    "r": "discount_rate", "discount": "discount_rate", "wacc": "discount_rate", "realdiscountrate": "discount_rate",
    "n": "life_years", "life": "life_years", "plantlife": "life_years", "economiclife": "life_years",
    "lifeyears": "life_years", "years": "life_years",
    "u": "utilisation", "utilization": "utilisation", "capacityutilisation": "utilisation",
    "capacityutilization": "utilisation",
    "normalization": "normalisation", "costnormalisation": "normalisation", "costnormalization": "normalisation",
    "lo": "lcop_lo", "lcoplow": "lcop_lo", "hi": "lcop_hi", "lcophigh": "lcop_hi",
    "fx": "fx_jpy_per_usd", "fxrate": "fx_jpy_per_usd", "jpyperusd": "fx_jpy_per_usd", "usdjpy": "fx_jpy_per_usd",
    "audperusd": "fx_aud_per_usd", "cadperusd": "fx_cad_per_usd", "eurperusd": "fx_eur_per_usd",
    "gbpperusd": "fx_gbp_per_usd", "cnyperusd": "fx_cny_per_usd", "krwperusd": "fx_krw_per_usd",
    "usdcad": "fx_cad_per_usd", "usdcny": "fx_cny_per_usd", "usdkrw": "fx_krw_per_usd",
    "a": "alignment_discount", "alignment": "alignment_discount",
    "dominant": "dominant_supplier", "dominantcountry": "dominant_supplier",
    "s": "site_share", "siteweight": "site_share",
    "feedfloor": "unknown_feed_floor", "unknownfeedrisk": "unknown_feed_floor",
    "maxprojectrisk": "max_risk", "riskmax": "max_risk",
    "stage": "stages", "types": "facility_types", "facilitytype": "facility_types", "type": "facility_types",
    "mustcoverelements": "must_cover", "requiredelements": "must_cover",
    "excludedcountries": "exclude_countries", "exclude": "exclude_countries", "excludecountry": "exclude_countries",
    "top": "top_n", "shortlist": "top_n", "shortlistsize": "top_n", "topn": "top_n",
    "samples": "mc_samples", "montecarlosamples": "mc_samples", "seed": "mc_seed", "alpha": "mc_alpha",
    "dirichletalpha": "mc_alpha", "budget": "portfolio_budget_musd", "budgetmusd": "portfolio_budget_musd",
    "maxprojects": "portfolio_max_projects", "percountry": "portfolio_per_country",
    "mincountries": "portfolio_min_countries", "criticalelements": "portfolio_critical",
}  # fmt: skip

_FIELD_NAMES = {f.name for f in dataclasses.fields(Parameters)}
_BY_KEY = {re.sub(r"[^a-z0-9]", "", name): name for name in _FIELD_NAMES} | _ALIASES


def description(name: str) -> str:
    """What a parameter means, in the user's language."""
    return translate("Parameters", DESCRIPTIONS[name])


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


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
        value = _PARSERS[field_name](raw)
    except ParameterError as error:
        raise ParameterError(f"{field_name}: {error}") from None  # the field's name, then the reason
    return field_name, value


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


_PARSERS: dict[str, Any] = {
    "method": _choice(METHODS),
    "weight_cost": _number,
    "weight_risk": _number,
    "weight_coverage": _number,
    "life_years": _integer,
    "normalisation": _choice(NORMALISATIONS),
    "lcop_lo": _number,
    "lcop_hi": _number,
    **{name: _number for name in FX_PARAMETERS},
    "dominant_supplier": _dominant,
    "unknown_feed_floor": _number,
    "max_risk": _optional_number,
    "stages": _categories("stage", STAGES, stage_of),
    "facility_types": _categories("facility type", FACILITY_TYPES, lambda text: facility_type_of(text)[0]),
    "must_cover": _elements,
    "exclude_countries": _countries,
    "top_n": _integer,
    "mc_samples": _integer,
    "mc_seed": _integer,
    "mc_alpha": _number,
    "portfolio_budget_musd": _optional_number,
    "portfolio_max_projects": lambda raw: None if _optional_number(raw) is None else _integer(raw),
    "portfolio_per_country": lambda raw: None if _optional_number(raw) is None else _integer(raw),
    "portfolio_min_countries": _integer,
    "portfolio_critical": _elements,
    **{name: _fraction for name in FRACTIONS},  # a fraction may be written as a percentage
}


def _check_consistency(p: Parameters) -> None:
    """Range checks that hold whichever route built the parameters; each failure is one sentence."""
    _check_method_and_weights(p)
    _check_ranges(p)
    _check_sets(p)


def _check_method_and_weights(p: Parameters) -> None:
    if p.method not in METHODS:
        raise ParameterError(_one_of("method", METHODS, p.method))
    if p.normalisation not in NORMALISATIONS:
        raise ParameterError(_one_of("normalisation", NORMALISATIONS, p.normalisation))
    weights = (p.weight_cost, p.weight_risk, p.weight_coverage)
    if any(not math.isfinite(w) or w < 0 for w in weights):
        raise ParameterError(translate("Parameters", "weights must be zero or positive numbers."))
    if sum(weights) <= 0:
        raise ParameterError(translate("Parameters", "at least one weight must be above zero."))


def _check_ranges(p: Parameters) -> None:
    """Each numeric parameter against its range in :data:`NUMBER_RANGES` (None: an optional limit left off)."""
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
    if isinstance(p.top_n, bool) or not isinstance(p.top_n, int) or p.top_n < 1:
        raise ParameterError(
            translate("Parameters", "top_n must be a whole number of at least 1, not {value}.").format(
                value=repr(p.top_n)
            )
        )


#: The numeric parameters whose None means "no limit" (METHOD.md §3 filters, §5 portfolio).
_OPTIONAL = frozenset({"max_risk", "portfolio_budget_musd", "portfolio_max_projects", "portfolio_per_country"})


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
