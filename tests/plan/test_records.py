"""Step 3's rule: every needed record in hand, recent enough, and requests answered in time."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.plan import CaseData, Status, evaluate, step_by_key
from wizard.plan.case import Entry
from wizard.plan.records import suggested_items

STEP = step_by_key("records")
TODAY = dt.date(2026, 11, 27)


def judge(items=(), requests=(), today=TODAY):
    case = CaseData(
        name="A",
        entries={
            "records": {
                "items": [Entry(n, v) for n, v in enumerate(items, start=1)],
                "requests": [Entry(100 + n, v) for n, v in enumerate(requests, start=1)],
            }
        },
    )
    return evaluate(STEP, case, today)


def texts(messages, fmt=None):
    return [m.render(None, fmt) for m in messages]


def test_no_records_listed_points_to_the_suggestions():
    verdict = evaluate(STEP, CaseData(name="A"), TODAY)
    assert verdict.status is Status.NOT_STARTED
    assert "Add the records usually needed" in texts(verdict.missing)[0]


def test_needed_and_asked_for_records_are_named():
    verdict = judge([{"kind": "labs", "status": "needed"}, {"kind": "other", "name": "Biopsy"}])
    assert texts(verdict.missing) == [
        "Ask for Lab results (blood and other tests).",
        "Ask for Biopsy.",
    ]
    asked = judge([{"kind": "imaging", "status": "requested"}])
    assert texts(asked.missing)[0].startswith("Wait for Imaging")


def test_everything_received_recently_or_not_needed_is_done():
    verdict = judge(
        [
            {"kind": "labs", "status": "received", "record_date": "2026-10-01"},
            {"kind": "pathology", "status": "not_applicable"},
        ]
    )
    assert verdict.status is Status.DONE
    assert verdict.warnings == ()


def test_a_newest_record_13_months_old_is_not_enough():
    verdict = judge([{"kind": "labs", "status": "received", "record_date": "2025-10-27"}])
    assert verdict.status is Status.IN_PROGRESS
    fmt = {"2025-10-27": "October 27, 2025"}.get
    assert "from October 27, 2025, more than 12 months ago" in texts(verdict.missing, fmt)[0]


def test_exactly_twelve_months_is_still_recent():
    assert judge([{"status": "received", "record_date": "2025-11-27"}]).status is Status.DONE
    assert judge([{"status": "received", "record_date": "2025-11-26"}]).status is not Status.DONE


def test_no_dated_record_is_a_warning_not_a_block():
    verdict = judge([{"kind": "labs", "status": "received"}])
    assert verdict.status is Status.DONE
    assert "Write down the date of each record" in texts(verdict.warnings)[0]
    some = judge(
        [
            {"kind": "labs", "status": "received", "record_date": "2026-11-01"},
            {"kind": "ecg", "status": "received"},
        ]
    )
    assert "Some records you received have no date" in texts(some.warnings)[0]


@pytest.mark.parametrize(
    ("basis", "sent", "due", "late_on"),
    [
        ("hipaa", "2026-10-20", "2026-11-19", dt.date(2026, 11, 20)),
        ("gdpr", "2027-01-31", "2027-02-28", dt.date(2027, 3, 1)),
        ("gdpr", "2028-01-31", "2028-02-29", dt.date(2028, 3, 1)),
    ],
)
def test_a_late_answer_is_shown_from_the_day_after_it_was_due(basis, sent, due, late_on):
    request = {"to_whom": "City Clinic", "sent_on": sent, "basis": basis}
    on_time = judge(requests=[request], today=dt.date.fromisoformat(due))
    assert on_time.warnings == ()
    late = judge(requests=[request], today=late_on)
    assert texts(late.warnings) == [
        f"The answer from City Clinic is late: it was due on {due}. Call them and ask."
    ]
    answered = judge(requests=[dict(request, answered_on=due)], today=late_on)
    assert answered.warnings == ()


def test_suggestions_follow_the_area_and_skip_what_is_listed():
    case = CaseData(name="A", fields={"need": {"area": "cardiology"}})
    kinds = [s["kind"] for s in suggested_items(case)]
    assert kinds[:6] == [
        "pathology",
        "imaging",
        "labs",
        "clinical_notes",
        "discharge",
        "medications",
    ]
    assert {"ecg", "echocardiogram", "stress_test", "angiogram"} <= set(kinds)
    case.entries = {"records": {"items": [Entry(1, {"kind": "ecg"})]}}
    assert "ecg" not in [s["kind"] for s in suggested_items(case)]
    assert all(s["status"] == "needed" for s in suggested_items(case))


def test_a_future_record_date_or_a_reversed_range_is_questioned():
    verdict = judge([{"kind": "labs", "status": "received", "record_date": "2027-01-01"}])
    assert "in the future" in texts(verdict.warnings)[0]
    assert verdict.status is Status.DONE  # warned about, like a record without a date
    case = CaseData(
        name="A",
        fields={"records": {"records_from": "2025-01-01", "records_to": "2024-01-01"}},
    )
    assert "after the last day" in texts(evaluate(STEP, case, TODAY).warnings)[0]


def test_imported_study_dates_count_towards_freshness():
    from wizard.plan.case import FilesSummary

    items = [{"kind": "imaging", "status": "received", "record_date": "2024-01-10"}]
    stale = judge(items)
    assert stale.status is not Status.DONE
    case = CaseData(
        name="A",
        entries={"records": {"items": [Entry(1, items[0])]}},
        files=FilesSummary(count=3, dates=("2023-05-01", "2026-09-14")),
    )
    assert evaluate(STEP, case, TODAY).status is Status.DONE
    # A study dated in the future is a slip, not a fresh record.
    future = CaseData(
        name="A",
        entries={"records": {"items": [Entry(1, items[0])]}},
        files=FilesSummary(count=1, dates=("2027-01-01",)),
    )
    assert evaluate(STEP, future, TODAY).status is not Status.DONE
