"""The Unicode fonts shipped in wizard/resources/fonts, registered once with reportlab.

DejaVu Sans draws Latin, Greek, Cyrillic, Arabic and Hebrew; Droid Sans Fallback
draws Chinese, Japanese and Korean (wizard/export/scripts.py picks one per run).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wizard.paths import FALLBACK_FONT_FILE, resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "DroidSansFallback"


@lru_cache(maxsize=1)
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)


@lru_cache(maxsize=1)
def register_fallback() -> None:
    """The CJK font, read only for a printout that needs it (reading it takes 0.15 s)."""
    pdfmetrics.registerFont(TTFont(FALLBACK, str(resource_path("fonts", FALLBACK_FONT_FILE))))
    # It has no bold: a bold name in Chinese is drawn in its one weight.
    pdfmetrics.registerFontFamily(
        FALLBACK, normal=FALLBACK, bold=FALLBACK, italic=FALLBACK, boldItalic=FALLBACK
    )


def has_glyph(font: str, char: str) -> bool:
    """True when the font ``font`` (one of ours) can draw ``char``."""
    register_fonts()
    if font == FALLBACK:
        register_fallback()
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph
