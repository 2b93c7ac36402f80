"""A patient named in Chinese, Japanese, Korean, Arabic or Hebrew is shown in the window with
real letters: every glyph Qt lays out comes from a font that has it (none is a box)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

NAMES = ["王小明", "山田花子", "김민준", "محمد عبد الله", "דוד כהן"]


def boxes(text: str, font: QFont) -> list[str]:
    """The fonts that would draw a box (glyph 0, ".notdef") for some of ``text``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    bad = []
    for run in layout.glyphRuns():
        if 0 in run.glyphIndexes():
            bad.append(run.rawFont().familyName())
    layout.clearLayout()
    return bad


def test_the_app_font_finds_a_glyph_for_every_script(translators):
    font = QApplication.font()
    for name in NAMES:
        assert not boxes(name, font), name
    # The check bites: a private-use character has no glyph in any of our fonts.
    assert boxes("\ue000", font)


def _texts_showing(window: QWidget, name: str) -> list[tuple[str, QFont]]:
    shown = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit)) and name in widget.text():
            shown.append((widget.text(), widget.font()))
        if isinstance(widget, QComboBox):
            shown += [
                (widget.itemText(i), widget.font())
                for i in range(widget.count())
                if name in widget.itemText(i)
            ]
    return shown


@pytest.mark.parametrize("name", NAMES)
def test_a_patient_name_shows_without_boxes_in_the_window(make_window, asker, name):
    window = make_window()
    asker.texts.append(name)
    window.new_action.trigger()
    assert window.case.name == name
    shown = _texts_showing(window, name)
    assert shown, "the name is shown somewhere"
    for text, font in shown:
        assert not boxes(text, font), text
    assert name in window.windowTitle()
