"""Printing a PDF that the program made (the question list, the checklist) on a printer
the user chose in the system's print dialog.

The PDF is made in memory and drawn page by page with PDFium (pypdfium2), so the printout
is the same as the saved file and no plain copy of patient data lands in a temporary file.
"""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP

# Pages are drawn as pictures at the printer's resolution, but at most at this one: a page
# at 1200 dpi would take half a gigabyte of memory and print no sharper on paper.
MAX_DPI = 300

NOT_A_PDF = QT_TRANSLATE_NOOP(
    "Errors", "The printout could not be prepared; please save it as a PDF and print that."
)
NO_PRINTER = QT_TRANSLATE_NOOP(
    "Errors",
    "The printer could not be started; check that it is switched on and try again, "
    "or save the PDF and print that.",
)


def open_pdf(data: bytes) -> pypdfium2.PdfDocument:
    """The PDF ``data`` as a PDFium document, read from memory. Raises UserError when it
    cannot be read."""
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        raise UserError(NOT_A_PDF) from None
    if len(document) == 0:
        document.close()
        raise UserError(NOT_A_PDF)
    return document


def _page_image(document: pypdfium2.PdfDocument, index: int, dpi: int) -> QImage:
    """Page ``index`` drawn at ``dpi`` on white, as a Qt image (a copy: it owns its pixels)."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72)
        try:
            picture = bitmap.to_pil().convert("RGB")
        finally:
            bitmap.close()
    finally:
        page.close()
    width, height = picture.size
    return QImage(picture.tobytes(), width, height, width * 3, QImage.Format.Format_RGB888).copy()


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF ``data`` on ``printer``; returns the number of pages.

    Each page is fitted to the paper the user chose (the PDF has margins of its own) and
    centred, keeping its proportions. Raises UserError when the PDF or the printer fails.
    """
    document = open_pdf(data)
    try:
        return _print_pages(document, printer)
    finally:
        document.close()


def _print_pages(document: pypdfium2.PdfDocument, printer: QPrinter) -> int:
    pages = len(document)
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(NO_PRINTER)
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for page in range(pages):
            if page and not printer.newPage():
                raise UserError(NO_PRINTER)
            image = _page_image(document, page, dpi)
            paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            paper.moveTo(0, 0)  # with the full page, the painter's origin is the paper's corner
            size = image.size().toSizeF().scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(paper.topLeft(), size)
            target.moveCenter(paper.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return pages
