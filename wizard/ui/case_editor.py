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
    files_changed = Signal()  # the editor changed the case's files (the vault): reload
    go_to_step = Signal(str)  # the user asked for another step's page, by its key
    check_in_requested = Signal(str)  # step 9's check-in of this week, by its kind

    def show_case(self, case: CaseData) -> None:
        """Show the stored ``case`` without reporting it as the user's changes."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def stop_work(self) -> None:
        """The window is closing: stop and wait for work in progress, remove what the
        editor left outside the data folder. Nothing to do by default."""
