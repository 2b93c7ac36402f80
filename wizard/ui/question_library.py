"""The library of suggested questions beside the user's list (step 6): the questions that
suit the case's area first, all of them on request; one is added with Enter, a
double-click or the Add button, and a question already on the list shows as added."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.plan import CaseData
from wizard.plan.questions import (
    LIBRARY,
    Suggested,
    library_question,
    questions_of,
    suggested_for,
)
from wizard.ui.text import plan_text
from wizard.ui.widgets import WrappingCheckBox, wrapping_label

KEY_ROLE = Qt.ItemDataRole.UserRole


class QuestionLibrary(QWidget):
    """The suggested questions; ``add_requested`` names the one the user chose."""

    add_requested = Signal(str)  # the library key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = wrapping_label(role="subheading")
        self.intro = wrapping_label()
        self.show_all = WrappingCheckBox()
        self.show_all.setObjectName("show-all-questions")
        self.list = QListWidget()
        self.list.setObjectName("library")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add-suggested")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.intro, self.show_all, self.list):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.show_all.toggled.connect(lambda _on: self._fill(force=True))
        self.list.itemActivated.connect(lambda _item: self.add_chosen())
        self.add_button.clicked.connect(self.add_chosen)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self._case: CaseData | None = None
        self._shown: tuple = ()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Suggested questions"))
        self.intro.setText(
            self.tr(
                "Questions that suit the area you chose in step 1 come first. Choose one and "
                "press Enter, double-click it, or use the Add button."
            )
        )
        self.show_all.setText(
            self.tr("Show all {count} questions, also those for other areas").format(
                count=len(LIBRARY)
            )
        )
        self.list.setAccessibleName(self.tr("Suggested questions"))
        self.add_button.setText(self.tr("&Add the chosen question"))
        self._fill(force=True)

    def show_case(self, case: CaseData) -> None:
        self._case = case
        self._fill()

    def added_keys(self) -> set[str]:
        if self._case is None:
            return set()
        return {e.value("library") for e in questions_of(self._case)} - {""}

    def _questions(self) -> list[Suggested]:
        if self._case is None:
            return []
        suited = list(suggested_for(self._case))
        if self.show_all.isChecked():
            suited += [q for q in LIBRARY if q not in suited]
        return suited

    def _fill(self, force: bool = False) -> None:
        """Show the library for the case; only when what it shows has changed (the window
        shows the case anew after every key the user types)."""
        questions = self._questions()
        added = self.added_keys()
        shown = (tuple(q.key for q in questions), frozenset(added))
        if shown == self._shown and not force:
            return
        self._shown = shown
        current = self.list.currentItem()
        keep = current.data(KEY_ROLE) if current is not None else ""
        # Without its signals: clearing reports the item being deleted as the one left
        # (currentItemChanged), and handing that item to Python crashes now and then.
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
        finally:
            self.list.blockSignals(blocked)
        on_list = self.tr("On your list: {question}")
        for question in questions:
            text = plan_text(question.text)
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, question.key)
            if question.key in added:
                item.setText("\u2713 " + text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, on_list.format(question=text))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self._choose(keep)
        self._update_button()

    def _choose(self, key: str) -> None:
        """Make ``key`` the current question, or the first one still to add after it."""
        keys = [self.list.item(row).data(KEY_ROLE) for row in range(self.list.count())]
        start = keys.index(key) if key in keys else 0
        for row in list(range(start, len(keys))) + list(range(start)):
            item = self.list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setCurrentItem(item)
                return
        self.list.setCurrentRow(-1)

    def _update_button(self) -> None:
        item = self.list.currentItem()
        self.add_button.setEnabled(
            item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        )

    def add_chosen(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        key = item.data(KEY_ROLE)
        if key in self.added_keys():
            return
        self.add_requested.emit(key)


def text_of(key: str) -> str:
    """The library question ``key`` in the interface's language ('' for an unknown key)."""
    question = library_question(key)
    return plan_text(question.text) if question is not None else ""
