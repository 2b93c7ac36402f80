"""Accessibility, checked on every page of a full case (and the window's dialogs): each
control has a name a screen reader says, repeated names are told apart, each input is tied
to its label, Tab follows the reading order and reaches every control, and a status is
never told by colour alone.

The checks walk the widgets that exist, so a form added later is checked as well.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.ui.a11y import (
    buddy_labels,
    describe,
    description,
    needs_own_label,
    reading_order_breaks,
    says_a_word,
    shown_controls,
    spoken_name,
    tab_stop,
    tab_walk,
    write_full_case,
)
from wizard.plan import PAGES


@pytest.fixture
def full_window(make_window, data_dir, tmp_path, qtbot):
    write_full_case(data_dir, tmp_path)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def page_widget(window, key: str) -> QWidget:
    return window.overview if key not in window.pages else window.pages[key]


def each_page(window, qtbot):
    """Opens each page in turn; yields its key and its widget."""
    for key in PAGES:
        window.go_to(key)
        qtbot.wait(1)  # let the layouts settle
        yield key, page_widget(window, key)


def dialogs(window, qtbot, tmp_path):
    """The dialogs that can be open beside the window without blocking it: all cases,
    an import's summary, a series' picture. Yields each, shown."""
    from tests.records.disc import make_disc
    from wizard.ui.picture_dialog import PictureDialog

    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    caseload = window.case_actions.caseload
    assert caseload is not None and caseload.isVisible()
    yield caseload
    caseload.close()

    panel = window.pages["records"].files_panel
    window.go_to("records")
    dialog = panel.import_paths([make_disc(tmp_path / "again", damaged=2)])
    qtbot.waitUntil(lambda: dialog.finished_work, timeout=60_000)
    qtbot.wait(20)  # the queued summary
    assert dialog.problems.isVisible()
    yield dialog
    dialog.accept()

    files = window.case.files
    assert files.count
    series = next(f for f in window.store.files.list(window.case.id) if f.kind == "dicom")
    picture = PictureDialog(window.store, window.case.id, series.id, "Series 1", window)
    picture.show()
    qtbot.waitUntil(lambda: picture.job is None or picture.job.finished, timeout=30_000)
    yield picture
    picture.close()


def test_every_control_has_a_name_that_a_screen_reader_says(full_window, qtbot, tmp_path):
    problems = []

    def check(where: str, root: QWidget) -> None:
        for widget in shown_controls(root):
            if not says_a_word(spoken_name(widget)):
                problems.append(f"{where}: {describe(widget)} has no name in words")

    for key, _page in each_page(full_window, qtbot):
        check(key, full_window)
    for dialog in dialogs(full_window, qtbot, tmp_path):
        check(dialog.objectName(), dialog)
    assert not problems, "\n".join(problems)


def test_controls_with_the_same_name_are_told_apart(full_window, qtbot, tmp_path):
    """Six "Remove" buttons, or two "Who answered" fields, are told apart by a description
    (which entry, which question), as a screen reader's list of controls shows them."""
    problems = []

    def check(where: str, root: QWidget) -> None:
        by_name: dict[tuple[str, str], list[QWidget]] = defaultdict(list)
        for widget in shown_controls(root):
            by_name[(type(widget).__name__, spoken_name(widget))].append(widget)
        for (_kind, name), widgets in by_name.items():
            if len(widgets) < 2:
                continue
            told = [description(w) for w in widgets]
            if not all(told) or len(set(told)) < len(told):
                problems.append(f"{where}: {len(widgets)} x {name!r}, described as {told}")

    for key, _page in each_page(full_window, qtbot):
        check(key, full_window)
    for dialog in dialogs(full_window, qtbot, tmp_path):
        check(dialog.objectName(), dialog)
    assert not problems, "\n".join(problems)


def test_every_input_is_tied_to_its_label(full_window, qtbot, tmp_path):
    """A field's label is its buddy: clicking the label or pressing its Alt key goes to
    the field, and a screen reader reads the label with it."""
    problems = []

    def check(where: str, root: QWidget) -> None:
        for widget in shown_controls(root):
            if not needs_own_label(widget):
                continue
            labels = [label for label in buddy_labels(widget) if label.isVisible()]
            if not any(any(ch.isalnum() for ch in label.text()) for label in labels):
                problems.append(f"{where}: {describe(widget)} has no label tied to it")

    for key, _page in each_page(full_window, qtbot):
        check(key, full_window)
    for dialog in dialogs(full_window, qtbot, tmp_path):
        check(dialog.objectName(), dialog)
    assert not problems, "\n".join(problems)


def test_tab_goes_through_each_page_in_reading_order(full_window, qtbot):
    problems = []
    for key, page in each_page(full_window, qtbot):
        heading = page.heading
        assert tab_stop(heading), f"{key}: the heading is not a tab stop"
        sequence = tab_walk(qtbot, heading, within=page)
        problems += [f"{key}: {b}" for b in reading_order_breaks(sequence, page)]
        reached = set(sequence)
        for widget in shown_controls(page):
            if tab_stop(widget) and widget not in reached:
                problems.append(f"{key}: Tab never reaches {describe(widget)}")
    assert not problems, "\n".join(problems)


def test_tab_goes_round_the_window_in_reading_order(full_window, qtbot):
    """The patient chooser and the case buttons, the steps, the page, Back and Next."""
    window = full_window
    for key, _page in each_page(window, qtbot):
        # The page scrolls: its controls count as one block, where the page stands.
        sequence: list[QWidget] = []
        for widget in tab_walk(qtbot, window.case_combo):
            shown = window.stack if window.stack.isAncestorOf(widget) else widget
            if not sequence or sequence[-1] is not shown:
                sequence.append(shown)
        breaks = reading_order_breaks(sequence, window)
        assert not breaks, f"{key}:\n" + "\n".join(breaks)
        assert (
            sequence[-2:] == [window.back_button, window.next_button]
            or (sequence[-1] is window.next_button and not window.back_button.isEnabled())
            or (sequence[-1] is window.back_button and not window.next_button.isEnabled())
        )


def test_tab_goes_through_the_dialogs_in_reading_order(full_window, qtbot, tmp_path):
    for dialog in dialogs(full_window, qtbot, tmp_path):
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        stops = [w for w in dialog.findChildren(QWidget) if tab_stop(w) and not w.focusProxy()]
        first = min(stops, key=lambda w: (w.mapTo(dialog, w.rect().topLeft()).y(), w.x()))
        sequence = tab_walk(qtbot, first, within=dialog)
        breaks = reading_order_breaks(sequence, dialog)
        assert not breaks, f"{dialog.objectName()}:\n" + "\n".join(breaks)
        assert set(stops) <= set(sequence)


MARKS = ("\u2713", "\u25cb", "\u25d0", "\u25cf", "\u26a0")  # ✓ ○ ◐ ● ⚠


def _marked(text: str) -> bool:
    return text[:1] in MARKS and says_a_word(text)


def test_no_status_is_told_by_colour_alone(full_window, qtbot):
    """Each status (a step's, a verdict, a date, a check-in, a problem, a late case) has a
    word and a mark as well as its colour."""
    from wizard.ui.caseload import LATE_COLOUR, NEXT_DATE

    window = full_window
    late = window.store.create_case("Late Example")
    assert late.id is not None
    request = window.store.add_entry(late.id, "records", "requests")
    for key, value in (("to_whom", "Old Clinic"), ("sent_on", "2025-01-06"), ("basis", "gdpr")):
        window.store.set_entry_value(late.id, request, key, value)
    statuses: list[tuple[str, str]] = []
    for row in range(1, window.step_list.count()):
        statuses.append(("steps", window.step_list.item(row).text()))
    for key, page in each_page(window, qtbot):
        if key in window.pages:
            statuses += [(key, page.status.text()), (key, page.verdict.headline.text())]
        for label in page.findChildren(QLabel):
            if label.isVisible() and label.property("role") == "problem":
                statuses.append((key, label.text()))
    window.go_to("overview")
    statuses += [("dates", label.text()) for label in window.overview.date_labels]
    checkins = window.pages["organization"].editors[0]
    statuses.append(("check-ins", checkins.week_label.text()))

    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    table = window.case_actions.caseload.table
    model = table.model()
    red = [
        model.index(row, NEXT_DATE)
        for row in range(model.rowCount())
        if model.index(row, NEXT_DATE).data(Qt.ItemDataRole.ForegroundRole) is not None
        and model.index(row, NEXT_DATE).data(Qt.ItemDataRole.ForegroundRole).color() == LATE_COLOUR
    ]
    assert red, "the late case shows no late date"
    statuses += [("caseload", index.data()) for index in red]
    window.case_actions.caseload.close()

    assert len(statuses) > 30
    unmarked = [f"{where}: {text!r}" for where, text in statuses if not _marked(text)]
    assert not unmarked, "\n".join(unmarked)
