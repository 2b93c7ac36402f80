"""The window's small changes to the open case: each is one store call, saved at once
through the window's ``_change`` (which shows a failure under the "Not saved" bar)."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from wizard.plan import CaseData
from wizard.store import CaseStore
from wizard.ui import save_state as shown


class CaseChanges:
    """A mixin for the main window: the changes its pages and editors ask for."""

    store: CaseStore

    def _change(
        self,
        write: Callable[[int], object],
        key: Hashable | None = None,
        show: Callable[[CaseData], None] | None = None,
        reload: bool = True,
    ) -> None:
        raise NotImplementedError  # the window's own

    def set_tick(self, step_key: str, item_key: str, ticked: bool) -> None:
        self._change(
            lambda case_id: self.store.set_tick(case_id, step_key, item_key, ticked),
            ("tick", step_key, item_key),
            shown.tick(step_key, item_key, ticked),
        )

    def set_own_word(self, step_key: str, done: bool) -> None:
        self._change(
            lambda case_id: self.store.set_own_word(case_id, step_key, done),
            ("own word", step_key),
            shown.own_word(step_key, done),
        )

    def set_field(self, step_key: str, field_key: str, value: str) -> None:
        """Save one fact of a form as the user types; the case shows it as the store keeps it."""
        kept = shown.Kept(value)
        self._change(
            lambda case_id: kept.stored(self.store.set_field(case_id, step_key, field_key, value)),
            ("field", step_key, field_key),
            shown.field(step_key, field_key, kept),
            reload=False,
        )

    def set_entry_value(self, entry_id: int, field_key: str, value: str) -> None:
        kept = shown.Kept(value)
        self._change(
            lambda case_id: kept.stored(
                self.store.set_entry_value(case_id, entry_id, field_key, value)
            ),
            ("entry", entry_id, field_key),
            shown.entry_value(entry_id, field_key, kept),
            reload=False,
        )

    def add_entry(self, step_key: str, list_key: str) -> None:
        self._change(lambda case_id: self.store.add_entry(case_id, step_key, list_key))

    def add_filled_entry(self, step_key: str, list_key: str, values: dict[str, str]) -> None:
        self._change(
            lambda case_id: self.store.add_entries(case_id, step_key, list_key, (dict(values),))
        )

    def check_in(self, kind: str) -> None:
        self._change(lambda case_id: self.store.check_in(case_id, kind))

    def move_entry(self, entry_id: int, index: int) -> None:
        self._change(lambda case_id: self.store.move_entry(case_id, entry_id, index))

    def set_printout_language(self, lang: str) -> None:
        self._change(
            lambda case_id: self.store.set_language(case_id, lang),
            ("language",),
            shown.language(lang),
        )
