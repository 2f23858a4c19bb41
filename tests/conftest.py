"""Shared test setup: Qt runs headless (it must be set before any QApplication exists)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
