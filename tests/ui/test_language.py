"""The Japanese UI: switched from the menu, remembered, rendered; the data and the export stay as they were."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from ui_helpers import click_row, table_ids

from ui.models import COLUMN_INDEX

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "ree_evaluator_ja.ts"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _switch(qtbot, window, language: str):
    with qtbot.waitSignal(window.replaced, timeout=10_000) as blocker:
        window.language_actions[language].trigger()
    successor = blocker.args[0]
    qtbot.addWidget(successor)
    return successor


def test_japanese_from_the_menu_translates_visible_widgets(qtbot, loaded, isolated_settings) -> None:
    ranking_before = table_ids(loaded)
    japanese = _switch(qtbot, loaded, "ja")
    menus = [action.text() for action in japanese.menuBar().actions()]
    assert menus[0] == "ファイル(&F)"
    assert all(JAPANESE.search(text) for text in menus)
    assert JAPANESE.search(japanese.controls.tabs.tabText(0))
    assert JAPANESE.search(japanese.controls.reset_button.text())
    header = japanese.model.headerData(COLUMN_INDEX["overall"], Qt.Orientation.Horizontal)
    assert JAPANESE.search(header)
    assert JAPANESE.search(japanese.charts.tabText(0))
    stage = japanese.proxy.index(0, COLUMN_INDEX["stage"]).data()
    assert JAPANESE.search(stage), "category values are shown in Japanese"
    # Same data, same ranking, same settings: only the language changed.
    assert table_ids(japanese) == ranking_before
    assert japanese.state is loaded.state
    click_row(qtbot, japanese.table, 0)
    detail = japanese.detail.toPlainText()
    assert JAPANESE.search(detail)
    assert japanese.state.ranking.table["name"].iat[0] in detail
    assert "ja" in isolated_settings.read_text(encoding="utf-8")


def test_the_column_menu_names_columns_as_the_table_header_does(qtbot, loaded) -> None:
    """View ▸ Columns listed the English headings in the Japanese window (found with the column spec, 10.5)."""
    from PySide6.QtWidgets import QMenu

    japanese = _switch(qtbot, loaded, "ja")
    menu = QMenu()
    japanese.ranking_table.fill_column_menu(menu)
    headers = [japanese.model.headerData(i, Qt.Orientation.Horizontal) for i in range(japanese.model.columnCount())]
    assert [action.text() for action in menu.actions()] == headers
    assert JAPANESE.search(menu.actions()[COLUMN_INDEX["overall"]].text())


def test_the_language_is_remembered_for_the_next_start(qtbot, window, isolated_settings) -> None:
    from ui import i18n

    _switch(qtbot, window, "ja")
    assert i18n.chosen_language() == "ja"
    assert i18n.install(i18n.chosen_language()) == "ja"
    assert QCoreApplication.translate("MainWindow", "&File") == "ファイル(&F)"


def test_english_comes_back(qtbot, window) -> None:
    japanese = _switch(qtbot, window, "ja")
    english = _switch(qtbot, japanese, "en")
    assert english.menuBar().actions()[0].text() == "&File"


def test_export_keeps_english_column_names_and_notes_the_language(qtbot, loaded, tmp_path) -> None:
    japanese = _switch(qtbot, loaded, "ja")
    target = tmp_path / "ja-export.xlsx"
    with qtbot.waitSignal(japanese.exported, timeout=60_000):
        japanese.export(str(target), top_n=3)
    book = openpyxl.load_workbook(target)
    assert [c.value for c in book["Shortlist"][4]][:3] == ["Rank", "Project ID", "Project"]
    assert book["Shortlist"]["A1"].value.startswith("Ranked shortlist: top 3")
    facts = {r[0]: r[1] for r in book["Assumptions"].iter_rows(values_only=True) if r[0]}
    assert facts["UI language"] == "日本語 (ja)"
    assert facts["Filters"].startswith("All 30 loaded projects were scored")


def _translated(message: ElementTree.Element) -> str:
    """A message's translation; a numerus entry's one form (Japanese has one plural class)."""
    translation = message.find("translation")
    if translation is None:
        return ""
    forms = translation.findall("numerusform")
    assert len(forms) <= 1, "Japanese has a single plural form"
    return (forms[0].text if forms else translation.text) or ""


def test_every_translation_keeps_its_placeholders() -> None:
    tree = ElementTree.parse(CATALOGUE)
    problems = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = _translated(message)
        if not text or (translation is not None and translation.get("type") == "unfinished"):
            problems.append(f"untranslated: {source!r}")
            continue
        if re.findall(r"%L?n", source) != re.findall(r"%L?n", text):
            problems.append(f"count placeholder differs: {source!r} → {text!r}")
        if sorted(re.findall(r"\{\w*\}", source)) != sorted(re.findall(r"\{\w*\}", text)):
            problems.append(f"placeholders differ: {source!r} → {text!r}")
        if source.count("<b>") != text.count("<b>"):
            problems.append(f"markup differs: {source!r} → {text!r}")
    assert problems == []


@pytest.mark.parametrize("language", ["ja"])
def test_compiled_catalogue_is_current(language) -> None:
    """The .qm the app loads is compiled from the .ts (rebuild with scripts/update_translations.sh)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(CATALOGUE.with_suffix(".qm")))
    tree = ElementTree.parse(CATALOGUE)
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            if message.get("numerus") == "yes":  # the form for n = 7 (QCoreApplication.translate fills in the 7)
                assert translator.translate(name, source, None, 7) == _translated(message), (name, source)
            else:
                assert translator.translate(name, source) == message.findtext("translation"), (name, source)


def test_catalogue_covers_every_translatable_text_in_the_code(tmp_path) -> None:
    """Running lupdate over the code adds nothing untranslated: every marked text has its Japanese."""
    import shutil
    import subprocess
    import sys

    repo = CATALOGUE.parents[2]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    copy = tmp_path / "check.ts"
    shutil.copy(CATALOGUE, copy)
    # The same files as scripts/update_translations.sh: every package of evaluator at any depth (issue 10.1, 10.7).
    sources = sorted(str(p) for pattern in ("ui/*.py", "evaluator/**/*.py") for p in repo.glob(pattern))
    assert any("/inputs/" in source for source in sources)
    assert any("/analysis/portfolio/" in source for source in sources)
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True)
    unfinished = [
        (context.findtext("name"), message.findtext("source"))
        for context in ElementTree.parse(copy).iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None and message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == [], "run scripts/update_translations.sh and translate the new texts"


def test_a_scenario_error_in_the_japanese_ui_is_a_japanese_sentence(
    qtbot, loaded, isolated_settings, tmp_path, monkeypatch, message_boxes
) -> None:
    # Issue 10.6: parameter, scenario, output-file and portfolio errors were English f-strings in the Japanese UI.
    from PySide6.QtWidgets import QFileDialog

    japanese = _switch(qtbot, loaded, "ja")
    scenario = tmp_path / "scenario.json"
    scenario.write_text('{"format": "ree-evaluator-scenario", "version": 1, "parameters": {"top_n": "a few"}}')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scenario), ""))
    japanese.files.open_scenario()
    [box] = message_boxes
    assert box.text.startswith("シナリオに無効な値があります: top_n: 数値が必要ですが、「a few」が指定されました")


def test_counted_nouns_come_from_the_catalogues_numerus_forms(qapp) -> None:
    """Japanese has one plural class: one form serves 1 and 12,345, with the locale's digit grouping (10.6)."""
    from evaluator.base.wording import counted
    from ui import i18n

    try:
        assert i18n.install("ja") == "ja"
        assert counted(1, "project") == "プロジェクト 1 件"
        assert counted(12_345, "project") == "プロジェクト 12,345 件"
        assert counted(2, "row") == "2 行"
        assert counted(3, "country", "countries") == "3 か国"
        assert counted(4, "widget") == "4 widgets", "a noun without an entry keeps the English rule"
    finally:
        i18n.install("en")
    assert counted(1, "country", "countries") == "1 country"
    assert counted(12_345, "country", "countries") == "12,345 countries"


def test_a_rebuilt_window_shows_the_monte_carlo_and_portfolio_the_state_holds(qtbot, loaded) -> None:
    """After a language switch the analysis tabs draw the state's results — what the export would take — instead
    of the empty "not run yet" tabs they showed while the export still carried the results (issue 10.4)."""
    loaded.build_charts()
    mc, portfolio = loaded.charts.monte_carlo, loaded.charts.portfolio
    mc.samples.setValue(500)
    with qtbot.waitSignal(mc.finished, timeout=60_000):
        mc.run()
    portfolio.budget.setValue(1500)
    with qtbot.waitSignal(portfolio.finished, timeout=60_000):
        portfolio.run()
    japanese = _switch(qtbot, loaded, "ja")
    japanese.build_charts()
    mc_after, portfolio_after = japanese.charts.monte_carlo, japanese.charts.portfolio
    assert mc_after.result is loaded.state.monte_carlo is japanese.state.current_monte_carlo()
    assert portfolio_after.result is loaded.state.portfolio is japanese.state.current_portfolio()
    assert mc_after.acceptability.save_button.isEnabled()
    assert any(ax.patches for ax in mc_after.acceptability.figure.axes), "the acceptability chart is drawn"
    assert JAPANESE.search(mc_after.status.text()), "the run's summary, in Japanese"
    assert portfolio_after.table.rowCount() == len(loaded.state.portfolio.selected) > 0
    assert not portfolio_after.stale_banner.isVisible()
