"""Step 6's own editor: the user's question list, a line to add their own, the library of
suggested questions, and the buttons that save or print the list for the visit.

Every edit goes to the window as a signal (``CaseEditor``); the list shown is always the
stored one. Ctrl+P prints the list while this page is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.plan import CaseData
from wizard.plan.fields import MAX_TEXT, YES
from wizard.plan.questions import LIST, LIST_KEY, STEP_KEY
from wizard.ui.case_editor import CaseEditor
from wizard.ui.pdf_output import QUESTIONS, QUESTIONS_LARGE
from wizard.ui.question_cards import QuestionCard, QuestionList
from wizard.ui.question_library import QuestionLibrary, text_of
from wizard.ui.split_row import SplitRow
from wizard.ui.text import plan_text
from wizard.ui.widgets import wrapping_label


class QuestionsEditor(CaseEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questions-editor")
        self.heading = wrapping_label(role="heading")
        self.hint = wrapping_label(role="muted")
        self.count = wrapping_label()
        self.count.setObjectName("question-count")
        self.empty = wrapping_label(role="muted")
        self.list = QuestionList()
        self.list.dropped.connect(self._dropped)
        self.cards: dict[int, QuestionCard] = {}
        self._order: list[int] = []
        self._removed_at = 0  # where the last removed question stood

        self.own_label = QLabel()
        self.own = QLineEdit()
        self.own.setObjectName("own-question")
        self.own.setMaxLength(MAX_TEXT)
        self.own_label.setBuddy(self.own)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add-own-question")
        self.problem = wrapping_label(role="problem")
        self.problem.hide()
        self.own.returnPressed.connect(self.add_own)
        self.own.textEdited.connect(lambda _text: self._say_problem(""))
        self.add_button.clicked.connect(self.add_own)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(self.add_button)

        self.library = QuestionLibrary()
        self.library.add_requested.connect(self.add_from_library)

        self.print_heading = wrapping_label(role="subheading")
        self.print_hint = wrapping_label()
        self.save_button = QPushButton()
        self.save_large_button = QPushButton()
        self.print_button = QPushButton()
        self.print_large_button = QPushButton()
        for key, button, signal in (
            (QUESTIONS, self.save_button, self.save_requested),
            (QUESTIONS, self.print_button, self.print_requested),
            (QUESTIONS_LARGE, self.save_large_button, self.save_requested),
            (QUESTIONS_LARGE, self.print_large_button, self.print_requested),
        ):
            button.clicked.connect(lambda _=False, k=key, s=signal: s.emit(k))
        # Side by side where they fit, one under the other where they do not.
        regular = SplitRow(self.save_button, self.print_button, packed=True)
        large = SplitRow(self.save_large_button, self.print_large_button, packed=True)
        for name, button in (
            ("save-questions", self.save_button),
            ("save-questions-large", self.save_large_button),
            ("print-questions", self.print_button),
            ("print-questions-large", self.print_large_button),
        ):
            button.setObjectName(name)
        # While this page is shown (a hidden page's shortcuts do not fire).
        self.print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        self.print_shortcut.activated.connect(lambda: self.print_requested.emit(QUESTIONS))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.hint, self.count, self.list, self.empty):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(self.own_label)
        layout.addLayout(own_row)
        layout.addWidget(self.problem)
        layout.addSpacing(6)
        layout.addWidget(self.library)
        layout.addWidget(self.print_heading)
        layout.addWidget(self.print_hint)
        layout.addLayout(regular)
        layout.addLayout(large)
        self._case: CaseData | None = None
        self.retranslate()

    # -- showing -------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(plan_text(LIST.label))
        self.hint.setText(
            self.tr(
                "Tick \u201cMost important\u201d for the questions to ask first: they are "
                "printed at the top. To change the order, drag a question by its handle "
                "\u283f, use the Up and Down buttons, or press Alt+Up and Alt+Down."
            )
        )
        self.empty.setText(
            self.tr("Your list is empty. Write your own questions below, or add suggested ones.")
        )
        self.own_label.setText(self.tr("Add &my own question:"))
        self.own.setPlaceholderText(self.tr("Type your question, then press Enter"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add my own question"))
        self.library.retranslate()
        self.print_heading.setText(self.tr("Print your list"))
        self.print_hint.setText(
            self.tr(
                "Take the list to the appointment: there is room under each question to write "
                "the answer. The large print is easier to read."
            )
        )
        self.save_button.setText(self.tr("&Save as PDF\u2026"))
        self.save_large_button.setText(self.tr("Save in &large print\u2026"))
        self.print_button.setText(self.tr("Pr&int\u2026"))
        self.print_button.setToolTip(self.tr("Print the question list (Ctrl+P)"))
        self.print_large_button.setText(self.tr("Print in large p&rint\u2026"))
        for card in self.cards.values():
            card.retranslate()
        if self._case is not None:
            self.show_case(self._case)

    def show_case(self, case: CaseData) -> None:
        self._case = case
        entries = case.entries_of(STEP_KEY, LIST_KEY)
        focus = QApplication.focusWidget()
        focused_card = next(
            (c for c in self.cards.values() if focus is not None and c.isAncestorOf(focus)),
            None,
        )
        cards = []
        for entry in entries:
            card = self.cards.get(entry.id)
            if card is None:
                card = self._new_card(entry.id)
            cards.append(card)
        self.cards = {card.entry_id: card for card in cards}
        self._order = [entry.id for entry in entries]
        self.list.set_cards(cards)
        for position, (card, entry) in enumerate(zip(cards, entries, strict=True), start=1):
            card.show_entry(
                position, len(entries), entry.value("text"), entry.value("starred") == YES
            )
        count = sum(1 for entry in entries if entry.value("text").strip())
        self.count.setText(
            self.tr("Questions on your list: {count}. Five or more make a good list.").format(
                count=count
            )
        )
        self.empty.setVisible(not entries)
        self.library.show_case(case)
        self._keep_focus(focus, focused_card)

    def _keep_focus(self, focus: QWidget | None, card: QuestionCard | None) -> None:
        """A moved card keeps the focus; a button that cannot be used any more (Move up at
        the top) hands it to its card's words; a removed card hands it to the next one."""
        if card is None or focus is None:
            return
        if card.entry_id in self.cards:
            if not focus.isEnabled():
                (card.down if focus is card.up and card.down.isEnabled() else card.text).setFocus()
            return
        if self._order:
            gone_at = min(self._removed_at, len(self._order) - 1)
            self.cards[self._order[gone_at]].text.setFocus()
        else:
            self.own.setFocus()

    def _new_card(self, entry_id: int) -> QuestionCard:
        card = QuestionCard(entry_id)
        card.text_edited.connect(lambda i, text: self.entry_changed.emit(i, "text", text))
        card.star_toggled.connect(
            lambda i, on: self.entry_changed.emit(i, "starred", YES if on else "")
        )
        card.move_requested.connect(self._move_by)
        card.remove_requested.connect(self._remove)
        return card

    # -- the user's changes ---------------------------------------------------
    def _move_by(self, entry_id: int, step: int) -> None:
        index = self._order.index(entry_id) + step
        if 0 <= index < len(self._order):
            self.entry_moved.emit(entry_id, index)

    def _dropped(self, entry_id: int, index: int) -> None:
        self.entry_moved.emit(entry_id, index)
        card = self.cards.get(entry_id)
        if card is not None:
            card.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self, entry_id: int) -> None:
        self._removed_at = self._order.index(entry_id)
        self.entry_removed.emit(entry_id)

    def add_own(self) -> None:
        text = self.own.text().strip()
        if not text:
            self._say_problem(self.tr("Type your question in the box first, then press Add."))
            self.own.setFocus()
            return
        self._say_problem("")
        self.entry_added.emit(STEP_KEY, LIST_KEY, {"text": text})
        self.own.clear()

    def add_from_library(self, key: str) -> None:
        text = text_of(key)
        if text:
            self.entry_added.emit(STEP_KEY, LIST_KEY, {"text": text, "library": key})

    def _say_problem(self, text: str) -> None:
        self.problem.setText("\u26a0 " + text if text else "")
        self.problem.setVisible(bool(text))
        self.own.setAccessibleDescription(text)
