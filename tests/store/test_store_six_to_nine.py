"""What steps 6 to 9 store: moved entries, weekly check-ins, and filing as a check-in."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from wizard.errors import UserError
from wizard.export.case_json import case_from_dict, case_to_dict
from wizard.store.case_files import NewFile


def _texts(store, case_id):
    return [e.value("text") for e in store.load(case_id).entries_of("questions", "questions")]


def test_a_question_moves_and_the_others_keep_their_order(store):
    case = store.create_case("A")
    ids = store.add_entries(
        case.id, "questions", "questions", tuple({"text": t} for t in ("a", "b", "c", "d"))
    )
    store.move_entry(case.id, ids[3], 0)
    assert _texts(store, case.id) == ["d", "a", "b", "c"]
    store.move_entry(case.id, ids[3], 2)
    assert _texts(store, case.id) == ["a", "b", "d", "c"]
    store.move_entry(case.id, ids[0], 99)  # past the end: last
    assert _texts(store, case.id) == ["b", "d", "c", "a"]
    other = store.create_case("B")
    with pytest.raises(UserError):  # not this case's entry
        store.move_entry(other.id, ids[0], 0)


def test_one_check_in_of_a_kind_per_week(store):
    case = store.create_case("A")
    sunday, monday = dt.date(2026, 11, 29), dt.date(2026, 11, 30)
    assert store.check_in(case.id, "nothing_new", sunday)
    assert not store.check_in(case.id, "nothing_new", sunday - dt.timedelta(days=3))
    assert store.check_in(case.id, "filed", sunday)  # another kind, same week
    assert store.check_in(case.id, "nothing_new", monday)  # the next ISO week
    kept = store.load(case.id).entries_of("organization", "checkins")
    assert [(e.value("on"), e.value("kind")) for e in kept] == [
        ("2026-11-29", "nothing_new"),
        ("2026-11-29", "filed"),
        ("2026-11-30", "nothing_new"),
    ]


def test_filing_documents_is_this_weeks_check_in(store):
    case = store.create_case("A")
    first, _ = store.files.put(case.id, io.BytesIO(b"%PDF-1.4 lab"), NewFile("lab.pdf", "pdf"))
    second, _ = store.files.put(
        case.id, io.BytesIO(b"%PDF-1.4 bill"), NewFile("bill.pdf", "pdf", category="receipts")
    )
    assert store.load(case.id).entries_of("organization", "checkins") == []
    store.files.set_category(case.id, [first.id], "labs")
    store.files.confirm(case.id, [second.id])
    kept = store.load(case.id).entries_of("organization", "checkins")
    assert [(e.value("on"), e.value("kind")) for e in kept] == [
        (dt.date.today().isoformat(), "filed")
    ]
    assert store.load(case.id).files.unconfirmed == 0


def test_a_recording_is_kept_with_step_seven_filed_as_the_user_chose(store):
    case = store.create_case("A")
    store.files.put(
        case.id,
        io.BytesIO(b"RIFF....WAVEfmt "),
        NewFile("visit.wav", "audio", step="appointment", category="doctor_notes", confirmed=True),
    )
    summary = store.load(case.id).files
    assert summary.appointment == 1 and summary.unconfirmed == 0


def test_a_case_with_steps_six_to_nine_goes_through_the_case_file_whole(store):
    case = store.create_case("A")
    store.add_entries(
        case.id,
        "questions",
        "questions",
        ({"text": "Why?", "starred": "yes", "answer": "So.\nOk"},),
    )
    store.set_field(case.id, "appointment", "notes", "Line one\nLine two")
    store.set_field(case.id, "comparison", "risks_second", "Fewer risks")
    store.set_field(case.id, "comparison", "risks_match", "differs_a_lot")
    store.add_entries(case.id, "comparison", "rows", ({"label": "Cost", "match": "same"},))
    store.check_in(case.id, "nothing_new", dt.date(2026, 11, 29))
    before = store.load(case.id)
    raw = case_to_dict(before)
    assert raw["version"] == 3
    again = store.import_case(case_from_dict(raw))
    assert again.fields == before.fields
    for step, lists in before.entries.items():
        for key, entries in lists.items():
            assert [e.values for e in again.entries_of(step, key)] == [e.values for e in entries]
