"""The step pages are built when first needed (wizard/ui/step_pages.py): the window starts
with the page on screen only; a page built later shows the case as it is now, in the
window's language, and building one never takes the focus from the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.a11y import write_full_case
from wizard.plan import PAGES


class WindowsShown(QObject):
    """Every other top-level window that is shown while it listens."""

    def __init__(self, main: QWidget) -> None:
        super().__init__()
        self.main = main
        self.shown: list[str] = []

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.main
        ):
            self.shown.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


def test_only_the_page_on_screen_is_built_at_start(make_window, data_dir, tmp_path, qtbot):
    case_id = write_full_case(data_dir, tmp_path)
    window = make_window()
    assert window.page_key == "overview" and window.pages.built() == []
    window.go_to("booking")
    assert [page.step.key for page in window.pages.built()] == ["booking"]
    window.close()
    window = make_window()  # it reopens where the user left off
    assert window.case is not None and window.case.id == case_id
    assert [page.step.key for page in window.pages.built()] == ["booking"]


def test_building_pages_keeps_the_focus_in_the_window(make_window, data_dir, tmp_path, qtbot):
    write_full_case(data_dir, tmp_path)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    watcher = WindowsShown(window)
    QApplication.instance().installEventFilter(watcher)
    try:
        for key in PAGES:
            window.go_to(key)
            qtbot.wait(1)
            assert QApplication.activeWindow() is window, f"the window lost the focus on {key}"
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.shown == [], "no part of a page may flash up as a window of its own"
    assert len(window.pages.built()) == len(PAGES) - 1


def test_a_page_built_later_shows_the_case_now_in_the_window_s_language(
    make_window, data_dir, tmp_path, qtbot
):
    write_full_case(data_dir, tmp_path)
    window = make_window()
    window.go_to("need")
    window.set_field("insurance", "insurer", "Insurer Built Later")
    window.switch_language("de")
    assert not window.pages.is_built("insurance")
    window.go_to("insurance")
    page = window.pages["insurance"]
    assert page.form is not None
    assert page.form.fields.texts["insurer"].text() == "Insurer Built Later"
    assert page.why_heading.text() == "Warum das wichtig ist"


def test_tab_and_page_switches_look_only_at_the_page_shown(
    make_window, data_dir, tmp_path, qtbot, monkeypatch
):
    """A long question list or 2,000 records on another page must not make every Tab and
    every page switch walk their widgets (it cost 100 ms a switch in a large case)."""
    from wizard.ui import main_window as main_window_module
    from wizard.ui.focus_order import in_layout_order

    write_full_case(data_dir, tmp_path)
    window = make_window()
    for key in PAGES:
        window.go_to(key)
    window.go_to("need")
    central = window.centralWidget()
    shown = set(in_layout_order(central, shown_only=True))
    every = set(in_layout_order(central))
    questions = set(in_layout_order(window.pages["questions"]))
    assert questions <= every and not questions & shown
    assert set(in_layout_order(window.pages["need"])) & shown

    walks = []
    real = main_window_module.move_focus
    monkeypatch.setattr(main_window_module, "move_focus", lambda *a: walks.append(a) or real(*a))
    field = window.pages["need"].form.fields.texts["condition"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    window.go_to("insurance")
    assert walks == [], "leaving a page did not make Qt look for the next control"
    assert window.pages["insurance"].heading.hasFocus()
