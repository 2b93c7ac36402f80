"""One wizard page per step: why, how (check boxes), done-when with its live verdict."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wizard.plan import STEPS, CaseData, Status, Step, Verdict, evaluate
from wizard.ui.case_editor import CaseEditor
from wizard.ui.marks import STATUS_MARK
from wizard.ui.records_panel import RecordsPanel
from wizard.ui.step_form import StepForm
from wizard.ui.text import plan_text, render, ui_date
from wizard.ui.widgets import VerdictBox, WrappingCheckBox, heading_label, wrapping_label

VERDICT_KIND = {Status.DONE: "done", Status.DONE_OWN_WORD: "own_word"}


class StepPage(QWidget):
    """Shows one step for the current case and reports the user's changes."""

    tick_changed = Signal(str, str, bool)  # step key, item key, ticked
    own_word_changed = Signal(str, bool)  # step key, done by own word
    field_changed = Signal(str, str, str)  # step key, field key, value
    entry_added = Signal(str, str)  # step key, list key
    entries_suggested = Signal(str, str)  # step key, list key
    entry_removed = Signal(int)  # entry id
    entry_changed = Signal(int, str, str)  # entry id, field key, value
    letter_requested = Signal()

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"page-{step.key}")
        self.counter = wrapping_label(role="muted")
        # The page's heading: it takes the focus when the page opens.
        self.title = self.heading = heading_label()
        self.status = wrapping_label()
        self.why_heading = wrapping_label(role="heading")
        self.why = wrapping_label()
        self.how_heading = wrapping_label(role="heading")
        self.items: dict[str, WrappingCheckBox] = {}
        self.form_heading = wrapping_label(role="heading")
        generic = any(f.shown for f in step.fields) or any(not s.custom for s in step.lists)
        self.form = StepForm(step) if generic else None
        # The step's own editors (wizard.ui.editors), added by the window: those that come
        # before the form (the T-chart before the decision) and those after it.
        self.editors: list[CaseEditor] = []
        self.before_form = QVBoxLayout()
        self.after_form = QVBoxLayout()
        self.done_heading = wrapping_label(role="heading")
        self.done_when = wrapping_label()
        self.verdict = VerdictBox()
        self.own_word = WrappingCheckBox()
        self.own_word.setObjectName("own-word")
        self.tips_heading = wrapping_label(role="heading")
        self.tips = [wrapping_label() for _ in step.tips]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        for widget in (
            self.counter,
            self.title,
            self.status,
            self.why_heading,
            self.why,
            self.how_heading,
        ):
            layout.addWidget(widget)
        for item in step.how:
            box = WrappingCheckBox()
            box.setObjectName(item.key)
            box.toggled.connect(
                lambda checked, key=item.key: self.tick_changed.emit(self.step.key, key, checked)
            )
            self.items[item.key] = box
            layout.addWidget(box)
        # Step 3 prints the records-request letter from what its form holds.
        self.letter_button = QPushButton() if step.key == "records" else None
        layout.addLayout(self.before_form)
        if self.form is not None:
            layout.addWidget(self.form_heading)
            layout.addWidget(self.form)
            self.form.field_changed.connect(self.field_changed)
            self.form.entry_added.connect(self.entry_added)
            self.form.entries_suggested.connect(self.entries_suggested)
            self.form.entry_removed.connect(self.entry_removed)
            self.form.entry_changed.connect(self.entry_changed)
        layout.addLayout(self.after_form)
        if self.letter_button is not None:
            self.letter_button.setObjectName("save-letter")
            self.letter_button.clicked.connect(self.letter_requested)
            row = QHBoxLayout()
            row.addWidget(self.letter_button)
            row.addStretch(1)
            layout.addLayout(row)
        # Steps 3 and 9 show the case's files here (a RecordsPanel, added by the window).
        self.files_panel: RecordsPanel | None = None
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        for part in (self.done_heading, self.done_when, self.verdict, self.own_word):
            layout.addWidget(part)
        if self.tips:
            layout.addWidget(self.tips_heading)
            for tip in self.tips:
                layout.addWidget(tip)
        layout.addStretch(1)
        self.own_word.toggled.connect(lambda on: self.own_word_changed.emit(self.step.key, on))
        self._case: CaseData | None = None
        self.retranslate()

    def add_editor(self, editor: CaseEditor, before_form: bool = False) -> None:
        self.editors.append(editor)
        (self.before_form if before_form else self.after_form).addWidget(editor)

    def add_files_panel(self, panel: RecordsPanel) -> None:
        self.files_panel = panel
        self.extra.addWidget(panel)

    def retranslate(self) -> None:
        step = self.step
        self.counter.setText(
            self.tr("Step {number} of {total}").format(number=step.number, total=len(STEPS))
        )
        self.title.setText(plan_text(step.title))
        self.why_heading.setText(self.tr("Why it matters"))
        self.why.setText(plan_text(step.why))
        if step.rule is None:
            how = self.tr(
                "What to do (tick each item when it is done, or when it does not apply to you)"
            )
        else:
            how = self.tr(
                "What to do (tick what you have done; your notes below show when the step is done)"
            )
        self.how_heading.setText(how)
        for item in step.how:
            self.items[item.key].setText(plan_text(item.text))
        self.form_heading.setText(self.tr("Write down what you know"))
        if self.letter_button is not None:
            self.letter_button.setText(self.tr("Save the &request letter as PDF\u2026"))
        if self.form is not None:
            self.form.retranslate()
        if self.files_panel is not None:
            self.files_panel.retranslate()
        for editor in self.editors:
            editor.retranslate()
        self.done_heading.setText(self.tr("Done when"))
        self.verdict.setAccessibleName(self.tr("Is this step done?"))
        self.done_when.setText(plan_text(step.done_when))
        self.own_word.setText(self.tr("I have done this step my own way: mark it as done"))
        self.tips_heading.setText(self.tr("Good to know"))
        for label, tip in zip(self.tips, step.tips, strict=True):
            label.setText("\u2022 " + plan_text(tip))
        if self._case is not None:
            self.show_case(self._case)

    def show_case(self, case: CaseData, verdict: Verdict | None = None) -> None:
        """Show the stored state of ``case`` (without reporting it as changes).

        ``verdict`` is this step's share of the window's one evaluation per change.
        """
        self._case = case
        for key, box in self.items.items():
            box.setCheckedQuietly(case.is_ticked(self.step.key, key))
        self.own_word.setCheckedQuietly(self.step.key in case.own_word)
        if self.form is not None:
            self.form.show_case(case)
        if self.files_panel is not None:
            self.files_panel.show_case(case)
        for editor in self.editors:
            editor.show_case(case)
        if verdict is None:
            verdict = evaluate(self.step, case)
        status = self.tr("Status: {status}").format(status=render(verdict.status.label))
        self.status.setText(f"{STATUS_MARK[verdict.status]} {status}")
        self.status.setAccessibleName(status)
        self.heading.setAccessibleDescription(f"{self.counter.text()}. {status}")
        note = ""
        if verdict.status is Status.DONE_OWN_WORD:
            if self.step.rule is None:
                note = self.tr("You marked this step as done yourself. These items are not ticked:")
            else:
                note = self.tr("You marked this step as done yourself. Still missing:")
        details = [] if verdict.status is Status.DONE else [render(m) for m in verdict.missing]
        details += ["\u26a0 " + render(w) for w in verdict.warnings]
        self.verdict.show_verdict(
            VERDICT_KIND.get(verdict.status, "open"),
            render(verdict.summary(format_date=ui_date)),
            details,
            note,
        )
