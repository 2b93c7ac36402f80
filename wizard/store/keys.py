"""The data folder's key: a random 256-bit key, kept in the OS keyring or
wrapped by a passphrase.

Only ``keyinfo.json`` is written beside the database, and it holds no secret:
which method protects the folder and, for a passphrase, the scrypt salt and
the AES-GCM-wrapped key. The raw key is never written to disk.
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

from wizard.atomic import write_atomic
from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP

KEYRING_SERVICE = "Second Opinion Planner"
KEYINFO_NAME = "keyinfo.json"
PASSPHRASE_ENV = "SECOND_OPINION_PASSPHRASE"
KEY_BYTES = 32
SCRYPT_N = 2**17  # about 0.4 s and 128 MB here: slow for a guesser, fine once per start
SCRYPT_R = 8
SCRYPT_P = 1
KEYRING_TIMEOUT_S = 8.0
MIN_PASSPHRASE = 8
# Backends that would keep the key in a plain file or nowhere: never trusted with it.
UNTRUSTED_BACKENDS = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class KeyringUnavailable(Exception):
    """No keyring backend works here (missing, locked, dismissed or too slow)."""


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
    """The default keyring backend, unless it would keep secrets in plain text."""
    import keyring

    backend = keyring.get_keyring()
    parts = getattr(backend, "backends", None) or [backend]
    if any(type(b).__module__.startswith(UNTRUSTED_BACKENDS) for b in parts):
        raise KeyringUnavailable("the keyring backend is not a safe place for the key")
    return keyring


def keyring_get(account: str, timeout: float = KEYRING_TIMEOUT_S) -> bytes:
    keyring = _trusted_keyring()
    value = _call_with_timeout(lambda: keyring.get_password(KEYRING_SERVICE, account), timeout)
    if not value:
        # A locked or dismissed keyring can answer None for a key that exists.
        raise KeyringUnavailable("no key in the keyring")
    return bytes.fromhex(str(value))


def keyring_set(account: str, key: bytes, timeout: float = KEYRING_TIMEOUT_S) -> None:
    keyring = _trusted_keyring()
    _call_with_timeout(lambda: keyring.set_password(KEYRING_SERVICE, account, key.hex()), timeout)


def _derive(passphrase: str, info: KeyInfo) -> bytes:
    kdf = Scrypt(salt=info.salt, length=KEY_BYTES, n=info.n, r=info.r, p=info.p)
    return kdf.derive(passphrase.encode("utf-8"))


def wrap_with_passphrase(key: bytes, passphrase: str) -> KeyInfo:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Please choose a passphrase of at least {count} characters."
            ),
            count=MIN_PASSPHRASE,
        )
    params = KeyInfo("passphrase", salt=os.urandom(16), nonce=os.urandom(12))
    wrapped = AESGCM(_derive(passphrase, params)).encrypt(params.nonce, key, b"second-opinion-key")
    return KeyInfo("passphrase", salt=params.salt, nonce=params.nonce, wrapped=wrapped)


def unwrap_with_passphrase(info: KeyInfo, passphrase: str) -> bytes:
    try:
        return AESGCM(_derive(passphrase, info)).decrypt(
            info.nonce, info.wrapped, b"second-opinion-key"
        )
    except InvalidTag:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The passphrase is not right for this data folder; check it and try again.",
            )
        ) from None


def read_keyinfo(data_dir: Path) -> KeyInfo | None:
    path = data_dir / KEYINFO_NAME
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text("utf-8"))
        if raw["method"] == "keyring":
            return KeyInfo("keyring", account=str(raw["account"]))
        if raw["method"] == "passphrase":
            kdf = raw["kdf"]
            if kdf["name"] != "scrypt":
                raise ValueError(kdf["name"])
            return KeyInfo(
                "passphrase",
                salt=base64.b64decode(raw["salt"]),
                nonce=base64.b64decode(raw["nonce"]),
                wrapped=base64.b64decode(raw["wrapped"]),
                n=int(kdf["n"]),
                r=int(kdf["r"]),
                p=int(kdf["p"]),
            )
    except (OSError, ValueError, KeyError, TypeError):
        pass
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The key file {file} is damaged, so the data cannot be opened; restore it from a "
            "backup of this folder.",
        ),
        file=str(path),
    )


def write_keyinfo(data_dir: Path, info: KeyInfo) -> None:
    if info.method == "keyring":
        raw = {"version": 1, "method": "keyring", "account": info.account}
    else:
        raw = {
            "version": 1,
            "method": "passphrase",
            "kdf": {"name": "scrypt", "n": info.n, "r": info.r, "p": info.p},
            "salt": _b64(info.salt),
            "nonce": _b64(info.nonce),
            "wrapped": _b64(info.wrapped),
        }
    write_atomic(data_dir / KEYINFO_NAME, json.dumps(raw, indent=2).encode("utf-8"))


def needs_passphrase(data_dir: Path) -> bool:
    """True when this folder is protected by a passphrase (so the user must type it)."""
    info = read_keyinfo(data_dir)
    return info is not None and info.method == "passphrase"


def unlock_key(data_dir: Path, passphrase: str | None, *, is_new: bool) -> bytes:
    """Return the database key for ``data_dir``, creating it when ``is_new``.

    Raises ``KeyringUnavailable`` when the keyring is needed and does not work
    and no passphrase was given (the GUI then asks for one), and ``UserError``
    for everything the user must act on.
    """
    info = None if is_new else read_keyinfo(data_dir)
    if info is None and not is_new:
        # Making a new key here would lock the existing data away for good.
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key file {file} is missing, so the data cannot be opened; put it back from "
                "a backup of this folder.",
            ),
            file=str(data_dir / KEYINFO_NAME),
        )
    if info is None:
        key = os.urandom(KEY_BYTES)
        if passphrase:
            write_keyinfo(data_dir, wrap_with_passphrase(key, passphrase))
        else:
            account = keyring_account(data_dir)
            keyring_set(account, key)
            write_keyinfo(data_dir, KeyInfo("keyring", account=account))
        return key
    if info.method == "passphrase":
        if not passphrase:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This data folder is protected by a passphrase: enter it, or set "
                    "SECOND_OPINION_PASSPHRASE.",
                )
            )
        return unwrap_with_passphrase(info, passphrase)
    try:
        return keyring_get(info.account)
    except KeyringUnavailable:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key for this data folder could not be read from the system keyring; "
                "unlock your keyring and try again.",
            )
        ) from None
