"""Reading an SQLCipher database's pages decrypted, the way SQLCipher itself sees them.

SQLite's ``sqlite_dbpage`` table is not compiled into the sqlcipher3 wheel, so the tests
decrypt the files themselves: with a raw key (``PRAGMA key = "x'..'"``) SQLCipher 4
encrypts each 4096-byte page with AES-256-CBC under that key, and keeps 80 bytes at the
page's end (a 16-byte IV, then a 64-byte HMAC); page 1 starts with the 16-byte salt in
place of "SQLite format 3". The write-ahead log holds whole pages in that same form, each
after a 24-byte frame header. Every page is decrypted, freed and stale ones too: that is
where deleted text would linger.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVED = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(page: bytes, number: int, key: bytes) -> bytes:
    start = SALT if number == 1 else 0
    iv = page[PAGE - RESERVED : PAGE - RESERVED + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVED]) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> Iterator[tuple[int, bytes]]:
    """(page number, decrypted content) of every page of the database file."""
    raw = path.read_bytes()
    for index in range(len(raw) // PAGE):
        yield index + 1, _decrypt(raw[index * PAGE : (index + 1) * PAGE], index + 1, key)


def wal_pages(path: Path, key: bytes) -> Iterator[tuple[int, bytes]]:
    """(page number, decrypted content) of every frame in a -wal file, stale ones too."""
    if not path.exists():
        return
    raw = path.read_bytes()
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(raw):
        number = int.from_bytes(raw[offset : offset + 4], "big")
        page = raw[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        yield number, _decrypt(page, number, key)
        offset += FRAME_HEADER + PAGE


def all_pages(database: Path, key: bytes) -> list[bytes]:
    """The decrypted pages of ``database`` and of its -wal file."""
    wal = database.with_name(database.name + "-wal")
    return [page for _, page in (*database_pages(database, key), *wal_pages(wal, key))]


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le")]


def hits(blobs: list[bytes], texts: list[str]) -> list[str]:
    """Which of ``texts`` occur in any of ``blobs``, in UTF-8 or UTF-16-LE."""
    return [t for t in texts if any(e in blob for blob in blobs for e in encodings(t))]
