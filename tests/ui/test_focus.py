"""Where the focus goes, and that it shows: opening a page (Next, Back, the overview's
"Go to step", the list of steps) puts the focus on the page's heading, and every kind of
control shows a clear outline while it has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.ui.a11y import focused, rect_in, spoken_name, write_full_case
from wizard.plan import PAGES
from wizard.store import CaseStore

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def window(make_window, data_dir, qtbot):
    """A new case, as a user starts one: the overview offers to go to step 1."""
    with CaseStore.open(data_dir) as store:
        store.create_case("Sam Keyboard")
    opened = make_window()
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    return opened


def heading_of(window, key: str):
    return window.overview.heading if key == "overview" else window.pages[key].heading


def assert_on_heading(window, key: str) -> None:
    assert window.page_key == key
    heading = heading_of(window, key)
    assert focused() is heading, f"the focus is on {focused()!r}, not on the heading of {key}"
    assert spoken_name(heading) == heading.text()
    area = window.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    shown = QRect(area.viewport().mapTo(window, area.viewport().rect().topLeft()), area.size())
    assert shown.contains(rect_in(heading, window)), "the heading is scrolled out of sight"


def test_the_window_opens_with_the_focus_on_the_pages_heading(window):
    assert_on_heading(window, "overview")


def test_go_to_step_puts_the_focus_on_the_steps_heading(window, qtbot):
    """Not on the patient chooser, where the next Space would open the list of patients."""
    go = window.overview.next_button
    assert go.text() == "&Go to step 1"
    qtbot.keyClick(focused(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.page_key == "need")  # a button's shortcut shows it pressed
    assert_on_heading(window, "need")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert not window.case_combo.view().isVisible()
    assert focused() is heading_of(window, "need")


def test_next_and_back_put_the_focus_on_the_heading(window, qtbot):
    qtbot.mouseClick(window.next_button, CLICK)
    assert_on_heading(window, "need")
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.page_key == "insurance")
    assert_on_heading(window, "insurance")
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert_on_heading(window, "records")
    qtbot.mouseClick(window.back_button, CLICK)
    assert_on_heading(window, "insurance")
    qtbot.keyClick(focused(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert_on_heading(window, "need")


def test_a_page_scrolled_down_opens_at_its_heading(window, qtbot):
    window.go_to("records")
    area = window.stack.currentWidget()
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    window.go_to("need")
    qtbot.mouseClick(window.next_button, CLICK)
    qtbot.mouseClick(window.next_button, CLICK)
    assert_on_heading(window, "records")


def test_the_list_of_steps_opens_a_step_at_its_heading(window, qtbot):
    steps = window.step_list
    rect = steps.visualItemRect(steps.item(PAGES.index("booking")))
    qtbot.mouseClick(steps.viewport(), CLICK, pos=rect.center())
    assert_on_heading(window, "booking")
    # With the arrow keys the focus stays in the list, to go on choosing; Enter opens.
    steps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(steps, Qt.Key.Key_Down)
    assert window.page_key == "questions" and focused() is steps
    qtbot.keyClick(steps, Qt.Key.Key_Down)
    assert window.page_key == "appointment" and focused() is steps
    qtbot.keyClick(steps, Qt.Key.Key_Return)
    assert_on_heading(window, "appointment")


def test_shift_tab_from_the_heading_goes_to_the_list_of_steps(window, qtbot):
    """Above the page in the reading order: the steps beside it, then the patient."""
    window.go_to("need")
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.step_list


def test_page_down_on_the_heading_scrolls_the_page(window, qtbot):
    """The page's words between the controls can be read with the keyboard too."""
    qtbot.mouseClick(window.next_button, CLICK)
    bar = window.stack.currentWidget().verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)
    assert bar.value() > 0


def _edge(root: QWidget, widget: QWidget) -> tuple[QImage, QRect]:
    """The picture of ``widget`` and 3 pixels round it, as ``root`` draws it now (also where
    the page is scrolled away), and where the widget is in it."""
    rect = rect_in(widget, root)
    outer = rect.adjusted(-3, -3, 3, 3)
    return root.grab(outer).toImage(), rect.translated(-outer.topLeft())


def _edge_change(before: QImage, after: QImage, rect: QRect) -> float:
    """The share of the pixels along the edge of ``rect`` (3 pixels either side) that differ."""
    inner = rect.adjusted(3, 3, -3, -3)
    changed = total = 0
    for x in range(before.width()):
        for y in range(before.height()):
            if not inner.contains(x, y):
                total += 1
                changed += before.pixel(x, y) != after.pixel(x, y)
    return changed / max(total, 1)


def _kind(widget: QWidget) -> str:
    for base in type(widget).__mro__:
        if base.__module__.startswith("PySide6"):
            return base.__name__
    return type(widget).__name__


def test_the_focus_shows_on_every_kind_of_control(make_window, data_dir, tmp_path, qtbot):
    """Tab through every page of a full case: at the first control of each kind, the
    outline round it changes when the focus comes (a look at the pixels, not at a flag)."""
    write_full_case(data_dir, tmp_path)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen: dict[str, float] = {}

    def look_at(root: QWidget, widget: QWidget) -> None:
        """Tab away from ``widget`` (which has the focus), comparing its edge before and after."""
        kind = _kind(widget)
        if kind in seen or not widget.isVisible():
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
            return
        with_focus, rect = _edge(root, widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        seen[kind] = _edge_change(_edge(root, widget)[0], with_focus, rect)

    for key in PAGES:
        window.go_to(key)
        page = heading_of(window, key).parentWidget()
        for _ in range(400):
            widget = focused()
            if widget is None or not page.isAncestorOf(widget):
                break
            look_at(page, widget)
    # The window's own controls: the patient chooser, the buttons beside it, the steps.
    window.case_combo.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(4):
        look_at(window, focused())
    wanted = {"QLabel", "QLineEdit", "QPlainTextEdit", "QTextEdit", "QComboBox", "QCheckBox"}
    wanted |= {"QPushButton", "QListWidget", "QTreeWidget"}
    assert wanted <= set(seen), f"not reached with Tab: {wanted - set(seen)}"
    faint = {kind: share for kind, share in seen.items() if share < 0.2}
    assert not faint, f"the focus hardly shows on {faint}"
