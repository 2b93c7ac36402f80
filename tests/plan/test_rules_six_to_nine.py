"""The done-when rules of steps 6 to 9 (SPEC section 4) and their edges."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.plan import CaseData, Status, evaluate, step_by_key
from wizard.plan.case import Entry, FilesSummary
from wizard.plan.comparison import rows_of
from wizard.plan.fields import BadValue, Field, Kind, clean_value
from wizard.plan.organization import streak, week_of
from wizard.plan.questions import LIBRARY, in_print_order, suggested_for

TODAY = dt.date(2026, 11, 27)  # a Friday


def _verdict(key: str, case: CaseData, today: dt.date = TODAY):
    return evaluate(step_by_key(key), case, today)


def _texts(messages) -> str:
    return " | ".join(m.render() for m in messages)


# -- step 6 ---------------------------------------------------------------------------


def _questions(count: int, starred: tuple[int, ...] = ()) -> list[Entry]:
    return [
        Entry(n + 1, {"text": f"Question {n + 1}?", **({"starred": "yes"} if n in starred else {})})
        for n in range(count)
    ]


def test_the_library_has_forty_questions_with_unique_keys_and_the_plans_five():
    assert len(LIBRARY) >= 40
    assert len({q.key for q in LIBRARY}) == len(LIBRARY)
    texts = " ".join(q.text for q in LIBRARY)
    for words in (
        "How did you reach this diagnosis",
        "What happens if we do nothing",
        "exact condition",
        "clinical trials",
        "other choices instead",
    ):
        assert words in texts


def test_the_library_suits_the_area_of_step_one():
    heart = CaseData(name="A", fields={"need": {"area": "cardiology"}})
    bones = CaseData(name="A", fields={"need": {"area": "orthopedics"}})
    heart_keys = {q.key for q in suggested_for(heart)}
    bone_keys = {q.key for q in suggested_for(bones)}
    assert "heart_lung_review" in heart_keys and "heart_lung_review" not in bone_keys
    assert "ortho_needed" in bone_keys and "ortho_needed" not in heart_keys
    assert "diagnosis_how" in heart_keys & bone_keys  # for every area
    for area in ("cardiology", "oncology", "radiology", "pulmonology", "neurology", "orthopedics"):
        case = CaseData(name="A", fields={"need": {"area": area}})
        assert any(q.areas for q in suggested_for(case)), area


def test_exactly_five_questions_never_printed_then_printed():
    case = CaseData(name="A", entries={"questions": {"questions": _questions(5)}})
    verdict = _verdict("questions", case)
    assert verdict.status is Status.IN_PROGRESS
    assert _texts(verdict.missing) == "Print your question list, or save it as a PDF."
    case.fields["questions"] = {"printed_on": TODAY.isoformat(), "printed_count": "5"}
    assert _verdict("questions", case).status is Status.DONE


def test_four_questions_printed_are_not_enough_and_empty_ones_do_not_count():
    entries = [*_questions(4), Entry(99, {"text": "   "})]
    case = CaseData(
        name="A",
        entries={"questions": {"questions": entries}},
        fields={"questions": {"printed_on": TODAY.isoformat(), "printed_count": "4"}},
    )
    verdict = _verdict("questions", case)
    assert not verdict.done
    assert "you have 4 so far" in _texts(verdict.missing)
    assert "again" in _texts(verdict.missing)  # the printed list had too few
    case.entries["questions"]["questions"].append(Entry(100, {"text": "A fifth?"}))
    assert "again" in _texts(_verdict("questions", case).missing)


def test_starred_questions_print_first_in_the_users_order():
    case = CaseData(name="A", entries={"questions": {"questions": _questions(5, (1, 3))}})
    assert [e.value("text") for e in in_print_order(case)] == [
        "Question 2?",
        "Question 4?",
        "Question 1?",
        "Question 3?",
        "Question 5?",
    ]


# -- step 7 ---------------------------------------------------------------------------


def test_the_visit_is_done_once_it_happened_with_notes_or_a_recording():
    case = CaseData(name="A", fields={"appointment": {"happened": "yes"}})
    assert not _verdict("appointment", case).done
    case.fields["appointment"]["notes"] = "Wait and watch; scan again in May."
    assert _verdict("appointment", case).done
    recorded = CaseData(
        name="A",
        fields={"appointment": {"happened": "yes", "recording": "granted"}},
        files=FilesSummary(count=1, appointment=1),
    )
    verdict = _verdict("appointment", recorded)
    assert verdict.done and not verdict.warnings
    not_yet = CaseData(name="A", fields={"appointment": {"happened": "not_yet", "notes": "x"}})
    assert not _verdict("appointment", not_yet).done


def test_the_visit_warns_of_a_recording_without_permission_and_a_future_day():
    case = CaseData(
        name="A",
        fields={
            "appointment": {"happened": "yes", "recording": "not_asked"},
            "booking": {"appointment_date": (TODAY + dt.timedelta(days=3)).isoformat()},
        },
        files=FilesSummary(count=1, appointment=1),
    )
    warnings = _texts(_verdict("appointment", case).warnings)
    assert "permission" in warnings
    assert "still to come" in warnings


def test_notes_keep_their_lines_and_a_line_keeps_none():
    notes = Field("notes", Kind.NOTES, "")
    assert clean_value(notes, "one\r\ntwo\rthree\x00") == "one\ntwo\nthree"
    assert clean_value(Field("t", Kind.TEXT, ""), "one\ntwo") == "onetwo"
    with pytest.raises(BadValue):
        clean_value(notes, "x" * 20001)


# -- step 8 ---------------------------------------------------------------------------


def _chart(matches: dict[str, str], reasons: tuple[str, ...] = (), **decision: str) -> CaseData:
    fields = {f"{row}_match": value for row, value in matches.items()}
    fields.update(decision)
    return CaseData(
        name="A",
        fields={"comparison": fields, "need": {reason: "yes" for reason in reasons}},
    )


def test_all_rows_the_same_with_the_second_team_not_yet_told():
    same = {row: "same" for row in ("diagnosis", "treatment", "risks", "recovery")}
    case = _chart(same, chosen_path="Surgery", first_team_told=TODAY.isoformat())
    verdict = _verdict("comparison", case)
    assert not verdict.done
    assert _texts(verdict.missing) == (
        "Tell your second medical team what you decided, and write down when."
    )
    assert verdict.warnings == ()
    case.fields["comparison"]["second_team_told"] = TODAY.isoformat()
    assert _verdict("comparison", case).done


def test_a_day_to_come_is_not_yet_told():
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    case = _chart({}, chosen_path="x", first_team_told=tomorrow, second_team_told=tomorrow)
    verdict = _verdict("comparison", case)
    assert not verdict.done and "still to come" in _texts(verdict.warnings)


def test_differs_a_lot_with_only_an_unclear_diagnosis_gives_advice_but_no_tie_breaker():
    case = _chart({"risks": "differs_a_lot"}, reasons=("reason_unclear",))
    warnings = _texts(_verdict("comparison", case).warnings)
    assert "main doctor" in warnings
    assert "tie-breaker" not in warnings


def test_differs_a_lot_with_high_stakes_suggests_a_tie_breaker_until_there_is_one():
    for reason in ("reason_life_threatening", "reason_planned_surgery"):
        case = _chart({"diagnosis": "differs_a_lot"}, reasons=(reason,))
        warnings = _texts(_verdict("comparison", case).warnings)
        assert "main doctor" in warnings and "tie-breaker" in warnings
    case.fields["comparison"]["third_opinion"] = "yes"
    assert "tie-breaker" not in _texts(_verdict("comparison", case).warnings)
    plain = _chart({"diagnosis": "differs"}, reasons=("reason_life_threatening",))
    assert _verdict("comparison", plain).warnings == ()


def test_own_rows_count_in_the_chart():
    case = _chart({})
    case.entries["comparison"] = {
        "rows": [Entry(7, {"label": "Cost", "first": "a", "second": "b", "match": "differs_a_lot"})]
    }
    rows = rows_of(case)
    assert [r.key for r in rows][:4] == ["diagnosis", "treatment", "risks", "recovery"]
    assert rows[-1].own and rows[-1].name == "Cost" and rows[-1].entry_id == 7
    assert "main doctor" in _texts(_verdict("comparison", case).warnings)


# -- step 9 ---------------------------------------------------------------------------


def _checkins(*days: dt.date) -> CaseData:
    entries = [
        Entry(n, {"on": day.isoformat(), "kind": "nothing_new"}) for n, day in enumerate(days)
    ]
    return CaseData(name="A", entries={"organization": {"checkins": entries}})


def _week(number: int, year: int = 2026) -> dt.date:
    return dt.date.fromisocalendar(year, number, 3)


def test_a_sunday_and_the_next_monday_are_two_weeks_in_a_row():
    sunday = dt.date(2026, 11, 29)
    assert sunday.isoweekday() == 7
    case = _checkins(sunday, sunday + dt.timedelta(days=1))
    habit = streak(case, sunday + dt.timedelta(days=1))
    assert habit.current == 2 and habit.longest == 2 and habit.this_week


def test_weeks_across_the_new_year_are_in_a_row():
    days = (dt.date(2026, 12, 20), dt.date(2026, 12, 27), dt.date(2027, 1, 3), dt.date(2027, 1, 4))
    assert len({week_of(d) for d in days}) == 4
    case = _checkins(*days)
    assert streak(case, dt.date(2027, 1, 5)).longest == 4
    assert _verdict("organization", case, dt.date(2027, 1, 5)).done


def test_weeks_1_2_4_5_6_are_not_four_in_a_row_and_adding_7_is():
    case = _checkins(*(_week(n) for n in (1, 2, 4, 5, 6)))
    today = _week(6)
    assert streak(case, today).longest == 3
    verdict = _verdict("organization", case, today)
    assert not verdict.done and "Weeks in a row now: 3" in _texts(verdict.missing)
    case = _checkins(*(_week(n) for n in (1, 2, 4, 5, 6, 7)))
    assert streak(case, _week(7)).longest == 4
    assert _verdict("organization", case, _week(7)).done


def test_two_check_ins_in_one_week_count_once_and_the_streak_waits_for_this_week():
    case = _checkins(_week(10), _week(10) + dt.timedelta(days=1), _week(11))
    habit = streak(case, _week(12))
    assert habit.longest == 2
    assert habit.current == 2 and not habit.this_week  # this week still open
    assert streak(case, _week(13)).current == 0  # a week was missed


def test_documents_without_a_group_keep_step_nine_open():
    case = _checkins(*(_week(n) for n in (1, 2, 3, 4)))
    case.files = FilesSummary(count=3, unconfirmed=2)
    verdict = _verdict("organization", case, _week(4))
    assert not verdict.done and "Documents still to sort: 2" in _texts(verdict.missing)
    case.files = FilesSummary(count=3, unconfirmed=0)
    assert _verdict("organization", case, _week(4)).done
