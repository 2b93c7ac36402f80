"""Managing cases in the window: the patient chooser that never switches by itself, names in
use twice, the name dialog that stays open, archive, delete with undo, the case file."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from wizard.store import CaseStore
from wizard.ui.dialogs import TextDialog

LEFT = Qt.MouseButton.LeftButton


def new_case(window, asker, name, *confirms):
    asker.texts.append(name)
    asker.confirms.extend(confirms)
    window.new_action.trigger()
    return window.case


def chooser_texts(window):
    combo = window.case_combo
    return [combo.itemText(i) for i in range(combo.count())]


def wheel(widget, dy):
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_chooser_switches_only_when_opened_and_the_switch_shows(make_window, asker, qtbot):
    window = make_window()
    anna = new_case(window, asker, "Anna")
    ben = new_case(window, asker, "Ben")
    chooser = window.case_combo
    chooser.setFocus()
    for dy in (120, -120):  # the wheel, with the chooser focused or not
        wheel(chooser, dy)
        assert window.case.id == ben.id
    window.next_button.setFocus()
    wheel(chooser, 120)
    assert window.case.id == ben.id
    chooser.setFocus()
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Home, Qt.Key.Key_PageUp, Qt.Key.Key_A):
        qtbot.keyClick(chooser, key)
        assert window.case.id == ben.id and chooser.currentText() == "Ben"
        assert chooser.view().isVisible(), "the key opens the list instead"
        chooser.hidePopup()
    # Opened, then chosen: that switches, and the title and heading say so.
    qtbot.keyClick(chooser, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.view(), Qt.Key.Key_Up)
    assert window.case.id == ben.id  # moving in the open list is not yet a choice
    qtbot.keyClick(chooser.view(), Qt.Key.Key_Return)
    assert window.case.id == anna.id
    assert window.windowTitle() == "Anna \u2014 Second Opinion Planner"
    assert window.patient_heading.text() == "Anna" and window.patient_heading.isVisible()
    window.go_to("records")
    assert window.patient_heading.isVisible()  # above every page


def test_a_name_in_use_asks_first_and_both_are_told_apart(make_window, asker, qtbot):
    window = make_window()
    first = new_case(window, asker, "Maria Example")
    assert new_case(window, asker, " maria  example ", False).id == first.id  # said no
    assert "There is already a case called \u201cMaria Example\u201d" in asker.last_question
    assert len(window.store.list_cases()) == 1
    second = new_case(window, asker, "Maria Example", True)
    assert second.id != first.id
    assert chooser_texts(window) == ["Maria Example (no. 1)", "Maria Example (no. 2)"]
    assert window.windowTitle().startswith("Maria Example (no. 2) \u2014")

    # Step 1's date of birth tells them apart as soon as it is typed.
    window.go_to("need")
    date = window.pages["need"].form.dates["birth_date"].line
    qtbot.keyClicks(date, "03/03/1950")
    date.editingFinished.emit()
    assert window.case.value("need", "birth_date") == "1950-03-03"
    assert window.patient_heading.text() == "Maria Example (no. 2, born March 3, 1950)"
    assert window.case_combo.currentText() == "Maria Example (no. 2, born March 3, 1950)"

    # Renaming to a name in use asks too.
    asker.texts.append("Ben")
    window.rename_action.trigger()
    assert chooser_texts(window) == ["Ben", "Maria Example"]
    asker.texts.append("MARIA EXAMPLE")
    asker.confirms.append(False)
    window.rename_action.trigger()
    assert window.case.name == "Ben" and asker.confirms == []
    assert "already a case called \u201cMaria Example\u201d" in asker.last_question


def test_the_name_dialog_stays_open_and_says_what_is_wrong(qtbot):
    from wizard.store.cases import clean_name
    from wizard.ui.cases_menu import _name_problem

    dialog = TextDialog("New case", "Name:", check=_name_problem)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "Please type a name for the case."
    qtbot.keyClicks(dialog.line, "x" * 201)
    assert not dialog.problem.isVisible()  # typing hides the old sentence
    qtbot.mouseClick(ok, LEFT)
    assert "at most 200 letters" in dialog.problem.text() and dialog.isVisible()
    dialog.line.setText("Nora")
    qtbot.mouseClick(ok, LEFT)
    assert not dialog.isVisible() and dialog.result() == 1
    assert clean_name(dialog.value()) == "Nora"


def test_delete_says_what_is_shown_and_can_be_undone_until_closing(make_window, asker, qtbot):
    window = make_window()
    anna = new_case(window, asker, "Anna")
    ben = new_case(window, asker, "Ben")
    window.pages["need"].items["need.serious"].box.click()

    asker.confirms.append(True)
    window.delete_action.trigger()
    assert "You can undo this until you close the program" in asker.last_question
    assert window.case.id == anna.id
    assert window.notice.isVisible()
    assert window.notice.text.text() == "\u201cBen\u201d is deleted. Now showing \u201cAnna\u201d."
    assert chooser_texts(window) == ["Anna"]
    assert window.store.list_cases() == [(anna.id, "Anna")]
    assert window.case_actions.undo_action.isEnabled()

    qtbot.mouseClick(window.notice.action_button, LEFT)
    assert window.case.id == ben.id and window.case.is_ticked("need", "need.serious")
    assert window.notice.text.text() == "\u201cBen\u201d is back."
    assert chooser_texts(window) == ["Anna", "Ben"]

    # Deleted twice: the menu's undo works after the notice is gone, latest first.
    for _ in range(2):
        asker.confirms.append(True)
        window.delete_action.trigger()
    assert window.case is None
    assert window.notice.text.text() == "\u201cAnna\u201d is deleted. No case is open now."
    assert "Welcome" in window.overview.title.text()
    qtbot.mouseClick(window.notice.close_button, LEFT)
    assert not window.notice.isVisible()
    assert window.case_actions.undo_action.text() == "&Undo the delete of \u201cAnna\u201d"
    window.case_actions.undo_action.trigger()
    assert window.case.id == anna.id
    window.close()  # now the delete of Ben is final

    again = make_window()
    assert again.store.list_cases() == [(anna.id, "Anna")]
    assert not again.case_actions.undo_action.isEnabled()
    ticks = again.store.db.execute("SELECT count(*) FROM ticks WHERE case_id = ?", [ben.id])
    assert ticks.fetchone()[0] == 0


def test_a_delete_left_by_a_crash_is_finished_at_the_next_start(make_window, data_dir):
    with CaseStore.open(data_dir) as store:
        gone = store.create_case("Gone")
        kept = store.create_case("Kept")
        store.set_setting("last_case", str(gone.id))
        store.discard(gone.id)  # the window that did this died before it closed
    window = make_window()
    assert window.case.id == kept.id
    rows = window.store.db.execute("SELECT id FROM cases").fetchall()
    assert rows == [(kept.id,)]


def test_archive_hides_keeps_and_is_not_reopened(make_window, asker, qtbot):
    window = make_window()
    anna = new_case(window, asker, "Anna")
    ben = new_case(window, asker, "Ben")
    window.pages["need"].items["need.serious"].box.click()
    assert window.case_actions.archive_action.text() == "Arc&hive case"
    window.case_actions.archive_action.trigger()
    assert window.case.id == anna.id
    assert chooser_texts(window) == ["Anna"]
    assert window.notice.text.text() == (
        "\u201cBen\u201d is archived: it is kept, but no longer in the list of cases. "
        "Now showing \u201cAnna\u201d."
    )
    assert window.store.load(ben.id).is_ticked("need", "need.serious")
    qtbot.mouseClick(window.notice.action_button, LEFT)  # Undo
    assert window.case.id == ben.id and chooser_texts(window) == ["Anna", "Ben"]
    window.case_actions.archive_action.trigger()
    window.open_case(ben.id)  # opened from the caseload with "Show archived cases"
    assert window.case_combo.currentText() == "Ben (archived)"
    assert window.patient_heading.text() == "Ben (archived)"
    window.close()

    again = make_window()  # the last case shown was archived: not the one reopened
    assert again.case.id == anna.id
    assert [listing.archived for listing in again.store.listings()] == [False, True]
    again.open_case(ben.id)
    again.case_actions.archive_action.trigger()  # Unarchive
    assert chooser_texts(again) == ["Anna", "Ben"]
    assert again.notice.text.text() == "\u201cBen\u201d is in the list of cases again."


def test_the_case_file_goes_out_and_comes_in_from_the_case_menu(make_window, asker, tmp_path):
    window = make_window()
    case = new_case(window, asker, "Paula Export")
    window.pages["need"].form.checks["reason_rare_disease"].box.click()
    asker.paths.append(tmp_path / "paula")  # typed without .json
    window.case_actions.export_action.trigger()
    written = tmp_path / "paula.json"
    data = json.loads(written.read_text("utf-8"))
    assert data["case"]["name"] == "Paula Export"
    assert data["case"]["steps"]["need"]["fields"]["reason_rare_disease"] == "yes"
    assert asker.suggested.name == "Case file Paula Export.json"
    assert "It is not encrypted" in window.notice.text.text()

    bad = tmp_path / "bad.json"
    bad.write_text("{}", "utf-8")
    asker.opened.append([bad, written])
    asker.confirms.append(True)  # "Paula Export" is in use: import anyway
    window.case_actions.import_action.trigger()
    assert asker.errors and "is not a valid case file" in asker.errors[0]
    assert "There is already a case called \u201cPaula Export\u201d" in asker.last_question
    assert window.case.id != case.id and window.case.name == "Paula Export"
    assert window.case.value("need", "reason_rare_disease") == "yes"
    assert window.notice.text.text() == (
        f"\u201cPaula Export (no. {window.case.id})\u201d is imported as case number "
        f"{window.case.id}."
    )
    assert chooser_texts(window) == [
        f"Paula Export (no. {case.id})",
        f"Paula Export (no. {window.case.id})",
    ]

    # The data folder itself is refused, in a sentence.
    asker.paths.append(window.store.data_dir / "cases.json")
    window.case_actions.export_action.trigger()
    assert "is inside the program's data folder" in asker.errors[-1]
