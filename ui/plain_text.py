"""Workbook text in the window is shown as text, never as markup (issue 9.9).

Qt guesses: a message box, a label or a tooltip whose text *might be rich text* (``Qt::mightBeRichText``: a tag
early on) is rendered as HTML. A header unit ``<a href=…>Click here to repair</a>`` then became a clickable link
in the app's own dialog. Every box, label and tooltip that can show a file name, a cell, a name or an error
sentence goes through this module:

- :func:`message_box` / :func:`warn` / :func:`inform`: a ``QMessageBox`` with ``Qt.PlainText`` (the static
  ``QMessageBox.warning`` cannot be told); every box is shown through ``QMessageBox.exec``, the one seam the tests
  and the self-test record;
- :func:`plain_label`: a ``QLabel`` with ``Qt.PlainText``;
- :func:`plain_tooltip`: tooltips have no text-format switch, so the text is escaped into a rich-text tooltip that
  reads exactly as written (whitespace and line breaks kept);
- :func:`menu_text`: ``&`` in an action's text is a mnemonic marker (``R&D.xlsx`` showed as "RD").
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Icon = QMessageBox.Icon


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, *, informative: str = ""
) -> QMessageBox:
    """A box showing ``text`` (and ``informative``) as plain text, not yet shown: add buttons, then ``exec()``."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
        for label in box.findChildren(QLabel, "qt_msgbox_informativelabel"):
            label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, Icon.Warning, title, text).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, Icon.Information, title, text).exec()


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it verbatim: escaped HTML, white space and line breaks preserved."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def menu_text(text: str) -> str:
    """``text`` for a menu or action, with each ``&`` doubled so that none becomes a mnemonic."""
    return text.replace("&", "&&")
