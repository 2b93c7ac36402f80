"""A box of notes for a step's own editor (an answer, a cell of the T-chart): reports what
the user types when it can be stored, and says under the box why when it cannot."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wizard.plan.fields import BadValue, Field, clean_value
from wizard.plan.messages import Msg
from wizard.ui.text import render
from wizard.ui.widgets import NotesEdit, wrapping_label


class NoteBox(QWidget):
    saved = Signal(str)  # the text as it is to be stored

    def __init__(self, spec: Field, lines: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.edit = NotesEdit()
        # A steady height: longer notes scroll inside the box rather than push the page.
        margins = 2 * (self.edit.frameWidth() + int(self.edit.document().documentMargin()))
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + margins + 2)
        self.problem = wrapping_label(role="problem")
        self.problem.hide()
        self._problem: Msg | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.edit)
        self.edit.edited.connect(self._typed)

    def _typed(self, text: str) -> None:
        try:
            value = clean_value(self.spec, text)
        except BadValue as bad:
            self._show_problem(bad.reason)
            return
        self._show_problem(None)
        self.saved.emit(value)

    def _show_problem(self, msg: Msg | None) -> None:
        self._problem = msg
        text = "" if msg is None else "\u26a0 " + render(msg)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)

    def show_text(self, stored: str, anew: bool = False) -> None:
        """Show the stored text, unless the box already means it (the user is typing);
        ``anew``: another case is shown, so what was typed here goes in any case."""
        try:
            meaning = clean_value(self.spec, self.edit.toPlainText())
        except BadValue:
            if not anew:
                return  # what cannot be stored stays as typed, with its sentence
            meaning = None
        if meaning != stored:
            self.edit.show_text(stored)
            self._show_problem(None)

    def text(self) -> str:
        return self.edit.toPlainText()

    def retranslate(self) -> None:
        self._show_problem(self._problem)
