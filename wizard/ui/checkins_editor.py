"""Step 9's weekly habit: the streak of weeks in a row, said plainly, this week's check-in,
and the check-ins so far.

Filing documents in the list below (choosing or confirming their group) is a week's check-in
by itself (the store records it); "Nothing new this week" is the check-in of a quiet week.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from wizard.plan import CaseData
from wizard.plan.organization import (
    LIST_KEY,
    NOTHING_NEW,
    STEP_KEY,
    WEEKS_IN_A_ROW,
    Streak,
    streak,
    week_of,
)
from wizard.ui.case_editor import CaseEditor
from wizard.ui.marks import DONE, OPEN
from wizard.ui.text import ui_date
from wizard.ui.widgets import wrapping_label

SHOWN_CHECKINS = 6  # the newest ones; the habit is about recent weeks


class CheckinsEditor(CaseEditor):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("checkins")
        self.heading = wrapping_label(role="subheading")
        self.explain = wrapping_label()
        self.streak_label = wrapping_label(role="heading")
        self.week_label = wrapping_label()
        self.nothing_new = QPushButton()
        self.nothing_new.setObjectName("nothing-new")
        self.nothing_new.clicked.connect(lambda: self.check_in_requested.emit(NOTHING_NEW))
        self.history_heading = wrapping_label(role="muted")
        self.history = wrapping_label()
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        for widget in (self.heading, self.explain, self.streak_label, self.week_label):
            box.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.nothing_new)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.history_heading)
        box.addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self._case: CaseData | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your weekly check-in"))
        self.explain.setText(
            self.tr(
                "Every Sunday evening, take 10 minutes: add the week's papers, receipts and "
                "notes below and put each in its group. That counts as the week's check-in. "
                "If nothing came this week, say so with the button."
            )
        )
        self.nothing_new.setText(self.tr("&Nothing new this week"))
        self.history_heading.setText(self.tr("Your check-ins so far:"))
        if self._case is not None:
            self.show_case(self._case)

    def show_case(self, case: CaseData, today: dt.date | None = None) -> None:
        self._case = case
        today = today or dt.date.today()
        habit = streak(case, today)
        self.streak_label.setText(self._streak_text(habit))
        if habit.this_week:
            said = self.tr("This week's check-in is done.")
        else:
            said = self.tr("This week's check-in is still open, until Sunday, {date}.").format(
                date=ui_date(habit.due.isoformat())
            )
        self.week_label.setText(f"{DONE if habit.this_week else OPEN} {said}")
        self.week_label.setAccessibleName(said)
        self.nothing_new.setEnabled(not habit.this_week)
        lines = []
        entries = sorted(
            case.entries_of(STEP_KEY, LIST_KEY), key=lambda e: e.value("on"), reverse=True
        )
        for entry in entries[:SHOWN_CHECKINS]:
            try:
                week = week_of(dt.date.fromisoformat(entry.value("on")))
            except ValueError:
                continue
            what = (
                self.tr("nothing new")
                if entry.value("kind") == NOTHING_NEW
                else self.tr("documents filed")
            )
            lines.append(
                self.tr("\u2022 Week of {monday}: {what}").format(
                    monday=ui_date(week.isoformat()), what=what
                )
            )
        self.history.setText("\n".join(lines) if lines else self.tr("None yet."))

    def _streak_text(self, habit: Streak) -> str:
        if habit.longest >= WEEKS_IN_A_ROW and habit.current >= WEEKS_IN_A_ROW:
            return self.tr("{count} weeks in a row. The habit is built: well done!").format(
                count=habit.current
            )
        if habit.longest >= WEEKS_IN_A_ROW:
            return self.tr(
                "You kept it up {longest} weeks in a row before; now: {count}. Keep going!"
            ).format(longest=habit.longest, count=habit.current)
        if habit.current == 0:
            return self.tr("No weeks in a row yet. Four in a row build the habit.")
        return self.tr("{count} of 4 weeks in a row.").format(count=habit.current)
