"""Done-when rules: pure functions from a case to a verdict, in words.

A step's rule answers "does the step's objective test hold, and if not, what
is missing?". The verdict then adds the user's own word and progress, so that
"done by your own word" is always shown as such and never hides the rule.
Richer rules (SPEC section 4) plug in through ``Step.rule`` with the same shape.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import CaseData
from wizard.plan.messages import Msg
from wizard.plan.result import RuleResult
from wizard.plan.steps import STEPS, Step

__all__ = ["RuleResult", "Status", "Verdict", "Evaluation", "evaluate", "evaluate_all"]


class Status(Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DONE_OWN_WORD = "done_own_word"

    @property
    def is_done(self) -> bool:
        return self in (Status.DONE, Status.DONE_OWN_WORD)

    @property
    def label(self) -> Msg:
        return Msg(_STATUS_LABELS[self])


_STATUS_LABELS = {
    Status.NOT_STARTED: QT_TRANSLATE_NOOP("Plan", "Not started"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Plan", "In progress"),
    Status.DONE: QT_TRANSLATE_NOOP("Plan", "Done"),
    Status.DONE_OWN_WORD: QT_TRANSLATE_NOOP("Plan", "Done (your own word)"),
}


@dataclass(frozen=True)
class Verdict:
    step: Step
    status: Status
    missing: tuple[Msg, ...]
    own_word_date: str | None = None
    warnings: tuple[Msg, ...] = ()

    @property
    def done(self) -> bool:
        return self.status.is_done

    def summary(self, format_date: Callable[[str], str] | None = None) -> Msg:
        """One line for the user: "Done", or what is still missing.

        ``format_date`` turns the ISO date into the reader's way of writing it.
        """
        if self.status is Status.DONE:
            return Msg(QT_TRANSLATE_NOOP("Plan", "Done."))
        if self.status is Status.DONE_OWN_WORD:
            return Msg(
                QT_TRANSLATE_NOOP("Plan", "Done by your own word on {date}."),
                {"date": (format_date or str)(self.own_word_date or "")},
            )
        if self.step.rule is not None:
            return Msg(
                QT_TRANSLATE_NOOP("Plan", "Not done yet. Still missing: {count}."),
                {"count": len(self.missing)},
            )
        return Msg(
            QT_TRANSLATE_NOOP("Plan", "Not done yet. Still missing: {count} of {total}."),
            {"count": len(self.missing), "total": len(self.step.how)},
        )


def all_how_items_ticked(step: Step, case: CaseData, today: dt.date) -> RuleResult:
    """The default rule: every how item of the step is ticked."""
    ticked = case.ticks.get(step.key, set())
    missing = tuple(
        Msg(QT_TRANSLATE_NOOP("Plan", "Still to do: {item}"), {"item": Msg(item.text)})
        for item in step.how
        if item.key not in ticked
    )
    return RuleResult(holds=not missing, missing=missing, started=bool(ticked))


def evaluate(step: Step, case: CaseData, today: dt.date | None = None) -> Verdict:
    """The verdict on one step: its rule, then the user's own word and progress."""
    rule = step.rule or all_how_items_ticked
    result = rule(step, case, today or dt.date.today())
    own_word = case.own_word.get(step.key)
    if result.holds:
        status = Status.DONE
    elif own_word:
        status = Status.DONE_OWN_WORD
    elif result.started:
        status = Status.IN_PROGRESS
    else:
        status = Status.NOT_STARTED
    return Verdict(step, status, result.missing, own_word, result.warnings)


@dataclass(frozen=True)
class Evaluation:
    """The nine verdicts on a case, made once per change and shared by every view."""

    verdicts: tuple[Verdict, ...]

    def __getitem__(self, step_key: str) -> Verdict:
        for verdict in self.verdicts:
            if verdict.step.key == step_key:
                return verdict
        raise KeyError(step_key)

    def progress(self) -> tuple[int, int]:
        """(steps done, steps in all)."""
        return sum(v.done for v in self.verdicts), len(self.verdicts)

    def next_action(self) -> tuple[Step, Msg] | None:
        """The first step in plan order that is not done, with its first missing thing.

        None when every step is done.
        """
        for verdict in self.verdicts:
            if not verdict.done:
                first = verdict.missing[0] if verdict.missing else Msg(verdict.step.done_when)
                return verdict.step, first
        return None


def evaluate_all(case: CaseData, today: dt.date | None = None) -> Evaluation:
    day = today or dt.date.today()
    return Evaluation(tuple(evaluate(step, case, day) for step in STEPS))


def progress(case: CaseData, today: dt.date | None = None) -> tuple[int, int]:
    """(steps done, steps in all)."""
    return evaluate_all(case, today).progress()


def next_action(case: CaseData, today: dt.date | None = None) -> tuple[Step, Msg] | None:
    return evaluate_all(case, today).next_action()
