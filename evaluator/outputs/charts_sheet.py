"""The committee workbook's ``Charts`` sheet: each chart under its title, each on its own landscape page.

This sheet prints at 100 % rather than fit-to-width: every picture is scaled to fit the page by itself, and a
manual row break after each one then holds in Excel too (Excel ignores manual breaks under "fit to").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from io import BytesIO
from typing import Any

from openpyxl.worksheet.pagebreak import Break

from evaluator.outputs.print_setup import LINE_PT, TITLE_PT, USABLE_HEIGHT_PT, USABLE_WIDTH_PT, print_setup

#: The largest a picture is shown, in pixels (96 per inch): under the page's width and, with its title, its height.
MAX_PICTURE_PX = (int(USABLE_WIDTH_PT * 4 / 3 * 0.85), int((USABLE_HEIGHT_PT - TITLE_PT - 3 * LINE_PT) * 4 / 3))


def picture_size(width: int, height: int) -> tuple[int, int]:
    """``width`` × ``height`` pixels scaled (never enlarged) to fit :data:`MAX_PICTURE_PX`."""
    factor = min(1.0, MAX_PICTURE_PX[0] / width, MAX_PICTURE_PX[1] / height)
    return int(width * factor), int(height * factor)


def charts_sheet(workbook: Any, images: Sequence[tuple[str, bytes]]) -> None:
    """One chart per printed page: a title row, the picture over rows of known height, then a row break."""
    from openpyxl.drawing.image import Image

    from evaluator.outputs.xlsx import TITLE_FONT, text_cell

    sheet = workbook.create_sheet("Charts")
    print_setup(sheet, fit_width=False, scale=100)
    row = 0
    for index, (title, png) in enumerate(images):
        heading = text_cell(sheet, title)
        heading.font = TITLE_FONT
        row += 1
        sheet.row_dimensions[row].height = TITLE_PT
        sheet.append([heading])
        picture = Image(BytesIO(png))
        picture.width, picture.height = picture_size(picture.width, picture.height)
        picture.anchor = f"A{row + 1}"
        sheet.add_image(picture)
        rows_under = math.ceil((picture.height * 0.75 + 6) / LINE_PT)  # pixels → points, and a little air
        for _ in range(rows_under):
            row += 1
            sheet.row_dimensions[row].height = LINE_PT
            sheet.append([])
        if index < len(images) - 1:
            sheet.row_breaks.append(Break(id=row))
