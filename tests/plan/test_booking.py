"""Step 5's rule: the appointment written down, the records confirmed, 48 real hours ahead."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from wizard.plan import CaseData, Status, evaluate, step_by_key
from wizard.plan.booking import appointment_at, receipt_deadline_of
from wizard.plan.fields import BadValue, clean_value
from wizard.plan.messages import Day
from wizard.plan.steps import field_by_key

STEP = step_by_key("booking")
TODAY = dt.date(2026, 11, 10)  # the day before the appointment
DST_SUNDAY = dt.date(2026, 10, 25)
BERLIN = ZoneInfo("Europe/Berlin")
# A Wednesday appointment, far from any daylight-saving change.
APPOINTMENT = {
    "appointment_date": "2026-11-11",
    "appointment_time": "14:00",
    "time_zone": "Europe/Berlin",
    "booked_as_second_opinion": "yes",
}
# The Monday after the clocks go back (Sunday 25 October 2026, 03:00 -> 02:00).
AFTER_DST = dict(APPOINTMENT, appointment_date="2026-10-26", appointment_time="09:00")
LATE = (
    "The office confirmed your records less than 48 hours before the appointment. "
    "Ask whether the doctor had time to read them."
)


def case_of(**values):
    return CaseData(name="A", fields={"booking": {k: v for k, v in values.items() if v}})


def judge(today=TODAY, **values):
    return evaluate(STEP, case_of(**values), today)


def texts(messages):
    return [m.render() for m in messages]


def test_nothing_written_down():
    verdict = judge()
    assert verdict.status is Status.NOT_STARTED
    assert texts(verdict.missing) == [
        "Write down the day and time of your appointment.",
        "Choose the time zone of the appointment.",
        "Ask the office to confirm they have your records.",
    ]
    assert verdict.warnings == ()


def test_an_appointment_without_receipt_names_the_deadline():
    verdict = judge(**APPOINTMENT)
    assert verdict.status is Status.IN_PROGRESS
    assert texts(verdict.missing) == [
        "Ask the office to confirm they have your records, by 2026-11-09 at 14:00."
    ]
    assert verdict.missing[0].params == {"date": Day("2026-11-09"), "time": "14:00"}


def test_appointment_confirmed_and_records_received_in_time_is_done():
    verdict = judge(**APPOINTMENT, receipt_confirmed_on="2026-11-02", receipt_confirmed_by="Ana")
    assert verdict.status is Status.DONE
    assert verdict.warnings == ()


def test_exactly_48_hours_before_is_in_time_47_is_late():
    on_time = judge(**APPOINTMENT, receipt_confirmed_on="2026-11-09", receipt_time="14:00")
    assert on_time.status is Status.DONE and on_time.warnings == ()
    late = judge(**APPOINTMENT, receipt_confirmed_on="2026-11-09", receipt_time="15:00")
    assert late.status is Status.DONE  # a warning, never a block
    assert texts(late.warnings) == [LATE]


def test_a_receipt_without_a_time_counts_at_the_end_of_its_day():
    deadline_day = judge(**APPOINTMENT, receipt_confirmed_on="2026-11-09")
    assert texts(deadline_day.warnings) == [LATE]
    day_before = judge(**APPOINTMENT, receipt_confirmed_on="2026-11-08")
    assert day_before.warnings == ()


def test_the_deadline_counts_real_hours_across_the_dst_weekend():
    case = case_of(**AFTER_DST)
    appointment = appointment_at(case)
    assert appointment == dt.datetime(2026, 10, 26, 9, 0, tzinfo=BERLIN)
    deadline = receipt_deadline_of(case)
    # 48 real hours before Monday 09:00 (winter time) is Saturday 10:00 (summer time).
    assert deadline is not None
    assert deadline.replace(tzinfo=None) == dt.datetime(2026, 10, 24, 10, 0)
    assert appointment - deadline == dt.timedelta(hours=47)  # on the wall clock
    assert appointment.astimezone(dt.UTC) - deadline.astimezone(dt.UTC) == dt.timedelta(hours=48)
    today = DST_SUNDAY
    assert judge(today, **AFTER_DST).missing[0].params == {
        "date": Day("2026-10-24"),
        "time": "10:00",
    }
    # 09:30 on Saturday is late by the wall clock, but in time by the real hours.
    saturday = {"receipt_confirmed_on": "2026-10-24"}
    assert judge(today, **AFTER_DST, **saturday, receipt_time="09:30").warnings == ()
    assert judge(today, **AFTER_DST, **saturday, receipt_time="10:00").warnings == ()
    late = judge(today, **AFTER_DST, **saturday, receipt_time="10:01")
    assert texts(late.warnings) == [LATE]


def test_a_missing_time_zone_is_named_and_no_deadline_is_guessed():
    values = dict(APPOINTMENT, time_zone="")
    verdict = judge(**values)
    assert texts(verdict.missing) == [
        "Choose the time zone of the appointment.",
        "Ask the office to confirm they have your records.",
    ]
    assert appointment_at(case_of(**values)) is None
    assert receipt_deadline_of(case_of(**values)) is None
    # Confirmed, but the zone still missing: not done, and no late warning from a guess.
    verdict = judge(**values, receipt_confirmed_on="2026-11-10")
    assert verdict.status is Status.IN_PROGRESS
    assert texts(verdict.missing) == ["Choose the time zone of the appointment."]
    assert verdict.warnings == ()


@pytest.mark.parametrize("missing", ["appointment_date", "appointment_time"])
def test_a_missing_day_or_time_is_named(missing):
    verdict = judge(**dict(APPOINTMENT, **{missing: ""}), receipt_confirmed_on="2026-11-02")
    assert texts(verdict.missing) == ["Write down the day and time of your appointment."]
    assert appointment_at(case_of(**dict(APPOINTMENT, **{missing: ""}))) is None


def test_an_appointment_in_the_past_without_receipt_is_questioned():
    verdict = judge(dt.date(2026, 11, 12), **APPOINTMENT)
    assert verdict.status is Status.IN_PROGRESS
    assert texts(verdict.warnings) == [
        "The appointment day has passed and the office has not confirmed your records. "
        "Is the appointment date right?"
    ]
    # On the day itself it has not passed; and once the records were confirmed, a past
    # appointment is simply one that took place.
    assert judge(dt.date(2026, 11, 11), **APPOINTMENT).warnings == ()
    after = judge(dt.date(2026, 12, 1), **APPOINTMENT, receipt_confirmed_on="2026-11-02")
    assert after.status is Status.DONE and after.warnings == ()


def test_a_receipt_after_the_appointment_is_questioned_once():
    later_day = judge(dt.date(2026, 11, 20), **APPOINTMENT, receipt_confirmed_on="2026-11-12")
    assert texts(later_day.warnings) == [
        "The receipt date is after the appointment. Please check it."
    ]
    same_day_later = judge(
        dt.date(2026, 11, 20),
        **APPOINTMENT,
        receipt_confirmed_on="2026-11-11",
        receipt_time="15:00",
    )
    assert texts(same_day_later.warnings) == [
        "The receipt date is after the appointment. Please check it."
    ]
    # The same day without a time may well be before the visit: late, not impossible.
    same_day = judge(dt.date(2026, 11, 20), **APPOINTMENT, receipt_confirmed_on="2026-11-11")
    assert texts(same_day.warnings) == [LATE]


def test_records_sent_after_the_appointment_and_a_future_receipt():
    verdict = judge(
        dt.date(2026, 11, 1),
        **APPOINTMENT,
        records_sent_on="2026-11-12",
        receipt_confirmed_on="2026-11-02",
    )
    assert texts(verdict.warnings) == [
        "You sent your records after the appointment day. Please check the dates.",
        "The day the office confirmed your records is in the future.",
    ]


@pytest.mark.parametrize(
    ("answer", "warning"),
    [
        ("no", "The office did not book it as a second opinion visit."),
        ("unknown", "Make sure the office booked it as a second opinion visit."),
        ("", "Make sure the office booked it as a second opinion visit."),
    ],
)
def test_not_booked_as_a_second_opinion_is_a_warning_not_a_block(answer, warning):
    values = dict(APPOINTMENT, booked_as_second_opinion=answer)
    verdict = judge(**values, receipt_confirmed_on="2026-11-02")
    assert verdict.status is Status.DONE
    assert len(verdict.warnings) == 1
    assert texts(verdict.warnings)[0].startswith(warning)


def test_times_and_zones_as_typed():
    assert clean_value(field_by_key(STEP, "appointment_time"), "2:30 pm") == "14:30"
    assert clean_value(field_by_key(STEP, "receipt_time"), "9.05") == "09:05"
    with pytest.raises(BadValue):
        clean_value(field_by_key(STEP, "time_zone"), "Mars/Olympus")
    records_how = field_by_key(STEP, "records_how")
    assert [c.key for c in records_how.choices] == [
        "portal",
        "email",
        "fax",
        "post",
        "disc",
        "bring",
    ]


def test_a_damaged_stored_value_gives_no_appointment_rather_than_an_error():
    case = case_of(**dict(APPOINTMENT, time_zone="Nowhere/Else", appointment_time="25:99"))
    assert appointment_at(case) is None
    verdict = evaluate(STEP, case, TODAY)
    assert "Choose the time zone of the appointment." in texts(verdict.missing)


def test_a_receipt_dated_in_the_future_has_not_happened_yet():
    from wizard.plan.case import CaseData as Case

    values = {
        "appointment_date": "2026-12-10",
        "appointment_time": "09:30",
        "time_zone": "Europe/Berlin",
        "booked_as_second_opinion": "yes",
        "receipt_confirmed_on": "2026-12-09",
    }
    case = Case(name="A", fields={"booking": values})
    result = evaluate(step_by_key("booking"), case, dt.date(2026, 11, 27))
    assert result.status is not Status.DONE
    assert "Ask the office to confirm" in result.missing[0].render()
