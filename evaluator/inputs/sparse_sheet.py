"""A sheet whose used area is too large for a dense grid, read cell by cell (issue 9.1).

One stray value at ``XFD1048576`` makes the used area of a two-project sheet 17 billion cells: calamine would
allocate it densely and abort the process, so such a sheet never reaches calamine
(:mod:`evaluator.inputs.package_limits`
measures it first). Instead of refusing it, its cells are streamed from the XML with openpyxl's sheet parser
(present cells only, never the gaps), and the grid is cut to the block that holds the table:

- rows are split into clusters wherever more than :data:`ROW_GAP` rows in a row are empty; columns likewise with
  :data:`COLUMN_GAP`; the grid ends with the cluster holding the most values (an analyst's table is one block);
- values beyond that end are left out and named in a warning with their cells;
- if the block itself is beyond :data:`~evaluator.inputs.package_limits.MAX_GRID_CELLS`, the sheet is refused as before.

openpyxl's ``WorkSheetParser`` is internal API (stable since openpyxl 2.6); if it is missing or fails, the caller
refuses the sheet with the used-area sentence, as before this module existed.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from evaluator.inputs.package_limits import MAX_GRID_CELLS

#: Empty rows that end a table: a screening table never has a thousand blank rows inside it.
ROW_GAP = 1_000
#: Empty columns that end a table: a projects table has some 40 columns, never a hundred blank ones inside.
COLUMN_GAP = 100
#: Left-out cells named in the warning (the count says how many there are).
NAMED_CELLS = 5


@dataclass(frozen=True)
class SparseSheet:
    """The dense grid of the table block, and the values left out beyond it: ``(row, column, value)``, 1-based."""

    grid: list[list[Any]]
    left_out: tuple[tuple[int, int, Any], ...]


def read_sparse_sheet(data: bytes, sheet_name: str) -> SparseSheet | None:
    """The sheet's table block as a grid (values as calamine gives them, ``""`` for blanks), or None when the
    block is still beyond the limit or the sheet cannot be streamed."""
    cells = _stream_cells(data, sheet_name)
    if cells is None:
        return None
    rows, columns, values = cells
    if not len(values):
        return SparseSheet([], ())
    last_row = _block_end(rows, ROW_GAP)
    last_column = _block_end(columns[rows <= last_row], COLUMN_GAP)
    if last_row * last_column > MAX_GRID_CELLS:
        return None
    inside = (rows <= last_row) & (columns <= last_column)
    grid: list[list[Any]] = [[""] * last_column for _ in range(last_row)]
    for r, c, value in zip(rows[inside], columns[inside], values[inside], strict=True):
        grid[r - 1][c - 1] = value
    outside = np.flatnonzero(~inside)
    left_out = tuple((int(rows[i]), int(columns[i]), values[i]) for i in outside)
    return SparseSheet(_trimmed(grid), left_out)


def _block_end(positions: np.ndarray, gap: int) -> int:
    """The last position of the cluster (split where more than ``gap`` positions are empty) holding most values."""
    distinct, counts = np.unique(positions, return_counts=True)
    if len(distinct) == 0:
        return 1
    breaks = np.flatnonzero(np.diff(distinct) > gap + 1)
    starts = np.concatenate(([0], breaks + 1))
    ends = np.concatenate((breaks, [len(distinct) - 1]))
    sizes = np.add.reduceat(counts, starts)
    return int(distinct[ends[int(np.argmax(sizes))]])


def _trimmed(grid: list[list[Any]]) -> list[list[Any]]:
    """Without trailing empty rows (a row of blanks at the end says nothing)."""
    end = len(grid)
    while end and not any(value != "" for value in grid[end - 1]):
        end -= 1
    return grid[:end]


def _stream_cells(data: bytes, sheet_name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(rows, columns, values) of every cell holding a value, in sheet order; None when openpyxl cannot stream it."""
    import openpyxl

    try:
        from openpyxl.worksheet._reader import WorkSheetParser

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "date serial outside the limits" and similar: reported downstream
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheet = book[sheet_name]
                rows: list[int] = []
                columns: list[int] = []
                values: list[Any] = []
                with sheet._get_source() as source:
                    parser = WorkSheetParser(
                        source,
                        sheet._shared_strings,
                        data_only=True,
                        epoch=book.epoch,
                        date_formats=book._date_formats,
                        timedelta_formats=book._timedelta_formats,
                    )
                    for row_number, row in parser.parse():
                        for cell in row:
                            if cell["value"] is not None:
                                rows.append(row_number)
                                columns.append(cell["column"])
                                values.append(cell["value"])
            finally:
                book.close()
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except Exception:  # a sheet openpyxl cannot stream either: the caller refuses it with the area sentence
        return None
    as_objects = np.empty(len(values), dtype=object)
    as_objects[:] = values
    return np.asarray(rows, dtype=np.int64), np.asarray(columns, dtype=np.int64), as_objects


def describe_left_out(left_out: Sequence[tuple[int, int, Any]]) -> str:
    """``XFD1048576 'stray', A99999999 'x'`` for the first few left-out cells."""
    from evaluator.model.issues import column_letter, display_value

    named = [f"{column_letter(c - 1)}{r} '{display_value(v, 20)}'" for r, c, v in left_out[:NAMED_CELLS]]
    return ", ".join(named) + (", …" if len(left_out) > NAMED_CELLS else "")
