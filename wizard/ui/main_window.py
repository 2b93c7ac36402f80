"""The main window: the nine steps with live status beside the current page."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wizard import APP_NAME
from wizard.errors import UserError
from wizard.export.plain_copy import PlainCopies
from wizard.i18n import LANGUAGE_NAMES, AppTranslators
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import PAGES, STEPS, CaseData, evaluate, evaluate_all, step_by_key
from wizard.plan.case import LANGUAGES, OVERVIEW
from wizard.plan.steps import list_by_key
from wizard.store import CaseStore
from wizard.store.preferences import Preferences
from wizard.ui import save_state as shown
from wizard.ui.auto_lock import AutoLock
from wizard.ui.backups_dialog import show_backups
from wizard.ui.case_changes import CaseChanges
from wizard.ui.case_chooser import CaseChooser
from wizard.ui.case_editor import CaseEditor
from wizard.ui.cases_menu import CaseActions
from wizard.ui.dialogs import Asker
from wizard.ui.editors import editors_for
from wizard.ui.focus_order import move_focus
from wizard.ui.help_menu import HelpActions
from wizard.ui.marks import STATUS_MARK
from wizard.ui.navigation import FILES_STEPS, PageNavigation, scrolling
from wizard.ui.overview_page import OverviewPage
from wizard.ui.pdf_output import PdfOutput
from wizard.ui.records_panel import RecordsPanel
from wizard.ui.save_state import Change, SaveState, once
from wizard.ui.saving import printout_file_name
from wizard.ui.security_menu import SecurityActions
from wizard.ui.step_list import StepList
from wizard.ui.step_page import StepPage
from wizard.ui.step_pages import StepPages
from wizard.ui.text import plan_text, render
from wizard.ui.view_menu import ReadingOptions
from wizard.ui.widgets import NoticeBar, wrapping_label
from wizard.ui.window_place import place_window, remember_place


class MainWindow(CaseChanges, PageNavigation, QMainWindow):
    def __init__(
        self,
        store: CaseStore,
        translators: AppTranslators,
        prefs: Preferences,
        asker: Asker | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.translators = translators
        self.prefs = prefs
        self.asker = asker or Asker(self)
        self.output = PdfOutput(self)  # saving and printing the PDFs
        self.case: CaseData | None = None
        self.page_key = OVERVIEW
        # Step pages whose case changed while another page was on screen.
        self._stale: set[str] = set()
        self._shown_case_id: int | None = None

        self.case_label = QLabel()
        self.case_combo = CaseChooser()
        self.case_combo.setObjectName("case-switcher")
        self.case_combo.setMinimumContentsLength(18)
        self.case_label.setBuddy(self.case_combo)
        self.case_combo.activated.connect(
            lambda index: self.open_case(self.case_combo.itemData(index))
        )
        self.all_cases_button = QPushButton()
        self.new_case_button = QPushButton()
        self.notice = NoticeBar()
        self.saving = SaveState(self)  # changes the disk would not take, and their bar
        self.saving.saved.connect(self.reload_case)
        self.saving.refused.connect(lambda text: self.asker.error(self.tr("Not saved"), text))
        # Whose case this is, above every page: a switch of case is never missed.
        self.patient_heading = wrapping_label(role="heading")
        self.patient_heading.setObjectName("patient")
        self.patient_heading.setContentsMargins(PAGE_MARGIN, 0, PAGE_MARGIN, 0)

        self.step_list = StepList()
        self.step_list.setObjectName("steps")
        for key in PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.step_list.addItem(item)
        self.step_list.currentRowChanged.connect(self._row_chosen)
        # A step clicked, or chosen with Enter, is opened for work: its heading takes the focus.
        self.step_list.itemClicked.connect(lambda _item: self._focus_heading())
        self.step_list.itemActivated.connect(lambda _item: self._focus_heading())

        self.overview = OverviewPage()
        self.overview.go_to_step.connect(self.go_to)
        self.overview.export_requested.connect(self.export_checklist)
        self.overview.printout_language_changed.connect(self.set_printout_language)
        self.stack = QStackedWidget()
        # Each page's place in the stack; a step page is built, and added, when first needed.
        self._areas: dict[str, QScrollArea] = {OVERVIEW: scrolling(self.overview)}
        self.stack.addWidget(self._areas[OVERVIEW])
        self.pages = StepPages(self._build_page)

        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self.go_next)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.go_next)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.go_back)

        top = QHBoxLayout()
        top.addWidget(self.case_label)
        top.addWidget(self.case_combo, 1)
        top.addWidget(self.all_cases_button)
        top.addWidget(self.new_case_button)
        nav = QHBoxLayout()
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.patient_heading)
        right.addWidget(self.stack, 1)
        right.addWidget(self.output.notice)
        right.addLayout(nav)
        body = QHBoxLayout()
        body.addWidget(self.step_list, 0)
        body.addLayout(right, 1)
        outer = QVBoxLayout()
        outer.addLayout(top)
        outer.addWidget(self.notice)
        outer.addWidget(self.saving.bar)
        outer.addLayout(body, 1)
        central = QWidget()
        central.setLayout(outer)
        self.setCentralWidget(central)
        self._build_menus()
        self.auto_lock = AutoLock(self, prefs)  # the View menu's lock, and locking when idle
        place_window(self, prefs)
        self.retranslate()
        # Plain copies of recordings a crashed run left behind (this window holds the
        # folder's lock now), whether or not the appointment page is opened this time.
        PlainCopies(store.data_dir).remove_all()
        try:
            # Cases deleted in a window that then crashed, so could not remove them for good.
            store.purge_discarded()
        except UserError:
            pass  # they stay hidden, and go at the next start
        self.open_default_case()

    def _build_page(self, key: str) -> StepPage:
        """A step's page, in its place in the stack, translated and showing the case."""
        step = step_by_key(key)
        page = StepPage(step)
        page.tick_changed.connect(self.set_tick)
        page.own_word_changed.connect(self.set_own_word)
        page.field_changed.connect(self.set_field)
        page.entry_added.connect(self.add_entry)
        page.entries_suggested.connect(self.add_suggested_entries)
        page.letter_requested.connect(self.export_letter)
        page.entry_removed.connect(self.remove_entry)
        page.entry_changed.connect(self.set_entry_value)
        for placed in editors_for(key, self.store, self.asker):
            self._connect_editor(placed.editor)
            page.add_editor(placed.editor, placed.before_form)
        if key in FILES_STEPS:
            panel = RecordsPanel(self.store, self.asker, by_category=key == "organization")
            panel.files_changed.connect(self._files_changed)
            page.add_files_panel(panel)
        self._areas[key] = scrolling(page)
        self.stack.addWidget(self._areas[key])
        page.retranslate()
        page.setEnabled(self.case is not None)
        if self.case is not None:
            page.show_case(self.case, evaluate(step, self.case))
            self._stale.discard(key)
        return page

    # -- menus ------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.case_menu = bar.addMenu("")
        self.case_actions = CaseActions(self, self.case_menu)
        self.new_action = self.case_actions.new_action
        self.rename_action = self.case_actions.rename_action
        self.delete_action = self.case_actions.delete_action
        self.new_case_button.clicked.connect(self.new_case)
        self.overview.create_requested.connect(self.new_case)
        self.all_cases_button.clicked.connect(self.case_actions.show_caseload)
        self.case_menu.addSeparator()
        self.export_action = self.case_menu.addAction("", self.export_checklist)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.print_action = self.case_menu.addAction("", self.output.print_checklist)
        self.print_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.case_menu.addSeparator()
        self.backups_action = self.case_menu.addAction("", lambda: show_backups(self))
        self.quit_action = self.case_menu.addAction("", self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.security = SecurityActions(self, bar.addMenu(""))
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = self.language_menu.addAction(LANGUAGE_NAMES[code])
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            self.language_actions[code] = action
        self.language_actions[self.translators.language].setChecked(True)
        self.reading = ReadingOptions(self, self.view_menu, self.prefs)
        self.help_menu = bar.addMenu("")
        self.help_actions = HelpActions(
            self, self.help_menu, lambda: self.page_key, self.store.data_dir
        )

    # -- language ------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def switch_language(self, lang: str) -> None:
        try:
            self.translators.switch(lang)
        except UserError as exc:  # the language in use stays
            self.asker.error(self.tr("Language"), render(exc.msg))
        else:
            self.prefs.language = lang
        self.language_actions[self.translators.language].setChecked(True)

    def retranslate(self) -> None:
        self.case_label.setText(self.tr("&Patient:"))
        self.new_case_button.setText(self.tr("New case…"))
        self.all_cases_button.setText(self.tr("All cases…"))
        self.all_cases_button.setToolTip(self.tr("Find a case and open it (Ctrl+O)"))
        self.case_combo.setPlaceholderText(self.tr("No case yet"))
        self.back_button.setText(self.tr("\u2190 &Back"))
        self.next_button.setText(self.tr("&Next \u2192"))
        self.back_button.setToolTip(self.tr("Previous step (Ctrl+Page Up)"))
        self.next_button.setToolTip(self.tr("Next step (Ctrl+Page Down)"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.case_actions.retranslate()
        self.notice.retranslate()
        self.saving.bar.retranslate()
        self.export_action.setText(self.tr("Save the &checklist as PDF…"))
        self.print_action.setText(self.tr("&Print the checklist…"))
        self.backups_action.setText(self.tr("&Backups\u2026"))
        self.quit_action.setText(self.tr("&Quit"))
        self.security.retranslate()
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.reading.retranslate()
        self.help_actions.retranslate()
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.output.retranslate()
        self.overview.retranslate()
        for page in self.pages.built():
            page.retranslate()
        self._refresh()

    # -- cases ------------------------------------------------------------
    def open_default_case(self) -> None:
        """Reopen the case and page where the user left off, if it is still listed (not
        archived or deleted); else the first case listed; else none."""
        last = self.store.get_setting("last_case")
        ids = [listing.id for listing in self.store.listings() if not listing.archived]
        if last and last.isdigit() and int(last) in ids:
            self.open_case(int(last))
        elif ids:
            self.open_case(ids[0])
        else:
            self._show_no_case()

    def new_case(self) -> None:
        self.case_actions.new_case()

    def _show_no_case(self) -> None:
        self.case = None
        self.case_actions.refresh_cases()
        self._refresh()
        self.go_to(OVERVIEW, remember=False)

    def open_case(self, case_id: int, remember: bool = True) -> None:
        try:
            case = self.saving.overlay(self.store.load(case_id))
        except UserError as exc:
            self.asker.error(self.tr("Open case"), render(exc.msg))
            return
        if remember:
            try:
                self.store.set_setting("last_case", str(case_id))
            except UserError:
                pass  # reopening on this case next time is a comfort, not data worth an error
        self.case = case
        self.output.notice.dismiss()  # it named a file of the case shown before
        for page in self.pages.built():
            page.verdict.release_height()
        self.case_actions.refresh_cases()
        self._refresh()
        self.go_to(self.case.current_page, remember=False)

    # -- changes ------------------------------------------------------------
    def _change(
        self,
        write: Callable[[int], object],
        key: Hashable | None = None,
        show: Callable[[CaseData], None] | None = None,
        reload: bool = True,
    ) -> None:
        """Save one change to the open case at once (``write`` gets the case's number).

        A change the disk refuses waits, shown as made, under the "Not saved" bar (see
        save_state); one refused for itself is said in a dialog and the case shown as
        stored. ``reload=False`` (typing) only ``show``s the change, so the field keeps
        its cursor. Without an open case nothing happens.
        """
        case = self.case
        if case is None or case.id is None:
            return
        try:
            if self.saving.save(Change(key or once(), case.id, write, show)):
                self.statusBar().showMessage(self.tr("Saved."), 4000)
        except (UserError, ValueError) as exc:
            message = render(exc.msg) if isinstance(exc, UserError) else str(exc)
            self.asker.error(self.tr("Not saved"), message)
            self._shown_case_id = None  # every page shows what is stored, not what was tried
            reload = True
        if reload:
            self.reload_case()
        else:
            if show is not None:
                show(case)
            self._refresh()

    def _files_changed(self) -> None:
        """Files were added, filed or removed (by a panel): show the case as stored now."""
        self.reload_case()

    def reload_case(self) -> None:
        """Show the open case as stored now (after a change made outside ``_change``)."""
        if self.case is not None and self.case.id is not None:
            try:
                self.case = self.saving.overlay(self.store.load(self.case.id))
            except UserError as exc:
                self.asker.error(self.tr("Open case"), render(exc.msg))
                return
            self._refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.saving.may_close(self.asker):
            event.ignore()  # changes the disk would not take are still on screen
            return
        # An import in progress stops after the file in hand; what it added is kept.
        for page in self.pages.built():
            if page.files_panel is not None:
                page.files_panel.stop_work()
            for editor in page.editors:
                editor.stop_work()
        self.case_actions.bundles.stop_work()
        self.case_actions.purge()  # the deletes can no longer be undone
        remember_place(self, self.prefs)
        super().closeEvent(event)

    def add_suggested_entries(self, step_key: str, list_key: str) -> None:
        """Add the entries the plan suggests for this case (the records its area needs)."""
        case = self.case
        spec = list_by_key(step_by_key(step_key), list_key)
        if case is None or spec.suggest is None:
            return
        suggestions = spec.suggest(case)
        if not suggestions:
            self.statusBar().showMessage(self.tr("Everything usually needed is on the list."), 8000)
            return
        self._change(
            lambda case_id: self.store.add_entries(case_id, step_key, list_key, suggestions)
        )

    def _connect_editor(self, editor: CaseEditor) -> None:
        editor.field_changed.connect(self.set_field)
        editor.entry_added.connect(self.add_filled_entry)
        editor.entry_changed.connect(self.set_entry_value)
        editor.entry_removed.connect(self.remove_entry)
        editor.entry_moved.connect(self.move_entry)
        editor.check_in_requested.connect(self.check_in)
        editor.save_requested.connect(self.output.save_printout)
        editor.print_requested.connect(self.output.print_printout)
        editor.files_changed.connect(self._files_changed)
        editor.go_to_step.connect(self.go_to)

    def remove_entry(self, entry_id: int) -> None:
        question = self.tr("Remove this entry and everything written in it?")
        if self.asker.confirm(self.tr("Remove entry"), question):
            self._change(
                lambda case_id: self.store.remove_entry(case_id, entry_id),
                show=shown.removal(entry_id),
            )

    def export_checklist(self) -> None:
        from wizard import printouts

        if self.case is None:
            return
        self.output.save(
            self.tr("Save the checklist as PDF"),
            printout_file_name(
                self.case, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Checklist {name}.pdf")
            ),
            partial(printouts.export_checklist, large=self.prefs.large_print),
            self.tr("Checklist saved: {path}"),
        )

    def export_letter(self) -> None:
        """Save the records-request letter of step 3, filled from the case."""
        from wizard import printouts

        if self.case is None:
            return
        self.output.save(
            self.tr("Save the request letter as PDF"),
            printout_file_name(
                self.case,
                "MainWindow",
                QT_TRANSLATE_NOOP("MainWindow", "Records request {name}.pdf"),
            ),
            partial(printouts.export_letter, large=self.prefs.large_print),
            self.tr("Request letter saved: {path}"),
        )

    # -- navigation (the rest in wizard.ui.navigation) -------------------------
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        """Tab goes round the window in the order it reads (``wizard.ui.focus_order``)."""
        central = self.centralWidget()
        moved = central is not None and move_focus(central, next)
        return moved or super().focusNextPrevChild(next)

    # -- showing ------------------------------------------------------------
    def _refresh(self) -> None:
        case = self.case
        has_case = case is not None
        patient = self.case_actions.current_label()
        self.setWindowTitle(APP_NAME if case is None else f"{patient} \u2014 {APP_NAME}")
        self.patient_heading.setText(patient)
        self.patient_heading.setAccessibleName(self.tr("Patient: {name}").format(name=patient))
        self.patient_heading.setVisible(has_case)
        self.case_actions.show_state()
        self.export_action.setEnabled(has_case)
        self.print_action.setEnabled(has_case)
        self.step_list.setEnabled(has_case)
        evaluation = None if case is None else evaluate_all(case)
        # Another case (or the first): every page shows it at once, so no page keeps the
        # last patient's words; edits within a case fill only the page on screen.
        same_case = case is not None and case.id == self._shown_case_id
        self._shown_case_id = None if case is None else case.id
        self.overview.show_case(case, evaluation)
        overview_item = self.step_list.item(0)
        overview_item.setText(self.tr("Overview"))
        for row, step in enumerate(STEPS, start=1):
            item = self.step_list.item(row)
            if case is None:
                item.setText(f"{step.number}. {plan_text(step.short_title)}")
                continue
            assert evaluation is not None
            verdict = evaluation[step.key]
            # Only the page on screen is filled now; another is filled when it is opened
            # (a long question list or 2,000 records cost tens of ms on every keystroke).
            if step.key == self.page_key or (not same_case and self.pages.is_built(step.key)):
                self.pages[step.key].show_case(case, verdict)
                self._stale.discard(step.key)
            elif self.pages.is_built(step.key):
                self._stale.add(step.key)
            label = render(verdict.status.label)
            text = (
                f"{STATUS_MARK[verdict.status]} {step.number}. {plan_text(step.short_title)}"
                f"\n      {label}"
            )
            if item.text() != text:  # an unchanged item is not repainted
                item.setText(text)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{step.number}. {plan_text(step.short_title)}: {label}",
                )
        for page in self.pages.built():
            page.setEnabled(has_case)
        self._update_nav()


# Lines the patient's name up with the pages' own text (their margin, less the heading's).
PAGE_MARGIN = 19
