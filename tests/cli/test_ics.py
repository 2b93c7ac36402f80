"""``export CASE --ics OUT``: the case's dates as a calendar file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from wizard.plan import CaseData
from wizard.plan.case import Entry
from wizard.plan.steps import list_by_key, step_by_key
from wizard.printouts import calendar_facts
from wizard.store import CaseStore

BERLIN = ZoneInfo("Europe/Berlin")


def _has_requests_list() -> bool:
    try:
        list_by_key(step_by_key("records"), "requests")
    except KeyError:
        return False
    return True


def _booked_case(data_dir, cli, language="en") -> None:
    cli("case", "new", "Ada Lovelace", "--lang", language)
    with CaseStore.open(data_dir) as store:
        # The Monday after the clocks go back in Berlin.
        store.set_field(1, "booking", "appointment_date", "2026-10-26")
        store.set_field(1, "booking", "appointment_time", "9:00")
        store.set_field(1, "booking", "time_zone", "Europe/Berlin")
        store.set_field(1, "booking", "place", "Charité, Luisenstraße 64, Berlin")
        candidate = store.add_entry(1, "specialist", "candidates")
        store.set_entry_value(1, candidate, "name", "Dr. Jana Müller")
        store.set_entry_value(1, candidate, "chosen", "yes")
        if _has_requests_list():
            request = store.add_entry(1, "records", "requests")
            store.set_entry_value(1, request, "to_whom", "City Hospital")
            store.set_entry_value(1, request, "sent_on", "2027-01-31")
            store.set_entry_value(1, request, "basis", "gdpr")
            unsent = store.add_entry(1, "records", "requests")
            store.set_entry_value(1, unsent, "to_whom", "Not sent yet")


def _events(path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_export_ics_holds_the_appointment_and_its_deadline(cli, data_dir, tmp_path):
    _booked_case(data_dir, cli)
    out = tmp_path / "case.ics"
    status, stdout, err = cli("export", "1", "--ics", out)
    assert status == 0, err
    assert stdout.strip() == f"Written: {out}"
    events = _events(out)

    appointment = events["case-1-appointment@second-opinion-planner"]
    start = appointment["DTSTART"]
    assert start.params["TZID"] == "Europe/Berlin"
    assert start.dt == datetime(2026, 10, 26, 9, 0, tzinfo=BERLIN)
    assert start.dt.astimezone(UTC) == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)
    assert str(appointment["LOCATION"]) == "Charité, Luisenstraße 64, Berlin"
    assert "Dr. Jana Müller" in str(appointment["DESCRIPTION"])  # the chosen candidate
    assert "Ada Lovelace" in str(appointment["SUMMARY"])

    deadline = events["case-1-receipt-deadline@second-opinion-planner"]
    # 48 real hours earlier: Saturday 10:00 summer time, across the change.
    assert deadline["DTSTART"].dt == datetime(2026, 10, 24, 10, 0, tzinfo=BERLIN)
    assert deadline["DTSTART"].dt.astimezone(UTC) == datetime(2026, 10, 24, 8, 0, tzinfo=UTC)
    (alarm,) = deadline.walk("VALARM")
    assert alarm["TRIGGER"].dt == -timedelta(days=1)
    assert str(alarm["ACTION"]) == "DISPLAY"

    # A second export gives the same UIDs, so a calendar app updates instead of adding copies.
    again = tmp_path / "again.ics"
    assert cli("export", "1", "--ics", again)[0] == 0
    assert set(_events(again)) == set(events)
    assert {
        "case-1-appointment@second-opinion-planner",
        "case-1-weekly-checkin@second-opinion-planner",
    } < set(events)


@pytest.mark.skipif(not _has_requests_list(), reason="step 3's list of requests is not there yet")
def test_export_ics_holds_each_sent_request_and_stable_uids(cli, data_dir, tmp_path):
    _booked_case(data_dir, cli)
    first, second = tmp_path / "one.ics", tmp_path / "two.ics"
    assert cli("export", "1", "--ics", first)[0] == 0
    with CaseStore.open(data_dir) as store:
        store.set_field(1, "booking", "place", "Video call")
    assert cli("export", "1", "--ics", second)[0] == 0
    events = _events(first)
    requests = [e for uid, e in events.items() if "-request-" in uid]
    assert len(requests) == 1  # the one not yet sent has no due day
    (request,) = requests
    assert request["DTSTART"].dt == date(2027, 2, 28)  # one calendar month (GDPR)
    assert "City Hospital" in str(request["SUMMARY"])
    # A second export after a change updates the same events instead of adding copies.
    again = _events(second)
    assert set(again) == set(events)
    assert str(again["case-1-appointment@second-opinion-planner"]["LOCATION"]) == "Video call"


def test_export_ics_in_the_cases_language(cli, data_dir, tmp_path):
    _booked_case(data_dir, cli, language="de")
    out = tmp_path / "case.ics"
    assert cli("export", "1", "--ics", out)[0] == 0
    english = tmp_path / "english.ics"
    assert cli("export", "1", "--ics", english, "--lang", "en")[0] == 0
    german = _events(out)["case-1-appointment@second-opinion-planner"]["SUMMARY"]
    assert "Ada Lovelace" in str(german)
    assert str(german) != str(
        _events(english)["case-1-appointment@second-opinion-planner"]["SUMMARY"]
    )


def test_export_ics_into_the_data_folder_is_refused(cli, data_dir):
    cli("case", "new", "Ada")
    inside = data_dir / "calendar.ics"
    status, stdout, err = cli("export", "1", "--ics", inside)
    assert status != 0
    assert "inside the program's data folder" in err
    assert not inside.exists()
    assert stdout == ""


def test_ics_is_one_of_the_export_targets(cli, tmp_path):
    cli("case", "new", "Ada")
    status, _, err = cli("export", "1", "--ics", tmp_path / "a.ics", "--pdf", tmp_path / "a.pdf")
    assert status == 2
    assert "not allowed with argument" in err


def test_calendar_facts_from_a_case_with_guarded_requests():
    case = CaseData(
        name="Ben",
        id=7,
        fields={"booking": {"doctor": "Dr. Bell"}},
        entries={
            "specialist": {"candidates": [Entry(1, {"name": "Dr. Ortiz", "chosen": "yes"})]},
            "records": {
                "requests": [
                    Entry(2, {"to_whom": "Clinic A", "sent_on": "2027-01-15", "basis": "hipaa"}),
                    Entry(3, {"sent_on": "2027-01-15", "basis": "gdpr"}),  # no addressee
                    Entry(4, {"to_whom": "B", "sent_on": "2027-01-15"}),  # no basis
                    Entry(5, {"to_whom": "C", "basis": "hipaa"}),  # not sent
                    Entry(6, {"to_whom": "D", "sent_on": "soon", "basis": "gdpr"}),  # damaged
                ]
            },
        },
    )
    facts = calendar_facts(case)
    assert facts.case_id == 7
    assert facts.appointment is None and facts.receipt_deadline is None
    assert facts.appointment_doctor == "Dr. Bell"  # the booking's own doctor wins
    assert [(r.key, r.to_whom, r.due) for r in facts.requests] == [
        ("2", "Clinic A", date(2027, 2, 14)),
        ("3", "", date(2027, 2, 15)),
    ]
    no_doctor = CaseData(name="Ben", id=7)
    assert calendar_facts(no_doctor).appointment_doctor == ""


def test_export_ics_holds_the_sunday_evening_check_in(cli, data_dir, tmp_path):
    cli("case", "new", "Ada Lovelace")
    out = tmp_path / "case.ics"
    assert cli("export", "1", "--ics", out)[0] == 0
    events = _events(out)
    assert list(events) == ["case-1-weekly-checkin@second-opinion-planner"]
    (event,) = events.values()
    start = event["DTSTART"].dt
    assert start.weekday() == 6 and (start.hour, start.minute) == (18, 0)
    assert start.tzinfo is None
    today = date.today()
    assert today <= start.date() < today + timedelta(days=7)
    assert event["RRULE"]["FREQ"] == ["WEEKLY"] and event["RRULE"]["BYDAY"] == ["SU"]


def test_the_check_ins_start_on_the_coming_sunday():
    case = CaseData(name="Ben", id=7)
    saturday, sunday, monday = date(2026, 11, 28), date(2026, 11, 29), date(2026, 11, 30)
    assert calendar_facts(case, saturday).weekly_checkins_from == sunday
    assert calendar_facts(case, sunday).weekly_checkins_from == sunday
    assert calendar_facts(case, monday).weekly_checkins_from == date(2026, 12, 6)
