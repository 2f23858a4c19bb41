"""The command line as a person uses it: exit codes, what lands on stdout/stderr, and the files it writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from evaluator.base.paths import sample_workbook
from evaluator.cli import main
from evaluator.inputs.load import load_workbook
from evaluator.reference.elements import SYMBOLS
from evaluator.scoring.ranking import score

HEADER = ["project_id", "name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg", "elements", "stage"]
ROWS = [
    ["CHEAP", "Cheap Risky", "Myanmar", 10000, 200, 10, "La, Ce", "operating"],
    ["SAFE", "Safe Costly", "Japan", 1000, 500, 60, "Nd, Pr", "dfs"],
    ["HEAVY", "Heavy Producer", "Canada", 2000, 400, 40, "Dy, Tb, Nd, Pr", "pfs"],
]


def _workbook(tmp_path: Path, rows=ROWS, settings: list[list] | None = None, name: str = "in.xlsx") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Projects"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    if settings is not None:
        extra = book.create_sheet("Settings")
        extra.append(["name", "value"])
        for row in settings:
            extra.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_score_prints_the_ranking_and_writes_both_outputs(tmp_path: Path, capsys) -> None:
    source = _workbook(tmp_path)
    code = main(["score", str(source), "-o", str(tmp_path / "out.xlsx"), "--json", str(tmp_path / "out.json")])
    out = capsys.readouterr()
    assert code == 0
    assert out.err == ""
    expected = score(load_workbook(source)).table["project_id"].tolist()
    printed = [line.split()[1] for line in out.out.splitlines() if line.strip()[:1].isdigit()]
    assert printed == expected
    assert "3 projects loaded, 0 rows left out" in out.out
    assert openpyxl.load_workbook(tmp_path / "out.xlsx")["Shortlist"]["B5"].value == expected[0]

    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [p["project_id"] for p in document["projects"]] == expected
    assert [p["rank"] for p in document["projects"]] == [1, 2, 3]
    first = document["projects"][0]
    for key in ("name", "lcop_usd_per_kg", "cost_score", "risk_score", "coverage_score", "overall"):
        assert key in first
    assert sum(first["contributions"].values()) == pytest.approx(first["overall"])
    assert document["issues"] == []
    assert document["parameters"]["method"] == "wsm"
    assert document["parameters"]["weight_cost"] == 0.4


def test_weights_method_and_set_reach_the_scoring(tmp_path: Path, capsys) -> None:
    source = _workbook(tmp_path)
    out_json = tmp_path / "o.json"
    args = ["score", str(source), "--json", str(out_json), "--method", "topsis", "--weights", "cost=10,risk=80",
            "--set", "discount_rate=10%", "--set", "stages=operating,dfs", "--top", "2"]  # fmt: skip
    assert main(args) == 0
    document = json.loads(out_json.read_text(encoding="utf-8"))
    parameters = document["parameters"]
    assert parameters["method"] == "topsis"
    assert (parameters["weight_cost"], parameters["weight_risk"], parameters["weight_coverage"]) == (10, 80, 0.25)
    assert parameters["discount_rate"] == pytest.approx(0.10)
    assert parameters["stages"] == ["dfs", "operating"]
    assert {p["project_id"] for p in document["projects"]} == {"CHEAP", "SAFE"}
    assert document["summary"]["filtered_out"][0]["project_id"] == "HEAVY"
    # With risk weighted 80 %, Japan (aligned, low governance risk) must beat Myanmar.
    assert document["projects"][0]["project_id"] == "SAFE"
    printed = capsys.readouterr().out
    assert "TOPSIS" in printed
    assert "1 filtered out (1 stage not one of DFS, operating)" in printed


def test_command_line_overrides_the_settings_sheet(tmp_path: Path) -> None:
    source = _workbook(tmp_path, settings=[["method", "topsis"], ["discount rate", "12%"], ["life", 25]])
    out_json = tmp_path / "o.json"
    assert main(["score", str(source), "--json", str(out_json), "--method", "wsm"]) == 0
    parameters = json.loads(out_json.read_text(encoding="utf-8"))["parameters"]
    assert parameters["method"] == "wsm"
    assert parameters["discount_rate"] == pytest.approx(0.12)
    assert parameters["life_years"] == 25


def test_json_to_stdout(tmp_path: Path, capsys) -> None:
    assert main(["score", str(_workbook(tmp_path)), "--json", "-"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert len(document["projects"]) == 3


def test_skipped_rows_still_score_with_exit_0(tmp_path: Path, capsys) -> None:
    rows = [*ROWS, ["BAD", "Bad Row", "Narnia", 1000, 100, 10, "Nd", "dfs"]]
    source = _workbook(tmp_path, rows=rows)
    assert main(["score", str(source)]) == 0
    assert "3 projects loaded, 1 row left out" in capsys.readouterr().out
    assert main(["validate", str(source)]) == 1
    out = capsys.readouterr().out
    assert "ERROR   Projects!C5" in out
    assert "'Narnia' is not a recognised country." in out


def test_validate_clean_file_exits_0(tmp_path: Path, capsys) -> None:
    assert main(["validate", str(_workbook(tmp_path))]) == 0
    assert "3 projects load, 0 rows left out, 0 errors, 0 warnings" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (lambda p: None, ["score", "{dir}/missing.xlsx"], "does not exist"),
        (lambda p: (p / "junk.xlsx").write_text("not a workbook"), ["score", "{dir}/junk.xlsx"], "not a readable"),
        (lambda p: None, ["score", "{wb}", "--set", "nonsense=1"], "'nonsense' is not a parameter"),
        (lambda p: None, ["score", "{wb}", "--set", "discount_rate"], "--set takes NAME=VALUE"),
        (lambda p: None, ["score", "{wb}", "--weights", "cost=0,risk=0,coverage=0"], "at least one weight"),
        (lambda p: None, ["score", "{wb}", "--weights", "price=5"], "--weights takes cost=N"),
        (lambda p: None, ["score", "{wb}", "-o", "{dir}/no/such/folder/x.xlsx"], "does not exist"),
        (lambda p: None, ["validate", "{dir}"], "is a folder"),
    ],
)
def test_unusable_input_is_one_sentence_and_exit_2(tmp_path: Path, capsys, setup, args, message) -> None:
    setup(tmp_path)
    workbook = _workbook(tmp_path)
    argv = [a.format(dir=tmp_path, wb=workbook) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_file_whose_rows_all_fail_cannot_be_scored(tmp_path: Path, capsys) -> None:
    source = _workbook(tmp_path, rows=[["X", "", "Japan", 1000, 100, 10, "Nd", "dfs"]])
    assert main(["score", str(source)]) == 2
    assert "its only data row has errors" in capsys.readouterr().err


def test_template_is_documented_and_loads_empty(tmp_path: Path, capsys) -> None:
    target = tmp_path / "template.xlsx"
    assert main(["template", str(target)]) == 0
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:2] == ["Projects", "Instructions"]
    assert {"Countries", "Elements", "Settings"} <= set(book.sheetnames)
    projects = book["Projects"]
    headers = [c.value for c in projects[1]]
    assert headers[:4] == ["project_id", "name", "sponsor", "country"]
    assert projects["B1"].comment.text.startswith("REQUIRED.")
    validations = {str(v.sqref): v for v in projects.data_validations.dataValidation}
    stage_column = openpyxl.utils.get_column_letter(headers.index("stage") + 1)
    assert validations[f"{stage_column}2:{stage_column}1001"].type == "list"
    lists = book["Lists"]
    assert [lists.cell(row=i, column=2).value for i in range(1, 8)] == [
        "concept", "scoping", "pfs", "dfs", "construction", "commissioning", "operating"]  # fmt: skip
    dataset = load_workbook(target)
    assert len(dataset) == 0
    assert dataset.error_count == 0
    assert dataset.settings == {}
    assert main(["score", str(target)]) == 2
    assert "holds no project rows" in capsys.readouterr().err


def test_filled_template_scores(tmp_path: Path) -> None:
    target = tmp_path / "template.xlsx"
    main(["template", str(target)])
    book = openpyxl.load_workbook(target)
    projects = book["Projects"]
    headers = [c.value for c in projects[1]]
    values = {"name": "Filled", "country": "Japan", "capacity_tpa": 1000, "capex_musd": 100,
              "opex_usd_per_kg": 20, "elements": "Nd, Pr"}  # fmt: skip
    for key, value in values.items():
        projects.cell(row=2, column=headers.index(key) + 1, value=value)
    settings = book["Settings"]
    for row in range(2, settings.max_row + 1):
        if settings.cell(row=row, column=1).value == "method":
            settings.cell(row=row, column=2, value="topsis")
    book.save(target)
    dataset = load_workbook(target)
    assert dataset.projects["name"].tolist() == ["Filled"]
    assert dataset.settings == {"method": "topsis"}


def test_sample_workbook_scores_and_exports(tmp_path: Path) -> None:
    out = tmp_path / "sample.xlsx"
    assert main(["score", str(sample_workbook()), "-o", str(out), "-q"]) == 0
    dataset = load_workbook(sample_workbook())
    assert len(dataset) >= 20
    assert dataset.error_count == 0
    book = openpyxl.load_workbook(out)
    rows = [r for r in book["All projects"].iter_rows(min_row=2, values_only=True) if r[1]]
    assert len(rows) == len(dataset)
    assert {r[5] for r in rows} >= {"separation", "refining", "metal", "magnet"}


def test_console_entry_point_runs_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "evaluator", "score", str(tmp_path / "nope.csv")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("ree-evaluator: The file")
    assert "Traceback" not in result.stderr


def test_sensitivity_json_has_the_documented_keys_and_is_reproducible(tmp_path: Path, capsys) -> None:
    source = _workbook(tmp_path)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["sensitivity", str(source), "--samples", "500", "--seed", "11", "--json", str(first)]) == 0
    assert main(["sensitivity", str(source), "--samples", "500", "--seed", "11", "--json", str(second)]) == 0
    a = json.loads(first.read_text(encoding="utf-8"))
    b = json.loads(second.read_text(encoding="utf-8"))
    assert a["projects"] == b["projects"]
    assert [p["project_id"] for p in a["projects"]] == score(load_workbook(source)).table["project_id"].tolist()
    for key in ("project_id", "p_top1", "p_top3", "mean_rank", "rank_p5", "rank_p95"):
        assert key in a["projects"][0]
    assert sum(p["p_top1"] for p in a["projects"]) == pytest.approx(1.0)
    stability = a["winner_stability"]
    assert {"winner", "runner_up", "l1_margin"} <= set(stability)
    assert stability["winner"] == a["projects"][0]["project_id"]
    assert a["parameters"]["mc_samples"] == 500
    assert a["parameters"]["mc_seed"] == 11
    assert set(a["weight_sweep"]) == {"cost", "risk", "coverage"}
    printed = capsys.readouterr().out
    assert "Monte Carlo 500 samples, seed 11" in printed
    assert "Rank 1 (" in printed


def test_portfolio_json_and_required_budget(tmp_path: Path, capsys) -> None:
    source = _workbook(tmp_path)
    out = tmp_path / "p.json"
    # Capex: CHEAP 200, SAFE 500, HEAVY 400. With 600 USD m, HEAVY (Dy, Tb, Nd, Pr) + CHEAP (La, Ce) covers every
    # listed element that fits; SAFE (Nd, Pr) adds nothing HEAVY lacks and does not fit beside it.
    assert main(["portfolio", str(source), "--budget", "600", "--json", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert set(document["selected"]) == {"HEAVY", "CHEAP"}
    assert document["capex_musd"] == pytest.approx(600.0)
    assert 0 <= document["coverage"] <= 100
    assert document["binding"] == ["budget"]
    assert document["status"] == "optimal"
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(["portfolio", str(source)])
    assert exit_info.value.code == 2
    assert "--budget" in capsys.readouterr().err


def test_portfolio_infeasible_redundancy_is_explained(tmp_path: Path, capsys) -> None:
    source = _workbook(tmp_path)
    assert main(["portfolio", str(source), "--budget", "5000", "--min-countries", "2", "--critical", "Dy"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Portfolio (infeasible):")
    assert "Dy" in out


def test_sensitivity_and_portfolio_write_their_sheets(tmp_path: Path) -> None:
    source = _workbook(tmp_path)
    assert main(["sensitivity", str(source), "--samples", "300", "-o", str(tmp_path / "s.xlsx"), "-q"]) == 0
    assert main(["portfolio", str(source), "--budget", "600", "-o", str(tmp_path / "p.xlsx"), "-q"]) == 0
    sensitivity = openpyxl.load_workbook(tmp_path / "s.xlsx")
    assert "Sensitivity" in sensitivity.sheetnames
    assert "Portfolio" not in sensitivity.sheetnames
    rows = [r for r in sensitivity["Sensitivity"].iter_rows(values_only=True) if r[0] in (1, 2, 3)]
    assert [r[1] for r in rows] == score(load_workbook(source)).table["project_id"].tolist()
    assert all(0.0 <= r[3] <= 1.0 for r in rows)
    portfolio = openpyxl.load_workbook(tmp_path / "p.xlsx")
    chosen = [r[1] for r in portfolio["Portfolio"].iter_rows(min_row=5, values_only=True) if isinstance(r[0], int)]
    assert set(chosen) == {"HEAVY", "CHEAP"}


def test_every_user_sentence_is_one_family_and_the_value_errors_stay_value_errors() -> None:
    # Issue 10.6: the worker and the CLI catch EvaluatorError alone; callers that caught ValueError still do.
    from evaluator.analysis.montecarlo import MonteCarloLimitError
    from evaluator.analysis.portfolio import PortfolioError
    from evaluator.base.atomic import OutputFileError
    from evaluator.base.errors import EvaluatorError
    from evaluator.base.file_checks import FileCheckError
    from evaluator.model.issues import InputFileError
    from evaluator.model.parameters import ParameterError
    from evaluator.model.scenario import ScenarioError
    from evaluator.scoring.provenance import StaleAnalysisError

    family = (InputFileError, FileCheckError, OutputFileError, ParameterError, ScenarioError, StaleAnalysisError)
    for kind in (*family, PortfolioError):
        assert issubclass(kind, EvaluatorError), kind
    for kind in (ParameterError, ScenarioError, StaleAnalysisError, MonteCarloLimitError, PortfolioError):
        assert issubclass(kind, ValueError), kind


def test_an_error_of_the_family_the_cli_did_not_name_is_still_one_sentence(monkeypatch, capsys) -> None:
    # A StaleAnalysisError (or any EvaluatorError a command meets) was "unexpected error (...)" before the family.
    from evaluator import cli
    from evaluator.scoring.provenance import StaleAnalysisError

    def stale(_args, _out):
        raise StaleAnalysisError("The Monte Carlo result was computed for other.xlsx, not this workbook.")

    monkeypatch.setattr(cli, "_score", stale)
    assert main(["score", str(sample_workbook())]) == 2
    assert capsys.readouterr().err == (
        "ree-evaluator: The Monte Carlo result was computed for other.xlsx, not this workbook.\n"
    )


def test_preset_v1_scores_by_version_1_and_set_still_applies_on_top(tmp_path: Path) -> None:
    """``--preset v1`` gives the numbers score() gives under preset("v1"); ``--set`` after it still wins."""
    from evaluator.model.parameters import preset

    source = _workbook(tmp_path)
    out_json = tmp_path / "o.json"
    assert main(["score", str(source), "--json", str(out_json), "--preset", "v1", "--set", "k_hi=2"]) == 0
    document = json.loads(out_json.read_text(encoding="utf-8"))
    assert document["parameters"]["cost_basis"] == "lcop"
    assert document["parameters"]["coverage_basis"] == "binary"
    assert document["parameters"]["k_hi"] == 2
    expected = score(load_workbook(source), preset("v1")).table
    assert [p["project_id"] for p in document["projects"]] == expected["project_id"].tolist()
    assert [p["cost_score"] for p in document["projects"]] == pytest.approx(expected["cost_score"].tolist())


def test_an_unknown_preset_is_one_sentence_and_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["score", str(_workbook(tmp_path)), "--preset", "v9"]) == 2
    assert "'v9' is not a preset; presets are v2, v1." in capsys.readouterr().err


def test_score_json_carries_the_v2_breakdown_of_each_project(tmp_path: Path) -> None:
    """Issue 11.5: the keys spelled out in the issue, each the value the ranking holds (null where none)."""
    source = _workbook(tmp_path)
    out_json = tmp_path / "o.json"
    assert main(["score", str(source), "--json", str(out_json)]) == 0
    document = json.loads(out_json.read_text(encoding="utf-8"))
    ranking = score(load_workbook(source))
    table = ranking.table
    for position, entry in enumerate(document["projects"]):
        row = table.iloc[position]
        assert entry["project_id"] == row["project_id"]
        for key in ("basket_usd_per_kg", "value_added_usd_per_kg", "margin_usd_per_kg", "npv_musd"):
            assert entry[key] == pytest.approx(row[key])
        assert entry["delivery_probability"] == pytest.approx(row["delivery_probability"])
        assert (entry["irr"] is None) == (not np.isfinite(row["irr"]))
        assert (entry["cost_to_value"] is None) == (row["value_added_usd_per_kg"] <= 0)
        assert {"output_form", "input_form"} <= entry.keys()
        expected = ranking.matrices["expected_tonnes"][ranking.scored[position]]
        assert entry["expected_tonnes"] == pytest.approx(
            {symbol: expected[e] for e, symbol in enumerate(SYMBOLS) if expected[e] > 0}
        )
        assert all(v > 0 for v in entry["expected_tonnes"].values())
        assert ("tonnage_estimated" in entry["flags"]) == bool(row["tonnage_estimated"])
        assert ("no_value_added" in entry["flags"]) == bool(row["no_value_added"])
