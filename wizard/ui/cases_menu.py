"""The Case menu's actions on whole cases, and the patient chooser they keep up to date.

New, all cases (the caseload), rename, archive and unarchive, delete with an undo that lasts
until the window closes, the case file out and in, and the whole case encrypted
(wizard.ui.bundle_actions). Two cases of the same name are told
apart by number and date of birth everywhere a case is chosen, and a second case of a name
in use is made only when the user says so.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from wizard.errors import UserError
from wizard.plan.caseload import (
    CaseListing,
    archived_label,
    birth_date_of,
    label,
    labels,
    name_key,
)
from wizard.plan.messages import Msg
from wizard.store.cases import clean_name
from wizard.ui.bundle_actions import BundleActions
from wizard.ui.caseload import CaseloadDialog
from wizard.ui.saving import ask_save_path
from wizard.ui.text import render

if TYPE_CHECKING:
    from wizard.ui.main_window import MainWindow


class CaseActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.asker = window.asker
        self.chooser = window.case_combo
        # Cases deleted in this window, the latest last: undoable until the window closes.
        self.discarded: list[tuple[int, str]] = []
        self.current: CaseListing | None = None
        self._listings: list[CaseListing] = []
        self._shared_names: set[str] = set()
        self.caseload: CaseloadDialog | None = None

        self.new_action = menu.addAction("", self.new_case)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.all_action = menu.addAction("", self.show_caseload)
        self.all_action.setShortcut(QKeySequence.StandardKey.Open)
        self.rename_action = menu.addAction("", self.rename_case)
        self.archive_action = menu.addAction("", self.toggle_archived)
        self.delete_action = menu.addAction("", self.delete_case)
        self.undo_action = menu.addAction("", self.undo_delete)
        menu.addSeparator()
        self.export_action = menu.addAction("", self.export_case_file)
        self.import_action = menu.addAction("", self.import_case_files)
        self.bundles = BundleActions(window, menu)

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New case…"))
        self.all_action.setText(self.tr("&All cases…"))
        self.rename_action.setText(self.tr("&Rename case…"))
        self.delete_action.setText(self.tr("&Delete case…"))
        self.export_action.setText(self.tr("&Save the case file…"))
        self.import_action.setText(self.tr("&Import a case file…"))
        self.bundles.retranslate()
        self._fill_chooser()  # the dates of birth in the labels, written the new language's way

    # -- the chooser and the labels ----------------------------------------
    def refresh_cases(self) -> None:
        """Read the cases anew and fill the chooser: every case not archived, and the one shown."""
        self._listings = self.store.listings()
        counts = Counter(name_key(listing.name) for listing in self._listings)
        self._shared_names = {key for key, count in counts.items() if count > 1}
        self._fill_chooser()

    def _fill_chooser(self) -> None:
        names = labels(self._listings)
        case = self.window.case
        shown = None if case is None else case.id
        self.current = next((item for item in self._listings if item.id == shown), None)
        self.chooser.show_cases(
            [
                (
                    item.id,
                    render(archived_label(names[item.id]) if item.archived else names[item.id]),
                )
                for item in self._listings
                if not item.archived or item.id == shown
            ],
            shown,
        )
        self.show_state()

    def current_label(self) -> str:
        """The shown case's name, with its number and date of birth when another case has
        the same name, and "(archived)" when it is; "" without a case. Kept live as step 1's
        date of birth is typed."""
        text = self._label()
        if text is None:
            return ""
        archived = self.current is not None and self.current.archived
        return render(archived_label(text) if archived else text)

    def _label(self) -> Msg | None:
        case = self.window.case
        if case is None or case.id is None:
            return None
        listing = CaseListing(case.id, case.name, birth_date_of(case))
        return label(listing, name_key(case.name) in self._shared_names)

    def _name(self) -> str:
        """The shown case's label, for a sentence about it."""
        text = self._label()
        return "" if text is None else render(text)

    def show_state(self) -> None:
        """The actions and the chooser's label for the case shown (or none)."""
        has_case = self.window.case is not None
        archived = self.current is not None and self.current.archived
        for action in (self.rename_action, self.archive_action, self.delete_action):
            action.setEnabled(has_case)
        self.export_action.setEnabled(has_case)
        self.bundles.show_state(has_case)
        self.archive_action.setText(
            self.tr("Unarc&hive case") if archived else self.tr("Arc&hive case")
        )
        self.undo_action.setEnabled(bool(self.discarded))
        if self.discarded:
            self.undo_action.setText(
                self.tr("&Undo the delete of \u201c{name}\u201d").format(name=self.discarded[-1][1])
            )
        else:
            self.undo_action.setText(self.tr("&Undo the delete"))
        if has_case:
            self.chooser.relabel_current(self.current_label())

    # -- new and rename -----------------------------------------------------------
    def new_case(self) -> None:
        title = self.tr("New case")
        name = self._ask_name(
            title, self.tr("Whose second opinion is this? Type the patient's name:")
        )
        if name is None or not self._same_name_is_fine(title, name):
            return
        try:
            case = self.store.create_case(name, language=self.window.translators.language)
        except UserError as exc:
            self.asker.error(title, render(exc.msg))
            return
        assert case.id is not None  # the store numbers every case it makes
        self.window.open_case(case.id)

    def rename_case(self) -> None:
        case = self.window.case
        if case is None or case.id is None:
            return
        title = self.tr("Rename case")
        name = self._ask_name(title, self.tr("New name:"), case.name)
        if name is None or not self._same_name_is_fine(title, name, but=case.id):
            return
        try:
            self.store.rename(case.id, name)
        except UserError as exc:
            self.asker.error(title, render(exc.msg))
        self.window.open_case(case.id, remember=False)

    def _ask_name(self, title: str, question: str, default: str = "") -> str | None:
        return self.asker.text(title, question, default, check=_name_problem)

    def _same_name_is_fine(self, title: str, name: str, but: int | None = None) -> bool:
        """True when no other case has this name, or the user wants a second one anyway."""
        same = self.store.same_name(name, but)
        if not same:
            return True
        question = self.tr(
            "There is already a case called \u201c{name}\u201d. Make another case with the "
            "same name? The two are told apart by their number and date of birth."
        ).format(name=same[0].name)
        return self.asker.confirm(title, question)

    # -- archive and delete ------------------------------------------------------
    def toggle_archived(self) -> None:
        case = self.window.case
        if case is None or case.id is None:
            return
        title = self.tr("Archive case")
        name = self._name()
        archived = self.current is not None and self.current.archived
        try:
            self.store.set_archived(case.id, not archived)
        except UserError as exc:
            self.asker.error(title, render(exc.msg))
            return
        if archived:
            self.window.open_case(case.id, remember=False)
            self.window.notice.show_notice(
                self.tr("\u201c{name}\u201d is in the list of cases again.").format(name=name)
            )
            return
        self.window.open_default_case()
        text = self._now_showing(
            self.tr(
                "\u201c{name}\u201d is archived: it is kept, but no longer in the list of cases. "
                "Now showing \u201c{shown}\u201d."
            ),
            self.tr(
                "\u201c{name}\u201d is archived: it is kept, but no longer in the list of cases. "
                "No case is open now."
            ),
            name,
        )
        case_id = case.id
        self.window.notice.show_notice(text, self.tr("&Undo"), lambda: self._unarchive(case_id))

    def _unarchive(self, case_id: int) -> None:
        try:
            self.store.set_archived(case_id, False)
        except UserError as exc:
            self.asker.error(self.tr("Archive case"), render(exc.msg))
            return
        self.window.open_case(case_id)

    def delete_case(self) -> None:
        case = self.window.case
        if case is None or case.id is None:
            return
        title = self.tr("Delete case")
        name = self._name()
        question = self.tr(
            "Delete the case \u201c{name}\u201d and everything in it? You can undo this until "
            "you close the program."
        ).format(name=name)
        if not self.asker.confirm(title, question):
            return
        try:
            self.store.discard(case.id)
        except UserError as exc:
            self.asker.error(title, render(exc.msg))
            return
        self.discarded.append((case.id, name))
        self.window.open_default_case()
        text = self._now_showing(
            self.tr("\u201c{name}\u201d is deleted. Now showing \u201c{shown}\u201d."),
            self.tr("\u201c{name}\u201d is deleted. No case is open now."),
            name,
        )
        self.window.notice.show_notice(text, self.tr("&Undo"), self.undo_delete)
        self.show_state()

    def undo_delete(self) -> None:
        if not self.discarded:
            return
        case_id, name = self.discarded.pop()
        try:
            self.store.undo_discard(case_id)
        except UserError as exc:
            self.asker.error(self.tr("Delete case"), render(exc.msg))
            return
        self.window.open_case(case_id)
        self.window.notice.show_notice(self.tr("\u201c{name}\u201d is back.").format(name=name))

    def purge(self) -> None:
        """Remove for good the cases deleted in this window (it is closing)."""
        try:
            self.store.purge_discarded()
        except UserError:
            pass  # they stay hidden, and go at the next start
        self.discarded.clear()

    def _now_showing(self, showing: str, none: str, name: str) -> str:
        shown = self._name()
        return showing.format(name=name, shown=shown) if shown else none.format(name=name)

    # -- the caseload -----------------------------------------------------------
    def show_caseload(self) -> None:
        """All cases, to find one by typing and open it (the dialog leaves the window usable
        for nothing else while it is open)."""
        case = self.window.case
        dialog = CaseloadDialog(self.store, None if case is None else case.id, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_chosen.connect(self.window.open_case)
        dialog.destroyed.connect(lambda: setattr(self, "caseload", None))
        self.caseload = dialog
        dialog.open()

    # -- the case file ------------------------------------------------------------
    def export_case_file(self) -> None:
        from wizard.export.case_json import write_case_json

        case = self.window.case
        if case is None or case.id is None:
            return
        title = self.tr("Save the case file")
        target = ask_save_path(
            self.asker,
            self.store.data_dir,
            title,
            self.tr("Case file {name}.json").format(name=case.name),
            ".json",
            self.tr("Case files (*.json)"),
        )
        if target is None:
            return
        try:
            write_case_json(self.store.load(case.id), target)
        except UserError as exc:
            self.asker.error(title, render(exc.msg))
            return
        self.window.notice.show_notice(
            self.tr(
                "The case file is saved: {path}. It is not encrypted, so keep it as safe as a "
                "paper file."
            ).format(path=target)
        )

    def import_case_files(self) -> None:
        from wizard.export.case_json import read_case_json

        title = self.tr("Import a case file")
        paths = self.asker.open_paths(title, False, self.tr("Case files (*.json)"))
        imported = []
        for path in paths:
            try:
                case = read_case_json(path)
                if not self._same_name_is_fine(title, case.name):
                    continue
                imported.append(self.store.import_case(case))
            except UserError as exc:
                self.asker.error(title, render(exc.msg))
        if not imported:
            return
        last = imported[-1]
        assert last.id is not None
        self.window.open_case(last.id)
        if len(imported) == 1:
            text = self.tr("\u201c{name}\u201d is imported as case number {number}.").format(
                name=self._name(), number=last.id
            )
        else:
            text = self.tr("{count} cases are imported. Now showing \u201c{name}\u201d.").format(
                count=len(imported), name=self._name()
            )
        self.window.notice.show_notice(text)


def _name_problem(text: str) -> str | None:
    """What is wrong with a case's name, in a sentence; None when it is fine."""
    try:
        clean_name(text)
    except UserError as exc:
        return render(exc.msg)
    return None
