"""The import preview: see how a workbook will be read and correct it before scoring (issue 8.7).

A view over :mod:`evaluator.inputs.import_preview`: every control edits one field of an :class:`ImportChoices`, and
every change recomputes the preview from the core (the dialog never guesses on its own). The file is read once
when the dialog opens; re-mapping a few rows on each change is instant.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator.inputs.import_preview import ImportPreview, preview
from evaluator.inputs.read import RawWorkbook
from evaluator.model.fields import FIELDS, IGNORE
from evaluator.model.import_choices import AUTOMATIC, ImportChoices
from evaluator.model.issues import column_letter
from evaluator.reference.elements import SYMBOLS
from ui.plain_text import plain_label

#: The "not used" entry of a column's combo box (no mapping, and nothing recognised).
NOT_USED = ""


class ImportDialog(QDialog):
    """Sheet, header row, unit row, number marks, hidden rows and column mapping, with a live preview."""

    #: Emitted after each recomputation, with the preview now shown (tests and the status line listen).
    previewed = Signal(object)

    def __init__(self, workbook: RawWorkbook, choices: ImportChoices = AUTOMATIC, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbook = workbook
        self._choices = choices
        self.setWindowTitle(self.tr("Import preview — {name}").format(name=workbook.source.path.name))
        self.setModal(True)
        self.resize(1000, 680)

        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("sheet"))
        self.sheet.addItem(self.tr("Automatic"), None)
        for name in workbook.sheet_names:
            self.sheet.addItem(name, name)
        self.header_row = QSpinBox()
        self.header_row.setAccessibleName(self.tr("header row"))
        self.header_row.setRange(0, 1_000_000)
        self.header_row.setSpecialValueText(self.tr("Automatic"))
        self.header_row.setKeyboardTracking(False)
        self.unit_row = QComboBox()
        self.unit_row.setAccessibleName(self.tr("unit row"))
        for label, value in ((self.tr("Automatic"), None), (self.tr("Yes"), True), (self.tr("No"), False)):
            self.unit_row.addItem(label, value)
        self.decimal = QComboBox()
        self.decimal.setAccessibleName(self.tr("decimal mark"))
        self.decimal.addItem(self.tr("Automatic"), None)
        self.decimal.addItem(self.tr("Point: 1,234.5"), ".")
        self.decimal.addItem(self.tr("Comma: 1.234,5"), ",")
        self.hidden = QCheckBox()
        self.hidden.setAccessibleName(self.tr("include hidden rows"))
        form = QFormLayout()
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Header row"), self.header_row)
        form.addRow(self.tr("Units row under the header"), self.unit_row)
        form.addRow(self.tr("CSV decimal mark"), self.decimal)
        form.addRow(self.tr("Hidden rows"), self.hidden)

        self.status = plain_label()  # quotes the sheet name and its cells (issue 9.9)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rows = QTableWidget()
        self.rows.setAccessibleName(self.tr("first rows of the sheet"))
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns = QTableWidget(0, 3)
        self.columns.setAccessibleName(self.tr("how each column is read"))
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header as written"), self.tr("Read as")])
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.rows)
        split.addWidget(self.columns)
        split.setSizes([360, 260])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reset_button = self.buttons.addButton(self.tr("&Automatic"), QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(lambda: self._set_choices(AUTOMATIC))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

        self.sheet.currentIndexChanged.connect(lambda _i: self._edit(sheet=self.sheet.currentData(), header_row=None))
        self.header_row.valueChanged.connect(lambda value: self._edit(header_row=value or None))
        self.unit_row.currentIndexChanged.connect(lambda _i: self._edit(unit_row=self.unit_row.currentData()))
        self.decimal.currentIndexChanged.connect(lambda _i: self._edit(decimal_mark=self.decimal.currentData()))
        self.hidden.toggled.connect(lambda on: self._edit(include_hidden_rows=on))
        self._automatic_cache: dict[str, dict[str, str | None]] = {}
        self.current: ImportPreview = preview(workbook, choices)
        self._show()

    # -- the choices ----------------------------------------------------------------------------------------------

    def choices(self) -> ImportChoices:
        """The choices as the dialog shows them now."""
        return self._choices

    def _set_choices(self, choices: ImportChoices) -> None:
        self._choices = choices
        self.current = preview(self.workbook, choices)
        self._show()

    def _edit(self, **changes) -> None:
        self._set_choices(self._choices.replace(**changes))

    def _map_column(self, text: str, target: str, automatic_target: str | None) -> None:
        columns = dict(self._choices.columns)
        if target == NOT_USED:
            target = IGNORE if automatic_target is not None else NOT_USED
        columns.pop(text, None)
        if target and target != automatic_target:
            columns[text] = target
        self._edit(columns=columns)

    # -- the view -------------------------------------------------------------------------------------------------

    def _show(self) -> None:
        shown = self.current
        choices = self._choices
        for widget in (self.sheet, self.header_row, self.unit_row, self.decimal, self.hidden):
            widget.blockSignals(True)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(choices.sheet)) if choices.sheet else 0)
        self.header_row.setValue(choices.header_row or 0)
        self.header_row.setSpecialValueText(
            self.tr("Automatic (row {row})").format(row=shown.header_row)
            if shown.header_row and not choices.header_row
            else self.tr("Automatic")
        )
        self.unit_row.setCurrentIndex(self.unit_row.findData(choices.unit_row))
        self.decimal.setEnabled(shown.is_csv)
        self.decimal.setCurrentIndex(self.decimal.findData(choices.decimal_mark))
        self.hidden.setChecked(choices.include_hidden_rows)
        count = len(shown.hidden_rows)
        self.hidden.setEnabled(count > 0)
        self.hidden.setText(
            self.tr("Include the {count} hidden rows ({rows})").format(
                count=count, rows=", ".join(str(r) for r in shown.hidden_rows[:8]) + ("…" if count > 8 else "")
            )
            if count
            else self.tr("No hidden rows")
        )
        for widget in (self.sheet, self.header_row, self.unit_row, self.decimal, self.hidden):
            widget.blockSignals(False)
        self._fill_rows(shown)
        self._fill_columns(shown)
        where = self.tr("Reading sheet '{sheet}', header on row {row}{units}.").format(
            sheet=shown.sheet,
            row=shown.header_row if shown.header_row else "?",
            units=self.tr(", units on the row below") if shown.unit_row else "",
        )
        self.status.setText(f"{where} {shown.problem}".strip())
        self.import_button.setEnabled(not shown.problem)
        self.previewed.emit(shown)

    def _fill_rows(self, shown: ImportPreview) -> None:
        width = max((len(r) for r in shown.rows), default=0)
        self.rows.clear()
        self.rows.setRowCount(len(shown.rows))
        self.rows.setColumnCount(width)
        self.rows.setHorizontalHeaderLabels([column_letter(c) for c in range(width)])
        self.rows.setVerticalHeaderLabels([str(r + 1) for r in range(len(shown.rows))])
        bold = QFont(self.rows.font())
        bold.setBold(True)
        emphasis = self.palette().alternateBase()
        for r, values in enumerate(shown.rows):
            header = shown.header_row == r + 1
            units = shown.unit_row and shown.header_row == r
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if header or units:
                    item.setFont(bold)
                    item.setBackground(emphasis)
                if r + 1 in shown.hidden_rows:
                    item.setForeground(self.palette().placeholderText())
                self.rows.setItem(r, c, item)

    def _fill_columns(self, shown: ImportPreview) -> None:
        self.columns.setRowCount(len(shown.columns))
        automatic = self._automatic_targets()
        for r, reading in enumerate(shown.columns):
            self.columns.setItem(r, 0, QTableWidgetItem(column_letter(reading.column)))
            self.columns.setItem(r, 1, QTableWidgetItem(reading.text))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("read column {column} as").format(column=reading.text))
            combo.addItem(self.tr("(not used)"), NOT_USED)
            for field in FIELDS:
                combo.addItem(field.name, field.name)
            for symbol in SYMBOLS:
                combo.addItem(self.tr("element {symbol}").format(symbol=symbol), symbol)
            target = NOT_USED if reading.target in (None, IGNORE) else reading.target
            combo.setCurrentIndex(max(0, combo.findData(target)))
            auto_target = automatic.get(reading.text)
            combo.currentIndexChanged.connect(
                lambda _i, box=combo, text=reading.text, auto=auto_target: self._map_column(
                    text, box.currentData(), auto
                )
            )
            self.columns.setCellWidget(r, 2, combo)
        self.columns.resizeColumnToContents(0)
        self.columns.resizeColumnToContents(2)  # the combo boxes show the whole field name

    def _automatic_targets(self) -> dict[str, str | None]:
        """Header text → the field it is read as without a mapping; one preview per sheet and header choice, not one
        per change of a column's combo box."""
        automatic = self._automatic()
        key = automatic.to_json()
        if key not in self._automatic_cache:
            self._automatic_cache[key] = {r.text: r.target for r in preview(self.workbook, automatic).columns}
        return self._automatic_cache[key]

    def _automatic(self) -> ImportChoices:
        """These choices without the column mapping: what each header would be read as on its own."""
        return self._choices.replace(columns={})
