"""The records-request letter: a patient's written request for a copy of their records,
under HIPAA (45 CFR 164.524) or the GDPR (Articles 15 and 12(3)), ready to sign and send.

Every fact the case does not know is printed as a blank line to fill in by hand, so a
letter can always be printed. The wording rests on the regulations' own text:

- HIPAA: act within 30 calendar days of receipt, at most one 30-day extension given in
  writing within those 30 days (164.524(b)(2)); the form and format asked for where readily
  producible (c)(2); a copy sent to a person the patient names (c)(3)(ii); only a
  reasonable, cost-based fee (c)(4).
- GDPR: answer within one month of receipt, extendable by two further months where
  necessary, the patient told why within the first month (12(3)); the first copy free,
  in a common electronic form when asked electronically (15(3)).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from wizard.export.fonts import BOLD, REGULAR, register_fonts
from wizard.export.pages import (
    LARGE_PRINT,
    Layout,
    enlarged,
    footer_size,
    numbered_canvas,
    write_document,
)
from wizard.export.scripts import markup
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.deadlines import GDPR, HIPAA, response_due
from wizard.plan.messages import Msg, Translate, no_translation

CONTEXT = "Letter"
BODY_SIZE = 12
BODY_LEADING = 16
BLANK = "_" * 16  # inside a sentence: a date
LONG_BLANK = "_" * 34  # a line of its own: a name, an address line
FILL_SPACE = 10  # room above a blank line, to write on it by hand
BULLET = "\u2022"

SUBJECT = {
    HIPAA: QT_TRANSLATE_NOOP(
        "Letter", "Request for a copy of my medical records under HIPAA (45 CFR 164.524)"
    ),
    GDPR: QT_TRANSLATE_NOOP(
        "Letter", "Request for access to my personal data under Article 15 GDPR"
    ),
}
REQUEST = {
    HIPAA: QT_TRANSLATE_NOOP(
        "Letter",
        "I am writing to request a copy of my medical records under my HIPAA right of access "
        "(45 CFR 164.524). Please include the following records:",
    ),
    GDPR: QT_TRANSLATE_NOOP(
        "Letter",
        "I am writing to request access to my personal data. This is my right under Article 15 "
        "of the General Data Protection Regulation (GDPR). My request includes a copy of my "
        "medical records. Please include these records:",
    ),
}
ELECTRONIC = {
    HIPAA: QT_TRANSLATE_NOOP(
        "Letter",
        "Please give me the copy in electronic form, for example as PDF files. HIPAA requires "
        "you to provide records kept electronically in the electronic form and format I ask "
        "for if it is readily producible (45 CFR 164.524(c)(2)).",
    ),
    GDPR: QT_TRANSLATE_NOOP(
        "Letter",
        "Please give me the copy in a commonly used electronic form, for example as PDF files "
        "(Article 15(3) GDPR).",
    ),
}
SEND_TO = {
    HIPAA: QT_TRANSLATE_NOOP(
        "Letter",
        "I also ask you to send an electronic copy of these records directly to the doctor who "
        "will give me a second opinion. HIPAA gives me the right to have a copy sent to a "
        "person I name (45 CFR 164.524(c)(3)(ii)). Please send it to:",
    ),
    GDPR: QT_TRANSLATE_NOOP(
        "Letter",
        "With my consent, please also send a copy of these records directly to the doctor who "
        "will give me a second opinion. Please send it to:",
    ),
}
DEADLINE = {
    HIPAA: QT_TRANSLATE_NOOP(
        "Letter",
        "Under 45 CFR 164.524(b)(2), you must act on this request no later than 30 calendar "
        "days after you receive it. Counting from the date of this letter, please respond "
        "by {due}.",
    ),
    GDPR: QT_TRANSLATE_NOOP(
        "Letter",
        "Under Article 12(3) GDPR, you must respond without undue delay and at the latest "
        "within one month of receiving this request. Counting from the date of this letter, "
        "please respond by {due}.",
    ),
}
EXTENSION = {
    HIPAA: QT_TRANSLATE_NOOP(
        "Letter",
        "If you cannot meet this deadline, you may extend it only once, by no more than 30 "
        "days. To do so, you must tell me in writing within the first 30 days why you need "
        "more time and when you will respond.",
    ),
    GDPR: QT_TRANSLATE_NOOP(
        "Letter",
        "This period may be extended by two further months only where necessary, given the "
        "complexity and number of requests. If you extend it, you must tell me within the "
        "first month and give the reasons for the delay.",
    ),
}
FEE = {
    HIPAA: QT_TRANSLATE_NOOP(
        "Letter",
        "HIPAA allows only a reasonable, cost-based fee for a copy (45 CFR 164.524(c)(4)). If "
        "you will charge a fee, please tell me the amount before you make the copy.",
    ),
    GDPR: QT_TRANSLATE_NOOP(
        "Letter",
        "Under Article 15(3) GDPR, the first copy must be provided free of charge.",
    ),
}
# A citation is never broken across lines ("45 CFR" / "164.524" reads as two numbers).
_CITATION_SPACES = (
    (re.compile(r"\b45 CFR (?=\d)"), "45\u00a0CFR\u00a0"),
    (
        re.compile(r"\b(Art\.|Article|Artikel|artículo|Abs\.|apartado) (?=\d)", re.IGNORECASE),
        "\\1\u00a0",
    ),
    (re.compile(r"(?<=[\d)]) (?=(GDPR|DSGVO|RGPD)\b)"), "\u00a0"),
)
RANGE_BOTH = QT_TRANSLATE_NOOP("Letter", "Please include all records from {start} to {end}.")
RANGE_FROM = QT_TRANSLATE_NOOP("Letter", "Please include all records from {start} to today.")
RANGE_TO = QT_TRANSLATE_NOOP("Letter", "Please include all records up to {end}.")
RECORDS_DEPARTMENT = QT_TRANSLATE_NOOP("Letter", "Medical records department")
PATIENT = QT_TRANSLATE_NOOP("Letter", "Patient: {name}, date of birth: {birth}")
SALUTATION = QT_TRANSLATE_NOOP("Letter", "Dear Sir or Madam,")
PAPER = QT_TRANSLATE_NOOP("Letter", "Please give me the copy on paper.")
DICOM = QT_TRANSLATE_NOOP(
    "Letter",
    "For imaging studies (such as CT, MRI, X-ray or ultrasound), please include the original "
    "images in DICOM format, not only the written reports. You may send them on a CD/DVD or by "
    "secure download.",
)
SEND_TO_ME = QT_TRANSLATE_NOOP("Letter", "Please send my copy to me at the address above.")
CONFIRM_RECEIPT = QT_TRANSLATE_NOOP(
    "Letter",
    "Please confirm in writing that you have received this letter, and tell me the date you "
    "received it.",
)
CONTACT_ME = QT_TRANSLATE_NOOP(
    "Letter",
    "If you need anything else from me to find my records or to confirm who I am, please "
    "contact me at the address above.",
)
THANKS = QT_TRANSLATE_NOOP("Letter", "Thank you for your help.")
CLOSING = QT_TRANSLATE_NOOP("Letter", "Sincerely,")
SIGNATURE = QT_TRANSLATE_NOOP("Letter", "Signature")
NAME_IN_CAPITALS = QT_TRANSLATE_NOOP("Letter", "Name in capital letters")


@dataclass(frozen=True)
class LetterData:
    """What the letter says. An empty string is a fact not known: printed as a blank line."""

    patient_name: str = ""
    date_of_birth: str = ""  # ISO date
    patient_address: str = ""  # lines separated by newlines
    clinic_name: str = ""
    clinic_address: str = ""
    records: tuple[str, ...] = ()  # plain-language names, already in the letter's language
    date_from: str = ""  # ISO date
    date_to: str = ""  # ISO date
    send_to: str = ""  # the specialist: name, then address lines
    electronic: bool = True
    imaging_as_dicom: bool = False
    sent_on: str = ""  # ISO date; empty means today
    extra_paragraph: str = ""
    basis: str = HIPAA


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=BODY_SIZE, leading=BODY_LEADING, spaceAfter=7
    )
    return {
        "body": body,
        "line": ParagraphStyle("line", body, spaceAfter=0),
        "date": ParagraphStyle("date", body, alignment=TA_RIGHT, spaceAfter=0),
        "subject": ParagraphStyle("subject", body, fontName=BOLD, spaceAfter=2),
        "item": ParagraphStyle(
            "item", body, leftIndent=8 * mm, firstLineIndent=-5 * mm, spaceAfter=1
        ),
        "address": ParagraphStyle("address", body, leftIndent=8 * mm, spaceAfter=0),
        "fill": ParagraphStyle("fill", body, spaceBefore=FILL_SPACE, spaceAfter=0),
        "fill-item": ParagraphStyle(
            "fill-item", body, spaceBefore=FILL_SPACE, leftIndent=8 * mm, firstLineIndent=-5 * mm
        ),
        "caption": ParagraphStyle(
            "caption", body, leading=BODY_SIZE + 2, textColor=colors.HexColor("#444444")
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def _keep_citations_whole(text: str) -> str:
    for pattern, joined in _CITATION_SPACES:
        text = pattern.sub(joined, text)
    return text


def _paragraphs(text: str) -> list[str]:
    """The user's own text, split at blank lines, each paragraph's line breaks kept."""
    chunks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return ["\n".join(chunk) for chunk in chunks]


def _block(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph whose own line breaks are kept."""
    return Paragraph(markup(text), style)


def build_story(
    letter: LetterData,
    tr: Translate,
    format_date: Callable[[str], str] | None = None,
    today: date | None = None,
    *,
    large: bool = False,
) -> list[Flowable]:
    """The letter's flowables (``large``: in large print). Raises ValueError for an
    unknown basis or a malformed date."""
    if letter.basis not in (HIPAA, GDPR):
        raise ValueError(f"unknown legal basis {letter.basis!r}")
    sent = sent_date(letter, today)
    w = _Writer(enlarged(_styles(), LARGE_PRINT if large else 1), tr, format_date)
    return [
        *_heading(letter, sent, w),
        *_request(letter, w),
        *_terms(letter, sent, w),
        _signature(letter.patient_name.strip(), w),
    ]


class _Writer:
    """The styles, and sentences and dates in the letter's language."""

    def __init__(
        self, s: dict[str, ParagraphStyle], tr: Translate, format_date: Callable[[str], str] | None
    ) -> None:
        self.s = s
        self.tr = tr
        self.format_date = format_date or str

    def t(self, text: str, **params: object) -> str:
        return _keep_citations_whole(Msg(text, params, context=CONTEXT).render(self.tr))

    def say(self, text: str, style: str = "body", **params: object) -> Paragraph:
        return _p(self.t(text, **params), self.s[style])

    def day(self, iso: str) -> str:
        """A date as the reader writes it, never broken across lines; a blank when unknown."""
        if not iso.strip():
            return BLANK
        return self.format_date(iso.strip()).replace(" ", "\u00a0")

    def lines(self, text: str, blanks: int, style: str = "line") -> list[Paragraph]:
        """The non-empty lines of ``text``, or ``blanks`` blank lines to fill in by hand."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if lines:
            return [_p(line, self.s[style]) for line in lines]
        return [_p(LONG_BLANK, self.s["fill"]) for _ in range(blanks)]


def _heading(letter: LetterData, sent: date, w: _Writer) -> list[Flowable]:
    """Sender, recipient, date, subject and the patient's identification."""
    name = letter.patient_name.strip()
    return [
        *w.lines(name, 1),
        *w.lines(letter.patient_address, 2),
        Spacer(1, 10 * mm),
        *w.lines(letter.clinic_name, 1),
        w.say(RECORDS_DEPARTMENT, "line"),
        *w.lines(letter.clinic_address, 2),
        Spacer(1, 8 * mm),
        _p(w.day(sent.isoformat()), w.s["date"]),
        Spacer(1, 8 * mm),
        w.say(SUBJECT[letter.basis], "subject"),
        w.say(PATIENT, name=name or LONG_BLANK, birth=w.day(letter.date_of_birth)),
        Spacer(1, 3 * mm),
        w.say(SALUTATION),
    ]


def _request(letter: LetterData, w: _Writer) -> list[Flowable]:
    """What is asked for: which records, from when, in what form, sent to whom."""
    basis = letter.basis
    records = [r.strip() for r in letter.records if r.strip()]
    story: list[Flowable] = [w.say(REQUEST[basis])]
    story += [_p(f"{BULLET}  {record}", w.s["item"]) for record in records]
    story += [_p(f"{BULLET}  {LONG_BLANK}", w.s["fill-item"]) for _ in range(0 if records else 3)]
    period, dates = _date_range(letter, w)
    story += [Spacer(1, 6), w.say(period, **dates)]
    story.append(w.say(ELECTRONIC[basis] if letter.electronic else PAPER))
    if letter.imaging_as_dicom:
        story.append(w.say(DICOM))
    story.append(w.say(SEND_TO_ME))
    if letter.send_to.strip():
        # The sentence and the address it introduces stay on one page.
        block = [w.say(SEND_TO[basis]), *w.lines(letter.send_to, 1, "address"), Spacer(1, 7)]
        story.append(KeepTogether(block))
    return story


def _terms(letter: LetterData, sent: date, w: _Writer) -> list[Flowable]:
    """The law's deadline and fee, the receipt to confirm, and the user's own words."""
    basis = letter.basis
    due = response_due(sent, basis).isoformat()
    story: list[Flowable] = [
        w.say(DEADLINE[basis], due=w.day(due)),
        w.say(EXTENSION[basis]),
        w.say(FEE[basis]),
        w.say(CONFIRM_RECEIPT),
        w.say(CONTACT_ME),
    ]
    story += [_block(chunk, w.s["body"]) for chunk in _paragraphs(letter.extra_paragraph)]
    return story


def sent_date(letter: LetterData, today: date | None = None) -> date:
    """The letter's date: ``sent_on``, or today when it is empty."""
    if letter.sent_on.strip():
        return date.fromisoformat(letter.sent_on.strip()[:10])
    return today or date.today()


def _date_range(letter: LetterData, w: _Writer) -> tuple[str, dict[str, str]]:
    start, end = letter.date_from.strip(), letter.date_to.strip()
    if start and not end:
        return RANGE_FROM, {"start": w.day(start)}
    if end and not start:
        return RANGE_TO, {"end": w.day(end)}
    return RANGE_BOTH, {"start": w.day(start), "end": w.day(end)}


def _signature(name: str, w: _Writer) -> KeepTogether:
    """Thanks, closing and the signature, kept on one page."""
    block: list[Flowable] = [
        w.say(THANKS),
        w.say(CLOSING, "line"),
        Spacer(1, 16 * mm),
        _p(LONG_BLANK, w.s["line"]),
        w.say(SIGNATURE, "caption"),
    ]
    if name:
        block.append(_p(name, w.s["line"]))
    else:
        block += [_p(LONG_BLANK, w.s["fill"]), w.say(NAME_IN_CAPITALS, "caption")]
    return KeepTogether(block)


def write_letter_pdf(
    letter: LetterData,
    out: Path,
    tr: Translate | None = None,
    format_date: Callable[[str], str] | None = None,
    *,
    large: bool = False,
) -> None:
    """Write the records-request letter to ``out`` atomically, in the language of ``tr``;
    ``large``: in large print.

    ``format_date`` turns an ISO date into the reader's way of writing it (ISO if not given).
    """
    tr = tr or no_translation
    register_fonts()
    today = date.today()
    story = build_story(letter, tr, format_date, today, large=large)
    subject = Msg(SUBJECT[letter.basis], context=CONTEXT).render(tr)
    printed = (format_date or str)(sent_date(letter, today).isoformat())
    name = letter.patient_name.strip()

    write_document(
        out,
        lambda: story,
        title=subject,
        author=name,
        canvas=numbered_canvas(_footer(name), name, printed, tr, footer_size(large)),
        layout=Layout(left=25 * mm, top=20 * mm),
    )


def _footer(name: str) -> Msg:
    if name:
        text = QT_TRANSLATE_NOOP("Letter", "{name} \u00b7 {date} \u00b7 page {page} of {pages}")
    else:
        text = QT_TRANSLATE_NOOP("Letter", "{date} \u00b7 page {page} of {pages}")
    return Msg(text, context=CONTEXT)
