"""The index PDF of a records package: the documents folder by folder, then the scans."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from wizard.export.fonts import BOLD, REGULAR, register_fonts
from wizard.export.pages import numbered_canvas, write_document
from wizard.export.scripts import markup
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.messages import Msg, Translate

CONTEXT = "Package"


@dataclass(frozen=True)
class Document:
    folder: str
    name: str
    date: str
    description: str


@dataclass(frozen=True)
class Study:
    date: str
    modalities: str
    description: str
    series: int
    images: int


TITLE = QT_TRANSLATE_NOOP("Package", "Records for a second opinion")
FOOTER = QT_TRANSLATE_NOOP(
    "Package", "{name} \u00b7 put together {date} \u00b7 page {page} of {pages}"
)


def index_pdf(
    documents: list[Document], studies: list[Study], patient: str, made_on: str, tr: Translate
) -> bytes:
    """The index: the documents folder by folder, then the scans study by study."""
    register_fonts()

    def t(text: str, **params: object) -> str:
        return Msg(text, params, context=CONTEXT).render(tr)

    base = ParagraphStyle("base", fontName=REGULAR, fontSize=12, leading=16)
    title = ParagraphStyle("title", base, fontName=BOLD, fontSize=20, leading=25)
    heading = ParagraphStyle(
        "heading", base, fontName=BOLD, fontSize=14, leading=19, spaceBefore=12, spaceAfter=4
    )
    head = ParagraphStyle("head", base, fontName=BOLD)

    def p(text: str, style: ParagraphStyle = base) -> Paragraph:
        return Paragraph(markup(text), style)

    story: list = [
        p(t(TITLE), title),
        Spacer(1, 3 * mm),
        p(t(QT_TRANSLATE_NOOP("Package", "Patient: {name}"), name=patient)),
        p(t(QT_TRANSLATE_NOOP("Package", "Put together on: {date}"), date=made_on)),
        Spacer(1, 3 * mm),
        p(t(QT_TRANSLATE_NOOP("Package", "The records are sorted into folders by kind."))),
    ]
    if studies:
        viewer = QT_TRANSLATE_NOOP(
            "Package",
            "The scans are in the folder DICOM: open the file DICOMDIR with a DICOM viewer "
            "to see them.",
        )
        story.append(p(t(viewer)))
    if not documents and not studies:
        story.append(p(t(QT_TRANSLATE_NOOP("Package", "This package holds no records."))))
    by_folder: dict[str, list[Document]] = {}
    for document in documents:
        by_folder.setdefault(document.folder, []).append(document)
    columns = [
        t(QT_TRANSLATE_NOOP("Package", "File")),
        t(QT_TRANSLATE_NOOP("Package", "Date")),
        t(QT_TRANSLATE_NOOP("Package", "Description")),
    ]
    for folder, entries in by_folder.items():
        rows = [[p(c, head) for c in columns]]
        rows += [[p(e.name), p(e.date), p(e.description)] for e in entries]
        story.append(KeepTogether([p(folder, heading), _table(rows, [80, 38, 52])]))
    if studies:
        columns = [
            t(QT_TRANSLATE_NOOP("Package", "Date")),
            t(QT_TRANSLATE_NOOP("Package", "Kind")),
            t(QT_TRANSLATE_NOOP("Package", "Description")),
            t(QT_TRANSLATE_NOOP("Package", "Series")),
            t(QT_TRANSLATE_NOOP("Package", "Images")),
        ]
        rows = [[p(c, head) for c in columns]]
        rows += [
            [p(s.date), p(s.modalities), p(s.description), p(str(s.series)), p(str(s.images))]
            for s in studies
        ]
        scans = p(t(QT_TRANSLATE_NOOP("Package", "Scans (folder DICOM)")), heading)
        story += [scans, _table(rows, [36, 20, 68, 22, 24])]

    buffer = io.BytesIO()
    footer = Msg(FOOTER, context=CONTEXT)
    write_document(
        buffer,
        lambda: story,
        title=t(TITLE),
        author=patient,
        canvas=numbered_canvas(footer, patient, made_on, tr),
    )
    return buffer.getvalue()


def _table(rows: list[list[Paragraph]], widths_mm: list[int]) -> Table:
    table = Table(rows, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    return table
