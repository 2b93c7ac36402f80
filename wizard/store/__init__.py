"""The encrypted case database (SQLCipher through sqlite-utils) and its key (no Qt)."""

from wizard.store.cases import LANGUAGES, CaseStore
from wizard.store.keys import PASSPHRASE_ENV, KeyringUnavailable

__all__ = ["LANGUAGES", "PASSPHRASE_ENV", "CaseStore", "KeyringUnavailable"]
