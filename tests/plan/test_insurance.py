"""Step 2's rule: the out-of-pocket answer and the referral, in words."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.plan import CaseData, Status, evaluate, step_by_key
from wizard.plan.fields import BadValue, clean_value
from wizard.plan.steps import field_by_key

STEP = step_by_key("insurance")
TODAY = dt.date(2026, 11, 27)


def judge(**values):
    return evaluate(STEP, CaseData(name="A", fields={"insurance": values}), TODAY)


def texts(messages):
    return [m.render() for m in messages]


def test_nothing_known_names_both_facts():
    verdict = evaluate(STEP, CaseData(name="A"), TODAY)
    assert verdict.status is Status.NOT_STARTED
    assert texts(verdict.missing) == [
        "Write down what you will pay yourself (write 0 if it is nothing).",
        "Ask your insurance whether they need a referral.",
    ]


def test_paying_nothing_and_no_referral_needed_is_done():
    verdict = judge(out_of_pocket="0.00", currency="EUR", referral_required="no")
    assert verdict.status is Status.DONE


def test_an_amount_needs_its_currency():
    verdict = judge(out_of_pocket="150.00", referral_required="no")
    assert texts(verdict.missing) == ["Choose the currency of the amount."]


@pytest.mark.parametrize("answer", ["", "unknown"])
def test_a_referral_not_known_is_missing(answer):
    verdict = judge(out_of_pocket="10.00", currency="USD", referral_required=answer)
    assert texts(verdict.missing) == ["Ask your insurance whether they need a referral."]


def test_a_referral_required_but_not_obtained_is_missing():
    verdict = judge(out_of_pocket="10.00", currency="USD", referral_required="yes")
    assert verdict.status is Status.IN_PROGRESS
    assert "write down the day you got it" in texts(verdict.missing)[0]
    done = judge(
        out_of_pocket="10.00",
        currency="USD",
        referral_required="yes",
        referral_obtained_on="2026-11-20",
    )
    assert done.status is Status.DONE


def test_warnings_for_a_refused_exception_and_a_future_referral_date():
    verdict = judge(
        out_of_pocket="10.00",
        currency="USD",
        referral_required="yes",
        referral_obtained_on="2026-11-28",
        gap_exception="refused",
    )
    assert verdict.status is Status.DONE  # warnings never block
    assert len(verdict.warnings) == 2
    assert "in the future" in texts(verdict.warnings)[0]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("80", "80.00"), ("1,234.50", "1234.50"), ("1.234,50", "1234.50"), ("0", "0.00")],
)
def test_amounts_as_people_type_them(typed, stored):
    assert clean_value(field_by_key(STEP, "out_of_pocket"), typed) == stored


@pytest.mark.parametrize(
    ("typed", "problem"),
    [("-20", "below zero"), ("twenty", "as a number"), ("1,2,3", "as a number")],
)
def test_bad_amounts_say_what_is_wrong(typed, problem):
    with pytest.raises(BadValue) as caught:
        clean_value(field_by_key(STEP, "out_of_pocket"), typed)
    assert problem in caught.value.reason.render()


@pytest.mark.parametrize("typed", ["2026-02-30", "tomorrow", "27.11.2026"])
def test_a_date_field_takes_only_real_iso_dates(typed):
    with pytest.raises(BadValue) as caught:
        clean_value(field_by_key(STEP, "referral_obtained_on"), typed)
    assert "not a date" in caught.value.reason.render()


def test_paying_nothing_needs_no_currency():
    assert judge(out_of_pocket="0.00", referral_required="no").status is Status.DONE
