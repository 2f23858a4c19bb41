"""The committee workbook's first sheet, ``Summary``: one printed page with the ranking chart, the top 5, how firm
rank 1 is, Monte Carlo's most probable winner when it was run, the key assumptions and the input's SHA-256."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any

from openpyxl.styles import Alignment

from evaluator.outputs.pack_summary import TOP_COLUMNS, PackSummary
from evaluator.outputs.print_setup import SECTION_PT, TITLE_PT, lines_height, print_setup, text_lines
from evaluator.outputs.xlsx import (
    BOLD,
    SECTION_FONT,
    SUBTITLE_FONT,
    TITLE_FONT,
    WRAP,
    Column,
    cell,
    header_cells,
    styled_cell,
    text_cell,
)

if TYPE_CHECKING:
    from evaluator.scoring.ranking import Ranking

#: Columns A–H hold the text (the top table's eight columns); I is a gap; the chart starts in J.
WIDTHS = (7.0, 36.0, 16.0, 10.0, 10.0, 10.0, 11.0, 12.0, 2.0)
TEXT_COLUMNS = "A:H"
LABEL_WIDTH = WIDTHS[0] + WIDTHS[1]
VALUE_WIDTH = sum(WIDTHS[2:8])
CHART_ANCHOR = "J2"
CHART_SIZE_IN = (8.5, 5.5)
CHART_SHOWN_PX = (646, 418)  # on the sheet: 6.7 × 4.4 in


def summary_chart(ranking: Ranking, *, dpi: int = 100) -> bytes:
    """The ranking chart (top 10, nothing highlighted) as PNG bytes for the Summary sheet."""
    from evaluator.charts import draw_ranking, new_figure

    figure = new_figure(CHART_SIZE_IN, dpi)
    draw_ranking(figure, ranking, top_n=10)
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


def summary_sheet(workbook: Any, summary: PackSummary, chart_png: bytes | None) -> None:
    """Write ``Summary`` (call first: it must be the first sheet). Prints on one landscape page."""
    from openpyxl.drawing.image import Image
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet("Summary")
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    print_setup(sheet, fit_height=True)
    row = 0

    def put(values: list[Any], height: float | None = None) -> int:
        nonlocal row
        row += 1
        if height is not None:
            sheet.row_dimensions[row].height = height
        sheet.append(values)
        return row

    def line(text: str, font: Any = None, *, merged: bool = True) -> None:
        c = text_cell(sheet, text)
        if font is not None:
            c.font = font
        if merged:
            c.alignment = WRAP
            lines = text_lines(text, VALUE_WIDTH + LABEL_WIDTH)
            at = put([c], lines_height(lines) if lines > 1 else None)
            sheet.merged_cells.add(f"A{at}:H{at}")
        else:
            put([c], TITLE_PT if font is TITLE_FONT else SECTION_PT)

    def labelled(label: str, value: str) -> None:
        head = text_cell(sheet, label)
        head.font = BOLD
        head.alignment = WRAP
        body = text_cell(sheet, value)
        body.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        lines = max(text_lines(value, VALUE_WIDTH), text_lines(label, LABEL_WIDTH, bold=True))
        at = put([head, None, body], lines_height(lines) if lines > 1 else None)
        sheet.merged_cells.add(f"A{at}:B{at}")
        sheet.merged_cells.add(f"C{at}:H{at}")

    line(summary.title, TITLE_FONT, merged=False)
    line(summary.stamp, SUBTITLE_FONT)
    line(summary.generated, SUBTITLE_FONT)
    put([])
    line(f"Top {len(summary.top)} under the current weights and filters", SECTION_FONT, merged=False)
    columns = [Column(c.label, c.number_format, width) for c, width in zip(TOP_COLUMNS, WIDTHS, strict=False)]
    put(header_cells(sheet, columns), lines_height(2))
    for values in summary.top:
        cells = [cell(sheet, value, column) for value, column in zip(values, columns, strict=True)]
        rank = styled_cell(sheet, values[0])
        if rank is not None:
            rank.alignment = Alignment(horizontal="center")
        put([rank, *cells[1:]])
    put([])
    line("How firm is rank 1", SECTION_FONT, merged=False)
    labelled("Winner stability", summary.stability)
    labelled(
        "Monte Carlo",
        summary.monte_carlo
        or "Not run for these settings (run it in the app's Monte Carlo tab, or with 'ree-evaluator sensitivity -o').",
    )
    put([])
    line("Key assumptions", SECTION_FONT, merged=False)
    for label, value in summary.assumptions:
        labelled(label, value)
    if chart_png:
        picture = Image(BytesIO(chart_png))
        picture.width, picture.height = CHART_SHOWN_PX
        picture.anchor = CHART_ANCHOR
        sheet.add_image(picture)
