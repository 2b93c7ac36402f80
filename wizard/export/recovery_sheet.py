"""The recovery-key sheet: one printed page with the recovery key and what it is for.

The sheet holds a secret, so the window and the command line write it only where the
user asks (never into the data folder) and print it from memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from wizard.export.fonts import BOLD, REGULAR, register_fonts
from wizard.export.pages import Words, write_document
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.messages import Translate

CONTEXT = "RecoverySheet"
TITLE = QT_TRANSLATE_NOOP("RecoverySheet", "Second Opinion Planner: your recovery key")
MADE = QT_TRANSLATE_NOOP("RecoverySheet", "Made on {date}.")
WHAT_FOR = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    "This key opens your data in Second Opinion Planner if you forget your passphrase, or if "
    "the computer's keyring loses the key. Type it where the program asks for the passphrase.",
)
KEEP = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    "Keep this sheet in a safe place away from the computer, with your other important "
    "papers. Anyone who has this key and your computer can open your data.",
)
REPLACED = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    "If you make a new recovery key, this one stops working: then destroy this sheet.",
)
BOTH_LOST = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    "Without the passphrase and without this key, no one can open your data, not even the "
    "makers of the program.",
)


def _story(code: str, words: Words, made_on: str) -> list[Flowable]:
    register_fonts()
    title = ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=23, spaceAfter=4 * mm)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=12, leading=16, spaceAfter=3 * mm)
    key_style = ParagraphStyle(
        "key", fontName=BOLD, fontSize=22, leading=28, alignment=TA_CENTER, textColor=colors.black
    )
    # One cell per group, so a group is never split across lines: easier to read aloud,
    # and to type back group by group.
    groups: list[Flowable | str] = [
        Paragraph(escape(group), key_style) for group in code.split("-")
    ]
    groups += [""] * (-len(groups) % 4)
    rows = [groups[i : i + 4] for i in range(0, len(groups), 4)]
    box = Table(rows, colWidths=[170 * mm / 4] * 4)
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
            ]
        )
    )
    return [
        Paragraph(escape(words(TITLE)), title),
        Paragraph(escape(words(MADE, date=made_on)), body),
        Spacer(1, 4 * mm),
        box,
        Spacer(1, 8 * mm),
        *(Paragraph(escape(words(text)), body) for text in (WHAT_FOR, KEEP, REPLACED, BOTH_LOST)),
    ]


def write_recovery_sheet(code: str, out: Path | BinaryIO, tr: Translate, made_on: str) -> None:
    """The sheet for ``code`` as a PDF in ``out`` (a file, written atomically, or a stream
    to print from), in the language of ``tr``."""
    words = Words(CONTEXT, tr)
    write_document(
        out,
        lambda: _story(code, words, made_on),
        title=words(TITLE),
        author="Second Opinion Planner",
        canvas=Canvas,
    )
