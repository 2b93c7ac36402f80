"""The recovery key: a second way to the data folder's key, for a forgotten passphrase or
a keyring that has lost (or will not give) the key.

A recovery key is 128 random bits and a 12-bit check, written as seven groups of four
letters and digits (``7KQM-2XPA-...``) from an alphabet without look-alikes (no 0, 1,
I or O). It is shown once and never stored: ``keyinfo.json`` holds only the database key
wrapped with a key derived from it (HKDF, since the recovery key is random already,
then AES-GCM). The check tells a typing mistake from a key that is not this folder's.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # 32 signs: no 0/O, no 1/I
RANDOM_BYTES = 16
CHECK_BITS = 12
GROUP = 4
LENGTH = (RANDOM_BYTES * 8 + CHECK_BITS) // 5  # 28 signs, 7 groups of 4
RECOVERY_AAD = b"second-opinion-recovery-key"
HKDF_INFO = b"second-opinion-recovery"


@dataclass(frozen=True)
class RecoveryWrap:
    """The database key wrapped by a recovery key (no secret: salt, nonce, ciphertext)."""

    salt: bytes
    nonce: bytes
    wrapped: bytes


def _check(random: bytes) -> int:
    digest = hashlib.sha256(b"second-opinion-recovery-check" + random).digest()
    return int.from_bytes(digest[:2], "big") >> (16 - CHECK_BITS)


def new_recovery_key() -> str:
    """A fresh recovery key as the user sees it: ``ABCD-EFGH-...``."""
    random = secrets.token_bytes(RANDOM_BYTES)
    number = (int.from_bytes(random, "big") << CHECK_BITS) | _check(random)
    signs = []
    for _ in range(LENGTH):
        signs.append(ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(signs))
    return "-".join(text[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def _normalized(text: str) -> str:
    return "".join(c for c in text.upper() if c not in " -\t\n")


def looks_like_recovery_key(text: str) -> bool:
    """True for text shaped like a recovery key (typing mistakes included), which a
    passphrase practically never is."""
    signs = _normalized(text)
    return len(signs) == LENGTH and all(c in ALPHABET for c in signs)


def typing_mistake_error() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This recovery key has a typing mistake; compare each group of letters and digits "
            "with your recovery sheet, then try again.",
        )
    )


def wrong_recovery_key_error() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This recovery key does not open this data; it may belong to another data folder, "
            "or it was replaced by a newer one.",
        )
    )


def recovery_bytes(text: str) -> bytes:
    """The random part of a typed recovery key; UserError for a typing mistake."""
    if not looks_like_recovery_key(text):
        raise typing_mistake_error()
    number = 0
    for sign in _normalized(text):
        number = (number << 5) | ALPHABET.index(sign)
    check = number & ((1 << CHECK_BITS) - 1)
    random = (number >> CHECK_BITS).to_bytes(RANDOM_BYTES, "big")
    if check != _check(random):
        raise typing_mistake_error()
    return random


def _wrapping_key(random: bytes, salt: bytes) -> bytes:
    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=HKDF_INFO)
    return kdf.derive(random)


def wrap_with_recovery_key(key: bytes, recovery_key: str) -> RecoveryWrap:
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapping = _wrapping_key(recovery_bytes(recovery_key), salt)
    return RecoveryWrap(salt, nonce, AESGCM(wrapping).encrypt(nonce, key, RECOVERY_AAD))


def unwrap_with_recovery_key(wrap: RecoveryWrap, recovery_key: str) -> bytes:
    """The database key; UserError for a typing mistake or a key that is not this one."""
    wrapping = _wrapping_key(recovery_bytes(recovery_key), wrap.salt)
    try:
        return AESGCM(wrapping).decrypt(wrap.nonce, wrap.wrapped, RECOVERY_AAD)
    except InvalidTag:
        raise wrong_recovery_key_error() from None
