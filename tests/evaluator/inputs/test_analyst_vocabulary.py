"""Issue 8.8: the words and numbers analysts actually write, read as they mean them."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.inputs.cells import money_from_text, year_from_text
from evaluator.inputs.load import load_workbook
from evaluator.reference.elements import parse_element_list
from evaluator.reference.vocabulary import stage_of
from tests.evaluator.helpers import ids, issues_at, value_of, write_xlsx

HEADER = ["#", "name", "country", "capacity_tpa", "capex", "opex_usd_per_kg", "elements", "stage", "start_year"]


def _row(number, capex="400", stage="DFS", year=2028, elements="Nd, Pr"):
    return [number, f"Plant {number}", "Australia", 5000, capex, 20, elements, stage, year]


@pytest.mark.parametrize(
    ("written", "stage"),
    [
        ("FID pending", "dfs"),
        ("FEED", "dfs"),
        ("pilot", "pfs"),
        ("Pilot plant", "pfs"),
        ("demonstration", "pfs"),
        ("on hold", "on_hold"),
        ("On-hold", "on_hold"),
        ("Suspended", "on_hold"),
        ("paused", "on_hold"),
        ("cancelled", "on_hold"),
        ("care and maintenance", "on_hold"),
    ],
)
def test_stages_as_analysts_write_them(written, stage) -> None:
    assert stage_of(written) == stage


@pytest.mark.parametrize(
    ("written", "year", "approximate"),
    [
        ("2027E", 2027, False),
        ("2027F", 2027, False),
        ("2027 (est.)", 2027, False),
        ("FY26", 2026, False),
        ("CY2027", 2027, False),
        ("H2 2026", 2026, False),
        ("Q3 2027", 2027, False),
        ("mid-2028", 2028, False),
        ("2028-29", 2028, True),
        ("2028–2030", 2028, True),
        ("2029-27", None, False),
        ("soon", None, False),
    ],
)
def test_start_years_as_analysts_write_them(written, year, approximate) -> None:
    assert year_from_text(written) == (year, approximate)


@pytest.mark.parametrize(
    ("written", "base", "low", "high", "millions"),
    [
        ("~450", 450.0, None, None, False),
        ("c. 450", 450.0, None, None, False),
        ("ca. 450", 450.0, None, None, False),
        ("450 (est.)", 450.0, None, None, False),
        ("approx. 1,200", 1200.0, None, None, False),
        ("US$450m", 450.0, None, None, True),
        ("$1.15bn", 1150.0, None, None, True),
        ("420-650", 535.0, 420.0, 650.0, False),
        ("420 – 650", 535.0, 420.0, 650.0, False),
    ],
)
def test_capex_as_analysts_write_it(written, base, low, high, millions) -> None:
    reading = money_from_text(written, "USD")
    assert reading is not None
    assert (reading.base, reading.low, reading.high, reading.millions) == (base, low, high, millions)


def test_a_workbook_in_analysts_words_loads_with_the_right_numbers(tmp_path: Path) -> None:
    data = [
        _row(1, capex="~450", stage="FID pending", year="2027E"),
        _row(2, capex="$1.15bn", stage="pilot", year="FY26"),
        _row(3, capex="420-650", stage="demonstration", year="H2 2026"),
        _row(4, capex="450 (est.)", stage="FEED", year="2028-29"),
    ]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, data))
    assert ids(dataset) == ["1", "2", "3", "4"], "a '#' column is the project id"
    assert [value_of(dataset, p, "capex_m") for p in ("1", "2", "3", "4")] == [450.0, 1150.0, 535.0, 450.0]
    assert value_of(dataset, "3", "capex_low_m") == 420.0
    assert value_of(dataset, "3", "capex_high_m") == 650.0
    assert [value_of(dataset, p, "stage") for p in ("1", "2", "3", "4")] == ["dfs", "pfs", "pfs", "dfs"]
    assert [value_of(dataset, p, "start_year") for p in ("1", "2", "3", "4")] == [2027, 2026, 2026, 2028]
    flagged = {i.cell for i in dataset.issues}
    assert flagged == {"Projects!E4", "Projects!I5"}, "the capex range and the year range are flagged, no more"


def test_a_capex_range_does_not_overwrite_a_stated_low_estimate(tmp_path: Path) -> None:
    header = [*HEADER, "capex_low"]
    dataset = load_workbook(write_xlsx(tmp_path, header, [[*_row(1, capex="420-650"), 400]]))
    assert value_of(dataset, "1", "capex_low_m") == 400.0
    assert value_of(dataset, "1", "capex_high_m") == 650.0


def test_a_scale_in_the_cell_is_converted_to_the_columns_unit(tmp_path: Path) -> None:
    header = [*HEADER[:4], "Capex (USD bn)", *HEADER[5:]]
    dataset = load_workbook(write_xlsx(tmp_path, header, [_row(1, capex="US$450m"), _row(2, capex=1.2)]))
    assert value_of(dataset, "1", "capex_m") == pytest.approx(450.0)
    assert value_of(dataset, "2", "capex_m") == pytest.approx(1200.0)


@pytest.mark.parametrize(
    ("written", "symbols"),
    [
        ("LREE (La, Ce, NdPr)", ("La", "Ce", "Pr", "Nd")),  # the listed ones only, not Pm, Sm, Eu
        ("NdPr oxide", ("Pr", "Nd")),
        ("Nd, Pr metal", ("Pr", "Nd")),
        ("recycled NdPr, Dy", ("Pr", "Nd", "Dy")),
        ("HREE (Dy, Tb)", ("Tb", "Dy")),
    ],
)
def test_element_lists_with_descriptive_words_and_bracketed_groups(written, symbols) -> None:
    assert parse_element_list(written) == (symbols, ())


def test_an_ndpr_column_marks_both_elements(tmp_path: Path) -> None:
    header = ["#", "name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg", "NdPr", "Dy"]
    data = [[1, "Alpha", "Australia", 5000, 400, 20, "yes", "no"], [2, "Bravo", "Japan", 3000, 300, 20, "", "yes"]]
    dataset = load_workbook(write_xlsx(tmp_path, header, data))
    assert value_of(dataset, "1", "elements") == "Pr, Nd"
    assert value_of(dataset, "2", "elements") == "Dy"
    assert dataset.issues == ()


def test_tbd_means_not_known(tmp_path: Path) -> None:
    header = [*HEADER, "feed_country"]
    data = [[*_row(1), "TBD"], [*_row(2), "Various"], [*_row(3), "Narnia"]]
    dataset = load_workbook(write_xlsx(tmp_path, header, data))
    assert ids(dataset) == ["1", "2", "3"]
    for cell in ("Projects!J2", "Projects!J3"):
        (issue,) = issues_at(dataset, cell)
        assert "means not known" in issue.message
        assert "not a recognised country" not in issue.message
    (narnia,) = issues_at(dataset, "Projects!J4")
    assert "'Narnia' is not a recognised country" in narnia.message
    site = load_workbook(
        write_xlsx(tmp_path, HEADER, [[1, "P", "TBD", 5000, 400, 20, "Nd", "dfs", 2028]], name="s.xlsx")
    )
    assert ids(site) == []
    assert "means not known; the site country is required" in issues_at(site, "Projects!C2")[0].message


def test_sentences_name_projects_not_generated_row_ids(tmp_path, capsys) -> None:
    """A workbook without an id column: the ids are row-N, the sentences a person reads use the names."""
    from evaluator.cli import main

    header = ["name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg", "elements"]
    data = [
        ["Kalgoorlie Cracking", "Australia", 3000, 300, 18, "Nd, Pr"],
        ["Saskatoon Separation", "Canada", 1500, 250, 25, "Dy, Tb"],
        ["Lacq Heavy", "France", 800, 120, 30, "Dy"],
    ]
    path = write_xlsx(tmp_path, header, data)
    pack = tmp_path / "pack.xlsx"
    assert main(["sensitivity", str(path), "--samples", "200", "-o", str(pack)]) == 0
    sweeps = [line for line in capsys.readouterr().out.splitlines() if "weight sweep" in line]
    assert len(sweeps) == 3
    changed = [line for line in sweeps if "→" in line]
    assert changed, sweeps  # the leader changes somewhere along at least one sweep
    import openpyxl

    sheet = openpyxl.load_workbook(pack)["Sensitivity"]
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    changed += [text for text in cells if "rank 1 changes at" in text]
    assert len(changed) >= 2  # in the CLI's lines and on the Sensitivity sheet
    for line in changed:
        assert "row-" not in line
        assert any(name in line for name, *_ in data)


def test_several_feed_countries_are_read_as_equal_shares(tmp_path) -> None:
    """Issue 8.8: ``U.S./Brazil/Madagascar`` is three feed countries of a third each, flagged, and scored so:
    the feed risk is the mean of the three country risks (METHOD.md v2 §1 shares; v1's blend otherwise)."""
    from evaluator.scoring.ranking import score
    from evaluator.scoring.risk import country_risk

    header = ["#", "name", "country", "capacity_tpa", "capex", "opex_usd_per_kg", "elements", "feed_country"]
    data = [
        [1, "Plant 1", "Japan", 5000, 400, 20, "Nd", "U.S./Brazil/Madagascar"],
        [2, "Plant 2", "Japan", 5000, 400, 20, "Nd", "Bosnia and Herzegovina"],
        [3, "Plant 3", "Japan", 5000, 400, 20, "Nd", "Australia 70%, Madagascar 30%"],
        [4, "Plant 4", "Japan", 5000, 400, 20, "Nd", "Australia 60%, Madagascar 30%"],
    ]
    dataset = load_workbook(write_xlsx(tmp_path, header, data))
    [equal] = issues_at(dataset, "Projects!H2")
    assert "3 feed countries without shares" in equal.message
    assert issues_at(dataset, "Projects!H3") == []  # one country whose name holds "and"
    assert issues_at(dataset, "Projects!H4") == []  # shares stated, adding up to 100 %
    [rescaled] = issues_at(dataset, "Projects!H5")
    assert "add up to 90%" in rescaled.message
    assert value_of(dataset, "1", "feed_country") == "United States 33%, Brazil 33%, Madagascar 33%"
    assert value_of(dataset, "2", "feed_country_iso3") == "BIH"

    ranking = score(dataset)
    risk = country_risk(dataset.countries, ranking.parameters.alignment_discount, "CHN")
    feed = ranking.table.set_index("project_id")["feed_risk"]
    assert feed["1"] == pytest.approx((risk["USA"] + risk["BRA"] + risk["MDG"]) / 3, rel=1e-12)
    assert feed["2"] == pytest.approx(risk["BIH"], rel=1e-12)
    assert feed["3"] == pytest.approx(0.7 * risk["AUS"] + 0.3 * risk["MDG"], rel=1e-12)
    assert feed["4"] == pytest.approx((60 * risk["AUS"] + 30 * risk["MDG"]) / 90, rel=1e-12)
    assert not ranking.table["feed_risk_assumed"].any()
