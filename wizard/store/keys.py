"""The data folder's key: a random 256-bit key, kept in the OS keyring or
wrapped by a passphrase.

Only ``keyinfo.json`` is written beside the database, and it holds no secret:
which method protects the folder and, for a passphrase, the scrypt salt and
the AES-GCM-wrapped key; and, when the user made one, the key wrapped by a
recovery key (``wizard.store.recovery``), whatever the method. The raw key is
never written to disk. Wherever a passphrase is accepted, the recovery key is too.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from wizard.atomic import read_regular_file, write_atomic
from wizard.errors import UserError, os_error
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.store.recovery import (
    RecoveryWrap,
    looks_like_recovery_key,
    recovery_bytes,
    unwrap_with_recovery_key,
)

KEYRING_SERVICE = "Second Opinion Planner"
KEYINFO_NAME = "keyinfo.json"
PASSPHRASE_ENV = "SECOND_OPINION_PASSPHRASE"
KEY_BYTES = 32
SCRYPT_N = 2**17  # about 0.4 s and 128 MB here: slow for a guesser, fine once per start
SCRYPT_R = 8
SCRYPT_P = 1
KEYRING_TIMEOUT_S = 8.0
MIN_PASSPHRASE = 8
# What a key file may ask of the key derivation: a damaged or hostile file must
# not make us hang or run out of memory (scrypt needs 128 * n * r * p bytes).
SCRYPT_N_RANGE = (2**14, 2**20)
SCRYPT_MAX_R = 32
SCRYPT_MAX_P = 4
SCRYPT_MAX_MEMORY = 1024**3
KEYINFO_MAX_BYTES = 64 * 1024
KEY_AAD = b"second-opinion-key"
# Backends that would keep the key in a plain file or nowhere: never trusted with it.
UNTRUSTED_BACKENDS = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class KeyringUnavailable(Exception):
    """No keyring backend works here (missing, locked, dismissed or too slow)."""


class KeyringRefused(UserError):
    """The keyring did not give the key of an existing data folder (failed, too slow,
    locked, or no such entry): the user must unlock it or type the recovery key."""

    def __init__(self, text: str, has_recovery: bool) -> None:
        super().__init__(text)
        self.has_recovery = has_recovery


@dataclass(frozen=True)
class KeyInfo:
    method: str  # "keyring" or "passphrase"
    account: str = ""
    salt: bytes = b""
    nonce: bytes = b""
    wrapped: bytes = b""
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    recovery: RecoveryWrap | None = None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def keyring_account(data_dir: Path) -> str:
    """One keyring entry per data folder, named without revealing the path."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()
    return f"database-key-{digest[:24]}"


def _call_with_timeout(func, timeout: float):
    """Run a keyring call off the calling thread; a stall counts as unavailable."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # noqa: BLE001 - any backend failure means "unavailable"
            box["error"] = exc

    worker = threading.Thread(target=run, name="keyring", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise KeyringUnavailable("the keyring did not answer in time")
    if "error" in box:
        raise KeyringUnavailable(str(type(box["error"]).__name__))
    return box.get("value")


def _trusted_keyring():
    """The default keyring backend, unless it would keep secrets in plain text (called
    off the calling thread: finding the backend can stall too)."""
    import keyring

    backend = keyring.get_keyring()
    parts = getattr(backend, "backends", None) or [backend]
    if any(type(b).__module__.startswith(UNTRUSTED_BACKENDS) for b in parts):
        raise KeyringUnavailable("the keyring backend is not a safe place for the key")
    return keyring


def keyring_get(account: str, timeout: float | None = None) -> bytes:
    value = _call_with_timeout(
        lambda: _trusted_keyring().get_password(KEYRING_SERVICE, account),
        timeout or KEYRING_TIMEOUT_S,
    )
    if not value:
        # A locked or dismissed keyring can answer None for a key that exists.
        raise KeyringUnavailable("no key in the keyring")
    try:
        key = bytes.fromhex(str(value))
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyringUnavailable("the keyring's entry is not a key")
    return key


def keyring_set(account: str, key: bytes, timeout: float | None = None) -> None:
    _call_with_timeout(
        lambda: _trusted_keyring().set_password(KEYRING_SERVICE, account, key.hex()),
        timeout or KEYRING_TIMEOUT_S,
    )


def keyring_delete(account: str, timeout: float | None = None) -> None:
    _call_with_timeout(
        lambda: _trusted_keyring().delete_password(KEYRING_SERVICE, account),
        timeout or KEYRING_TIMEOUT_S,
    )


def _derive(passphrase: str, info: KeyInfo) -> bytes:
    kdf = Scrypt(salt=info.salt, length=KEY_BYTES, n=info.n, r=info.r, p=info.p)
    return kdf.derive(passphrase.encode("utf-8", "surrogatepass"))


def check_new_passphrase(passphrase: str) -> None:
    """The rules a new passphrase must meet, as one sentence when it does not."""
    if not passphrase.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A passphrase of only spaces is easy to guess; please choose one with letters or "
                "numbers.",
            )
        )
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Please choose a passphrase of at least {count} characters."
            ),
            count=MIN_PASSPHRASE,
        )


def wrap_with_passphrase(
    key: bytes, passphrase: str, recovery: RecoveryWrap | None = None
) -> KeyInfo:
    check_new_passphrase(passphrase)
    params = KeyInfo("passphrase", salt=os.urandom(16), nonce=os.urandom(12))
    wrapped = AESGCM(_derive(passphrase, params)).encrypt(params.nonce, key, KEY_AAD)
    return KeyInfo(
        "passphrase", salt=params.salt, nonce=params.nonce, wrapped=wrapped, recovery=recovery
    )


def unwrap_with_passphrase(info: KeyInfo, passphrase: str) -> bytes:
    try:
        return AESGCM(_derive(passphrase, info)).decrypt(info.nonce, info.wrapped, KEY_AAD)
    except InvalidTag:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That passphrase is not right; check for typing mistakes (and Caps Lock), "
                "then try again.",
            )
        ) from None


def _keyinfo_dict(info: KeyInfo) -> dict[str, object]:
    raw: dict[str, object]
    if info.method == "keyring":
        raw = {"version": 2, "method": "keyring", "account": info.account}
    else:
        raw = {
            "version": 2,
            "method": "passphrase",
            "kdf": {"name": "scrypt", "n": info.n, "r": info.r, "p": info.p},
            "salt": _b64(info.salt),
            "nonce": _b64(info.nonce),
            "wrapped": _b64(info.wrapped),
        }
    if info.recovery is not None:
        # Version 3 adds only this part; a version 2 reader opens the folder without it.
        raw["version"] = 3
        raw["recovery"] = {
            "kdf": "hkdf-sha256",
            "salt": _b64(info.recovery.salt),
            "nonce": _b64(info.recovery.nonce),
            "wrapped": _b64(info.recovery.wrapped),
        }
    return raw


def _recovery_from_dict(raw: dict) -> RecoveryWrap | None:
    if "recovery" not in raw:
        return None
    part = raw["recovery"]
    if not isinstance(part, dict) or part["kdf"] != "hkdf-sha256":
        raise ValueError("recovery")
    wrap = RecoveryWrap(_unb64(part["salt"]), _unb64(part["nonce"]), _unb64(part["wrapped"]))
    if len(wrap.salt) != 16 or len(wrap.nonce) != 12 or len(wrap.wrapped) != 48:
        raise ValueError("recovery lengths")
    return wrap


def _checksum(raw: dict[str, object]) -> str:
    # Tells a damaged key file from a wrong passphrase: both fail to unwrap the key.
    body = {k: v for k, v in raw.items() if k != "check"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _keyinfo_from_dict(raw: object) -> KeyInfo:
    """A key file's content, checked strictly; ValueError for anything off."""
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    if "check" in raw and raw["check"] != _checksum(raw):
        raise ValueError("checksum")
    if raw["method"] == "keyring":
        account = raw["account"]
        if not isinstance(account, str) or not 0 < len(account) <= 200:
            raise ValueError("account")
        return KeyInfo("keyring", account=account, recovery=_recovery_from_dict(raw))
    if raw["method"] != "passphrase":
        raise ValueError("method")
    kdf = raw["kdf"]
    if kdf["name"] != "scrypt":
        raise ValueError("kdf")
    n, r, p = (_small_int(kdf[name]) for name in ("n", "r", "p"))
    if not (SCRYPT_N_RANGE[0] <= n <= SCRYPT_N_RANGE[1] and n & (n - 1) == 0):
        raise ValueError("n")
    if not (
        1 <= r <= SCRYPT_MAX_R and 1 <= p <= SCRYPT_MAX_P and 128 * n * r * p <= SCRYPT_MAX_MEMORY
    ):
        raise ValueError("r, p")
    info = KeyInfo(
        "passphrase",
        salt=_unb64(raw["salt"]),
        nonce=_unb64(raw["nonce"]),
        wrapped=_unb64(raw["wrapped"]),
        n=n,
        r=r,
        p=p,
        recovery=_recovery_from_dict(raw),
    )
    if not 16 <= len(info.salt) <= 64 or len(info.nonce) != 12 or len(info.wrapped) != 48:
        raise ValueError("lengths")
    return info


def _small_int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 2**32:
        raise ValueError("number")
    return value


def _unb64(value: object) -> bytes:
    if not isinstance(value, str) or len(value) > 200:
        raise ValueError("base64")
    return base64.b64decode(value, validate=True)


def keyfile_damaged_error(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The key file {file} is damaged, so the data cannot be opened; restore it from a "
            "backup of this folder.",
        ),
        file=str(path),
    )


def read_keyinfo(data_dir: Path) -> KeyInfo | None:
    """The folder's key file, or None when there is none; a damaged one is an error."""
    path = data_dir / KEYINFO_NAME
    try:
        data = read_regular_file(path, KEYINFO_MAX_BYTES)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise os_error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key file {file} cannot be read ({reason}); check that this folder is yours "
                "and readable, then try again.",
            ),
            exc,
            file=str(path),
        ) from None
    except ValueError:
        raise keyfile_damaged_error(path) from None
    try:
        return _keyinfo_from_dict(json.loads(data.decode("utf-8-sig")))
    except (ValueError, KeyError, TypeError, RecursionError):
        raise keyfile_damaged_error(path) from None


def write_keyinfo(data_dir: Path, info: KeyInfo) -> None:
    raw = _keyinfo_dict(info)
    raw["check"] = _checksum(raw)
    write_atomic(data_dir / KEYINFO_NAME, json.dumps(raw, indent=2).encode("utf-8"))


def needs_passphrase(data_dir: Path) -> bool:
    """True when this folder is protected by a passphrase (so the user must type it)."""
    info = read_keyinfo(data_dir)
    return info is not None and info.method == "passphrase"


def missing_keyfile_error(data_dir: Path) -> UserError:
    # Making a new key here would lock the existing data away for good.
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The key file {file} is missing, so the data cannot be opened; put it back from "
            "a backup of this folder.",
        ),
        file=str(data_dir / KEYINFO_NAME),
    )


def new_key(data_dir: Path, passphrase: str | None) -> tuple[bytes, KeyInfo]:
    """A fresh random key and the key file that will protect it (not yet written).

    With no passphrase the key goes into the system keyring now; raises
    ``KeyringUnavailable`` when that does not work (the GUI then asks for a
    passphrase).
    """
    key = os.urandom(KEY_BYTES)
    if passphrase:
        return key, wrap_with_passphrase(key, passphrase)
    account = keyring_account(data_dir)
    keyring_set(account, key)
    return key, KeyInfo("keyring", account=account)


def unlock(info: KeyInfo, passphrase: str | None) -> bytes:
    """The database key that ``info`` protects; ``passphrase`` may be the passphrase or
    the recovery key.

    Raises ``UserError`` for everything the user must act on (no or a wrong
    passphrase or recovery key), ``KeyringRefused`` for a keyring that does not give
    the key and no recovery key that opens it.
    """
    if info.method == "passphrase":
        if not passphrase:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This data folder is protected by a passphrase: enter it (or your recovery "
                    "key), or set SECOND_OPINION_PASSPHRASE.",
                )
            )
        return _unwrap_typed(info, passphrase)
    try:
        return keyring_get(info.account)
    except KeyringUnavailable:
        if passphrase and info.recovery is not None and looks_like_recovery_key(passphrase):
            return unwrap_with_recovery_key(info.recovery, passphrase)
    if info.recovery is not None:
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "The keyring did not give the key (it may be locked); type your recovery key, or "
            "unlock the keyring and try again.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "The key for this data folder could not be read from the system keyring; "
            "unlock your keyring and try again.",
        )
    raise KeyringRefused(text, has_recovery=info.recovery is not None)


def _unwrap_typed(info: KeyInfo, typed: str) -> bytes:
    """What the user typed for a passphrase folder: the passphrase or the recovery key."""
    if not looks_like_recovery_key(typed):
        return unwrap_with_passphrase(info, typed)
    if info.recovery is not None:
        try:
            recovery_bytes(typed)
            return unwrap_with_recovery_key(info.recovery, typed)
        except UserError as recovery_error:
            # A passphrase shaped like a recovery key is barely possible: try it as one too.
            try:
                return unwrap_with_passphrase(info, typed)
            except UserError:
                raise recovery_error from None
    try:
        return unwrap_with_passphrase(info, typed)
    except UserError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No recovery key was made for this data, so only its passphrase opens it; "
                "type the passphrase.",
            )
        ) from None
