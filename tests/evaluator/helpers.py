"""Small builders for import tests: a workbook or CSV written in ``tmp_path`` from a header list and rows."""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from openpyxl import Workbook

from evaluator.model.dataset import Dataset
from evaluator.model.issues import Issue, Severity

#: A minimal valid Projects header: project_id in A, name B, country C, capacity D, capex E, opex F, elements G.
HEADER: list[str] = ["project_id", "name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg", "elements"]


def row(project_id: str = "P1", **changes: Any) -> list[Any]:
    """One valid data row for :data:`HEADER`; keyword arguments replace single fields (``capex_musd=0``)."""
    values: dict[str, Any] = {
        "project_id": project_id,
        "name": f"Plant {project_id}",
        "country": "Australia",
        "capacity_tpa": 5000,
        "capex_musd": 400,
        "opex_usd_per_kg": 20,
        "elements": "Nd, Pr",
    }
    unknown = set(changes) - set(values)
    if unknown:
        raise KeyError(f"not a HEADER field: {sorted(unknown)}")
    values.update(changes)
    return [values[name] for name in HEADER]


def rows(*ids: str) -> list[list[Any]]:
    """Valid rows for the given project ids."""
    return [row(project_id) for project_id in ids]


def write_xlsx(
    tmp_path: Path,
    header: Sequence[Any] | None,
    data: Iterable[Sequence[Any]] = (),
    *,
    sheet: str = "Projects",
    title_rows: Iterable[Sequence[Any]] = (),
    extra_sheets: Mapping[str, Iterable[Sequence[Any]]] | None = None,
    extra_first: bool = False,
    name: str = "projects.xlsx",
    hidden_rows: Iterable[int] = (),
) -> Path:
    """Write a workbook: ``title_rows`` (use ``[]`` for a blank row), then ``header``, then ``data``.

    ``extra_sheets`` maps sheet name → rows (``Countries``, ``Elements``, ``Settings``); with ``extra_first`` they
    come before the projects sheet. ``hidden_rows`` (worksheet row numbers) are hidden on the projects sheet, as
    Excel's Hide does. The suffix of ``name`` is kept as given (``.xlsm`` works for reading).
    """
    workbook = Workbook()
    projects = workbook.active
    projects.title = sheet
    for values in title_rows:
        projects.append(list(values))
    if header is not None:
        projects.append(list(header))
    for values in data:
        projects.append(list(values))
    for hidden in hidden_rows:
        projects.row_dimensions[hidden].hidden = True
    for index, (title, sheet_rows) in enumerate((extra_sheets or {}).items()):
        extra = workbook.create_sheet(title, index if extra_first else None)
        for values in sheet_rows:
            extra.append(list(values))
    path = tmp_path / name
    workbook.save(path)
    return path


def write_csv(
    tmp_path: Path,
    header: Sequence[Any],
    data: Iterable[Sequence[Any]] = (),
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    name: str = "projects.csv",
) -> Path:
    """Write a CSV file in the given encoding (``utf-8-sig`` for a BOM, ``cp1252``, ``shift_jis``)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(list(header))
    for values in data:
        writer.writerow(["" if v is None else v for v in values])
    path = tmp_path / name
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def issues_at(dataset: Dataset, cell: str) -> list[Issue]:
    """Every issue reported for one cell reference (``Projects!D7``)."""
    return [issue for issue in dataset.issues if issue.cell == cell]


def one_issue_at(dataset: Dataset, cell: str) -> Issue:
    """The single issue reported for ``cell``; fails with the whole report when there is not exactly one."""
    found = issues_at(dataset, cell)
    report = "\n".join(str(issue) for issue in dataset.issues)
    assert len(found) == 1, f"expected one issue at {cell}, got {len(found)}:\n{report}"
    return found[0]


def errors(dataset: Dataset) -> list[Issue]:
    return [issue for issue in dataset.issues if issue.severity is Severity.ERROR]


def warnings(dataset: Dataset) -> list[Issue]:
    return [issue for issue in dataset.issues if issue.severity is Severity.WARNING]


def ids(dataset: Dataset) -> list[str]:
    """project_ids that loaded, in workbook order."""
    return list(dataset.projects["project_id"])


def value_of(dataset: Dataset, project_id: str, column: str) -> Any:
    """One loaded value of the project with ``project_id``."""
    projects = dataset.projects.set_index("project_id")
    return projects.at[project_id, column]


def load_script(monkeypatch, path: Path) -> ModuleType:
    """A script of scripts/ as a module (registered while it runs: its dataclasses look their module up)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module
