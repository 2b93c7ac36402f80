"""Step 4, specialist: the candidates, one of them chosen, and the ties check.

Done when one candidate is chosen, with a way to contact them, and without ties
to the first doctor. Worth a warning: a chosen doctor found only through the
first doctor, and a board certification not yet checked.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import CaseData, Entry
from wizard.plan.fields import YES, Choice, Field, Kind, ListSpec
from wizard.plan.insurance import YES_NO_UNKNOWN
from wizard.plan.messages import Msg
from wizard.plan.result import RuleResult

if TYPE_CHECKING:
    from wizard.plan.steps import Step

CANDIDATES = ListSpec(
    "candidates",
    QT_TRANSLATE_NOOP("Plan", "Specialists you could see"),
    QT_TRANSLATE_NOOP("Plan", "Add a specialist"),
    (
        Field("name", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Name:")),
        Field("subspecialty", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Special field:")),
        Field("institution", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Hospital or practice:")),
        Field(
            "academic",
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("Plan", "A university hospital or large teaching center?"),
            YES_NO_UNKNOWN,
        ),
        Field(
            "board_checked",
            Kind.CHECK,
            QT_TRANSLATE_NOOP("Plan", "I checked that this doctor is certified as a specialist."),
        ),
        Field("board_where", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Where I checked it:")),
        Field(
            "found_through",
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("Plan", "How you found this doctor:"),
            (
                Choice("first_doctor", QT_TRANSLATE_NOOP("Plan", "My first doctor suggested them")),
                Choice("own_search", QT_TRANSLATE_NOOP("Plan", "My own search")),
                Choice("insurer", QT_TRANSLATE_NOOP("Plan", "My insurance")),
                Choice("people", QT_TRANSLATE_NOOP("Plan", "Family, friends or a patient group")),
                Choice("other", QT_TRANSLATE_NOOP("Plan", "Some other way")),
            ),
        ),
        Field(
            "ties",
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("Plan", "Ties to your first doctor:"),
            (
                Choice("none", QT_TRANSLATE_NOOP("Plan", "None")),
                Choice("same_practice", QT_TRANSLATE_NOOP("Plan", "Same practice")),
                Choice("same_hospital", QT_TRANSLATE_NOOP("Plan", "Same hospital")),
                Choice("other", QT_TRANSLATE_NOOP("Plan", "Other ties")),
                Choice("unknown", QT_TRANSLATE_NOOP("Plan", "I don't know yet")),
            ),
        ),
        Field("contact", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Phone, e-mail or address:")),
        Field(
            "remote",
            Kind.CHOICE,
            QT_TRANSLATE_NOOP(
                "Plan",
                "Is a consultation from afar possible (by video, or with your records only)?",
            ),
            YES_NO_UNKNOWN,
        ),
        Field("chosen", Kind.CHECK, QT_TRANSLATE_NOOP("Plan", "This is the one I choose.")),
    ),
)
LISTS = (CANDIDATES,)


def chosen_candidates(case: CaseData) -> list[Entry]:
    return [c for c in case.entries_of("specialist", CANDIDATES.key) if c.value("chosen") == YES]


def the_chosen(case: CaseData) -> Entry | None:
    """The one candidate chosen in step 4; None while none, or more than one, is ticked."""
    chosen = chosen_candidates(case)
    return chosen[0] if len(chosen) == 1 else None


def _name(entry: Entry) -> Msg | str:
    return entry.value("name") or Msg(QT_TRANSLATE_NOOP("Plan", "this specialist"))


def rule(step: Step, case: CaseData, today: dt.date) -> RuleResult:
    candidates = case.entries_of(step.key, CANDIDATES.key)
    started = bool(candidates or case.ticks.get(step.key))
    chosen = chosen_candidates(case)
    warnings: list[Msg] = []
    missing: list[Msg] = []
    if not candidates:
        missing.append(
            Msg(QT_TRANSLATE_NOOP("Plan", "Write down at least one specialist you could see."))
        )
    elif not chosen:
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Choose the specialist you want to see: tick \u201cThis is the one I "
                    "choose.\u201d",
                )
            )
        )
    elif len(chosen) > 1:
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "You chose more than one specialist; keep the tick only on the one "
                    "you will see.",
                )
            )
        )
    else:
        (pick,) = chosen
        name = _name(pick)
        if not pick.value("contact"):
            missing.append(
                Msg(QT_TRANSLATE_NOOP("Plan", "Write down how to contact {name}."), {"name": name})
            )
        ties = pick.value("ties")
        if ties in ("", "unknown"):
            missing.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan", "Find out whether {name} works with your first doctor."
                    ),
                    {"name": name},
                )
            )
        elif ties != "none":
            missing.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan",
                        "{name} has ties to your first doctor. For an independent view, choose "
                        "someone without ties.",
                    ),
                    {"name": name},
                )
            )
        if pick.value("found_through") == "first_doctor":
            warnings.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan",
                        "You found {name} only through your first doctor. It is wise to look "
                        "for a specialist yourself as well.",
                    ),
                    {"name": name},
                )
            )
        if pick.value("board_checked") != YES:
            warnings.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan", "Check that {name} is certified as a specialist (board certified)."
                    ),
                    {"name": name},
                )
            )
    return RuleResult(
        holds=not missing, missing=tuple(missing), started=started, warnings=tuple(warnings)
    )
