"""The vault: every file a case keeps (scans, documents, recordings), encrypted on disk.

A file is stored as one *object*, named by a keyed hash of its content (so the
same scan imported twice is kept once, and a name reveals nothing about a
known file), encrypted in chunks with AES-256-GCM. The keys are derived from
the database key with HKDF, so unlocking the database unlocks the vault and
nothing else needs remembering. See docs/vault.md for the format.

Object file layout::

    MAGIC (8 bytes) | salt (16 bytes) | chunk 0 | chunk 1 | ... | final chunk

Each chunk is up to CHUNK plaintext bytes plus a 16-byte tag; its nonce is its
index and a "final" flag, and the header is authenticated with every chunk, so
chunks cannot be reordered, swapped between files, dropped or cut off without
the read failing. The final chunk may be empty.

Files are written encrypted from the first byte: a new object grows under a
random name in ``incoming/`` and is renamed into ``objects/`` when complete.
A crash leaves only encrypted leftovers, removed at the next writing start.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import io
import os
import secrets
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wizard.atomic import sync_folder
from wizard.store.backups import needed_objects

VAULT_DIR = "vault"
MAGIC = b"SOPVLT1\n"
SALT_BYTES = 16
HEADER_BYTES = len(MAGIC) + SALT_BYTES
CHUNK = 1024 * 1024
TAG_BYTES = 16
SEALED_CHUNK = CHUNK + TAG_BYTES
_HEX = frozenset("0123456789abcdef")
# With more objects than this to make durable at once, the file system is flushed as a whole.
SYNC_ONE_BY_ONE = 8


class VaultDamaged(Exception):
    """An object is missing, cut off, or was changed on disk."""


class Cancelled(Exception):
    """The caller asked to stop while a file was being stored."""


def _derive(key: bytes, purpose: bytes, salt: bytes | None = None) -> bytes:
    """32 bytes of HKDF-SHA256 (RFC 5869): extract, then the one block of expand.

    Written with the standard library's HMAC: the same bytes as cryptography's HKDF, in a
    tenth of the time, which counts since every object's key is derived when it is written
    and when it is read.
    """
    pseudo_random_key = hmac.digest(salt or bytes(32), key, "sha256")
    return hmac.digest(pseudo_random_key, purpose + b"\x01", "sha256")


@dataclass(frozen=True)
class Stored:
    """The result of putting a file: its object name, its size, and whether it is new."""

    object: str
    size: int
    new: bool


class ObjectStore:
    """Encrypted, content-addressed objects in ``folder`` (the data folder's ``vault/``)."""

    def __init__(
        self, folder: Path, database_key: bytes | None, keys: tuple[bytes, bytes] = (b"", b"")
    ) -> None:
        self.folder = Path(folder)
        if database_key is not None:
            keys = (
                _derive(database_key, b"second-opinion vault: file encryption"),
                _derive(database_key, b"second-opinion vault: content names"),
            )
        self._file_key, self._name_key = keys
        self._made = False
        self._shards: set[str] = set()
        # As strings: put runs for every file of a disc, and Path objects cost more.
        self._objects_dir = os.path.join(self.folder, "objects")
        self._incoming_dir = os.path.join(self.folder, "incoming")
        # Objects written with durable=False and not synced yet (a dict: an ordered set).
        self._unsynced: dict[str, None] = {}

    @property
    def keys(self) -> tuple[bytes, bytes]:
        """The vault's two keys (not the database key), for a helper process's ObjectStore
        (``ObjectStore(folder, None, keys)``); passed over a pipe, never written down."""
        return self._file_key, self._name_key

    def name_of(self, data: bytes) -> str:
        """The name of the object that holds ``data`` (whether or not it is stored)."""
        return hmac.new(self._name_key, data, hashlib.sha256).hexdigest()

    def adopt(self, name: str) -> None:
        """An object another process wrote with ``durable=False``: ``sync`` covers it too."""
        self._unsynced[name] = None

    # -- paths --------------------------------------------------------------
    @property
    def _objects(self) -> Path:
        return self.folder / "objects"

    @property
    def _incoming(self) -> Path:
        return self.folder / "incoming"

    def path_of(self, name: str) -> Path:
        if len(name) != 64 or not _HEX.issuperset(name):
            raise VaultDamaged(name)
        return Path(self._objects_dir, name[:2], name)

    def _make_folders(self) -> None:
        if not self._made:
            for folder in (self.folder, self._objects, self._incoming):
                folder.mkdir(mode=0o700, exist_ok=True)
            self._made = True

    def _make_shard(self, folder: str) -> None:
        if folder not in self._shards:
            with contextlib.suppress(FileExistsError):
                os.mkdir(folder, 0o700)
            self._shards.add(folder)

    # -- writing ------------------------------------------------------------
    def put(
        self,
        stream: BinaryIO,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int], None] | None = None,
        durable: bool = True,
    ) -> Stored:
        """Store what ``stream`` holds (read in chunks, never whole); returns its object.

        With ``durable`` the object is on disk when this returns; without, it is
        on disk once ``sync`` has returned (an import syncs many at once, before
        it commits the records that point to them). Raises ``Cancelled`` when
        ``cancelled()`` turns true (nothing is left behind), and OSError for a
        disk problem.
        """
        self._make_folders()
        salt = secrets.token_bytes(SALT_BYTES)
        header = MAGIC + salt
        sealer = AESGCM(_derive(self._file_key, b"file", salt))
        namer = hmac.new(self._name_key, digestmod=hashlib.sha256)
        temporary = os.path.join(self._incoming_dir, secrets.token_hex(16) + ".part")
        size = 0
        try:
            fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(header)
                index = 0
                chunk = _read_full(stream, CHUNK)
                while True:
                    if cancelled is not None and cancelled():
                        raise Cancelled()
                    following = _read_full(stream, CHUNK) if len(chunk) == CHUNK else b""
                    final = not following
                    namer.update(chunk)
                    size += len(chunk)
                    out.write(sealer.encrypt(_nonce(index, final), chunk, header))
                    if progress is not None:
                        progress(len(chunk))
                    if final:
                        break
                    chunk, index = following, index + 1
                out.flush()
                if durable:
                    os.fsync(out.fileno())
            name = namer.hexdigest()
            shard = os.path.join(self._objects_dir, name[:2])
            target = os.path.join(shard, name)
            if os.path.exists(target):
                os.unlink(temporary)
                return Stored(name, size, new=False)
            self._make_shard(shard)
            os.replace(temporary, target)
            if durable:
                sync_folder(Path(shard))
            else:
                self._unsynced[name] = None
            return Stored(name, size, new=True)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

    def sync(self) -> None:
        """Make every object written with ``durable=False`` durable (before records
        pointing to them are committed)."""
        if not self._unsynced:
            return
        if len(self._unsynced) <= SYNC_ONE_BY_ONE or not _sync_file_system(self._objects):
            paths = [self.path_of(name) for name in self._unsynced]
            for path in paths:
                with open(path, "rb") as handle:
                    os.fsync(handle.fileno())
            for folder in {path.parent for path in paths}:
                sync_folder(folder)
        self._unsynced = {}

    def put_bytes(self, data: bytes) -> Stored:
        return self.put(io.BytesIO(data))

    def delete(self, name: str) -> None:
        self._unsynced.pop(name, None)
        with contextlib.suppress(FileNotFoundError):
            self.path_of(name).unlink()

    def clean(self, keep: Iterable[str]) -> int:
        """Remove leftovers of interrupted writes and objects nothing refers to; the count.

        Only a writer may call this (it holds the data folder's writer lock). Objects
        that a backup in the data folder's ``backups/`` needs are kept.
        """
        removed = 0
        if self._incoming.is_dir():
            for leftover in self._incoming.iterdir():
                with contextlib.suppress(OSError):
                    leftover.unlink()
                    removed += 1
        # The objects a kept backup needs stay too, so that it can be restored.
        wanted = set(keep) | needed_objects(self.folder.parent)
        for name in self.names():
            if name not in wanted:
                self.delete(name)
                removed += 1
        return removed

    # -- reading ------------------------------------------------------------
    def names(self) -> Iterator[str]:
        if not self._objects.is_dir():
            return
        for shard in sorted(self._objects.iterdir()):
            if shard.is_dir():
                for item in sorted(shard.iterdir()):
                    if len(item.name) == 64 and not item.name.endswith(".part"):
                        yield item.name

    def open(self, name: str) -> ObjectReader:
        """A seekable, read-only stream of the object's content, checked as it is read.

        Raises VaultDamaged when the object is missing or not in our format;
        a changed or cut-off chunk raises VaultDamaged when it is read.
        """
        try:
            handle = open(self.path_of(name), "rb")  # noqa: SIM115 - owned by the reader
        except FileNotFoundError:
            raise VaultDamaged(name) from None
        try:
            return ObjectReader(handle, self._file_key)
        except BaseException:
            handle.close()
            raise

    def verify(self, name: str) -> bool:
        """Whether the object decrypts whole and its content still has its name."""
        namer = hmac.new(self._name_key, digestmod=hashlib.sha256)
        try:
            with self.open(name) as reader:
                while block := reader.read(CHUNK):
                    namer.update(block)
        except (VaultDamaged, OSError):
            return False
        return hmac.compare_digest(namer.hexdigest(), name)


def _sync_file_system(folder: Path) -> bool:
    """Write out everything waiting for the file system that holds ``folder``, and wait
    until it is on the disk: one flush for a whole batch of objects instead of one per
    object and per folder. Linux only (``syncfs``, which reports write errors since Linux
    5.8); False elsewhere, where the caller syncs file by file: macOS's ``sync()`` returns
    before the data is written, so it cannot stand in for ``fsync``.
    """
    syncfs = _syncfs()
    if syncfs is None:
        return False
    fd = os.open(folder, os.O_RDONLY)
    try:
        if syncfs(fd) != 0:
            import ctypes

            number = ctypes.get_errno()
            raise OSError(number, os.strerror(number), str(folder))
    finally:
        os.close(fd)
    return True


@functools.cache
def _syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        syncfs = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):  # no C library to ask, or one without syncfs
        return None
    syncfs.argtypes, syncfs.restype = [ctypes.c_int], ctypes.c_int
    return syncfs  # type: ignore[no-any-return]


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _read_full(stream: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes; fewer only at the end of the stream."""
    parts: list[bytes] = []
    wanted = size
    while wanted > 0:
        block = stream.read(wanted)
        if not block:
            break
        parts.append(block)
        wanted -= len(block)
    return b"".join(parts)


class ObjectReader(io.RawIOBase):
    """Decrypts an object chunk by chunk, with random access (scans seek a lot).

    ``read(n)`` returns n bytes unless the content ends first, as a file does. It is
    deliberately not an ``io.BufferedReader``: pydicom takes one of those for a file on
    disk and would read deferred values from the (encrypted) path by its name.
    """

    name = "<vault object>"

    def __init__(self, handle: BinaryIO, file_key: bytes) -> None:
        self._handle = handle
        header = handle.read(HEADER_BYTES)
        if len(header) != HEADER_BYTES or not header.startswith(MAGIC):
            raise VaultDamaged("header")
        self._header = header
        self._opener = AESGCM(_derive(file_key, b"file", header[len(MAGIC) :]))
        sealed = os.fstat(handle.fileno()).st_size - HEADER_BYTES
        full, rest = divmod(sealed, SEALED_CHUNK)
        if rest < TAG_BYTES:
            # Every object ends with a (maybe empty) final chunk of at least its tag.
            if rest == 0 and full > 0:
                full, rest = full - 1, SEALED_CHUNK
            else:
                raise VaultDamaged("cut off")
        self._chunks = full + 1
        self._size = full * CHUNK + (rest - TAG_BYTES)
        self._position = 0
        self._cached: tuple[int, bytes] | None = None

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._size}[whence]
        position = base + offset
        if position < 0:
            raise ValueError("negative seek position")
        self._position = position
        return position

    def _chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        self._handle.seek(HEADER_BYTES + index * SEALED_CHUNK)
        sealed = self._handle.read(SEALED_CHUNK)
        final = index == self._chunks - 1
        try:
            plain = self._opener.decrypt(_nonce(index, final), sealed, self._header)
        except InvalidTag:
            raise VaultDamaged("chunk") from None
        self._cached = (index, plain)
        return plain

    def read(self, size: int | None = -1) -> bytes:
        if self.closed:
            raise ValueError("read of a closed object")
        end = self._size if size is None or size < 0 else min(self._size, self._position + size)
        parts: list[bytes] = []
        while self._position < end:
            index, offset = divmod(self._position, CHUNK)
            plain = self._chunk(index)
            part = plain[offset : offset + (end - self._position)]
            if not part:
                raise VaultDamaged("short chunk")
            parts.append(part)
            self._position += len(part)
        return parts[0] if len(parts) == 1 else b"".join(parts)  # b"" at the end

    def readall(self) -> bytes:
        return self.read(-1)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._handle.close()
        self._cached = None
        super().close()
