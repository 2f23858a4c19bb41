"""Where the bundled resources live: next to the source tree, inside a PyInstaller bundle, or where told."""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

#: The checkout this module sits in (evaluator/base/paths.py → three levels up), for runs from the source tree.
_SOURCE_TREE = Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    """``resources/``: ``$REE_EVALUATOR_RESOURCES`` if set, else the bundle's copy when frozen, else the installed
    package's data (``evaluator/resources/`` in a wheel, copied there by setup.py), else the source tree's.

    Installed packages are directories (pip never installs a wheel as a zip), so the package data has a path Qt's
    translator and icon loaders can open.
    """
    override = os.environ.get("REE_EVALUATOR_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    installed = files("evaluator") / "resources"
    if installed.is_dir():
        return Path(str(installed))
    return _SOURCE_TREE / "resources"


def docs_dir() -> Path:
    """The method pages (METHOD.md, implementation-notes.md) the Help menu shows: the bundled or installed copy
    under ``resources/docs``, else the source tree's ``docs/``."""
    bundled = resources_dir() / "docs"
    return bundled if (bundled / "METHOD.md").is_file() else _SOURCE_TREE / "docs"


def sample_workbook() -> Path:
    """The illustrative sample workbook the app and the CLI open when given nothing else."""
    return resources_dir() / "sample" / "ree_candidate_facilities_sample.xlsx"


def reference_file(name: str) -> Path:
    """A bundled reference table, e.g. ``countries.csv``."""
    return resources_dir() / "reference" / name
