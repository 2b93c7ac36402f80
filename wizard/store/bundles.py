"""Case bundles: one encrypted file that holds a whole case, its files included, to be
brought back on another computer as a new case (docs/bundle-format.md).

    save_bundle(store, case_id, out, passphrase)   -> Saved
    checked = check_bundle(path, passphrase)        (reads it all, changes nothing)
    restore_bundle(store, checked)                  -> Restored

What the bundle holds (its *content*, encrypted by wizard.store.bundle_crypto): the
length of a JSON manifest and the manifest (the case as its case file has it, each
file's facts and size, the series' pictures), then each file's bytes followed by their
SHA-256. A restore reads the bundle twice: first to check everything (every chunk,
every file's hash) without changing anything; then to copy the files into the vault
and add the case and its files in one transaction. Should the second reading fail,
the vault objects it wrote are removed again and the database is as it was.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from wizard.atomic import write_atomic_with
from wizard.errors import UserError, os_error
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import CaseData
from wizard.store import bundle_crypto as crypto
from wizard.store.bundle_manifest import Contents, manifest_of, parse_manifest
from wizard.store.case_files import missing_error
from wizard.store.keys import check_new_passphrase
from wizard.store.vault import Cancelled, Stored, VaultDamaged

if TYPE_CHECKING:
    from wizard.store.cases import CaseStore

# The bundle's passphrase where no one can be asked (commands run by a script).
BUNDLE_PASSPHRASE_ENV = "SECOND_OPINION_BUNDLE_PASSPHRASE"
# The manifest is text and small pictures: far below this. More is not a bundle of ours.
MAX_MANIFEST = 256 * 1024 * 1024
# (done, total): the bundle's bytes read or written so far, of all there are.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Saved:
    name: str  # the case's
    files: int
    size: int  # of the bundle, in bytes


@dataclass(frozen=True)
class Restored:
    case: CaseData
    files: int


# -- the sentences -------------------------------------------------------------------
def _damaged(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The encrypted case file {file} is damaged or incomplete; copy it again from "
            "where it came from (nothing was changed).",
        ),
        file=str(path),
    )


def _sentence(exc: Exception, path: Path) -> UserError:
    """The one sentence for a bundle that cannot be restored."""
    if isinstance(exc, crypto.WrongPassphrase):
        return UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The passphrase is not right for the encrypted case file {file}; check it and "
                "try again (nothing was changed).",
            ),
            file=str(path),
        )
    if isinstance(exc, crypto.NewerBundle):
        return UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The encrypted case file {file} comes from a newer version of this program; "
                "open it with that version or a newer one (nothing was changed).",
            ),
            file=str(path),
        )
    if isinstance(exc, crypto.NotABundle):
        return UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is not an encrypted case file; choose a file saved as one "
                "(nothing was changed).",
            ),
            file=str(path),
        )
    return _damaged(path)


# -- saving ----------------------------------------------------------------------------
def save_bundle(
    store: CaseStore,
    case_id: int,
    out: Path,
    passphrase: str,
    cancelled: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> Saved:
    """Write the case and its files into ``out``, encrypted with ``passphrase``, all or
    nothing (a file beside ``out``, renamed into place when complete, encrypted from
    its first byte). Raises UserError; ``Cancelled`` when ``cancelled()`` turns true."""
    check_new_passphrase(passphrase)
    case = store.load(case_id)
    files = store.files.list(case_id)
    manifest = manifest_of(store, case_id, case, files)
    raw = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    total = 4 + len(raw) + sum(f.size + 32 for f in files)
    header, key = crypto.new_header(passphrase)

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as handle:
            writer = crypto.ChunkWriter(handle, header, key)
            writer.write(len(raw).to_bytes(4, "big") + raw)
            for case_file in files:
                digest = hashlib.sha256()
                copied = 0
                try:
                    with store.files.open(case_id, case_file.id) as content:
                        while block := content.read(crypto.CHUNK):
                            if cancelled is not None and cancelled():
                                raise Cancelled()
                            digest.update(block)
                            writer.write(block)
                            copied += len(block)
                            if progress is not None:
                                progress(writer.written, total)
                except VaultDamaged:
                    raise missing_error() from None
                if copied != case_file.size:
                    raise missing_error()
                writer.write(digest.digest())
            writer.finish()

    write_atomic_with(Path(out), write)
    return Saved(case.name, len(files), Path(out).stat().st_size)


# -- reading -----------------------------------------------------------------------------
class _Opened:
    """A bundle whose header is checked and whose passphrase is right."""

    def __init__(self, path: Path, passphrase: str) -> None:
        self.path = Path(path)
        with self.handle() as (handle, _):
            self.header = crypto.read_header(handle)
        self.key = crypto.unlock(self.header, passphrase)

    @contextlib.contextmanager
    def handle(self) -> Iterator[tuple[BinaryIO, int]]:
        """The bundle opened for reading, and its size; a device or pipe is refused."""
        fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise crypto.NotABundle()
            with os.fdopen(fd, "rb") as handle:
                fd = -1
                yield handle, info.st_size
        finally:
            if fd >= 0:
                os.close(fd)


class _Unreadable(Exception):
    """Reading the bundle failed (an OSError, told apart from writing the vault's)."""


class _Unwritable(Exception):
    """Writing the data folder failed (an OSError)."""


class _Part:
    """The next ``size`` bytes of a bundle's content as a stream, hashed as read."""

    def __init__(self, reader: crypto.ChunkReader, size: int, tick: Callable[[int], None]) -> None:
        self._reader = reader
        self._left = size
        self._tick = tick
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        wanted = self._left if size < 0 else min(size, self._left)
        try:
            data = self._reader.read_exactly(wanted)
        except OSError as exc:
            raise _Unreadable(exc) from None
        self._left -= len(data)
        self.digest.update(data)
        self._tick(len(data))
        return data

    def drain(self) -> None:
        while self.read(crypto.CHUNK):
            pass


def _walk(
    opened: _Opened,
    into: CaseStore | None,
    cancelled: Callable[[], bool] | None,
    tick: Callable[[int], None],
    stored: list[Stored],
) -> Contents:
    """Read the whole bundle, checking every chunk and every file's hash; with ``into``,
    each file goes into its vault too (appended to ``stored``)."""
    with opened.handle() as (handle, size):
        if crypto.read_header(handle).raw != opened.header.raw:
            raise crypto.Damaged("header changed")
        reader = crypto.ChunkReader(handle, opened.header, opened.key, size)
        length = int.from_bytes(reader.read_exactly(4), "big")
        if length > MAX_MANIFEST:
            raise crypto.Damaged("manifest length")
        raw = reader.read_exactly(length)
        contents = parse_manifest(raw)
        contents.manifest_sum = hashlib.sha256(raw).digest()
        tick(4 + length)

        def check() -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()

        def counted(done: int) -> None:
            check()
            tick(done)

        for bundled in contents.files:
            check()
            part = _Part(reader, bundled.size, counted)
            if into is None:
                part.drain()
            else:
                try:
                    stored.append(into.files.store_content(part))  # type: ignore[arg-type]
                except OSError as exc:
                    raise _Unwritable(exc) from None
                part.drain()  # store_content reads to the end; this only makes sure
            digest = part.digest.digest()
            if not hmac.compare_digest(digest, reader.read_exactly(32)):
                raise crypto.Damaged("file hash")
            contents.digests.append(digest)
            tick(32)
        if not reader.at_end():
            raise crypto.Damaged("more than the manifest names")
    return contents


# -- restoring -----------------------------------------------------------------------------
@dataclass(frozen=True)
class CheckedBundle:
    """A bundle read whole and found right, ready to restore."""

    opened: _Opened
    contents: Contents

    @property
    def case(self) -> CaseData:
        return self.contents.case

    @property
    def files(self) -> int:
        return len(self.contents.files)


def check_bundle(
    path: Path,
    passphrase: str,
    cancelled: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> CheckedBundle:
    """Read the whole bundle at ``path`` and check it (every chunk, every file's hash),
    changing nothing. Raises UserError (one sentence) for a wrong passphrase or a bundle
    that is damaged, cut off, newer or no bundle; ``Cancelled`` if asked to stop."""
    path = Path(path)
    with _sentences(path):
        opened = _Opened(path, passphrase)
        contents = _walk(opened, None, cancelled, _ticker(opened, progress), [])
    return CheckedBundle(opened, contents)


def restore_bundle(
    store: CaseStore,
    checked: CheckedBundle,
    cancelled: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> Restored:
    """Bring the checked bundle's case back as a new case of ``store``, with every file,
    all or nothing: the bundle is read again (and checked again as it is read) into the
    vault, then the case and its files are added in one transaction. On any failure the
    vault objects it wrote are removed and the database is unchanged."""
    opened = checked.opened
    stored: list[Stored] = []
    with _sentences(opened.path):
        try:
            copied = _walk(opened, store, cancelled, _ticker(opened, progress), stored)
            before = (checked.contents.manifest_sum, checked.contents.digests)
            if (copied.manifest_sum, copied.digests) != before:
                raise crypto.Damaged("changed since it was checked")
            try:
                case = _add_case(store, copied, stored)
            except OSError as exc:
                raise _Unwritable(exc) from None
        except BaseException:
            # Nothing points to what this restore put in the vault: it goes again.
            for item in stored:
                if item.new:
                    store.files.objects.delete(item.object)
            raise
    return Restored(case, len(copied.files))


def _ticker(opened: _Opened, progress: Progress | None) -> Callable[[int], None]:
    with opened.handle() as (_, size):
        total = size
    done = [0]

    def tick(count: int) -> None:
        done[0] += count
        if progress is not None:
            progress(min(done[0], total), total)

    return tick


@contextlib.contextmanager
def _sentences(path: Path) -> Iterator[None]:
    """What goes wrong in reading a bundle, as one sentence."""
    try:
        yield
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist."), file=str(path)
        ) from None
    except (crypto.NotABundle, crypto.NewerBundle, crypto.Damaged, crypto.WrongPassphrase) as exc:
        raise _sentence(exc, path) from None
    except IsADirectoryError:
        raise _sentence(crypto.NotABundle(), path) from None
    except (OSError, _Unreadable) as exc:
        raise os_error(
            QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be read ({reason})."),
            exc if isinstance(exc, OSError) else exc.args[0],
            file=str(path),
        ) from None
    except _Unwritable as exc:
        raise _unwritable(exc.args[0]) from None


def _unwritable(exc: OSError) -> UserError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The case could not be restored because the disk is full; free some disk "
                "space, then try again (nothing was changed).",
            )
        )
    return os_error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The case could not be restored because the data folder cannot be written "
            "({reason}); make it writable for you, then try again (nothing was changed).",
        ),
        exc,
    )


def _add_case(store: CaseStore, contents: Contents, stored: list[Stored]) -> CaseData:
    """The case, its files and its pictures, in one transaction."""
    with store._writing():
        case = store.import_case(contents.case, in_transaction=True)
        assert case.id is not None
        batch = [(item, bundled.new) for item, bundled in zip(stored, contents.files, strict=True)]
        store.files.record(case.id, batch, in_transaction=True)
        store.db.conn.executemany(
            "INSERT INTO thumbnails (case_id, series_uid, png) VALUES (?, ?, ?)",
            [[case.id, uid, png] for uid, png in contents.thumbnails.items()],
        )
    return store.load(case.id)
