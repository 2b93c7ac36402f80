"""The question list PDF of step 6: the questions to take to the visit, with room for answers.

The starred questions come first under "Most important" (a word as well as a star, so the
mark survives a black-and-white copy), each question is followed by ruled lines to write
the answer on, and an answer already written down at the visit (step 7) is printed above
them. A question and its lines are kept on one page. The large-print version sets the
questions in 18 points and every other text in at least 16, with wider lines to write on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from wizard.export.fonts import BOLD, REGULAR, register_fonts
from wizard.export.pages import Layout, numbered_canvas, write_document
from wizard.export.scripts import markup
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import CaseData, booking, questions, specialist
from wizard.plan.case import Entry
from wizard.plan.fields import YES
from wizard.plan.messages import Msg, Translate, no_translation

CONTEXT = "QuestionList"
STAR = "\u2605"
TITLE = QT_TRANSLATE_NOOP("QuestionList", "Questions for the doctor")


@dataclass(frozen=True)
class Size:
    """Type sizes (points) and the room to write answers, for one version of the list."""

    title: float
    meta: float
    heading: float
    question: float
    answer: float
    lines: int  # ruled lines under a question without an answer
    gap: float  # between two ruled lines
    footer: float

    @property
    def leading(self) -> float:
        return round(self.question * 1.4)


REGULAR_PRINT = Size(
    title=20, meta=12, heading=15, question=13, answer=12, lines=4, gap=9 * mm, footer=10
)
# For poor eyesight: no text under 16 points but the footer, and wider lines to write on.
LARGE_PRINT = Size(
    title=28, meta=16, heading=21, question=18, answer=16, lines=4, gap=13 * mm, footer=14
)


class RuledLines(Flowable):
    """``count`` lines across the column, ``gap`` apart: room to write by hand."""

    def __init__(self, count: int, gap: float) -> None:
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.gap

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#8a8a8a"))
        canvas.setLineWidth(0.6)
        for number in range(self.count):
            # From the top down, the first line one gap below the question.
            y = (self.count - number - 1) * self.gap + 1
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


def _styles(size: Size) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=size.meta, leading=size.meta * 1.4)
    indent = size.question * 2.6  # room for "12." before the question
    return {
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=size.title, leading=size.title * 1.25
        ),
        "meta": base,
        "heading": ParagraphStyle(
            "heading",
            base,
            fontName=BOLD,
            fontSize=size.heading,
            leading=size.heading * 1.3,
            spaceBefore=size.heading * 0.8,
            spaceAfter=size.heading * 0.3,
        ),
        "question": ParagraphStyle(
            "question",
            base,
            fontName=BOLD,
            fontSize=size.question,
            leading=size.leading,
            leftIndent=indent,
            firstLineIndent=-indent,
            spaceBefore=size.question * 0.9,
        ),
        "label": ParagraphStyle(
            "label",
            base,
            fontSize=size.answer,
            leading=size.answer * 1.35,
            leftIndent=indent,
            textColor=colors.HexColor("#333333"),
            spaceBefore=3,
        ),
        "answer": ParagraphStyle(
            "answer", base, fontSize=size.answer, leading=size.answer * 1.4, leftIndent=indent
        ),
    }


def _text(text: str) -> str:
    """User text for a Paragraph: escaped, its own line breaks kept."""
    return markup(text.strip())


def build_story(
    case: CaseData,
    tr: Translate,
    printed_on: str,
    large: bool = False,
    format_date: Callable[[str], str] | None = None,
) -> tuple[list[Flowable], int]:
    """The list's flowables, and how many questions they hold."""
    size = LARGE_PRINT if large else REGULAR_PRINT
    s = _styles(size)

    def t(text: str, **params: object) -> str:
        return Msg(text, params, context=CONTEXT).render(tr)

    def say(text: str, style: str, **params: object) -> Paragraph:
        return Paragraph(markup(t(text, **params)), s[style])

    story: list[Flowable] = [
        say(TITLE, "title"),
        Spacer(1, size.meta * 0.5),
        say(QT_TRANSLATE_NOOP("QuestionList", "Patient: {name}"), "meta", name=case.name),
        *_visit(case, say, format_date or str),
        say(QT_TRANSLATE_NOOP("QuestionList", "Printed on: {date}"), "meta", date=printed_on),
        Spacer(1, size.meta * 0.6),
    ]
    ordered = questions.in_print_order(case)
    if not ordered:
        story.append(
            say(
                QT_TRANSLATE_NOOP(
                    "QuestionList",
                    "Your list has no questions yet. Write them down in step 6 of the planner.",
                ),
                "meta",
            )
        )
        return story, 0
    story.append(
        say(
            QT_TRANSLATE_NOOP(
                "QuestionList",
                "Ask the most important questions first. Write each answer on the lines below "
                "the question, or ask the person with you to write.",
            ),
            "meta",
        )
    )
    starred = sum(1 for e in ordered if e.value("starred") == YES)
    for number, entry in enumerate(ordered, start=1):
        # A group's heading stays on the page of its first question.
        heading: list[Flowable] = []
        if starred and number == 1:
            text = t(QT_TRANSLATE_NOOP("QuestionList", "{star} Most important"), star=STAR)
            heading = [Paragraph(markup(text), s["heading"])]
        elif starred and number == starred + 1:
            heading = [say(QT_TRANSLATE_NOOP("QuestionList", "More questions"), "heading")]
        story.append(_question(number, entry, number <= starred, s, size, t, heading))
    return story, len(ordered)


def _visit(
    case: CaseData, say: Callable[..., Paragraph], format_date: Callable[[str], str]
) -> list[Paragraph]:
    """The visit's day and doctor (step 5, or the chosen specialist of step 4), where known."""
    lines = []
    day = case.value(booking.STEP_KEY, "appointment_date")
    time = case.value(booking.STEP_KEY, "appointment_time")
    if day and time:
        text = QT_TRANSLATE_NOOP("QuestionList", "Appointment: {date} at {time}")
        lines.append(say(text, "meta", date=format_date(day), time=time))
    elif day:
        text = QT_TRANSLATE_NOOP("QuestionList", "Appointment: {date}")
        lines.append(say(text, "meta", date=format_date(day)))
    chosen = specialist.the_chosen(case)
    doctor = case.value(booking.STEP_KEY, "doctor") or (chosen.value("name") if chosen else "")
    if doctor.strip():
        lines.append(say(QT_TRANSLATE_NOOP("QuestionList", "Doctor: {name}"), "meta", name=doctor))
    return lines


def _question(
    number: int,
    entry: Entry,
    starred: bool,
    s: dict[str, ParagraphStyle],
    size: Size,
    t: Callable[..., str],
    heading: list[Flowable],
) -> KeepTogether:
    """One question with its answer and lines (after ``heading``), never split across pages."""
    mark = f"{STAR}\u00a0" if starred else ""
    text = f"{number}.\u00a0\u00a0{mark}{_text(entry.value('text'))}"
    block: list[Flowable] = [*heading, Paragraph(text, s["question"])]
    answer = entry.value("answer")
    lines = size.lines
    if answer.strip():
        label = t(QT_TRANSLATE_NOOP("QuestionList", "Answer written down at the visit:"))
        block += [Paragraph(markup(label), s["label"]), Paragraph(_text(answer), s["answer"])]
        lines = 2  # room to add to it
    block += [_Indented(RuledLines(lines, size.gap), s["question"].leftIndent)]
    return KeepTogether(block)


class _Indented(Flowable):
    """A flowable drawn ``indent`` points in from the left, as the question's text is."""

    def __init__(self, inner: Flowable, indent: float) -> None:
        super().__init__()
        self.inner = inner
        self.indent = indent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.inner.wrap(available_width - self.indent, available_height)
        self.width, self.height = width + self.indent, height
        return self.width, height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, self.indent, 0)


def write_question_list_pdf(
    case: CaseData,
    out: Path | BinaryIO,
    tr: Translate | None = None,
    printed_on: str = "",
    large: bool = False,
    format_date: Callable[[str], str] | None = None,
) -> int:
    """Write the question list of ``case`` to ``out`` atomically; returns how many questions
    it holds. ``large`` gives the large-print version. ``out`` may also be a binary stream
    (to print from memory); it is written as it is."""
    tr = tr or no_translation
    register_fonts()
    size = LARGE_PRINT if large else REGULAR_PRINT
    footer = Msg(
        QT_TRANSLATE_NOOP(
            "QuestionList", "{name} \u00b7 printed {date} \u00b7 page {page} of {pages}"
        ),
        context=CONTEXT,
    )
    title = Msg(TITLE, context=CONTEXT).render(tr)
    story, count = build_story(case, tr, printed_on, large, format_date)

    write_document(
        out,
        lambda: list(story),
        title=title,
        author=case.name,
        canvas=numbered_canvas(footer, case.name, printed_on, tr, size.footer),
        layout=Layout(bottom=22 * mm),
    )
    return count
