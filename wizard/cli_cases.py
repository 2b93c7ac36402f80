"""The command line's cases and caseload (SPEC section 8): ``case new``, ``import``,
``list``, ``rename``, ``archive`` / ``unarchive`` and ``delete --yes``, and ``status``
without a case.
"""

from __future__ import annotations

import argparse
import datetime as dt

from wizard.cli import _cli, _print
from wizard.errors import UserError
from wizard.i18n import date_formatter, system_language
from wizard.i18n import translator_for as _tr
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import Msg, caseload
from wizard.plan.caseload import CaseListing
from wizard.store import CaseStore

# The case actions that change the data folder (they take its writer lock).
WRITING = ("new", "import", "rename", "archive", "unarchive", "delete")
SAME_NAME_HELP = "create it even if a case of this name exists already"


def add_case_actions(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The parsers of ``case list``, ``rename``, ``archive``, ``unarchive`` and ``delete``."""
    listing = actions.add_parser("list", help="list the cases", parents=[common])
    listing.add_argument("--all", action="store_true", help="archived cases too")
    rename = actions.add_parser("rename", help="give a case another name", parents=[common])
    rename.add_argument("case", help="case name or number")
    rename.add_argument("name", help="the new name")
    rename.add_argument("--same-name", action="store_true", help=SAME_NAME_HELP)
    archive = actions.add_parser(
        "archive", help="hide a case from the lists, keeping all of it", parents=[common]
    )
    archive.add_argument("case", help="case name or number")
    unarchive = actions.add_parser(
        "unarchive", help="list an archived case again", parents=[common]
    )
    unarchive.add_argument("case", help="case name or number")
    delete = actions.add_parser(
        "delete", help="delete a case and everything in it, for good", parents=[common]
    )
    delete.add_argument("case", help="case name or number")
    delete.add_argument("--yes", action="store_true", help="yes, delete it for good")


def check_same_name(store: CaseStore, name: str, allowed: bool, but: int | None = None) -> None:
    """Refuse a second case of a name already in use, unless the user said so."""
    same = store.same_name(name, but)
    if same and not allowed:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A case called {name} exists already (number {numbers}); add --same-name to "
                "have another case with this name.",
            ),
            name=same[0].name,
            numbers=", ".join(str(listing.id) for listing in same),
        )


def case_command(args: argparse.Namespace, store: CaseStore) -> None:
    """``case new``, ``import``, ``list``, ``rename``, ``archive``, ``unarchive``, ``delete``."""
    if args.case_command == "list":
        _list(args, store)
        return
    if args.case_command in ("new", "import"):
        if args.case_command == "new":
            check_same_name(store, args.name, args.same_name)
            case = store.create_case(args.name, language=args.lang)
        else:
            from wizard.export.case_json import read_case_json

            case = store.import_case(read_case_json(args.file))
        _print(
            args,
            {"id": case.id, "name": case.name, "language": case.language},
            _cli(QT_TRANSLATE_NOOP("Cli", "Case {number}: {name}"), number=case.id, name=case.name),
        )
        return
    case_id = store.find(args.case)
    name = store.load(case_id).name
    if args.case_command == "rename":
        check_same_name(store, args.name, args.same_name, but=case_id)
        store.rename(case_id, args.name)
        name = store.load(case_id).name
        text = QT_TRANSLATE_NOOP("Cli", "Case {number}: {name}")
    elif args.case_command == "archive":
        store.set_archived(case_id, True)
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "Case {number} ({name}) is archived: it is kept, but no longer listed. To list it "
            "again: case unarchive {number}",
        )
    elif args.case_command == "unarchive":
        store.set_archived(case_id, False)
        text = QT_TRANSLATE_NOOP("Cli", "Case {number} ({name}) is listed again.")
    else:
        if not args.yes:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Deleting case {number} ({name}) removes it and everything in it for good; "
                    "add --yes to do so.",
                ),
                number=case_id,
                name=name,
            )
        store.delete(case_id)
        text = QT_TRANSLATE_NOOP("Cli", "Case {number} ({name}) is deleted.")
    listing = next((item for item in store.listings() if item.id == case_id), None)
    data: dict[str, object] = {"id": case_id, "name": name}
    if listing is not None:
        data["archived"] = listing.archived
    else:
        data["deleted"] = True
    _print(args, data, _cli(text, number=case_id, name=name))


def _list(args: argparse.Namespace, store: CaseStore) -> None:
    listings = store.listings()
    names = caseload.labels(listings)
    shown = [listing for listing in listings if args.all or not listing.archived]
    tr = _tr(system_language())
    fmt = date_formatter(system_language())
    data = [_listed(listing) for listing in shown]
    lines = [
        f"{listing.id}\t{_label(listing, names[listing.id]).render(tr, fmt)}" for listing in shown
    ]
    _print(args, data, "\n".join(lines) or _cli(QT_TRANSLATE_NOOP("Cli", "No cases yet.")))


def _listed(listing: CaseListing) -> dict:
    return {
        "id": listing.id,
        "name": listing.name,
        "birth_date": listing.birth_date or None,
        "archived": listing.archived,
    }


def _label(listing: CaseListing, label: Msg) -> Msg:
    return caseload.archived_label(label) if listing.archived else label


def print_caseload(args: argparse.Namespace, store: CaseStore) -> None:
    """``status`` without a case: one line per case (archived ones with ``--all``)."""
    lang = args.lang or system_language()
    tr = _tr(lang)
    fmt = date_formatter(lang)
    lines = store.caseload(dt.date.today(), archived=args.all)
    data = []
    text = []
    for line in lines:
        listing = line.listing
        label = _label(listing, line.label).render(tr, fmt)
        step = line.next_step
        action = line.next_action.render(tr, fmt)
        when = line.next_date
        data.append(
            {
                **_listed(listing),
                "label": label,
                "done": line.done,
                "total": line.total,
                "next": None
                if step is None
                else {"step": step.key, "number": step.number, "action": action},
                "next_date": None
                if when is None
                else {
                    "date": when.day.isoformat(),
                    "time": when.time or None,
                    "what": when.what.render(tr, fmt),
                    "state": when.state,
                    "step": when.step_key,
                },
                "updated": listing.updated,
            }
        )
        progress = _cli(
            QT_TRANSLATE_NOOP("Cli", "{done} of {total} steps done"),
            done=line.done,
            total=line.total,
        )
        if when is None:
            date = _cli(QT_TRANSLATE_NOOP("Cli", "No dates yet"))
        else:
            date = _cli(
                QT_TRANSLATE_NOOP("Cli", "Next date: {date}"),
                date=caseload.next_date_text(when),
            )
        if step is None:
            upcoming = line.next_action
        else:
            upcoming = _cli(
                QT_TRANSLATE_NOOP("Cli", "Next, in step {number}: {action}"),
                number=step.number,
                action=line.next_action,
            )
        cells = (str(listing.id), label, *(m.render(tr, fmt) for m in (progress, date, upcoming)))
        text.append("\t".join(cells))
    empty = _cli(QT_TRANSLATE_NOOP("Cli", "No cases yet."))
    _print(args, data, "\n".join(text) or empty.render(tr))
