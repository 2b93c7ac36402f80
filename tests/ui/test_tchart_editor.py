"""Step 8's T-chart through the real widgets: cells saved as typed, agreement, the third
column, the user's own rows, the keyboard, the advice in the verdict, and the decision."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tests.ui.test_main_window import _create_case
from tests.ui.test_steps_one_to_five import choose, done, type_into

FOLLOW_UP = "The opinions differ a lot. Make an appointment with your main doctor"
TIE_BREAKER = "tie-breaker"


def chart_of(window):
    window.go_to("comparison")
    editor, _printout = window.pages["comparison"].editors
    return editor


def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def stored(window):
    return window.store.load(window.case.id)


def test_cells_and_agreement_are_saved_as_typed(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    active(window, qtbot)
    chart = chart_of(window)
    diagnosis = chart.rows["diagnosis"]
    assert [r.title.text() for r in chart.rows.values()] == [
        "Diagnosis",
        "Treatment plan",
        "Risks",
        "Recovery time",
    ]
    first = diagnosis.cells["first"].edit
    assert first.accessibleName() == "Diagnosis, First opinion"
    assert diagnosis.agree.accessibleName() == "Diagnosis: do they agree?"
    first.setFocus()
    qtbot.keyClicks(first, "Severe aortic stenosis")
    second = diagnosis.cells["second"].edit
    second.setFocus()
    qtbot.keyClicks(second, "Moderate stenosis")
    choose(diagnosis.agree, "differs")
    case = stored(window)
    assert case.value("comparison", "diagnosis_first") == "Severe aortic stenosis"
    assert case.value("comparison", "diagnosis_second") == "Moderate stenosis"
    assert case.value("comparison", "diagnosis_match") == "differs"
    assert first.toPlainText() == "Severe aortic stenosis"  # nothing was typed over

    # The switch is the chart's, not a box of the decision form below it.
    assert "third_opinion" not in window.pages["comparison"].form.checks


def test_the_third_column_shows_only_with_a_third_opinion(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    chart = chart_of(window)
    third = chart.rows["risks"].cells["third"]
    assert not third.isVisible()
    qtbot.mouseClick(chart.third.box, Qt.MouseButton.LeftButton)
    assert third.isVisible() and stored(window).value("comparison", "third_opinion") == "yes"
    third.edit.setFocus()
    qtbot.keyClicks(third.edit, "Small risk of stroke")
    assert stored(window).value("comparison", "risks_third") == "Small risk of stroke"
    qtbot.mouseClick(chart.third.box, Qt.MouseButton.LeftButton)
    assert not third.isVisible() and stored(window).value("comparison", "third_opinion") == ""
    # Reopened, the chart shows what is stored.
    window.open_case(window.case.id)
    assert not chart.third.isChecked() and not third.isVisible()
    assert third.text() == "Small risk of stroke"


def test_own_rows_are_added_named_filled_and_removed(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    active(window, qtbot)
    chart = chart_of(window)
    qtbot.mouseClick(chart.add_button, Qt.MouseButton.LeftButton)
    (entry,) = stored(window).entries_of("comparison", "rows")
    row = chart.rows[f"entry-{entry.id}"]
    assert row.name_edit.hasFocus()  # ready to type its name
    qtbot.keyClicks(row.name_edit, "Cost")
    row.cells["first"].edit.setFocus()
    qtbot.keyClicks(row.cells["first"].edit, "About 4000 dollars")
    choose(row.agree, "differs_a_lot")
    entry = stored(window).entry(entry.id)
    assert entry.values == {
        "label": "Cost",
        "first": "About 4000 dollars",
        "match": "differs_a_lot",
    }
    assert row.name_edit.text() == "Cost"
    assert row.cells["first"].edit.accessibleName() == "Cost, First opinion"
    assert FOLLOW_UP in window.pages["comparison"].verdict.details.text()

    # Removing asks first.
    asker.confirms.append(False)
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert len(stored(window).entries_of("comparison", "rows")) == 1
    asker.confirms.append(True)
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert stored(window).entries_of("comparison", "rows") == []
    assert not any(r.own for r in chart.rows.values())


def test_tab_goes_through_a_row_before_the_next(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    active(window, qtbot)
    chart = chart_of(window)
    diagnosis, treatment = chart.rows["diagnosis"], chart.rows["treatment"]
    order = [
        diagnosis.cells["second"].edit,
        diagnosis.agree,
        treatment.cells["first"].edit,
    ]
    diagnosis.cells["first"].edit.setFocus()
    for expected in order:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    # With a third opinion, its cell comes before the agreement.
    qtbot.mouseClick(chart.third.box, Qt.MouseButton.LeftButton)
    diagnosis.cells["second"].edit.setFocus()
    qtbot.keyClick(diagnosis.cells["second"].edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is diagnosis.cells["third"].edit


def test_advice_follows_the_stakes_of_step_one(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    window.go_to("need")
    need = window.pages["need"].form
    need.checks["reason_unclear"].box.click()
    chart = chart_of(window)
    verdict = window.pages["comparison"].verdict.details
    choose(chart.rows["diagnosis"].agree, "differs_a_lot")
    assert FOLLOW_UP in verdict.text() and TIE_BREAKER not in verdict.text()

    window.go_to("need")
    need.checks["reason_life_threatening"].box.click()
    window.go_to("comparison")
    assert FOLLOW_UP in verdict.text() and TIE_BREAKER in verdict.text()
    # With a third opinion already in the chart, no tie-breaker is suggested.
    qtbot.mouseClick(chart.third.box, Qt.MouseButton.LeftButton)
    assert FOLLOW_UP in verdict.text() and TIE_BREAKER not in verdict.text()
    choose(chart.rows["diagnosis"].agree, "same")
    assert FOLLOW_UP not in verdict.text()


def test_the_step_is_done_when_a_path_is_chosen_and_both_teams_told(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    chart_of(window)
    form = window.pages["comparison"].form
    for row in ("diagnosis", "treatment", "risks", "recovery"):
        choose(window.pages["comparison"].editors[0].rows[row].agree, "same")
    notes = form.notes["chosen_path"]
    notes.setFocus()
    qtbot.keyClicks(notes, "TAVI at the heart center")
    today = dt.date.today().strftime("%m/%d/%Y")
    type_into(qtbot, form.dates["first_team_told"].line, today)
    assert not done(window, "comparison")
    assert "second medical team" in window.pages["comparison"].verdict.details.text()
    type_into(qtbot, form.dates["second_team_told"].line, today)
    assert done(window, "comparison"), window.pages["comparison"].verdict.details.text()


def test_the_chart_fits_narrow_windows_without_sideways_scrolling(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    chart = chart_of(window)
    qtbot.mouseClick(chart.third.box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chart.add_button, Qt.MouseButton.LeftButton)
    (row,) = [r for r in chart.rows.values() if r.own]
    row.cells["first"].edit.setPlainText("A long answer " * 40)
    for width in (1100, 800):
        window.resize(width, 700)
        for key in ("comparison", "appointment"):
            window.go_to(key)
            QApplication.processEvents()
            area = window.stack.currentWidget()
            assert area.horizontalScrollBar().maximum() == 0, (width, key)


def test_the_t_chart_is_saved_and_printed_from_its_page(make_window, asker, qtbot, tmp_path):
    window = make_window()
    _create_case(window, asker, qtbot)
    active(window, qtbot)
    chart = chart_of(window)
    qtbot.keyClicks(chart.rows["risks"].cells["second"].edit, "Fewer risks with a catheter")
    output = window.pages["comparison"].editors[1]
    asker.paths.append(tmp_path / "chart")  # the suffix is added
    qtbot.mouseClick(output.save_button, Qt.MouseButton.LeftButton)
    saved = PdfReader(tmp_path / "chart.pdf")
    page = saved.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    assert "Fewer risks with a catheter" in page.extract_text()
    assert window.output.notice.isVisible()  # with its Open button

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    asker.printers.append(printer)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P here
    assert asker.print_title == "Print the T-chart"
    assert len(PdfReader(printed).pages) == len(saved.pages)
