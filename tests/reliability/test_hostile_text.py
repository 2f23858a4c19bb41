"""Issue 9.9 (charts): project names are data, never mathtext. ``$$$$`` made every chart raise and the export fail."""

from __future__ import annotations

from evaluator.chart_images import render_chart_images
from evaluator.load import load_workbook
from evaluator.pdf_export import export_pdf
from evaluator.ranking import score
from evaluator.workbook_export import export_shortlist
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
