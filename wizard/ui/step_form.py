"""A step's form, built from its fields (``wizard.plan.fields``): one widget per fact.

Each edit is reported at once as (step key, field key, value); the window saves
that one field. Showing the stored case never touches a field whose text already
means the stored value, so typing keeps its cursor and its half-typed word.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from wizard.plan import CaseData, Step
from wizard.plan.fields import MAX_TEXT, YES, BadValue, Field, Kind, clean_value
from wizard.ui.text import plan_text
from wizard.ui.widgets import WrappingCheckBox, wrapping_label


class StepForm(QWidget):
    field_changed = Signal(str, str, str)  # step key, field key, value

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"form-{step.key}")
        self.texts: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        self.checks: dict[str, WrappingCheckBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.group_labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        for field in step.fields:
            if field.kind is Kind.CHECK:
                if field.group and field.group not in self.group_labels:
                    heading = wrapping_label(role="subheading")
                    self.group_labels[field.group] = heading
                    layout.addWidget(heading)
                box = WrappingCheckBox()
                box.setObjectName(field.key)
                box.toggled.connect(lambda on, key=field.key: self._report(key, YES if on else ""))
                self.checks[field.key] = box
                layout.addWidget(box)
                continue
            label = QLabel()
            label.setWordWrap(True)
            self.labels[field.key] = label
            editor: QLineEdit | QComboBox
            if field.kind is Kind.TEXT:
                editor = QLineEdit()
                editor.setMaxLength(MAX_TEXT)
                editor.textEdited.connect(lambda text, key=field.key: self._report(key, text))
                self.texts[field.key] = editor
            else:
                editor = QComboBox()
                editor.activated.connect(
                    lambda _index, key=field.key: self._report(
                        key, self.choices[key].currentData() or ""
                    )
                )
                self.choices[field.key] = editor
            editor.setObjectName(field.key)
            label.setBuddy(editor)
            form.addRow(label, editor)
        self.retranslate()

    def _report(self, key: str, value: str) -> None:
        self.field_changed.emit(self.step.key, key, value)

    def retranslate(self) -> None:
        for field in self.step.fields:
            text = plan_text(field.label)
            if field.key in self.checks:
                self.checks[field.key].setText(text)
                continue
            self.labels[field.key].setText(text)
            accessible = text.rstrip(":")
            if field.key in self.texts:
                self.texts[field.key].setAccessibleName(accessible)
            else:
                self._fill_choices(field, accessible)
        for group, heading in self.group_labels.items():
            heading.setText(plan_text(group))

    def _fill_choices(self, field: Field, accessible: str) -> None:
        combo = self.choices[field.key]
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(not chosen yet)"), "")
        for choice in field.choices:
            combo.addItem(plan_text(choice.label), choice.key)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        combo.setAccessibleName(accessible)

    def show_case(self, case: CaseData) -> None:
        """Show the stored values (without reporting them as changes)."""
        for field in self.step.fields:
            stored = case.value(self.step.key, field.key)
            if field.key in self.checks:
                box = self.checks[field.key]
                if box.isChecked() != (stored == YES):
                    box.setCheckedQuietly(stored == YES)
            elif field.key in self.texts:
                editor = self.texts[field.key]
                if _means(field, editor.text()) != stored:
                    editor.setText(stored)
            else:
                combo = self.choices[field.key]
                if (combo.currentData() or "") != stored:
                    combo.setCurrentIndex(max(combo.findData(stored), 0))


def _means(field: Field, text: str) -> str | None:
    """What ``text`` in the editor would be stored as (None: it cannot be stored)."""
    try:
        return clean_value(field, text)
    except BadValue:
        return None
