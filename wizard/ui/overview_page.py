"""The overview: progress through the nine steps, the next concrete thing to do, and the
dates that matter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.i18n import LANGUAGE_NAMES
from wizard.plan import CaseData, Evaluation, evaluate_all
from wizard.plan.case import LANGUAGES
from wizard.plan.dates import DONE, OVERDUE, TODAY, UPCOMING, KeyDate, key_dates
from wizard.ui.flow_row import FlowRow
from wizard.ui.look import set_role
from wizard.ui.text import plan_text, render, ui_date
from wizard.ui.widgets import CalmComboBox, heading_label, wrapping_label

# Each state has a word in the line itself; the mark and the colour only repeat it.
DATE_MARKS = {UPCOMING: "\u25cb", TODAY: "\u25cf", OVERDUE: "\u26a0", DONE: "\u2713"}  # ○ ● ⚠ ✓
DATE_ROLES = {UPCOMING: "", TODAY: "", OVERDUE: "problem", DONE: "muted"}


class OverviewPage(QWidget):
    create_requested = Signal()
    go_to_step = Signal(str)
    export_requested = Signal()
    printout_language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-overview")
        self._case: CaseData | None = None
        self._next_key: str | None = None
        # Which day it is; a test may fix it.
        self.today: Callable[[], dt.date] = dt.date.today

        # The page's heading: it takes the focus when the page opens.
        self.title = self.heading = heading_label()
        self.intro = wrapping_label()
        self.privacy = wrapping_label(role="muted")
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_requested)

        self.progress_label = wrapping_label(role="heading")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 9)
        self.progress_bar.setTextVisible(False)

        self.next_card = QFrame()
        set_role(self.next_card, "card")
        self.next_heading = wrapping_label(role="heading")
        self.next_step = wrapping_label()
        self.next_action = wrapping_label()
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self._go_next)
        card = QVBoxLayout(self.next_card)
        card.setContentsMargins(14, 6, 14, 12)
        for widget in (self.next_heading, self.next_step, self.next_action):
            card.addWidget(widget)
        card.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.dates_section = QWidget()
        self.dates_heading = wrapping_label(role="heading")
        self.dates_empty = wrapping_label(role="muted")
        self.date_labels: list[QLabel] = []
        self._date_lines: tuple[tuple[str, str], ...] | None = None
        self._dates_layout = QVBoxLayout(self.dates_section)
        self._dates_layout.setContentsMargins(0, 0, 0, 0)
        self._dates_layout.addWidget(self.dates_heading)
        self._dates_layout.addWidget(self.dates_empty)

        self.language_label = QLabel()
        self.language = CalmComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language_label.setBuddy(self.language)
        self.language.activated.connect(
            lambda index: self.printout_language_changed.emit(self.language.itemData(index))
        )
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_requested)
        # Two rows, so long translations never push the page sideways.
        language_row = FlowRow(self.language_label, self.language)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.create_button, 0)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addSpacing(8)
        layout.addWidget(self.next_card)
        layout.addWidget(self.dates_section)
        layout.addSpacing(8)
        layout.addLayout(language_row)
        layout.addLayout(export_row)
        layout.addStretch(1)
        layout.addWidget(self.privacy)
        self.retranslate()

    def _go_next(self) -> None:
        if self._next_key:
            self.go_to_step.emit(self._next_key)

    def retranslate(self) -> None:
        self.create_button.setText(self.tr("Create a case…"))
        self.next_heading.setText(self.tr("What to do next"))
        self.dates_heading.setText(self.tr("Dates that matter"))
        self.dates_empty.setText(
            self.tr(
                "No dates yet. They appear here when you write down your appointment and your "
                "records requests."
            )
        )
        self.language_label.setText(self.tr("&Printouts for this case are in:"))
        self.export_button.setText(self.tr("Save the checklist as PDF…"))
        self.privacy.setText(
            self.tr(
                "Everything you type stays on this computer. It is locked with encryption "
                "and saved as soon as you make a change."
            )
        )
        self.show_case(self._case)

    def show_case(self, case: CaseData | None, evaluation: Evaluation | None = None) -> None:
        """Show ``case``; ``evaluation`` is the window's one evaluation for this change."""
        self._case = case
        has_case = case is not None
        self.create_button.setVisible(not has_case)
        for widget in (
            self.progress_label,
            self.progress_bar,
            self.next_card,
            self.dates_section,
            self.language_label,
            self.language,
            self.export_button,
        ):
            widget.setVisible(has_case)
        if case is None:
            self.title.setText(self.tr("Welcome to Second Opinion Planner"))
            self.intro.setText(
                self.tr(
                    "This program guides you, one step at a time, through getting a second "
                    "opinion from another doctor. Start by creating a case for the person who "
                    "needs the second opinion."
                )
            )
            self._next_key = None
            return
        self.title.setText(self.tr("Second opinion plan for {name}").format(name=case.name))
        self.intro.setText(
            self.tr(
                "Here you see how far you are. Choose a step on the left, or go straight to "
                "the next thing to do."
            )
        )
        if evaluation is None:
            evaluation = evaluate_all(case)
        done, total = evaluation.progress()
        self.progress_label.setText(
            self.tr("{done} of {total} steps done").format(done=done, total=total)
        )
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.progress_bar.setAccessibleName(self.progress_label.text())
        upcoming = evaluation.next_action()
        if upcoming is None:
            self._next_key = None
            self.next_step.setText(self.tr("All nine steps are done. Well done."))
            self.next_action.setText(
                self.tr("Keep filing new papers each week so your records stay ready.")
            )
            self.next_button.setVisible(False)
        else:
            step, action = upcoming
            self._next_key = step.key
            self.next_step.setText(
                self.tr("Step {number}: {title}").format(
                    number=step.number, title=plan_text(step.title)
                )
            )
            self.next_action.setText(render(action))
            self.next_button.setText(self.tr("&Go to step {number}").format(number=step.number))
            self.next_button.setVisible(True)
        self._show_dates(key_dates(case, self.today()))
        index = self.language.findData(case.language)
        self.language.setCurrentIndex(max(index, 0))

    def _show_dates(self, dates: tuple[KeyDate, ...]) -> None:
        """One label per date; the labels change only when the lines do."""
        lines = tuple((self._date_line(key_date), key_date.state) for key_date in dates)
        if lines == self._date_lines:
            return
        self._date_lines = lines
        self.dates_empty.setVisible(not lines)
        while len(self.date_labels) > len(lines):
            old = self.date_labels.pop()
            self._dates_layout.removeWidget(old)
            old.deleteLater()
        while len(self.date_labels) < len(lines):
            label = wrapping_label()
            self._dates_layout.addWidget(label)
            self.date_labels.append(label)
        for label, (text, state) in zip(self.date_labels, lines, strict=True):
            label.setText(f"{DATE_MARKS[state]} {text}")
            label.setAccessibleName(text)  # the words, without the mark
            if label.property("role") != DATE_ROLES[state]:
                set_role(label, DATE_ROLES[state])
                label.style().unpolish(label)
                label.style().polish(label)

    def _date_line(self, key_date: KeyDate) -> str:
        """The date, its time (the office's) and what happens then, with its state in words."""
        when = ui_date(key_date.day.isoformat())
        if key_date.time:
            when = self.tr("{date}, {time}").format(date=when, time=key_date.time)
        what = render(key_date.what)
        if key_date.state == TODAY:
            return self.tr("Today: {when} \u2014 {what}").format(when=when, what=what)
        if key_date.state == OVERDUE:
            return self.tr("Late: {when} \u2014 {what}").format(when=when, what=what)
        if key_date.state == DONE:
            return self.tr("Done: {when} \u2014 {what}").format(when=when, what=what)
        return f"{when} \u2014 {what}"
