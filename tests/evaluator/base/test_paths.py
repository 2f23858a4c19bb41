"""Where resources are found: the override, the frozen bundle, the installed package's data, the source tree
(issue 10.3). The wheel itself is built, installed and used by scripts/wheel_smoke.sh in CI."""

from __future__ import annotations

import sys
from pathlib import Path

from evaluator.base import paths

REPO = Path(__file__).resolve().parents[3]


def _package_with_data(tmp_path: Path) -> Path:
    """A stand-in for an installed ``evaluator`` package holding ``resources/`` (with its docs) as package data."""
    package = tmp_path / "site-packages" / "evaluator"
    (package / "resources" / "reference").mkdir(parents=True)
    (package / "resources" / "docs").mkdir()
    (package / "resources" / "docs" / "METHOD.md").write_text("# installed method\n", encoding="utf-8")
    return package


def test_a_source_checkout_reads_the_trees_resources_and_docs(monkeypatch) -> None:
    monkeypatch.delenv("REE_EVALUATOR_RESOURCES", raising=False)
    assert paths.resources_dir() == REPO / "resources"
    assert paths.docs_dir() == REPO / "docs"
    assert paths.reference_file("countries.csv").is_file()
    assert paths.sample_workbook().is_file()


def test_an_installed_package_reads_its_own_package_data(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("REE_EVALUATOR_RESOURCES", raising=False)
    package = _package_with_data(tmp_path)
    monkeypatch.setattr(paths, "files", lambda name: package if name == "evaluator" else None)
    assert paths.resources_dir() == package / "resources"
    assert paths.docs_dir() == package / "resources" / "docs"
    assert paths.reference_file("fx.csv") == package / "resources" / "reference" / "fx.csv"


def test_the_override_and_the_frozen_bundle_come_first(tmp_path, monkeypatch) -> None:
    package = _package_with_data(tmp_path)
    monkeypatch.setattr(paths, "files", lambda _name: package)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.delenv("REE_EVALUATOR_RESOURCES", raising=False)
    assert paths.resources_dir() == tmp_path / "bundle" / "resources"
    monkeypatch.setenv("REE_EVALUATOR_RESOURCES", str(tmp_path / "mine"))
    assert paths.resources_dir() == tmp_path / "mine"
    # no docs under the chosen resources: the method pages come from the tree
    assert paths.docs_dir() == REPO / "docs"
