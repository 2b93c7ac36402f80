"""The caseload's lines: labels that tell same-named cases apart, progress, next step and date."""

from __future__ import annotations

import datetime as dt

from wizard.plan import CaseData
from wizard.plan.case import Entry
from wizard.plan.caseload import (
    CaseListing,
    birth_date_of,
    caseload,
    changed_text,
    labels,
    next_action_text,
    next_date,
    next_date_text,
    progress_text,
    search_key,
)
from wizard.plan.dates import OVERDUE, UPCOMING
from wizard.plan.steps import STEPS

TODAY = dt.date(2026, 11, 10)


def shown(msg):
    return msg.render(None, lambda iso: f"<{iso}>")


def test_a_name_of_its_own_stays_plain_and_shared_names_get_number_and_birth_date():
    listings = [
        CaseListing(1, "Maria Example", birth_date="1950-03-03"),
        CaseListing(2, "maria  example"),  # capitals and spaces do not make another name
        CaseListing(3, "Ben"),
        CaseListing(4, "Maria Example", birth_date="1962-11-20", archived=True),
    ]
    assert {n: shown(m) for n, m in labels(listings).items()} == {
        1: "Maria Example (no. 1, born <1950-03-03>)",
        2: "maria  example (no. 2)",
        3: "Ben",
        4: "Maria Example (no. 4, born <1962-11-20>)",
    }


def test_the_birth_date_comes_from_step_one_else_from_the_request_letter():
    case = CaseData(name="A", fields={"records": {"date_of_birth": "1970-04-12"}})
    assert birth_date_of(case) == "1970-04-12"
    case.set_value("need", "birth_date", "1970-04-13")
    assert birth_date_of(case) == "1970-04-13"
    assert birth_date_of(CaseData(name="B")) == ""


def test_the_next_date_is_the_earliest_not_done_a_late_one_first():
    case = CaseData(
        name="A",
        fields={"booking": {"appointment_date": "2026-12-01"}},
        entries={
            "records": {
                "requests": [
                    # Answered: done, though its due day was earlier.
                    Entry(
                        1, {"sent_on": "2026-09-01", "basis": "hipaa", "answered_on": "2026-09-20"}
                    ),
                    # Not answered and past due: late.
                    Entry(2, {"sent_on": "2026-10-01", "basis": "hipaa", "to_whom": "City"}),
                ]
            }
        },
    )
    first = next_date(case, TODAY)
    assert (first.day, first.state) == (dt.date(2026, 10, 31), OVERDUE)
    assert shown(next_date_text(first)) == "<2026-10-31> (late)"
    case.entries["records"]["requests"][1].set_value("answered_on", "2026-11-02")
    upcoming = next_date(case, TODAY)
    assert (upcoming.day, upcoming.state) == (dt.date(2026, 12, 1), UPCOMING)
    assert shown(next_date_text(upcoming)) == "<2026-12-01>"
    case.set_value("booking", "appointment_time", "09:30")
    assert shown(next_date_text(next_date(case, TODAY))) == "<2026-12-01>, 09:30"
    assert next_date(case, dt.date(2026, 12, 2)) is None  # the appointment is behind: done
    assert next_date(CaseData(name="B"), TODAY) is None


def test_a_line_has_progress_next_step_and_date():
    fresh = CaseData(name="Fresh")
    done = CaseData(name="Done", own_word={step.key: "2026-11-01" for step in STEPS})
    lines = caseload([(CaseListing(7, "Fresh"), fresh), (CaseListing(8, "Done"), done)], TODAY)
    assert [shown(progress_text(line)) for line in lines] == ["0 of 9", "9 of 9"]
    assert shown(next_action_text(lines[0])).startswith("Step 1: Tick at least one clear reason")
    assert lines[1].next_step is None
    assert shown(next_action_text(lines[1])) == "All nine steps are done."
    assert [line.next_date for line in lines] == [None, None]
    assert [shown(line.label) for line in lines] == ["Fresh", "Done"]


def test_labels_may_come_from_every_case_kept():
    listing = CaseListing(5, "Sam")
    names = labels([listing, CaseListing(6, "Sam", archived=True)])
    (line,) = caseload([(listing, CaseData(name="Sam"))], TODAY, names)
    assert shown(line.label) == "Sam (no. 5)"


def test_search_ignores_capitals_and_accents():
    assert search_key("Zoë MÜLLER-Groß") == "zoe muller-gross"


def test_the_last_change_is_shown_in_local_time():
    local = dt.datetime(2026, 11, 9, 23, 30).astimezone()
    utc = local.astimezone(dt.UTC).isoformat(timespec="seconds")
    assert shown(changed_text(utc)) == "<2026-11-09>"
    assert shown(changed_text(utc, with_time=True)) == "<2026-11-09>, 23:30"
    assert shown(changed_text("not a moment")) == "not a moment"
