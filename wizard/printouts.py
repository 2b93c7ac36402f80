"""The checklist PDF, the records-request letter and the calendar file in a language:
one call for the command line and the window.

The core writers (``wizard.export.checklist``, ``wizard.export.calendar``) take their
translator and dates as plain values, so they stay free of Qt; this module fills them in
from Qt's translations and from the case.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from wizard.errors import UserError
from wizard.export.calendar import CalendarFacts, RequestDue, write_ics
from wizard.export.checklist import write_checklist_pdf
from wizard.export.letter import LetterData, write_letter_pdf
from wizard.i18n import date_formatter, long_date, translator_for
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import CaseData, booking, records, specialist
from wizard.plan.deadlines import BASES, GDPR, HIPAA, response_due
from wizard.plan.messages import Msg, Translate
from wizard.store.cases import CaseStore


def export_checklist(case: CaseData, out: Path | BinaryIO, lang: str | None = None) -> None:
    """Write the checklist of ``case`` to ``out`` (a file, or a stream to print from), in
    ``lang`` (default: the case's language)."""
    lang = lang or case.language
    today = long_date(dt.date.today().isoformat(), lang)
    write_checklist_pdf(case, out, translator_for(lang), today, date_formatter(lang))


def calendar_facts(case: CaseData) -> CalendarFacts:
    """What the calendar file of ``case`` shows: the appointment of step 5 with its records
    deadline, and the due day of each records request of step 3 that was sent under a law."""
    chosen = specialist.the_chosen(case)
    doctor = case.value("booking", "doctor") or (chosen.value("name") if chosen else "")
    requests = []
    for entry in case.entries_of("records", "requests"):
        basis = entry.value("basis")
        try:
            sent = dt.date.fromisoformat(entry.value("sent_on"))
        except ValueError:
            continue
        if basis in BASES:
            due = response_due(sent, basis)
            requests.append(RequestDue(str(entry.id), entry.value("to_whom"), due))
    return CalendarFacts(
        case_id=case.id or 0,
        patient_name=case.name,
        appointment=booking.appointment_at(case),
        appointment_place=case.value("booking", "place"),
        appointment_doctor=doctor,
        receipt_deadline=booking.receipt_deadline_of(case),
        requests=tuple(requests),
    )


def export_calendar(case: CaseData, out: Path, lang: str | None = None) -> None:
    """Write the calendar file of ``case`` to ``out``, in ``lang`` (default: the case's)."""
    write_ics(calendar_facts(case), out, translator_for(lang or case.language))


# Kinds of record that are pictures: the letter then asks for the original DICOM images.
IMAGING_KINDS = {
    "imaging",
    "original_images",
    "brain_imaging",
    "chest_ct",
    "angiogram",
    "echocardiogram",
}


def letter_for(case: CaseData, lang: str, basis: str | None = None) -> LetterData:
    """The records-request letter of ``case``, filled from steps 3 and 4.

    It goes to the newest request of step 3 (its clinic, its day and its law);
    with no request yet, ``basis`` names the law, else English gives HIPAA and
    German or Spanish the GDPR. It asks for the records still needed or asked
    for (all listed records when none is open), and names the chosen
    specialist of step 4 as the doctor to send a copy to.
    """
    tr = translator_for(lang)
    requests = case.entries_of("records", "requests")
    request = requests[-1] if requests else None
    law = request.value("basis") if request is not None else ""
    if law not in BASES:
        law = basis or (HIPAA if lang == "en" else GDPR)
    items = [
        item
        for item in case.entries_of("records", "items")
        if item.value("status") != records.NOT_APPLICABLE
    ]
    wanted = [i for i in items if i.value("status") in ("", records.NEEDED, records.REQUESTED)]
    chosen = specialist.the_chosen(case)
    send_to = ""
    if chosen is not None:
        parts = (chosen.value(key) for key in ("name", "institution", "contact"))
        send_to = "\n".join(part for part in parts if part)
    return LetterData(
        patient_name=case.name,
        date_of_birth=case.value("records", "date_of_birth"),
        patient_address=case.value("records", "patient_address"),
        clinic_name=request.value("to_whom") if request is not None else "",
        clinic_address=request.value("clinic_address") if request is not None else "",
        records=tuple(_said(records.item_name(item), tr) for item in wanted or items),
        date_from=case.value("records", "records_from"),
        date_to=case.value("records", "records_to"),
        send_to=send_to,
        imaging_as_dicom=any(i.value("kind") in IMAGING_KINDS for i in wanted or items),
        sent_on=request.value("sent_on") if request is not None else "",
        extra_paragraph=case.value("records", "letter_note"),
        basis=law,
    )


def export_letter(
    case: CaseData, out: Path, lang: str | None = None, basis: str | None = None
) -> None:
    """Write the records-request letter of ``case`` to ``out`` (default: the case's language)."""
    lang = lang or case.language
    write_letter_pdf(letter_for(case, lang, basis), out, translator_for(lang), date_formatter(lang))


def _said(value: Msg | str, tr: Translate) -> str:
    return value.render(tr) if isinstance(value, Msg) else value


def export_records(
    store: CaseStore,
    case: CaseData,
    out: Path,
    lang: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write the records package of ``case`` (a zip file or a folder) for the specialist."""
    from wizard.export.package import PackageFile, write_package

    assert case.id is not None
    lang = lang or case.language
    files = store.files.list(case.id)
    if not files:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "This case holds no records yet; add them in step 3 first.")
        )
    case_id = case.id
    package = [
        PackageFile(
            name=f.name,
            category=f.category,
            kind=f.kind,
            date=f.date,
            description=f.scan.study_description if f.scan else "",
            open=functools.partial(store.files.open, case_id, f.id),
        )
        for f in files
    ]
    write_package(
        out,
        package,
        patient=case.name,
        tr=translator_for(lang),
        format_date=date_formatter(lang),
        cancelled=cancelled or (lambda: False),
    )


# --- TEMPORARY stand-in (branch `questions`) -------------------------------------------
# The real question-list PDF comes from branch `exports`; this minimal version only lets the
# window's buttons and tests run until that is merged. Replace it whole with the real one,
# which must also accept a binary stream as ``out`` (printing renders it from memory).
def export_questions(
    store: CaseStore,
    case: CaseData,
    out: Path | BinaryIO,
    lang: str | None = None,
    large: bool = False,
) -> None:
    """Write the question list of ``case`` to ``out`` and record that it was printed."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from wizard.atomic import write_atomic_with
    from wizard.export.fonts import REGULAR, register_fonts
    from wizard.plan import questions

    assert case.id is not None
    register_fonts()
    size = 16 if large else 11
    style = ParagraphStyle("q", fontName=REGULAR, fontSize=size, leading=size * 1.4)
    story = [Paragraph(escape(f"Questions: {case.name}"), style), Spacer(1, size)]
    for entry in questions.in_print_order(case):
        star = "\u2605 " if entry.value("starred") else ""
        story += [Paragraph(escape(star + entry.value("text")), style), Spacer(1, size * 4)]

    def write(target: Path | BinaryIO) -> None:
        name = str(target) if isinstance(target, Path) else target
        SimpleDocTemplate(name, pagesize=A4, title="Questions").build(story)

    if isinstance(out, (str, Path)):
        write_atomic_with(Path(out), write)
    else:
        write(out)
    count = str(len(questions.questions_of(case)))
    store.set_field(case.id, questions.STEP_KEY, "printed_on", dt.date.today().isoformat())
    store.set_field(case.id, questions.STEP_KEY, "printed_count", count)
