"""The calendar file (.ics): the appointment, the records-receipt deadline with a reminder,
each records request's due date and, optionally, the weekly check-in of step 9: one event
that repeats every Sunday evening (``RRULE:FREQ=WEEKLY;BYDAY=SU``), at 18:00 for ten
minutes on whatever clock the user's calendar keeps (a "floating" time, without a zone:
the habit moves with the user, unlike an appointment).

Every event's UID is derived from the case id and the event's role (and a request's key), so
importing a second export updates the events of the first instead of adding copies.

Timed events keep their own zone: a ``TZID`` and a VTIMEZONE for it (made by icalendar from
the zoneinfo data), so a calendar app shows the appointment at the wall-clock time the office
gave, in that office's zone. A time whose zone icalendar cannot describe (a fixed offset
without a zone name) is written in UTC instead, which is the same instant.

Calendar files are often synced to a cloud: they hold no diagnosis or other medical detail, and
the patient's name only in the appointment's title.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event
from icalendar.enums import CLASS, TRANSP

from wizard.atomic import write_atomic
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.messages import Msg, Translate

CONTEXT = "Calendar"
PRODID = "-//Second Opinion Planner//EN"
UID_DOMAIN = "second-opinion-planner"
APPOINTMENT_LENGTH = timedelta(hours=1)
REMINDER_BEFORE_DEADLINE = timedelta(days=1)
CHECKIN_AT = time(18, 0)
CHECKIN_LENGTH = timedelta(minutes=10)
SUNDAY = 6

APPOINTMENT = "appointment"
RECEIPT_DEADLINE = "receipt-deadline"
REQUEST = "request"
WEEKLY_CHECKIN = "weekly-checkin"


@dataclass(frozen=True)
class RequestDue:
    """One records request: ``key`` is a stable id (its database id as text, say)."""

    key: str
    to_whom: str
    due: date


@dataclass(frozen=True)
class CalendarFacts:
    """What the calendar file shows, filled by the caller from the case.

    Times are timezone-aware (a ``zoneinfo.ZoneInfo`` keeps the wall clock and the zone);
    empty strings mean "unknown". ``weekly_checkins_from`` is the first check-in day (a
    Sunday); the check-ins repeat every Sunday from it at ``weekly_checkin_at`` (local time
    wherever the user is), up to ``weekly_checkins_until`` if given.
    """

    case_id: int
    patient_name: str = ""
    appointment: datetime | None = None
    appointment_place: str = ""
    appointment_doctor: str = ""
    receipt_deadline: datetime | None = None
    requests: tuple[RequestDue, ...] = ()
    weekly_checkins_from: date | None = None
    weekly_checkins_until: date | None = None
    appointment_length: timedelta = APPOINTMENT_LENGTH
    weekly_checkin_at: time = CHECKIN_AT

    def __post_init__(self) -> None:
        for name in ("appointment", "receipt_deadline"):
            moment = getattr(self, name)
            if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
                raise ValueError(f"{name} must carry a time zone, got {moment.isoformat()}")
        days = [("weekly_checkins_from", self.weekly_checkins_from)]
        days += [("weekly_checkins_until", self.weekly_checkins_until)]
        days += [(f"due date of request {r.key!r}", r.due) for r in self.requests]
        for name, day in days:
            if isinstance(day, datetime):
                raise TypeError(f"{name} must be a date, not a datetime")
        if self.weekly_checkins_from is not None and self.weekly_checkins_from.weekday() != SUNDAY:
            raise ValueError("weekly_checkins_from must be a Sunday")
        if self.weekly_checkins_until is not None and (
            self.weekly_checkins_from is None
            or self.weekly_checkins_until < self.weekly_checkins_from
        ):
            raise ValueError("weekly_checkins_until needs an earlier weekly_checkins_from")
        keys = [r.key for r in self.requests]
        if len(set(keys)) != len(keys):
            raise ValueError(f"request keys must be unique, got {keys}")
        if self.appointment_length <= timedelta(0):
            raise ValueError("appointment_length must be positive")


def event_uid(case_id: int, role: str, key: str = "") -> str:
    """The UID of one event: the same inputs always give the same UID.

    ``key`` (a request's) is percent-encoded, so any text gives a plain, distinct UID.
    """
    suffix = f"-{quote(key, safe='')}" if key else ""
    return f"case-{case_id}-{role}{suffix}@{UID_DOMAIN}"


def build_calendar(facts: CalendarFacts, tr: Translate | None = None) -> Calendar:
    """The calendar for ``facts``, its texts rendered with ``tr`` (English by default)."""
    calendar = _build(facts, tr, keep_zones=True)
    if calendar.get_missing_tzids():
        # A zone icalendar cannot describe: the same instants in UTC are always valid.
        calendar = _build(facts, tr, keep_zones=False)
    return calendar


def write_ics(facts: CalendarFacts, out: Path, tr: Translate | None = None) -> None:
    """Write the calendar for ``facts`` to ``out``, atomically (raises UserError on failure)."""
    write_atomic(Path(out), build_calendar(facts, tr).to_ical())


def _build(facts: CalendarFacts, tr: Translate | None, keep_zones: bool) -> Calendar:
    def t(text: str, **params: object) -> str:
        return Msg(text, params, context=CONTEXT).render(tr)

    def moment(value: datetime) -> datetime:
        zone = value.tzinfo
        if keep_zones and isinstance(zone, ZoneInfo) and zone.key:
            return value
        return value.astimezone(UTC)

    calendar = Calendar.new(
        prodid=PRODID, method="PUBLISH", uid=f"case-{facts.case_id}@{UID_DOMAIN}"
    )
    case_id = facts.case_id

    if facts.appointment is not None:
        start = moment(facts.appointment)
        if facts.patient_name.strip():
            summary = t(
                QT_TRANSLATE_NOOP("Calendar", "Second opinion appointment for {name}"),
                name=facts.patient_name.strip(),
            )
        else:
            summary = t(QT_TRANSLATE_NOOP("Calendar", "Second opinion appointment"))
        if facts.appointment_doctor.strip():
            description = t(
                QT_TRANSLATE_NOOP(
                    "Calendar", "Appointment with {doctor}. Bring your list of questions."
                ),
                doctor=facts.appointment_doctor.strip(),
            )
        else:
            description = t(QT_TRANSLATE_NOOP("Calendar", "Bring your list of questions."))
        calendar.add_component(
            Event.new(
                uid=event_uid(case_id, APPOINTMENT),
                summary=summary,
                description=description,
                location=facts.appointment_place.strip() or None,
                start=start,
                end=start + facts.appointment_length,
                classification=CLASS.PRIVATE,
            )
        )

    if facts.receipt_deadline is not None:
        # A moment, not a slot: no DTEND (RFC 5545 3.6.1), and it does not mark the time busy.
        deadline = Event.new(
            uid=event_uid(case_id, RECEIPT_DEADLINE),
            summary=t(QT_TRANSLATE_NOOP("Calendar", "Records due at the specialist's office")),
            description=t(
                QT_TRANSLATE_NOOP(
                    "Calendar",
                    "By now the specialist's office should have all your records, so the doctor "
                    "has time to study them before the appointment. If they have not confirmed "
                    "receipt, call them.",
                )
            ),
            start=moment(facts.receipt_deadline),
            transparency=TRANSP.TRANSPARENT,
            classification=CLASS.PRIVATE,
        )
        deadline.add_component(
            Alarm.new_display(
                description=t(
                    QT_TRANSLATE_NOOP(
                        "Calendar", "Ask the specialist's office to confirm they have your records"
                    )
                ),
                trigger=-REMINDER_BEFORE_DEADLINE,
                uid=event_uid(case_id, f"{RECEIPT_DEADLINE}-reminder"),
            )
        )
        calendar.add_component(deadline)

    for request in facts.requests:
        if request.to_whom.strip():
            summary = t(
                QT_TRANSLATE_NOOP("Calendar", "Records from {to_whom} are due"),
                to_whom=request.to_whom.strip(),
            )
        else:
            summary = t(QT_TRANSLATE_NOOP("Calendar", "Requested records are due"))
        calendar.add_component(
            _all_day(
                event_uid(case_id, REQUEST, request.key),
                request.due,
                summary,
                t(
                    QT_TRANSLATE_NOOP(
                        "Calendar",
                        "Today is the last day for an answer to your records request. If "
                        "nothing has arrived, call and ask.",
                    )
                ),
            )
        )

    if facts.weekly_checkins_from is not None:
        # Floating (no zone): 18:00 where the user is, summer and winter, at home or away.
        start = datetime.combine(facts.weekly_checkins_from, facts.weekly_checkin_at)
        checkin = Event.new(
            uid=event_uid(case_id, WEEKLY_CHECKIN),
            summary=t(QT_TRANSLATE_NOOP("Calendar", "Weekly check-in")),
            description=t(
                QT_TRANSLATE_NOOP(
                    "Calendar",
                    "Take 10 minutes to scan and file this week's medical papers, receipts and "
                    "notes in the planner. Or mark that nothing is new this week.",
                )
            ),
            start=start,
            end=start + CHECKIN_LENGTH,
            classification=CLASS.PRIVATE,
        )
        rule: dict[str, object] = {"FREQ": "WEEKLY", "BYDAY": "SU"}
        if facts.weekly_checkins_until is not None:
            # With a floating start, the end of the rule is a floating time too (RFC 5545).
            rule["UNTIL"] = datetime.combine(facts.weekly_checkins_until, facts.weekly_checkin_at)
        checkin.add("RRULE", rule)
        checkin.add_component(
            Alarm.new_display(
                description=t(QT_TRANSLATE_NOOP("Calendar", "Weekly check-in")),
                trigger=timedelta(0),
                uid=event_uid(case_id, f"{WEEKLY_CHECKIN}-reminder"),
            )
        )
        calendar.add_component(checkin)

    timed = [m for m in (facts.appointment, facts.receipt_deadline) if m is not None]
    if keep_zones and timed:
        # VTIMEZONEs that cover this case's years (and the next), not 1970 to 2038.
        calendar.add_missing_timezones(
            first_date=date(min(timed).year, 1, 1),
            last_date=date(max(timed).year + 2, 1, 1),
        )
    return calendar


def _all_day(uid: str, day: date, summary: str, description: str) -> Event:
    return Event.new(
        uid=uid,
        summary=summary,
        description=description,
        start=day,
        end=day + timedelta(days=1),
        transparency=TRANSP.TRANSPARENT,
        classification=CLASS.PRIVATE,
    )
