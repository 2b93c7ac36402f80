"""Every text and its background meet WCAG AA (4.5:1): the palette's pairs, and the colour
pairs read from the app's own style sheet and from colours written in the UI's code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from wizard.ui.contrast import (
    AA_RATIO,
    TEXT_PAIRS,
    contrast_ratio,
    high_contrast_palette,
    readable,
)
from wizard.ui.look import style_sheet

UI_DIR = Path(__file__).resolve().parents[2] / "wizard" / "ui"
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def sheet_colours(sheet: str) -> tuple[list[tuple[str, str | None, str | None]], set[str]]:
    """Each rule's selector with its text colour and background (None where not set),
    and all backgrounds the sheet paints."""
    rules = []
    for selector, body in RULE.findall(sheet):
        if "::indicator" in selector:
            continue  # a check box's box: no text is written on it
        declarations = dict(
            (part.split(":", 1)[0].strip(), part.split(":", 1)[1].strip())
            for part in body.split(";")
            if ":" in part
        )
        colour = declarations.get("color")
        background = declarations.get("background") or declarations.get("background-color")
        if colour or background:
            rules.append((selector.strip(), colour, background))
    return rules, {back for _, _, back in rules if back}


def palettes() -> dict[str, QPalette]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    system = app.property("second-opinion-system-palette") or app.palette()
    return {"normal": readable(QPalette(system)), "high contrast": high_contrast_palette()}


def _pairs(mode: str, palette: QPalette) -> list[tuple[str, str, str]]:
    """(what, text colour, background) for everything the style sheet colours."""
    rules, backgrounds = sheet_colours(style_sheet(11, high_contrast=mode == "high contrast"))
    window = palette.color(QPalette.ColorRole.Window).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    pairs = []
    for selector, colour, background in rules:
        if colour and background:
            pairs.append((selector, colour, background))
        elif colour:
            # A coloured label may sit on the window or on any box the sheet paints.
            for back in {window, base, *backgrounds}:
                pairs.append((selector, colour, back))
        elif background:
            pairs.append((selector, text, background))
    return pairs


def test_the_sheets_are_read():
    """The parser finds the rules that matter, so the checks below are not empty."""
    for high in (False, True):
        rules, backgrounds = sheet_colours(style_sheet(11, high))
        selectors = {selector for selector, _, _ in rules}
        assert 'QLabel[role="muted"]' in selectors
        assert 'QFrame[verdict="open"]' in selectors
        assert len(backgrounds) >= (1 if high else 4)


@pytest.mark.parametrize("mode", ["normal", "high contrast"])
def test_palette_text_is_readable_on_its_background(qapp, mode):
    palette = palettes()[mode]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text_role, back_role in TEXT_PAIRS:
            ratio = contrast_ratio(palette.color(group, text_role), palette.color(group, back_role))
            assert ratio >= AA_RATIO, (mode, text_role, back_role, ratio)


def test_high_contrast_keeps_greyed_out_text_readable(qapp):
    palette = high_contrast_palette()
    disabled = QPalette.ColorGroup.Disabled
    for text_role, back_role in TEXT_PAIRS[:4]:
        text, back = palette.color(disabled, text_role), palette.color(disabled, back_role)
        assert contrast_ratio(text, back) >= AA_RATIO, text_role


@pytest.mark.parametrize("mode", ["normal", "high contrast"])
def test_style_sheet_colours_are_readable(qapp, mode):
    pairs = _pairs(mode, palettes()[mode])
    assert pairs
    failing = [(what, fg, bg, round(contrast_ratio(fg, bg), 2)) for what, fg, bg in pairs]
    assert [f for f in failing if f[3] < AA_RATIO] == []


def test_colours_written_in_the_code_are_readable(qapp):
    """A colour written anywhere else in the UI is text on the window or a list."""
    found = {}
    for path in UI_DIR.glob("*.py"):
        if path.name in ("look.py", "contrast.py"):
            continue
        for colour in HEX.findall(path.read_text("utf-8")):
            found[colour] = path.name
    assert found  # the caseload's and the dialogs' reds and greys
    for mode, palette in palettes().items():
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            back = palette.color(role)
            for colour, where in found.items():
                ratio = contrast_ratio(colour, back)
                assert ratio >= AA_RATIO, (mode, where, colour, back.name(), ratio)


def test_the_ratio_is_wcags():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#308cc6"), QColor("#ffffff")) < AA_RATIO


def test_a_faint_selection_is_darkened_until_readable(qapp):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    mended = readable(palette)
    highlight = mended.color(QPalette.ColorRole.Highlight)
    assert contrast_ratio(highlight, "#ffffff") >= AA_RATIO
    assert highlight.hue() == QColor("#308cc6").hue()  # still the theme's blue
