"""Page furniture shared by the printouts: a footer that says "page X of Y", and writing
a story of flowables out as a PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from wizard.atomic import write_atomic_with
from wizard.export.fonts import REGULAR
from wizard.export.scripts import draw_centred
from wizard.plan.messages import Msg, Translate

FOOTER_SIZE = 10
BODY_MIN = 12  # no text of a printout but its footer is smaller (points)
# Large print: body text of 12 points becomes 16, as in the large-print question list.
LARGE_PRINT = 16 / 12
LARGE_FOOTER_SIZE = 14


def enlarged(styles: dict[str, ParagraphStyle], factor: float) -> dict[str, ParagraphStyle]:
    """The same styles with type, line spacing, gaps and indents ``factor`` times larger."""
    if factor == 1:
        return styles
    grown = {}
    for key, style in styles.items():
        grown[key] = ParagraphStyle(
            f"{style.name}-large",
            style,
            fontSize=style.fontSize * factor,
            leading=style.leading * factor,
            spaceBefore=style.spaceBefore * factor,
            spaceAfter=style.spaceAfter * factor,
            leftIndent=style.leftIndent * factor,
            firstLineIndent=style.firstLineIndent * factor,
        )
    return grown


def footer_size(large: bool) -> float:
    return LARGE_FOOTER_SIZE if large else FOOTER_SIZE


def numbered_canvas(
    footer: Msg, name: str, date: str, tr: Translate, size: float = FOOTER_SIZE
) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each footer can say "page X of Y".

    The footer is centred on each page's own width (portrait or landscape) in ``size`` points.
    """
    short_name = name if len(name) <= 40 else name[:39] + "\u2026"

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, len(self._pages))
                super().showPage()
            super().save()

        def _draw_footer(self, page: int, pages: int) -> None:
            params = {"name": short_name, "date": date, "page": page, "pages": pages}
            text = Msg(footer.text, params, context=footer.context).render(tr)
            # Smaller rather than off the paper, for a long name in a long language.
            room = self._pagesize[0] - 30 * mm
            self.saveState()
            self.setFillColor(colors.HexColor("#444444"))
            draw_centred(self, self._pagesize[0] / 2, 10 * mm, text, REGULAR, size, room)
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class Layout:
    """A printout's paper and margins (points)."""

    pagesize: tuple[float, float] = A4
    left: float = 20 * mm
    right: float = 20 * mm
    top: float = 18 * mm
    bottom: float = 20 * mm


def write_document(
    out: Path | BinaryIO,
    story: Callable[[], list[Flowable]],
    *,
    title: str,
    author: str,
    canvas: type[Canvas],
    layout: Layout = Layout(),
) -> None:
    """Lay out ``story()`` on pages and write the PDF to ``out``: a file, written atomically
    (a temporary file, then renamed), or a stream (printing makes the PDF in memory)."""

    def write(target: Path | BinaryIO) -> None:
        doc = SimpleDocTemplate(
            str(target) if isinstance(target, Path) else target,
            pagesize=layout.pagesize,
            leftMargin=layout.left,
            rightMargin=layout.right,
            topMargin=layout.top,
            bottomMargin=layout.bottom,
            title=title,
            author=author,
            subject=title,
            creator="Second Opinion Planner",
        )
        doc.build(story(), canvasmaker=canvas)

    if isinstance(out, (str, Path)):
        write_atomic_with(Path(out), write)
    else:
        write(out)


class Words:
    """A printout's own sentences (in its translation ``context``) and the plan's words,
    both in the printout's language."""

    def __init__(
        self, context: str, tr: Translate, format_date: Callable[[str], str] = str
    ) -> None:
        self.context = context
        self.tr = tr
        self.format_date = format_date

    def __call__(self, text: str, **params: object) -> str:
        return Msg(text, params, context=self.context).render(self.tr, self.format_date)

    def plan(self, text: str) -> str:
        return Msg(text).render(self.tr)
