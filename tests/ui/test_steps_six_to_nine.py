"""Steps 6 to 9 filled in through the window as a patient would, each reaching "done"
exactly when SPEC section 4 says, and not one change before."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from wizard.plan import PAGES
from wizard.ui.step_form import date_format


def _done(window, key):
    return window.step_list.item(PAGES.index(key)).text().startswith("\u2713")


def _choose(combo, key):
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def test_a_patient_walks_steps_six_to_nine(make_window, asker, qtbot, tmp_path):
    window = make_window()
    asker.texts.append("Rosa Example")
    qtbot.mouseClick(window.overview.create_button, Qt.MouseButton.LeftButton)
    case_id = window.case.id
    need = window.pages["need"].form
    _choose(need.choices["area"], "cardiology")
    need.checks["reason_unclear"].box.click()

    # Step 6: five questions, the list saved once it has five.
    window.go_to("questions")
    questions = window.pages["questions"].editors[0]
    library = questions.library
    for _ in range(4):
        library.list.setCurrentRow(
            next(
                n
                for n in range(library.list.count())
                if library.list.item(n).flags() & Qt.ItemFlag.ItemIsEnabled
            )
        )
        qtbot.mouseClick(library.add_button, Qt.MouseButton.LeftButton)
    questions.own.setFocus()
    qtbot.keyClicks(questions.own, "Can I keep driving while I wait?")
    qtbot.keyClick(questions.own, Qt.Key.Key_Return)
    assert len(window.store.load(case_id).entries_of("questions", "questions")) == 5
    assert not _done(window, "questions")  # never printed
    asker.paths.append(tmp_path / "questions.pdf")
    qtbot.mouseClick(questions.save_large_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "questions.pdf").is_file()
    assert _done(window, "questions")

    # Step 7: the visit happened; notes make it done, and an answer is kept.
    window.go_to("appointment")
    page = window.pages["appointment"]
    _choose(page.form.choices["happened"], "yes")
    assert not _done(window, "appointment")
    answers = page.editors[0].answers
    first = window.store.load(case_id).entries_of("questions", "questions")[0]
    qtbot.keyClicks(answers.answer_box(first.id).edit, "Yes, with care.")
    assert not _done(window, "appointment")  # an answer is not the visit's notes
    qtbot.keyClicks(page.form.notes["notes"], "Valve is fine for a year; scan again in May.")
    assert _done(window, "appointment")
    stored = window.store.load(case_id)
    assert stored.entries_of("questions", "questions")[0].value("answer") == "Yes, with care."

    # Step 8: the T-chart with a row that differs a lot, then the decision.
    window.go_to("comparison")
    page = window.pages["comparison"]
    chart = page.editors[0]
    row = chart.rows["treatment"]
    qtbot.keyClicks(row.cells["first"].edit, "Surgery now")
    qtbot.keyClicks(row.cells["second"].edit, "Wait a year")
    _choose(row.agree, "differs_a_lot")
    assert "main doctor" in page.verdict.details.text()
    assert "tie-breaker" not in page.verdict.details.text()  # only an unclear diagnosis
    qtbot.keyClicks(page.form.notes["chosen_path"], "Wait a year, then scan again")
    today = QDate.currentDate().toString(date_format())
    qtbot.keyClicks(page.form.dates["first_team_told"].line, today)
    assert not _done(window, "comparison")  # the second team is not told yet
    qtbot.keyClicks(page.form.dates["second_team_told"].line, today)
    assert _done(window, "comparison")

    # Step 9: three earlier weeks, then this week's check-in makes four in a row.
    for weeks in (3, 2, 1):
        window.store.check_in(case_id, "nothing_new", dt.date.today() - dt.timedelta(weeks=weeks))
    window.reload_case()
    window.go_to("organization")
    checkins = window.pages["organization"].editors[0]
    assert not _done(window, "organization")
    qtbot.mouseClick(checkins.nothing_new, Qt.MouseButton.LeftButton)
    assert _done(window, "organization")
    for key in ("questions", "appointment", "comparison", "organization"):
        assert _done(window, key), key
