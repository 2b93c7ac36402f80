"""Step 1, need: the form (condition, area, treatment, first doctor, reasons) and its rule.

Done when at least one objective reason holds. "I feel unsure" (or conflicting
advice) is a fair reason to ask, but it is not objective: alone it does not
finish the step, and the rule says so in words.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import CaseData
from wizard.plan.fields import YES, Choice, Field, Kind
from wizard.plan.messages import Msg
from wizard.plan.result import RuleResult

if TYPE_CHECKING:
    from wizard.plan.steps import Step

AREAS = (
    Choice("cardiology", QT_TRANSLATE_NOOP("Plan", "Heart (cardiology)")),
    Choice("oncology", QT_TRANSLATE_NOOP("Plan", "Cancer (oncology)")),
    Choice("radiology", QT_TRANSLATE_NOOP("Plan", "Scans and X-rays (radiology, imaging)")),
    Choice("pulmonology", QT_TRANSLATE_NOOP("Plan", "Lungs (pulmonology)")),
    Choice("neurology", QT_TRANSLATE_NOOP("Plan", "Brain and nerves (neurology)")),
    Choice("orthopedics", QT_TRANSLATE_NOOP("Plan", "Bones and joints (orthopedics)")),
    Choice("other", QT_TRANSLATE_NOOP("Plan", "Something else")),
)

REASONS_GROUP = QT_TRANSLATE_NOOP("Plan", "Your reasons (tick all that fit)")
OBJECTIVE_REASONS = (
    Field(
        "reason_life_threatening",
        Kind.CHECK,
        QT_TRANSLATE_NOOP("Plan", "The diagnosis is life-threatening (for example cancer)."),
        group=REASONS_GROUP,
    ),
    Field(
        "reason_planned_surgery",
        Kind.CHECK,
        QT_TRANSLATE_NOOP("Plan", "A surgery is planned that is not an emergency."),
        group=REASONS_GROUP,
    ),
    Field(
        "reason_rare_disease",
        Kind.CHECK,
        QT_TRANSLATE_NOOP("Plan", "It is a rare disease."),
        group=REASONS_GROUP,
    ),
    Field(
        "reason_not_working",
        Kind.CHECK,
        QT_TRANSLATE_NOOP("Plan", "The treatment has not worked in the time it should take."),
        group=REASONS_GROUP,
    ),
    Field(
        "reason_unclear",
        Kind.CHECK,
        QT_TRANSLATE_NOOP("Plan", "The diagnosis is still not clear."),
        group=REASONS_GROUP,
    ),
    Field(
        "reason_several_conditions",
        Kind.CHECK,
        QT_TRANSLATE_NOOP(
            "Plan", "I have several long-term illnesses that make one treatment plan hard."
        ),
        group=REASONS_GROUP,
    ),
)
UNSURE = Field(
    "reason_unsure",
    Kind.CHECK,
    QT_TRANSLATE_NOOP("Plan", "I feel unsure, or doctors have told me different things."),
    group=REASONS_GROUP,
)

FIELDS: tuple[Field, ...] = (
    # The same words as step 3's field for the request letter, which falls back on this one.
    Field("birth_date", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Patient's date of birth:")),
    Field("condition", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Illness or diagnosis:")),
    Field("area", Kind.CHOICE, QT_TRANSLATE_NOOP("Plan", "Area of medicine:"), AREAS),
    Field(
        "second_area",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Plan", "Another area involved, if there is one:"),
        AREAS,
    ),
    Field("treatment", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Treatment your doctor proposes:")),
    Field("first_doctor", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "First doctor:")),
    Field("practice", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Their practice or hospital:")),
    *OBJECTIVE_REASONS,
    UNSURE,
)


def areas(case: CaseData) -> tuple[str, ...]:
    """The areas of medicine the case is about (step 1), first the main one."""
    found = (case.value("need", "area"), case.value("need", "second_area"))
    return tuple(dict.fromkeys(area for area in found if area))


def rule(step: Step, case: CaseData, today: dt.date) -> RuleResult:
    values = case.fields.get(step.key, {})
    started = any(values.values()) or bool(case.ticks.get(step.key))
    warnings: tuple[Msg, ...] = ()
    if {"cardiology", "pulmonology"} <= set(areas(case)):
        warnings = (
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Heart and lung problems together: ask for a review by a heart doctor and "
                    "a lung doctor together. Many large centers have a joint clinic for this.",
                )
            ),
        )
    if any(values.get(reason.key) == YES for reason in OBJECTIVE_REASONS):
        return RuleResult(holds=True, started=True, warnings=warnings)
    if values.get(UNSURE.key) == YES:
        missing = Msg(
            QT_TRANSLATE_NOOP(
                "Plan",
                "Feeling unsure is a fair reason to ask. Also tick a clear reason if one fits, "
                "such as a serious diagnosis or a planned surgery.",
            )
        )
    else:
        missing = Msg(
            QT_TRANSLATE_NOOP(
                "Plan",
                "Tick at least one clear reason for a second opinion, such as a serious diagnosis "
                "or a planned surgery.",
            )
        )
    return RuleResult(holds=False, missing=(missing,), started=started, warnings=warnings)
