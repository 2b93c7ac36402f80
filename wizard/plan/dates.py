"""The dates that matter in a case, for the overview: the appointment, by when the
specialist's office should have the records, and when each records request is due.

Each date says where it stands on ``today`` (the user's own calendar day):

- ``upcoming``: still ahead;
- ``today``: it is today;
- ``overdue``: it has passed and what it waits for has not happened (the office has not
  confirmed the records; the clinic has not answered the request);
- ``done``: what it waits for has happened, whenever that was.

The appointment itself waits for nothing the user writes down: once its day has passed it
is ``done`` (it took place, or it is simply behind the user). It is never ``overdue``; a
missing receipt is said by the receipt deadline's own line, and the booking step asks
whether the appointment date is right.

The appointment shows as soon as its day is written down, with its time if that is written
down too; the receipt deadline needs the whole appointment (day, time and time zone), since
it is counted in real hours before it. Times are the office's wall clock (``HH:MM``), as the
office gave them; days are compared with ``today`` as calendar days, without converting zones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import booking
from wizard.plan.case import CaseData
from wizard.plan.messages import Msg
from wizard.plan.records import REQUESTS, request_due

UPCOMING, TODAY, OVERDUE, DONE = "upcoming", "today", "overdue", "done"
STATES = (UPCOMING, TODAY, OVERDUE, DONE)
RECORDS_STEP = "records"


@dataclass(frozen=True)
class KeyDate:
    """One date that matters: its day, its time (``""`` or ``"HH:MM"``, the event's local
    time), what happens then, the step it belongs to, and its state (one of ``STATES``)."""

    day: dt.date
    time: str
    what: Msg
    step_key: str
    state: str

    def __post_init__(self) -> None:
        if self.state not in STATES:
            raise ValueError(f"unknown state {self.state!r}; expected one of {', '.join(STATES)}")


def key_dates(case: CaseData, today: dt.date) -> tuple[KeyDate, ...]:
    """The dates that matter in ``case`` as seen on ``today``, sorted by day and time.

    On the same day a date without a time (a request's due day) comes first; otherwise
    the order is appointment, receipt deadline, then the requests in their list order.
    """
    dates: list[KeyDate] = []
    appointment_day = booking.stored_day(case.value(booking.STEP_KEY, "appointment_date"))
    if appointment_day is not None:
        time = booking.stored_time(case.value(booking.STEP_KEY, "appointment_time"))
        dates.append(
            KeyDate(
                appointment_day,
                "" if time is None else time.strftime("%H:%M"),
                Msg(QT_TRANSLATE_NOOP("Plan", "Second opinion appointment")),
                booking.STEP_KEY,
                DONE if appointment_day < today else _ahead(appointment_day, today),
            )
        )
    deadline = booking.receipt_deadline_of(case)
    if deadline is not None:
        confirmed = (
            booking.stored_day(case.value(booking.STEP_KEY, "receipt_confirmed_on")) is not None
        )
        dates.append(
            KeyDate(
                deadline.date(),
                deadline.strftime("%H:%M"),
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan", "The specialist's office should confirm they have your records"
                    )
                ),
                booking.STEP_KEY,
                DONE if confirmed else _waiting(deadline.date(), today),
            )
        )
    for request in case.entries_of(RECORDS_STEP, REQUESTS.key):
        try:
            due = request_due(request)
        except ValueError:  # a sent-on day that is not a date: no due day to show
            continue
        if due is None:
            continue
        clinic: str | Msg = request.value("to_whom").strip() or Msg(
            QT_TRANSLATE_NOOP("Plan", "the clinic")
        )
        answered = booking.stored_day(request.value("answered_on")) is not None
        dates.append(
            KeyDate(
                due,
                "",
                Msg(QT_TRANSLATE_NOOP("Plan", "Answer due from {clinic}"), {"clinic": clinic}),
                RECORDS_STEP,
                DONE if answered else _waiting(due, today),
            )
        )
    return tuple(sorted(dates, key=lambda key_date: (key_date.day, key_date.time)))


def _ahead(day: dt.date, today: dt.date) -> str:
    return TODAY if day == today else UPCOMING


def _waiting(day: dt.date, today: dt.date) -> str:
    """The state of a date that waits for something not yet done."""
    return OVERDUE if today > day else _ahead(day, today)
