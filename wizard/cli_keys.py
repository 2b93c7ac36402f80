"""The command line's keys: unlocking (the passphrase or recovery key from the
environment or a terminal prompt) and the ``key`` command (SPEC sections 8 and 10).

``SECOND_OPINION_PASSPHRASE`` takes the passphrase or the recovery key. A new
passphrase comes from ``SECOND_OPINION_NEW_PASSPHRASE`` or is asked twice on a terminal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from wizard.cli import _cli, _data_dir, _print, no_keyring_error
from wizard.errors import UserError
from wizard.i18n import long_date, system_language
from wizard.i18n import translator_for as _tr
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.store import PASSPHRASE_ENV, CaseStore, KeyringUnavailable

NEW_PASSPHRASE_ENV = "SECOND_OPINION_NEW_PASSPHRASE"
ACTIONS = ("status", "new-recovery", "change-passphrase", "use-passphrase", "use-keyring")


def add_key_parser(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    key = commands.add_parser(
        "key",
        help="how the data is locked: passphrase, keyring and recovery key",
        parents=[common],
    )
    key.set_defaults(handler=cmd_key)
    actions = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    actions.add_parser(
        "status", help="whether a passphrase or the keyring locks the data", parents=[common]
    )
    recovery = actions.add_parser(
        "new-recovery",
        help="make a recovery key (shown once; an earlier one stops working)",
        parents=[common],
    )
    recovery.add_argument(
        "--pdf", type=Path, metavar="OUT", help="also save the recovery sheet to print"
    )
    actions.add_parser(
        "change-passphrase", help="choose a new passphrase (the data is kept)", parents=[common]
    )
    actions.add_parser(
        "use-passphrase",
        help="lock the data with a passphrase instead of the keyring",
        parents=[common],
    )
    actions.add_parser(
        "use-keyring",
        help="keep the key in the system keyring instead of a passphrase",
        parents=[common],
    )


def _on_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    tr = _tr(system_language())
    return getpass.getpass(_cli(prompt).render(tr) + " ")


def open_unlocked(data_dir: Path, create: bool) -> CaseStore:
    """Open the data folder: with the keyring, the environment's passphrase or recovery
    key, or (on a terminal) what the user types when the data asks for it."""
    from wizard.store.keys import KeyringRefused, needs_passphrase

    typed = None
    if not os.environ.get(PASSPHRASE_ENV) and _on_terminal() and needs_passphrase(data_dir):
        typed = _ask(QT_TRANSLATE_NOOP("Cli", "Passphrase or recovery key:"))
    try:
        return CaseStore.open(data_dir, passphrase=typed, create=create)
    except KeyringUnavailable:
        raise no_keyring_error() from None
    except KeyringRefused as refused:
        if not (refused.has_recovery and _on_terminal() and not os.environ.get(PASSPHRASE_ENV)):
            raise
        print(refused.render(_tr(system_language())), file=sys.stderr)
        typed = _ask(QT_TRANSLATE_NOOP("Cli", "Recovery key:"))
        return CaseStore.open(data_dir, passphrase=typed, create=create)


def _new_passphrase() -> str:
    from wizard.store.keys import check_new_passphrase

    given = os.environ.get(NEW_PASSPHRASE_ENV)
    if given:
        check_new_passphrase(given)
        return given
    if not _on_terminal():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Run this command in a terminal to type the new passphrase, or set "
                "SECOND_OPINION_NEW_PASSPHRASE.",
            )
        )
    first = _ask(QT_TRANSLATE_NOOP("Cli", "New passphrase (at least 8 characters):"))
    check_new_passphrase(first)
    if _ask(QT_TRANSLATE_NOOP("Cli", "The new passphrase again:")) != first:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The two passphrases are not the same; nothing was changed."
            )
        )
    return first


def cmd_key(args: argparse.Namespace) -> None:
    from wizard.store.database import BUSY_TIMEOUT_S
    from wizard.store.folder import no_data_error, take_writer_lock

    data_dir = _data_dir(args)
    if not data_dir.is_dir():
        raise no_data_error(data_dir)
    sheet = None
    if getattr(args, "pdf", None) is not None:
        from wizard.export.target import check_export_target

        sheet = check_export_target(args.pdf, data_dir)
    # Changing the key file is writing: not while a window or another command works.
    with take_writer_lock(data_dir, wait=BUSY_TIMEOUT_S), open_unlocked(data_dir, False) as store:
        methods = store.key_methods()
        action = args.key_command
        if action == "new-recovery":
            code = methods.new_recovery_key()
            _said_recovery(args, code, sheet)
            return
        if action == "change-passphrase":
            methods.change_passphrase(_new_passphrase())
        elif action == "use-passphrase":
            methods.use_passphrase(_new_passphrase())
        elif action == "use-keyring":
            methods.use_keyring()
        _said_protection(args, methods.protection())


def _said_protection(args: argparse.Namespace, protection) -> None:
    if protection.method == "keyring":
        text = QT_TRANSLATE_NOOP("Cli", "The data is locked with a key kept in the system keyring.")
    else:
        text = QT_TRANSLATE_NOOP("Cli", "The data is locked with a passphrase.")
    lines = [_cli(text).render(_tr(system_language()))]
    if not protection.has_recovery_key:
        hint = QT_TRANSLATE_NOOP(
            "Cli",
            "There is no recovery key yet; make one with: second-opinion key new-recovery",
        )
        lines.append(_cli(hint).render(_tr(system_language())))
    data = {"method": protection.method, "recovery_key": protection.has_recovery_key}
    _print(args, data, "\n".join(lines))


def _said_recovery(args: argparse.Namespace, code: str, sheet: Path | None) -> None:
    lang = system_language()
    tr = _tr(lang)
    if sheet is not None:
        from wizard.export.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(code, sheet, tr, long_date(dt.date.today().isoformat(), lang))
    text = QT_TRANSLATE_NOOP(
        "Cli",
        "Your recovery key, shown only this once: {key}\nWrite it down or print it and keep it "
        "in a safe place. It opens your data if the passphrase is forgotten or the keyring "
        "loses the key; any earlier recovery key no longer works.",
    )
    data = {"recovery_key": code, "sheet": None if sheet is None else str(args.pdf)}
    _print(args, data, _cli(text, key=code).render(tr))
