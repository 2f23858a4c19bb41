"""The weights, method, filters and parameters panel: every control edits the scenario's Parameters.

Controls write to :class:`~ui.state.AppState` on every change (the ranking follows within a frame) and follow it
back when the parameters change elsewhere (reset, scenario file, a workbook's Settings sheet). Tooltips say what
each control does in METHOD.md's terms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evaluator.model.criteria import CRITERIA
from evaluator.model.parameters import NUMBER_RANGES, PRESETS, Parameters, description, preset_of
from evaluator.reference.countries import country_name
from evaluator.reference.currencies import CURRENCIES, fx_parameter
from evaluator.reference.elements import SYMBOLS, element_name
from evaluator.reference.tables import reference_countries
from evaluator.reference.value_tables import reference_prices
from evaluator.reference.vocabulary import FACILITY_TYPES, STAGES, category_label
from evaluator.scoring.weights import as_percentages, rebalance
from ui.state import AppState

CRITERION_TIPS = {
    "cost": QT_TRANSLATE_NOOP(
        "ControlPanel", "Weight of the cost sub-score (LCOP, METHOD §2). The three weights always sum to 100 %."
    ),
    "risk": QT_TRANSLATE_NOOP(
        "ControlPanel", "Weight of the geopolitical-risk sub-score (100 − project risk, METHOD §2)."
    ),
    "coverage": QT_TRANSLATE_NOOP(
        "ControlPanel", "Weight of the element-coverage sub-score (criticality-weighted elements, METHOD §2)."
    ),
}
CRITERION_NAMES = {
    "cost": QT_TRANSLATE_NOOP("ControlPanel", "Cost"),
    "risk": QT_TRANSLATE_NOOP("ControlPanel", "Risk"),
    "coverage": QT_TRANSLATE_NOOP("ControlPanel", "Coverage"),
}


class WeightRow(QWidget):
    """Slider + spin box for one criterion, kept in step with each other."""

    def __init__(self, criterion: str, on_change: Callable[[str, int], None]) -> None:
        super().__init__()
        self.criterion = criterion
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setPageStep(5)
        self.spin = QSpinBox()
        self.spin.setRange(0, 100)
        self.spin.setSuffix(" %")
        for widget in (self.slider, self.spin):
            widget.setToolTip(QCoreApplication.translate("ControlPanel", CRITERION_TIPS[criterion]))
            widget.setAccessibleName(
                QCoreApplication.translate("ControlPanel", "{criterion} weight").format(
                    criterion=QCoreApplication.translate("ControlPanel", CRITERION_NAMES[criterion])
                )
            )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(QCoreApplication.translate("ControlPanel", CRITERION_NAMES[criterion]))
        label.setMinimumWidth(70)
        label.setBuddy(self.spin)
        layout.addWidget(label)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self.slider.valueChanged.connect(lambda v: on_change(criterion, v))
        self.spin.valueChanged.connect(lambda v: on_change(criterion, v))

    def show_value(self, value: int) -> None:
        with QSignalBlocker(self.slider), QSignalBlocker(self.spin):
            self.slider.setValue(value)
            self.spin.setValue(value)


class ControlPanel(QWidget):
    """Tabs: Weights & method · Filters · Parameters, and a Reset button. ``refused`` says why a value was not
    applied (the window shows it in the status bar)."""

    refused = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._weights = tuple(100.0 * w for w in state.parameters.weights())
        tabs = QTabWidget()
        tabs.addTab(self._scrolling(self._weights_page()), self.tr("Weights"))
        tabs.addTab(self._scrolling(self._filters_page()), self.tr("Filters"))
        tabs.addTab(self._scrolling(self._parameters_page()), self.tr("Parameters"))
        self.tabs = tabs
        self.reset_button = QPushButton(self.tr("Reset to defaults"))
        self.reset_button.setToolTip(self.tr("Restore METHOD.md's default weights, method, filters and parameters."))
        self.reset_button.clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.reset_button)
        state.parameters_changed.connect(self.show_parameters)
        state.dataset_changed.connect(self._fill_countries)
        state.dataset_changed.connect(self._fill_decks)
        self.show_parameters()

    @staticmethod
    def _scrolling(page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(page)
        return area

    # -- pages --------------------------------------------------------------------------------------------------

    def _weights_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        box = QGroupBox(self.tr("Criterion weights (sum to 100 %)"))
        rows = QVBoxLayout(box)
        self.weight_rows = {c: WeightRow(c, self._weight_moved) for c in CRITERIA}
        for row in self.weight_rows.values():
            rows.addWidget(row)
        layout.addWidget(box)
        method_box = QGroupBox(self.tr("Method"))
        form = QFormLayout(method_box)
        self.method = QComboBox()
        self.method.addItem(self.tr("Weighted sum (WSM)"), "wsm")
        self.method.addItem("TOPSIS", "topsis")
        self.method.setToolTip(
            self.tr(
                "WSM: overall = Σ weight × sub-score. TOPSIS: closeness to the ideal project and distance from the "
                "worst, on vector-normalised weighted sub-scores (METHOD §3)."
            )
        )
        self.method.setAccessibleName(self.tr("aggregation method"))
        self.method.currentIndexChanged.connect(lambda _i: self._apply(method=self.method.currentData()))
        form.addRow(self.tr("Aggregation"), self.method)
        self.normalisation = QComboBox()
        self.normalisation.addItem(self.tr("Min–max over projects"), "minmax")
        self.normalisation.addItem(self.tr("Absolute LCOP scale"), "absolute")
        self.normalisation.setToolTip(description("normalisation"))
        self.normalisation.setAccessibleName(self.tr("cost normalisation"))
        self.normalisation.currentIndexChanged.connect(
            lambda _i: self._apply(normalisation=self.normalisation.currentData())
        )
        form.addRow(self.tr("Cost scale"), self.normalisation)
        layout.addWidget(method_box)
        layout.addStretch(1)
        return page

    def _filters_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        risk_row = QHBoxLayout()
        self.max_risk_on = QCheckBox(self.tr("Max project risk"))
        self.max_risk_on.setToolTip(description("max_risk"))
        self.max_risk = QSpinBox()
        self.max_risk.setRange(0, 100)
        self.max_risk.setValue(60)
        self.max_risk.setToolTip(description("max_risk"))
        self.max_risk.setAccessibleName(self.tr("maximum project risk"))
        self.max_risk_on.toggled.connect(lambda _on: self._apply_filters())
        self.max_risk.valueChanged.connect(lambda _v: self._apply_filters() if self.max_risk_on.isChecked() else None)
        risk_row.addWidget(self.max_risk_on)
        risk_row.addWidget(self.max_risk)
        risk_row.addStretch(1)
        layout.addLayout(risk_row)

        self.stage_boxes = self._check_group(layout, self.tr("Stages"), STAGES, description("stages"))
        self.type_boxes = self._check_group(
            layout, self.tr("Facility types"), FACILITY_TYPES, description("facility_types")
        )

        elements = QGroupBox(self.tr("Must produce"))
        elements.setToolTip(description("must_cover"))
        grid = QGridLayout(elements)
        self.element_buttons: dict[str, QToolButton] = {}
        for i, symbol in enumerate(SYMBOLS):
            button = QToolButton()
            button.setText(symbol)
            button.setCheckable(True)
            button.setToolTip(
                self.tr("Only projects producing {name} ({symbol}).").format(name=element_name(symbol), symbol=symbol)
            )
            button.setAccessibleName(self.tr("must produce {name}").format(name=element_name(symbol)))
            button.toggled.connect(lambda _on: self._apply_filters())
            grid.addWidget(button, i // 6, i % 6)
            self.element_buttons[symbol] = button
        layout.addWidget(elements)

        countries = QGroupBox(self.tr("Exclude countries"))
        countries.setToolTip(description("exclude_countries"))
        box = QVBoxLayout(countries)
        self.country_list = QListWidget()
        self.country_list.setMinimumHeight(120)
        # Room around each row: without it the check indicators touch the frame and are clipped (issue 8.12).
        self.country_list.setSpacing(2)
        self.country_list.setAccessibleName(self.tr("countries to exclude"))
        self.country_list.itemChanged.connect(lambda _item: self._apply_filters())
        box.addWidget(self.country_list)
        layout.addWidget(countries)
        layout.addStretch(1)
        return page

    def _check_group(self, layout: QVBoxLayout, title: str, options: tuple[str, ...], tip: str) -> dict[str, QCheckBox]:
        box = QGroupBox(title)
        box.setToolTip(self.tr("{tip} All ticked = no filter.").format(tip=tip))
        grid = QGridLayout(box)
        boxes: dict[str, QCheckBox] = {}
        for i, option in enumerate(options):
            check = QCheckBox(category_label(option))
            check.setChecked(True)
            check.setToolTip(
                self.tr("{tip} Untick to leave out {option} projects.").format(tip=tip, option=category_label(option))
            )
            check.toggled.connect(lambda _on: self._apply_filters())
            grid.addWidget(check, i // 2, i % 2)
            boxes[option] = check
        layout.addWidget(box)
        return boxes

    def _parameters_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QDoubleSpinBox | QSpinBox] = {}

        def number(name: str, label: str, suffix: str = "") -> None:
            """A spin box for one parameter, with the limits, step and decimals of its range (issue 10.5)."""
            spec = NUMBER_RANGES[name]
            spin = QDoubleSpinBox()
            spin.setDecimals(spec.decimals)
            spin.setRange(*spec.control_limits())
            spin.setSingleStep(spec.step)
            spin.setSuffix(" %" if spec.percent else suffix)
            spin.setKeyboardTracking(False)
            spin.setToolTip(description(name))
            spin.setAccessibleName(label)
            spin.setProperty("percent", spec.percent)
            spin.valueChanged.connect(lambda _v, n=name: self._number_changed(n))
            form.addRow(label, spin)
            self.fields[name] = spin

        # METHOD.md v2 (issue 11.6): the method's version, the price deck, the target year and schedule risk first.
        self.v1_preset = QCheckBox(self.tr("Version 1 method"))
        self.v1_preset.setToolTip(
            self.tr(
                "METHOD.md §7: cost as min–max LCOP, coverage as the share of elements listed, TOPSIS against the "
                "observed best and worst, Monte Carlo costs triangular. Untick for version 2."
            )
        )
        self.v1_preset.toggled.connect(self._preset_toggled)
        form.addRow(self.v1_preset)
        self.price_deck = QComboBox()
        self.price_deck.setToolTip(description("price_deck"))
        self.price_deck.setAccessibleName(self.tr("price deck"))
        self._fill_decks()
        self.price_deck.currentIndexChanged.connect(
            lambda _i: self._apply(price_deck=self.price_deck.currentData()) if self.price_deck.currentData() else None
        )
        form.addRow(self.tr("Price deck"), self.price_deck)
        year = QSpinBox()
        year.setRange(*(int(limit) for limit in NUMBER_RANGES["target_year"].control_limits()))
        year.setKeyboardTracking(False)
        year.setToolTip(description("target_year"))
        year.setAccessibleName(self.tr("target year"))
        year.valueChanged.connect(lambda _v: self._number_changed("target_year"))
        form.addRow(self.tr("Target year"), year)
        self.fields["target_year"] = year
        self.schedule_risk = QCheckBox(self.tr("Schedule risk"))
        self.schedule_risk.setToolTip(description("schedule_risk"))
        self.schedule_risk.toggled.connect(lambda on: self._apply(schedule_risk=on))
        form.addRow(self.schedule_risk)
        number("k_lo", self.tr("Best cost-to-value k"))
        number("k_hi", self.tr("Worst cost-to-value k"))
        number("gap_share_full", self.tr("Full-credit gap share γ"))
        number("intermediate_credit", self.tr("Credit of mixed products"))
        number("discount_rate", self.tr("Discount rate r"))
        life = QSpinBox()
        life.setRange(*(int(limit) for limit in NUMBER_RANGES["life_years"].control_limits()))
        life.setSuffix(" years")
        life.setKeyboardTracking(False)
        life.setToolTip(description("life_years"))
        life.setAccessibleName(self.tr("economic life"))
        life.valueChanged.connect(lambda _v: self._number_changed("life_years"))
        form.addRow(self.tr("Economic life n"), life)
        self.fields["life_years"] = life
        number("utilisation", self.tr("Utilisation u"))
        for code in CURRENCIES[1:]:  # the rates of the bundled FX table, each overridable (issue 8.9)
            number(fx_parameter(code), self.tr("FX ({currency} per USD)").format(currency=code))
        number("site_share", self.tr("Site share s"))
        number("alignment_discount", self.tr("Alignment discount a"))
        number("unknown_feed_floor", self.tr("Unknown feed floor"))
        number("lcop_lo", self.tr("Best LCOP (absolute scale)"), " $/kg")
        number("lcop_hi", self.tr("Worst LCOP (absolute scale)"), " $/kg")
        self.dominant = QComboBox()
        self.dominant.setToolTip(description("dominant_supplier"))
        self.dominant.setAccessibleName(self.tr("dominant supplier"))
        self.dominant.addItem(self.tr("None"), "")
        for iso3, row in reference_countries().frame.sort_values("name").iterrows():
            self.dominant.addItem(str(row["name"]), str(iso3))
        self.dominant.currentIndexChanged.connect(lambda _i: self._apply(dominant_supplier=self.dominant.currentData()))
        form.addRow(self.tr("Dominant supplier"), self.dominant)
        return page

    # -- state → controls ---------------------------------------------------------------------------------------

    def show_parameters(self) -> None:
        """Make every control show ``state.parameters`` without feeding the change back."""
        p = self.state.parameters
        self._weights = tuple(100.0 * w for w in p.weights())
        for criterion, value in zip(CRITERIA, as_percentages(self._weights), strict=True):
            self.weight_rows[criterion].show_value(value)
        blockers = [QSignalBlocker(w) for w in self._all_controls()]
        self.method.setCurrentIndex(self.method.findData(p.method))
        self.normalisation.setCurrentIndex(self.normalisation.findData(p.normalisation))
        self.max_risk_on.setChecked(p.max_risk is not None)
        if p.max_risk is not None:
            self.max_risk.setValue(round(p.max_risk))
        for option, box in self.stage_boxes.items():
            box.setChecked(not p.stages or option in p.stages)
        for option, box in self.type_boxes.items():
            box.setChecked(not p.facility_types or option in p.facility_types)
        for symbol, button in self.element_buttons.items():
            button.setChecked(symbol in p.must_cover)
        for i in range(self.country_list.count()):
            item = self.country_list.item(i)
            excluded = item.data(Qt.ItemDataRole.UserRole) in p.exclude_countries
            item.setCheckState(Qt.CheckState.Checked if excluded else Qt.CheckState.Unchecked)
        for name, spin in self.fields.items():
            value = getattr(p, name)
            spin.setValue(value * 100.0 if spin.property("percent") else value)
        absolute = p.normalisation == "absolute" and p.cost_basis == "lcop"
        self.fields["lcop_lo"].setEnabled(absolute)
        self.fields["lcop_hi"].setEnabled(absolute)
        self.normalisation.setEnabled(p.cost_basis == "lcop")
        self.fields["k_lo"].setEnabled(p.cost_basis == "value")
        self.fields["k_hi"].setEnabled(p.cost_basis == "value")
        self.fields["gap_share_full"].setEnabled(p.coverage_basis == "gap")
        self.fields["intermediate_credit"].setEnabled(p.coverage_basis == "gap")
        self.v1_preset.setChecked(preset_of(p) == "v1")
        self.schedule_risk.setChecked(p.schedule_risk)
        self.price_deck.setCurrentIndex(max(0, self.price_deck.findData(p.price_deck)))
        self.dominant.setCurrentIndex(max(0, self.dominant.findData(p.dominant_supplier)))
        del blockers

    def _fill_decks(self) -> None:
        """The price decks of the loaded workbook (bundled, plus any its Prices sheet adds), each with its basis."""
        dataset = self.state.dataset
        decks = dataset.prices if dataset is not None else reference_prices()
        with QSignalBlocker(self.price_deck):
            self.price_deck.clear()
            for deck in decks.decks:
                self.price_deck.addItem(deck, deck)
                self.price_deck.setItemData(
                    self.price_deck.count() - 1, decks.basis(deck) or deck, Qt.ItemDataRole.ToolTipRole
                )
            self.price_deck.setCurrentIndex(max(0, self.price_deck.findData(self.state.parameters.price_deck)))

    def _preset_toggled(self, on: bool) -> None:
        """Ticked: the v1 preset's values (METHOD.md §7); unticked: version 2's for the same parameters. Weights,
        filters and the other parameters stay as they are."""
        defaults = Parameters()
        values = PRESETS["v1"] if on else {name: getattr(defaults, name) for name in PRESETS["v1"]}
        self._apply(**values)

    def _fill_countries(self) -> None:
        """The exclude list offers the countries of the loaded projects."""
        dataset = self.state.dataset
        with QSignalBlocker(self.country_list):
            self.country_list.clear()
            if dataset is None:
                return
            codes = sorted(set(dataset.projects["country_iso3"]) - {""}, key=country_name)
            indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
            row_height = max(self.country_list.fontMetrics().height(), indicator) + 6
            for code in codes:
                item = QListWidgetItem(f"{country_name(code)} ({code})")
                item.setSizeHint(QSize(0, row_height))
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = code in self.state.parameters.exclude_countries
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.country_list.addItem(item)

    def _all_controls(self) -> list[QWidget]:
        return [
            self.method,
            self.normalisation,
            self.max_risk_on,
            self.max_risk,
            self.country_list,
            self.dominant,
            self.v1_preset,
            self.price_deck,
            self.schedule_risk,
            *self.stage_boxes.values(),
            *self.type_boxes.values(),
            *self.element_buttons.values(),
            *self.fields.values(),
        ]

    # -- controls → state ---------------------------------------------------------------------------------------

    def _weight_moved(self, criterion: str, value: int) -> None:
        self._weights = rebalance(self._weights, CRITERIA.index(criterion), value)
        for name, percent in zip(CRITERIA, as_percentages(self._weights), strict=True):
            self.weight_rows[name].show_value(percent)
        cost, risk, coverage = self._weights
        self._apply(weight_cost=cost, weight_risk=risk, weight_coverage=coverage)

    def _number_changed(self, name: str) -> None:
        spin = self.fields[name]
        value = spin.value() / 100.0 if spin.property("percent") else spin.value()
        if name == "life_years":
            value = int(spin.value())
        self._apply(**{name: value})

    def _apply_filters(self) -> None:
        stages = {option for option, box in self.stage_boxes.items() if box.isChecked()}
        types = {option for option, box in self.type_boxes.items() if box.isChecked()}
        excluded = {
            self.country_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.country_list.count())
            if self.country_list.item(i).checkState() == Qt.CheckState.Checked
        }
        self._apply(
            max_risk=float(self.max_risk.value()) if self.max_risk_on.isChecked() else None,
            stages=frozenset() if len(stages) == len(STAGES) else frozenset(stages),
            facility_types=frozenset() if len(types) == len(FACILITY_TYPES) else frozenset(types),
            must_cover=frozenset(s for s, b in self.element_buttons.items() if b.isChecked()),
            exclude_countries=frozenset(excluded),
        )

    def _apply(self, **changes: object) -> None:
        from evaluator.model.parameters import ParameterError

        try:
            parameters = self.state.parameters.replace(**changes)
        except ParameterError as error:  # e.g. best LCOP above worst on the absolute scale: keep the last valid
            self.refused.emit(self.tr("Not applied: {error}").format(error=error))
            self.show_parameters()
            return
        self.state.set_parameters(parameters)  # parameters_changed → show_parameters() updates dependent controls

    def reset(self) -> None:
        self.state.set_parameters(Parameters())
