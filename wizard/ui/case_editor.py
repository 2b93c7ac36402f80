"""What a step's own editor (the question list, the T-chart, the check-ins) shares with
the window: it shows the stored case, and reports each edit as a signal that the window
saves at once, as it does for the generic forms (``wizard.ui.step_form``).

An editor never writes to the store itself, so every change goes through the window's one
path: saved, or a clear sentence and the stored case shown again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from wizard.plan import CaseData


class CaseEditor(QWidget):
    """Base of a step's own editor; subclasses build their widgets and override the two
    methods below."""

    field_changed = Signal(str, str, str)  # step key, field key, value
    entry_added = Signal(str, str, object)  # step key, list key, the new entry's values (dict)
    entry_changed = Signal(int, str, str)  # entry id, field key, value
    entry_removed = Signal(int)  # entry id
    entry_moved = Signal(int, int)  # entry id, its new place in its list (0: the top)
    # A printout the page offers, by key (wizard.ui.pdf_output: "questions", ...).
    save_requested = Signal(str)
    print_requested = Signal(str)

    def show_case(self, case: CaseData) -> None:
        """Show the stored ``case`` without reporting it as the user's changes."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError
