"""The dates the law and the plan set: when a records request must be answered, and by
when the specialist must have the records (48 hours before the appointment).

HIPAA (45 CFR 164.524(b)(2)) gives a provider 30 calendar days; the GDPR (Article 12(3))
gives a controller one calendar month. A month is counted as lawyers count it: the same
day number in the next month, or that month's last day when it has no such day.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta

HIPAA = "hipaa"
GDPR = "gdpr"
BASES = (HIPAA, GDPR)

HIPAA_DAYS = 30
RECEIPT_HOURS = 48


def response_due(sent: date, basis: str) -> date:
    """The last day on which a request sent on ``sent`` may be answered.

    The law counts from receipt; counting from the day it was sent is the safe side
    for the patient's own planning, and is what the letter states.
    """
    if basis == HIPAA:
        return sent + timedelta(days=HIPAA_DAYS)
    if basis == GDPR:
        return add_month(sent)
    raise ValueError(f"unknown legal basis {basis!r}; expected one of {', '.join(BASES)}")


def add_month(day: date) -> date:
    """The same day number one month later, clamped to that month's last day
    (31 January -> 28 or 29 February; 31 December -> 31 January)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def is_overdue(sent: date, basis: str, today: date) -> bool:
    """True from the day after the due date: the due day itself is still in time."""
    return today > response_due(sent, basis)


def receipt_deadline(appointment: datetime) -> datetime:
    """When the records must have arrived: 48 real hours before ``appointment``.

    Python's aware-datetime subtraction keeps the wall clock, which is an hour off
    across a daylight-saving change; so the hours are counted in UTC and the result
    is shown in the appointment's own zone.
    """
    _require_aware(appointment, "appointment")
    utc = appointment.astimezone(UTC) - timedelta(hours=RECEIPT_HOURS)
    return utc.astimezone(appointment.tzinfo)


def received_in_time(appointment: datetime, received: datetime) -> bool:
    """True when ``received`` is at or before the receipt deadline (exactly 48 h is in time)."""
    _require_aware(received, "received")
    return received.astimezone(UTC) <= receipt_deadline(appointment).astimezone(UTC)


def _require_aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must carry a time zone, got the naive {moment.isoformat()}")
