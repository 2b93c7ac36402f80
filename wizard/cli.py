"""The command line: the automation and test surface (SPEC section 8).

Every command honours ``--data-dir`` and ``--json``. Errors are one sentence
on stderr with a non-zero exit, never a traceback, and nothing half-written.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NoReturn

from wizard import __version__
from wizard.cli_export import add_export_parser, run_export
from wizard.errors import UserError
from wizard.i18n import date_formatter, system_language
from wizard.i18n import translator_for as _tr
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import CaseData, Msg, evaluate_all
from wizard.plan.case import LANGUAGES
from wizard.plan.documents import CaseFile
from wizard.store import CaseStore
from wizard.store.preferences import TEXT_SIZES

EXIT_ERROR = 1
EXIT_UNEXPECTED = 3


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one sentence, as every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"second-opinion: {message} (see: {self.prog} --help)\n")


def _global_options(defaults: bool, with_json: bool = True) -> _Parser:
    # Given both on the main parser and on each subcommand, so they may stand
    # before or after the command; SUPPRESS keeps a later default from
    # overwriting an earlier value.
    parser = _Parser(add_help=False)
    default = None if defaults else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help="the data folder (default: your user data folder)",
    )
    if with_json:
        parser.add_argument(
            "--json",
            action="store_true",
            default=False if defaults else default,
            help="print machine-readable JSON",
        )
    return parser


def build_parser() -> argparse.ArgumentParser:
    from wizard.cli_cases import SAME_NAME_HELP, add_case_actions

    common = _global_options(defaults=False)
    parser = _Parser(
        prog="second-opinion",
        description="Second Opinion Planner. With no command, opens the wizard.",
        parents=[_global_options(defaults=True)],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    case = commands.add_parser(
        "case", help="create, list, import, rename, archive and delete cases", parents=[common]
    )
    case_commands = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    new = case_commands.add_parser("new", help="create a case", parents=[common])
    new.add_argument("name", help="the patient's name")
    new.add_argument("--lang", choices=LANGUAGES, default="en", help="language of its printouts")
    new.add_argument("--same-name", action="store_true", help=SAME_NAME_HELP)
    add_case_actions(case_commands, common)
    imp = case_commands.add_parser("import", help="import a case file (JSON)", parents=[common])
    imp.add_argument("file", type=Path)

    status = commands.add_parser(
        "status",
        help="where a case stands, step by step; without a case, all cases in one line each",
        parents=[common],
    )
    status.add_argument("case", nargs="?", help="case name or number")
    status.add_argument("--all", action="store_true", help="without a case: archived ones too")
    status.add_argument("--lang", choices=LANGUAGES, help="language of the answer")

    add_export_parser(commands, _global_options(defaults=False, with_json=False))

    records = commands.add_parser(
        "records", help="bring records into a case, and list them", parents=[common]
    )
    records_commands = records.add_subparsers(
        dest="records_command", metavar="ACTION", required=True
    )
    rec_import = records_commands.add_parser(
        "import",
        help="import files, folders, a disc's root or a zip file into a case",
        parents=[common],
    )
    rec_import.add_argument("case", help="case name or number")
    rec_import.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    rec_list = records_commands.add_parser(
        "list", help="the studies and documents of a case", parents=[common]
    )
    rec_list.add_argument("case", help="case name or number")

    shots = commands.add_parser(
        "screenshots", help="render the wizard's pages to PNG", parents=[common]
    )
    shots.add_argument("outdir", type=Path)
    shots.add_argument("--case", help="case name or number (default: a made-up sample case)")
    shots.add_argument("--lang", choices=LANGUAGES, default="en")
    shots.add_argument(
        "--text-size",
        type=int,
        choices=TEXT_SIZES,
        default=100,
        metavar="PERCENT",
        help="text size in percent of the system's: 100, 125, 150 or 200",
    )
    shots.add_argument("--high-contrast", action="store_true", help="the high-contrast colours")

    commands.add_parser("check", help="check the data folder's integrity", parents=[common])

    from wizard.cli_backups import add_backup_parsers
    from wizard.cli_keys import add_key_parser

    add_backup_parsers(commands, common)
    add_key_parser(commands, common)
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir)
    from wizard.paths import default_data_dir

    return default_data_dir()


def no_keyring_error() -> UserError:
    """Where neither a keyring nor a passphrase can unlock the data (the command line)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "No system keyring is available to keep the key safe; set "
            "SECOND_OPINION_PASSPHRASE to a passphrase of your choice and try again.",
        )
    )


def open_store(args: argparse.Namespace, create: bool = False, writing: bool = False) -> CaseStore:
    """Open the data folder; only commands that add a case may create a new one. A
    ``writing`` command (it holds the writer lock) makes the day's backup first."""
    from wizard.cli_keys import open_unlocked  # the keyring, or a passphrase or recovery key

    store = open_unlocked(_data_dir(args), create)
    if writing:
        problem = store.daily_backup()
        if problem is not None:  # the command goes on; the user is told
            print(f"second-opinion: {problem.render(_tr(system_language()))}", file=sys.stderr)
    return store


def _print(args: argparse.Namespace, data: object, text: str | Msg) -> None:
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(text.render(_tr(system_language())) if isinstance(text, Msg) else text)


def _cli(text: str, **params: object) -> Msg:
    return Msg(text, params, context="Cli")


def _status_data(case: CaseData, lang: str) -> dict:
    tr = _tr(lang)
    fmt = date_formatter(lang)
    evaluation = evaluate_all(case)
    steps = []
    for verdict in evaluation.verdicts:
        step = verdict.step
        steps.append(
            {
                "number": step.number,
                "key": step.key,
                "title": Msg(step.title).render(tr),
                "status": verdict.status.value,
                "status_text": verdict.status.label.render(tr),
                "verdict": verdict.summary(date_formatter(lang)).render(tr),
                "missing": [m.render(tr, fmt) for m in verdict.missing],
                "warnings": [m.render(tr, fmt) for m in verdict.warnings],
                "done_by_own_word_on": verdict.own_word_date,
            }
        )
    done, total = evaluation.progress()
    upcoming = evaluation.next_action()
    return {
        "case": {"id": case.id, "name": case.name, "language": case.language},
        "done": done,
        "total": total,
        "next": None
        if upcoming is None
        else {"step": upcoming[0].key, "action": upcoming[1].render(tr, fmt)},
        "steps": steps,
    }


def _status_text(data: dict, lang: str) -> str:
    tr = _tr(lang)
    head = QT_TRANSLATE_NOOP("Cli", "{name}: {done} of {total} steps done")
    lines: list[str | Msg] = [
        _cli(head, name=data["case"]["name"], done=data["done"], total=data["total"])
    ]
    for step in data["steps"]:
        lines.append(f"{step['number']}. {step['title']}: {step['status_text']}")
        if step["status"] != "done":
            lines.extend(f"     - {m}" for m in step["missing"])
        lines.extend(f"     ! {w}" for w in step["warnings"])
    text = [line.render(tr) if isinstance(line, Msg) else line for line in lines]
    if data["next"]:
        number = next(s["number"] for s in data["steps"] if s["key"] == data["next"]["step"])
        upcoming = QT_TRANSLATE_NOOP("Cli", "Next, in step {number}: {action}")
        text.append(_cli(upcoming, number=number, action=data["next"]["action"]).render(tr))
    return "\n".join(text)


def cmd_case(args: argparse.Namespace) -> None:
    from wizard.cli_cases import WRITING, case_command

    writing = args.case_command in WRITING
    with contextlib.ExitStack() as stack:
        if writing:
            # One writer per data folder: not while a window is open on it.
            from wizard.store.database import BUSY_TIMEOUT_S
            from wizard.store.folder import take_writer_lock

            stack.enter_context(take_writer_lock(_data_dir(args), wait=BUSY_TIMEOUT_S))
        store = open_store(args, create=writing, writing=writing)
        case_command(args, stack.enter_context(store))


def cmd_status(args: argparse.Namespace) -> None:
    if args.case is None:
        from wizard.cli_cases import print_caseload

        with open_store(args) as store:
            print_caseload(args, store)
        return
    with open_store(args) as store:
        case = store.load(store.find(args.case))
    lang = args.lang or case.language
    data = _status_data(case, lang)
    _print(args, data, _status_text(data, lang))


def cmd_export(args: argparse.Namespace) -> None:
    out = run_export(args, _data_dir(args), lambda: open_store(args))
    _print(args, {"written": str(out)}, _written(out))


def cmd_records(args: argparse.Namespace) -> None:
    if args.records_command == "list":
        with open_store(args) as store:
            case_id = store.find(args.case)
            files = store.files.list(case_id)
            pictures = {uid for uid, png in store.files.thumbnails(case_id).items() if png}
        data = records_data(files, pictures)
        _print(args, data, _records_text(data))
        return
    from wizard.records.importer import import_records
    from wizard.store.database import BUSY_TIMEOUT_S
    from wizard.store.folder import take_writer_lock

    with (
        take_writer_lock(_data_dir(args), wait=BUSY_TIMEOUT_S),
        open_store(args, writing=True) as store,
    ):
        case_id = store.find(args.case)
        missing = [p for p in args.paths if not os.path.lexists(p)]
        if missing:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "There is nothing at {path}; check the path."),
                path=str(missing[0]),
            )
        report = import_records(store, case_id, args.paths)
    tr = _tr(system_language())
    data = {
        "imported": [f.name for f in report.imported],
        "duplicates": report.duplicates,
        "damaged": [{"path": p.shown, "reason": p.reason.render(tr)} for p in report.damaged],
        "skipped": [{"path": p.shown, "reason": p.reason.render(tr)} for p in report.skipped],
    }
    summary = _cli(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Imported: {imported}. Already in the case: {duplicates}. Not imported: {passed}.",
        ),
        imported=len(report.imported),
        duplicates=len(report.duplicates),
        passed=len(report.passed),
    ).render(tr)
    lines = [summary] + [
        f"  - {p['path']}: {p['reason']}" for p in data["damaged"] + data["skipped"]
    ]
    _print(args, data, "\n".join(lines))


def records_data(
    files: Sequence[CaseFile], pictures: set[str] | frozenset[str] = frozenset()
) -> dict:
    """The studies (with their series) and the documents of a case, for ``records list``;
    ``pictures`` holds the series that have a small picture."""
    from wizard.plan.documents import documents_of, studies_of

    return {
        "studies": [
            {
                "date": study.date,
                "description": study.description,
                "modalities": list(study.modalities),
                "series": [
                    {
                        "number": series.number,
                        "description": series.description,
                        "modality": series.modality,
                        "body_part": series.body_part,
                        "images": len(series.files),
                        "picture": series.uid in pictures,
                    }
                    for series in study.series
                ],
            }
            for study in studies_of(files)
        ],
        "documents": [
            {
                "id": f.id,
                "name": f.name,
                "kind": f.kind,
                "date": f.date,
                "category": f.category,
                "confirmed": f.confirmed,
            }
            for f in documents_of(files)
        ],
    }


def _records_text(data: dict) -> str:
    tr = _tr(system_language())
    fmt = date_formatter(system_language())
    if not data["studies"] and not data["documents"]:
        return _cli(QT_TRANSLATE_NOOP("Cli", "No records in this case yet.")).render(tr)
    lines = []
    for study in data["studies"]:
        images = sum(s["images"] for s in study["series"])
        when = fmt(study["date"]) if study["date"] else "-"
        what = ", ".join(study["modalities"])
        head = _cli(
            QT_TRANSLATE_NOOP("Cli", "{date}  {modalities}  {description} ({count} images)"),
            date=when,
            modalities=what,
            description=study["description"] or "-",
            count=images,
        )
        lines.append(head.render(tr))
        for series in study["series"]:
            lines.append(
                f"    {series['modality']}  {series['description'] or '-'}  ({series['images']})"
            )
    for doc in data["documents"]:
        when = fmt(doc["date"]) if doc["date"] else "-"
        lines.append(f"{when}  {doc['name']}")
    return "\n".join(lines)


def cmd_screenshots(args: argparse.Namespace) -> None:
    from wizard.ui.screenshots import render_screenshots

    look = {"text_size": args.text_size, "high_contrast": args.high_contrast}
    if args.case is None:
        written = render_screenshots(args.outdir, None, None, args.lang, **look)
    else:
        with open_store(args) as store:
            case_id = store.find(args.case)
            written = render_screenshots(args.outdir, store, case_id, args.lang, **look)
    tr = _tr(system_language())
    text = "\n".join(_written(p).render(tr) for p in written)
    _print(args, {"written": [str(p) for p in written]}, text)


def _written(path: Path) -> Msg:
    return _cli(QT_TRANSLATE_NOOP("Cli", "Written: {path}"), path=str(path))


def cmd_check(args: argparse.Namespace) -> None:
    from wizard.store.folder import exposed_error

    with open_store(args) as store:
        problems = store.check()
        found = store.newest_good_backup() if problems else None
        if found is not None:
            from wizard.store.restore import COMMAND, shown_time

            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The data folder has problems ({problems}); restore the newest good backup, "
                    "from {date}, with this command: {command}.",
                ),
                problems="; ".join(problems),
                date=shown_time(found[1]),
                command=COMMAND.format(number=found[0]),
            )
        if problems:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The data folder has problems ({problems}); restore a backup."
                ),
                problems="; ".join(problems),
            )
        exposed = exposed_error(store.data_dir)
        if exposed is not None:
            raise exposed
        count = len(store.list_cases())
    from wizard.cli_backups import backup_state

    backups, said = backup_state(store.data_dir)
    healthy = QT_TRANSLATE_NOOP("Cli", "The data folder is healthy. Cases: {count}.")
    text = _cli(healthy, count=count).render(_tr(system_language()))
    data = {"ok": True, "cases": count, "backups": backups}
    _print(args, data, text + "\n" + said.render(_tr(system_language())))


def cmd_backup(args: argparse.Namespace) -> None:
    from wizard.cli_backups import cmd_backup as list_backups

    list_backups(args)


def cmd_restore(args: argparse.Namespace) -> None:
    from wizard.cli_backups import cmd_restore as restore

    restore(args)


COMMANDS = {
    "case": cmd_case,
    "status": cmd_status,
    "export": cmd_export,
    "records": cmd_records,
    "screenshots": cmd_screenshots,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def run(argv: Sequence[str]) -> int:
    """Run one command; returns the exit status. ``argv`` excludes the program name."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as done:  # --help, --version, or a usage error already said in one line
        return int(done.code or 0)
    if args.command is None:
        from wizard.ui.app import run_gui

        return run_gui(args.data_dir)
    try:
        tr = _tr(system_language())
    except UserError as exc:  # the messages' own language is missing: said in English
        print(f"second-opinion: {exc.render()}", file=sys.stderr)
        return EXIT_ERROR
    try:
        with _stopped_by_sigterm():
            (COMMANDS.get(args.command) or args.handler)(args)
    except UserError as exc:
        print(f"second-opinion: {exc.render(tr)}", file=sys.stderr)
        return EXIT_ERROR
    except SystemExit as done:  # a usage error found after parsing, said in one line
        return int(done.code or 0)
    except BrokenPipeError:
        # The reader went away (``| head``): nothing to say, and no one to say it to.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except KeyboardInterrupt:
        stopped = QT_TRANSLATE_NOOP("Errors", "Stopped; nothing half-written was left behind.")
        print(f"second-opinion: {Msg(stopped, context='Errors').render(tr)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the user gets a sentence, never a traceback
        unexpected = QT_TRANSLATE_NOOP(
            "Errors", "An unexpected problem stopped the command ({problem}); please report it."
        )
        text = Msg(unexpected, {"problem": type(exc).__name__}, context="Errors").render(tr)
        print(f"second-opinion: {text}", file=sys.stderr)
        return EXIT_UNEXPECTED
    return 0


@contextlib.contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """A polite kill (SIGTERM) stops a command like Ctrl+C does, so that a file being
    written is removed rather than left half-done."""

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
