"""Step 4's rule: one chosen specialist, reachable, without ties to the first doctor."""

from __future__ import annotations

import datetime as dt

from wizard.plan import CaseData, Status, evaluate, step_by_key
from wizard.plan.case import Entry

STEP = step_by_key("specialist")
TODAY = dt.date(2026, 11, 27)
GOOD = {"name": "Dr. Ortiz", "contact": "555-0100", "ties": "none", "chosen": "yes"}


def judge(*candidates):
    entries = [Entry(number, values) for number, values in enumerate(candidates, start=1)]
    case = CaseData(name="A", entries={"specialist": {"candidates": entries}})
    return evaluate(STEP, case, TODAY)


def texts(messages):
    return [m.render() for m in messages]


def test_no_candidate_yet():
    verdict = judge()
    assert verdict.status is Status.NOT_STARTED
    assert texts(verdict.missing) == ["Write down at least one specialist you could see."]


def test_candidates_but_none_chosen_then_two_chosen():
    assert "Choose the specialist" in texts(judge({"name": "A"}, {"name": "B"}).missing)[0]
    two = judge(dict(GOOD), dict(GOOD, name="Dr. Bell"))
    assert "more than one" in texts(two.missing)[0]


def test_chosen_reachable_and_independent_is_done():
    verdict = judge({"name": "Dr. Bell"}, dict(GOOD, board_checked="yes"))
    assert verdict.status is Status.DONE
    assert verdict.warnings == ()


def test_ties_unknown_or_present_are_missing_in_words():
    unknown = judge(dict(GOOD, ties="unknown"))
    assert texts(unknown.missing) == ["Find out whether Dr. Ortiz works with your first doctor."]
    same = judge(dict(GOOD, ties="same_hospital"))
    assert "Dr. Ortiz has ties to your first doctor" in texts(same.missing)[0]
    no_contact = judge(dict(GOOD, contact=""))
    assert texts(no_contact.missing) == ["Write down how to contact Dr. Ortiz."]


def test_found_only_through_the_first_doctor_is_a_warning_not_a_block():
    verdict = judge(dict(GOOD, found_through="first_doctor", board_checked="yes"))
    assert verdict.status is Status.DONE
    assert "only through your first doctor" in texts(verdict.warnings)[0]


def test_an_unnamed_candidate_is_called_this_specialist():
    verdict = judge({"chosen": "yes", "ties": "none"})
    assert texts(verdict.missing) == ["Write down how to contact this specialist."]
    assert "Check that this specialist is certified" in texts(verdict.warnings)[0]
