from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel

from wizard.errors import UserError
from wizard.plan import PAGES, STEPS
from wizard.ui.step_form import date_format


def _create_case(window, asker, qtbot, name="Maria Example"):
    asker.texts.append(name)
    qtbot.mouseClick(window.overview.create_button, Qt.MouseButton.LeftButton)
    assert window.case is not None
    return window.case


def _open_step(window, qtbot, key):
    row = PAGES.index(key)
    rect = window.step_list.visualItemRect(window.step_list.item(row))
    qtbot.mouseClick(window.step_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.page_key == key


def test_first_start_welcomes_and_offers_to_create_a_case(make_window):
    window = make_window()
    assert window.case is None
    assert "Welcome" in window.overview.title.text()
    assert window.overview.create_button.isVisible()
    assert not window.step_list.isEnabled()
    assert not window.next_button.isEnabled()


def test_create_tick_two_steps_close_and_reopen(make_window, asker, qtbot):
    window = make_window()
    case = _create_case(window, asker, qtbot)
    assert window.windowTitle().startswith("Maria Example")
    assert window.case_combo.currentText() == "Maria Example"

    _open_step(window, qtbot, "need")
    box = window.pages["need"].items["need.serious"]
    qtbot.mouseClick(box.box, Qt.MouseButton.LeftButton)
    assert box.isChecked()

    _open_step(window, qtbot, "records")
    label = window.pages["records"].items["records.discharge"].label
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)  # the wrapped text toggles too
    assert window.pages["records"].items["records.discharge"].isChecked()
    assert "In progress" in window.step_list.item(PAGES.index("records")).text()
    window.close()

    again = make_window()
    assert again.case.id == case.id
    assert again.page_key == "records"
    assert again.stack.currentWidget().widget() is again.pages["records"]  # its scroll area
    assert again.pages["need"].items["need.serious"].isChecked()
    assert not again.pages["need"].items["need.complex"].isChecked()
    assert again.pages["records"].items["records.discharge"].isChecked()
    assert "In progress" in again.step_list.item(PAGES.index("need")).text()
    assert "Not started" in again.step_list.item(PAGES.index("booking")).text()


def test_verdict_is_live_and_names_what_is_missing(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    page = window.pages["comparison"]
    window.go_to("comparison")
    assert "Still missing: 3." in page.verdict.headline.text()
    assert "Tell your second medical team" in page.verdict.details.text()
    today = QDate.currentDate().toString(date_format())
    qtbot.keyClicks(page.form.notes["chosen_path"], "Surgery in spring")
    assert "Still missing: 2." in page.verdict.headline.text()
    assert "treatment path you chose" not in page.verdict.details.text()
    for key in ("first_team_told", "second_team_told"):
        qtbot.keyClicks(page.form.dates[key].line, today)
    assert page.verdict.headline.text() == "\u2713 Done."
    assert page.status.text() == "\u2713 Status: Done"
    assert window.step_list.item(PAGES.index("comparison")).text().startswith("\u2713")
    assert "1 of 9 steps done" in window.overview.progress_label.text()
    stored = window.store.load(window.case.id)
    assert stored.value("comparison", "chosen_path") == "Surgery in spring"


def test_own_word_is_stored_and_shown_as_such(make_window, asker, qtbot, store_of=None):
    window = make_window()
    case = _create_case(window, asker, qtbot)
    page = window.pages["insurance"]
    window.go_to("insurance")
    qtbot.mouseClick(page.own_word.box, Qt.MouseButton.LeftButton)
    assert "Done by your own word on" in page.verdict.headline.text()
    assert "yourself" in page.verdict.details.text()
    assert "Done (your own word)" in window.step_list.item(PAGES.index("insurance")).text()
    assert "insurance" in window.store.load(case.id).own_word
    page.own_word.box.click()
    assert "insurance" not in window.store.load(case.id).own_word
    assert "Not done yet" in page.verdict.headline.text()


def test_overview_next_action_goes_to_the_step(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    overview = window.overview
    assert "Step 1:" in overview.next_step.text()
    assert "Tick at least one clear reason" in overview.next_action.text()
    for box in window.pages["need"].items.values():
        box.box.click()
    assert "Step 1:" in overview.next_step.text(), "ticking advice is not the step's rule"
    window.pages["need"].form.checks["reason_planned_surgery"].box.click()
    assert "Step 2:" in overview.next_step.text()
    qtbot.mouseClick(overview.next_button, Qt.MouseButton.LeftButton)
    assert window.page_key == "insurance"


def test_walk_all_pages_with_the_keyboard_only(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen = [window.page_key]
    for _ in STEPS:
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        seen.append(window.page_key)
        if window.page_key != "overview":
            title = window.pages[window.page_key].title.text()
            assert title and window.stack.currentWidget().widget().isVisible()
    assert seen == list(PAGES)
    assert not window.next_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.page_key == "comparison"

    # The Next button answers Space once it has focus; a check box answers Space too.
    window.go_to("need")
    window.next_button.setFocus()
    qtbot.keyClick(window.next_button, Qt.Key.Key_Space)
    assert window.page_key == "insurance"
    box = window.pages["insurance"].items["insurance.call"]
    box.box.setFocus()
    qtbot.keyClick(box.box, Qt.Key.Key_Space)
    assert window.store.load(window.case.id).is_ticked("insurance", "insurance.call")

    # The step list moves with the arrow keys.
    window.step_list.setFocus()
    qtbot.keyClick(window.step_list, Qt.Key.Key_Down)
    assert window.page_key == "records"


def test_every_control_on_a_page_is_reachable_with_tab(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    window.go_to("records")
    page = window.pages["records"]
    wanted = {id(b.box) for b in page.items.values()} | {id(page.own_word.box)}
    window.step_list.setFocus()
    reached = set()
    for _ in range(40):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.add(id(window.focusWidget()))
    assert wanted <= reached
    assert id(window.next_button) in reached


def test_rename_and_delete_with_confirmation(make_window, asker, qtbot):
    window = make_window()
    first = _create_case(window, asker, qtbot, "Anna")
    _create_case(window, asker, qtbot, "Ben")
    assert [window.case_combo.itemText(i) for i in range(2)] == ["Anna", "Ben"]

    asker.texts.append("Benjamin")
    window.rename_action.trigger()
    assert window.case.name == "Benjamin"
    assert window.case_combo.currentText() == "Benjamin"

    asker.confirms.append(False)
    window.delete_action.trigger()
    assert "Benjamin" in asker.last_question
    assert len(window.store.list_cases()) == 2

    asker.confirms.append(True)
    window.delete_action.trigger()
    assert window.store.list_cases() == [(first.id, "Anna")]
    assert window.case.id == first.id

    asker.confirms.append(True)
    window.delete_action.trigger()
    assert window.case is None
    assert "Welcome" in window.overview.title.text()


def test_switching_cases_shows_only_that_case(make_window, asker, qtbot):
    window = make_window()
    anna = _create_case(window, asker, qtbot, "Anna")
    window.pages["need"].items["need.serious"].box.click()
    ben = _create_case(window, asker, qtbot, "Ben")
    assert not window.pages["need"].items["need.serious"].isChecked()
    window.case_combo.activated.emit(window.case_combo.findData(anna.id))
    assert window.case.id == anna.id
    assert window.pages["need"].items["need.serious"].isChecked()
    assert ben.id != anna.id


def test_empty_case_name_gets_a_sentence_and_no_case(make_window, asker, qtbot):
    window = make_window()
    asker.texts += ["   ", None]  # the dialog stays open and says why; then cancelled
    window.new_action.trigger()
    assert asker.problems == ["Please type a name for the case."]
    assert asker.errors == []
    assert window.store.list_cases() == []
    asker.texts += ["", "Nora"]  # said why, then a name
    window.new_action.trigger()
    assert [name for _, name in window.store.list_cases()] == ["Nora"]


def test_failed_save_says_so_and_shows_what_is_stored(make_window, asker, qtbot, monkeypatch):
    window = make_window()
    case = _create_case(window, asker, qtbot)

    def full_disk(*args, **kwargs):
        raise UserError(
            "Your last change could not be saved ({reason}); free some disk space "
            "or check the data folder {path}, then try again.",
            reason="disk full",
            path="/data",
        )

    monkeypatch.setattr(window.store, "set_tick", full_disk)
    box = window.pages["need"].items["need.serious"]
    box.box.click()
    assert asker.errors and "could not be saved" in asker.errors[0]
    assert not box.isChecked()
    assert window.store.load(case.id).ticks == {}


def test_export_checklist_from_the_window(make_window, asker, qtbot, tmp_path):
    from pypdf import PdfReader

    window = make_window()
    _create_case(window, asker, qtbot, "Paula Print")
    asker.paths.append(tmp_path / "my checklist")
    window.export_action.trigger()
    out = tmp_path / "my checklist.pdf"
    assert out.exists()
    assert "Paula Print" in PdfReader(out).pages[0].extract_text()
    assert asker.suggested.name == "Checklist Paula Print.pdf"

    asker.paths.append(tmp_path / "missing-folder" / "x.pdf")
    window.export_action.trigger()
    assert asker.errors and "Could not write" in asker.errors[-1]


def test_printout_language_is_stored_per_case(make_window, asker, qtbot):
    window = make_window()
    case = _create_case(window, asker, qtbot)
    combo = window.overview.language
    combo.activated.emit(combo.findData("es"))
    assert window.store.load(case.id).language == "es"


def test_export_never_silently_replaces_a_file(make_window, asker, qtbot, tmp_path):
    window = make_window()
    _create_case(window, asker, qtbot, "Anna Meier/Schmidt")
    existing = tmp_path / "list.pdf"
    existing.write_bytes(b"keep me")
    asker.paths.append(tmp_path / "list")  # typed without .pdf: the dialog could not warn
    asker.confirms.append(False)
    window.export_action.trigger()
    assert "list.pdf" in asker.last_question
    assert existing.read_bytes() == b"keep me"
    assert asker.suggested.name == "Checklist Anna Meier-Schmidt.pdf"
    assert asker.suggested.parent == Path.home()


def test_export_refuses_the_data_folder_and_links_with_a_sentence(
    make_window, asker, qtbot, tmp_path, data_dir
):
    window = make_window()
    _create_case(window, asker, qtbot, "Paula Print")
    database = data_dir / "cases.db"
    before = database.read_bytes()
    asker.paths.append(database)
    window.export_action.trigger()
    assert len(asker.errors) == 1
    assert "is inside the program's data folder" in asker.errors[0]
    assert database.read_bytes() == before

    # Typed without .pdf, so the window adds it; the link is refused before any question.
    (tmp_path / "list.pdf").symlink_to(database)
    asker.paths.append(tmp_path / "list")
    window.export_action.trigger()
    assert "is a symbolic link" in asker.errors[-1]
    assert (tmp_path / "list.pdf").is_symlink() and database.read_bytes() == before
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".part")]


def test_step_one_form_is_filled_with_the_real_widgets(make_window, asker, qtbot, data_dir):
    window = make_window()
    _create_case(window, asker, qtbot)
    window.go_to("need")
    page = window.pages["need"]
    form = page.form
    condition = form.texts["condition"]
    condition.setFocus()
    qtbot.keyClicks(condition, "Heart valve")
    # Each keystroke was saved, and the field kept its cursor and every letter.
    assert condition.text() == "Heart valve"
    assert condition.cursorPosition() == len("Heart valve")
    assert window.case.value("need", "condition") == "Heart valve"
    area = form.choices["area"]
    area.setCurrentIndex(area.findData("cardiology"))
    area.activated.emit(area.currentIndex())
    assert form.labels["condition"].buddy() is condition
    assert page.verdict.isVisible()
    assert "Tick at least one clear reason" in " ".join(
        label.text() for label in page.verdict.findChildren(QLabel)
    )
    form.checks["reason_unsure"].box.click()
    assert window.step_list.item(1).text().startswith("\u25d0")
    assert "Feeling unsure is a fair reason" in " ".join(
        label.text() for label in page.verdict.findChildren(QLabel)
    )
    form.checks["reason_rare_disease"].box.click()
    assert "Done" in page.status.text()
    from wizard.store import CaseStore

    window.store.close()
    with CaseStore.open(data_dir) as store:
        stored = store.load(window.case.id)
    assert stored.fields == {
        "need": {
            "condition": "Heart valve",
            "area": "cardiology",
            "reason_unsure": "yes",
            "reason_rare_disease": "yes",
        }
    }


def test_a_tick_never_moves_the_next_item_from_under_the_pointer(make_window, asker, qtbot):
    window = make_window()
    window.resize(800, 500)
    _create_case(window, asker, qtbot)
    window.go_to("records")
    qtbot.wait(10)
    page = window.pages["records"]
    area = window.stack.currentWidget()
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    boxes = list(page.items.values())
    viewport = area.viewport()
    for index in range(len(boxes) - 1):
        below = boxes[index + 1]
        before = below.box.mapTo(viewport, below.box.rect().center())
        qtbot.mouseClick(boxes[index].box, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        after = below.box.mapTo(viewport, below.box.rect().center())
        assert after == before, f"item {index + 2} moved from {before} to {after}"
    assert all(box.isChecked() for box in boxes[:-1])


def test_insurance_form_checks_dates_and_amounts_and_keeps_what_was_typed(
    make_window, asker, qtbot
):
    window = make_window()
    _create_case(window, asker, qtbot)
    window.go_to("insurance")
    form = window.pages["insurance"].form
    amount = form.texts["out_of_pocket"]
    amount.setFocus()
    qtbot.keyClicks(amount, "-20")
    amount.editingFinished.emit()
    assert amount.text() == "-20", "nothing typed is thrown away"
    assert form.problems["out_of_pocket"].isVisible()
    assert "below zero" in form.problems["out_of_pocket"].text()
    assert window.case.value("insurance", "out_of_pocket") == ""
    amount.clear()
    qtbot.keyClicks(amount, "150.5")
    amount.editingFinished.emit()
    assert not form.problems["out_of_pocket"].isVisible()
    assert window.case.value("insurance", "out_of_pocket") == "150.50"
    assert amount.text() == "150.5", "the field keeps what the user typed"

    date = form.dates["referral_obtained_on"].line
    date.setFocus()
    qtbot.keyClicks(date, "13/45/2026")
    date.editingFinished.emit()
    assert date.text() == "13/45/2026"
    assert "not a date" in form.problems["referral_obtained_on"].text()
    date.clear()
    qtbot.keyClicks(date, "11/20/2026")  # the English short form
    date.editingFinished.emit()
    assert window.case.value("insurance", "referral_obtained_on") == "2026-11-20"
    assert not form.problems["referral_obtained_on"].isVisible()

    calls = form.lists["calls"]
    assert calls.empty.isVisible()
    qtbot.mouseClick(calls.add_button, Qt.MouseButton.LeftButton)
    (entry_id,) = calls.entries
    entry_form = calls.entries[entry_id][1]
    qtbot.keyClicks(entry_form.texts["who"], "Ms Lee")
    assert [e.values for e in window.case.entries_of("insurance", "calls")] == [{"who": "Ms Lee"}]
    assert entry_form.texts["who"].text() == "Ms Lee"
    asker.confirms.append(True)
    calls.entries[entry_id][2].click()
    assert window.case.entries_of("insurance", "calls") == []
    assert window.store.load(window.case.id).entries_of("insurance", "calls") == []


def test_records_usually_needed_are_added_for_the_area(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    window.go_to("need")
    need = window.pages["need"].form
    need.choices["area"].setCurrentIndex(need.choices["area"].findData("pulmonology"))
    need.choices["area"].activated.emit(need.choices["area"].currentIndex())
    window.go_to("records")
    items = window.pages["records"].form.lists["items"]
    assert items.suggest_button.isVisible()
    qtbot.mouseClick(items.suggest_button, Qt.MouseButton.LeftButton)
    kinds = [e.value("kind") for e in window.case.entries_of("records", "items")]
    assert kinds[-2:] == ["lung_function", "chest_ct"] and len(kinds) == 8
    assert len(items.entries) == 8
    first_form = next(iter(items.entries.values()))[1]
    assert first_form.choices["status"].currentData() == "needed"
    qtbot.mouseClick(items.suggest_button, Qt.MouseButton.LeftButton)
    assert len(window.case.entries_of("records", "items")) == 8, "nothing added twice"


def test_the_request_letter_is_saved_from_the_records_page(make_window, asker, qtbot, tmp_path):
    from pypdf import PdfReader

    window = make_window()
    _create_case(window, asker, qtbot)
    window.go_to("records")
    page = window.pages["records"]
    asker.paths.append(tmp_path / "letter")
    qtbot.mouseClick(page.letter_button, Qt.MouseButton.LeftButton)
    assert "Records request" in asker.suggested.name
    written = tmp_path / "letter.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(written).pages)
    assert "45 CFR 164.524" in text  # an English case with no request yet: HIPAA
    assert "Request letter saved" in window.statusBar().currentMessage()


def test_the_wheel_over_a_list_scrolls_the_page_and_changes_no_answer(make_window, asker, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    window = make_window()
    _create_case(window, asker, qtbot)
    window.go_to("insurance")
    combo = window.pages["insurance"].form.choices["referral_required"]
    combo.setCurrentIndex(combo.findData("yes"))
    combo.activated.emit(combo.currentIndex())
    window.next_button.setFocus()
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(combo.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    assert combo.currentData() == "yes"
    assert window.case.value("insurance", "referral_required") == "yes"


def test_what_cannot_be_stored_stays_typed_while_other_fields_change(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    window.go_to("insurance")
    form = window.pages["insurance"].form
    amount = form.texts["out_of_pocket"]
    amount.setFocus()
    qtbot.keyClicks(amount, "150")
    amount.clear()
    qtbot.keyClicks(amount, "-5")
    amount.editingFinished.emit()
    currency = form.choices["currency"]
    currency.setCurrentIndex(currency.findData("EUR"))
    currency.activated.emit(currency.currentIndex())
    assert amount.text() == "-5", "another field's save must not overwrite what was typed"
    assert "below zero" in form.problems["out_of_pocket"].text()
    window.translators.switch("de")
    window.retranslate()
    assert "unter null" in form.problems["out_of_pocket"].text()
    window.translators.switch("en")
    window.retranslate()


def test_an_edit_fills_only_the_page_on_screen_and_another_page_when_it_is_opened(
    make_window, asker, qtbot, monkeypatch
):
    window = make_window()
    _create_case(window, asker, qtbot)
    _open_step(window, qtbot, "need")
    filled: list[str] = []
    for key, page in window.pages.items():
        original = page.show_case
        monkeypatch.setattr(
            page,
            "show_case",
            lambda case, verdict, key=key, original=original: (
                filled.append(key),
                original(case, verdict),
            ),
        )
    qtbot.keyClicks(window.pages["need"].form.texts["condition"], "Mitral valve leak")
    assert len(filled) == len("Mitral valve leak") and set(filled) == {"need"}
    assert window.store.load(window.case.id).value("need", "condition") == "Mitral valve leak"
    # Another page shows the case as it is now when it is opened.
    filled.clear()
    _open_step(window, qtbot, "specialist")
    assert filled == ["specialist"]
    assert window.pages["specialist"].verdict.isVisible()
    filled.clear()
    _open_step(window, qtbot, "need")
    _open_step(window, qtbot, "specialist")
    assert filled == []  # nothing changed meanwhile: nothing to fill again
    # Opening another case fills every page at once: none keeps the last patient's words.
    filled.clear()
    _create_case(window, asker, qtbot, "Nora")
    assert set(filled) == set(window.pages)
