"""The checklist PDF: all nine steps with why, how (ticked or not), done-when and verdict."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from wizard.export.checklist_facts import TICKED, step_facts
from wizard.export.fonts import BOLD, REGULAR, register_fonts
from wizard.export.pages import (
    LARGE_PRINT,
    enlarged,
    footer_size,
    numbered_canvas,
    write_document,
)
from wizard.export.scripts import markup
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import STEPS, CaseData, Status, evaluate, progress
from wizard.plan.messages import Msg, Translate, no_translation

CONTEXT = "Checklist"
UNTICKED = "\u2610"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=12, leading=16, alignment=TA_LEFT)
    return {
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=20, leading=25),
        "meta": ParagraphStyle("meta", base, fontSize=12, leading=17),
        "step": ParagraphStyle(
            "step", base, fontName=BOLD, fontSize=14, leading=19, spaceBefore=10, spaceAfter=3
        ),
        "label": ParagraphStyle("label", base, fontName=BOLD, spaceBefore=4),
        "body": base,
        "item": ParagraphStyle("item", base, leftIndent=7 * mm, firstLineIndent=-7 * mm),
        "tip": ParagraphStyle("tip", base, leftIndent=4 * mm),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def _lines(text: str, style: ParagraphStyle) -> Paragraph:
    """Text with line breaks of its own (the notes of a visit) kept."""
    return Paragraph(markup(text), style)


def build_story(
    case: CaseData,
    tr: Translate,
    printed_on: str,
    format_date: Callable[[str], str] | None = None,
    format_amount: Callable[[str], str] | None = None,
    *,
    large: bool = False,
) -> list:
    s = enlarged(_styles(), LARGE_PRINT if large else 1)
    if large:
        for key in ("step", "label"):
            s[key].keepWithNext = True
    today = dt.date.today()

    def t(text: str, **params: object) -> str:
        return Msg(text, params, context=CONTEXT).render(tr)

    done, total = progress(case, today)
    story: list = [
        _p(t(QT_TRANSLATE_NOOP("Checklist", "Second opinion checklist")), s["title"]),
        Spacer(1, 3 * mm),
        _p(t(QT_TRANSLATE_NOOP("Checklist", "Patient: {name}"), name=case.name), s["meta"]),
        _p(t(QT_TRANSLATE_NOOP("Checklist", "Printed on: {date}"), date=printed_on), s["meta"]),
        _p(
            t(
                QT_TRANSLATE_NOOP("Checklist", "Progress: {done} of {total} steps done"),
                done=done,
                total=total,
            ),
            s["meta"],
        ),
        Spacer(1, 4 * mm),
    ]
    for step in STEPS:
        verdict = evaluate(step, case, today)
        block: list = [
            _p(
                t(
                    QT_TRANSLATE_NOOP("Checklist", "Step {number}: {title}"),
                    number=step.number,
                    title=Msg(step.title),
                ),
                s["step"],
            ),
            _p(t(QT_TRANSLATE_NOOP("Checklist", "Why it matters")), s["label"]),
            _p(Msg(step.why).render(tr), s["body"]),
            _p(t(QT_TRANSLATE_NOOP("Checklist", "What to do")), s["label"]),
        ]
        for item in step.how:
            mark = TICKED if case.is_ticked(step.key, item.key) else UNTICKED
            block.append(_p(f"{mark}  {Msg(item.text).render(tr)}", s["item"]))
        facts = step_facts(step, case, tr, format_date or str, today, format_amount or str)
        if facts:
            block.append(_p(t(QT_TRANSLATE_NOOP("Checklist", "What you wrote down")), s["label"]))
            block += [_lines(fact, s["item"]) for fact in facts]
        block += [
            _p(t(QT_TRANSLATE_NOOP("Checklist", "Done when")), s["label"]),
            _p(Msg(step.done_when).render(tr), s["body"]),
            _verdict_table(verdict.status, verdict.summary(format_date).render(tr), s),
        ]
        # A step in large print nearly fills a page: kept whole, it would leave pages
        # half empty. Its headings stay with what follows them, its verdict with its rule.
        story += [*block[:-3], KeepTogether(block[-3:])] if large else [KeepTogether(block)]
        if step.tips:
            tips = [_p(t(QT_TRANSLATE_NOOP("Checklist", "Good to know")), s["label"])]
            tips += [_p("\u2022 " + Msg(tip).render(tr), s["tip"]) for tip in step.tips]
            story.append(KeepTogether(tips))
    return story


def _verdict_table(status: Status, text: str, s: dict[str, ParagraphStyle]) -> Table:
    colour = {
        Status.DONE: "#d8f0dc",
        Status.DONE_OWN_WORD: "#dde8f7",
    }.get(status, "#fbf1d6")
    table = Table([[Paragraph(markup(text), s["label"])]], colWidths=[170 * mm])
    table.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(colour)),
            ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
    )
    return table


def write_checklist_pdf(
    case: CaseData,
    out: Path | BinaryIO,
    tr: Translate | None = None,
    printed_on: str = "",
    format_date: Callable[[str], str] | None = None,
    format_amount: Callable[[str], str] | None = None,
    *,
    large: bool = False,
) -> None:
    """Write the checklist of ``case`` to ``out`` atomically, in the language of ``tr``
    (``format_date`` and ``format_amount`` write dates and sums of money as it does);
    ``large``: in large print.

    ``out`` may also be a binary stream (to print from memory); it is written as it is.
    """
    tr = tr or no_translation
    register_fonts()
    footer = Msg(
        QT_TRANSLATE_NOOP(
            "Checklist", "{name} \u00b7 printed {date} \u00b7 page {page} of {pages}"
        ),
        context=CONTEXT,
    )
    title = Msg(QT_TRANSLATE_NOOP("Checklist", "Second opinion checklist"), context=CONTEXT).render(
        tr
    )

    write_document(
        out,
        lambda: build_story(case, tr, printed_on, format_date, format_amount, large=large),
        title=title,
        author=case.name,
        canvas=numbered_canvas(footer, case.name, printed_on, tr, footer_size(large)),
    )
