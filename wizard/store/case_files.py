"""The vault's interface for the rest of the program: the files each case keeps.

    store.files.put(case_id, stream, NewFile(...))  -> (CaseFile, new)
    store.files.open(case_id, file_id)              -> a read-only stream of the content
    store.files.delete(case_id, file_id)
    store.files.list(case_id, step=None)            -> [CaseFile, ...]

The content is encrypted in the vault's objects (wizard.store.vault); what a
file is (its name, kind, category, a scan's header facts) is kept in the
encrypted database. A file added twice to a case is kept once. See docs/vault.md.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, cast

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import FilesSummary
from wizard.plan.documents import CATEGORY_KEYS, FILE_KINDS, CaseFile, ScanFacts
from wizard.plan.organization import FILED
from wizard.plan.records import KINDS as RECORD_KINDS
from wizard.store.backups import needed_objects
from wizard.store.vault import ObjectStore, Stored, VaultDamaged

if TYPE_CHECKING:
    from wizard.store.cases import CaseStore

FILE_STEPS = ("records", "appointment", "organization")
_SCAN_COLUMNS = tuple(field.name for field in dataclasses.fields(ScanFacts))
_COLUMN_OF = {"rows": "image_rows", "columns": "image_columns"}


@dataclass(frozen=True)
class NewFile:
    """What is known of a file before it is stored: its name in the case, its kind,
    the step it belongs to, its own date, a scan's facts, and the proposed filing."""

    name: str
    kind: str
    step: str = "records"
    date: str = ""
    scan: ScanFacts | None = None
    category: str = ""
    record_kind: str = ""
    # Filed by the user's own choice as it is added (a recording of the visit, on step 7).
    confirmed: bool = False
    added: str = ""  # when it was first added, if before now (a case from a bundle)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _gone_error() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors", "That file is no longer in this case; it may have been removed."
        )
    )


def missing_error() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "A stored file is missing or damaged in the data folder; restore a backup of the "
            "folder, or add the file again.",
        )
    )


class CaseFiles:
    """The files of every case of one data folder."""

    def __init__(self, store: CaseStore, objects: ObjectStore) -> None:
        self._store = store
        self.objects = objects
        # The summary is read on every load of a case (every keystroke): kept until the
        # files change, here (a generation) or through another connection (data_version).
        self._generation = 0
        self._summaries: dict[int, tuple[tuple[int, int], FilesSummary]] = {}

    # -- adding ---------------------------------------------------------------
    def store_content(
        self, stream: BinaryIO, cancelled: Callable[[], bool] | None = None
    ) -> Stored:
        """Encrypt a file's content into the vault (no record yet); ``record`` makes it
        durable and records it, so many files can share one flush to disk."""
        return self.objects.put(stream, cancelled, durable=False)

    def put(
        self,
        case_id: int,
        stream: BinaryIO,
        new: NewFile,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[CaseFile, bool]:
        """Keep a file in a case: its content in the vault, its facts in the database.

        Returns the file and whether it is new; a file the case already holds
        (the same content) is not added again, and the one held is returned.
        """
        stored = self.store_content(stream, cancelled)
        return self.record(case_id, [(stored, new)])[0]

    def record(
        self, case_id: int, batch: Sequence[tuple[Stored, NewFile]], in_transaction: bool = False
    ) -> list[tuple[CaseFile, bool]]:
        """Record contents already in the vault as files of a case, in one transaction."""
        for _, new in batch:
            _check(new)
        self.objects.sync()  # the contents are on disk before any record points to them
        self._generation += 1
        now = _now()
        results: list[tuple[CaseFile, bool]] = []
        db = self._store.db
        with contextlib.nullcontext() if in_transaction else self._store._writing():
            held = self._held(case_id, [stored.object for stored, _ in batch])
            made: dict[str, CaseFile] = {}  # in this batch, by object
            file_id = self._last_file_id()
            rows, scans = [], []
            for stored, new in batch:
                if stored.object in made:  # the same content twice in one batch: once
                    results.append((made[stored.object], False))
                    continue
                if stored.object in held:
                    results.append((self._get(case_id, held[stored.object]), False))
                    continue
                file_id += 1
                rows.append(
                    [
                        file_id,
                        case_id,
                        new.step,
                        stored.object,
                        new.name,
                        new.kind,
                        stored.size,
                        new.added or now,
                        new.date,
                        new.category,
                        int(new.confirmed and bool(new.category)),
                        new.record_kind,
                    ]
                )
                scan = None
                if new.scan is not None:
                    values = [getattr(new.scan, name) for name in _SCAN_COLUMNS]
                    scans.append([file_id, *values])
                    scan = ScanFacts(*values)
                file = CaseFile(
                    id=file_id,
                    name=new.name,
                    kind=new.kind,
                    size=stored.size,
                    added=new.added or now,
                    step=new.step,
                    category=new.category,
                    record_kind=new.record_kind,
                    date=scan.study_date if scan is not None and scan.study_date else new.date,
                    scan=scan,
                )
                made[stored.object] = file
                results.append((file, True))
            db.conn.executemany(_INSERT_FILE, rows)
            db.conn.executemany(_INSERT_SCAN, scans)
            self._store._touch(case_id)
        return results

    def _last_file_id(self) -> int:
        """Inside a write transaction: the id AUTOINCREMENT gave last (the next file gets
        one more), so that the rows of a batch go in at once with their ids. It counts
        ids of deleted files too: no id is ever given twice."""
        row = self._store.db.execute(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'files'), 0), "
            "coalesce((SELECT max(id) FROM files), 0))"
        ).fetchone()
        return int(row[0])

    def _held(self, case_id: int, objects: Sequence[str]) -> dict[str, int]:
        """Which of these contents the case holds already: object -> file id."""
        held: dict[str, int] = {}
        for start in range(0, len(objects), 500):  # SQLite takes only so many parameters
            part = objects[start : start + 500]
            rows = self._store.db.execute(
                "SELECT object, id FROM files WHERE case_id = ? AND object IN "
                f"({', '.join('?' * len(part))})",
                [case_id, *part],
            )
            held.update((str(row[0]), int(row[1])) for row in rows)
        return held

    # -- reading ----------------------------------------------------------------
    def list(self, case_id: int, step: str | None = None) -> list[CaseFile]:
        """The files of a case (of one step, or all), in the order they were added."""
        query = _SELECT + " WHERE f.case_id = ?"
        params: list[object] = [case_id]
        if step is not None:
            query += " AND f.step = ?"
            params.append(step)
        with self._store._reading():
            # Row by row rather than fetchall: a long list (a disc of 2,000 images) read in
            # another thread then lets the window's thread run in between.
            cursor = self._store.db.execute(query + " ORDER BY f.id", params)
            return [_case_file(row) for row in cursor]

    def get(self, case_id: int, file_id: int) -> CaseFile:
        with self._store._reading():
            return self._get(case_id, file_id)

    def _get(self, case_id: int, file_id: int) -> CaseFile:
        row = self._store.db.execute(
            _SELECT + " WHERE f.case_id = ? AND f.id = ?", [case_id, file_id]
        ).fetchone()
        if row is None:
            raise _gone_error()
        return _case_file(row)

    def open(self, case_id: int, file_id: int) -> BinaryIO:
        """A seekable read-only stream of a file's content, checked as it is read."""
        with self._store._reading():
            row = self._store.db.execute(
                "SELECT object FROM files WHERE case_id = ? AND id = ?", [case_id, file_id]
            ).fetchone()
        if row is None:
            self._get(case_id, file_id)  # raises the plain message
        try:
            return cast(BinaryIO, self.objects.open(row[0]))
        except VaultDamaged:
            raise missing_error() from None

    def version(self) -> tuple[int, int]:
        """Changes whenever any file changes, here or through another connection."""
        with self._store._reading():
            data_version = self._store.db.execute("PRAGMA data_version").fetchone()[0]
        return int(data_version), self._generation

    def summary(self, case_id: int) -> FilesSummary:
        """The numbers and dates the rules need, without loading the list."""
        key = self.version()
        cached = self._summaries.get(case_id)
        if cached is not None and cached[0] == key:
            return cached[1]
        summary = self._summary(case_id)
        self._summaries[case_id] = (key, summary)
        return summary

    def _summary(self, case_id: int) -> FilesSummary:
        db = self._store.db
        count, undated, unconfirmed, appointment = db.execute(
            "SELECT count(*), "
            "coalesce(sum(coalesce(nullif(s.study_date, ''), f.doc_date) = ''), 0), "
            "coalesce(sum(f.confirmed = 0), 0), "
            "coalesce(sum(f.step = 'appointment'), 0) "
            "FROM files f LEFT JOIN scans s ON s.file_id = f.id WHERE f.case_id = ?",
            [case_id],
        ).fetchone()
        dates = db.execute(
            "SELECT DISTINCT coalesce(nullif(s.study_date, ''), f.doc_date) AS day "
            "FROM files f LEFT JOIN scans s ON s.file_id = f.id "
            "WHERE f.case_id = ? AND day != '' ORDER BY day",
            [case_id],
        ).fetchall()
        return FilesSummary(
            count=count,
            dates=tuple(row[0] for row in dates),
            undated=undated,
            unconfirmed=unconfirmed,
            appointment=appointment,
        )

    # -- changing ---------------------------------------------------------------
    def set_category(self, case_id: int, file_ids: Sequence[int], category: str) -> None:
        """File documents under a category, all in one change; this confirms them."""
        if category not in CATEGORY_KEYS:
            raise ValueError(category)
        self._update(case_id, file_ids, filed=True, category=category, confirmed=1)

    def confirm(self, case_id: int, file_ids: Sequence[int]) -> None:
        """Confirm the proposed categories of these files as they are."""
        self._generation += 1
        with self._store._writing():
            for file_id in file_ids:
                self._store.db.execute(
                    "UPDATE files SET confirmed = 1 WHERE case_id = ? AND id = ? "
                    "AND category != ''",
                    [case_id, file_id],
                )
            if file_ids:
                # Filing documents is this week's check-in of step 9.
                self._store._check_in(case_id, FILED, dt.date.today())
            self._store._touch(case_id)

    def set_record_kind(self, case_id: int, file_ids: Sequence[int], record_kind: str) -> None:
        if record_kind and record_kind not in {choice.key for choice in RECORD_KINDS}:
            raise ValueError(record_kind)
        self._update(case_id, file_ids, record_kind=record_kind)

    def rename(self, case_id: int, file_id: int, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Please type a name for the file."))
        self._update(case_id, [file_id], name=name[:300])

    def _update(
        self, case_id: int, file_ids: Sequence[int], filed: bool = False, **values: object
    ) -> None:
        """One transaction for all the files (a study may hold thousands of images); none
        changes when one of them is no longer in the case. ``filed``: this files documents,
        which is this week's check-in of step 9."""
        assignments = ", ".join(f"{name} = ?" for name in values)
        self._generation += 1
        with self._store._writing():
            for file_id in file_ids:
                cursor = self._store.db.execute(
                    f"UPDATE files SET {assignments} WHERE case_id = ? AND id = ?",
                    [*values.values(), case_id, file_id],
                )
                if cursor.rowcount != 1:
                    raise _gone_error()
            if filed and file_ids:
                self._store._check_in(case_id, FILED, dt.date.today())
            self._store._touch(case_id)

    def delete(self, case_id: int, file_ids: Sequence[int]) -> None:
        """Remove files from a case in one change; the content of each goes when no case
        keeps it any more. None is removed when one of them is no longer in the case."""
        self._generation += 1
        objects = []
        with self._store._writing():
            for file_id in file_ids:
                row = self._store.db.execute(
                    "SELECT object FROM files WHERE case_id = ? AND id = ?", [case_id, file_id]
                ).fetchone()
                if row is None:
                    raise _gone_error()
                objects.append(row[0])
                self._store.db.execute("DELETE FROM scans WHERE file_id = ?", [file_id])
                self._store.db.execute("DELETE FROM files WHERE id = ?", [file_id])
            self._drop_orphan_thumbnails(case_id)
            self._store._touch(case_id)
        self.forget_unused(objects)

    def delete_case_rows(self, case_id: int) -> builtins.list[str]:
        """Inside the caller's transaction: remove a deleted case's files; their objects."""
        self._generation += 1
        db = self._store.db
        objects = [
            row[0] for row in db.execute("SELECT object FROM files WHERE case_id = ?", [case_id])
        ]
        db.execute(
            "DELETE FROM scans WHERE file_id IN (SELECT id FROM files WHERE case_id = ?)",
            [case_id],
        )
        db.execute("DELETE FROM files WHERE case_id = ?", [case_id])
        db.execute("DELETE FROM thumbnails WHERE case_id = ?", [case_id])
        return objects

    def forget_unused(self, objects: Sequence[str]) -> None:
        """Delete those of these objects that no file of any case uses and no kept backup
        needs (those go when the last backup that needs them is pruned)."""
        needed = needed_objects(self._store.data_dir) if objects else set()
        for start in range(0, len(objects), 500):  # SQLite takes only so many parameters
            part = list(dict.fromkeys(objects[start : start + 500]))
            with self._store._reading():
                used = {
                    row[0]
                    for row in self._store.db.execute(
                        f"SELECT object FROM files WHERE object IN ({', '.join('?' * len(part))})",
                        part,
                    )
                }
            for name in part:
                if name not in used and name not in needed:
                    self.objects.delete(name)

    def check(self) -> builtins.list[str]:
        """Problems of the vault: a file whose content is missing, or does not decrypt whole
        to what it was (for ``check``; reads every object once)."""
        with self._store._reading():
            rows = self._store.db.execute(
                "SELECT object, count(*) FROM files GROUP BY object"
            ).fetchall()
        missing = [name for name, _ in rows if not self.objects.path_of(name).is_file()]
        damaged = [
            name for name, _ in rows if name not in missing and not self.objects.verify(name)
        ]
        problems = []
        if missing:
            problems.append(f"vault: {len(missing)} stored file(s) missing")
        if damaged:
            problems.append(f"vault: {len(damaged)} stored file(s) damaged")
        return problems

    def clean(self) -> int:
        """Remove what interrupted imports left behind (writers only); the count."""
        with self._store._reading():
            kept = [row[0] for row in self._store.db.execute("SELECT object FROM files")]
        return self.objects.clean(kept)

    # -- thumbnails -------------------------------------------------------------
    def set_thumbnail(self, case_id: int, series_uid: str, png: bytes | None) -> None:
        """The picture of a series (None: its pixels cannot be shown), kept encrypted."""
        self.set_thumbnails(case_id, {series_uid: png})

    def set_thumbnails(self, case_id: int, pictures: Mapping[str, bytes | None]) -> None:
        """The pictures of several series (series UID -> PNG or None), in one change."""
        if not pictures:
            return
        self._generation += 1
        with self._store._writing():
            self._store.db.conn.executemany(
                "INSERT OR REPLACE INTO thumbnails (case_id, series_uid, png) VALUES (?, ?, ?)",
                [[case_id, series_uid, png] for series_uid, png in pictures.items()],
            )

    def thumbnails(self, case_id: int) -> dict[str, bytes | None]:
        with self._store._reading():
            rows = self._store.db.execute(
                "SELECT series_uid, png FROM thumbnails WHERE case_id = ?", [case_id]
            ).fetchall()
        return {row[0]: row[1] for row in rows}

    def series_without_thumbnail(self, case_id: int) -> builtins.list[tuple[str, int]]:
        """Each series of the case's scans that has no thumbnail yet, with the file shown
        for it: its middle image in instance order (as wizard.plan.documents.Series.middle)."""
        with self._store._reading():
            rows = self._store.db.execute(
                "SELECT s.series_uid, f.id FROM scans s JOIN files f ON f.id = s.file_id "
                "WHERE f.case_id = ? AND s.series_uid NOT IN "
                "(SELECT series_uid FROM thumbnails WHERE case_id = ?) "
                "ORDER BY s.series_uid, s.instance_number IS NULL, s.instance_number, f.name",
                [case_id, case_id],
            ).fetchall()
        by_series: dict[str, builtins.list[int]] = {}
        for series_uid, file_id in rows:
            by_series.setdefault(series_uid, []).append(file_id)
        return [(uid, ids[len(ids) // 2]) for uid, ids in by_series.items()]

    def _drop_orphan_thumbnails(self, case_id: int) -> None:
        self._store.db.execute(
            "DELETE FROM thumbnails WHERE case_id = ? AND series_uid NOT IN "
            "(SELECT s.series_uid FROM scans s JOIN files f ON f.id = s.file_id "
            "WHERE f.case_id = ?)",
            [case_id, case_id],
        )


_INSERT_FILE = (
    "INSERT INTO files (id, case_id, step, object, name, kind, size, added, doc_date, "
    "category, confirmed, record_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_SCAN = (
    "INSERT INTO scans (file_id, "
    + ", ".join(_COLUMN_OF.get(name, name) for name in _SCAN_COLUMNS)
    + ") VALUES (?"
    + ", ?" * len(_SCAN_COLUMNS)
    + ")"
)
_SELECT = (
    "SELECT f.id, f.name, f.kind, f.size, f.added, f.step, f.category, f.confirmed, "
    "f.record_kind, f.doc_date, s.file_id, "
    + ", ".join(f"s.{_COLUMN_OF.get(name, name)}" for name in _SCAN_COLUMNS)
    + " FROM files f LEFT JOIN scans s ON s.file_id = f.id"
)


def _case_file(row: Sequence[object]) -> CaseFile:
    scan = None
    if row[10] is not None:
        scan = ScanFacts(**dict(zip(_SCAN_COLUMNS, row[11:], strict=True)))  # type: ignore[arg-type]
    date = scan.study_date if scan is not None and scan.study_date else str(row[9])
    return CaseFile(
        id=int(row[0]),  # type: ignore[call-overload]
        name=str(row[1]),
        kind=str(row[2]),
        size=int(row[3]),  # type: ignore[call-overload]
        added=str(row[4]),
        step=str(row[5]),
        category=str(row[6]),
        confirmed=bool(row[7]),
        record_kind=str(row[8]),
        date=date,
        scan=scan,
    )


def _check(new: NewFile) -> None:
    if new.step not in FILE_STEPS:
        raise ValueError(new.step)
    if new.kind not in {choice.key for choice in FILE_KINDS}:
        raise ValueError(new.kind)
    if new.category and new.category not in CATEGORY_KEYS:
        raise ValueError(new.category)
    if not new.name:
        raise ValueError("a file needs a name")
