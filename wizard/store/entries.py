"""The lists of a step's form (calls, requests, candidates, questions, check-ins): their
entries added, changed, moved and removed, each change one transaction (mixed into
``CaseStore``)."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import organization
from wizard.plan.fields import ListSpec, clean_value, find_field
from wizard.plan.steps import list_by_key, step_by_key

if TYPE_CHECKING:
    import sqlite_utils


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class EntryLists:
    if TYPE_CHECKING:  # given by CaseStore
        db: sqlite_utils.Database

        def _reading(self) -> contextlib.AbstractContextManager[None]: ...
        def _writing(self) -> contextlib.AbstractContextManager[None]: ...
        def _touch(self, case_id: int) -> None: ...

    def add_entry(self, case_id: int, step_key: str, list_key: str) -> int:
        """A new, empty entry at the end of a list of a step's form; returns its id."""
        return self.add_entries(case_id, step_key, list_key, ({},))[0]

    def add_entries(
        self, case_id: int, step_key: str, list_key: str, entries: tuple[dict[str, str], ...]
    ) -> list[int]:
        """Filled entries at the end of a list, all or none; returns their ids."""
        spec = list_spec(step_key, list_key)
        cleaned = [clean_entry(spec, values) for values in entries]
        now = _now()
        with self._writing():
            ids = [self._insert_entry(case_id, step_key, list_key, v, now) for v in cleaned]
            self._touch(case_id)
        return ids

    def set_entry_value(self, case_id: int, entry_id: int, field_key: str, value: str) -> str:
        """Save one fact of a list entry; returns the value as stored (tidied)."""
        row = self._entry_row(case_id, entry_id)
        value = clean_entry(list_spec(row["step"], row["list"]), {field_key: value})[field_key]
        with self._writing():
            self._store_entry_value(entry_id, field_key, value, _now())
            self._touch(case_id)
        return value

    def remove_entry(self, case_id: int, entry_id: int) -> None:
        self._entry_row(case_id, entry_id)
        with self._writing():
            self.db.table("entry_values").delete_where("entry_id = ?", [entry_id])
            self.db.table("entries").delete_where("id = ?", [entry_id])
            self._touch(case_id)

    def move_entry(self, case_id: int, entry_id: int, index: int) -> None:
        """Put an entry at ``index`` (0 is the top) of its list; the others keep their order."""
        row = self._entry_row(case_id, entry_id)
        with self._writing():
            ids = [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM entries WHERE case_id = ? AND step = ? AND list = ? "
                    "ORDER BY position, id",
                    [case_id, row["step"], row["list"]],
                ).fetchall()
            ]
            ids.remove(entry_id)
            ids.insert(max(0, min(index, len(ids))), entry_id)
            for position, moved in enumerate(ids, start=1):
                self.db.execute("UPDATE entries SET position = ? WHERE id = ?", [position, moved])
            self._touch(case_id)

    def check_in(self, case_id: int, kind: str, day: dt.date | None = None) -> bool:
        """Record this week's check-in of step 9 (``filed`` or ``nothing_new``); False when
        the week already has one of that kind."""
        with self._writing():
            added = self._check_in(case_id, kind, day or dt.date.today())
            if added:
                self._touch(case_id)
        return added

    def _check_in(self, case_id: int, kind: str, day: dt.date) -> bool:
        """``check_in`` inside a write transaction already open (filing documents)."""
        monday = organization.week_of(day)
        rows = self.db.execute(
            "SELECT d.value FROM entries e "
            "JOIN entry_values k ON k.entry_id = e.id AND k.name = 'kind' AND k.value = ? "
            "JOIN entry_values d ON d.entry_id = e.id AND d.name = 'on' "
            "WHERE e.case_id = ? AND e.step = ? AND e.list = ?",
            [kind, case_id, organization.STEP_KEY, organization.LIST_KEY],
        ).fetchall()
        for (text,) in rows:
            with contextlib.suppress(ValueError):
                if organization.week_of(dt.date.fromisoformat(text)) == monday:
                    return False
        values = clean_entry(organization.LIST, {"on": day.isoformat(), "kind": kind})
        self._insert_entry(case_id, organization.STEP_KEY, organization.LIST_KEY, values, _now())
        return True

    def _entry_row(self, case_id: int, entry_id: int) -> dict:
        with self._reading():
            row = self.db.execute(
                "SELECT step, list FROM entries WHERE id = ? AND case_id = ?", [entry_id, case_id]
            ).fetchone()
        if row is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "That entry no longer exists; it may have been removed elsewhere."
                )
            )
        return {"step": row[0], "list": row[1]}

    def _insert_entry(
        self, case_id: int, step_key: str, list_key: str, values: dict[str, str], now: str
    ) -> int:
        """A new entry with its (cleaned) values, at the end of its list."""
        position = self.db.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM entries WHERE case_id = ? AND step = ? "
            "AND list = ?",
            [case_id, step_key, list_key],
        ).fetchone()[0]
        table = self.db.table("entries")
        entry_id = inserted_id(
            table.insert(
                {
                    "case_id": case_id,
                    "step": step_key,
                    "list": list_key,
                    "position": position,
                    "created": now,
                }
            )
        )
        for field_key, value in values.items():
            self._store_entry_value(entry_id, field_key, value, now)
        return entry_id

    def _store_entry_value(self, entry_id: int, field_key: str, value: str, now: str) -> None:
        if value:
            self.db.table("entry_values").upsert(
                {"entry_id": entry_id, "name": field_key, "value": value, "updated": now},
                pk=("entry_id", "name"),
            )
        else:
            self.db.table("entry_values").delete_where(
                "entry_id = ? AND name = ?", [entry_id, field_key]
            )


def list_spec(step_key: str, list_key: str) -> ListSpec:
    """The list ``list_key`` of step ``step_key``; ValueError for an unknown one."""
    try:
        return list_by_key(step_by_key(step_key), list_key)
    except KeyError:
        raise ValueError(list_key) from None


def clean_entry(spec: ListSpec, values: dict[str, str]) -> dict[str, str]:
    """An entry's values as stored; ValueError for an unknown field or a value it cannot hold."""
    try:
        return {key: clean_value(find_field(spec.fields, key), v) for key, v in values.items()}
    except KeyError as exc:
        raise ValueError(str(exc)) from None


def inserted_id(table: sqlite_utils.db.Table) -> int:
    if table.last_pk is None:
        raise RuntimeError("insert gave no id")
    return int(table.last_pk)
