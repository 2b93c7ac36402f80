"""A patient fills steps 1 to 5 through the real widgets: each step is done exactly when its
rule says, and not one fact earlier."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.ui.test_main_window import _create_case
from wizard.plan import PAGES, Status


def status(window, key):
    return window.pages[key].status.text()


def done(window, key):
    return window.step_list.item(PAGES.index(key)).text().startswith("\u2713")


def choose(combo: QComboBox, key: str) -> None:
    """Pick an entry as the user does (the combo box reports 'activated')."""
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def type_into(qtbot, line, text):
    line.setFocus()
    line.clear()
    qtbot.keyClicks(line, text)
    line.editingFinished.emit()


def test_steps_one_to_five_are_done_exactly_when_their_rules_hold(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)

    # Step 1: facts alone, and "I feel unsure" alone, are not enough.
    window.go_to("need")
    need = window.pages["need"].form
    type_into(qtbot, need.texts["condition"], "Aortic stenosis")
    choose(need.choices["area"], "cardiology")
    need.checks["reason_unsure"].box.click()
    assert not done(window, "need")
    need.checks["reason_planned_surgery"].box.click()
    assert done(window, "need")

    # Step 2: the amount, its currency, and the referral (required, then obtained).
    window.go_to("insurance")
    insurance = window.pages["insurance"].form
    type_into(qtbot, insurance.texts["out_of_pocket"], "250")
    choose(insurance.choices["currency"], "USD")
    choose(insurance.choices["referral_required"], "yes")
    assert not done(window, "insurance")
    type_into(qtbot, insurance.dates["referral_obtained_on"].line, "11/20/2026")
    assert done(window, "insurance"), window.pages["insurance"].verdict.details.text()

    # Step 3: the usual records, each received, recent.
    window.go_to("records")
    items = window.pages["records"].form.lists["items"]
    qtbot.mouseClick(items.suggest_button, Qt.MouseButton.LeftButton)
    recent = (dt.date.today() - dt.timedelta(days=30)).strftime("%m/%d/%Y")
    entry_forms = [form for _frame, form, _remove in items.entries.values()]
    for number, form in enumerate(entry_forms, start=1):
        assert not done(window, "records")
        choose(form.choices["status"], "received" if number % 2 else "not_applicable")
        type_into(qtbot, form.dates["record_date"].line, recent)
    assert done(window, "records"), window.pages["records"].verdict.details.text()

    # Step 4: a chosen candidate, reachable, without ties.
    window.go_to("specialist")
    candidates = window.pages["specialist"].form.lists["candidates"]
    qtbot.mouseClick(candidates.add_button, Qt.MouseButton.LeftButton)
    (form,) = [form for _frame, form, _remove in candidates.entries.values()]
    type_into(qtbot, form.texts["name"], "Dr. Ortiz")
    form.checks["chosen"].box.click()
    choose(form.choices["ties"], "none")
    assert not done(window, "specialist")
    type_into(qtbot, form.texts["contact"], "555-0100")
    assert done(window, "specialist")

    # Step 5: the appointment, then the receipt of the records.
    window.go_to("booking")
    booking = window.pages["booking"].form
    day = (dt.date.today() + dt.timedelta(days=14)).strftime("%m/%d/%Y")
    type_into(qtbot, booking.dates["appointment_date"].line, day)
    type_into(qtbot, booking.texts["appointment_time"], "10:30")
    choose(booking.choices["time_zone"], "America/New_York")
    choose(booking.choices["booked_as_second_opinion"], "yes")
    assert not done(window, "booking")
    assert "Ask the office to confirm" in window.pages["booking"].verdict.details.text()
    type_into(
        qtbot, booking.dates["receipt_confirmed_on"].line, dt.date.today().strftime("%m/%d/%Y")
    )
    assert done(window, "booking"), window.pages["booking"].verdict.details.text()
    assert status(window, "booking") == "\u2713 Status: Done"
    assert "5 of 9 steps done" in window.overview.progress_label.text()

    # Everything typed is in the database, not only on screen.
    stored = window.store.load(window.case.id)
    assert stored.value("insurance", "out_of_pocket") == "250.00"
    assert stored.value("booking", "time_zone") == "America/New_York"
    assert all(v.status is Status.DONE for v in _first_five(stored))


def _first_five(case):
    from wizard.plan import evaluate_all

    return evaluate_all(case).verdicts[:5]
