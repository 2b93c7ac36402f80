"""Step 7, appointment: what the specialist said, captured while it is fresh.

Done when the visit is marked as having happened and there are notes or a recording
of it (audio files kept in the encrypted vault under this step). The answers to the
questions of step 6 are written on those questions' entries. Worth a warning: a
recording without the doctor's permission noted, a visit marked as done whose day
is still to come, and differences from the first opinion left unexplained.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import booking
from wizard.plan.case import CaseData
from wizard.plan.fields import Choice, Field, Kind
from wizard.plan.messages import Msg
from wizard.plan.result import RuleResult

if TYPE_CHECKING:
    from wizard.plan.steps import Step

STEP_KEY = "appointment"
AUDIO_SUFFIXES = (".m4a", ".mp3", ".wav", ".ogg")

HAPPENED = (
    Choice("yes", QT_TRANSLATE_NOOP("Plan", "Yes, it has happened")),
    Choice("not_yet", QT_TRANSLATE_NOOP("Plan", "Not yet")),
)
RECORDING = (
    Choice("not_asked", QT_TRANSLATE_NOOP("Plan", "I have not asked yet")),
    Choice("granted", QT_TRANSLATE_NOOP("Plan", "Yes, the doctor allowed it")),
    Choice("declined", QT_TRANSLATE_NOOP("Plan", "No, the doctor said no")),
)
DIFFERENCES = (
    Choice("yes", QT_TRANSLATE_NOOP("Plan", "Yes, in words I understood")),
    Choice("no", QT_TRANSLATE_NOOP("Plan", "No, not clearly")),
    Choice("none", QT_TRANSLATE_NOOP("Plan", "There were no differences")),
)

FIELDS: tuple[Field, ...] = (
    Field("happened", Kind.CHOICE, QT_TRANSLATE_NOOP("Plan", "Has the visit happened?"), HAPPENED),
    Field(
        "companion",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("Plan", "Who came with you to take notes?"),
    ),
    Field(
        "recording",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Plan", "May you record the talk?"),
        RECORDING,
    ),
    Field("notes", Kind.NOTES, QT_TRANSLATE_NOOP("Plan", "Your notes from the visit:")),
    Field(
        "differences",
        Kind.CHOICE,
        QT_TRANSLATE_NOOP(
            "Plan", "Did the doctor explain how their opinion differs from the first one?"
        ),
        DIFFERENCES,
    ),
)


def rule(step: Step, case: CaseData, today: dt.date) -> RuleResult:
    def value(key: str) -> str:
        return case.value(step.key, key)

    recordings = case.files.appointment
    missing: list[Msg] = []
    warnings: list[Msg] = []
    if value("happened") != "yes":
        missing.append(
            Msg(QT_TRANSLATE_NOOP("Plan", "After the visit, mark that it has happened."))
        )
    if not value("notes").strip() and not recordings:
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan", "Write down notes, or add the recording, of what the doctor said."
                )
            )
        )
    if recordings and value("recording") != "granted":
        warnings.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "You added a recording, but not that the doctor allowed it. In many places "
                    "a talk may only be recorded with permission.",
                )
            )
        )
    day = booking.stored_day(case.value(booking.STEP_KEY, "appointment_date"))
    if value("happened") == "yes" and day is not None and day > today:
        warnings.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "The visit is marked as done, but its day in step 5 is still to come. "
                    "Please check the date.",
                )
            )
        )
    if value("differences") == "no":
        warnings.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Ask the doctor to explain, in plain words, how their opinion differs from "
                    "the first one. A phone call or a letter can do.",
                )
            )
        )
    started = bool(case.fields.get(step.key) or case.ticks.get(step.key) or recordings)
    return RuleResult(
        holds=not missing, missing=tuple(missing), started=started, warnings=tuple(warnings)
    )
