"""Small dialogs: export choices, the methodology page, About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evaluator import __version__
from evaluator.base.paths import docs_dir
from evaluator.model.parameters import DESCRIPTIONS, Parameters
from evaluator.reference.tables import reference_countries, reference_elements


class ExportDialog(QDialog):
    """Top N or the selected rows; the file name is asked for afterwards."""

    def __init__(self, total: int, selected: int, top_n: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export shortlist"))
        self.top = QRadioButton(self.tr("Top"))
        self.top.setToolTip(self.tr("The best-ranked projects under the current weights, method and filters."))
        self.count = QSpinBox()
        self.count.setRange(1, max(1, total))
        self.count.setValue(min(top_n, max(1, total)))
        self.count.setSuffix(self.tr(" of {total} projects").format(total=total))
        self.count.setAccessibleName(self.tr("number of projects on the shortlist"))
        self.selection = QRadioButton(self.tr("The selected projects ({count})").format(count=selected))
        self.selection.setEnabled(selected > 0)
        self.selection.setToolTip(self.tr("Select rows in the table (ctrl/shift-click) to export exactly those."))
        group = QButtonGroup(self)
        group.addButton(self.top)
        group.addButton(self.selection)
        (self.selection if selected > 1 else self.top).setChecked(True)
        note = QLabel(
            self.tr(
                "The workbook holds the shortlist, all projects, element coverage, import issues, the assumptions "
                "and the four charts. It is written safely: an existing file is only replaced once the new one is "
                "complete."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.top)
        layout.addWidget(self.count)
        layout.addWidget(self.selection)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @property
    def use_selection(self) -> bool:
        return self.selection.isChecked()


def methodology_markdown(parameters: Parameters) -> str:
    """METHOD.md (the same text as the spec) followed by the parameters in force and the implementation notes."""
    docs = docs_dir()
    method = _read(docs / "METHOD.md", "# Scoring method\n\n(METHOD.md was not found in this installation.)")
    notes = _read(docs / "implementation-notes.md", "")
    current = "\n".join(
        f"| `{name}` | {', '.join(value) if isinstance(value, list) else value} | {DESCRIPTIONS.get(name, '')} |"
        for name, value in parameters.as_dict().items()
    )
    weights = parameters.weights()
    return (
        f"{method}\n\n## Parameters in use now\n\nWeights normalised: cost {weights[0]:.1%}, risk {weights[1]:.1%}, "
        f"coverage {weights[2]:.1%}.\n\n| parameter | value | meaning |\n|---|---|---|\n{current}\n\n{notes}"
    )


def _read(path: Path, fallback: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return fallback


class TextDialog(QDialog):
    """A resizable, read-only page of Markdown."""

    def __init__(self, title: str, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(markdown)
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(820, 680)


def about_markdown() -> str:
    countries = reference_countries().info
    elements = reference_elements().info
    return (
        f"# REE Processing Investment Evaluator {__version__}\n\n"
        "Scores, ranks and compares candidate rare-earth separation, refining, metal/alloy and magnet projects on "
        "cost, geopolitical risk and element coverage, offline on your workstation.\n\n"
        "## Reference data\n\n"
        f"- **Countries** ({countries.get('file')}, version {countries.get('version')}): {countries.get('source')}\n"
        f"- **Elements** ({elements.get('file')}, version {elements.get('version')}): {elements.get('source')}\n\n"
        "The bundled sample workbook is illustrative: fictional projects, invented numbers.\n\n"
        "## Built with\n\nPython, Qt for Python (PySide6, LGPL), pandas, NumPy, matplotlib, openpyxl, "
        "python-calamine, country_converter.\n"
    )
