"""The checklist PDF and the calendar file in a language: one call for the command line
and the window.

The core writers (``wizard.export.checklist``, ``wizard.export.calendar``) take their
translator and dates as plain values, so they stay free of Qt; this module fills them in
from Qt's translations and from the case.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from wizard.export.calendar import CalendarFacts, RequestDue, write_ics
from wizard.export.checklist import write_checklist_pdf
from wizard.i18n import date_formatter, long_date, translator_for
from wizard.plan import CaseData, booking
from wizard.plan.deadlines import BASES, response_due
from wizard.plan.fields import YES


def export_checklist(case: CaseData, out: Path, lang: str | None = None) -> None:
    """Write the checklist of ``case`` to ``out``, in ``lang`` (default: the case's language)."""
    lang = lang or case.language
    today = long_date(dt.date.today().isoformat(), lang)
    write_checklist_pdf(case, out, translator_for(lang), today, date_formatter(lang))


def calendar_facts(case: CaseData) -> CalendarFacts:
    """What the calendar file of ``case`` shows: the appointment of step 5 with its records
    deadline, and the due day of each records request of step 3 that was sent under a law."""
    doctor = case.value("booking", "doctor")
    if not doctor:
        chosen = [
            c for c in case.entries_of("specialist", "candidates") if c.value("chosen") == YES
        ]
        doctor = chosen[0].value("name") if len(chosen) == 1 else ""
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
