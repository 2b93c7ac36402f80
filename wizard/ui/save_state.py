"""Changes the disk would not take: kept, shown as typed, and saved when the disk lets us.

When a save fails because of the disk or the folder (full, read-only, failing,
busy: a ``SaveFailed``), the change is not thrown away. It waits here, in the
order it was made (a later change of the same thing replaces the earlier one),
and is put over the case as loaded, so the form keeps showing what was typed. A
calm bar across the window says "Not saved", why, and what to do, with a
"Try again" button; the next change the user makes tries the waiting ones first.
A change refused for itself (the case was deleted, a value the field cannot
hold) is not kept: it is raised as before, for the window to put in words.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.errors import SaveFailed, UserError
from wizard.plan import CaseData
from wizard.ui.look import set_role
from wizard.ui.text import render
from wizard.ui.widgets import wrapping_label

if TYPE_CHECKING:
    from wizard.ui.dialogs import Asker

_unique = itertools.count()


@dataclass
class Change:
    """One change to one case: ``write`` saves it (it gets the case's number), ``show``
    puts it into a case as loaded (None: it shows once saved, like a new entry)."""

    key: Hashable
    case_id: int
    write: Callable[[int], object]
    show: Callable[[CaseData], None] | None = None


def once() -> Hashable:
    """The key of a change that no later change replaces (adding, removing, moving)."""
    return ("once", next(_unique))


class NotSavedBar(QFrame):
    """ "Not saved", the reason and what to do, and a "Try again" button."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("not-saved")
        set_role(self, "warning")
        self.title = QLabel()
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.text = wrapping_label()
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("try-again")
        self.retry_button.clicked.connect(self.retry_requested)
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addLayout(words, 1)
        layout.addWidget(self.retry_button)
        self._problem: UserError | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Not saved"))
        self.retry_button.setText(self.tr("&Try again"))
        self.retry_button.setToolTip(self.tr("Save the waiting changes now"))
        if self._problem is not None:
            self.show_problem(self._problem)

    def show_problem(self, problem: UserError) -> None:
        self._problem = problem
        text = self.tr(
            "{problem} What you changed stays on screen. It is saved when you click Try again "
            "or make your next change."
        ).format(problem=render(problem.msg))
        self.text.setText(text)
        self.setAccessibleName(self.tr("Not saved"))
        self.setAccessibleDescription(text)
        self.show()

    def clear(self) -> None:
        self._problem = None
        self.hide()


class SaveState(QObject):
    """The changes waiting to be saved, and the bar that says so."""

    saved = Signal()  # waiting changes were written on "Try again"
    refused = Signal(str)  # a waiting change cannot be saved at all (the sentence why)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = NotSavedBar()
        self.bar.retry_requested.connect(self.retry)
        self._waiting: dict[Hashable, Change] = {}
        self.problem: SaveFailed | None = None

    @property
    def waiting(self) -> int:
        """How many changes wait to be saved."""
        return len(self._waiting)

    def save(self, change: Change) -> bool:
        """Save the waiting changes, then ``change``; True when everything is saved.

        False when the disk refused (the bar says why; ``change`` and what could not
        be saved wait). A change refused for itself is dropped and its error raised
        (UserError, ValueError) after the others were tried.
        """
        key = (change.case_id, change.key)
        self._waiting.pop(key, None)  # a later change of the same thing replaces it
        self._waiting[key] = change
        return self._flush()

    def forget(self) -> None:
        """Drop the waiting changes (the data they were for was replaced by a backup)."""
        self._waiting.clear()
        self.problem = None
        self.bar.clear()

    def overlay(self, case: CaseData) -> CaseData:
        """``case`` as loaded, with the waiting changes to it put in (as the user sees it)."""
        for change in self._waiting.values():
            if change.show is not None and change.case_id == case.id:
                change.show(case)
        return case

    def retry(self) -> bool:
        """Try the waiting changes again ("Try again", closing the window)."""
        try:
            done = self._flush()
        except (UserError, ValueError) as exc:
            self.refused.emit(render(exc.msg) if isinstance(exc, UserError) else str(exc))
            return not self._waiting
        self.saved.emit()
        return done

    def may_close(self, asker: Asker) -> bool:
        """True when nothing waits, or it was saved now, or the user agrees to lose it."""
        if not self._waiting or self.retry():
            return True
        problem = "" if self.problem is None else render(self.problem.msg)
        question = self.tr(
            "{problem} Some of your changes are not saved yet. Close the window anyway and "
            "lose them?"
        ).format(problem=problem)
        return asker.confirm(self.tr("Not saved"), question.strip())

    def _flush(self) -> bool:
        refused: Exception | None = None
        for key, change in list(self._waiting.items()):
            try:
                change.write(change.case_id)
            except SaveFailed as exc:
                self.problem = exc
                self.bar.show_problem(exc)
                if refused is not None:
                    raise refused from None
                return False
            except (UserError, ValueError) as exc:
                refused = refused or exc
            del self._waiting[key]
        self.problem = None
        self.bar.clear()
        if refused is not None:
            raise refused
        return True


# How a change looks in the case as loaded, while it waits to be saved.
Show = Callable[[CaseData], None]


class Kept:
    """A value as typed until the store has it, then as the store keeps it (tidied)."""

    def __init__(self, value: str) -> None:
        self.value = value

    def stored(self, value: str) -> None:
        self.value = value


def field(step_key: str, field_key: str, value: Kept) -> Show:
    return lambda case: case.set_value(step_key, field_key, value.value)


def entry_value(entry_id: int, field_key: str, value: Kept) -> Show:
    def show(case: CaseData) -> None:
        entry = case.entry(entry_id)
        if entry is not None:
            entry.set_value(field_key, value.value)

    return show


def tick(step_key: str, item_key: str, ticked: bool) -> Show:
    def show(case: CaseData) -> None:
        items = case.ticks.setdefault(step_key, set())
        if ticked:
            items.add(item_key)
        else:
            items.discard(item_key)

    return show


def own_word(step_key: str, done: bool) -> Show:
    def show(case: CaseData) -> None:
        if done:
            case.own_word.setdefault(step_key, dt.date.today().isoformat())
        else:
            case.own_word.pop(step_key, None)

    return show


def language(language: str) -> Show:
    def show(case: CaseData) -> None:
        case.language = language

    return show


def removal(entry_id: int) -> Show:
    def show(case: CaseData) -> None:
        for lists in case.entries.values():
            for entries in lists.values():
                entries[:] = [entry for entry in entries if entry.id != entry_id]

    return show
