"""The column spec (issue 10.5): one declaration per result column, read by the table, the export and the JSON."""

from __future__ import annotations

import pytest

from evaluator import load_workbook, score
from evaluator.base.paths import sample_workbook
from evaluator.model import columns as spec
from evaluator.model.columns import COLUMN_SPECS, NUMBER_FORMATS, RESULT_COLUMNS, TEXT_FORMATS
from evaluator.scoring.ranking import TABLE_COLUMNS

VIEWS = {
    name: getattr(spec, name)
    for name in (
        "TABLE_VIEW",
        "SHORTLIST_VIEW",
        "DETAIL_VIEW",
        "TOP_VIEW",
        "PDF_SHORTLIST_VIEW",
        "JSON_VIEW",
        "SCORE_KEYS",
    )
}


def test_the_ranking_table_has_exactly_the_declared_columns() -> None:
    ranking = score(load_workbook(sample_workbook()))
    assert list(ranking.table.columns) == [column.key for column in RESULT_COLUMNS] == list(TABLE_COLUMNS)
    assert len(COLUMN_SPECS) == len(RESULT_COLUMNS), "a key declared twice"


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_view_names_declared_columns_once(view: str) -> None:
    keys = VIEWS[view]
    assert len(set(keys)) == len(keys)
    assert set(keys) <= set(COLUMN_SPECS)


def test_every_column_the_window_shows_has_a_heading_and_a_tooltip() -> None:
    for column in spec.columns(spec.TABLE_VIEW):
        assert column.header, column.key
        assert column.tooltip, column.key
        assert column.shrink_to is None or column.shrink_to < column.screen_width, column.key
        assert column.shrink_to is None or column.kind == "text", "numbers never shrink (a cut number misleads)"


def test_every_column_in_a_file_has_an_english_label_with_its_unit_where_it_has_one() -> None:
    for column in RESULT_COLUMNS:
        assert column.label.isascii(), column.key
        assert column.label[0].isupper(), column.key
    assert COLUMN_SPECS["lcop_usd_per_kg"].label == "LCOP (USD/kg)"
    assert COLUMN_SPECS["capacity_tpa"].label == "Capacity (t/y REO)"


@pytest.mark.parametrize(
    ("kind", "shown"),
    [("rank", "1235"), ("whole", "1235"), ("integer", "1,235"), ("number", "1,234.6"), ("score", "1234.6")],
)
def test_a_kind_prints_the_same_in_the_workbook_and_the_pdf(kind: str, shown: str) -> None:
    """The Excel format and the text pattern of a kind show a value alike (Excel rounds half away from zero)."""
    assert TEXT_FORMATS[kind].format(1234.56) == shown
    excel = NUMBER_FORMATS[kind]
    assert excel is not None
    decimals = len(excel.split(".")[1]) if "." in excel else 0
    assert ("," in excel) == ("," in shown)
    assert decimals == (len(shown.split(".")[1]) if "." in shown else 0)
