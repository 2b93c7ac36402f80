"""Fonts and the calm, readable look of the app."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from wizard.paths import fonts_dir

MIN_POINT_SIZE = 11

# The focus is always visible: the control that has it gets a dark blue outline (contrast
# above 3:1 on white and on the cards). A control keeps an outline of the same width when it
# has no focus, so nothing moves as the focus does.
STYLE = """
QLabel[role="heading"] { margin-top: 10px; }
QLabel[role="subheading"] { margin-top: 8px; }
QLabel[role="muted"] { color: #444444; }
QLabel[role="problem"] { color: #9b1c1c; }
QFrame[verdict="done"] { background: #d8f0dc; border: 1px solid #5c9a66; border-radius: 6px; }
QFrame[verdict="own_word"] { background: #dde8f7; border: 1px solid #5b7fb5; border-radius: 6px; }
QFrame[verdict="open"] { background: #fbf1d6; border: 1px solid #b8963a; border-radius: 6px; }
QFrame[role="card"] { background: #f4f6f8; border: 1px solid #c8ced6; border-radius: 6px; }
QPushButton {
    padding: 6px 14px; border: 1px solid #8d939a; border-radius: 5px; background: #f6f7f8;
}
QPushButton:hover { background: #e8eef5; }
QPushButton:pressed { background: #d6dee8; }
QPushButton:disabled { color: #6e6e6e; border-color: #c3c7cc; background: #f0f0f0; }
QPushButton:focus { padding: 5px 13px; border: 2px solid #1a5fb4; background: #e8f0fb; }
QLabel[role="title"] { border: 2px solid transparent; border-radius: 4px; }
QLabel[role="title"]:focus { border-color: #1a5fb4; }
QCheckBox { border: 2px solid transparent; border-radius: 4px; }
QCheckBox:focus { border-color: #1a5fb4; }
QLineEdit, QPlainTextEdit, QTextEdit {
    border: 1px solid #8d939a; border-radius: 4px; padding: 1px; background: white;
}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid #1a5fb4; padding: 0px; }
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled { background: #f0f0f0; }
QListWidget, QTreeWidget, QTableView { border: 2px solid #c4c8cd; }
QListWidget:focus, QTreeWidget:focus, QTableView:focus { border-color: #1a5fb4; }
QListWidget::item { padding: 6px 4px; }
"""


def install_look(app: QApplication) -> None:
    """Register the shipped DejaVu fonts (so text never shows as boxes) and the style.

    The user's own font size is kept, with a floor so text stays readable.
    Installing twice does nothing (a new style sheet re-polishes every widget).
    """
    if app.property("second-opinion-look"):
        return
    app.setProperty("second-opinion-look", True)
    family = None
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    font = QFont(app.font())
    if family:
        font.setFamily(family)
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE)


ROLE_FONT = {"title": (1.5, True), "heading": (1.15, True), "subheading": (1.0, True)}


def set_role(widget, role: str) -> None:
    """Give a widget a role from the style; titles and headings scale with the user's font."""
    widget.setProperty("role", role)
    if role in ROLE_FONT:
        scale, bold = ROLE_FONT[role]
        font = QFont(widget.font())
        font.setPointSizeF(QApplication.font().pointSizeF() * scale)
        font.setBold(bold)
        widget.setFont(font)
