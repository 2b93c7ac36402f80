"""The command line's automatic backups (SPEC section 8): ``backup --list`` and
``restore --from-backup N``; and the parsers of the same two commands' other form, the
case bundles (``backup CASE OUT``, ``restore BUNDLE``: wizard.cli_bundles).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from wizard.cli import _cli, _data_dir, _print, no_keyring_error
from wizard.i18n import system_language
from wizard.i18n import translator_for as _tr
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.messages import Msg
from wizard.store import PASSPHRASE_ENV, CaseStore, KeyringUnavailable


def add_backup_parsers(
    commands: argparse._SubParsersAction, common: argparse.ArgumentParser
) -> None:
    backup = commands.add_parser(
        "backup",
        help="save a case with its files in one encrypted file (CASE OUT), or list the "
        "automatic backups of the data folder (--list)",
        parents=[common],
    )
    backup.add_argument("case", nargs="?", help="case name or number")
    backup.add_argument("out", nargs="?", type=Path, help="the file to save it in")
    backup.add_argument(
        "--list",
        action="store_true",
        help="list the automatic backups, newest first, with their numbers",
    )
    # The two forms are told apart after parsing; a mix is a usage error like argparse's.
    backup.set_defaults(usage_error=backup.error)
    restore = commands.add_parser(
        "restore",
        help="bring back a case from its encrypted file (BUNDLE), as a new case; or put an "
        "automatic backup back in place (--from-backup N; the current data is kept as a "
        "backup)",
        parents=[common],
    )
    restore.add_argument("bundle", nargs="?", type=Path, help="a file saved by: backup CASE OUT")
    restore.add_argument(
        "--from-backup",
        type=int,
        metavar="N",
        help="the backup's number in: backup --list",
    )
    restore.set_defaults(usage_error=restore.error)


# A newest backup older than this is said by ``check``: the daily backups have stopped.
STALE_AFTER = dt.timedelta(days=2)


def backup_state(data_dir: Path, now: dt.datetime | None = None) -> tuple[dict, Msg]:
    """What ``check`` says about the backups: how many, the newest's date, and a warning
    when there is none or the newest is older than STALE_AFTER."""
    from wizard.store.backups import list_backups
    from wizard.store.restore import shown_time

    kept = list_backups(data_dir)
    now = now or dt.datetime.now(dt.UTC)
    newest = kept[0].made if kept else None
    stale = newest is None or now - newest > STALE_AFTER
    data = {
        "count": len(kept),
        "newest": None if newest is None else newest.isoformat(),
        "stale": stale,
    }
    if newest is None:
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "There are no backups yet; open the wizard to make one, and check that the disk "
            "has free space.",
        )
        return data, _cli(text)
    if stale:
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "Backups: {count}, the newest from {date}, over 2 days old; open the wizard to "
            "make a new one and check the free disk space.",
        )
    else:
        text = QT_TRANSLATE_NOOP("Cli", "Backups: {count}, the newest from {date}.")
    return data, _cli(text, count=len(kept), date=shown_time(newest))


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def cmd_backup(args: argparse.Namespace) -> None:
    if args.list and args.case is None:
        show_backups(args)
    elif not args.list and args.out is not None:
        from wizard.cli_bundles import backup_case

        backup_case(args)
    else:
        args.usage_error(
            "give a case and a file to save it in (backup CASE OUT), or --list for the "
            "automatic backups"
        )


def cmd_restore(args: argparse.Namespace) -> None:
    if (args.bundle is None) == (args.from_backup is None):
        args.usage_error(
            "give a file saved by backup CASE OUT (restore BUNDLE), or --from-backup N for an "
            "automatic backup"
        )
    elif args.bundle is not None:
        from wizard.cli_bundles import restore_case

        restore_case(args)
    else:
        restore_backup(args)


def show_backups(args: argparse.Namespace) -> None:
    from wizard.store.backups import list_backups
    from wizard.store.folder import no_data_error
    from wizard.store.restore import shown_time

    data_dir = _data_dir(args)
    if not data_dir.is_dir():
        raise no_data_error(data_dir)
    kept = list_backups(data_dir)
    data = {
        "backups": [
            {
                "number": number,
                "made": backup.made.isoformat(),
                "size": backup.size,
                "cases": backup.cases,
                "reason": backup.reason,
                "schema": backup.schema,
                "good": backup.good,
            }
            for number, backup in enumerate(kept, start=1)
        ]
    }
    tr = _tr(system_language())
    if not kept:
        text = _cli(QT_TRANSLATE_NOOP("Cli", "There are no backups of this data folder yet."))
        _print(args, data, text)
        return
    lines = []
    for number, backup in enumerate(kept, start=1):
        if backup.cases is None:
            what = _cli(QT_TRANSLATE_NOOP("Cli", "damaged data, kept as it was"))
        else:
            what = _cli(QT_TRANSLATE_NOOP("Cli", "cases: {count}"), count=backup.cases)
        line = f"{number:>2}.  {shown_time(backup.made)}  {_size(backup.size):>8}  "
        lines.append(line + what.render(tr))
    _print(args, data, "\n".join(lines))


def _folder_key(data_dir: Path) -> bytes:
    from wizard.store.folder import unlock_folder

    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    try:
        return unlock_folder(data_dir, passphrase, create=False)
    except KeyringUnavailable:
        raise no_keyring_error() from None


def restore_backup(args: argparse.Namespace) -> None:
    from wizard.store.backups import list_backups
    from wizard.store.database import BUSY_TIMEOUT_S
    from wizard.store.folder import take_writer_lock
    from wizard.store.restore import shown_time

    data_dir = _data_dir(args)
    if not data_dir.is_dir():
        from wizard.store.folder import no_data_error

        raise no_data_error(data_dir)
    with take_writer_lock(data_dir, wait=BUSY_TIMEOUT_S):
        from wizard.store.restore import restore_backup

        chosen, kept = restore_backup(data_dir, _folder_key(data_dir), args.from_backup)
        # Opened once: an older backup is brought up to this version's schema now.
        with CaseStore.open(data_dir, create=False) as store:
            count = len(store.list_cases())
        numbers = {b.path.name: n for n, b in enumerate(list_backups(data_dir), start=1)}
    undo = numbers.get(kept.path.name)
    data = {
        "restored": {"made": chosen.made.isoformat(), "cases": count},
        "previous_kept_as": undo,
    }
    text = QT_TRANSLATE_NOOP(
        "Cli",
        "The backup from {date} is restored (cases: {count}). The data it replaced is kept as "
        "backup {number}; to go back to it: restore --from-backup {number}",
    )
    _print(args, data, _cli(text, date=shown_time(chosen.made), count=count, number=undo))
