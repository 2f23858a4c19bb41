"""Where the bundled resources live: next to the source tree, inside a PyInstaller bundle, or where told."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/``: ``$REE_EVALUATOR_RESOURCES`` if set, else the bundle's copy when frozen, else the repo's."""
    override = os.environ.get("REE_EVALUATOR_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_workbook() -> Path:
    """The illustrative sample workbook the app and the CLI open when given nothing else."""
    return resources_dir() / "sample" / "ree_candidate_facilities_sample.xlsx"


def reference_file(name: str) -> Path:
    """A bundled reference table, e.g. ``countries.csv``."""
    return resources_dir() / "reference" / name
