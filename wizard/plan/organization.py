"""Step 9, ongoing organization: every document filed in a group, and a weekly habit.

A check-in is an entry of the list ``checkins``: the day it was made, and whether the user
filed documents that week (recorded when documents are filed under a group) or said
"nothing new this week". Weeks are ISO weeks (Monday to Sunday), so a check-in on a Sunday
and one on the next Monday are two weeks in a row, across the turn of a year too.

Done when no document is left without a confirmed group and there were check-ins in four
weeks in a row (at any time: a habit once built counts, a missed week later does not undo it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import CaseData
from wizard.plan.fields import Choice, Field, Kind, ListSpec
from wizard.plan.messages import Msg
from wizard.plan.result import RuleResult

if TYPE_CHECKING:
    from wizard.plan.steps import Step

STEP_KEY = "organization"
LIST_KEY = "checkins"
WEEKS_IN_A_ROW = 4
FILED, NOTHING_NEW = "filed", "nothing_new"

LIST = ListSpec(
    LIST_KEY,
    QT_TRANSLATE_NOOP("Plan", "Weekly check-ins"),
    QT_TRANSLATE_NOOP("Plan", "Nothing new this week"),
    (
        Field("on", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Day:")),
        Field(
            "kind",
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("Plan", "What you did:"),
            (
                Choice(FILED, QT_TRANSLATE_NOOP("Plan", "Filed documents")),
                Choice(NOTHING_NEW, QT_TRANSLATE_NOOP("Plan", "Nothing new this week")),
            ),
        ),
    ),
    custom=True,
)


def week_of(day: dt.date) -> dt.date:
    """The Monday that starts ``day``'s ISO week (weeks compare and count as days)."""
    return day - dt.timedelta(days=day.weekday())


def checkin_weeks(case: CaseData) -> list[dt.date]:
    """The weeks with a check-in, each by its Monday, oldest first."""
    weeks = set()
    for entry in case.entries_of(STEP_KEY, LIST_KEY):
        try:
            weeks.add(week_of(dt.date.fromisoformat(entry.value("on"))))
        except ValueError:
            continue
    return sorted(weeks)


def has_checkin(case: CaseData, kind: str, today: dt.date) -> bool:
    """Whether this week already has a check-in of ``kind``."""
    this_week = week_of(today)
    for entry in case.entries_of(STEP_KEY, LIST_KEY):
        try:
            day = dt.date.fromisoformat(entry.value("on"))
        except ValueError:
            continue
        if entry.value("kind") == kind and week_of(day) == this_week:
            return True
    return False


@dataclass(frozen=True)
class Streak:
    current: int  # weeks in a row up to this week (or last week, while this one is open)
    longest: int  # the most weeks in a row at any time
    this_week: bool  # this week has its check-in
    due: dt.date  # the Sunday that ends this week: the day of the next check-in


def streak(case: CaseData, today: dt.date) -> Streak:
    weeks = [w for w in checkin_weeks(case) if w <= week_of(today)]
    longest = run = 0
    previous: dt.date | None = None
    for week in weeks:
        run = run + 1 if previous is not None and week - previous == dt.timedelta(7) else 1
        longest = max(longest, run)
        previous = week
    this_week = week_of(today)
    current = 0
    if weeks and weeks[-1] >= this_week - dt.timedelta(7):
        current = run
    return Streak(
        current, longest, bool(weeks) and weeks[-1] == this_week, this_week + dt.timedelta(6)
    )


def rule(step: Step, case: CaseData, today: dt.date) -> RuleResult:
    missing: list[Msg] = []
    if case.files.unconfirmed:
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan", "Put each document in a group. Documents still to sort: {count}."
                ),
                {"count": case.files.unconfirmed},
            )
        )
    habit = streak(case, today)
    if habit.longest < WEEKS_IN_A_ROW:
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Check in once a week, four weeks in a row. Weeks in a row now: {count}.",
                ),
                {"count": habit.current},
            )
        )
    started = bool(case.entries.get(step.key) or case.ticks.get(step.key) or case.files.count)
    return RuleResult(holds=not missing, missing=tuple(missing), started=started)
