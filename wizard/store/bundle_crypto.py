"""The encrypted envelope of a case bundle: a header, then authenticated chunks
(docs/bundle-format.md). What the chunks hold is wizard.store.bundles' concern.

The key comes from the bundle's own passphrase through scrypt, with its parameters
and salt in the header, so a bundle opens on any computer that has the passphrase.
The plaintext is cut into chunks of CHUNK bytes, each sealed with AES-256-GCM; a
chunk's index and a final-chunk flag are its nonce and part of its associated data
with the whole header, so a changed byte, chunks swapped, dropped or cut off, or a
header from another bundle, all fail to decrypt. Neither side ever holds more than
a chunk of the content in memory.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from wizard.store import keys

MAGIC = b"SOPBNDL\n"
VERSION = 1
KDF_SCRYPT = 1
# Written with these; a reader accepts what keys.py accepts of a key file.
SCRYPT_LOG2_N = 17
SCRYPT_R = keys.SCRYPT_R
SCRYPT_P = keys.SCRYPT_P
SALT_BYTES = 16
CHECK_BYTES = 16
CHUNK = 1024 * 1024
TAG_BYTES = 16
SEALED_CHUNK = CHUNK + TAG_BYTES
# magic, version | kdf, log2(n), r, p, salt, passphrase check | SHA-256 of all before it
_START = struct.Struct(">8sH")
_PARAMS = struct.Struct(f">BBBB{SALT_BYTES}s{CHECK_BYTES}s")
_SUM_BYTES = 32
HEADER_BYTES = _START.size + _PARAMS.size + _SUM_BYTES
_ENCRYPTION = b"second-opinion bundle: encryption"
_CHECK = b"second-opinion bundle: passphrase check"


class NotABundle(Exception):
    """The file does not start as a bundle does."""


class NewerBundle(Exception):
    """A bundle of a format version newer than this program reads."""


class Damaged(Exception):
    """A header, a chunk or the end of the bundle is not as it was written."""


class WrongPassphrase(Exception):
    """The header is whole, but the passphrase does not open it."""


@dataclass(frozen=True)
class Header:
    raw: bytes
    log2_n: int
    r: int
    p: int
    salt: bytes
    check: bytes


def _derive(passphrase: str, log2_n: int, r: int, p: int, salt: bytes) -> tuple[bytes, bytes]:
    """The chunks' key and the passphrase check, both from one scrypt run."""
    kdf = Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p)
    master = kdf.derive(passphrase.encode("utf-8", "surrogatepass"))
    encryption = hmac.digest(master, _ENCRYPTION, "sha256")
    return encryption, hmac.digest(master, _CHECK, "sha256")[:CHECK_BYTES]


def new_header(passphrase: str) -> tuple[Header, bytes]:
    """A header for a new bundle (fresh salt) and the key its chunks are sealed with."""
    salt = os.urandom(SALT_BYTES)
    key, check = _derive(passphrase, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt)
    body = _START.pack(MAGIC, VERSION) + _PARAMS.pack(
        KDF_SCRYPT, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, check
    )
    raw = body + hashlib.sha256(body).digest()
    return Header(raw, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, check), key


def read_header(handle: BinaryIO) -> Header:
    """The header at the start of ``handle``, checked: NotABundle, NewerBundle, Damaged."""
    start = handle.read(_START.size)
    if len(start) < len(MAGIC) or start[: len(MAGIC)] != MAGIC:
        raise NotABundle()
    if len(start) < _START.size:
        raise Damaged("header")
    _, version = _START.unpack(start)
    if version > VERSION:
        raise NewerBundle()
    rest = handle.read(HEADER_BYTES - _START.size)
    raw = start + rest
    if version != VERSION or len(raw) != HEADER_BYTES:
        raise Damaged("header")
    body, digest = raw[:-_SUM_BYTES], raw[-_SUM_BYTES:]
    if not hmac.compare_digest(hashlib.sha256(body).digest(), digest):
        raise Damaged("header")
    kdf, log2_n, r, p, salt, check = _PARAMS.unpack(body[_START.size :])
    low, high = keys.SCRYPT_N_RANGE
    if (
        kdf != KDF_SCRYPT
        or not low <= 2**log2_n <= high
        or not 1 <= r <= keys.SCRYPT_MAX_R
        or not 1 <= p <= keys.SCRYPT_MAX_P
        or 128 * 2**log2_n * r * p > keys.SCRYPT_MAX_MEMORY
    ):
        raise Damaged("header")
    return Header(raw, log2_n, r, p, salt, check)


def unlock(header: Header, passphrase: str) -> bytes:
    """The chunks' key; WrongPassphrase when the passphrase is not this bundle's."""
    key, check = _derive(passphrase, header.log2_n, header.r, header.p, header.salt)
    if not hmac.compare_digest(check, header.check):
        raise WrongPassphrase()
    return key


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _aad(header: Header, index: int, final: bool) -> bytes:
    return header.raw + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


class ChunkWriter:
    """Seals what is written into chunks after the header; ``finish`` seals the last."""

    def __init__(self, out: BinaryIO, header: Header, key: bytes) -> None:
        self._out = out
        self._header = header
        self._sealer = AESGCM(key)
        self._buffer = bytearray()
        self._index = 0
        self.written = 0  # plaintext bytes
        out.write(header.raw)

    def write(self, data: bytes) -> None:
        self._buffer += data
        self.written += len(data)
        # A full chunk is sealed only once more follows, so the last one is always final.
        while len(self._buffer) > CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]), final=False)
            del self._buffer[:CHUNK]

    def finish(self) -> None:
        self._seal(bytes(self._buffer), final=True)
        self._buffer.clear()

    def _seal(self, chunk: bytes, final: bool) -> None:
        index = self._index
        nonce, aad = _nonce(index, final), _aad(self._header, index, final)
        self._out.write(self._sealer.encrypt(nonce, chunk, aad))
        self._index += 1


class ChunkReader:
    """Opens the chunks after the header one by one, in order; ``read`` as a file's.

    The number of chunks follows from the file's size; the last must be sealed as
    final, so a bundle cut off at any byte, or with bytes added, fails to open.
    """

    def __init__(self, handle: BinaryIO, header: Header, key: bytes, size: int) -> None:
        self._handle = handle
        self._header = header
        self._opener = AESGCM(key)
        full, rest = divmod(size - HEADER_BYTES, SEALED_CHUNK)
        if rest < TAG_BYTES:
            if rest != 0 or full == 0:
                raise Damaged("cut off")
            full, rest = full - 1, SEALED_CHUNK
        self.chunks = full + 1
        self._index = 0
        self._plain = b""
        self._offset = 0

    def _next_chunk(self) -> bool:
        if self._index >= self.chunks:
            return False
        final = self._index == self.chunks - 1
        sealed = self._handle.read(SEALED_CHUNK)
        nonce, aad = _nonce(self._index, final), _aad(self._header, self._index, final)
        try:
            self._plain = self._opener.decrypt(nonce, sealed, aad)
        except InvalidTag:
            raise Damaged("chunk") from None
        self._offset = 0
        self._index += 1
        return True

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes; fewer only at the end of the content."""
        parts: list[bytes] = []
        wanted = size
        while wanted > 0:
            if self._offset >= len(self._plain) and not self._next_chunk():
                break
            part = self._plain[self._offset : self._offset + wanted]
            self._offset += len(part)
            wanted -= len(part)
            parts.append(part)
        return b"".join(parts)

    def read_exactly(self, size: int) -> bytes:
        data = self.read(size)
        if len(data) != size:
            raise Damaged("short")
        return data

    def at_end(self) -> bool:
        """Whether every chunk is read and opened, and nothing is left of the content."""
        while self._offset >= len(self._plain):
            if not self._next_chunk():
                return True
        return False

    @property
    def progress(self) -> int:
        """The chunks opened so far."""
        return self._index
