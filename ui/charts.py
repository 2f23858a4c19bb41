"""Embedded charts: each tab is a matplotlib ``Figure`` on a ``FigureCanvasQTAgg`` with the navigation toolbar.

The drawing itself is :mod:`evaluator.charts` (the same functions render the export's images). This module only
decides *when* to draw: the visible tab redraws shortly after a change (changes are coalesced, so dragging a slider
does not queue a redraw per pixel); hidden tabs are marked stale and redraw when shown. A chart on screen that can
follow a change in place (``ChartEntry.update``, issue 10.8) is updated rather than drawn again, and its canvas then
renders only what the update changed. Importing this module pulls in matplotlib, so the main window imports it only
after its first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib import cbook
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QToolButton, QVBoxLayout, QWidget

from evaluator.charts.catalogue import ChartEntry, ChartInputs
from evaluator.charts.inplace import EVERYTHING, Repaint, repaint
from ui.state import AppState

REDRAW_DELAY_MS = 40
RESIZE_REDRAW_MS = 150


class ChartCanvas(FigureCanvasQTAgg):
    """The Qt canvas, which can render just what an in-place update changed instead of the whole figure.

    :meth:`repaint_later` queues the change; the next :meth:`draw` (the one ``draw_idle`` schedules, or an explicit
    call) applies it to the image the last complete rendering left in the renderer. If there is no such image (never
    drawn, resized, or the renderer was replaced, as saving at another DPI does), the draw renders everything.
    """

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure)
        self._change: Repaint | None = None
        self._rendered: RendererAgg | None = None

    def repaint_later(self, change: Repaint) -> None:
        """Render ``change`` on the next draw; two changes before a draw are rendered together."""
        self._change = change if self._change is None else _merged(self._change, change)
        self.draw_idle()

    def draw(self) -> None:
        change, self._change = self._change, None
        if self._is_drawing:
            return
        renderer = self.get_renderer()
        if change is None or renderer is not self._rendered:
            super().draw()
            self._rendered = self.get_renderer()
            return
        with cbook._setattr_cm(self, _is_drawing=True):
            repaint(self.figure, renderer, change)
        if not change.nothing:
            self.update()


def _merged(first: Repaint, second: Repaint) -> Repaint:
    """One repaint covering two: every region of either, leaving out only what both leave out."""
    if first.nothing:
        return second
    if second.nothing:
        return first
    if first.regions is None or second.regions is None:
        return EVERYTHING
    hidden = tuple(artist for artist in first.hidden if any(artist is other for other in second.hidden))
    return Repaint(first.regions + second.regions, hidden)


class ChartView(QWidget):
    """One figure with its toolbar and a Save button (PNG or SVG), also on the right-click menu."""

    def __init__(self, spec: ChartEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.figure = Figure(figsize=(7, 4.5), layout="constrained")
        self.canvas = ChartCanvas(self.figure)
        self.canvas.setToolTip(QCoreApplication.translate("Charts", spec.tooltip))
        self.canvas.setAccessibleName(
            self.tr("{title} chart").format(title=QCoreApplication.translate("Charts", spec.title))
        )
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._menu)
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save chart…"))
        self.save_button.setToolTip(self.tr("Save this chart as PNG or SVG."))
        self.save_button.clicked.connect(self.save_dialog)
        bar = QHBoxLayout()
        bar.addWidget(self.toolbar, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.stale = True
        self.draw_count = 0
        #: How many of the draws were in-place updates.
        self.update_count = 0
        self._draw: Callable[[Figure], None] | None = None
        self._drawn_size = self.canvas.size()
        # Charts lay out labels, rows and legends for the size they are drawn at: redraw once a resize settles.
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_REDRAW_MS)
        self._resize_timer.timeout.connect(self._redraw_if_resized)

    def redraw(self, state: AppState) -> None:
        """Draw this view's chart for the state's ranking and selection (or clear it: nothing is ranked).

        The selection is both what is emphasised and what the comparison compares; the weight sweep is the
        state's, computed once per ranking (issue 10.4), so a resize redraws without recomputing it. A chart
        already drawn at this size is updated in place when its entry can (issue 10.8).
        """
        if state.ranking is None:
            self.paint_with(lambda figure: figure.clear())
            self.save_button.setEnabled(False)  # nothing to save: an empty figure is not a chart
        else:
            selected = list(state.selected_ids)
            inputs = ChartInputs(state.ranking, highlight=selected, compare=selected, sweep=state.weight_sweep)
            change = self._update(inputs)
            if change is None:
                self.paint_with(lambda figure: self.spec.draw(figure, inputs))
            else:
                self._draw = lambda figure: self.spec.draw(figure, inputs)  # what a resize redraws
                self.save_button.setEnabled(True)
                self.canvas.repaint_later(change)
                self.draw_count += 1
                self.update_count += 1
        self.stale = False

    def _update(self, inputs: ChartInputs) -> Repaint | None:
        """The in-place update of the chart on screen, or None: no update, or not drawn at this size yet."""
        if self.spec.update is None or self._draw is None or self.canvas.size() != self._drawn_size:
            return None
        return self.spec.update(self.figure, inputs)

    def paint_with(self, draw: Callable[[Figure], None]) -> None:
        """Draw with ``draw(figure)`` now, and again with it whenever the view is resized."""
        self._draw = draw
        self.save_button.setEnabled(True)
        draw(self.figure)
        self.canvas.draw_idle()
        self._drawn_size = self.canvas.size()
        self.draw_count += 1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._draw is not None:
            self._resize_timer.start()

    def _redraw_if_resized(self) -> None:
        if self._draw is not None and self.canvas.size() != self._drawn_size and self.isVisible():
            self.paint_with(self._draw)

    def _menu(self, position) -> None:
        menu = QMenu(self)
        save = QAction(self.tr("Save chart as PNG or SVG…"), menu)
        save.triggered.connect(self.save_dialog)
        menu.addAction(save)
        menu.exec(self.canvas.mapToGlobal(position))

    def save_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save {title} chart").format(title=QCoreApplication.translate("Charts", self.spec.title)),
            f"{self.spec.key}.png",
            self.tr("PNG image (*.png);;SVG image (*.svg)"),
        )
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        from evaluator.base.atomic import write_atomically

        suffix = ".svg" if path.lower().endswith(".svg") else ".png"
        write_atomically(path, lambda temp: self.figure.savefig(temp, format=suffix[1:], dpi=150))
