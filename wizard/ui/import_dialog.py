"""Importing records off the window's thread: the dialog with its progress bar, Cancel
button and summary (imported, duplicates skipped, files skipped with their reasons)."""

from __future__ import annotations

import functools
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from wizard.errors import UserError
from wizard.store.cases import CaseStore
from wizard.ui.background import Job
from wizard.ui.text import render
from wizard.ui.widgets import wrapping_label


def run_import(store: CaseStore, case_id: int, paths: Sequence[Path], progress, cancelled):
    """The import, on a second connection so that the window keeps its own."""
    from wizard.records.importer import import_records

    worker = store.sibling()
    last_time, last_phase = [0.0], [""]

    def tell(step) -> None:
        # At most 20 updates a second reach the window: each one repaints the dialog.
        now = time.monotonic()
        if step.phase != last_phase[0] or step.done >= step.total or now - last_time[0] > 0.05:
            last_time[0], last_phase[0] = now, step.phase
            progress(step)

    try:
        return import_records(worker, case_id, paths, progress=tell, cancelled=cancelled)
    finally:
        worker.close()


class ImportDialog(QDialog):
    """Progress, Cancel, then the summary of an import."""

    def __init__(
        self, store: CaseStore, case_id: int, paths: Sequence[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-dialog")
        self.setWindowTitle(self.tr("Adding records"))
        self.setMinimumWidth(560)
        self.phase = wrapping_label()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of the import"))
        self.summary = wrapping_label()
        self.summary.setObjectName("import-summary")
        self.summary.hide()
        self.problems = QListWidget()
        self.problems.setObjectName("import-problems")
        self.problems.setAccessibleName(self.tr("Files that were not added, and why"))
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(220)
        self.problems.hide()
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel-import")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("close-import")
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        layout = QVBoxLayout(self)
        for widget in (self.phase, self.bar, self.summary, self.problems, self.buttons):
            layout.addWidget(widget)
        self.report = None
        self.error: str | None = None
        self.phase.setText(self.tr("Looking at the files\u2026"))
        self.bar.setRange(0, 0)
        self.job = Job(functools.partial(run_import, store, case_id, list(paths)), self)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.start()

    @property
    def finished_work(self) -> bool:
        return self.job.finished

    def cancel(self) -> None:
        if self.job.finished:
            self.reject()
            return
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.phase.setText(self.tr("Stopping after the file in hand\u2026"))

    def reject(self) -> None:
        # Escape or the window's close button: stop the import first, then close.
        if not self.job.finished:
            self.cancel()
            return
        super().reject()

    def _progress(self, progress) -> None:
        from wizard.records.importer import COPYING, PICTURES

        if self.job.cancelling:
            return
        if progress.phase == COPYING and progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(progress.done)
            self.phase.setText(
                self.tr("Copying file {done} of {total} into your locked folder\u2026").format(
                    done=progress.done + 1 if progress.done < progress.total else progress.total,
                    total=progress.total,
                )
            )
        elif progress.phase == PICTURES and progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(progress.done)
            self.phase.setText(self.tr("Making small pictures of the scans\u2026"))

    def _finish(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.summary.show()

    def _done(self, report) -> None:
        self.report = report
        self._finish()
        lines = []
        if report.cancelled:
            lines.append(
                self.tr("You stopped the import. The files added before you stopped are kept.")
            )
        lines.append(self.tr("Files added: {count}.").format(count=len(report.imported)))
        if report.duplicates:
            lines.append(
                self.tr("Files already in this case, so not added again: {count}.").format(
                    count=len(report.duplicates)
                )
            )
        if report.passed:
            lines.append(
                self.tr("Files not added: {count}. Here is why:").format(count=len(report.passed))
            )
            self.problems.show()
            for passed in report.passed:
                mark = "\u26a0 " if passed.damaged else "\u2022 "
                self.problems.addItem(f"{mark}{passed.shown}\n    {render(passed.reason)}")
        self.phase.setText(self.tr("Done."))
        self.summary.setText("\n".join(lines))

    def _failed(self, exc) -> None:
        self._finish()
        if isinstance(exc, UserError):
            self.error = render(exc.msg)
        else:
            self.error = self.tr(
                "An unexpected problem stopped the import ({problem}); the files added before "
                "it are kept. Please report it."
            ).format(problem=type(exc).__name__)
        self.phase.setText(self.tr("The import stopped."))
        self.summary.setText(self.error)
