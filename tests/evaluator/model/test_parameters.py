"""Parameters: METHOD.md's defaults, person-written settings, and the consistency checks (METHOD.md §2–3)."""

from __future__ import annotations

import json
import math

import pytest

from evaluator.model.parameters import (
    DESCRIPTIONS,
    PARAMETER_SPECS,
    ParameterError,
    Parameters,
    ParameterSpec,
    _names_by_key,
    canonical_name,
    parse_setting,
)


def test_defaults_are_methods_defaults():
    p = Parameters()
    assert p.method == "wsm"
    assert (p.weight_cost, p.weight_risk, p.weight_coverage) == (0.40, 0.35, 0.25)
    assert p.discount_rate == 0.08
    assert p.life_years == 20
    assert p.utilisation == 0.85
    assert p.normalisation == "minmax"
    assert (p.lcop_lo, p.lcop_hi) == (10.0, 100.0)
    assert p.fx_jpy_per_usd == 140.5001  # Federal Reserve G.5A, 2023 annual average (resources/reference/fx.csv)
    assert p.alignment_discount == 0.25
    assert p.dominant_supplier == "CHN"
    assert p.site_share == 0.6
    assert p.unknown_feed_floor == 50.0
    assert p.max_risk is None
    assert p.stages == frozenset()


def test_every_parameter_has_a_description():
    assert set(DESCRIPTIONS) == set(Parameters().as_dict())
    assert all(text.strip() for text in DESCRIPTIONS.values())


def _as_written(value: object) -> str:
    """A value as a person would type it in the Settings sheet: sets as a comma list, no limit as a blank."""
    if value is None:
        return ""
    if isinstance(value, frozenset):
        return ", ".join(sorted(value))
    return str(value)


@pytest.mark.parametrize("name", list(PARAMETER_SPECS))
def test_every_parameter_reads_its_own_default_back_from_text(name: str) -> None:
    """One declaration per parameter (issue 10.5): the parser it declares (or is given by its range and default)
    reads the default, written as text, back to the default; a fraction is written as a percentage too."""
    default = getattr(Parameters(), name)
    assert parse_setting(name, _as_written(default)) == (name, default)
    if PARAMETER_SPECS[name].range is not None and PARAMETER_SPECS[name].range.percent:
        assert parse_setting(name, f"{default * 100:g}%") == (name, pytest.approx(default))


@pytest.mark.parametrize(("name", "alias"), [(n, a) for n, spec in PARAMETER_SPECS.items() for a in spec.aliases])
def test_every_declared_alias_names_its_parameter(name: str, alias: str) -> None:
    assert canonical_name(alias) == name
    assert canonical_name(alias.upper()) == name


def test_a_word_claimed_by_two_parameters_is_refused_at_declaration() -> None:
    specs = dict(PARAMETER_SPECS)
    specs["mc_alpha"] = ParameterSpec("Dirichlet α.", aliases=("seed",), parse=float)  # "seed" is mc_seed's
    with pytest.raises(ValueError, match="'seed' names both mc_seed and mc_alpha"):
        _names_by_key(specs)
    specs["mc_alpha"] = ParameterSpec("Dirichlet α.", aliases=("Life Years",), parse=float)  # a field's own name
    with pytest.raises(ValueError, match="names both life_years and mc_alpha"):
        _names_by_key(specs)


def test_weights_are_normalised_to_sum_to_one():
    assert Parameters().weights() == pytest.approx((0.40, 0.35, 0.25))
    assert Parameters(weight_cost=40, weight_risk=35, weight_coverage=25).weights() == pytest.approx((0.4, 0.35, 0.25))
    assert Parameters(weight_cost=1, weight_risk=0, weight_coverage=0).weights() == (1.0, 0.0, 0.0)


# ------------------------------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("written", "field"),
    [
        ("discount rate", "discount_rate"),
        ("Discount_Rate", "discount_rate"),
        ("r", "discount_rate"),
        ("WACC", "discount_rate"),
        ("cost weight", "weight_cost"),
        ("Weight cost", "weight_cost"),
        ("risk", "weight_risk"),
        ("coverage", "weight_coverage"),
        ("n", "life_years"),
        ("Plant life", "life_years"),
        ("utilization", "utilisation"),
        ("u", "utilisation"),
        ("Normalization", "normalisation"),
        ("FX rate", "fx_jpy_per_usd"),
        ("USD/JPY", "fx_jpy_per_usd"),
        ("a", "alignment_discount"),
        ("s", "site_share"),
        ("max project risk", "max_risk"),
        ("stage", "stages"),
        ("facility type", "facility_types"),
        ("must cover", "must_cover"),
        ("exclude", "exclude_countries"),
        ("shortlist size", "top_n"),
        ("aggregation method", "method"),
    ],
)
def test_canonical_name_accepts_aliases(written, field):
    assert canonical_name(written) == field


def test_unknown_parameter_name_lists_the_known_ones():
    with pytest.raises(ParameterError) as caught:
        canonical_name("colour")
    message = str(caught.value)
    assert "'colour' is not a parameter" in message
    assert "discount_rate" in message
    assert "weight_cost" in message


# ----------------------------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("name", "raw", "value"),
    [
        ("discount rate", "10%", 0.10),
        ("discount rate", 8, 0.08),
        ("discount rate", "8", 0.08),
        ("discount rate", 0.08, 0.08),
        ("discount rate", " 7.5 % ", 0.075),
        ("discount rate", 0, 0.0),
        ("utilisation", 85, 0.85),
        ("utilisation", "85%", 0.85),
        ("utilisation", 1, 1.0),
        ("alignment discount", 25, 0.25),
        ("site share", "60%", 0.6),
        ("weight_cost", "40", 40.0),
        ("weight_cost", 0.4, 0.4),
        ("fx", "1,000", 1000.0),
        ("lcop_hi", 120, 120.0),
        ("unknown feed floor", "55", 55.0),
    ],
)
def test_parse_setting_numbers_and_percentages(name, raw, value):
    field, parsed = parse_setting(name, raw)
    assert field == canonical_name(name)
    assert parsed == pytest.approx(value)


def test_parse_setting_whole_numbers():
    assert parse_setting("life", "25") == ("life_years", 25)
    assert parse_setting("top", 5.0) == ("top_n", 5)
    assert isinstance(parse_setting("top", 5.0)[1], int)


@pytest.mark.parametrize(
    ("name", "raw", "value"),
    [
        ("method", "TOPSIS", "topsis"),
        ("method", " wsm ", "wsm"),
        ("normalisation", "Absolute", "absolute"),
        ("normalisation", "min-max", "minmax"),
    ],
)
def test_parse_setting_choices_fold_case_and_punctuation(name, raw, value):
    assert parse_setting(name, raw)[1] == value


def test_parse_setting_lists():
    assert parse_setting("stages", "PFS; DFS")[1] == frozenset({"pfs", "dfs"})
    assert parse_setting("stages", "pfs, dfs")[1] == frozenset({"pfs", "dfs"})
    assert parse_setting("stages", "all")[1] == frozenset()
    assert parse_setting("stages", ["operating"])[1] == frozenset({"operating"})
    assert parse_setting("must cover", "NdPr, Dy")[1] == frozenset({"Nd", "Pr", "Dy"})
    assert parse_setting("must cover", "")[1] == frozenset()
    assert parse_setting("exclude", "China; Russia")[1] == frozenset({"CHN", "RUS"})
    assert parse_setting("exclude", ["China", "Korea, Rep."])[1] == frozenset({"CHN", "KOR"})
    assert parse_setting("exclude", "Korea, Rep.")[1] == frozenset({"KOR"})
    assert parse_setting("exclude", "none")[1] == frozenset()


@pytest.mark.parametrize(
    ("raw", "codes"),
    [
        ("China, USA", {"CHN", "USA"}),
        ("United States, South Korea", {"USA", "KOR"}),
        ("Russia, Myanmar, China", {"RUS", "MMR", "CHN"}),
    ],
)
def test_exclude_countries_separated_by_commas_keeps_every_country(raw, codes):
    assert parse_setting("exclude countries", raw)[1] == frozenset(codes)


def test_parse_setting_optional_and_dominant():
    assert parse_setting("max risk", "")[1] is None
    assert parse_setting("max risk", "off")[1] is None
    assert parse_setting("max risk", math.nan)[1] is None
    assert parse_setting("max risk", "60")[1] == 60.0
    assert parse_setting("dominant supplier", "none")[1] == ""
    assert parse_setting("dominant supplier", "China")[1] == "CHN"


@pytest.mark.parametrize(
    ("name", "raw", "words"),
    [
        ("method", "ahp", "method: expected one of wsm, topsis, got 'ahp'"),
        ("discount rate", "abc", "discount_rate: expected a number, got 'abc'"),
        ("discount rate", True, "discount_rate: expected a number, got True"),
        ("fx", "inf", "fx_jpy_per_usd: expected a finite number"),
        ("life", "20.5", "life_years: expected a whole number, got '20.5'"),
        ("top", "abc", "top_n: expected a number"),
        ("stages", "pfs, build", "'build' is not a stage"),
        ("must cover", "Nd, Xx", "must_cover: not rare-earth elements: Xx"),
        ("exclude", "Narnia", "'Narnia' is not a country"),
        ("normalisation", "zscore", "expected one of minmax, absolute"),
    ],
)
def test_parse_setting_errors_name_the_parameter_and_the_problem(name, raw, words):
    with pytest.raises(ParameterError) as caught:
        parse_setting(name, raw)
    assert words in str(caught.value)


# ------------------------------------------------------------------------------------------ consistency


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"weight_cost": 0, "weight_risk": 0, "weight_coverage": 0}, "at least one weight must be above zero"),
        ({"weight_cost": -1}, "weights must be zero or positive"),
        ({"weight_risk": math.nan}, "weights must be zero or positive"),
        ({"lcop_lo": 100.0, "lcop_hi": 100.0}, "lcop_lo (100.0) must be below lcop_hi (100.0)"),
        ({"lcop_lo": 120.0}, "must be below lcop_hi"),
        ({"utilisation": 0.0}, "utilisation must be above 0 and at most 1"),
        ({"utilisation": 1.5}, "utilisation must be above 0 and at most 1"),
        ({"discount_rate": 1.0}, "discount_rate must be at least 0 and below 1"),
        ({"discount_rate": -0.01}, "discount_rate must be at least 0"),
        ({"life_years": 0}, "life_years must be a whole number from 1 to 200"),
        ({"life_years": 20.5}, "life_years must be a whole number"),
        ({"top_n": 0}, "top_n must be a whole number of at least 1"),
        ({"max_risk": 101.0}, "max_risk must be at least 0 and at most 100"),
        ({"fx_jpy_per_usd": 0.0}, "fx_jpy_per_usd must be above 0"),
        ({"site_share": 1.2}, "site_share must be at least 0 and at most 1"),
        ({"unknown_feed_floor": 120.0}, "unknown_feed_floor must be at least 0 and at most 100"),
        ({"method": "ahp"}, "method must be one of wsm, topsis"),
        ({"normalisation": "zscore"}, "normalisation must be one of minmax, absolute"),
        ({"stages": frozenset({"dreaming"})}, "stages must be a set drawn from"),
        ({"must_cover": frozenset({"Fe"})}, "must_cover must be a set drawn from"),
        ({"exclude_countries": ["CHN"]}, "exclude_countries must be a set"),
    ],
)
def test_inconsistent_parameters_raise_one_sentence(changes, words):
    with pytest.raises(ParameterError) as caught:
        Parameters(**changes)
    assert words in str(caught.value)


def test_replace_checks_the_new_values_and_leaves_the_original():
    base = Parameters()
    with pytest.raises(ParameterError):
        base.replace(utilisation=0)
    assert base.utilisation == 0.85
    assert base.replace(utilisation=0.9).utilisation == 0.9


def test_one_weight_alone_may_be_positive():
    assert Parameters(weight_cost=0, weight_risk=0, weight_coverage=1).weights() == (0.0, 0.0, 1.0)


# -------------------------------------------------------------------------------------------- round trip


def test_as_dict_turns_sets_into_sorted_lists():
    p = Parameters(stages=frozenset({"pfs", "dfs"}), must_cover=frozenset({"Tb", "Dy"}))
    data = p.as_dict()
    assert data["stages"] == ["dfs", "pfs"]
    assert data["must_cover"] == ["Dy", "Tb"]
    assert data["max_risk"] is None


def test_as_dict_round_trips_through_json_and_settings():
    p = Parameters(
        method="topsis",
        weight_cost=0.5,
        weight_risk=0.3,
        weight_coverage=0.2,
        discount_rate=0.1,
        life_years=25,
        normalisation="absolute",
        max_risk=70.0,
        stages=frozenset({"dfs", "pfs"}),
        facility_types=frozenset({"separation"}),
        must_cover=frozenset({"Nd", "Dy"}),
        exclude_countries=frozenset({"CHN", "RUS"}),
        dominant_supplier="",
        top_n=5,
    )
    text = json.dumps(p.as_dict())
    restored = Parameters().with_settings(json.loads(text))
    assert restored == p
    assert restored.as_dict() == p.as_dict()


def test_changed_from_defaults_lists_only_changes():
    p = Parameters(method="topsis", stages=frozenset({"pfs"}))
    assert p.changed_from_defaults() == {"method": "topsis", "stages": ["pfs"]}
    assert Parameters().changed_from_defaults() == {}


def test_with_settings_reports_a_bad_value():
    with pytest.raises(ParameterError, match="discount_rate"):
        Parameters().with_settings({"discount rate": "lots"})


def test_the_v1_preset_sets_version_1s_bases_and_nothing_else() -> None:
    from evaluator.model.parameters import PRESETS, preset, preset_of

    v1 = preset("v1")
    assert (v1.cost_basis, v1.normalisation, v1.coverage_basis, v1.topsis_reference) == (
        "lcop", "minmax", "binary", "observed",
    )  # fmt: skip
    assert (v1.mc_costs, v1.mc_common_capex, v1.mc_prices, v1.mc_schedule) == ("triangular", False, False, False)
    changed = {name for name, value in v1.as_dict().items() if Parameters().as_dict()[name] != value}
    assert changed == set(PRESETS["v1"]) - {"normalisation"}  # minmax is already the default
    assert preset_of(Parameters()) == "v2"
    assert preset_of(v1.replace(weight_cost=0.9)) == "v1"  # weights are not part of a preset
    assert preset_of(Parameters(coverage_basis="binary")) is None  # half of each
    with pytest.raises(ParameterError, match="'v3' is not a preset; presets are v2, v1"):
        preset("v3")


@pytest.mark.parametrize(
    ("written", "expected"),
    [("yes", True), ("No", False), ("on", True), ("off", False), ("TRUE", True), (0, False), (1, True), (True, True)],
)
def test_a_switch_reads_yes_no_words_and_booleans(written, expected) -> None:
    assert parse_setting("schedule_risk", written) == ("schedule_risk", expected)


def test_a_switch_refuses_other_words_and_non_booleans() -> None:
    with pytest.raises(ParameterError, match="schedule_risk: expected yes or no, got 'sometimes'"):
        parse_setting("schedule_risk", "sometimes")
    with pytest.raises(ParameterError, match="mc_prices must be yes or no, not 'yes'"):
        Parameters(mc_prices="yes")  # type: ignore[arg-type]


def test_mc_costs_takes_its_three_draws_or_a_switch_word() -> None:
    assert parse_setting("mc_costs", "Triangular") == ("mc_costs", "triangular")
    assert parse_setting("mc_costs", "no") == ("mc_costs", "off")
    assert parse_setting("mc_costs", "yes") == ("mc_costs", "p10p90")
    with pytest.raises(ParameterError, match="mc_costs: expected one of p10p90, triangular, off"):
        parse_setting("mc_costs", "uniform")


def test_k_lo_must_be_below_k_hi_and_a_deck_name_is_folded() -> None:
    with pytest.raises(ParameterError, match=r"k_lo \(1.5\) must be below k_hi \(1.5\)"):
        Parameters(k_lo=1.5)
    assert parse_setting("deck", "US floor-2025") == ("price_deck", "us_floor_2025")
