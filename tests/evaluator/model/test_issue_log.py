"""IssueLog lists a column's first issues one by one and counts every one (issue 9: a million identical warnings)."""

from __future__ import annotations

import json
import re
from collections import Counter

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator.inputs.load import load_workbook
from evaluator.model import issues as issues_module
from evaluator.model.issues import IssueLog, Severity
from evaluator.outputs.json_export import ranking_document
from evaluator.outputs.workbook_export import export_shortlist
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, row, write_xlsx

_CLOSING = re.compile(r"^Not listed one by one: ([\d,]+) ")


def _unlisted(issue) -> int:
    found = _CLOSING.match(issue.message)
    return int(found.group(1).replace(",", "")) if found else 0


def test_a_column_lists_its_first_thousand_issues_and_counts_the_rest_in_one_line() -> None:
    log = IssueLog()
    for worksheet_row in range(2, 1007):  # 1,005 warnings in column x
        log.add(
            Severity.WARNING,
            "Projects",
            f"x is odd on row {worksheet_row}",
            column="x",
            column_index=3,
            row=worksheet_row,
        )
    for worksheet_row in (5, 6, 6):  # three errors on two rows, another column
        log.add(Severity.ERROR, "Projects", "y is missing", column="y", column_index=4, row=worksheet_row)
    frozen = log.freeze()
    counts = log.counts()
    assert (counts.errors, counts.warnings, counts.notes, counts.error_rows) == (3, 1005, 0, 2)
    assert len(log) == 1000 + 3  # listed one by one, as iterated
    assert log.counts().total == 1008
    assert len(frozen) == 1000 + 1 + 3
    closing = [issue for issue in frozen if _unlisted(issue)]
    assert len(closing) == 1
    assert closing[0].message == (
        "Not listed one by one: 5 warnings in column x, rows 1,002 to 1,006 (the first 1,000 are listed; every one "
        "is counted)."
    )
    assert (closing[0].cell, closing[0].severity, closing[0].row) == ("Projects!D:D", Severity.WARNING, None)
    # reading order: the closing line follows the last row it counts (here the last listed row, 1,001)
    assert frozen[-1] is closing[0]
    assert frozen[-2].row == 1001


def test_the_whole_log_lists_at_most_its_limit(monkeypatch) -> None:
    monkeypatch.setattr(issues_module, "MAX_LISTED_PER_COLUMN", 4)
    monkeypatch.setattr(issues_module, "MAX_LISTED_ISSUES", 10)
    log = IssueLog()
    for column in "abcde":
        for worksheet_row in range(2, 7):  # five per column
            log.note("FX", "n", column=column, row=worksheet_row)
    frozen = log.freeze()
    listed = [issue for issue in frozen if not _unlisted(issue)]
    assert Counter(issue.column for issue in listed) == {"a": 4, "b": 4, "c": 2}  # rows 2-5 of a and b, 2-3 of c
    by_column = {issue.column: _unlisted(issue) for issue in frozen if _unlisted(issue)}
    assert by_column == {"a": 1, "b": 1, "c": 3, "d": 5, "e": 5}
    assert log.counts().notes == 25


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(list(Severity)), st.sampled_from(["A", "B", ""]), st.integers(1, 40)),
        max_size=120,
    )
)
def test_every_issue_is_listed_or_counted_and_no_column_lists_more_than_its_limit(added) -> None:
    cap, total_cap = 5, 30
    original = issues_module.MAX_LISTED_PER_COLUMN, issues_module.MAX_LISTED_ISSUES
    issues_module.MAX_LISTED_PER_COLUMN, issues_module.MAX_LISTED_ISSUES = cap, total_cap
    try:
        log = IssueLog()
        for severity, column, worksheet_row in added:
            log.add(severity, "S", "m", column=column, row=worksheet_row)
        frozen = log.freeze()
    finally:
        issues_module.MAX_LISTED_PER_COLUMN, issues_module.MAX_LISTED_ISSUES = original
    listed = [issue for issue in frozen if not _unlisted(issue)]
    assert len(listed) + sum(_unlisted(issue) for issue in frozen) == len(added)
    assert len(listed) <= total_cap
    assert max(Counter((i.severity, i.column) for i in listed).values(), default=0) <= cap
    counts = log.counts()
    assert counts.total == len(added)
    assert counts.errors == sum(1 for severity, _c, _r in added if severity is Severity.ERROR)
    assert counts.error_rows == len({r for severity, _c, r in added if severity is Severity.ERROR})
    assert [i.row or 0 for i in listed] == sorted(i.row or 0 for i in listed)


def test_a_workbook_with_thousands_of_bad_rows_counts_them_all_in_every_output(tmp_path) -> None:
    # 6,000 rows, every other one without capex: 3,000 errors in one column, 3,000 projects.
    data = [row(f"P{i}", capex_musd=None if i % 2 else 400) for i in range(6000)]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, data))
    assert (len(dataset), dataset.error_count, dataset.rows_with_errors) == (3000, 3000, 3000)
    assert len(dataset.issues) == 1000 + 1
    closing = dataset.issues[-1]
    assert closing.message.startswith("Not listed one by one: 2,000 errors in column capex_musd, rows 2,003 to 6,001")
    ranking = score(dataset)
    document = json.loads(json.dumps(ranking_document(ranking)))
    assert document["summary"]["rows_left_out"] == 3000
    assert len(document["issues"]) == 1001
    out = export_shortlist(ranking, tmp_path / "shortlist.xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    texts = [str(value) for sheet in book.worksheets for line in sheet.iter_rows(values_only=True) for value in line]
    assert any(text.startswith("Not listed one by one: 2,000 errors") for text in texts)
