from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from wizard.errors import UserError
from wizard.export.calendar import (
    CalendarFacts,
    RequestDue,
    build_calendar,
    event_uid,
    write_ics,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
APPOINTMENT = datetime(2026, 10, 26, 9, 0, tzinfo=BERLIN)  # the day after clocks go back
# 48 real hours earlier, counted in UTC: 10:00 summer time on the 24th, not 09:00.
DEADLINE = (APPOINTMENT.astimezone(UTC) - timedelta(hours=48)).astimezone(BERLIN)


def _facts(**changes) -> CalendarFacts:
    values: dict = dict(
        case_id=42,
        patient_name="Ada Lovelace",
        appointment=APPOINTMENT,
        appointment_place="Charité, Luisenstraße 64, Berlin",
        appointment_doctor="Dr. Jana Müller",
        receipt_deadline=DEADLINE,
        requests=(
            RequestDue("7", "Dr. Smith; Heart Clinic", date(2026, 9, 30)),
            RequestDue("8", "City Hospital", date(2026, 10, 5)),
        ),
        weekly_checkins_from=date(2026, 9, 6),
    )
    values.update(changes)
    return CalendarFacts(**values)


def _write_and_read(facts: CalendarFacts, path, tr=None) -> tuple[Calendar, str]:
    write_ics(facts, path, tr)
    data = path.read_bytes()
    return Calendar.from_ical(data), data.decode("utf-8")


def _events(calendar: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def _unfolded(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def test_deadline_fixture_crosses_the_dst_change():
    assert DEADLINE.replace(tzinfo=None) == datetime(2026, 10, 24, 10, 0)
    assert APPOINTMENT.utcoffset() == timedelta(hours=1)
    assert DEADLINE.utcoffset() == timedelta(hours=2)


def test_every_fact_becomes_one_event(tmp_path):
    calendar, text = _write_and_read(_facts(), tmp_path / "case.ics")
    assert str(calendar["PRODID"]) == "-//Second Opinion Planner//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    # appointment, receipt deadline, two requests, weekly check-in
    assert len(calendar.walk("VEVENT")) == 5
    assert set(_events(calendar)) == {
        "case-42-appointment@second-opinion-planner",
        "case-42-receipt-deadline@second-opinion-planner",
        "case-42-request-7@second-opinion-planner",
        "case-42-request-8@second-opinion-planner",
        "case-42-weekly-checkin@second-opinion-planner",
    }


def test_appointment_keeps_its_instant_and_its_zone(tmp_path):
    calendar, text = _write_and_read(_facts(), tmp_path / "case.ics")
    event = _events(calendar)[event_uid(42, "appointment")]
    start = event["DTSTART"]
    assert start.params["TZID"] == "Europe/Berlin"
    assert start.dt == APPOINTMENT  # aware datetimes compare as instants
    assert start.dt.utcoffset() == timedelta(hours=1)
    assert event["DTEND"].dt - start.dt == timedelta(hours=1)
    assert str(event["SUMMARY"]) == "Second opinion appointment for Ada Lovelace"
    assert str(event["LOCATION"]) == "Charité, Luisenstraße 64, Berlin"
    assert "Dr. Jana Müller" in str(event["DESCRIPTION"])
    assert "questions" in str(event["DESCRIPTION"])
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Berlin"]
    assert "DTSTART;TZID=Europe/Berlin:20261026T090000" in _unfolded(text)


def test_receipt_deadline_reminds_a_day_before(tmp_path):
    calendar, text = _write_and_read(_facts(), tmp_path / "case.ics")
    event = _events(calendar)[event_uid(42, "receipt-deadline")]
    assert event["DTSTART"].dt == DEADLINE
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(days=-1)
    assert str(alarm["DESCRIPTION"]) == (
        "Ask the specialist's office to confirm they have your records"
    )
    assert "TRIGGER:-P1D" in text


def test_times_across_the_dst_change_are_right(tmp_path):
    calendar, text = _write_and_read(_facts(), tmp_path / "case.ics")
    flat = _unfolded(text)
    assert "DTSTART;TZID=Europe/Berlin:20261026T090000" in flat
    assert "DTSTART;TZID=Europe/Berlin:20261024T100000" in flat
    events = _events(calendar)
    appointment = events[event_uid(42, "appointment")]["DTSTART"].dt
    deadline = events[event_uid(42, "receipt-deadline")]["DTSTART"].dt
    assert appointment.astimezone(UTC) - deadline.astimezone(UTC) == timedelta(hours=48)
    assert appointment.astimezone(UTC) == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)
    assert deadline.astimezone(UTC) == datetime(2026, 10, 24, 8, 0, tzinfo=UTC)
    # The VTIMEZONE written into the file says the same on its own, without zoneinfo.
    (vtimezone,) = calendar.timezones
    own = vtimezone.to_tz()
    assert own.utcoffset(datetime(2026, 10, 26, 9, 0)) == timedelta(hours=1)
    assert own.utcoffset(datetime(2026, 10, 24, 10, 0)) == timedelta(hours=2)


def test_requests_are_all_day_events(tmp_path):
    calendar, text = _write_and_read(_facts(), tmp_path / "case.ics")
    events = _events(calendar)
    first = events[event_uid(42, "request", "7")]
    assert type(first["DTSTART"].dt) is date
    assert first["DTSTART"].dt == date(2026, 9, 30)
    assert first["DTEND"].dt == date(2026, 10, 1)
    assert str(first["SUMMARY"]) == "Records from Dr. Smith; Heart Clinic are due"
    second = events[event_uid(42, "request", "8")]
    assert type(second["DTSTART"].dt) is date
    assert second["DTSTART"].dt == date(2026, 10, 5)
    assert "DTSTART;VALUE=DATE:20260930" in text
    assert "DTSTART;VALUE=DATE:20261005" in text


def test_weekly_checkin_is_one_event_every_sunday_evening(tmp_path):
    calendar, text = _write_and_read(_facts(), tmp_path / "case.ics")
    checkins = [e for e in calendar.walk("VEVENT") if "weekly-checkin" in str(e["UID"])]
    assert len(checkins) == 1  # one repeating event, not one per week
    (event,) = checkins
    assert str(event["UID"]) == event_uid(42, "weekly-checkin")
    # 18:00 to 18:10 on the user's own clock: a floating time, without a zone.
    assert event["DTSTART"].dt == datetime(2026, 9, 6, 18, 0)
    assert event["DTSTART"].dt.tzinfo is None and "TZID" not in event["DTSTART"].params
    assert event["DTEND"].dt == datetime(2026, 9, 6, 18, 10)
    assert event["DTSTART"].dt.weekday() == 6
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    assert event["RRULE"]["BYDAY"] == ["SU"]
    assert "UNTIL" not in event["RRULE"]
    assert "RRULE:FREQ=WEEKLY;BYDAY=SU\r\n" in text
    assert "DTSTART:20260906T180000\r\n" in text
    assert str(event["SUMMARY"]) == "Weekly check-in"
    description = " ".join(str(event["DESCRIPTION"]).split())
    assert "10 minutes" in description and "scan and file" in description
    assert "nothing is new this week" in description
    (alarm,) = event.walk("VALARM")
    assert alarm["TRIGGER"].dt == timedelta(0) and str(alarm["ACTION"]) == "DISPLAY"

    bounded = _facts(weekly_checkins_until=date(2026, 12, 27))
    calendar, text = _write_and_read(bounded, tmp_path / "bounded.ics")
    event = _events(calendar)[event_uid(42, "weekly-checkin")]
    # With a floating start, the rule ends at a floating time too (RFC 5545).
    assert event["RRULE"]["UNTIL"] == [datetime(2026, 12, 27, 18, 0)]
    assert "RRULE:FREQ=WEEKLY;UNTIL=20261227T180000;BYDAY=SU\r\n" in text


def test_weekly_checkin_alone_needs_no_time_zone(tmp_path):
    facts = CalendarFacts(case_id=3, weekly_checkins_from=date(2026, 11, 29))
    calendar, _ = _write_and_read(facts, tmp_path / "weekly.ics")
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [event_uid(3, "weekly-checkin")]
    assert calendar.timezones == []


def test_uids_are_stable_across_exports_and_distinct_between_events(tmp_path):
    first, first_text = _write_and_read(_facts(), tmp_path / "one.ics")
    second, second_text = _write_and_read(
        _facts(appointment=APPOINTMENT + timedelta(days=1)), tmp_path / "two.ics"
    )
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["UID"]) for e in second.walk("VEVENT")]
    assert str(first["UID"]) == str(second["UID"])
    other_case = [str(e["UID"]) for e in build_calendar(_facts(case_id=43)).walk("VEVENT")]
    assert not set(uids) & set(other_case)


def test_request_keys_of_any_text_give_distinct_plain_uids():
    keys = ["a b", "a%20b", "a/b", "ä", "x;y,z"]
    uids = [event_uid(1, "request", key) for key in keys]
    assert len(set(uids)) == len(uids)
    assert all(re.fullmatch(r"[A-Za-z0-9%._@-]+", uid) for uid in uids)
    assert event_uid(1, "request", "a b") == event_uid(1, "request", "a b")


def test_empty_facts_give_a_valid_calendar_without_events(tmp_path):
    calendar, text = _write_and_read(CalendarFacts(case_id=1), tmp_path / "empty.ics")
    assert calendar.walk("VEVENT") == []
    assert calendar.timezones == []
    assert str(calendar["PRODID"]) == "-//Second Opinion Planner//EN"
    assert text.startswith("BEGIN:VCALENDAR")
    assert text.rstrip().endswith("END:VCALENDAR")


def test_only_what_is_given_is_written(tmp_path):
    facts = CalendarFacts(case_id=5, requests=(RequestDue("1", "", date(2026, 3, 2)),))
    calendar, _ = _write_and_read(facts, tmp_path / "one.ics")
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Requested records are due"
    assert calendar.timezones == []


def test_appointment_without_name_place_or_doctor(tmp_path):
    facts = _facts(patient_name="", appointment_place="", appointment_doctor="")
    event = _events(build_calendar(facts))[event_uid(42, "appointment")]
    assert str(event["SUMMARY"]) == "Second opinion appointment"
    assert str(event["DESCRIPTION"]) == "Bring your list of questions."
    assert "LOCATION" not in event


def test_times_in_several_zones_each_get_a_vtimezone(tmp_path):
    deadline = datetime(2026, 10, 24, 4, 0, tzinfo=NEW_YORK)
    calendar, _ = _write_and_read(_facts(receipt_deadline=deadline), tmp_path / "z.ics")
    assert sorted(tz.tz_name for tz in calendar.timezones) == [
        "America/New_York",
        "Europe/Berlin",
    ]
    event = _events(calendar)[event_uid(42, "receipt-deadline")]
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert event["DTSTART"].dt == deadline


def test_a_zone_without_a_name_is_written_in_utc(tmp_path):
    fixed = datetime(2026, 10, 26, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    calendar, text = _write_and_read(
        _facts(appointment=fixed, receipt_deadline=None), tmp_path / "utc.ics"
    )
    start = _events(calendar)[event_uid(42, "appointment")]["DTSTART"]
    assert "TZID" not in start.params
    assert start.dt == fixed
    assert "DTSTART:20261026T070000Z" in text
    assert calendar.timezones == []


def test_texts_go_through_tr_in_the_calendar_context(tmp_path):
    seen: set[str] = set()

    def tr(context: str, text: str) -> str:
        seen.add(context)
        return text.replace("Second opinion appointment for", "Termin für die Zweitmeinung:")

    calendar, _ = _write_and_read(_facts(), tmp_path / "de.ics", tr)
    event = _events(calendar)[event_uid(42, "appointment")]
    assert str(event["SUMMARY"]) == "Termin für die Zweitmeinung: Ada Lovelace"
    assert seen == {"Calendar"}


def test_no_medical_detail_and_the_name_only_once(tmp_path):
    _, text = _write_and_read(_facts(), tmp_path / "case.ics")
    assert _unfolded(text).count("Ada Lovelace") == 1


def test_written_atomically_and_readable_without_icalendar(tmp_path):
    out = tmp_path / "case.ics"
    write_ics(_facts(), out)
    assert [p.name for p in tmp_path.iterdir()] == ["case.ics"]
    text = _unfolded(out.read_bytes().decode("utf-8"))
    assert "BEGIN:VCALENDAR" in text
    assert "\r\n" in text  # RFC 5545 line ends
    blocks = re.findall(r"BEGIN:VEVENT\r?\n(.*?)END:VEVENT", text, flags=re.S)
    assert len(blocks) == text.count("BEGIN:VEVENT") == 5
    uids = [re.search(r"^UID:(.+?)\r?$", block, flags=re.M) for block in blocks]
    assert all(uids)
    assert len({m.group(1) for m in uids if m}) == 5


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    out = tmp_path / "case.ics"
    out.write_bytes(b"old content")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    import wizard.atomic

    monkeypatch.setattr(wizard.atomic.os, "replace", boom)
    with pytest.raises(UserError, match="No space left on device"):
        write_ics(_facts(), out)
    assert out.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["case.ics"]


def test_wrong_facts_are_refused():
    with pytest.raises(ValueError, match="time zone"):
        _facts(appointment=datetime(2026, 10, 26, 9, 0))
    with pytest.raises(ValueError, match="time zone"):
        _facts(receipt_deadline=datetime(2026, 10, 24, 10, 0))
    with pytest.raises(ValueError, match="unique"):
        _facts(
            requests=(
                RequestDue("1", "A", date(2026, 1, 1)),
                RequestDue("1", "B", date(2026, 1, 2)),
            )
        )
    with pytest.raises(TypeError, match="date"):
        _facts(requests=(RequestDue("1", "A", datetime(2026, 1, 1, 9, 0, tzinfo=UTC)),))
    with pytest.raises(ValueError, match="weekly_checkins_until"):
        _facts(weekly_checkins_until=date(2026, 9, 1))
    with pytest.raises(ValueError, match="Sunday"):
        _facts(weekly_checkins_from=date(2026, 9, 7))
