"""Build step pyproject.toml cannot express: ship ``resources/`` (and the method pages) inside the wheel.

The tree keeps ``resources/`` at the top level (the app's layout, and what the PyInstaller bundle copies), but a
wheel holds packages only: without this, ``pip install`` of the wheel had no reference tables, no sample and no
translations (issue 10.3). The copy lands as ``evaluator/resources/``, package data that
:func:`evaluator.base.paths.resources_dir` finds with :mod:`importlib.resources`. An editable install reads the tree's
own ``resources/`` instead, so nothing is copied for one.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: The method pages the app's Help shows, from docs/ (the tree keeps them there, beside the other notes).
DOCS = ("METHOD.md", "implementation-notes.md")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "evaluator" / "resources"
        shutil.rmtree(target, ignore_errors=True)  # a build/ left from an earlier build keeps no stale file
        shutil.copytree(ROOT / "resources", target, dirs_exist_ok=True)
        (target / "docs").mkdir(exist_ok=True)
        for name in DOCS:
            shutil.copy2(ROOT / "docs" / name, target / "docs" / name)


setup(cmdclass={"build_py": BuildWithResources})
