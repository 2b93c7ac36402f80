"""Colours that can be read: WCAG contrast ratios, the high-contrast palette, and a fix for
system palettes whose selected text is too faint.

WCAG 2.x level AA asks for a contrast ratio of at least 4.5:1 between text and its
background; the ratio comes from the colours' relative luminance.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA_RATIO = 4.5

Role = QPalette.ColorRole

# The palette's text colours and the background each is drawn on.
TEXT_PAIRS: tuple[tuple[Role, Role], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
)

# Black on white, with a dark blue for what is selected and for links: the plainest scheme
# there is, and one that keeps the app's red and grey messages readable.
HIGH_CONTRAST: dict[Role, str] = {
    Role.Window: "#ffffff",
    Role.WindowText: "#000000",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f0f0f0",
    Role.Text: "#000000",
    Role.Button: "#ffffff",
    Role.ButtonText: "#000000",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#00137f",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#000000",
    Role.PlaceholderText: "#4d4d4d",
    Role.Link: "#00137f",
    Role.LinkVisited: "#4b0f7f",
    # The lines that fusion draws frames and edges with.
    Role.Light: "#ffffff",
    Role.Midlight: "#d0d0d0",
    Role.Mid: "#000000",
    Role.Dark: "#000000",
    Role.Shadow: "#000000",
}
# Greyed-out controls stay readable too (WCAG does not ask it; poor eyes do).
HIGH_CONTRAST_DISABLED = "#595959"


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour (0 for black, 1 for white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black and white)."""
    lighter, darker = sorted((luminance(QColor(first)), luminance(QColor(second))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in HIGH_CONTRAST.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(HIGH_CONTRAST_DISABLED))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Highlight, QColor("#595959"))
    return palette


def readable(palette: QPalette) -> QPalette:
    """The palette with every text-on-background pair that falls short of 4.5:1 mended.

    The selection's background is moved away from its text (fusion's light blue under
    white text is 3.7:1); elsewhere the text colour is moved away from its background
    (fusion's magenta for visited links), as the window and base colours are shared by
    much else. Step by step, so a theme keeps its hues.
    """
    mended = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text_role, back_role in TEXT_PAIRS:
            text = mended.color(group, text_role)
            back = mended.color(group, back_role)
            if back_role == Role.Highlight:
                mended.setColor(group, back_role, _away(back, text))
            else:
                mended.setColor(group, text_role, _away(text, back))
    return mended


def _away(colour: QColor, other: QColor) -> QColor:
    """``colour``, made darker or lighter (away from ``other``) until the two reach 4.5:1."""
    darken = luminance(colour) <= luminance(other)
    for _ in range(60):
        if contrast_ratio(colour, other) >= AA_RATIO:
            break
        colour = colour.darker(108) if darken else colour.lighter(108)
    return colour
