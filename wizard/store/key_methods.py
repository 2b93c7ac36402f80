"""Changing how an open data folder's key is protected, without re-encrypting anything.

The database key stays the same; only its wraps in ``keyinfo.json`` change: a new
passphrase, a move between the system keyring and a passphrase, a new recovery key.
Each new key file is checked to give back the key before it replaces the old one,
and is written atomically, so a failure at any point leaves the folder opening as
before. The caller holds the folder's writer lock (the window, or a writing command).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from pathlib import Path

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.store import keys
from wizard.store.recovery import (
    new_recovery_key,
    unwrap_with_recovery_key,
    wrap_with_recovery_key,
)


@dataclass(frozen=True)
class Protection:
    """How a folder's key is kept, as the user may be told."""

    method: str  # "keyring" or "passphrase"
    has_recovery_key: bool


def no_safe_keyring_error() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "No safe system keyring is available on this computer, so your data stays "
            "protected by its passphrase.",
        )
    )


class KeyMethods:
    """The key protection of the data folder ``data_dir``, whose database ``key`` is known
    (the folder is open)."""

    def __init__(self, data_dir: Path, key: bytes) -> None:
        self.data_dir = data_dir
        self._key = key

    def _info(self) -> keys.KeyInfo:
        info = keys.read_keyinfo(self.data_dir)
        if info is None:
            raise keys.missing_keyfile_error(self.data_dir)
        return info

    def protection(self) -> Protection:
        info = self._info()
        return Protection(info.method, info.recovery is not None)

    def check_secret(self, typed: str) -> None:
        """UserError unless ``typed`` is this folder's passphrase or recovery key (asked
        again before its protection is changed)."""
        info = self._info()
        if info.method == "passphrase":
            keys.unlock(info, typed)
        elif info.recovery is not None:
            unwrap_with_recovery_key(info.recovery, typed)
        else:
            raise ValueError("a keyring folder without a recovery key has nothing to type")

    def _replace(self, info: keys.KeyInfo, passphrase: str | None) -> None:
        # The new file must give back this very key before it is the folder's key file.
        if passphrase is not None and keys.unlock(info, passphrase) != self._key:
            raise RuntimeError("the new key file does not give back the key")
        keys.write_keyinfo(self.data_dir, info)

    def new_recovery_key(self) -> str:
        """Make a recovery key, replacing any earlier one (which stops working); return it
        for the user to see once. It is nowhere else."""
        info = self._info()
        code = new_recovery_key()
        updated = replace(info, recovery=wrap_with_recovery_key(self._key, code))
        if unwrap_with_recovery_key(updated.recovery, code) != self._key:  # type: ignore[arg-type]
            raise RuntimeError("the recovery key does not give back the key")
        keys.write_keyinfo(self.data_dir, updated)
        return code

    def change_passphrase(self, new_passphrase: str) -> None:
        """A new passphrase for a passphrase folder; the old one stops working."""
        info = self._info()
        if info.method != "passphrase":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This data is protected by the system keyring, not by a passphrase; choose "
                    "to use a passphrase instead.",
                )
            )
        self._replace(
            keys.wrap_with_passphrase(self._key, new_passphrase, info.recovery), new_passphrase
        )

    def use_passphrase(self, new_passphrase: str) -> None:
        """Move the key from the system keyring to a passphrase; the keyring's entry is
        removed once the passphrase protects the key."""
        info = self._info()
        if info.method == "passphrase":
            self.change_passphrase(new_passphrase)
            return
        self._replace(
            keys.wrap_with_passphrase(self._key, new_passphrase, info.recovery), new_passphrase
        )
        # Left behind only if the keyring fails now: a secret kept by the keyring, not on disk.
        with contextlib.suppress(keys.KeyringUnavailable):
            keys.keyring_delete(info.account)

    def use_keyring(self) -> None:
        """Move the key into the system keyring; the passphrase stops working. A keyring
        that cannot keep it safely leaves everything as it was."""
        info = self._info()
        if info.method == "keyring":
            return
        account = keys.keyring_account(self.data_dir)
        try:
            keys.keyring_set(account, self._key)
            stored = keys.keyring_get(account)
        except keys.KeyringUnavailable:
            raise no_safe_keyring_error() from None
        if stored != self._key:
            raise no_safe_keyring_error()
        self._replace(keys.KeyInfo("keyring", account=account, recovery=info.recovery), None)
