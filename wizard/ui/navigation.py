"""Moving between the overview and the nine step pages: the window's step list, Next and
Back, and where the focus goes when a page opens (a mixin of the main window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QStackedWidget, QWidget

from wizard.errors import UserError
from wizard.plan import PAGES, CaseData, evaluate, step_by_key
from wizard.plan.case import OVERVIEW
from wizard.store import CaseStore
from wizard.ui.overview_page import OverviewPage
from wizard.ui.step_list import StepList
from wizard.ui.step_pages import StepPages

# The steps that show the case's files: the records, and the ongoing organisation.
FILES_STEPS = ("records", "organization")


def scrolling(page: QWidget) -> QScrollArea:
    """A page as the stack holds it: in a scroll area of its own."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # Not a Tab stop of its own (one that shows nothing): Page Up and Page Down on the page's
    # heading, or on any control that does not use them, scroll it.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class PageNavigation:
    """The window's pages, one at a time; ``go_to`` opens one (building it the first time)."""

    store: CaseStore
    case: CaseData | None
    page_key: str
    overview: OverviewPage
    pages: StepPages
    stack: QStackedWidget
    step_list: StepList
    back_button: QPushButton
    next_button: QPushButton
    _areas: dict[str, QScrollArea]  # each page's scroll area in the stack
    _stale: set[str]  # step pages whose case changed while another page was on screen

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self.go_to(PAGES[row])

    def go_to(self, key: str, remember: bool = True) -> None:
        if key not in PAGES:
            key = OVERVIEW
        if self.case is None:
            key = OVERVIEW
        self.page_key = key
        if key in self.pages:
            if key in self._stale and self.case is not None:
                self._stale.discard(key)
                self.pages[key].show_case(self.case, evaluate(step_by_key(key), self.case))
            self.pages[key].verdict.release_height()
        row = PAGES.index(key)
        focus = QApplication.focusWidget()
        if focus is not None and self.stack.isAncestorOf(focus):
            # Hiding the page that has the focus makes Qt look for the next control to
            # focus; the new page's heading takes it below anyway.
            focus.clearFocus()
        self.stack.setCurrentWidget(self._areas[key])  # a step page was built above if new
        if self.step_list.currentRow() != row:
            self.step_list.blockSignals(True)
            self.step_list.setCurrentRow(row)
            self.step_list.blockSignals(False)
        self._update_nav()
        if not self.step_list.hasFocus():  # arrowing through the steps keeps the focus there
            self._focus_heading()
        case = self.case
        if remember and case is not None and case.id is not None and case.current_page != key:
            case.current_page = key
            try:
                self.store.set_current_page(case.id, key)
            except UserError:
                pass  # where the user was is a comfort, not data worth an error

    def _focus_heading(self) -> None:
        """The page's heading takes the focus: a screen reader reads it, and Tab goes on from
        the top of the page, not from a control left behind on the page before."""
        page = self.pages.get(self.page_key, self.overview)
        page.heading.setFocus(Qt.FocusReason.OtherFocusReason)
        area = self.stack.currentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(page.heading)

    def go_next(self) -> None:
        index = PAGES.index(self.page_key)
        if self.case is not None and index + 1 < len(PAGES):
            self.go_to(PAGES[index + 1])

    def go_back(self) -> None:
        index = PAGES.index(self.page_key)
        if self.case is not None and index > 0:
            self.go_to(PAGES[index - 1])

    def _update_nav(self) -> None:
        index = PAGES.index(self.page_key)
        has_case = self.case is not None
        self.back_button.setEnabled(has_case and index > 0)
        self.next_button.setEnabled(has_case and index + 1 < len(PAGES))
