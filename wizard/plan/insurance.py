"""Step 2, insurance: who insures the patient, the calls made, and what they said.

Done when the out-of-pocket answer is written down and it is known whether a
referral is needed (and, if it is, the day it was obtained).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import CaseData
from wizard.plan.fields import Choice, Field, Kind, ListSpec
from wizard.plan.messages import Msg
from wizard.plan.result import RuleResult

if TYPE_CHECKING:
    from wizard.plan.steps import Step

YES_NO_UNKNOWN = (
    Choice("yes", QT_TRANSLATE_NOOP("Plan", "Yes")),
    Choice("no", QT_TRANSLATE_NOOP("Plan", "No")),
    Choice("unknown", QT_TRANSLATE_NOOP("Plan", "I don't know yet")),
)
CURRENCIES = tuple(
    Choice(code, label)
    for code, label in (
        ("EUR", QT_TRANSLATE_NOOP("Plan", "EUR (euro)")),
        ("USD", QT_TRANSLATE_NOOP("Plan", "USD (US dollar)")),
        ("GBP", QT_TRANSLATE_NOOP("Plan", "GBP (pound)")),
        ("CHF", QT_TRANSLATE_NOOP("Plan", "CHF (Swiss franc)")),
        ("CAD", QT_TRANSLATE_NOOP("Plan", "CAD (Canadian dollar)")),
        ("MXN", QT_TRANSLATE_NOOP("Plan", "MXN (Mexican peso)")),
    )
)

FIELDS: tuple[Field, ...] = (
    Field("insurer", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Insurance company:")),
    Field("member_id", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Plan or member number:")),
    Field("phone", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Phone number of the insurance:")),
    Field(
        "coverage",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Plan", "Do they pay for the second opinion?"),
        (
            Choice("covered", QT_TRANSLATE_NOOP("Plan", "Yes, in full")),
            Choice("partly", QT_TRANSLATE_NOOP("Plan", "Partly")),
            Choice("not_covered", QT_TRANSLATE_NOOP("Plan", "No")),
            Choice("self_pay", QT_TRANSLATE_NOOP("Plan", "I will pay it myself")),
        ),
    ),
    Field(
        "in_network_only",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Plan", "Only doctors in their network?"),
        YES_NO_UNKNOWN,
    ),
    Field(
        "gap_exception",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Plan", "Exception for a doctor outside the network:"),
        (
            Choice("not_needed", QT_TRANSLATE_NOOP("Plan", "Not needed")),
            Choice("asked", QT_TRANSLATE_NOOP("Plan", "Asked for, no answer yet")),
            Choice("granted", QT_TRANSLATE_NOOP("Plan", "Granted")),
            Choice("refused", QT_TRANSLATE_NOOP("Plan", "Refused")),
        ),
    ),
    Field(
        "referral_required",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Plan", "Do they need a referral from your doctor?"),
        YES_NO_UNKNOWN,
    ),
    Field("referral_obtained_on", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Referral received on:")),
    Field("out_of_pocket", Kind.AMOUNT, QT_TRANSLATE_NOOP("Plan", "What you will pay yourself:")),
    Field("currency", Kind.CHOICE, QT_TRANSLATE_NOOP("Plan", "Currency:"), CURRENCIES),
)

CALLS = ListSpec(
    "calls",
    QT_TRANSLATE_NOOP("Plan", "Your calls to the insurance"),
    QT_TRANSLATE_NOOP("Plan", "Add a call"),
    (
        Field("date", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Date of the call:")),
        Field("who", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Who answered:")),
        Field("reference", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Reference number:")),
        Field("notes", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "What they said:")),
    ),
)
LISTS = (CALLS,)


def rule(step: Step, case: CaseData, today: dt.date) -> RuleResult:
    def value(key: str) -> str:
        return case.value(step.key, key)

    missing: list[Msg] = []
    warnings: list[Msg] = []
    if not value("out_of_pocket"):
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan", "Write down what you will pay yourself (write 0 if it is nothing)."
                )
            )
        )
    elif not value("currency") and value("out_of_pocket") != "0.00":
        missing.append(Msg(QT_TRANSLATE_NOOP("Plan", "Choose the currency of the amount.")))
    referral = value("referral_required")
    if referral in ("", "unknown"):
        missing.append(
            Msg(QT_TRANSLATE_NOOP("Plan", "Ask your insurance whether they need a referral."))
        )
    elif referral == "yes" and not value("referral_obtained_on"):
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Get the referral from your main doctor, and write down the day you got it.",
                )
            )
        )
    obtained = value("referral_obtained_on")
    if obtained and dt.date.fromisoformat(obtained) > today:
        warnings.append(
            Msg(QT_TRANSLATE_NOOP("Plan", "The day you got the referral is in the future."))
        )
    if value("gap_exception") == "refused":
        warnings.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Your insurance refused an exception for a doctor outside its network. Ask "
                    "them to explain in writing, or look for a specialist in the network.",
                )
            )
        )
    started = bool(
        case.fields.get(step.key) or case.entries.get(step.key) or case.ticks.get(step.key)
    )
    return RuleResult(
        holds=not missing, missing=tuple(missing), started=started, warnings=tuple(warnings)
    )
