"""The checklist, question list, T-chart and records-request letter PDFs and the calendar
file in a language: one call for the command line and the window.

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
from wizard.i18n import amount_formatter, date_formatter, long_date, translator_for
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import CaseData, booking, questions, records, specialist
from wizard.plan.deadlines import BASES, GDPR, HIPAA, response_due
from wizard.plan.messages import Msg, Translate
from wizard.store.cases import CaseStore


def export_checklist(
    case: CaseData, out: Path | BinaryIO, lang: str | None = None, large: bool = False
) -> None:
    """Write the checklist of ``case`` to ``out`` (a file, or a stream to print from), in
    ``lang`` (default: the case's language); ``large``: in large print."""
    lang = lang or case.language
    today = long_date(dt.date.today().isoformat(), lang)
    write_checklist_pdf(
        case,
        out,
        translator_for(lang),
        today,
        date_formatter(lang),
        amount_formatter(lang),
        large=large,
    )


def export_questions(
    store: CaseStore,
    case: CaseData,
    out: Path | BinaryIO,
    lang: str | None = None,
    large: bool = False,
) -> int:
    """Write the question list of ``case`` to ``out`` (``large``: the large-print version),
    then record for step 6 that it was printed; returns how many questions it holds.

    ``out`` may also be a binary stream, to print from memory (it is printed, so recorded)."""
    from wizard.export.question_list import write_question_list_pdf

    lang = lang or case.language
    today = dt.date.today()
    count = write_question_list_pdf(
        case,
        out,
        translator_for(lang),
        long_date(today.isoformat(), lang),
        large,
        date_formatter(lang),
    )
    record_questions_printed(store, case, count, today)
    return count


def record_questions_printed(
    store: CaseStore, case: CaseData, count: int, day: dt.date | None = None
) -> None:
    """Write down that the question list of ``case`` was printed (or saved to print) with
    ``count`` questions: step 6 is done once that happened with five or more."""
    assert case.id is not None
    day = day or dt.date.today()
    store.set_field(case.id, questions.STEP_KEY, "printed_on", day.isoformat())
    store.set_field(case.id, questions.STEP_KEY, "printed_count", str(count))


def export_tchart(
    case: CaseData, out: Path | BinaryIO, lang: str | None = None, large: bool = False
) -> None:
    """Write the T-chart of step 8 to ``out``, in ``lang`` (default: the case's language);
    ``large``: in large print."""
    from wizard.export.tchart import write_tchart_pdf

    lang = lang or case.language
    today = long_date(dt.date.today().isoformat(), lang)
    write_tchart_pdf(case, out, translator_for(lang), today, date_formatter(lang), large=large)


def next_sunday(today: dt.date) -> dt.date:
    """The coming Sunday: ``today`` itself on a Sunday."""
    return today + dt.timedelta(days=(6 - today.weekday()) % 7)


def calendar_facts(case: CaseData, today: dt.date | None = None) -> CalendarFacts:
    """What the calendar file of ``case`` shows: the appointment of step 5 with its records
    deadline, the due day of each records request of step 3 that was sent under a law, and
    the weekly check-in of step 9 on Sunday evenings from the coming Sunday."""
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
        weekly_checkins_from=next_sunday(today or dt.date.today()),
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
        # Step 3 asks for it for the letter; step 1 may have it already.
        date_of_birth=case.value("records", "date_of_birth") or case.value("need", "birth_date"),
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
    case: CaseData,
    out: Path,
    lang: str | None = None,
    basis: str | None = None,
    large: bool = False,
) -> None:
    """Write the records-request letter of ``case`` to ``out`` (default: the case's
    language); ``large``: in large print."""
    lang = lang or case.language
    write_letter_pdf(
        letter_for(case, lang, basis),
        out,
        translator_for(lang),
        date_formatter(lang),
        large=large,
    )


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
