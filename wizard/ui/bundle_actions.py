"""The Case menu's encrypted copy of a whole case (a case bundle, wizard.store.bundles):
saved with its files under a passphrase chosen for it, and opened again, here or on
another computer, as a new case. The work runs off the window's thread: a case with
hundreds of megabytes of scans takes a while."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from wizard.errors import UserError
from wizard.store.vault import Cancelled
from wizard.ui.background import Job, Work
from wizard.ui.saving import ask_save_path, safe_file_name
from wizard.ui.text import render

if TYPE_CHECKING:
    from wizard.store.bundles import Restored, Saved
    from wizard.ui.main_window import MainWindow

SUFFIX = ".sopbundle"


class BundleActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.asker = window.asker
        self.job: Job | None = None
        # From the start of the work until its result is shown (after the job's end).
        self.busy = False
        self.save_action = menu.addAction("", self.save_bundle)
        self.open_action = menu.addAction("", self.open_bundle)

    def retranslate(self) -> None:
        self.save_action.setText(self.tr("Save the whole case, &encrypted…"))
        self.save_action.setToolTip(
            self.tr("One file with the case and all its files, to move it to another computer")
        )
        self.open_action.setText(self.tr("Open an encr&ypted case…"))

    def show_state(self, has_case: bool) -> None:
        self.save_action.setEnabled(has_case and not self.busy)
        self.open_action.setEnabled(not self.busy)

    def _save_title(self) -> str:
        return self.tr("Save the whole case, encrypted")

    def _open_title(self) -> str:
        return self.tr("Open an encrypted case")

    def _filter(self) -> str:
        return self.tr("Encrypted cases (*{suffix})").format(suffix=SUFFIX)

    # -- saving --------------------------------------------------------------------
    def save_bundle(self) -> None:
        case = self.window.case
        if case is None or case.id is None:
            return
        title = self._save_title()
        name = self.tr("{name} (encrypted)").format(name=safe_file_name(case.name, "case"))
        target = ask_save_path(
            self.asker, self.store.data_dir, title, name + SUFFIX, SUFFIX, self._filter()
        )
        if target is None:
            return
        passphrase = self.asker.bundle_passphrase(title, True)
        if passphrase is None:
            return
        case_id = case.id

        def work(progress, cancelled) -> Saved:
            from wizard.store.bundles import save_bundle

            worker = self.store.sibling()  # the window keeps its own connection
            try:
                return save_bundle(
                    worker, case_id, target, passphrase, cancelled, lambda d, t: progress((d, t))
                )
            finally:
                worker.close()

        def saved(result: Saved) -> None:
            self.window.notice.show_notice(
                self.tr(
                    "\u201c{name}\u201d is saved with all its files, encrypted, in {path}. To "
                    "open it on another computer, you need its passphrase."
                ).format(name=result.name, path=target)
            )

        self._start(work, self.tr("Saving the encrypted case… {percent} %"), title, saved)

    # -- opening -------------------------------------------------------------------
    def open_bundle(self) -> None:
        title = self._open_title()
        paths = self.asker.open_paths(title, False, self._filter())
        if not paths:
            return
        passphrase = self.asker.bundle_passphrase(title, False)
        if passphrase is None:
            return
        path = paths[0]

        def work(progress, cancelled) -> Restored:
            from wizard.store.bundles import check_bundle, restore_bundle

            # Checked whole before anything changes: a wrong passphrase or a damaged file
            # leaves the data as it was.
            checked = check_bundle(path, passphrase, cancelled, lambda d, t: progress((d, 2 * t)))
            worker = self.store.sibling()
            try:
                return restore_bundle(
                    worker, checked, cancelled, lambda d, t: progress((t + d, 2 * t))
                )
            finally:
                worker.close()

        self._start(work, self.tr("Opening the encrypted case… {percent} %"), title, self._restored)

    def _restored(self, restored: Restored) -> None:
        case_id = restored.case.id
        assert case_id is not None
        self.window.open_case(case_id)
        self.window.notice.show_notice(
            self.tr(
                "\u201c{name}\u201d is opened as case number {number}, with all its files."
            ).format(name=restored.case.name, number=case_id)
        )

    # -- the work ------------------------------------------------------------------
    def _start(self, work: Work, doing: str, title: str, done: Callable[[Any], None]) -> None:
        job = Job(work, self)
        self.job = job
        self.busy = True
        status = self.window.statusBar()
        status.showMessage(doing.format(percent=0))
        job.progress.connect(
            lambda step: status.showMessage(doing.format(percent=100 * step[0] // max(1, step[1])))
        )
        job.done.connect(lambda result: self._finish(lambda: done(result)))
        job.failed.connect(lambda exc: self._finish(lambda: self._failed(title, exc)))
        self.window.case_actions.show_state()
        job.start()

    def _finish(self, then: Callable[[], None]) -> None:
        self.busy = False
        self.window.statusBar().clearMessage()
        self.window.case_actions.show_state()
        then()

    def _failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        text = render(exc.msg) if isinstance(exc, UserError) else type(exc).__name__
        self.asker.error(title, text)

    def stop_work(self) -> None:
        """Stop the work in progress (the window is closing) and wait for it; a bundle half
        saved or a case half restored leaves nothing behind."""
        if self.job is not None and not self.job.finished:
            self.job.cancel()
            self.job.wait(30)
