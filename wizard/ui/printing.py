"""Printing a PDF that the program made (the question list, the checklist) on a printer
the user chose in the system's print dialog.

The PDF is made in memory and drawn page by page with QtPdf, so the printout is the same
as the saved file and no plain copy of patient data lands in a temporary file.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
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


def open_pdf(data: bytes) -> QPdfDocument:
    """The PDF ``data`` as a QtPdf document, read from memory. Raises UserError when it
    cannot be read."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    # The document reads from the buffer as it needs: keep the buffer as long as it.
    buffer.setParent(document)
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        document.statusChanged.connect(lambda _status: loop.quit())
        while document.status() == QPdfDocument.Status.Loading:
            loop.exec()
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise UserError(NOT_A_PDF)
    return document


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF ``data`` on ``printer``; returns the number of pages.

    Each page is fitted to the paper the user chose (the PDF has margins of its own) and
    centred, keeping its proportions. Raises UserError when the PDF or the printer fails.
    """
    document = open_pdf(data)
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(NO_PRINTER)
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for page in range(document.pageCount()):
            if page and not printer.newPage():
                raise UserError(NO_PRINTER)
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            paper.moveTo(0, 0)  # with the full page, the painter's origin is the paper's corner
            size = image.size().toSizeF().scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(paper.topLeft(), size)
            target.moveCenter(paper.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return document.pageCount()
