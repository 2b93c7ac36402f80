"""Step 5, booking: the appointment, and the records reaching the specialist's office in time.

Done when the appointment is written down (day, time and time zone) and the office has
confirmed that it has the records. Worth a warning, never a block: a receipt less than
48 hours before the appointment (counted in real hours, across a daylight-saving change),
a visit not booked as a second opinion, and dates that cannot be right.

All moments are the office's: the appointment's time zone is also the one in which the
receipt's day and time are read. A receipt without a time counts as received at the end
of its day, the safe side for the patient.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import CaseData
from wizard.plan.deadlines import receipt_deadline, received_in_time
from wizard.plan.fields import Choice, Field, Kind
from wizard.plan.insurance import YES_NO_UNKNOWN
from wizard.plan.messages import Day, Msg
from wizard.plan.result import RuleResult

if TYPE_CHECKING:
    from wizard.plan.steps import Step

STEP_KEY = "booking"

RECORDS_HOW = (
    Choice("portal", QT_TRANSLATE_NOOP("Plan", "Through their secure online portal")),
    Choice("email", QT_TRANSLATE_NOOP("Plan", "By e-mail")),
    Choice("fax", QT_TRANSLATE_NOOP("Plan", "By fax")),
    Choice("post", QT_TRANSLATE_NOOP("Plan", "By post")),
    Choice("disc", QT_TRANSLATE_NOOP("Plan", "On a disc (CD or DVD)")),
    Choice("bring", QT_TRANSLATE_NOOP("Plan", "I bring them to the office myself")),
)

FIELDS: tuple[Field, ...] = (
    Field("appointment_date", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Day of the appointment:")),
    Field("appointment_time", Kind.TIME, QT_TRANSLATE_NOOP("Plan", "Time of the appointment:")),
    Field("time_zone", Kind.ZONE, QT_TRANSLATE_NOOP("Plan", "Time zone of the appointment:")),
    Field("place", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Place or video link:")),
    Field(
        "doctor",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("Plan", "Name of the doctor, if not the one you chose in step 4:"),
    ),
    Field(
        "booked_as_second_opinion",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Plan", "Did the office book it as a second opinion visit?"),
        YES_NO_UNKNOWN,
    ),
    Field(
        "records_how",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Plan", "How does the office want your records?"),
        RECORDS_HOW,
    ),
    Field("records_sent_on", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Records sent on:")),
    Field(
        "receipt_confirmed_on",
        Kind.DATE,
        QT_TRANSLATE_NOOP("Plan", "Day the office confirmed they have your records:"),
    ),
    Field(
        "receipt_time",
        Kind.TIME,
        QT_TRANSLATE_NOOP("Plan", "Time they confirmed it, if you know it:"),
    ),
    Field("receipt_confirmed_by", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Who confirmed it:")),
)


def stored_day(text: str) -> dt.date | None:
    """A stored date field as a date; None when empty or damaged."""
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def stored_time(text: str) -> dt.time | None:
    """A stored time field as a time of day; None when empty or damaged."""
    try:
        return dt.time.fromisoformat(text) if text else None
    except ValueError:
        return None


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def appointment_at(case: CaseData) -> dt.datetime | None:
    """The appointment as an aware moment in its own zone; None while a part is missing."""
    day = stored_day(case.value(STEP_KEY, "appointment_date"))
    time = stored_time(case.value(STEP_KEY, "appointment_time"))
    zone = _zone(case.value(STEP_KEY, "time_zone"))
    if day is None or time is None or zone is None:
        return None
    return dt.datetime.combine(day, time, tzinfo=zone)


def receipt_deadline_of(case: CaseData) -> dt.datetime | None:
    """By when the office should have the records: 48 real hours before the appointment."""
    appointment = appointment_at(case)
    return None if appointment is None else receipt_deadline(appointment)


def _receipt_latest(case: CaseData, zone: dt.tzinfo | None) -> dt.datetime | None:
    """The latest moment the receipt may have come: its time, or else the end of its day."""
    day = stored_day(case.value(STEP_KEY, "receipt_confirmed_on"))
    if day is None:
        return None
    time = stored_time(case.value(STEP_KEY, "receipt_time"))
    if time is None:
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
    return dt.datetime.combine(day, time, tzinfo=zone)


def _receipt_after_appointment(case: CaseData) -> bool:
    """Whether the receipt surely came after the appointment (a day alone is not enough
    on the appointment's own day)."""
    received = stored_day(case.value(STEP_KEY, "receipt_confirmed_on"))
    appointment = stored_day(case.value(STEP_KEY, "appointment_date"))
    if received is None or appointment is None:
        return False
    if received != appointment:
        return received > appointment
    received_time = stored_time(case.value(STEP_KEY, "receipt_time"))
    appointment_time = stored_time(case.value(STEP_KEY, "appointment_time"))
    if received_time is None or appointment_time is None:
        return False
    zone = _zone(case.value(STEP_KEY, "time_zone"))
    if zone is None:
        return received_time > appointment_time
    # Counted as instants: on a day the clocks go back, 02:30 comes twice.
    return dt.datetime.combine(received, received_time, tzinfo=zone).astimezone(
        dt.UTC
    ) > dt.datetime.combine(appointment, appointment_time, tzinfo=zone).astimezone(dt.UTC)


def rule(step: Step, case: CaseData, today: dt.date) -> RuleResult:
    def value(key: str) -> str:
        return case.value(step.key, key)

    missing: list[Msg] = []
    warnings: list[Msg] = []
    appointment_day = stored_day(value("appointment_date"))
    appointment = appointment_at(case)
    received_on = stored_day(value("receipt_confirmed_on"))

    if appointment_day is None or stored_time(value("appointment_time")) is None:
        missing.append(
            Msg(QT_TRANSLATE_NOOP("Plan", "Write down the day and time of your appointment."))
        )
    if _zone(value("time_zone")) is None:
        missing.append(Msg(QT_TRANSLATE_NOOP("Plan", "Choose the time zone of the appointment.")))
    # A confirmation dated in the future has not happened yet.
    if received_on is None or received_on > today:
        if appointment is not None:
            deadline = receipt_deadline(appointment)
            missing.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan",
                        "Ask the office to confirm they have your records, by {date} at {time}.",
                    ),
                    # An ISO date, for the page to write the reader's way; the time is the
                    # office's, like the appointment's.
                    {"date": Day(deadline.date().isoformat()), "time": deadline.strftime("%H:%M")},
                )
            )
        else:
            missing.append(
                Msg(QT_TRANSLATE_NOOP("Plan", "Ask the office to confirm they have your records."))
            )

    if appointment_day is not None:
        booked = value("booked_as_second_opinion")
        if booked == "no":
            warnings.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan",
                        "The office did not book it as a second opinion visit. Ask them to "
                        "change that, so the doctor sets aside time to study your records.",
                    )
                )
            )
        elif booked != "yes":
            warnings.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan", "Make sure the office booked it as a second opinion visit."
                    )
                )
            )
        if appointment_day < today and received_on is None:
            warnings.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan",
                        "The appointment day has passed and the office has not confirmed your "
                        "records. Is the appointment date right?",
                    )
                )
            )
        sent_on = stored_day(value("records_sent_on"))
        if sent_on is not None and sent_on > appointment_day:
            warnings.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan",
                        "You sent your records after the appointment day. Please check the dates.",
                    )
                )
            )

    if received_on is not None:
        if received_on > today:
            warnings.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan", "The day the office confirmed your records is in the future."
                    )
                )
            )
        if _receipt_after_appointment(case):
            warnings.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan", "The receipt date is after the appointment. Please check it."
                    )
                )
            )
        elif appointment is not None:
            latest = _receipt_latest(case, appointment.tzinfo)
            if latest is not None and not received_in_time(appointment, latest):
                warnings.append(
                    Msg(
                        QT_TRANSLATE_NOOP(
                            "Plan",
                            "The office confirmed your records less than 48 hours before the "
                            "appointment. Ask whether the doctor had time to read them.",
                        )
                    )
                )

    started = bool(case.fields.get(step.key) or case.ticks.get(step.key))
    return RuleResult(
        holds=not missing, missing=tuple(missing), started=started, warnings=tuple(warnings)
    )
