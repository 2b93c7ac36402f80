"""The dates that matter: appointment, receipt deadline and request due days, with their state."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.plan import CaseData
from wizard.plan.case import Entry
from wizard.plan.dates import DONE, OVERDUE, TODAY, UPCOMING, KeyDate, key_dates
from wizard.plan.messages import Msg

NOW = dt.date(2026, 11, 10)
# A Wednesday appointment in Berlin: the records are due Monday 14:00, 48 real hours before.
APPOINTMENT = {
    "appointment_date": "2026-11-11",
    "appointment_time": "14:00",
    "time_zone": "Europe/Berlin",
}


def case_of(booking=None, requests=()):
    return CaseData(
        name="A",
        fields={"booking": dict(booking)} if booking else {},
        entries={"records": {"requests": [Entry(n, v) for n, v in enumerate(requests, 1)]}},
    )


def lines(dates):
    return [(d.day.isoformat(), d.time, d.what.render(), d.step_key, d.state) for d in dates]


def test_an_empty_case_has_no_dates():
    assert key_dates(CaseData(name="A"), NOW) == ()


def test_the_appointment_and_its_receipt_deadline():
    assert lines(key_dates(case_of(APPOINTMENT), NOW)) == [
        (
            "2026-11-09",
            "14:00",
            "The specialist's office should confirm they have your records",
            "booking",
            OVERDUE,
        ),
        ("2026-11-11", "14:00", "Second opinion appointment", "booking", UPCOMING),
    ]


def test_a_confirmed_receipt_is_done_even_when_its_deadline_has_passed():
    booked = dict(APPOINTMENT, receipt_confirmed_on="2026-11-08")
    deadline = key_dates(case_of(booked), NOW)[0]
    assert deadline.state == DONE


@pytest.mark.parametrize(
    ("today", "deadline", "appointment"),
    [
        (dt.date(2026, 11, 1), UPCOMING, UPCOMING),
        (dt.date(2026, 11, 9), TODAY, UPCOMING),
        (dt.date(2026, 11, 10), OVERDUE, UPCOMING),
        (dt.date(2026, 11, 11), OVERDUE, TODAY),
        # A past appointment is behind the user, never late; the missing receipt says it.
        (dt.date(2026, 11, 12), OVERDUE, DONE),
    ],
)
def test_states_move_with_today(today, deadline, appointment):
    assert [d.state for d in key_dates(case_of(APPOINTMENT), today)] == [deadline, appointment]


def test_the_deadline_counts_real_hours_across_a_clock_change():
    # Monday 26 October 2026, 09:00, the day after the clocks go back: 48 real hours
    # before is Saturday 10:00 on the wall clock.
    after_dst = dict(APPOINTMENT, appointment_date="2026-10-26", appointment_time="09:00")
    deadline = key_dates(case_of(after_dst), dt.date(2026, 10, 1))[0]
    assert (deadline.day, deadline.time) == (dt.date(2026, 10, 24), "10:00")


def test_an_appointment_day_alone_shows_without_a_time_and_without_a_deadline():
    dates = key_dates(case_of({"appointment_date": "2026-11-11"}), NOW)
    assert lines(dates) == [("2026-11-11", "", "Second opinion appointment", "booking", UPCOMING)]
    without_zone = {"appointment_date": "2026-11-11", "appointment_time": "09:30"}
    assert [d.time for d in key_dates(case_of(without_zone), NOW)] == ["09:30"]


def test_each_sent_request_has_its_due_day():
    requests = [
        {"to_whom": "Dr. Lee", "sent_on": "2026-10-01", "basis": "hipaa"},  # due 31 Oct
        {"to_whom": "Klinikum Nord", "sent_on": "2026-10-31", "basis": "gdpr"},  # due 30 Nov
        {
            "to_whom": "St. Mary",
            "sent_on": "2026-10-01",
            "basis": "hipaa",
            "answered_on": "2026-10-20",
        },
        {"sent_on": "2026-10-11", "basis": "hipaa"},  # due today, no name
        {"to_whom": "Not sent yet", "basis": "hipaa"},
        {"to_whom": "No law named", "sent_on": "2026-10-01"},
    ]
    assert lines(key_dates(case_of(requests=requests), NOW)) == [
        ("2026-10-31", "", "Answer due from Dr. Lee", "records", OVERDUE),
        ("2026-10-31", "", "Answer due from St. Mary", "records", DONE),
        ("2026-11-10", "", "Answer due from the clinic", "records", TODAY),
        ("2026-11-30", "", "Answer due from Klinikum Nord", "records", UPCOMING),
    ]


def test_a_request_due_on_the_appointment_day_comes_before_the_timed_appointment():
    requests = [{"to_whom": "Dr. Lee", "sent_on": "2026-10-12", "basis": "hipaa"}]
    dates = key_dates(case_of(APPOINTMENT, requests), NOW)
    assert [d.day.isoformat() for d in dates] == ["2026-11-09", "2026-11-11", "2026-11-11"]
    assert [d.step_key for d in dates] == ["booking", "records", "booking"]


def test_the_answer_line_is_one_translatable_sentence():
    requests = [{"to_whom": "Dr. Lee", "sent_on": "2026-10-01", "basis": "hipaa"}]
    (due,) = key_dates(case_of(requests=requests), NOW)
    assert due.what.text == "Answer due from {clinic}"
    translated = due.what.render(lambda context, text: f"[{context}:{text}]")
    assert translated == "[Plan:Answer due from Dr. Lee]"


def test_unreadable_stored_values_are_left_out_rather_than_failing():
    booked = {"appointment_date": "someday", "appointment_time": "noon", "time_zone": "Mars/Base"}
    requests = [{"to_whom": "Dr. Lee", "sent_on": "last week", "basis": "hipaa"}]
    assert key_dates(case_of(booked, requests), NOW) == ()


def test_a_key_date_refuses_an_unknown_state():
    with pytest.raises(ValueError, match="unknown state"):
        KeyDate(NOW, "", Msg("x"), "booking", "soon")
