"""LibreOffice prints the committee workbook on the pages its print setup promises (issue 8.11).

Per sheet: Summary fits one page; Charts has one page per chart; every other sheet prints one page wide on as
many pages as it has planned row breaks plus one. Skipped where LibreOffice (``soffice``) is not installed:
``scripts/install.sh`` adds it on Debian/Ubuntu when apt can get it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from evaluator.analysis.portfolio import PortfolioConstraints, build_portfolio
from evaluator.analysis.robustness import analyse
from evaluator.base.paths import sample_workbook
from evaluator.inputs.load import load_workbook
from evaluator.outputs.chart_images import render_chart_images
from evaluator.outputs.workbook_export import export_shortlist
from evaluator.scoring.ranking import score
from tests.evaluator.pdf_text import page_count

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed, so the printed page count cannot be checked; "
    "scripts/install.sh installs libreoffice-calc-nogui where apt can get it",
)


def promised_pages(path: Path) -> dict[str, int]:
    """What each sheet's print setup promises, from the sheet as written."""
    promised = {}
    for sheet in openpyxl.load_workbook(path):
        breaks = len(sheet.row_breaks.brk)
        if sheet.title == "Charts":
            assert breaks == len(sheet._images) - 1
            promised[sheet.title] = len(sheet._images)
        elif int(sheet.page_setup.fitToHeight or 0) == 1:
            assert breaks == 0
            promised[sheet.title] = 1
        else:
            assert int(sheet.page_setup.fitToWidth) == 1
            promised[sheet.title] = breaks + 1
    return promised


@pytest.mark.slow
def test_libreoffice_prints_the_committee_pack_on_the_promised_pages(tmp_path: Path) -> None:
    ranking = score(load_workbook(sample_workbook()))
    fast = score(ranking.dataset, ranking.parameters.replace(mc_samples=300, portfolio_budget_musd=900.0))
    pack = tmp_path / "committee.xlsx"
    export_shortlist(
        fast,
        pack,
        images=render_chart_images(fast),
        robustness=analyse(fast),
        portfolio=build_portfolio(fast, PortfolioConstraints.from_parameters(fast.parameters)),
    )
    promised = promised_pages(pack)
    assert promised["Assumptions"] > 1  # a sheet that really runs over pages is part of the check
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(pack)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    printed = page_count((tmp_path / "committee.pdf").read_bytes())
    assert printed == sum(promised.values()), promised
