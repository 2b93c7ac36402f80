"""Step 1's rule: done on one objective reason; "I feel unsure" alone is not enough."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.plan import CaseData, Status, evaluate, evaluate_all, step_by_key
from wizard.plan.fields import BadValue, Kind, clean_value
from wizard.plan.need import OBJECTIVE_REASONS, UNSURE
from wizard.plan.steps import field_by_key

NEED = step_by_key("need")
TODAY = dt.date(2026, 11, 27)


def verdict(values):
    return evaluate(NEED, CaseData(name="A", fields={"need": values} if values else {}), TODAY)


def test_nothing_written_is_not_started_and_asks_for_a_clear_reason():
    result = verdict({})
    assert result.status is Status.NOT_STARTED
    assert [m.render() for m in result.missing] == [
        "Tick at least one clear reason for a second opinion, such as a serious diagnosis or "
        "a planned surgery."
    ]
    assert result.summary().render() == "Not done yet. Still missing: 1."


def test_facts_without_a_reason_are_in_progress():
    result = verdict({"condition": "Knee pain", "area": "orthopedics"})
    assert result.status is Status.IN_PROGRESS
    assert len(result.missing) == 1


def test_only_feeling_unsure_is_fair_but_not_enough():
    result = verdict({UNSURE.key: "yes"})
    assert result.status is Status.IN_PROGRESS
    assert "Feeling unsure is a fair reason" in result.missing[0].render()


@pytest.mark.parametrize("reason", [r.key for r in OBJECTIVE_REASONS])
def test_each_objective_reason_alone_is_done(reason):
    result = verdict({reason: "yes"})
    assert result.status is Status.DONE
    assert result.missing == ()


def test_an_own_word_mark_stays_visible_until_the_rule_holds():
    case = CaseData(name="A", own_word={"need": "2026-11-20"})
    assert evaluate(NEED, case, TODAY).status is Status.DONE_OWN_WORD
    case.fields["need"] = {UNSURE.key: "yes", "reason_unclear": "yes"}
    assert evaluate(NEED, case, TODAY).status is Status.DONE


def test_the_shared_evaluation_gives_each_step_once():
    case = CaseData(name="A", fields={"need": {"reason_rare_disease": "yes"}})
    evaluation = evaluate_all(case, TODAY)
    assert [v.step.key for v in evaluation.verdicts][0] == "need"
    assert evaluation["need"].status is Status.DONE
    assert evaluation.progress() == (1, 9)
    assert evaluation.next_action()[0].key == "insurance"


def test_values_are_checked_and_tidied():
    area = field_by_key(NEED, "area")
    assert area.kind is Kind.CHOICE
    assert clean_value(area, "oncology") == "oncology"
    with pytest.raises(BadValue):
        clean_value(area, "astrology")
    box = field_by_key(NEED, "reason_unclear")
    assert clean_value(box, "yes") == "yes" and clean_value(box, "") == ""
    with pytest.raises(BadValue):
        clean_value(box, "maybe")
    text = field_by_key(NEED, "condition")
    assert clean_value(text, "Herz\u202eklappe\x00 ") == "Herzklappe "
    assert clean_value(text, "   ") == ""
    with pytest.raises(BadValue):
        clean_value(text, "x" * 5000)
    with pytest.raises(KeyError):
        field_by_key(NEED, "nope")


def test_heart_and_lung_together_suggest_a_combined_review():
    values = {"area": "cardiology", "second_area": "pulmonology", "reason_unclear": "yes"}
    result = verdict(values)
    assert result.status is Status.DONE
    assert "heart doctor and a lung doctor together" in result.warnings[0].render()
    assert verdict({"area": "cardiology", "reason_unclear": "yes"}).warnings == ()


def test_both_areas_suggest_their_records():
    from wizard.plan.records import suggested_items

    case = CaseData(name="A", fields={"need": {"area": "pulmonology", "second_area": "cardiology"}})
    kinds = [item["kind"] for item in suggested_items(case)]
    assert kinds[6:] == [
        "lung_function",
        "chest_ct",
        "ecg",
        "echocardiogram",
        "stress_test",
        "angiogram",
    ]
