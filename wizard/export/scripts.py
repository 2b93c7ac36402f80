"""Text in any script for reportlab: right-to-left words in order, and a font per run.

reportlab draws characters one after another from left to right with the font it is
given, and shows a box for a character the font lacks. Names and notes may be in Chinese,
Japanese, Korean, Arabic or Hebrew, so before user text goes into a printout:

- Arabic letters are joined (``arabic_reshaper`` turns them into their presentation
  forms, using only ligatures our font has) and every right-to-left run is put in the
  order it is seen (``python-bidi``, the Unicode bidirectional algorithm, per line);
- the text is cut into runs by font: DejaVu Sans where it has the character (Latin,
  Greek, Cyrillic, Arabic, Hebrew), else the shipped Droid Sans Fallback (Chinese,
  Japanese, Korean). A character neither has stays in DejaVu, where it shows as a box.

A long right-to-left paragraph that wraps keeps its words in order within each line,
but its lines are filled from the left; names and short notes are what this is for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from xml.sax.saxutils import escape

from wizard.export.fonts import FALLBACK, REGULAR, has_glyph

# Hebrew, Arabic, Syriac, Thaana, NKo... and the presentation forms: right to left.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def needs_care(text: str) -> bool:
    """True when ``text`` has a right-to-left letter or one our main font lacks."""
    if _RTL.search(text):
        return True
    return any(not has_glyph(REGULAR, ch) for ch in text if ord(ch) > 0x7F)


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    # Only the ligatures DejaVu Sans can draw; the rest stay as joined single letters.
    config = {
        name.lower(): all(has_glyph(REGULAR, ch) for form in forms for ch in form)
        for name, (_, forms) in arabic_reshaper.ligatures.LIGATURES
    }
    return arabic_reshaper.ArabicReshaper(configuration=config)


def visual_line(line: str) -> str:
    """One line as it is seen: Arabic joined, right-to-left runs reversed in place."""
    if not _RTL.search(line):
        return line
    from bidi.algorithm import get_display

    if _ARABIC.search(line):
        line = _reshaper().reshape(line)
    # The printout reads left to right; a line that starts in Arabic still keeps our
    # labels and punctuation where a reader of the other words expects them.
    return str(get_display(line, base_dir="L"))


def font_runs(text: str, font: str = REGULAR) -> Iterator[tuple[str, str]]:
    """(font name, characters) runs of one visual line; ``font`` is the main font."""
    run: list[str] = []
    current = font
    for ch in text:
        wanted = font
        if ord(ch) > 0x7F and not has_glyph(font, ch) and has_glyph(FALLBACK, ch):
            wanted = FALLBACK
        if wanted != current and run:
            yield current, "".join(run)
            run = []
        current = wanted
        run.append(ch)
    if run:
        yield current, "".join(run)


def markup(text: str) -> str:
    """``text`` as Paragraph markup: escaped, in visual order, a font per run.

    Line breaks of the text become ``<br/>``.
    """
    if text.isascii():
        return "<br/>".join(escape(line) for line in text.splitlines())
    lines = []
    for line in text.splitlines():
        shown = visual_line(line)
        parts = []
        for font, chars in font_runs(shown):
            if font == FALLBACK:
                parts.append(f'<font name="{FALLBACK}">{escape(chars)}</font>')
            else:
                parts.append(escape(chars))
        lines.append("".join(parts))
    return "<br/>".join(lines)


def draw_centred(
    canvas, x: float, y: float, text: str, font: str, size: float, room: float
) -> None:
    """``canvas.drawCentredString`` for text in any script (the footer's name), smaller
    than ``size`` where that is what keeps it within ``room`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = list(font_runs(visual_line(text), font))
    widths = [stringWidth(chars, name, size) for name, chars in runs]
    scale = min(1.0, room / max(1.0, sum(widths)))
    left = x - sum(widths) * scale / 2
    for (name, chars), width in zip(runs, widths, strict=True):
        canvas.setFont(name, size * scale)
        canvas.drawString(left, y, chars)
        left += width * scale
