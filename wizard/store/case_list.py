"""The cases of a data folder as a list: which are listed, the caseload, names in use,
archived cases, and cases deleted with an undo (mixed into ``CaseStore``)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from wizard.plan import caseload
from wizard.plan.case import CaseData
from wizard.plan.caseload import CaseListing
from wizard.store.reading import read_listings

if TYPE_CHECKING:
    import sqlite_utils


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class CaseList:
    if TYPE_CHECKING:  # given by CaseStore
        db: sqlite_utils.Database

        def _reading(self) -> contextlib.AbstractContextManager[None]: ...
        def _writing(self) -> contextlib.AbstractContextManager[None]: ...
        def load_many(self, case_ids: Iterable[int]) -> dict[int, CaseData]: ...
        def delete(self, case_id: int) -> None: ...

    def list_cases(self) -> list[tuple[int, str]]:
        """(number, name) of every case kept, archived ones too, by name."""
        return [(listing.id, listing.name) for listing in self.listings()]

    def listings(self) -> list[CaseListing]:
        """Every case kept (archived ones too, not those deleted), by name, without contents."""
        with self._reading():
            return read_listings(self.db)

    def caseload(self, today: dt.date, archived: bool = True) -> list[caseload.CaseloadLine]:
        """A line for each case kept, by name; without archived ones unless ``archived``.
        The labels tell apart the names among all cases kept, archived ones too."""
        listings = self.listings()
        names = caseload.labels(listings)
        shown = [listing for listing in listings if archived or not listing.archived]
        cases = self.load_many(listing.id for listing in shown)
        pairs = [(listing, cases[listing.id]) for listing in shown if listing.id in cases]
        return caseload.caseload(pairs, today, names)

    def same_name(self, name: str, but: int | None = None) -> list[CaseListing]:
        """The cases kept (archived ones too) whose name is ``name``, but for case ``but``."""
        wanted = caseload.name_key(name)
        return [
            listing
            for listing in self.listings()
            if caseload.name_key(listing.name) == wanted and listing.id != but
        ]

    def set_archived(self, case_id: int, archived: bool) -> None:
        """Archive a case (kept whole, but hidden from the lists) or bring it back."""
        with self._writing():
            self.db.table("cases").update(case_id, {"archived": _now() if archived else ""})

    def discard(self, case_id: int) -> None:
        """Delete a case so that it can still be undone: hidden at once, kept until
        ``purge_discarded`` (when the window closes, or at the next start after a crash)."""
        with self._writing():
            self.db.table("cases").update(case_id, {"deleted": _now()})

    def undo_discard(self, case_id: int) -> None:
        with self._writing():
            self.db.table("cases").update(case_id, {"deleted": ""})

    def purge_discarded(self) -> list[int]:
        """Remove for good the cases deleted with ``discard``; returns their numbers."""
        with self._reading():
            ids = [row[0] for row in self.db.execute("SELECT id FROM cases WHERE deleted != ''")]
        for case_id in ids:
            self.delete(case_id)
        return ids
