from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from wizard.plan.deadlines import (
    is_overdue,
    receipt_deadline,
    received_in_time,
    response_due,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    "sent, due",
    [
        (date(2027, 1, 31), date(2027, 2, 28)),  # no 31st or 29th in February 2027
        (date(2028, 1, 31), date(2028, 2, 29)),  # leap year
        (date(2027, 1, 30), date(2027, 2, 28)),
        (date(2028, 1, 30), date(2028, 2, 29)),
        (date(2027, 3, 31), date(2027, 4, 30)),
        (date(2026, 12, 31), date(2027, 1, 31)),  # into the next year
        (date(2026, 12, 15), date(2027, 1, 15)),
        (date(2027, 2, 28), date(2027, 3, 28)),  # the same day number, not the month's end
        (date(2026, 11, 27), date(2026, 12, 27)),
    ],
)
def test_gdpr_gives_one_calendar_month(sent, due):
    assert response_due(sent, "gdpr") == due


@pytest.mark.parametrize(
    "sent, due",
    [
        (date(2027, 1, 15), date(2027, 2, 14)),  # across a month end
        (date(2027, 2, 10), date(2027, 3, 12)),  # February has 28 days
        (date(2028, 2, 10), date(2028, 3, 11)),  # and 29 in a leap year
        (date(2026, 12, 20), date(2027, 1, 19)),  # across a year end
    ],
)
def test_hipaa_gives_thirty_calendar_days(sent, due):
    assert response_due(sent, "hipaa") == due


def test_another_basis_is_refused():
    with pytest.raises(ValueError, match="hipaa, gdpr"):
        response_due(date(2027, 1, 1), "ccpa")
    with pytest.raises(ValueError):
        is_overdue(date(2027, 1, 1), "HIPAA", date(2027, 3, 1))


@pytest.mark.parametrize("basis, due", [("hipaa", date(2027, 3, 2)), ("gdpr", date(2027, 2, 28))])
def test_overdue_only_after_the_due_day(basis, due):
    sent = date(2027, 1, 31)
    assert response_due(sent, basis) == due
    assert not is_overdue(sent, basis, sent)
    assert not is_overdue(sent, basis, due - timedelta(days=1))
    assert not is_overdue(sent, basis, due)
    assert is_overdue(sent, basis, due + timedelta(days=1))


def test_receipt_deadline_is_48_hours_before():
    appointment = datetime(2026, 6, 18, 14, 30, tzinfo=BERLIN)
    assert receipt_deadline(appointment) == datetime(2026, 6, 16, 14, 30, tzinfo=BERLIN)
    assert receipt_deadline(appointment).tzinfo is BERLIN


def test_exactly_48_hours_before_is_in_time_and_47_is_late():
    appointment = datetime(2026, 6, 18, 14, 30, tzinfo=BERLIN)
    assert received_in_time(appointment, appointment - timedelta(hours=48))
    assert received_in_time(appointment, appointment - timedelta(hours=72))
    assert not received_in_time(appointment, appointment - timedelta(hours=47))
    assert not received_in_time(appointment, appointment - timedelta(hours=48, seconds=-1))
    assert not received_in_time(appointment, appointment + timedelta(hours=1))


def test_receipt_compares_moments_not_wall_clocks():
    appointment = datetime(2026, 6, 18, 14, 30, tzinfo=BERLIN)  # 08:30 in New York
    assert received_in_time(appointment, datetime(2026, 6, 16, 8, 30, tzinfo=NEW_YORK))
    assert not received_in_time(appointment, datetime(2026, 6, 16, 8, 31, tzinfo=NEW_YORK))


@pytest.mark.parametrize(
    "appointment, deadline, wall_hours",
    [
        # Clocks go back on Sunday 25 October 2026 in Berlin: 48 real hours span 47 on the clock.
        (
            datetime(2026, 10, 26, 9, 0, tzinfo=BERLIN),
            datetime(2026, 10, 24, 10, 0, tzinfo=BERLIN),
            47,
        ),
        # Clocks go forward on Sunday 29 March 2026: 48 real hours span 49 on the clock.
        (
            datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN),
            datetime(2026, 3, 28, 8, 0, tzinfo=BERLIN),
            49,
        ),
        # New York falls back on Sunday 1 November 2026.
        (
            datetime(2026, 11, 2, 9, 0, tzinfo=NEW_YORK),
            datetime(2026, 10, 31, 10, 0, tzinfo=NEW_YORK),
            47,
        ),
        # And springs forward on Sunday 8 March 2026.
        (
            datetime(2026, 3, 9, 9, 0, tzinfo=NEW_YORK),
            datetime(2026, 3, 7, 8, 0, tzinfo=NEW_YORK),
            49,
        ),
    ],
)
def test_receipt_deadline_across_daylight_saving(appointment, deadline, wall_hours):
    got = receipt_deadline(appointment)
    assert (got.year, got.month, got.day, got.hour, got.minute) == (
        deadline.year,
        deadline.month,
        deadline.day,
        deadline.hour,
        deadline.minute,
    )
    assert got.utcoffset() == deadline.utcoffset()
    assert appointment.timestamp() - got.timestamp() == 48 * 3600
    wall = appointment.replace(tzinfo=None) - got.replace(tzinfo=None)
    assert wall == timedelta(hours=wall_hours)
    # The naive way (wall-clock subtraction) would be an hour off.
    assert (appointment - timedelta(hours=48)).timestamp() != got.timestamp()
    assert received_in_time(appointment, got)
    assert not received_in_time(appointment, got + timedelta(minutes=1))


def test_received_in_time_on_the_wall_clock_hour_that_dst_moves():
    # Autumn: Saturday 09:30 in Berlin is 48.5 real hours before Monday 09:00, in time.
    autumn = datetime(2026, 10, 26, 9, 0, tzinfo=BERLIN)
    assert received_in_time(autumn, datetime(2026, 10, 24, 9, 30, tzinfo=BERLIN))
    assert received_in_time(autumn, datetime(2026, 10, 24, 10, 0, tzinfo=BERLIN))
    assert not received_in_time(autumn, datetime(2026, 10, 24, 10, 30, tzinfo=BERLIN))
    # Spring: Saturday 08:30 is only 47.5 real hours before Monday 09:00, late.
    spring = datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN)
    assert not received_in_time(spring, datetime(2026, 3, 28, 8, 30, tzinfo=BERLIN))
    assert received_in_time(spring, datetime(2026, 3, 28, 8, 0, tzinfo=BERLIN))


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="time zone"):
        receipt_deadline(datetime(2026, 10, 26, 9, 0))
    aware = datetime(2026, 10, 26, 9, 0, tzinfo=BERLIN)
    with pytest.raises(ValueError, match="time zone"):
        received_in_time(aware, datetime(2026, 10, 23, 9, 0))
    with pytest.raises(ValueError, match="time zone"):
        received_in_time(datetime(2026, 10, 26, 9, 0), aware)
