"""Step 8, comparison: the two (or three) opinions side by side, then the decision.

The T-chart has the plan's four rows (diagnosis, treatment plan, risks, recovery time) and
the user's own; each row holds what each opinion said and whether they agree. Any row that
differs a lot brings the advice to talk it over with the main doctor; a third,
"tie-breaker" opinion is suggested only when a lot is at stake (step 1: a life-threatening
diagnosis or a planned surgery). Done when a treatment path is chosen and both medical
teams were told (on a day that has come).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import booking
from wizard.plan.case import CaseData
from wizard.plan.fields import YES, Choice, Field, Kind, ListSpec
from wizard.plan.messages import Msg
from wizard.plan.result import RuleResult

if TYPE_CHECKING:
    from wizard.plan.steps import Step

STEP_KEY = "comparison"
OWN_ROWS = "rows"
OPINIONS = ("first", "second", "third")
OPINION_LABELS = {
    "first": QT_TRANSLATE_NOOP("Plan", "First opinion"),
    "second": QT_TRANSLATE_NOOP("Plan", "Second opinion"),
    "third": QT_TRANSLATE_NOOP("Plan", "Third opinion"),
}
SAME, DIFFERS, DIFFERS_A_LOT = "same", "differs", "differs_a_lot"
MATCHES = (
    Choice(SAME, QT_TRANSLATE_NOOP("Plan", "The same")),
    Choice(DIFFERS, QT_TRANSLATE_NOOP("Plan", "Differs")),
    Choice(DIFFERS_A_LOT, QT_TRANSLATE_NOOP("Plan", "Differs a lot")),
)
# The plan's rows, by key, with their names.
ROWS = (
    ("diagnosis", QT_TRANSLATE_NOOP("Plan", "Diagnosis")),
    ("treatment", QT_TRANSLATE_NOOP("Plan", "Treatment plan")),
    ("risks", QT_TRANSLATE_NOOP("Plan", "Risks")),
    ("recovery", QT_TRANSLATE_NOOP("Plan", "Recovery time")),
)
# Step 1's reasons that put a lot at stake.
HIGH_STAKES = ("reason_life_threatening", "reason_planned_surgery")


def _row_fields(row: str, name: str) -> tuple[Field, ...]:
    cells = tuple(
        Field(f"{row}_{opinion}", Kind.NOTES, OPINION_LABELS[opinion], shown=False)
        for opinion in OPINIONS
    )
    return (*cells, Field(f"{row}_match", Kind.CHOICE, name, MATCHES, shown=False))


# The T-chart editor's switch for its third column, not a box of the generic form.
THIRD = Field(
    "third_opinion",
    Kind.CHECK,
    QT_TRANSLATE_NOOP("Plan", "I also have a third opinion"),
    shown=False,
)
DECISION: tuple[Field, ...] = (
    Field("chosen_path", Kind.NOTES, QT_TRANSLATE_NOOP("Plan", "The treatment path I chose:")),
    Field("decided_on", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Day I decided:")),
    Field(
        "first_team_told",
        Kind.DATE,
        QT_TRANSLATE_NOOP("Plan", "Day I told the first medical team:"),
    ),
    Field(
        "second_team_told",
        Kind.DATE,
        QT_TRANSLATE_NOOP("Plan", "Day I told the second medical team:"),
    ),
)
FIELDS: tuple[Field, ...] = (
    *(cell for row, name in ROWS for cell in _row_fields(row, name)),
    THIRD,
    *DECISION,
)
LIST = ListSpec(
    OWN_ROWS,
    QT_TRANSLATE_NOOP("Plan", "Your own rows"),
    QT_TRANSLATE_NOOP("Plan", "Add a row of my own"),
    (
        Field("label", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "What this row compares:")),
        *(Field(opinion, Kind.NOTES, OPINION_LABELS[opinion], shown=False) for opinion in OPINIONS),
        Field("match", Kind.CHOICE, QT_TRANSLATE_NOOP("Plan", "Do they agree?"), MATCHES),
    ),
    custom=True,
)


@dataclass(frozen=True)
class Row:
    """One row of the T-chart as shown and printed: its name (a plan text to translate, or
    the user's own words), what each opinion said, and whether they agree."""

    key: str  # a plan row's key, or "entry-<id>" for the user's own
    name: str
    own: bool
    said: dict[str, str]
    match: str
    entry_id: int | None = None


def rows_of(case: CaseData) -> list[Row]:
    """The plan's four rows, then the user's own, in order."""
    rows = [
        Row(
            key,
            name,
            False,
            {o: case.value(STEP_KEY, f"{key}_{o}") for o in OPINIONS},
            case.value(STEP_KEY, f"{key}_match"),
        )
        for key, name in ROWS
    ]
    for entry in case.entries_of(STEP_KEY, OWN_ROWS):
        rows.append(
            Row(
                f"entry-{entry.id}",
                entry.value("label"),
                True,
                {o: entry.value(o) for o in OPINIONS},
                entry.value("match"),
                entry.id,
            )
        )
    return rows


def has_third(case: CaseData) -> bool:
    return case.value(STEP_KEY, THIRD.key) == YES


def high_stakes(case: CaseData) -> bool:
    return any(case.value("need", reason) == YES for reason in HIGH_STAKES)


def _told(case: CaseData, key: str, today: dt.date) -> bool:
    day = booking.stored_day(case.value(STEP_KEY, key))
    return day is not None and day <= today


def rule(step: Step, case: CaseData, today: dt.date) -> RuleResult:
    missing: list[Msg] = []
    warnings: list[Msg] = []
    if not case.value(STEP_KEY, "chosen_path").strip():
        missing.append(Msg(QT_TRANSLATE_NOOP("Plan", "Write down the treatment path you chose.")))
    if not _told(case, "first_team_told", today):
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan", "Tell your first medical team what you decided, and write down when."
                )
            )
        )
    if not _told(case, "second_team_told", today):
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan", "Tell your second medical team what you decided, and write down when."
                )
            )
        )
    for key in ("first_team_told", "second_team_told", "decided_on"):
        day = booking.stored_day(case.value(STEP_KEY, key))
        if day is not None and day > today:
            warnings.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan", "A day in your decision is still to come. Please check it."
                    )
                )
            )
            break
    far_apart = [row for row in rows_of(case) if row.match == DIFFERS_A_LOT]
    if far_apart:
        warnings.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "The opinions differ a lot. Make an appointment with your main doctor to "
                    "talk about the difference before you decide.",
                )
            )
        )
        if high_stakes(case) and not has_third(case):
            warnings.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan",
                        "A lot is at stake for you (see step 1). A third, \u201ctie-breaker\u201d "
                        "opinion can help you decide.",
                    )
                )
            )
    started = bool(
        case.fields.get(step.key) or case.entries.get(step.key) or case.ticks.get(step.key)
    )
    return RuleResult(
        holds=not missing, missing=tuple(missing), started=started, warnings=tuple(warnings)
    )
