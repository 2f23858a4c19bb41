"""Issue 9.9 (charts): project names are data, never mathtext. ``$$$$`` made every chart raise and the export fail."""

from __future__ import annotations

from evaluator.inputs.load import load_workbook
from evaluator.outputs.chart_images import render_chart_images
from evaluator.outputs.pdf_export import export_pdf
from evaluator.outputs.workbook_export import export_shortlist
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, row, write_xlsx

NAMES = ["$$$$", r"$\frac{a}{b}$", "Cost $5 bn_plant^2", r"back\slash \$"]


def test_names_that_look_like_mathtext_draw_as_written_and_export(tmp_path) -> None:
    data = [row(f"P{i}", name=name) for i, name in enumerate(NAMES)]
    ranking = score(load_workbook(write_xlsx(tmp_path, HEADER, data)))
    images = render_chart_images(ranking, list(ranking.table["project_id"][:3]))
    assert len(images) >= 4
    assert all(png.startswith(b"\x89PNG") for _, png in images)
    book = export_shortlist(ranking, tmp_path / "pack.xlsx", images=images)
    assert book.exists()
    pdf = export_pdf(ranking, tmp_path / "pack.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_long_country_and_digit_cells_are_refused_in_linear_time(run_cli, tmp_path) -> None:
    """9.5: 4 country cells of 32,000 characters took 173 s, 10 digit runs of 40,000 digits 150 s; the worker held
    the GIL and Cancel did nothing. A country name is never 80 characters, a number never 64: refused at once."""
    data = [row("OK")]
    data += [row(f"C{i}", country="Korea " + "x y " * 8000) for i in range(4)]
    data += [row(f"N{i}", capex_musd="1" * 40_000 + "x") for i in range(10)]
    path = write_xlsx(tmp_path, HEADER, data)
    done = run_cli("validate", path, timeout=60)  # a hang guard, not a timing test: the old code needed minutes
    assert done.returncode == 1, done.stderr  # rows left out, with their cells named
    assert "is not a recognised country" in done.stdout
    assert done.stdout.count("capex_musd") >= 10


def test_a_csv_field_over_the_csv_limit_is_one_sentence(run_cli, tmp_path) -> None:
    """9.13: a CSV field over 131,072 characters was an "unexpected error"."""
    path = tmp_path / "long.csv"
    path.write_text("name,country\n" + '"' + "x" * 200_000 + '",Japan\n', encoding="utf-8")
    done = run_cli("score", path)
    assert done.returncode == 2
    assert "cannot be read as a table: line" in done.stderr
    assert "unexpected" not in done.stderr


def test_a_budget_of_nan_is_an_argument_error(run_cli, tmp_path) -> None:
    """9.13: ``--budget nan`` was an "unexpected error"."""
    path = write_xlsx(tmp_path, HEADER, [row("A")])
    for budget in ("nan", "inf", "-5"):
        done = run_cli("portfolio", path, "--budget", budget)
        assert done.returncode == 2
        assert "--budget" in done.stderr
        assert "unexpected" not in done.stderr
