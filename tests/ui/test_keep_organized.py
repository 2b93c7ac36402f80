"""Step 9 in the window: the weekly check-in, the streak said plainly, and the documents
under their groups with those still to sort first."""

from __future__ import annotations

import datetime as dt
import io

from PySide6.QtCore import Qt

from wizard.store.case_files import NewFile
from wizard.ui.records_panel import GROUP_ROLE


def _window_with_case(make_window, asker, qtbot):
    window = make_window()
    asker.texts.append("Maria Example")
    qtbot.mouseClick(window.overview.create_button, Qt.MouseButton.LeftButton)
    window.go_to("organization")
    return window, window.pages["organization"]


def test_nothing_new_this_week_is_a_check_in_once_a_week(make_window, asker, qtbot):
    window, page = _window_with_case(make_window, asker, qtbot)
    editor = page.editors[0]
    assert "No weeks in a row yet" in editor.streak_label.text()
    assert "still open" in editor.week_label.text()
    assert editor.history.text() == "None yet."
    qtbot.mouseClick(editor.nothing_new, Qt.MouseButton.LeftButton)
    stored = window.store.load(window.case.id).entries_of("organization", "checkins")
    assert [(e.value("on"), e.value("kind")) for e in stored] == [
        (dt.date.today().isoformat(), "nothing_new")
    ]
    assert editor.streak_label.text() == "1 of 4 weeks in a row."
    assert editor.week_label.text() == "\u2713 This week's check-in is done."
    assert not editor.nothing_new.isEnabled()
    assert "nothing new" in editor.history.text()


def test_four_weeks_in_a_row_finish_the_habit_and_the_step(make_window, asker, qtbot):
    window, page = _window_with_case(make_window, asker, qtbot)
    today = dt.date.today()
    for weeks in (3, 2, 1):
        window.store.check_in(window.case.id, "nothing_new", today - dt.timedelta(weeks=weeks))
    window._files_changed()  # shown as stored
    editor = page.editors[0]
    assert "3 of 4 weeks in a row" in editor.streak_label.text()
    assert "Weeks in a row now: 3" in page.verdict.details.text()
    qtbot.mouseClick(editor.nothing_new, Qt.MouseButton.LeftButton)
    assert "habit is built" in editor.streak_label.text()
    assert page.verdict.headline.text() == "\u2713 Done."


def test_documents_show_under_their_groups_and_filing_them_is_the_check_in(
    make_window, asker, qtbot
):
    window, page = _window_with_case(make_window, asker, qtbot)
    store, case_id = window.store, window.case.id
    for name, category in (("lab.pdf", "labs"), ("bill.pdf", "receipts"), ("x.pdf", "")):
        store.files.put(
            case_id,
            io.BytesIO(b"%PDF-1.4 " + name.encode()),
            NewFile(name, "pdf", step="organization", category=category),
        )
    window._files_changed()
    panel = page.files_panel
    tree = panel.tree
    assert tree.topLevelItemCount() == 1  # everything still to sort
    to_sort = tree.topLevelItem(0)
    assert to_sort.text(0).startswith("To sort") and to_sort.childCount() == 3
    assert "Documents still to sort: 3" in page.verdict.details.text()

    # Keep the proposed groups: two are filed, the one without a proposal stays to sort.
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    groups = {
        tree.topLevelItem(n).data(0, GROUP_ROLE): tree.topLevelItem(n)
        for n in range(tree.topLevelItemCount())
    }
    assert set(groups) == {"-", "labs", "receipts"}
    assert groups["labs"].text(0) == "Labs (1)" and groups["labs"].child(0).text(0).startswith(
        "lab.pdf"
    )
    assert "Documents still to sort: 1" in page.verdict.details.text()
    assert page.editors[0].week_label.text() == "\u2713 This week's check-in is done."

    # A whole group is not removed in one click; a single document can be.
    tree.setCurrentItem(groups["labs"])
    assert not panel.remove_button.isEnabled()
    tree.setCurrentItem(groups["-"].child(0))
    assert panel.remove_button.isEnabled()
