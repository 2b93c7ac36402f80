"""The encrypted case database (SQLCipher through sqlite-utils) and its key (no Qt).

The names below load on first use: a helper process of the records import needs only
``wizard.store.vault``, and sqlite-utils alone takes it a third of a second to load.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wizard.store.cases import LANGUAGES, CaseStore
    from wizard.store.keys import PASSPHRASE_ENV, KeyringUnavailable

__all__ = ["LANGUAGES", "PASSPHRASE_ENV", "CaseStore", "KeyringUnavailable"]
_HOME = {
    "LANGUAGES": "wizard.store.cases",
    "CaseStore": "wizard.store.cases",
    "PASSPHRASE_ENV": "wizard.store.keys",
    "KeyringUnavailable": "wizard.store.keys",
}


def __getattr__(name: str) -> object:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOME[name]), name)
