"""The patient chooser: a drop-down list that switches case only when the user opens it.

An advocate works with many patients; a case switched by a stray turn of the mouse wheel
or an arrow key would show one patient's papers while the user thinks of another. So the
wheel never turns it, and the keys that would step a closed QComboBox to the next item
(arrows, Page Up/Down, Home, End, typed letters) open the list instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from wizard.ui.widgets import OutlinedWhenFocused

# The keys with which a closed QComboBox changes its item without being opened.
STEPPING_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class CaseChooser(OutlinedWhenFocused):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        typed = bool(text.strip()) and text.isprintable()
        if event.key() in STEPPING_KEYS or (typed and not event.modifiers() & COMMAND_MODIFIERS):
            self.showPopup()
            if typed:
                # The letter finds the case in the open list; nothing changes until it is picked.
                self.view().keyboardSearch(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def show_cases(self, cases: list[tuple[int, str]], current: int | None) -> None:
        """The cases to choose from, (number, label) each, with ``current`` shown chosen."""
        self.blockSignals(True)
        self.clear()
        for case_id, text in cases:
            self.addItem(text, case_id)
        self.setCurrentIndex(self.findData(current) if current is not None else -1)
        self.blockSignals(False)

    def relabel_current(self, text: str) -> None:
        """A new label for the case shown (its date of birth was just written down)."""
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) != text:
            self.setItemText(index, text)
