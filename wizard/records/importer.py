"""Bringing records into a case: files, folders, a disc, a zip, into the encrypted vault.

One file at a time: look at it (wizard.records.inspect), copy it encrypted into
the vault, then record what it is. Records are committed in small batches; a
cancel stops after the file in hand, and every file recorded is whole. A bad
file never stops the import: it is listed with its reason. Pictures of the
series are made at the end, from the vault's copies.
"""

from __future__ import annotations

import errno
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.documents import CaseFile, propose
from wizard.plan.messages import Msg
from wizard.records.found import Inspected, Problem
from wizard.records.helper import Inspector, Looked, Pictures
from wizard.records.sources import Source, gather, why
from wizard.store.case_files import NewFile
from wizard.store.cases import CaseStore
from wizard.store.vault import Cancelled, Stored

NOT_WHOLE = why(
    QT_TRANSLATE_NOOP("Records", "The file could not be read to the end; it may be damaged.")
)
GATHERING, COPYING, PICTURES = "gathering", "copying", "pictures"
# Records are committed at least this often, and at most this many at once.
BATCH_SECONDS = 0.5
BATCH_FILES = 1000


@dataclass(frozen=True)
class Progress:
    phase: str
    done: int
    total: int


@dataclass(frozen=True)
class Passed:
    """A file that was not imported: where it is, why, and whether it is damaged."""

    shown: str
    reason: Msg
    damaged: bool


@dataclass
class Report:
    imported: list[CaseFile] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    passed: list[Passed] = field(default_factory=list)
    cancelled: bool = False

    @property
    def damaged(self) -> list[Passed]:
        return [p for p in self.passed if p.damaged]

    @property
    def skipped(self) -> list[Passed]:
        return [p for p in self.passed if not p.damaged]


def import_records(
    store: CaseStore,
    case_id: int,
    paths: Sequence[Path],
    *,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Report:
    """Import what ``paths`` hold into a case; the caller holds the writer lock.

    Raises UserError only for what stops the whole import (a full disk, a
    data folder that cannot be written); every other problem is in the report.
    """
    stop = cancelled or (lambda: False)
    tell = progress or (lambda _: None)
    store.load(case_id)  # a clear sentence if the case is gone
    report = Report()
    tell(Progress(GATHERING, 0, 0))
    with Inspector(store.files.objects, cancelled=stop) as inspector:
        inspector.start()  # loads while what an earlier import left is cleaned, and files found
        store.files.clean()  # what an interrupted import left behind
        with gather([Path(p) for p in paths], stop) as found:
            report.passed.extend(Passed(s.shown, s.reason, False) for s in found.skipped)
            total = len(found.sources)
            batch = _Batch(store, case_id, report)
            try:
                for done, looked in enumerate(inspector.each(found.sources)):
                    if stop():
                        report.cancelled = True
                        break
                    tell(Progress(COPYING, done, total))
                    _import_one(store, looked, batch, report, stop)
            except Cancelled:
                report.cancelled = True
            finally:
                batch.commit()
                # Copies made ahead that no record uses: a file that was no record after
                # all, that changed while it was read, or that a cancel left out.
                store.files.forget_unused(inspector.copied_ahead)
            if stop():
                report.cancelled = True
            tell(Progress(COPYING, total, total))
        if not report.cancelled:
            make_pictures(store, case_id, stop, tell, inspector)
    return report


def _import_one(
    store: CaseStore,
    looked: Looked,
    batch: _Batch,
    report: Report,
    stop: Callable[[], bool],
) -> None:
    source, found = looked.source, looked.found
    if isinstance(found, Problem):
        report.passed.append(Passed(source.shown, found.reason, found.damaged))
        return
    try:
        if looked.error is not None:
            raise looked.error
        if looked.stored is not None:  # a helper copied it
            store.files.objects.adopt(looked.stored.object)
            stored = looked.stored
        else:
            with source.open() as stream:
                stored = store.files.store_content(stream, stop)
    except Cancelled:
        raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _full_disk() from None
        if _is_vault_problem(exc, store):
            raise _vault_unwritable(store) from None
        if exc.errno:
            report.passed.append(Passed(source.shown, _unreadable(exc), True))
        else:
            report.passed.append(Passed(source.shown, NOT_WHOLE, True))
        return
    except Exception:  # noqa: BLE001 - a stream that lied about its size, a zip that broke
        report.passed.append(Passed(source.shown, NOT_WHOLE, True))
        return
    batch.add(stored, _new_file(source, found), source.shown)


def _new_file(source: Source, found: Inspected) -> NewFile:
    scan = found.dicom
    proposal = propose(found.kind, source.relative, scan.modality if scan else "")
    return NewFile(
        name=source.relative,
        kind=found.kind,
        date=found.document_date,
        scan=scan,
        category=proposal.category,
        record_kind=proposal.record_kind,
    )


class _Batch:
    """Records waiting to be committed: together, every BATCH_SECONDS or BATCH_FILES."""

    def __init__(self, store: CaseStore, case_id: int, report: Report) -> None:
        self.store, self.case_id, self.report = store, case_id, report
        self.waiting: list[tuple[Stored, NewFile]] = []
        self.shown: list[str] = []
        self.since = time.monotonic()

    def add(self, stored: Stored, new: NewFile, shown: str) -> None:
        self.waiting.append((stored, new))
        self.shown.append(shown)
        if len(self.waiting) >= BATCH_FILES or time.monotonic() - self.since >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self.waiting:
            results = self.store.files.record(self.case_id, self.waiting)
            for (file, new), shown in zip(results, self.shown, strict=True):
                if new:
                    self.report.imported.append(file)
                else:
                    self.report.duplicates.append(shown)
        self.waiting, self.shown = [], []
        self.since = time.monotonic()


def make_pictures(
    store: CaseStore,
    case_id: int,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[Progress], None] | None = None,
    inspector: Inspector | None = None,
) -> int:
    """Make the thumbnail of each series that has none yet; the number made.

    The pictures are made by ``inspector``'s helper processes when it has them, several
    at once; they are kept as the records are: together, every BATCH_SECONDS."""
    stop = cancelled or (lambda: False)
    wanted = store.files.series_without_thumbnail(case_id)

    def opener(file_id: int) -> Callable[[], BinaryIO | None]:
        def open_() -> BinaryIO | None:
            try:
                return store.files.open(case_id, file_id)
            except UserError:
                return None

        return open_

    made: dict[str, bytes | None] = {}
    since = time.monotonic()
    with Pictures(inspector) as maker:
        asked = ((uid, opener(file_id)) for uid, file_id in wanted if not stop())
        for done, (series_uid, png) in enumerate(maker.thumbnails(asked)):
            if progress is not None:
                progress(Progress(PICTURES, done, len(wanted)))
            made[series_uid] = png
            if time.monotonic() - since >= BATCH_SECONDS:
                store.files.set_thumbnails(case_id, made)
                made, since = {}, time.monotonic()
    store.files.set_thumbnails(case_id, made)
    return len(wanted)


def _unreadable(exc: OSError) -> Msg:
    return why(
        QT_TRANSLATE_NOOP(
            "Records",
            "The file could not be read ({reason}); check that the disc or drive is still "
            "connected, then add it again.",
        ),
        reason=exc.strerror or type(exc).__name__,
    )


def _is_vault_problem(exc: OSError, store: CaseStore) -> bool:
    name = getattr(exc, "filename", None)
    return bool(name) and str(store.data_dir) in str(name)


def _full_disk() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The import stopped because the disk is full; the files copied so far are kept. "
            "Free some disk space, then add the rest again.",
        )
    )


def _vault_unwritable(store: CaseStore) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The import stopped because the data folder {path} cannot be written; make it "
            "writable for you, then add the files again.",
        ),
        path=str(store.data_dir),
    )
