"""Saving and printing the case's PDFs for the window: the save dialog and its checks, the
print dialog, one sentence for whatever fails, and the notice with its Open button after
a save.

A printout that the plan counts (the question list of step 6) is recorded by its writer;
the window then shows the case as stored, so the step's verdict follows at once.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QObject

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import CaseData
from wizard.ui.notice import SavedNotice
from wizard.ui.saving import ask_save_path, printout_file_name
from wizard.ui.text import render

if TYPE_CHECKING:
    from wizard.ui.main_window import MainWindow

Writer = Callable[[CaseData, Path], object]
StreamWriter = Callable[[CaseData, BinaryIO], object]

QUESTIONS = "questions"
QUESTIONS_LARGE = "questions_large"
TCHART = "tchart"


class PdfOutput(QObject):
    """The window's saving and printing; ``notice`` is placed by the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.notice = SavedNotice()
        self.notice.open_requested.connect(self.open_file)

    def retranslate(self) -> None:
        self.notice.retranslate()

    @property
    def large(self) -> bool:
        """Large print for the printouts without a choice of their own (View menu)."""
        return self.window.prefs.large_print

    # -- saving ---------------------------------------------------------------
    def save(self, title: str, file_name: str, write: Writer, saved: str) -> Path | None:
        """Ask where to save, check the place, write; ``saved`` (with ``{path}``) is said
        afterwards. Returns the file written, or None."""
        window = self.window
        case = window.case
        if case is None:
            return None
        target = ask_save_path(
            window.asker,
            window.store.data_dir,
            title,
            file_name,
            ".pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return None
        path = target
        try:
            write(case, target)
        except UserError as exc:
            window.asker.error(self.tr("Not saved"), render(exc.msg))
            window.reload_case()
            return None
        message = saved.format(path=path)
        window.statusBar().showMessage(message, 8000)
        self.notice.show_saved(path, message)
        window.reload_case()
        return path

    def open_file(self, path: Path) -> None:
        if not self.window.asker.open_in_system(path):
            self.window.asker.error(
                self.tr("Open"),
                self.tr(
                    "No program to show PDF files opened it; open {file} from your file manager."
                ).format(file=path),
            )

    # -- printing -------------------------------------------------------------
    def print_out(self, title: str, write: StreamWriter, printed: str) -> bool:
        """Ask for a printer, make the PDF in memory and print it; ``printed`` is said
        afterwards. True when it went to the printer."""
        from wizard.ui.printing import print_pdf

        window = self.window
        case = window.case
        if case is None:
            return False
        printer = window.asker.printer(title)
        if printer is None:
            return False
        buffer = io.BytesIO()
        try:
            write(case, buffer)
            print_pdf(buffer.getvalue(), printer)
        except UserError as exc:
            window.asker.error(self.tr("Not printed"), render(exc.msg))
            return False
        finally:
            window.reload_case()  # the writer may have recorded the printout
        window.statusBar().showMessage(printed, 8000)
        return True

    def print_checklist(self) -> None:
        from wizard import printouts

        self.print_out(
            self.tr("Print the checklist"),
            lambda case, out: printouts.export_checklist(case, out, large=self.large),
            self.tr("The checklist was sent to the printer."),
        )

    # -- the printouts a step's own editor asks for --------------------------
    def save_printout(self, key: str) -> None:
        from wizard import printouts

        case, store = self.window.case, self.window.store
        if case is not None and key == TCHART:
            self.save(
                self.tr("Save the T-chart as PDF"),
                printout_file_name(
                    case, "PdfOutput", QT_TRANSLATE_NOOP("PdfOutput", "T-chart {name}.pdf")
                ),
                lambda case, out: printouts.export_tchart(case, out, large=self.large),
                self.tr("T-chart saved: {path}"),
            )
            return
        if case is None or key not in (QUESTIONS, QUESTIONS_LARGE):
            return
        large = key == QUESTIONS_LARGE
        if large:
            title = self.tr("Save the question list in large print")
            name = QT_TRANSLATE_NOOP("PdfOutput", "Questions in large print {name}.pdf")
            saved = self.tr("Large-print question list saved: {path}")
        else:
            title = self.tr("Save the question list as PDF")
            name = QT_TRANSLATE_NOOP("PdfOutput", "Questions {name}.pdf")
            saved = self.tr("Question list saved: {path}")
        self.save(
            title,
            printout_file_name(case, "PdfOutput", name),
            lambda case, out: printouts.export_questions(store, case, out, None, large),
            saved,
        )

    def print_printout(self, key: str) -> None:
        from wizard import printouts

        store = self.window.store
        if key == TCHART:
            self.print_out(
                self.tr("Print the T-chart"),
                lambda case, out: printouts.export_tchart(case, out, large=self.large),
                self.tr("The T-chart was sent to the printer."),
            )
            return
        if key not in (QUESTIONS, QUESTIONS_LARGE):
            return
        large = key == QUESTIONS_LARGE
        self.print_out(
            self.tr("Print the question list in large print")
            if large
            else self.tr("Print the question list"),
            lambda case, out: printouts.export_questions(store, case, out, None, large),
            self.tr("The question list was sent to the printer."),
        )
