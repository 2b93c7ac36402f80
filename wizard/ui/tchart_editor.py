"""Step 8's T-chart: the plan's four rows and the user's own, each with what the first,
second (and, when there is one, third) opinion said side by side, and whether they agree.

Each row is a block: its name, the opinions in columns beside each other (they wrap, so
the page never scrolls sideways), then "Do they agree?". Tab goes through a row's boxes
before the next row's (``wizard.ui.focus_order``: in the order of the layouts). The
decision (chosen path, dates) is the page's generic form below.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.plan import comparison
from wizard.plan.case import CaseData
from wizard.plan.comparison import OPINION_LABELS, OPINIONS, Row
from wizard.plan.fields import MAX_TEXT, YES, BadValue, Field, clean_value, find_field
from wizard.ui.case_editor import CaseEditor
from wizard.ui.flow_row import FlowRow
from wizard.ui.note_box import NoteBox
from wizard.ui.pdf_output import TCHART
from wizard.ui.text import plan_text
from wizard.ui.widgets import CalmComboBox, WrappingCheckBox, wrapping_label

STEP = comparison.STEP_KEY
LABEL = find_field(comparison.LIST.fields, "label")


def _cell_spec(key: str, own: bool, opinion: str) -> Field:
    if own:
        return find_field(comparison.LIST.fields, opinion)
    return find_field(comparison.FIELDS, f"{key}_{opinion}")


class ChartRow(QFrame):
    """One row of the T-chart, as a block."""

    def __init__(self, key: str, own: bool, entry_id: int | None = None) -> None:
        super().__init__()
        self.key = key
        self.own = own
        self.entry_id = entry_id
        self.setObjectName(f"row-{key}")
        self.setProperty("role", "card")
        self.title = wrapping_label(role="subheading")
        self.name_edit = QLineEdit() if own else None
        self.name_label = QLabel() if own else None
        self.remove_button = QPushButton() if own else None
        header = QHBoxLayout()
        if self.name_edit is not None and self.name_label is not None and self.remove_button:
            self.name_edit.setObjectName("row-name")
            self.name_edit.setMaxLength(MAX_TEXT)
            self.name_label.setBuddy(self.name_edit)
            self.remove_button.setObjectName("remove-row")
            header.addWidget(self.name_label)
            header.addWidget(self.name_edit, 1)
            header.addWidget(self.remove_button)
        else:
            header.addWidget(self.title, 1)
        self.labels: dict[str, QLabel] = {}
        self.cells: dict[str, NoteBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for column, opinion in enumerate(OPINIONS):
            label = wrapping_label(role="muted")
            cell = NoteBox(_cell_spec(key, own, opinion), lines=5)
            cell.setObjectName(f"cell-{opinion}")
            label.setBuddy(cell.edit)
            grid.addWidget(label, 0, column, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(cell, 1, column)
            grid.setColumnStretch(column, 1)
            self.labels[opinion] = label
            self.cells[opinion] = cell
        self.grid = grid
        self.agree_label = QLabel()
        self.agree = CalmComboBox()
        self.agree.setObjectName("agree")
        self.agree_label.setBuddy(self.agree)
        agree_row = FlowRow(self.agree_label, self.agree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.addLayout(header)
        layout.addLayout(grid)
        layout.addLayout(agree_row)

    def set_third(self, shown: bool) -> None:
        for widget in (self.labels["third"], self.cells["third"]):
            widget.setVisible(shown)
        # A hidden column must not keep its share of the width.
        self.grid.setColumnStretch(OPINIONS.index("third"), 1 if shown else 0)

    def retranslate(self, name: str) -> None:
        shown_name = name or self.tr("Your own row")
        self.title.setText(shown_name)
        if self.name_label is not None:
            self.name_label.setText(self.tr("Row:"))
        if self.name_edit is not None and self.remove_button is not None:
            self.name_edit.setPlaceholderText(self.tr("What this row compares, for example Cost"))
            self.name_edit.setAccessibleName(self.tr("Name of your own row"))
            self.remove_button.setText(self.tr("Remove this row\u2026"))
            self.remove_button.setAccessibleName(
                self.tr("Remove the row {name}").format(name=shown_name)
            )
        for opinion, label in self.labels.items():
            said = plan_text(OPINION_LABELS[opinion])
            label.setText(said)
            self.cells[opinion].edit.setAccessibleName(
                self.tr("{row}, {opinion}").format(row=shown_name, opinion=said)
            )
            self.cells[opinion].retranslate()
        self.agree_label.setText(self.tr("Do they &agree?"))
        self.agree.setAccessibleName(self.tr("{row}: do they agree?").format(row=shown_name))
        # On Linux a screen reader names the list by its label, the same on every row.
        self.agree.setAccessibleDescription(shown_name)
        current = self.agree.currentData() or ""
        self.agree.blockSignals(True)
        self.agree.clear()
        # The generic forms' words for it, translated once.
        self.agree.addItem(QCoreApplication.translate("FieldsForm", "(not chosen yet)"), "")
        for choice in comparison.MATCHES:
            self.agree.addItem(plan_text(choice.label), choice.key)
        self.agree.setCurrentIndex(max(self.agree.findData(current), 0))
        self.agree.blockSignals(False)

    def show_row(self, row: Row, anew: bool) -> None:
        if self.name_edit is not None:
            typed = self.name_edit.text()
            try:
                meaning: str | None = clean_value(LABEL, typed)
            except BadValue:
                meaning = None
            if (meaning is not None or anew) and meaning != row.name:
                self.name_edit.setText(row.name)
                self.name_edit.setCursorPosition(0)  # a long name shows its start
        for opinion, cell in self.cells.items():
            cell.show_text(row.said.get(opinion, ""), anew=anew)
        if (self.agree.currentData() or "") != row.match:
            self.agree.setCurrentIndex(max(self.agree.findData(row.match), 0))


class TChartEditor(CaseEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tchart-editor")
        self.heading = wrapping_label(role="subheading")
        self.intro = wrapping_label(role="muted")
        self.third = WrappingCheckBox()
        self.third.setObjectName("third-opinion")
        self.third.toggled.connect(self._third_toggled)
        self.rows: dict[str, ChartRow] = {}
        self.plan_rows = QVBoxLayout()
        self.own_rows = QVBoxLayout()
        for layout in (self.plan_rows, self.own_rows):
            layout.setSpacing(8)
        for key, _name in comparison.ROWS:
            row = self._make_row(key, own=False)
            self.plan_rows.addWidget(row)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add-row")
        self.add_button.clicked.connect(self.add_row)
        self._plan_names = dict(comparison.ROWS)
        self._own_names: dict[str, str] = {}  # the user's rows: the names shown
        self._case_id: int | None = None
        self._before_add: set[str] | None = None
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.third)
        layout.addLayout(self.plan_rows)
        layout.addLayout(self.own_rows)
        layout.addLayout(add_row)
        self._set_third(False)
        self.retranslate()

    # -- building -----------------------------------------------------------------
    def _make_row(self, key: str, own: bool, entry_id: int | None = None) -> ChartRow:
        row = ChartRow(key, own, entry_id)
        for opinion, cell in row.cells.items():
            cell.saved.connect(lambda text, r=row, o=opinion: self._said(r, o, text))
        row.agree.activated.connect(
            lambda _index, r=row: self._agreed(r, r.agree.currentData() or "")
        )
        if row.name_edit is not None and entry_id is not None:
            row.name_edit.textEdited.connect(lambda text, r=row: self._renamed(r, text))
        if row.remove_button is not None and entry_id is not None:
            row.remove_button.clicked.connect(
                lambda _=False, entry_id=entry_id: self.entry_removed.emit(entry_id)
            )
        self.rows[key] = row
        return row

    # -- the user's edits ---------------------------------------------------------
    def _said(self, row: ChartRow, opinion: str, text: str) -> None:
        if row.entry_id is not None:
            self.entry_changed.emit(row.entry_id, opinion, text)
        else:
            self.field_changed.emit(STEP, f"{row.key}_{opinion}", text)

    def _agreed(self, row: ChartRow, match: str) -> None:
        if row.entry_id is not None:
            self.entry_changed.emit(row.entry_id, "match", match)
        else:
            self.field_changed.emit(STEP, f"{row.key}_match", match)

    def _renamed(self, row: ChartRow, text: str) -> None:
        try:
            value = clean_value(LABEL, text)
        except BadValue:
            return  # the line cannot hold more than a label may have
        assert row.entry_id is not None
        self.entry_changed.emit(row.entry_id, "label", value)

    def _third_toggled(self, on: bool) -> None:
        self._set_third(on)
        self.field_changed.emit(STEP, comparison.THIRD.key, YES if on else "")

    def _set_third(self, on: bool) -> None:
        for row in self.rows.values():
            row.set_third(on)

    def add_row(self) -> None:
        """Add a row of the user's own; its name box gets the focus once it is there."""
        self._before_add = set(self.rows)
        self.entry_added.emit(STEP, comparison.OWN_ROWS, {"label": ""})

    # -- showing ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("The opinions side by side"))
        self.intro.setText(
            self.tr(
                "For each row, write in a few words what each doctor said. Then choose whether "
                "they agree. Add rows of your own for anything else that matters to you."
            )
        )
        self.third.setText(plan_text(comparison.THIRD.label))
        self.add_button.setText(plan_text(comparison.LIST.add_label))
        for key, row in self.rows.items():
            if row.own:
                row.retranslate(self._own_names.get(key, ""))
            else:
                row.retranslate(plan_text(self._plan_names[key]))

    def show_case(self, case: CaseData) -> None:
        anew = case.id != self._case_id
        self._case_id = case.id
        rows = comparison.rows_of(case)
        own = [row for row in rows if row.own]
        if [row.key for row in own] != [k for k, r in self.rows.items() if r.own]:
            self._rebuild_own(own)
        for row in rows:
            if row.own and self._own_names.get(row.key) != row.name:
                self._own_names[row.key] = row.name
                self.rows[row.key].retranslate(row.name)  # its accessible names say it
            self.rows[row.key].show_row(row, anew)
        third = comparison.has_third(case)
        if self.third.isChecked() != third:
            self.third.setCheckedQuietly(third)
        self._set_third(third)
        self._focus_new_row()

    def _rebuild_own(self, own: list[Row]) -> None:
        for key in [k for k, r in self.rows.items() if r.own]:
            row = self.rows.pop(key)
            row.setParent(None)
            row.deleteLater()
            self._own_names.pop(key, None)
        for data in own:
            row = self._make_row(data.key, own=True, entry_id=data.entry_id)
            self.own_rows.addWidget(row)
            row.retranslate(data.name)
            self._own_names[data.key] = data.name

    def _focus_new_row(self) -> None:
        before, self._before_add = self._before_add, None
        if before is None:
            return
        added = [row for key, row in self.rows.items() if key not in before]
        if added and added[-1].name_edit is not None:
            added[-1].name_edit.setFocus(Qt.FocusReason.OtherFocusReason)


class TChartOutput(CaseEditor):
    """Below the decision: the T-chart and the decision saved as a PDF or printed (Ctrl+P
    while the page is shown), to take to the main doctor or keep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = wrapping_label(role="subheading")
        self.hint = wrapping_label()
        self.save_button = QPushButton()
        self.save_button.setObjectName("save-tchart")
        self.save_button.clicked.connect(lambda: self.save_requested.emit(TCHART))
        self.print_button = QPushButton()
        self.print_button.setObjectName("print-tchart")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(TCHART))
        # While this page is shown (a hidden page's shortcuts do not fire).
        self.print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        self.print_shortcut.activated.connect(lambda: self.print_requested.emit(TCHART))
        buttons = FlowRow(self.save_button, self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.retranslate()

    def show_case(self, case: CaseData) -> None:
        """Nothing of the case shows here: the buttons always work."""

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Print your T-chart"))
        self.hint.setText(
            self.tr(
                "The chart and your decision on landscape pages, to take to your main doctor "
                "or to keep with your papers."
            )
        )
        self.save_button.setText(self.tr("Save the T-chart as &PDF\u2026"))
        self.print_button.setText(self.tr("Pr&int the T-chart\u2026"))
        self.print_button.setToolTip(self.tr("Print the T-chart (Ctrl+P)"))
