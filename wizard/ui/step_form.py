"""A step's form, built from its fields and lists (``wizard.plan.fields``).

Each edit is reported at once; the window saves that one field. Showing the
stored case never touches an editor whose text already means the stored value,
so typing keeps its cursor and its half-typed word. A value that cannot be
stored (a date that is not a date, a negative amount) is kept in its editor as
typed, and a sentence under it says what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.plan import CaseData, Step
from wizard.plan.case import Entry
from wizard.plan.fields import MAX_TEXT, YES, BadValue, Field, Kind, ListSpec, clean_value
from wizard.plan.messages import Msg
from wizard.ui.flow_row import FlowRow
from wizard.ui.focus_order import focus_and_show, in_layout_order
from wizard.ui.text import plan_text, render
from wizard.ui.widgets import CalmComboBox, NotesEdit, WrappingCheckBox, wrapping_label

# The zones most of our users live in, listed first (after the computer's own).
COMMON_ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Mexico_City",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Vienna",
    "Europe/Zurich",
    "Europe/Madrid",
)
# How each language writes a short date (four-digit years: no guessing the century).
DATE_FORMATS = {"en": "MM/dd/yyyy", "de": "dd.MM.yyyy", "es": "dd/MM/yyyy"}


def date_format() -> str:
    return DATE_FORMATS.get(QLocale().name()[:2], "yyyy-MM-dd")


def parse_date(text: str) -> str | None:
    """A typed date as ISO (``2026-11-27``), from the language's own form or ISO; None if
    it is not a date."""
    text = text.strip()
    for form in (date_format(), "yyyy-MM-dd", date_format().replace("dd", "d").replace("MM", "M")):
        day = QDate.fromString(text, form)
        if day.isValid():
            return day.toString("yyyy-MM-dd")
    return None


def show_date(iso: str) -> str:
    day = QDate.fromString(iso, "yyyy-MM-dd")
    return day.toString(date_format()) if day.isValid() else iso


class DateEdit(QWidget):
    """A date typed in the language's short form, or picked from a calendar."""

    edited = Signal(str)  # the text as typed
    picked = Signal(str)  # an ISO date from the calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self.edited)
        self.button.clicked.connect(self._pick)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Calendar\u2026"))
        self.button.setAccessibleName(self.tr("Pick the date from a calendar"))
        example = QDate(2026, 11, 27).toString(date_format())
        self.line.setPlaceholderText(self.tr("for example {date}").format(date=example))

    def _pick(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Pick a date"))
        calendar = QCalendarWidget(dialog)
        current = parse_date(self.line.text())
        calendar.setSelectedDate(
            QDate.fromString(current, "yyyy-MM-dd") if current else QDate.currentDate()
        )
        calendar.activated.connect(dialog.accept)
        calendar.clicked.connect(dialog.accept)
        QVBoxLayout(dialog).addWidget(calendar)
        # Beside its own field, so that it is clear which date it sets.
        dialog.adjustSize()
        dialog.move(
            self.button.mapToGlobal(self.button.rect().bottomRight()) - dialog.rect().topRight()
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            iso = calendar.selectedDate().toString("yyyy-MM-dd")
            self.line.setText(show_date(iso))
            self.picked.emit(iso)


class FieldsForm(QWidget):
    """Editors for a tuple of fields; reports (field key, value) for each edit."""

    value_changed = Signal(str, str)

    def __init__(self, fields: tuple[Field, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Facts the page's own editor shows, or the program writes itself, are not here.
        self.fields = fields = tuple(f for f in fields if f.shown)
        self.texts: dict[str, QLineEdit] = {}
        self.notes: dict[str, NotesEdit] = {}
        self.dates: dict[str, DateEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        self.checks: dict[str, WrappingCheckBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, QLabel] = {}
        self.group_labels: dict[str, QLabel] = {}
        self._problem_msgs: dict[str, Msg] = {}
        self._problem_texts: dict[str, str] = {}
        self.context = ""  # which entry of a list this form is (``set_context``)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for spec in fields:
            if spec.kind is Kind.CHECK:
                if spec.group and spec.group not in self.group_labels:
                    heading = wrapping_label(role="subheading")
                    self.group_labels[spec.group] = heading
                    layout.addWidget(heading)
                box = WrappingCheckBox()
                box.setObjectName(spec.key)
                box.toggled.connect(
                    lambda on, key=spec.key: self.value_changed.emit(key, YES if on else "")
                )
                self.checks[spec.key] = box
                layout.addWidget(box)
                continue
            # Each label above its field, as wide as the form: nothing is cut off at large
            # text sizes or in German, and it wraps only when the window is narrow.
            label, column = self._editor_row(spec)
            layout.addWidget(label)
            layout.addWidget(column)
        self.retranslate()

    def _editor_row(self, spec: Field) -> tuple[QLabel, QWidget]:
        # As wide as the form, wrapping only when the window is narrow or the text large.
        label = wrapping_label()
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.labels[spec.key] = label
        editor: QWidget
        if spec.kind in (Kind.CHOICE, Kind.ZONE):
            combo = CalmComboBox()
            combo.activated.connect(
                lambda _index, key=spec.key: self.value_changed.emit(
                    key, self.choices[key].currentData() or ""
                )
            )
            self.choices[spec.key] = combo
            editor = combo
            focus: QWidget = combo
        elif spec.kind is Kind.NOTES:
            notes = NotesEdit()
            notes.edited.connect(lambda text, s=spec: self._typed(s, text))
            self.notes[spec.key] = notes
            editor = notes
            focus = notes
        elif spec.kind is Kind.DATE:
            date = DateEdit()
            date.edited.connect(lambda text, s=spec: self._typed(s, text))
            date.picked.connect(lambda iso, s=spec: self._typed(s, iso))
            date.line.editingFinished.connect(
                lambda s=spec: self._typed(s, self.dates[s.key].line.text(), final=True)
            )
            self.dates[spec.key] = date
            editor = date
            focus = date.line
        else:
            line = QLineEdit()
            line.setMaxLength(MAX_TEXT)
            line.textEdited.connect(lambda text, s=spec: self._typed(s, text))
            line.editingFinished.connect(
                lambda s=spec: self._typed(s, self.texts[s.key].text(), final=True)
            )
            self.texts[spec.key] = line
            editor = line
            focus = line
        editor.setObjectName(spec.key)
        label.setBuddy(focus)
        problem = wrapping_label(role="problem")
        problem.hide()
        self.problems[spec.key] = problem
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(editor)
        box.addWidget(problem)
        return label, column

    def _typed(self, spec: Field, text: str, final: bool = False) -> None:
        """Save what was typed when it can be stored; else say why once typing stops
        (``final``: the user left the field, and what it holds was saved as it was typed)."""
        candidate = text
        if spec.kind is Kind.DATE and text.strip():
            candidate = parse_date(text) or text
        try:
            value = clean_value(spec, candidate)
        except BadValue as problem:
            if final or spec.kind is Kind.NOTES:  # notes have no "left the field" signal
                self._show_problem(spec.key, render(problem.reason), problem.reason)
            return
        self._show_problem(spec.key, "")
        if not final:
            self.value_changed.emit(spec.key, value)

    def _show_problem(self, key: str, text: str, msg: Msg | None = None) -> None:
        if msg is not None:
            self._problem_msgs[key] = msg
        elif not text:
            self._problem_msgs.pop(key, None)
        label = self.problems[key]
        label.setText("\u26a0 " + text if text else "")
        label.setVisible(bool(text))
        self._problem_texts[key] = text
        self._describe(key)

    def set_context(self, context: str) -> None:
        """Which entry of a list this form is ("Calls: entry 2 of 3"): a screen reader says
        it with each field, so that the same field of two entries is told apart."""
        if context != self.context:
            self.context = context
            for spec in self.fields:
                self._describe(spec.key)

    def _describe(self, key: str) -> None:
        """A field's description: what is wrong with it, if anything, and which entry it
        belongs to."""
        parts = [self._problem_texts.get(key, ""), self.context]
        editor: QWidget | None = self.texts.get(key) or self.notes.get(key) or self.choices.get(key)
        if key in self.checks:
            editor = self.checks[key].box
        if key in self.dates:
            date = self.dates[key]
            editor = date.line
            button_parts = [self.labels[key].text().rstrip(":?"), self.context]
            date.button.setAccessibleDescription(". ".join(p for p in button_parts if p))
        if editor is not None:
            editor.setAccessibleDescription(". ".join(p for p in parts if p))

    def retranslate(self) -> None:
        for spec in self.fields:
            text = plan_text(spec.label)
            if spec.key in self.checks:
                self.checks[spec.key].setText(text)
                continue
            self.labels[spec.key].setText(text)
            accessible = text.rstrip(":?")
            if spec.key in self.notes:
                self.notes[spec.key].setAccessibleName(accessible)
            elif spec.key in self.texts:
                self.texts[spec.key].setAccessibleName(accessible)
                if spec.kind is Kind.TIME:
                    self.texts[spec.key].setPlaceholderText(self.tr("for example 14:30"))
            elif spec.key in self.dates:
                self.dates[spec.key].line.setAccessibleName(accessible)
                self.dates[spec.key].retranslate()
                self._describe(spec.key)  # the calendar button says which date it sets
            else:
                self._fill_choices(spec, accessible)
        for group, heading in self.group_labels.items():
            heading.setText(plan_text(group))
        for key, msg in self._problem_msgs.items():
            self._show_problem(key, render(msg), msg)

    def _fill_choices(self, spec: Field, accessible: str) -> None:
        combo = self.choices[spec.key]
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(not chosen yet)"), "")
        if spec.kind is Kind.ZONE:
            for name in _zone_names():
                combo.addItem(name.replace("_", " "), name)
        for choice in spec.choices:
            combo.addItem(plan_text(choice.label), choice.key)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        combo.setAccessibleName(accessible)

    def show_values(self, values: Mapping[str, str]) -> None:
        """Show stored values (without reporting them as changes)."""
        for spec in self.fields:
            stored = values.get(spec.key, "")
            if spec.key in self.checks:
                box = self.checks[spec.key]
                if box.isChecked() != (stored == YES):
                    box.setCheckedQuietly(stored == YES)
            elif spec.key in self.notes:
                notes = self.notes[spec.key]
                if _means(spec, notes.toPlainText()) != stored:
                    notes.show_text(stored)
                    self._show_problem(spec.key, "")
            elif spec.key in self.texts:
                line = self.texts[spec.key]
                meaning = _means(spec, line.text())
                # What cannot be stored stays as typed, with its sentence, until corrected.
                if meaning is not None and meaning != stored:
                    line.setText(stored if spec.kind is Kind.TEXT else _show_amount(stored))
                    self._show_problem(spec.key, "")
            elif spec.key in self.dates:
                line = self.dates[spec.key].line
                if (parse_date(line.text()) or "") != stored and not (
                    line.text().strip() and parse_date(line.text()) is None
                ):
                    line.setText(show_date(stored) if stored else "")
                    self._show_problem(spec.key, "")
            else:
                combo = self.choices[spec.key]
                if (combo.currentData() or "") != stored:
                    combo.setCurrentIndex(max(combo.findData(stored), 0))


class EntryList(QWidget):
    """The entries of one list of a step's form, each a small form with a Remove button."""

    add_requested = Signal(str)  # list key
    suggest_requested = Signal(str)  # list key
    remove_requested = Signal(int)  # entry id
    entry_changed = Signal(int, str, str)  # entry id, field key, value

    def __init__(self, spec: ListSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"list-{spec.key}")
        self.heading = wrapping_label(role="subheading")
        self.empty = wrapping_label(role="muted")
        self.rows = QVBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"add-{spec.key}")
        self.add_button.clicked.connect(self._add)
        self._before_add: set[int] | None = None  # the entries there were before "Add"
        self.suggest_button = QPushButton()
        self.suggest_button.setObjectName(f"suggest-{spec.key}")
        self.suggest_button.clicked.connect(lambda: self.suggest_requested.emit(spec.key))
        self.entries: dict[int, tuple[QFrame, FieldsForm, QPushButton]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.rows)
        button_row = FlowRow(self.add_button, self.suggest_button)
        layout.addLayout(button_row)
        # Hidden only once it has a parent: shown without one, a widget is a window of its own.
        self.suggest_button.setVisible(spec.suggest is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(plan_text(self.spec.label))
        self.add_button.setText(plan_text(self.spec.add_label))
        if self.spec.suggest_label:
            self.suggest_button.setText(plan_text(self.spec.suggest_label))
        self.empty.setText(self.tr("Nothing written down yet."))
        count = len(self.entries)
        for number, (frame, form, remove) in enumerate(self.entries.values(), start=1):
            context = self.tr("{list}: entry {number} of {count}").format(
                list=plan_text(self.spec.label), number=number, count=count
            )
            form.retranslate()
            form.set_context(context)
            remove.setText(self.tr("Remove this entry"))
            remove.setAccessibleDescription(context)
            frame.setAccessibleName(plan_text(self.spec.label))

    def _add(self) -> None:
        self._before_add = set(self.entries)
        self.add_requested.emit(self.spec.key)

    def show_entries(self, entries: list[Entry]) -> None:
        if [e.id for e in entries] != list(self.entries):
            self._rebuild(entries)
        for entry in entries:
            self.entries[entry.id][1].show_values(entry.values)
        self.empty.setVisible(not entries)
        before, self._before_add = self._before_add, None
        added = [form for key, (_f, form, _r) in self.entries.items() if key not in (before or ())]
        if before is not None and added:
            # The user goes on with the entry they asked for: its first field takes the focus.
            focus_and_show(in_layout_order(added[-1])[0])

    def _rebuild(self, entries: list[Entry]) -> None:
        for frame, _form, _remove in self.entries.values():
            frame.setParent(None)
            frame.deleteLater()
        self.entries = {}
        for entry in entries:
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            frame.setObjectName(f"entry-{entry.id}")
            form = FieldsForm(self.spec.fields)
            form.value_changed.connect(
                lambda key, value, entry_id=entry.id: self.entry_changed.emit(entry_id, key, value)
            )
            remove = QPushButton()
            remove.clicked.connect(
                lambda _=False, entry_id=entry.id: self.remove_requested.emit(entry_id)
            )
            box = QVBoxLayout(frame)
            box.addWidget(form)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(remove)
            box.addLayout(row)
            self.rows.addWidget(frame)
            self.entries[entry.id] = (frame, form, remove)
        self.retranslate()


class StepForm(QWidget):
    """The whole form of one step: its fields, then its lists."""

    field_changed = Signal(str, str, str)  # step key, field key, value
    entry_added = Signal(str, str)  # step key, list key
    entries_suggested = Signal(str, str)  # step key, list key
    entry_removed = Signal(int)  # entry id
    entry_changed = Signal(int, str, str)  # entry id, field key, value

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"form-{step.key}")
        self.fields = FieldsForm(step.fields)
        self.fields.value_changed.connect(
            lambda key, value: self.field_changed.emit(step.key, key, value)
        )
        # A list with an editor of its own is shown by that editor (see wizard.ui.editors).
        self.lists = {spec.key: EntryList(spec) for spec in step.lists if not spec.custom}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields)
        for entry_list in self.lists.values():
            entry_list.add_requested.connect(lambda key: self.entry_added.emit(step.key, key))
            entry_list.suggest_requested.connect(
                lambda key: self.entries_suggested.emit(step.key, key)
            )
            entry_list.remove_requested.connect(self.entry_removed)
            entry_list.entry_changed.connect(self.entry_changed)
            layout.addWidget(entry_list)
        # Shorthands for tests and callers that think of the form as one set of editors.
        self.texts = self.fields.texts
        self.notes = self.fields.notes
        self.choices = self.fields.choices
        self.checks = self.fields.checks
        self.dates = self.fields.dates
        self.labels = self.fields.labels
        self.problems = self.fields.problems

    def retranslate(self) -> None:
        self.fields.retranslate()
        for entry_list in self.lists.values():
            entry_list.retranslate()

    def show_case(self, case: CaseData) -> None:
        self.fields.show_values(case.fields.get(self.step.key, {}))
        for key, entry_list in self.lists.items():
            entry_list.show_entries(case.entries_of(self.step.key, key))


def _means(spec: Field, text: str) -> str | None:
    """What ``text`` in the editor would be stored as (None: it cannot be stored)."""
    try:
        return clean_value(spec, text)
    except BadValue:
        return None


@cache
def _zone_names() -> list[str]:
    """The time zones people live in, by their IANA names (the system's own first)."""
    from zoneinfo import available_timezones

    from PySide6.QtCore import QTimeZone

    names = sorted(
        n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/"))
    )
    local = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    first = [z for z in (local, *COMMON_ZONES) if z in names]
    first = list(dict.fromkeys(first))
    return [*first, *(n for n in names if n not in first)]


def _show_amount(stored: str) -> str:
    """An amount as the user's language writes it (``1234.50`` -> ``1234,50`` in German)."""
    if not stored:
        return ""
    return stored.replace(".", QLocale().decimalPoint()) if "." in stored else stored
