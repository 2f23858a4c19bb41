"""CRF and LCOP against hand-worked values (METHOD.md §2, Cost)."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.model.parameters import Parameters
from evaluator.scoring.lcop import capital_charge, capital_recovery_factor, lcop
from evaluator.scoring.ranking import score
from tests.evaluator.scoring_helpers import by_id, make_dataset, project

#: CRF at r = 8 %, n = 20: 0.08·1.08^20 / (1.08^20 − 1); 1.08^20 = 4.660957..., so 0.372877 / 3.660957 = 0.1018522.
CRF_8_20 = 0.08 * 1.08**20 / (1.08**20 - 1)

#: capex 300 USD m, capacity 5,000 t/y, u = 0.85: 300e6·CRF / (5,000·1,000·0.85) = 70.588235·0.1018522 = 7.189568
CAPITAL_300_5000 = 300e6 * CRF_8_20 / (5000 * 1000 * 0.85)
#: plus opex 20 USD/kg
LCOP_300_5000_20 = CAPITAL_300_5000 + 20


def test_crf_at_8_percent_20_years() -> None:
    assert capital_recovery_factor(0.08, 20) == pytest.approx(CRF_8_20, rel=1e-12)
    assert capital_recovery_factor(0.08, 20) == pytest.approx(0.101852, abs=5e-7)


def test_crf_at_zero_rate_is_straight_line() -> None:
    assert capital_recovery_factor(0.0, 20) == pytest.approx(1 / 20)
    assert capital_recovery_factor(0.0, 1) == pytest.approx(1.0)
    assert capital_recovery_factor(0.0, 8) == pytest.approx(0.125)


def test_crf_for_one_year_is_one_plus_rate() -> None:
    # r(1+r)/((1+r) − 1) = 1 + r: pay the capital back with one year's interest.
    assert capital_recovery_factor(0.08, 1) == pytest.approx(1.08)
    assert capital_recovery_factor(0.10, 1) == pytest.approx(1.10)


def test_crf_other_rate() -> None:
    # r = 10 %, n = 10: 0.1·1.1^10 / (1.1^10 − 1) = 0.259374 / 1.593742 = 0.162745
    assert capital_recovery_factor(0.10, 10) == pytest.approx(0.1 * 1.1**10 / (1.1**10 - 1))
    assert capital_recovery_factor(0.10, 10) == pytest.approx(0.162745, abs=5e-7)


def test_crf_rejects_zero_years() -> None:
    with pytest.raises(ValueError, match="years"):
        capital_recovery_factor(0.08, 0)


def test_capital_charge_for_concrete_project() -> None:
    charge = capital_charge(np.array([300.0]), np.array([5000.0]), CRF_8_20, 0.85)
    assert charge[0] == pytest.approx(CAPITAL_300_5000, rel=1e-12)
    assert charge[0] == pytest.approx(7.189568, abs=5e-6)


def test_lcop_for_concrete_project() -> None:
    value = lcop(np.array([300.0]), np.array([5000.0]), np.array([20.0]), CRF_8_20, 0.85)
    assert value[0] == pytest.approx(LCOP_300_5000_20, rel=1e-12)
    assert value[0] == pytest.approx(27.189568, abs=5e-6)


def test_lcop_vectorised_over_projects() -> None:
    # capex 0 → LCOP = opex; capex 150 on 2,500 t/y is the same capital per kg as 300 on 5,000.
    values = lcop(
        np.array([0.0, 150.0, 600.0]),
        np.array([1000.0, 2500.0, 5000.0]),
        np.array([12.0, 20.0, 20.0]),
        CRF_8_20,
        0.85,
    )
    assert values == pytest.approx([12.0, LCOP_300_5000_20, 2 * CAPITAL_300_5000 + 20])


def test_score_reports_lcop_and_capital_part() -> None:
    ranking = score(make_dataset([project("A", capex=300, capacity=5000, opex=20)]))
    assert by_id(ranking, "lcop_capital_usd_per_kg")["A"] == pytest.approx(7.189568, abs=5e-6)
    assert by_id(ranking, "lcop_usd_per_kg")["A"] == pytest.approx(27.189568, abs=5e-6)
    assert by_id(ranking, "lcop_usd_per_kg")["A"] == pytest.approx(LCOP_300_5000_20, rel=1e-12)


def test_score_uses_rate_life_and_utilisation_parameters() -> None:
    # r = 0, n = 10, u = 0.5: 300e6·(1/10) / (5,000·1,000·0.5) = 30e6 / 2.5e6 = 12 USD/kg; + opex 20 = 32.
    params = Parameters(discount_rate=0.0, life_years=10, utilisation=0.5)
    ranking = score(make_dataset([project("A", capex=300, capacity=5000, opex=20)]), params)
    assert by_id(ranking, "lcop_capital_usd_per_kg")["A"] == pytest.approx(12.0)
    assert by_id(ranking, "lcop_usd_per_kg")["A"] == pytest.approx(32.0)


def test_jpy_capex_converted_at_the_fx_parameter() -> None:
    # 45,000 JPY m / 150 JPY per USD = 300 USD m, so the same LCOP as the USD project: 27.189568.
    dataset = make_dataset([project("A", capex=45_000, capacity=5000, opex=20)], currencies={"capex_m": "JPY"})
    ranking = score(dataset, AT_150)
    assert by_id(ranking, "capex_musd")["A"] == pytest.approx(300.0)
    assert by_id(ranking, "lcop_usd_per_kg")["A"] == pytest.approx(LCOP_300_5000_20, rel=1e-12)


#: The yen at 150 per dollar: round numbers for hand-worked conversions (the default is the bundled table's rate).
AT_150 = Parameters(fx_jpy_per_usd=150.0)


def test_jpy_capex_follows_fx_parameter() -> None:
    # 45,000 JPY m / 100 = 450 USD m: 450e6·CRF / 4.25e6 = 105.882353·0.1018522 = 10.784352; + 20 = 30.784352.
    dataset = make_dataset([project("A", capex=45_000, capacity=5000, opex=20)], currencies={"capex_m": "JPY"})
    ranking = score(dataset, Parameters(fx_jpy_per_usd=100.0))
    assert by_id(ranking, "capex_musd")["A"] == pytest.approx(450.0)
    expected = 450e6 * CRF_8_20 / (5000 * 1000 * 0.85) + 20
    assert by_id(ranking, "lcop_usd_per_kg")["A"] == pytest.approx(expected, rel=1e-12)
    assert by_id(ranking, "lcop_usd_per_kg")["A"] == pytest.approx(30.784352, abs=5e-6)


def test_jpy_opex_converted_at_fx() -> None:
    # opex 3,000 JPY/kg / 150 = 20 USD/kg; capex 0 so LCOP = 20.
    dataset = make_dataset([project("A", capex=0, opex=3000)], currencies={"opex_per_kg": "JPY"})
    ranking = score(dataset, AT_150)
    assert by_id(ranking, "opex_usd_per_kg")["A"] == pytest.approx(20.0)
    assert by_id(ranking, "lcop_usd_per_kg")["A"] == pytest.approx(20.0)


def test_jpy_capex_mixed_with_usd_projects_ranks_on_usd() -> None:
    # Both columns are JPY for the dataset; 15,000 JPY m = 100 USD m on 1,000 t/y: 100e6·CRF / 0.85e6 = 11.982613.
    dataset = make_dataset(
        [project("A", capex=45_000, capacity=5000, opex=20), project("B", capex=15_000, capacity=1000, opex=20)],
        currencies={"capex_m": "JPY"},
    )
    lcops = by_id(score(dataset, AT_150), "lcop_usd_per_kg")
    assert lcops["A"] == pytest.approx(LCOP_300_5000_20)
    assert lcops["B"] == pytest.approx(100e6 * CRF_8_20 / (1000 * 1000 * 0.85) + 20)
    assert lcops["B"] == pytest.approx(31.982613, abs=5e-6)
