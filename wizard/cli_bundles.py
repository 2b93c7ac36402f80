"""Case bundles on the command line (SPEC section 8): ``backup CASE OUT`` saves a case
with its files in one encrypted file; ``restore BUNDLE`` brings it back as a new case.

The bundle's passphrase is its own, not the data folder's. It is read from
SECOND_OPINION_BUNDLE_PASSPHRASE when that is set, else asked on the terminal (twice
for a new bundle); with neither, the command stops with a sentence that says so.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from wizard.cli import _cli, _data_dir, _print, open_store
from wizard.errors import UserError
from wizard.i18n import system_language
from wizard.i18n import translator_for as _tr
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.store.bundles import BUNDLE_PASSPHRASE_ENV
from wizard.store.keys import check_new_passphrase


def _terminal() -> bool:
    """Whether someone at a terminal can be asked (not a script, not a pipe)."""
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(_cli(prompt).render(_tr(system_language())))
    except EOFError:  # Ctrl+D: the same as Ctrl+C
        raise KeyboardInterrupt from None


def bundle_passphrase(new: bool) -> str:
    """The bundle's passphrase: from the environment, else asked (twice when ``new``)."""
    given = os.environ.get(BUNDLE_PASSPHRASE_ENV)
    if given:
        if new:
            check_new_passphrase(given)
        return given
    if not _terminal():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no terminal to ask for the passphrase of the encrypted case file; set "
                "SECOND_OPINION_BUNDLE_PASSPHRASE to it and try again.",
            )
        )
    if not new:
        return _ask(QT_TRANSLATE_NOOP("Cli", "Passphrase of the encrypted case file: "))
    first = _ask(QT_TRANSLATE_NOOP("Cli", "Choose a passphrase for the encrypted case file: "))
    check_new_passphrase(first)
    if _ask(QT_TRANSLATE_NOOP("Cli", "The same passphrase again: ")) != first:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The two passphrases are not the same; nothing was saved, so please try again.",
            )
        )
    return first


def backup_case(args: argparse.Namespace) -> None:
    """``backup CASE OUT``: the case and its files, encrypted, in the file OUT."""
    from wizard.export.target import check_export_target
    from wizard.store.bundles import save_bundle

    target = check_export_target(args.out, _data_dir(args))
    with open_store(args) as store:
        case_id = store.find(args.case)  # a case not found is said before the question
        saved = save_bundle(store, case_id, target, bundle_passphrase(new=True))
    text = QT_TRANSLATE_NOOP(
        "Cli",
        "Saved, encrypted: {path} (the case {name}; files: {count}). It opens only with its "
        "passphrase, so keep that safe.",
    )
    data = {
        "written": str(args.out),
        "case": {"id": case_id, "name": saved.name},
        "files": saved.files,
        "size": saved.size,
    }
    _print(args, data, _cli(text, path=str(args.out), name=saved.name, count=saved.files))


def restore_case(args: argparse.Namespace) -> None:
    """``restore BUNDLE``: the bundle's case as a new case, checked whole first."""
    from wizard.store.bundles import check_bundle, restore_bundle
    from wizard.store.database import BUSY_TIMEOUT_S
    from wizard.store.folder import take_writer_lock

    # Read and checked before the data folder is touched: a wrong passphrase or a damaged
    # bundle changes nothing, not even a new folder or the day's backup.
    checked = check_bundle(args.bundle, bundle_passphrase(new=False))
    with (
        take_writer_lock(_data_dir(args), wait=BUSY_TIMEOUT_S),
        open_store(args, create=True, writing=True) as store,
    ):
        restored = restore_bundle(store, checked)
    case = restored.case
    text = QT_TRANSLATE_NOOP("Cli", "The case {name} is restored as case {number}. Files: {count}.")
    data = {"id": case.id, "name": case.name, "files": restored.files}
    _print(args, data, _cli(text, name=case.name, number=case.id, count=restored.files))
