"""Fonts and the calm, readable look of the app: the user's text size, and a high-contrast
choice, both applied to the running app at once."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from wizard.paths import FALLBACK_FONT_FILE, resource_path
from wizard.ui.contrast import high_contrast_palette, readable

MIN_POINT_SIZE = 11

# Titles and headings, as a multiple of the body text's size.
ROLE_SCALE = {"title": 1.5, "heading": 1.15, "subheading": 1.0}

# Each colour of the style sheet is written with its background (or its text colour) in
# the same rule, or falls on the palette's window colour: tests/ui/test_contrast.py reads
# these rules and checks every pair.
NORMAL_COLOURS = """
QLabel[role="muted"] { color: #444444; }
QLabel[role="problem"] { color: #9b1c1c; }
QFrame[verdict="done"] { background: #d8f0dc; border: 1px solid #5c9a66; border-radius: 6px; }
QFrame[verdict="own_word"] { background: #dde8f7; border: 1px solid #5b7fb5; border-radius: 6px; }
QFrame[verdict="open"] { background: #fbf1d6; border: 1px solid #b8963a; border-radius: 6px; }
QFrame[role="warning"] { background: #fdf0e0; border: 1px solid #b06a1c; border-radius: 6px; }
QFrame[role="card"] { background: #f4f6f8; border: 1px solid #c8ced6; border-radius: 6px; }
QPushButton { border: 1px solid #8d939a; border-radius: 5px; background: #f6f7f8;
  color: #000000; }
QPushButton:hover { background: #e8eef5; color: #000000; }
QPushButton:pressed { background: #d6dee8; color: #000000; }
QPushButton:disabled { color: #595959; border-color: #c3c7cc; background: #f0f0f0; }
QPushButton:focus { border: 2px solid #1a5fb4; background: #e8f0fb; color: #000000; }
QLabel[role="title"] { border: 2px solid transparent; border-radius: 4px; }
QLabel[role="title"]:focus { border-color: #1a5fb4; }
QCheckBox { border: 2px solid transparent; border-radius: 4px; }
QCheckBox:focus { border-color: #1a5fb4; }
QLineEdit, QPlainTextEdit, QTextEdit {
    border: 1px solid #8d939a; border-radius: 4px; padding: 1px; background: #ffffff;
    color: #000000; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid #1a5fb4; padding: 0px; }
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled { background: #f0f0f0;
    color: #595959; }
QListWidget, QTreeWidget, QTableView { border: 2px solid #c4c8cd; }
QListWidget:focus, QTreeWidget:focus, QTableView:focus { border-color: #1a5fb4; }
"""

# Black on white, thick dark edges, and a focus that cannot be missed.
HIGH_CONTRAST_COLOURS = """
QLabel[role="muted"] { color: #000000; }
QLabel[role="problem"] { color: #8b0000; }
QFrame[verdict="done"] { background: #ffffff; color: #000000; border: 3px solid #006400; }
QFrame[verdict="own_word"] { background: #ffffff; color: #000000; border: 3px solid #00137f; }
QFrame[verdict="open"] { background: #ffffff; color: #000000; border: 3px dashed #000000; }
QFrame[role="card"] { background: #ffffff; color: #000000; border: 2px solid #000000; }
QPushButton { background: #ffffff; color: #000000; border: 2px solid #000000;
  border-radius: 4px; }
QPushButton:focus { background: #dfe4ff; color: #000000; border: 3px solid #00137f; }
QPushButton:disabled { background: #ffffff; color: #595959; border: 2px solid #595959; }
QCheckBox::indicator { background: #ffffff; border: 2px solid #000000; padding: 2px;
  background-clip: content; }
QCheckBox::indicator:focus { border: 2px solid #00137f; background: #dfe4ff; }
QCheckBox::indicator:checked { background: #00137f; }
QCheckBox::indicator:disabled { border: 2px solid #595959; }
QLineEdit, QPlainTextEdit, QTextEdit, QListWidget, QTreeView, QTableView {
  border: 1px solid #000000; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListWidget:focus, QTreeView:focus,
QTableView:focus { border: 2px solid #00137f; }
QLabel[role="title"] { border: 2px solid transparent; border-radius: 4px; }
QLabel[role="title"]:focus { border: 2px solid #00137f; }
QCheckBox { border: 2px solid transparent; border-radius: 4px; }
QCheckBox:focus { border: 2px solid #00137f; }
"""

_LAYOUT = """
QLabel[role="heading"] {{ margin-top: 10px; }}
QLabel[role="subheading"] {{ margin-top: 8px; }}
QPushButton {{ padding: {button_v}px {button_h}px; }}
QPushButton:focus {{ padding: {focus_v}px {focus_h}px; }}
QListWidget::item {{ padding: {item_v}px 4px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; }}
"""


def style_sheet(point_size: float, high_contrast: bool = False) -> str:
    """The app's style sheet for body text of ``point_size`` points.

    Titles and headings are sized here, from the body size, so they follow the text size
    when it changes (a font set on a widget by hand would not).
    """
    scale = point_size / MIN_POINT_SIZE
    sheet = _LAYOUT.format(
        button_v=round(6 * scale),
        button_h=round(14 * scale),
        # The focus outline is 1 px wider than the border: the padding gives it back.
        focus_v=round(6 * scale) - 1,
        focus_h=round(14 * scale) - 1,
        item_v=round(6 * scale),
        box=round(15 * scale),
    )
    for role, factor in ROLE_SCALE.items():
        sheet += (
            f'QLabel[role="{role}"] {{ font-size: {round(point_size * factor)}pt; '
            "font-weight: bold; }\n"
        )
    return sheet + (HIGH_CONTRAST_COLOURS if high_contrast else NORMAL_COLOURS)


def install_look(app: QApplication) -> None:
    """Register the shipped fonts (so text never shows as boxes) and the style.

    DejaVu Sans draws Latin, Greek, Cyrillic, Arabic and Hebrew (Qt joins and orders
    right-to-left text itself); Droid Sans Fallback draws Chinese, Japanese and Korean.

    The user's own font size is kept, with a floor so text stays readable; it is the 100%
    of the text size choice. Installing twice does nothing.
    """
    if app.property("second-opinion-look"):
        return
    app.setProperty("second-opinion-look", True)
    families: list[str] = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", FALLBACK_FONT_FILE):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families += [family for family in found if family not in families]
    font = QFont(app.font())
    if families:
        # DejaVu first; Chinese, Japanese and Korean from the fallback font.
        font.setFamilies(families)
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setProperty("second-opinion-base-size", font.pointSizeF())
    app.setProperty("second-opinion-system-palette", QPalette(app.palette()))
    apply_look(app, 100, False, font)


def apply_look(
    app: QApplication, percent: int, high_contrast_on: bool, font: QFont | None = None
) -> None:
    """Set the text size (percent of the user's own size) and the colours, live."""
    if font is None and (text_size(app), high_contrast(app)) == (percent, high_contrast_on):
        return  # re-polishing every widget for nothing takes a while
    base = float(app.property("second-opinion-base-size") or MIN_POINT_SIZE)
    font = QFont(font or app.font())
    font.setPointSizeF(base * percent / 100)
    system = app.property("second-opinion-system-palette")
    palette = high_contrast_palette() if high_contrast_on else readable(QPalette(system))
    app.setProperty("second-opinion-text-size", percent)
    app.setProperty("second-opinion-high-contrast", high_contrast_on)
    app.setPalette(palette)
    app.setFont(font)
    # A style sheet fixes each widget's font when it polishes it: set anew, it re-polishes
    # every widget with the new font and colours.
    app.setStyleSheet(style_sheet(font.pointSizeF(), high_contrast_on))


def text_size(app: QApplication) -> int:
    return int(app.property("second-opinion-text-size") or 100)


def high_contrast(app: QApplication) -> bool:
    return bool(app.property("second-opinion-high-contrast"))


def set_role(widget, role: str) -> None:
    """Give a widget a role from the style sheet (its colours; for titles and headings
    also their size)."""
    widget.setProperty("role", role)
