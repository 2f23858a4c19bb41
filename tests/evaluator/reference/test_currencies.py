"""Issue 8.9: capex and opex in A$, C$, EUR, GBP, CNY, JPY and KRW, converted at a bundled, sourced FX table that a
workbook's FX sheet, its Settings and ``--set fx_…`` override."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evaluator.base.paths import reference_file
from evaluator.inputs.headers import parse_unit, read_header
from evaluator.inputs.load import load_workbook
from evaluator.model.issues import Severity
from evaluator.model.parameters import Parameters
from evaluator.reference.currencies import CURRENCIES, bundled_rates, fx_parameter
from evaluator.reference.tables import read_metadata
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, ids, one_issue_at, row, value_of, warnings, write_xlsx

REPO = Path(__file__).resolve().parents[3]

#: Federal Reserve G.5A (1 Feb 2024), 2023 averages as printed: units per USD, or USD per unit for AUD, EUR, GBP.
G5A_2023 = {"AUD": 1 / 0.6644, "CAD": 1.3494, "CNY": 7.0809, "EUR": 1 / 1.0817, "GBP": 1 / 1.2440, "JPY": 140.5001,
            "KRW": 1306.7637}  # fmt: skip


def test_the_bundled_table_is_the_federal_reserve_release_with_its_source_and_date() -> None:
    assert bundled_rates() == pytest.approx(G5A_2023, rel=1e-12)
    info = read_metadata(reference_file("fx.csv"))
    assert "G.5A" in info["source"]
    assert "federalreserve.gov" in info["source"]
    assert info["year"] == "2023"
    assert "licence" in info


def test_every_parameter_default_is_the_table_rate() -> None:
    defaults = Parameters()
    for code in CURRENCIES[1:]:
        assert getattr(defaults, fx_parameter(code)) == pytest.approx(G5A_2023[code], abs=5e-5)
    assert defaults.fx_rates()["USD"] == 1.0


@pytest.mark.parametrize(
    ("header", "currency", "factor"),
    [
        ("Capex (A$ m)", "AUD", 1.0),
        ("Capex A$bn", "AUD", 1000.0),
        ("Capex (AUD million)", "AUD", 1.0),
        ("Capex (C$ m)", "CAD", 1.0),
        ("Capex (CAD bn)", "CAD", 1000.0),
        ("Capex (EUR m)", "EUR", 1.0),
        ("Capex €bn", "EUR", 1000.0),
        ("Capex (GBP m)", "GBP", 1.0),
        ("Capex (£m)", "GBP", 1.0),
        ("Capex (CNY bn)", "CNY", 1000.0),
        ("Capex RMB m", "CNY", 1.0),
        ("Capex (KRW bn)", "KRW", 1000.0),
        ("Capex (₩ bn)", "KRW", 1000.0),
        ("Capex (JPY bn)", "JPY", 1000.0),
        ("Capex (US$ m)", "USD", 1.0),
    ],
)
def test_capex_headers_name_their_currency_and_scale(header, currency, factor) -> None:
    cell = read_header(header)
    assert cell.field == "capex_musd"
    unit = parse_unit("money_m", cell.unit_text)
    assert unit is not None
    assert (unit.currency, unit.factor) == (currency, factor)


@pytest.mark.parametrize(
    ("header", "currency", "per_kg"), [("Opex (EUR/kg)", "EUR", 1.0), ("Opex (A$/t)", "AUD", 1e-3)]
)
def test_opex_headers_name_their_currency(header, currency, per_kg) -> None:
    unit = parse_unit("money_per_kg", read_header(header).unit_text)
    assert unit is not None
    assert (unit.currency, unit.factor) == (currency, per_kg)


def _money_workbook(tmp_path: Path, capex_header: str, capex, opex_header: str = "opex_usd_per_kg", opex=20, **extra):
    header = [*HEADER[:4], capex_header, opex_header, HEADER[6]]
    values = row("A", capex_musd=capex, opex_usd_per_kg=opex)
    return write_xlsx(tmp_path, header, [values], **extra)


def test_australian_dollar_capex_is_converted_at_the_table_rate(tmp_path) -> None:
    dataset = load_workbook(_money_workbook(tmp_path, "Capex (A$ m)", 450))
    assert dataset.currencies["capex_m"] == "AUD"
    table = score(dataset).table.set_index("project_id")
    assert table.at["A", "capex_musd"] == pytest.approx(450 * 0.6644, rel=1e-4)  # A$450m at 0.6644 USD per A$


def test_euro_billions_and_opex_in_euros_per_tonne(tmp_path) -> None:
    path = _money_workbook(tmp_path, "Capex (EUR bn)", 0.5, "Opex (EUR/t)", 18_000)
    table = score(load_workbook(path)).table.set_index("project_id")
    assert table.at["A", "capex_musd"] == pytest.approx(500 * 1.0817, rel=1e-4)
    assert table.at["A", "opex_usd_per_kg"] == pytest.approx(18 * 1.0817, rel=1e-4)


def test_a_won_capex_of_six_hundred_billion_is_not_an_implausible_dollar_figure(tmp_path) -> None:
    dataset = load_workbook(_money_workbook(tmp_path, "Capex (KRW m)", 600_000))
    assert not any("100,000 USD m" in issue.message for issue in dataset.issues)
    table = score(dataset).table.set_index("project_id")
    assert table.at["A", "capex_musd"] == pytest.approx(600_000 / 1306.7637, rel=1e-6)


def test_a_cell_with_its_columns_currency_sign_reads(tmp_path) -> None:
    dataset = load_workbook(_money_workbook(tmp_path, "Capex (A$ m)", "A$450m"))
    assert value_of(dataset, "A", "capex_m") == pytest.approx(450.0)
    assert not [i for i in dataset.issues if i.severity is Severity.ERROR]


def test_an_fx_sheet_overrides_the_table_for_its_workbook(tmp_path) -> None:
    fx = [["currency", "per_usd", "usd_per_unit"], ["EUR", 0.8, None], ["A$", None, 0.5], ["CHF", 0.9, None]]
    path = _money_workbook(tmp_path, "Capex (EUR m)", 400, extra_sheets={"FX": fx})
    dataset = load_workbook(path)
    assert dataset.settings["fx_eur_per_usd"] == 0.8
    assert dataset.settings["fx_aud_per_usd"] == 2.0
    bad = one_issue_at(dataset, "FX!A4")
    assert bad.severity is Severity.WARNING
    assert "CHF" in bad.message
    params = Parameters().with_settings(dataset.settings)
    table = score(dataset, params).table.set_index("project_id")
    assert table.at["A", "capex_musd"] == pytest.approx(500.0)  # EUR 400m at 0.8 EUR per USD
    assert ids(dataset) == ["A"]


def test_a_settings_row_wins_over_the_fx_sheet(tmp_path) -> None:
    sheets = {"FX": [["currency", "per_usd"], ["EUR", 0.8]], "Settings": [["name", "value"], ["fx_eur_per_usd", 0.5]]}
    dataset = load_workbook(_money_workbook(tmp_path, "Capex (EUR m)", 400, extra_sheets=sheets))
    assert dataset.settings["fx_eur_per_usd"] == 0.5


def test_an_fx_sheet_without_a_header_is_one_warning(tmp_path) -> None:
    dataset = load_workbook(_money_workbook(tmp_path, "Capex (EUR m)", 400, extra_sheets={"FX": [["EUR", 0.8]]}))
    assert any("FX sheet has no header" in issue.message for issue in warnings(dataset))
    assert "fx_eur_per_usd" not in dataset.settings


def test_set_fx_on_the_command_line(tmp_path) -> None:
    path = _money_workbook(tmp_path, "Capex (GBP m)", 400)
    out = tmp_path / "out.json"
    command = [sys.executable, "-m", "evaluator", "score", str(path), "--set", "fx_gbp_per_usd=0.5", "--json", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    assert done.returncode == 0, done.stderr
    [project] = json.loads(out.read_text(encoding="utf-8"))["projects"]
    assert project["capex_musd"] == pytest.approx(800.0)


def _assumption_rows(path: Path) -> list[list]:
    import openpyxl

    sheet = openpyxl.load_workbook(path, read_only=True)["Assumptions"]
    return [list(row) for row in sheet.iter_rows(values_only=True) if row]


def test_the_assumptions_sheet_lists_the_rates_used_and_where_they_came_from(tmp_path) -> None:
    from evaluator.outputs.workbook_export import export_shortlist

    path = _money_workbook(tmp_path, "Capex (EUR m)", 400, "Opex (A$/kg)", 30)
    dataset = load_workbook(path)
    ranking = score(dataset, Parameters(fx_aud_per_usd=1.6))
    rows = _assumption_rows(export_shortlist(ranking, tmp_path / "pack.xlsx"))
    eur = next(r for r in rows if r[0] == "EUR")
    assert eur[1] == pytest.approx(0.9245)
    assert "Federal Reserve G.5A" in eur[2]
    assert eur[3] == "capex_m"
    aud = next(r for r in rows if r[0] == "AUD")
    assert aud[1] == pytest.approx(1.6)
    assert "fx_aud_per_usd" in aud[2]
    assert any(r[0] == "FX table" and "2023" in str(r[1]) for r in rows)


def test_a_dollar_only_workbook_lists_no_exchange_rates(tmp_path) -> None:
    from evaluator.outputs.workbook_export import export_shortlist

    dataset = load_workbook(_money_workbook(tmp_path, "capex_musd", 400))
    rows = _assumption_rows(export_shortlist(score(dataset), tmp_path / "pack.xlsx"))
    assert not any(r[0] == "Exchange rates used" for r in rows)
