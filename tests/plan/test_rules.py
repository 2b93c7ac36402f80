import dataclasses
import datetime as dt

from wizard.plan import (
    STEPS,
    CaseData,
    Status,
    evaluate,
    evaluate_all,
    next_action,
    progress,
    step_by_key,
)
from wizard.plan.case import Entry
from wizard.plan.steps import item_keys


def test_nine_steps_in_plan_order_with_unique_keys():
    assert [s.number for s in STEPS] == list(range(1, 10))
    keys = [s.key for s in STEPS]
    assert keys == [
        "need",
        "insurance",
        "records",
        "specialist",
        "booking",
        "questions",
        "appointment",
        "comparison",
        "organization",
    ]
    all_items = [i.key for s in STEPS for i in s.how]
    assert len(all_items) == len(set(all_items))
    for step in STEPS:
        assert step.why and step.done_when and step.how
        assert all(i.key.startswith(step.key + ".") for i in step.how)


def _by_ticks(key):
    """A step judged by the default rule (every how item ticked), which a step without
    a rule of its own gets."""
    return dataclasses.replace(step_by_key(key), rule=None)


def test_every_step_has_a_rule_of_its_own():
    assert all(step.rule is not None for step in STEPS)


def test_untouched_step_is_not_started_and_lists_every_item():
    step = _by_ticks("questions")
    verdict = evaluate(step, CaseData(name="A"))
    assert verdict.status is Status.NOT_STARTED
    assert len(verdict.missing) == len(step.how)
    assert verdict.missing[0].render() == "Still to do: " + step.how[0].text
    count = len(step.how)
    assert verdict.summary().render() == f"Not done yet. Still missing: {count} of {count}."


def test_some_ticks_mean_in_progress_and_name_what_is_left():
    step = _by_ticks("appointment")
    case = CaseData(name="A", ticks={"appointment": {step.how[0].key}})
    verdict = evaluate(step, case)
    assert verdict.status is Status.IN_PROGRESS
    texts = [m.render() for m in verdict.missing]
    assert len(texts) == 2
    ticked_text = step.how[0].text
    assert not any(ticked_text in t for t in texts)
    assert any(step.how[1].text in t for t in texts)


def test_all_items_ticked_is_done():
    step = _by_ticks("comparison")
    case = CaseData(name="A", ticks={"comparison": item_keys(step)})
    verdict = evaluate(step, case)
    assert verdict.status is Status.DONE
    assert verdict.missing == ()
    assert verdict.summary().render() == "Done."


def test_own_word_is_shown_as_such_and_keeps_what_is_missing():
    case = CaseData(name="A", own_word={"appointment": "2026-11-20"})
    verdict = evaluate(step_by_key("appointment"), case)
    assert verdict.status is Status.DONE_OWN_WORD
    assert verdict.done
    assert len(verdict.missing) == 2  # the visit happened; notes or a recording
    assert verdict.summary().render() == "Done by your own word on 2026-11-20."


def test_rule_verdict_wins_over_own_word_once_it_holds():
    step = step_by_key("need")
    case = CaseData(name="A", own_word={"need": "2026-11-20"})
    assert evaluate(step, case).status is Status.DONE_OWN_WORD
    case.fields["need"] = {"reason_rare_disease": "yes"}
    assert evaluate(step, case).status is Status.DONE


def test_progress_and_next_action_follow_plan_order():
    case = CaseData(name="A")
    assert progress(case) == (0, 9)
    step, msg = next_action(case)
    assert step.key == "need"
    assert "Tick at least one clear reason" in msg.render()

    case.fields["need"] = {"reason_planned_surgery": "yes"}
    case.own_word["insurance"] = "2026-11-21"
    case.ticks["records"] = {"records.request"}
    assert progress(case) == (2, 9)
    step, msg = next_action(case)
    assert step.key == "records"
    assert "Add the records usually needed" in msg.render()


def test_next_action_is_none_when_everything_is_done():
    case = CaseData(name="A", ticks={s.key: item_keys(s) for s in STEPS})
    case.fields["need"] = {"reason_unclear": "yes"}
    case.fields["insurance"] = {
        "out_of_pocket": "0.00",
        "currency": "EUR",
        "referral_required": "no",
    }
    chosen = {"name": "Dr. Ortiz", "contact": "555-0100", "ties": "none", "chosen": "yes"}
    case.entries["specialist"] = {"candidates": [Entry(1, chosen)]}
    received = {"kind": "labs", "status": "received", "record_date": dt.date.today().isoformat()}
    case.entries["records"] = {"items": [Entry(2, received)]}
    soon = dt.date.today() + dt.timedelta(days=10)
    case.fields["booking"] = {
        "appointment_date": soon.isoformat(),
        "appointment_time": "10:00",
        "time_zone": "Europe/Berlin",
        "booked_as_second_opinion": "yes",
        "records_sent_on": dt.date.today().isoformat(),
        "receipt_confirmed_on": dt.date.today().isoformat(),
        "receipt_time": "09:00",
        "receipt_confirmed_by": "Front desk",
    }
    today = dt.date.today()
    case.entries["questions"] = {
        "questions": [Entry(10 + n, {"text": f"Question {n}?"}) for n in range(5)]
    }
    case.fields["questions"] = {"printed_on": today.isoformat(), "printed_count": "5"}
    case.fields["appointment"] = {"happened": "yes", "notes": "Surgery can wait a year."}
    case.fields["comparison"] = {
        "chosen_path": "Watch and wait",
        "first_team_told": today.isoformat(),
        "second_team_told": today.isoformat(),
    }
    weeks = [today - dt.timedelta(weeks=n) for n in range(4)]
    case.entries["organization"] = {
        "checkins": [
            Entry(20 + n, {"on": d.isoformat(), "kind": "nothing_new"}) for n, d in enumerate(weeks)
        ]
    }
    assert [v.step.key for v in evaluate_all(case).verdicts if not v.done] == []
    assert next_action(case) is None
    assert progress(case) == (9, 9)


def test_custom_rule_plugs_in_with_the_same_shape():
    from dataclasses import replace

    from wizard.plan.rules import RuleResult

    step = replace(step_by_key("need"), rule=lambda s, c, today: RuleResult(holds=c.name == "ok"))
    assert evaluate(step, CaseData(name="ok")).status is Status.DONE
    assert evaluate(step, CaseData(name="no")).status is Status.NOT_STARTED
