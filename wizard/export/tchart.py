"""The T-chart PDF of step 8: what each doctor said, side by side, and the decision.

Landscape, so that two or three opinions fit beside each other in type that is readable
in print (11 points and more). A long cell wraps, and a row longer than a page goes on
on the next one, under the repeated header row. Below the chart: the advice of step 8's
rule (the same words as on screen) and the decision, with blanks to fill in by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wizard.export.fonts import BOLD, REGULAR, register_fonts
from wizard.export.pages import (
    LARGE_PRINT,
    Layout,
    Words,
    enlarged,
    footer_size,
    numbered_canvas,
    write_document,
)
from wizard.export.scripts import markup
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import CaseData, booking, comparison, evaluate, specialist, step_by_key
from wizard.plan.comparison import DIFFERS, DIFFERS_A_LOT, MATCHES, OPINION_LABELS, SAME, Row
from wizard.plan.fields import Kind, find_field
from wizard.plan.messages import Msg, Translate, no_translation

CONTEXT = "TChart"
TITLE = QT_TRANSLATE_NOOP("TChart", "Comparing the opinions (T-chart)")
# The title's hard word, explained where it first appears.
WHAT_IT_IS = QT_TRANSLATE_NOOP(
    "TChart",
    "A T-chart puts the opinions side by side, one column each, so you can see where they "
    "agree and where they differ.",
)
PAGE = landscape(A4)
MARGIN = 15 * mm
BLANK = "_" * 22
# The agreement column's colour: light enough to read black type on, and to photocopy.
SHADES = {SAME: "#dcefdc", DIFFERS: "#fbf1d6", DIFFERS_A_LOT: "#f6d5d1"}
NAME_WIDTH = 48 * mm
MATCH_WIDTH = 38 * mm
EMPTY_CELL = 14 * mm  # room to write by hand in an empty cell
PADDING, TOP_PADDING, BOTTOM_PADDING = 6, 5, 7
TOP_MARGIN, BOTTOM_MARGIN = 14 * mm, 20 * mm
SAFETY = 12  # points: the frame's own padding, and rounding
FRAME_HEIGHT = PAGE[1] - TOP_MARGIN - BOTTOM_MARGIN


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=12, leading=16)
    return {
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=20, leading=25),
        "meta": ParagraphStyle("meta", base, fontSize=12, leading=17),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=12, leading=16),
        "doctor": ParagraphStyle("doctor", base, fontSize=12, leading=15),
        "name": ParagraphStyle("name", base, fontName=BOLD),
        "cell": base,
        "match": base,
        "strong": ParagraphStyle("strong", base, fontName=BOLD),
        "section": ParagraphStyle(
            "section", base, fontName=BOLD, fontSize=14, leading=19, spaceBefore=12, spaceAfter=4
        ),
        "advice": ParagraphStyle("advice", base, fontSize=12, leading=17, leftIndent=5 * mm),
        "label": ParagraphStyle("label", base, fontName=BOLD, fontSize=12, leading=17),
        "value": ParagraphStyle(
            "value", base, fontSize=12, leading=17, leftIndent=5 * mm, spaceAfter=4
        ),
    }


def _text(text: str) -> str:
    """User text for a Paragraph: escaped, its own line breaks kept."""
    return markup(text.strip())


def _doctors(case: CaseData) -> dict[str, str]:
    """Who gave each opinion, where the case knows it: step 1's doctor, step 5's or 4's."""
    chosen = specialist.the_chosen(case)
    second = case.value(booking.STEP_KEY, "doctor") or (chosen.value("name") if chosen else "")
    return {"first": case.value("need", "first_doctor"), "second": second, "third": ""}


def build_story(
    case: CaseData,
    tr: Translate,
    printed_on: str,
    format_date: Callable[[str], str] | None = None,
    today: dt.date | None = None,
    *,
    large: bool = False,
) -> list[Flowable]:
    s = enlarged(_styles(), LARGE_PRINT if large else 1)
    fmt = format_date or str

    t = Words(CONTEXT, tr, fmt)

    def say(text: str, style: str, **params: object) -> Paragraph:
        return Paragraph(markup(t(text, **params)), s[style])

    story: list[Flowable] = [
        say(TITLE, "title"),
        Spacer(1, 2 * mm),
        say(QT_TRANSLATE_NOOP("TChart", "Patient: {name}"), "meta", name=case.name),
        say(QT_TRANSLATE_NOOP("TChart", "Printed on: {date}"), "meta", date=printed_on),
        Spacer(1, 3 * mm),
        say(WHAT_IT_IS, "meta"),
        Spacer(1, 5 * mm),
        _chart(case, s, t),
    ]
    step = step_by_key(comparison.STEP_KEY)
    warnings = evaluate(step, case, today).warnings
    if warnings:
        advice: list[Flowable] = [say(QT_TRANSLATE_NOOP("TChart", "Good to know"), "section")]
        advice += [Paragraph(markup("\u2022 " + w.render(tr, fmt)), s["advice"]) for w in warnings]
        story.append(KeepTogether(advice))
    story.append(KeepTogether(_decision(case, s, t, fmt)))
    return story


def _chart(case: CaseData, s: dict[str, ParagraphStyle], t: Words) -> Table:
    opinions = [o for o in comparison.OPINIONS if o != "third" or comparison.has_third(case)]
    doctors = _doctors(case)
    topic = t(QT_TRANSLATE_NOOP("TChart", "Topic"))
    head: list[object] = [Paragraph(markup(topic), s["head"])]
    for opinion in opinions:
        cell = [Paragraph(markup(t.plan(OPINION_LABELS[opinion])), s["head"])]
        if doctors[opinion].strip():
            cell.append(Paragraph(markup(doctors[opinion].strip()), s["doctor"]))
        head.append(cell)
    agree = find_field(comparison.LIST.fields, "match").label
    head.append(Paragraph(markup(t.plan(agree)), s["head"]))
    rows = [row for row in comparison.rows_of(case) if not row.own or _has_words(row)]
    # The first and last columns are at least as wide as their longest word (large print,
    # German compounds): a word is never broken inside.
    names = [topic, *(row.name if row.own else t.plan(row.name) for row in rows)]
    name_width = max(NAME_WIDTH, _widest_word(names, s["name"]) + 2 * PADDING)
    labels = [t.plan(choice.label) for choice in MATCHES]
    match_width = max(
        MATCH_WIDTH,
        _widest_word(labels, s["strong"]) + 2 * PADDING,
        _widest_word([t.plan(agree)], s["head"]) + 2 * PADDING,
    )
    width = PAGE[0] - 2 * MARGIN
    column = (width - name_width - match_width) / len(opinions)
    widths = [name_width, *([column] * len(opinions)), match_width]
    data: list[list[object]] = [head]
    # A cell's text goes on in a further table row only where it cannot fit on one page
    # under the header row; a shorter row moves to the next page whole.
    piece = FRAME_HEIGHT - _height(head, widths) - 2 * SAFETY
    grey = colors.HexColor("#666666")
    style: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.8, grey),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.6, grey),
        ("LINEBELOW", (0, 0), (-1, 0), 1.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    for row in rows:
        first = len(data)
        data += _row(row, opinions, widths, piece, s, t)
        last = len(data) - 1
        # A row cut into pieces reads as one: lines only around the whole of it.
        style.append(("LINEBELOW", (0, last), (-1, last), 0.6, grey))
        if row.match in SHADES:
            shade = colors.HexColor(SHADES[row.match])
            style.append(("BACKGROUND", (-1, first), (-1, last), shade))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _widest_word(texts: list[str], style: ParagraphStyle) -> float:
    words = [word for text in texts for word in text.split()]
    return max((stringWidth(word, style.fontName, style.fontSize) for word in words), default=0)


def _height(row: list[object], widths: list[float]) -> float:
    """The height of a table row of Paragraphs (or lists of them), with its padding."""
    tallest = 0.0
    for cell, width in zip(row, widths, strict=True):
        flowables: list[Flowable] = cell if isinstance(cell, list) else [cell]  # type: ignore[list-item]
        tallest = max(tallest, sum(f.wrap(width - 2 * PADDING, FRAME_HEIGHT)[1] for f in flowables))
    return tallest + TOP_PADDING + BOTTOM_PADDING


def _has_words(row: Row) -> bool:
    return bool(row.name.strip() or row.match or any(v.strip() for v in row.said.values()))


def _row(
    row: Row,
    opinions: list[str],
    widths: list[float],
    piece: float,
    s: dict[str, ParagraphStyle],
    t: Words,
) -> list[list[object]]:
    """One row of the chart as table rows: a text longer than a page goes on in further
    table rows (at most ``piece`` high each), under the repeated header row."""
    if row.own:
        name = row.name.strip() or t(QT_TRANSLATE_NOOP("TChart", "(a row without a name)"))
    else:
        name = t.plan(row.name)
    cells: list[list[Flowable]] = []
    for opinion, width in zip(opinions, widths[1:-1], strict=True):
        said = row.said.get(opinion, "")
        if said.strip():
            paragraph = Paragraph(_text(said), s["cell"])
            cells.append(_pieces(paragraph, width - 2 * PADDING, piece))
        else:
            cells.append([Spacer(1, EMPTY_CELL)])  # room to write in by hand
    words = next((c.label for c in MATCHES if c.key == row.match), "")
    style = s["strong"] if row.match == DIFFERS_A_LOT else s["match"]
    match = Paragraph(markup(t.plan(words)), style) if words else ""
    rows: list[list[object]] = []
    for index in range(max(len(pieces) for pieces in cells)):
        if index == 0:
            label = Paragraph(markup(name), s["name"])
        else:
            more = t(QT_TRANSLATE_NOOP("TChart", "{name} (continued)"), name=name)
            label = Paragraph(markup(more), s["cell"])
        texts = [pieces[index] if index < len(pieces) else "" for pieces in cells]
        rows.append([label, *texts, match if index == 0 else ""])
    return rows


def _pieces(paragraph: Paragraph, width: float, most: float) -> list[Flowable]:
    """``paragraph`` cut into pieces at most ``most`` points high."""
    pieces: list[Flowable] = []
    rest: Flowable = paragraph
    while True:
        _, height = rest.wrap(width, most)
        if height <= most:
            return [*pieces, rest]
        parts = rest.split(width, most)
        if len(parts) < 2:
            return [*pieces, rest]
        pieces.append(parts[0])
        rest = parts[1]


def _decision(
    case: CaseData,
    s: dict[str, ParagraphStyle],
    t: Words,
    format_date: Callable[[str], str],
) -> list[Flowable]:
    """The decision's facts under their on-screen labels; blanks where nothing is written."""
    block: list[Flowable] = [
        Paragraph(markup(t(QT_TRANSLATE_NOOP("TChart", "Your decision"))), s["section"])
    ]
    for field in comparison.DECISION:
        value = case.value(comparison.STEP_KEY, field.key)
        if field.kind is Kind.DATE:
            shown = markup(format_date(value)) if value else BLANK
        else:
            shown = _text(value) if value.strip() else f"{BLANK}{BLANK}<br/>{BLANK}{BLANK}"
        block += [
            Paragraph(markup(t.plan(field.label)), s["label"]),
            Paragraph(shown, s["value"]),
        ]
    return block


def write_tchart_pdf(
    case: CaseData,
    out: Path | BinaryIO,
    tr: Translate | None = None,
    printed_on: str = "",
    format_date: Callable[[str], str] | None = None,
    *,
    large: bool = False,
) -> None:
    """Write the T-chart of ``case`` to ``out`` (a file, written atomically, or a stream:
    printing makes it in memory), in the language of ``tr``; ``large``: in large print."""
    tr = tr or no_translation
    register_fonts()
    footer = Msg(
        QT_TRANSLATE_NOOP("TChart", "{name} \u00b7 printed {date} \u00b7 page {page} of {pages}"),
        context=CONTEXT,
    )
    title = Msg(TITLE, context=CONTEXT).render(tr)
    story = build_story(case, tr, printed_on, format_date, large=large)

    write_document(
        out,
        lambda: list(story),
        title=title,
        author=case.name,
        canvas=numbered_canvas(footer, case.name, printed_on, tr, footer_size(large)),
        layout=Layout(PAGE, MARGIN, MARGIN, TOP_MARGIN, BOTTOM_MARGIN),
    )
