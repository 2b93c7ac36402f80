"""``second-opinion export``: a case's PDFs, its calendar file, its records package and its
case file (SPEC section 8). The parser's part and the command; ``wizard.cli`` runs them.

Printing the question list is a fact of step 6 (the list was printed at least once): after
the PDF is written, the day and the number of questions are recorded in the case, under the
data folder's writer lock, as the window records it after saving or printing.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import LANGUAGES
from wizard.store import CaseStore

PARTS = ("checklist", "questions", "tchart", "letter")


def add_export_parser(
    commands: argparse._SubParsersAction, parent: argparse.ArgumentParser
) -> None:
    # Here --json names the case file to write; the JSON-output flag goes before "export".
    export = commands.add_parser(
        "export", help="write a PDF, the calendar file or the case file", parents=[parent]
    )
    export.add_argument("case", help="case name or number")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", type=Path, metavar="OUT", help="write a PDF")
    target.add_argument(
        "--ics",
        type=Path,
        metavar="OUT",
        help="write the calendar file (.ics): appointment, records deadline, request due days, "
        "the weekly check-in on Sunday evenings",
    )
    target.add_argument(
        "--records",
        dest="records_out",
        type=Path,
        metavar="OUT",
        help="write the records package for the specialist: a zip file (OUT.zip) or a folder",
    )
    target.add_argument(
        "--json",
        dest="json_out",
        type=Path,
        metavar="OUT",
        help="write the whole case as JSON (docs/case-format.md)",
    )
    export.add_argument(
        "--part",
        choices=PARTS,
        default="checklist",
        help="which PDF: the checklist, the question list of step 6 (recorded as printed), "
        "the T-chart of step 8, or the records-request letter (default: checklist)",
    )
    export.add_argument(
        "--large-print",
        action="store_true",
        help="a PDF in large type (16 points and more), for poor eyesight",
    )
    export.add_argument(
        "--basis",
        choices=["hipaa", "gdpr"],
        help="the law the letter cites when no request names one "
        "(default: HIPAA in English, GDPR in German and Spanish)",
    )
    export.add_argument("--lang", choices=LANGUAGES, help="language (default: the case's)")


def run_export(
    args: argparse.Namespace, data_dir: Path, open_store: Callable[[], CaseStore]
) -> Path:
    """Write what ``args`` asks for; returns the path as given. Raises UserError."""
    from wizard.export.target import check_export_target

    if args.large_print and args.pdf is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "--large-print is only for the PDF printouts; add --pdf OUT, or leave it out.",
            )
        )
    out: Path = next(
        p for p in (args.pdf, args.json_out, args.ics, args.records_out) if p is not None
    )
    target = check_export_target(out, data_dir)
    if args.records_out is not None:
        from wizard.printouts import export_records

        with open_store() as store:
            case = store.load(store.find(args.case))
            export_records(store, case, target, args.lang)
        return out
    if args.pdf is not None and args.part == "questions":
        from wizard.printouts import export_questions
        from wizard.store.database import BUSY_TIMEOUT_S
        from wizard.store.folder import take_writer_lock

        with take_writer_lock(data_dir, wait=BUSY_TIMEOUT_S), open_store() as store:
            case = store.load(store.find(args.case))
            export_questions(store, case, target, args.lang, args.large_print)
        return out
    with open_store() as store:
        case = store.load(store.find(args.case))
    if args.json_out is not None:
        from wizard.export.case_json import write_case_json

        write_case_json(case, target)
    elif args.ics is not None:
        from wizard.printouts import export_calendar

        export_calendar(case, target, args.lang)
    elif args.part == "letter":
        from wizard.printouts import export_letter

        export_letter(case, target, args.lang, args.basis, args.large_print)
    elif args.part == "tchart":
        from wizard.printouts import export_tchart

        export_tchart(case, target, args.lang, args.large_print)
    else:
        from wizard.printouts import export_checklist

        export_checklist(case, target, args.lang, args.large_print)
    return out
