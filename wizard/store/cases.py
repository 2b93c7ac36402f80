"""The case store: every change is its own committed transaction."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import LANGUAGES, OVERVIEW, CaseData
from wizard.plan.fields import Field, clean_value
from wizard.plan.steps import PAGES, Step, field_by_key, item_keys, step_by_key
from wizard.store import keys
from wizard.store.backups import Backup
from wizard.store.case_files import CaseFiles
from wizard.store.case_list import CaseList
from wizard.store.database import (
    DB_NAME,
    checkpoint,
    describe_error,
    integrity_problems,
    open_database,
    transaction,
)
from wizard.store.entries import EntryLists, clean_entry, inserted_id, list_spec
from wizard.store.folder import unlock_folder
from wizard.store.reading import read_cases
from wizard.store.sqlite_lean import sqlite_utils
from wizard.store.vault import VAULT_DIR, ObjectStore

if TYPE_CHECKING:
    from wizard.store.key_methods import KeyMethods


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _today() -> str:
    return dt.date.today().isoformat()


class CaseStore(CaseList, EntryLists):
    """All cases of one data folder, in one encrypted database."""

    def __init__(self, db: sqlite_utils.Database, data_dir: Path, key: bytes) -> None:
        self.db = db
        self.data_dir = data_dir
        self._key = key  # in memory only, for a second connection (see ``sibling``)
        # The vault's keys are derived from the database key.
        self.files = CaseFiles(self, ObjectStore(data_dir / VAULT_DIR, key))

    # -- opening --------------------------------------------------------
    @classmethod
    def open(
        cls, data_dir: Path, passphrase: str | None = None, *, create: bool = True
    ) -> CaseStore:
        """Open the data folder, creating it (and its key) on first use.

        ``passphrase`` defaults to the SECOND_OPINION_PASSPHRASE environment
        variable. With ``create=False`` a folder without data is an error (so
        a mistyped --data-dir is not taken for a new, empty one). Raises
        ``keys.KeyringUnavailable`` when a new folder has neither a working
        keyring nor a passphrase.
        """
        if passphrase is None:
            passphrase = os.environ.get(keys.PASSPHRASE_ENV) or None
        data_dir = Path(data_dir)
        key = unlock_folder(data_dir, passphrase, create=create)
        return cls(open_database(data_dir / DB_NAME, key), data_dir, key)

    def sibling(self) -> CaseStore:
        """A second connection to the same data, for work in another thread (an import)
        while this one keeps serving the window; close it when done."""
        return CaseStore(
            open_database(self.data_dir / DB_NAME, self._key), self.data_dir, self._key
        )

    def key_methods(self) -> KeyMethods:
        """How this folder's key is protected, and the changes to it (no re-encryption)."""
        from wizard.store.key_methods import KeyMethods

        return KeyMethods(self.data_dir, self._key)

    def daily_backup(self, now: dt.datetime | None = None) -> UserError | None:
        """An encrypted backup of the database, at most once a day (a writer's start);
        the sentence to show when it could not be made (it does not stop the work)."""
        from wizard.store.backups import daily_backup_problem

        return daily_backup_problem(self.db.conn, self._key, self.data_dir, now)

    def newest_good_backup(self) -> tuple[int, dt.datetime] | None:
        """The number and time of the newest backup that could be restored now."""
        from wizard.store.restore import newest_good

        found = newest_good(self.data_dir, self._key)
        return None if found is None else (found[0], found[1].made)

    def restore(self, number: int) -> tuple[Backup, Backup]:
        """Put backup ``number`` (1 = newest) in place of the database, as the command
        ``restore --from-backup`` does, and go on with it; the caller holds the writer lock.
        Returns the backup restored and the backup made of the data it replaced. On a
        refusal nothing changed, and this store goes on with the data it had."""
        from wizard.store.restore import restore_backup

        self.db.conn.close()  # the restore renames over the file: no connection may hold it
        try:
            return restore_backup(self.data_dir, self._key, number)
        finally:
            self.db = open_database(self.data_dir / DB_NAME, self._key)
            # What it remembered of the files was of the data before.
            self.files = CaseFiles(self, ObjectStore(self.data_dir / VAULT_DIR, self._key))

    def close(self) -> None:
        self.db.conn.close()

    def lock(self) -> None:
        """Close the database and let go of its key and the vault's (the window locked
        itself); every use raises until ``resume``."""
        self.close()
        self._key = b""
        self.files = CaseFiles(self, ObjectStore(self.data_dir / VAULT_DIR, None))

    def resume(self, opened: CaseStore) -> None:
        """Go on, after ``lock``, with the connection and key of ``opened`` (this folder
        unlocked again); ``opened`` is used up, its connection is this store's now."""
        self.db, self._key = opened.db, opened._key
        self.files = CaseFiles(self, opened.files.objects)

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- cases ------------------------------------------------------------
    def create_case(self, name: str, language: str = "en") -> CaseData:
        name = clean_name(name)
        language = language if language in LANGUAGES else "en"
        now = _now()
        with self._writing():
            table = self.db.table("cases")
            case_id = inserted_id(
                table.insert(
                    {
                        "name": name,
                        "language": language,
                        "created": now,
                        "updated": now,
                        "current_page": OVERVIEW,
                    }
                )
            )
        return self.load(case_id)

    def find(self, ref: str) -> int:
        """The id of the case named ``ref`` (or with id ``ref``); a clear error if none or many."""
        cases = self.list_cases()
        matches = [listing.id for listing in self.same_name(ref)]
        if len(matches) == 1:
            return matches[0]
        if not matches and ref.strip().isdigit() and int(ref) in {cid for cid, _ in cases}:
            return int(ref)
        if matches:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Several cases are called {name}; use the case number instead."
                ),
                name=ref,
            )
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no case called {name}; see the list with: case list."
            ),
            name=ref,
        )

    def load(self, case_id: int) -> CaseData:
        with self._reading():
            return self._load(case_id)

    def load_many(self, case_ids: Iterable[int]) -> dict[int, CaseData]:
        """Several whole cases by number, reading each table once (the caseload of
        hundreds); numbers of cases that do not exist are left out."""
        with self._reading():
            return read_cases(self.db, case_ids, self.files.summary)

    def _load(self, case_id: int) -> CaseData:
        case = read_cases(self.db, [case_id], self.files.summary).get(case_id)
        if case is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "That case no longer exists; choose another one."),
            )
        return case

    def rename(self, case_id: int, name: str) -> None:
        self._update_case(case_id, name=clean_name(name))

    def set_language(self, case_id: int, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self._update_case(case_id, language=language)

    def set_current_page(self, case_id: int, page: str) -> None:
        if page not in PAGES:
            raise ValueError(page)
        self._update_case(case_id, current_page=page)

    def delete(self, case_id: int) -> None:
        """Remove a case and everything it holds, its files in the vault too; its text is
        overwritten (secure_delete) and no earlier page stays in the -wal file."""
        with self._writing():
            objects = self.files.delete_case_rows(case_id)
            self.db.table("ticks").delete_where("case_id = ?", [case_id])
            self.db.table("own_word").delete_where("case_id = ?", [case_id])
            self.db.table("fields").delete_where("case_id = ?", [case_id])
            self.db.table("entry_values").delete_where(
                "entry_id IN (SELECT id FROM entries WHERE case_id = ?)", [case_id]
            )
            self.db.table("entries").delete_where("case_id = ?", [case_id])
            self.db.table("cases").delete_where("id = ?", [case_id])
            if self.get_setting("last_case") == str(case_id):
                self.db.table("settings").delete_where("key = ?", ["last_case"])
        self.files.forget_unused(objects)
        checkpoint(self.db)

    # -- the steps --------------------------------------------------------
    def set_tick(self, case_id: int, step_key: str, item_key: str, ticked: bool) -> None:
        if item_key not in item_keys(_step(step_key)):
            raise ValueError(item_key)
        with self._writing():
            if ticked:
                self.db.table("ticks").upsert(
                    {"case_id": case_id, "step": step_key, "item": item_key, "ticked_at": _now()},
                    pk=("case_id", "step", "item"),
                )
            else:
                self.db.table("ticks").delete_where(
                    "case_id = ? AND step = ? AND item = ?", [case_id, step_key, item_key]
                )
            self._touch(case_id)

    def set_own_word(self, case_id: int, step_key: str, done: bool, on: str | None = None) -> None:
        _step(step_key)
        with self._writing():
            if done:
                self.db.table("own_word").upsert(
                    {"case_id": case_id, "step": step_key, "marked_on": on or _today()},
                    pk=("case_id", "step"),
                )
            else:
                self.db.table("own_word").delete_where(
                    "case_id = ? AND step = ?", [case_id, step_key]
                )
            self._touch(case_id)

    def set_field(self, case_id: int, step_key: str, field_key: str, value: str) -> str:
        """Save one fact of a step's form; returns the value as stored (tidied).

        An empty value removes the fact. Raises ValueError for an unknown step
        or field and for a value the field cannot hold.
        """
        field = _field(step_key, field_key)
        value = clean_value(field, value)
        with self._writing():
            if value:
                self.db.table("fields").upsert(
                    {
                        "case_id": case_id,
                        "step": step_key,
                        "name": field_key,
                        "value": value,
                        "updated": _now(),
                    },
                    pk=("case_id", "step", "name"),
                )
            else:
                self.db.table("fields").delete_where(
                    "case_id = ? AND step = ? AND name = ?", [case_id, step_key, field_key]
                )
            self._touch(case_id)
        return value

    def import_case(self, case: CaseData, in_transaction: bool = False) -> CaseData:
        """Store a whole case (from a case file) as a new case; all or nothing (in the
        caller's transaction, ``in_transaction``)."""
        now = _now()
        with contextlib.nullcontext() if in_transaction else self._writing():
            table = self.db.table("cases")
            case_id = inserted_id(
                table.insert(
                    {
                        "name": clean_name(case.name),
                        "language": case.language if case.language in LANGUAGES else "en",
                        "created": case.created or now,
                        "updated": now,
                        "current_page": case.current_page
                        if case.current_page in PAGES
                        else OVERVIEW,
                    }
                )
            )
            for step_key, items in case.ticks.items():
                valid = item_keys(_step(step_key))
                for item in sorted(items & valid):
                    self.db.table("ticks").insert(
                        {"case_id": case_id, "step": step_key, "item": item, "ticked_at": now}
                    )
            for step_key, values in case.fields.items():
                for field_key, value in values.items():
                    stored = clean_value(_field(step_key, field_key), value)
                    if stored:
                        self.db.table("fields").insert(
                            {
                                "case_id": case_id,
                                "step": step_key,
                                "name": field_key,
                                "value": stored,
                                "updated": now,
                            }
                        )
            for step_key, lists in case.entries.items():
                for list_key, entries in lists.items():
                    spec = list_spec(step_key, list_key)
                    for entry in entries:
                        values = clean_entry(spec, entry.values)
                        self._insert_entry(case_id, step_key, list_key, values, now)
            for step_key, marked_on in case.own_word.items():
                _step(step_key)
                self.db.table("own_word").insert(
                    {"case_id": case_id, "step": step_key, "marked_on": marked_on}
                )
        return self.load(case_id)

    # -- settings and health ---------------------------------------------
    def get_setting(self, key: str) -> str | None:
        with self._reading():
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
            return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self._writing():
            self.db.table("settings").upsert({"key": key, "value": value}, pk="key")

    def check(self) -> list[str]:
        problems = integrity_problems(self.db, self.data_dir / DB_NAME)
        return problems or self.files.check()

    # -- internals -------------------------------------------------------------
    def _update_case(self, case_id: int, **values: str) -> None:
        with self._writing():
            self.db.table("cases").update(case_id, {**values, "updated": _now()})

    def _touch(self, case_id: int) -> None:
        self.db.table("cases").update(case_id, {"updated": _now()})

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """A failed read (a damaged page, a disk error) as one sentence."""
        try:
            yield
        except sqlcipher3.Error as exc:
            raise describe_error(exc, self.data_dir / DB_NAME) from None

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction; waits for another writer, rolls back on any failure,
        and turns a failure into one sentence (nothing half-done stays)."""
        try:
            with transaction(self.db):
                yield
        except (sqlcipher3.IntegrityError, sqlite_utils.db.NotFoundError):
            # A foreign key failed: the case was deleted (for example in another window).
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "That case no longer exists; choose another one.")
            ) from None
        except sqlcipher3.Error as exc:
            raise describe_error(exc, self.data_dir / DB_NAME, writing=True) from None


def _step(step_key: str) -> Step:
    try:
        return step_by_key(step_key)
    except KeyError:
        raise ValueError(step_key) from None


def _field(step_key: str, field_key: str) -> Field:
    try:
        return field_by_key(_step(step_key), field_key)
    except KeyError:
        raise ValueError(field_key) from None


def clean_name(name: str) -> str:
    """A case's name as stored; UserError for an empty or a far too long one."""
    # Control and text-direction characters could hide or garble a name on screen; a lone
    # surrogate (from broken JSON or a command line that is not UTF-8) cannot be printed.
    visible = "".join(
        ch for ch in str(name) if unicodedata.category(ch) not in ("Cc", "Cf", "Cs") or ch.isspace()
    )
    cleaned = " ".join(visible.split())
    if not cleaned:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Please type a name for the case."))
    if len(cleaned) > 200:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "That name is too long; please use at most 200 letters.")
        )
    return cleaned
