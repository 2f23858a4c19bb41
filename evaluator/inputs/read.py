"""Turn a file on disk into plain grids of cell values, or one :class:`InputFileError` sentence.

Excel files (``.xlsx``, ``.xlsm``, ``.xls``, ``.ods``) are read with python-calamine, a Rust reader about 9x faster
than openpyxl on a 10,000-row sheet (see ``../shared/notes``); CSV with the standard library after detecting the
text encoding with charset-normalizer (analysts' CSVs come as UTF-8, Windows-1252 or Shift-JIS).

Grids keep absolute positions: ``rows[0]`` is worksheet row 1 and ``rows[r][0]`` column A, so every later message can
name the exact cell.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluator.base.file_checks import FileCheckError, read_regular_file
from evaluator.base.i18n import translate
from evaluator.inputs.number_marks import NumberMarks, detect_marks, to_english
from evaluator.inputs.package_limits import SheetSurvey, check_package, refused_area, sheet_too_large, survey_sheets
from evaluator.inputs.sheet_facts import NO_FACTS, SheetFacts, read_sheet_facts, sheet_parts
from evaluator.inputs.sparse_sheet import SparseSheet, read_sparse_sheet
from evaluator.model.dataset import SourceFile
from evaluator.model.import_choices import Convention
from evaluator.model.issues import InputFileError

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")

Grid = list[list[Any]]


@dataclass
class RawWorkbook:
    """Sheet names in workbook order and a loader per sheet (sheets are only parsed when asked for)."""

    source: SourceFile
    sheet_names: list[str]
    _load: Callable[[str], Grid]
    _cache: dict[str, Grid] = field(default_factory=dict)
    #: For a CSV file: the decimal and thousands marks chosen from the whole file (issue 8.3); None for Excel.
    number_marks: NumberMarks | None = None
    #: Hidden rows and uncalculated formulas of a sheet (OOXML only; other formats have none).
    _facts: Callable[[str], SheetFacts] = field(default=lambda _name: NO_FACTS)
    _facts_cache: dict[str, SheetFacts] = field(default_factory=dict)
    #: Sheets the fast reader refused and the forgiving one read: sheet → the fast reader's reason.
    fallbacks: dict[str, str] = field(default_factory=dict)
    #: Worksheets the workbook hides: sheet → "hidden" or "very hidden" (shown only by a macro).
    hidden_sheets: dict[str, str] = field(default_factory=dict)
    #: Values beyond the table block of a sheet read cell by cell (its used area was beyond the dense-grid limit):
    #: sheet → (row, column, value), 1-based (:mod:`evaluator.inputs.sparse_sheet`).
    left_out: dict[str, tuple[tuple[int, int, Any], ...]] = field(default_factory=dict)

    def sheet(self, name: str) -> Grid:
        if name not in self._cache:
            self._cache[name] = self._load(name)
        return self._cache[name]

    def facts(self, name: str) -> SheetFacts:
        """What the values do not say about sheet ``name``: hidden rows, formulas saved without a result."""
        if name not in self._facts_cache:
            self._facts_cache[name] = self._facts(name)
        return self._facts_cache[name]

    def find_sheet(self, wanted: str) -> str | None:
        """The sheet whose name matches ``wanted`` ignoring case and surrounding spaces, if any."""
        for name in self.sheet_names:
            if name.strip().lower() == wanted.lower():
                return name
        return None


def read_workbook(path: str | Path, *, convention: Convention | None = None) -> RawWorkbook:
    """Open an input file; raise :class:`InputFileError` with a sentence when it cannot be used at all.

    ``convention`` forces a CSV's number marks (the import choices, issue 8.7); None detects them from the file.
    """
    path = Path(path)
    try:
        data = read_regular_file(path)  # regular files up to MAX_INPUT_BYTES only (issue 9.4)
    except FileCheckError as error:
        raise InputFileError(str(error)) from None
    source = SourceFile(path=path, sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data))
    if not data:
        raise InputFileError(translate("InputFile", "The file {name} is empty.").format(name=path.name))
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return _read_csv(source, data, convention)
    if suffix in EXCEL_SUFFIXES or data.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        return _read_excel(source, data)
    raise InputFileError(
        translate(
            "InputFile", "{name} is not a workbook this app reads (use .xlsx, .xlsm, .xls, .ods or .csv)."
        ).format(name=path.name)
    )


def _is_zip(data: bytes) -> bool:
    """Whether ``data`` is a zip archive, found as Python's zip module and calamine find one: by the directory at
    its end, wherever the first member starts."""
    return data.startswith(_ZIP_MAGIC) or zipfile.is_zipfile(io.BytesIO(data))


def _read_excel(source: SourceFile, data: bytes) -> RawWorkbook:
    name = source.path.name
    if data.startswith(_OLE_MAGIC) and _ENCRYPTION_STREAM in data:
        # Excel stores a password-protected .xlsx as an OLE container with an EncryptionInfo stream; an OLE file
        # without one is a plain .xls, whatever its name says (a renamed .xls was called "password-protected").
        raise InputFileError(_password_protected(name))
    survey: dict[str, SheetSurvey] = {}
    is_zip = not data.startswith(_OLE_MAGIC) and _is_zip(data)
    if is_zip:
        # What calamine would abort on (a dense grid of 550 GB, a zip bomb) is measured first (issue 9.1), in any
        # zip: one with bytes before its first member (a mail gateway's banner, a damaged copy) is a package to
        # calamine too.
        check_package(data, name)
        survey = survey_sheets(data)
    parts: dict[str, str] | None = None

    def part_of(sheet_name: str) -> str | None:
        """The sheet's XML part, mapped once and only when asked (openpyxl's workbook parser is slow to import)."""
        nonlocal parts
        if parts is None:
            parts = sheet_parts(data)
        return parts.get(sheet_name)

    workbook = _open_with_calamine(data, name)
    names, hidden = _worksheets(workbook)
    if not names:
        raise InputFileError(translate("InputFile", "{name} holds no worksheets.").format(name=name))

    fallbacks: dict[str, str] = {}
    left_out: dict[str, tuple[tuple[int, int, Any], ...]] = {}

    def load(sheet_name: str) -> Grid:
        sparse = _sparse_if_oversized(data, sheet_name, name, survey, part_of)
        if sparse is not None:
            if sparse.left_out:
                left_out[sheet_name] = sparse.left_out
            return sparse.grid
        return _dense_grid(workbook, data, sheet_name, name, is_zip=is_zip, fallbacks=fallbacks)

    def facts(sheet_name: str) -> SheetFacts:
        if not any(part.may_hold_facts for part in survey.values()):
            return NO_FACTS
        part = part_of(sheet_name)
        return read_sheet_facts(data, part) if part in survey and survey[part].may_hold_facts else NO_FACTS

    return RawWorkbook(source, names, load, _facts=facts, fallbacks=fallbacks, hidden_sheets=hidden, left_out=left_out)


def _open_with_calamine(data: bytes, name: str) -> Any:
    """calamine's workbook, or one sentence: its errors and a Rust panic (a BaseException) mean "not usable"."""
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except _FATAL:
        raise
    except BaseException as error:
        if "password" in str(error).lower() or type(error).__name__ == "PasswordError":
            raise InputFileError(_password_protected(name)) from None
        raise InputFileError(
            translate("InputFile", "{name} is not a readable Excel workbook ({reason}).").format(
                name=name, reason=_short(error)
            )
        ) from None


def _dense_grid(
    workbook: Any, data: bytes, sheet_name: str, name: str, *, is_zip: bool, fallbacks: dict[str, str]
) -> Grid:
    """The sheet from calamine; from openpyxl when calamine refuses it (recorded in ``fallbacks``).

    One cell calamine cannot convert (an Excel 365 error such as #SPILL!, a date serial out of range) must not cost
    the whole sheet (issue 9.6, 9.7): openpyxl reads it cell by cell, slower but forgiving.
    """
    try:
        return workbook.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)
    except _FATAL:
        raise
    except BaseException as error:  # CalamineError, or a Rust panic (pyo3's PanicException is a BaseException)
        reason = _short(error)
    grid = _read_sheet_with_openpyxl(data, sheet_name) if is_zip else None
    if grid is None:
        raise InputFileError(
            translate("InputFile", "Sheet '{sheet}' of {name} cannot be read ({reason}).").format(
                sheet=sheet_name, name=name, reason=reason
            )
        )
    fallbacks[sheet_name] = reason
    return grid


def _sparse_if_oversized(
    data: bytes,
    sheet_name: str,
    name: str,
    survey: dict[str, SheetSurvey],
    part_of: Callable[[str], str | None],
) -> SparseSheet | None:
    """The sheet read cell by cell when its used area is beyond the dense-grid limit (calamine aborted on such a
    grid): the table block, never the dense used area; None when calamine may read it. A sheet of unknown part may
    be the oversized one (:func:`~evaluator.inputs.package_limits.refused_area`)."""
    if not any(part.oversized for part in survey.values()):
        return None
    area = refused_area(survey, part_of(sheet_name))
    if area is None:
        return None
    sparse = read_sparse_sheet(data, sheet_name)
    if sparse is None:
        raise sheet_too_large(sheet_name, name, area)
    return sparse


def _worksheets(workbook: Any) -> tuple[list[str], dict[str, str]]:
    """The worksheets in workbook order, and which are hidden ("hidden" or "very hidden").

    A chartsheet or a dialog sheet holds no cells: it is no candidate for the projects (a chartsheet first once hid
    the data sheet, issue 9.13). Hidden and very hidden sheets (the latter shown only by a macro) are read like any
    other, and the load says so.
    """
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    try:
        metadata = list(workbook.sheets_metadata)
    except _FATAL:
        raise
    except BaseException:  # no metadata for this format: every sheet is a worksheet, shown
        return list(workbook.sheet_names), {}
    names = [m.name for m in metadata if m.typ == SheetTypeEnum.WorkSheet]
    hidden = {m.name: "hidden" for m in metadata if m.visible == SheetVisibleEnum.Hidden}
    hidden |= {m.name: "very hidden" for m in metadata if m.visible == SheetVisibleEnum.VeryHidden}
    return names, {name: state for name, state in hidden.items() if name in names}


def _read_csv(source: SourceFile, data: bytes, convention: Convention | None = None) -> RawWorkbook:
    text = _decode(data, source.path.name)
    sample = text[:20000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if source.path.suffix.lower() == ".tsv" else csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        cells = [list(row) for row in reader]
    except csv.Error as error:  # a field over csv's 131,072-character limit, a NUL byte: not a projects table
        raise InputFileError(
            translate("InputFile", "{name} cannot be read as a table: line {line}: {reason}.").format(
                name=source.path.name, line=reader.line_num, reason=str(error).rstrip(".")
            )
        ) from None
    marks = detect_marks(cells, getattr(dialect, "delimiter", ","))
    if convention is not None:
        marks = NumberMarks(convention, marks.european_cells, marks.english_cells, marks.ambiguous_cells, chosen=True)
    rows: Grid = to_english(cells, marks)
    sheet_name = source.path.stem
    return RawWorkbook(source, [sheet_name], lambda _name: rows, number_marks=marks)


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputFileError(translate("InputFile", "{name} is not a text CSV file.").format(name=name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "shift_jis", "cp932", "euc_jp", "utf_16", "latin_1"]).best()
    if best is None:
        raise InputFileError(
            translate(
                "InputFile", "{name} is not a text CSV file (its character encoding cannot be recognised)."
            ).format(name=name)
        )
    return str(best)


#: Exceptions that mean "stop", never "this file is bad": they pass through every reader guard.
_FATAL = (KeyboardInterrupt, SystemExit, GeneratorExit)


def _read_sheet_with_openpyxl(data: bytes, sheet_name: str) -> Grid | None:
    """The sheet's values through openpyxl (read-only, cached values), as calamine would give them; None if not.

    openpyxl keeps an error it does not know as its text (``#SPILL!``, reported like any Excel error) and turns a
    date serial out of range into ``#VALUE!``, where calamine stops or panics.
    """
    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "marked as a date but the serial value is outside the limits"
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheet = book[sheet_name]
                return [["" if value is None else value for value in row] for row in sheet.iter_rows(values_only=True)]
            finally:
                book.close()
    except _FATAL:
        raise
    except BaseException:
        return None


def _password_protected(name: str) -> str:
    return translate("InputFile", "{name} is password-protected. Save a copy without a password and open that.").format(
        name=name
    )


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]
