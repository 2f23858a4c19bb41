"""Cell painters for the ranked table: score bars, and coloured rank-movement arrows."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models import MoveRole, ScoreRole

# Colour-blind-safe pair (Okabe–Ito blue / orange), as in the charts; the arrow shape carries the meaning too.
UP = QColor("#0072B2")
DOWN = QColor("#D55E00")
BAR = QColor(86, 180, 233, 110)  # Okabe–Ito sky blue, translucent so selection and text stay readable


class ScoreBarDelegate(QStyledItemDelegate):
    """Paints a bar proportional to the 0–100 score behind the number."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        value = index.data(ScoreRole)
        if not isinstance(value, float) or math.isnan(value):
            super().paint(painter, option, index)
            return
        fraction = min(max(value, 0.0), 100.0) / 100.0
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if not selected:  # bar under the text
            rect = QRect(option.rect).adjusted(2, 3, -2, -3)
            rect.setWidth(round(rect.width() * fraction))
            painter.fillRect(rect, BAR)
        super().paint(painter, option, index)
        if selected:  # on the highlight, a thin bar along the bottom keeps the value visible
            rect = QRect(option.rect).adjusted(2, option.rect.height() - 5, -2, -2)
            rect.setWidth(round(rect.width() * fraction))
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.HighlightedText))


class RankDelegate(QStyledItemDelegate):
    """Colours the ▲/▼ movement text."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        move = index.data(MoveRole) or 0
        if move:
            option.palette.setColor(QPalette.ColorRole.Text, UP if move > 0 else DOWN)
            option.palette.setColor(
                QPalette.ColorRole.HighlightedText, UP.lighter(160) if move > 0 else DOWN.lighter(140)
            )
            option.font.setBold(True)
