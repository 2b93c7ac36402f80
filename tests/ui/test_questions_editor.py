"""Step 6 through the real widgets: the question list, the library, saving and printing."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tests.ui.test_main_window import _create_case
from wizard.plan import PAGES
from wizard.plan.questions import LIBRARY

CLICK = Qt.MouseButton.LeftButton


def _questions_page(make_window, asker, qtbot, area="cardiology", name="Maria Example"):
    window = make_window()
    case = _create_case(window, asker, qtbot, name)
    window.store.set_field(case.id, "need", "area", area)
    window.reload_case()
    window.go_to("questions")
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, window.pages["questions"].editors[0]


def _stored(window):
    entries = window.store.load(window.case.id).entries_of("questions", "questions")
    return [e.values for e in entries]


def _texts(window):
    return [values.get("text", "") for values in _stored(window)]


def _add_own(qtbot, editor, text):
    editor.own.setFocus()
    qtbot.keyClicks(editor.own, text)
    qtbot.keyClick(editor.own, Qt.Key.Key_Return)


def _done(window):
    return window.step_list.item(PAGES.index("questions")).text().startswith("\u2713")


def test_the_library_offers_the_areas_questions_first_and_adds_by_click_and_enter(
    make_window, asker, qtbot
):
    window, editor = _questions_page(make_window, asker, qtbot, area="cardiology")
    library = editor.library
    keys = [
        library.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(library.list.count())
    ]
    assert "heart_tests" in keys and "cancer_type_stage" not in keys
    assert keys[0] == "diagnosis_how"  # the plan's five come first

    # The Add button adds the chosen question, in the interface's words, with its key.
    library.list.setCurrentRow(keys.index("heart_tests"))
    qtbot.mouseClick(library.add_button, CLICK)
    assert _stored(window) == [
        {
            "text": "What do my heart tests (ECG, heart ultrasound, stress test) show, in plain "
            "words?",
            "library": "heart_tests",
        }
    ]
    added = library.list.item(keys.index("heart_tests"))
    assert added.text().startswith("\u2713 ")
    assert not added.flags() & Qt.ItemFlag.ItemIsEnabled  # shown as added, cannot be added again
    qtbot.mouseClick(library.add_button, CLICK)  # the next one is chosen now
    assert len(_stored(window)) == 2

    # Enter on the list adds the chosen one; the next question to add is chosen after it.
    library.list.setFocus()
    library.list.setCurrentRow(0)
    qtbot.keyClick(library.list, Qt.Key.Key_Return)
    assert _stored(window)[-1]["library"] == "diagnosis_how"
    assert library.list.currentRow() == 1
    qtbot.keyClick(library.list, Qt.Key.Key_Enter)
    assert _stored(window)[-1]["library"] == "alternatives"

    # A double-click adds too (QTest's double-click is the second click of two).
    item = library.list.item(keys.index("do_nothing"))
    rect = library.list.visualItemRect(item)
    qtbot.mouseClick(library.list.viewport(), CLICK, pos=rect.center())
    assert len(_stored(window)) == 4  # one click only chooses
    qtbot.mouseDClick(library.list.viewport(), CLICK, pos=rect.center())
    assert _stored(window)[-1]["library"] == "do_nothing"
    assert len(_stored(window)) == 5

    # All 43 on request, the area's first.
    library.show_all.box.click()
    all_keys = [
        library.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(library.list.count())
    ]
    assert len(all_keys) == len(LIBRARY) and all_keys[: len(keys)] == keys
    assert "cancer_type_stage" in all_keys


class _Shouting(QTranslator):
    """A language of its own for the library's questions: the English in capitals."""

    def isEmpty(self):  # noqa: N802 - Qt's name; an empty translator is not asked
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "Plan" and any(q.text == source for q in LIBRARY):
            return source.upper()
        return ""


def test_a_library_question_is_added_in_the_language_of_the_interface(make_window, asker, qtbot):
    window, editor = _questions_page(make_window, asker, qtbot)
    translator = _Shouting()
    QApplication.installTranslator(translator)  # the window hears the language change
    try:
        library = editor.library
        qtbot.waitUntil(lambda: library.list.item(0).text() == "HOW DID YOU REACH THIS DIAGNOSIS?")
        library.list.setCurrentRow(0)
        qtbot.mouseClick(library.add_button, CLICK)
    finally:
        QApplication.removeTranslator(translator)
    assert _stored(window) == [
        {"text": "HOW DID YOU REACH THIS DIAGNOSIS?", "library": "diagnosis_how"}
    ]
    # Back in English, the question stays as it was added, and still shows as added.
    qtbot.waitUntil(
        lambda: library.list.item(0).text() == "\u2713 How did you reach this diagnosis?"
    )


def test_own_questions_are_added_with_enter_and_an_empty_one_gets_a_sentence(
    make_window, asker, qtbot
):
    window, editor = _questions_page(make_window, asker, qtbot)
    _add_own(qtbot, editor, "Can I keep driving?")
    assert _stored(window) == [{"text": "Can I keep driving?"}]
    assert editor.own.text() == "" and editor.own.hasFocus()
    assert editor.count.text().startswith("Questions on your list: 1.")

    qtbot.keyClicks(editor.own, "   ")
    qtbot.mouseClick(editor.add_button, CLICK)
    assert editor.problem.isVisible()
    assert "Type your question" in editor.problem.text()
    assert len(_stored(window)) == 1
    qtbot.keyClicks(editor.own, "x")
    assert not editor.problem.isVisible()  # typing clears the sentence


def test_a_question_is_starred_and_edited_where_it_stands(make_window, asker, qtbot):
    window, editor = _questions_page(make_window, asker, qtbot)
    _add_own(qtbot, editor, "Is it urgent")
    (card,) = editor.list.cards
    card.star.click()
    assert _stored(window)[0]["starred"] == "yes"
    assert card.star.accessibleName().startswith("Most important")
    card.text.setFocus()
    card.text.moveCursor(card.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(card.text, "?")
    qtbot.keyClick(card.text, Qt.Key.Key_Return)  # a question stays one paragraph
    assert _stored(window)[0]["text"] == "Is it urgent?"
    assert card.text.toPlainText() == "Is it urgent?"
    card.star.click()
    assert "starred" not in _stored(window)[0]


def test_questions_move_by_keyboard_and_buttons_and_the_focus_moves_with_them(
    make_window, asker, qtbot
):
    window, editor = _questions_page(make_window, asker, qtbot)
    for text in ("one", "two", "three"):
        _add_own(qtbot, editor, text)
    first = editor.list.cards[0]
    first.text.setFocus()
    qtbot.keyClick(first.text, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _texts(window) == ["two", "one", "three"]
    assert first.text.hasFocus()  # the same question, one place down
    assert editor.list.cards[1] is first and first.number.text() == "2."
    qtbot.keyClick(first.text, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _texts(window) == ["two", "three", "one"]
    qtbot.keyClick(first.text, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # at the end
    assert _texts(window) == ["two", "three", "one"]
    qtbot.keyClick(first.text, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _texts(window) == ["two", "one", "three"] and first.text.hasFocus()

    # The buttons: the focus stays on the moved question's button while it can be used,
    # then goes to the question's other direction.
    first.up.setFocus()
    qtbot.keyClick(first.up, Qt.Key.Key_Space)
    assert _texts(window) == ["one", "two", "three"]
    assert not first.up.isEnabled() and first.down.hasFocus()
    qtbot.mouseClick(editor.list.cards[2].up, CLICK)
    assert _texts(window) == ["one", "three", "two"]


def _drag_to(widget, mime, pos: QPoint) -> tuple[bool, bool]:
    """What a drag over ``widget`` to ``pos`` and a drop there send; whether the enter and
    the drop were accepted."""
    actions = Qt.DropAction.MoveAction
    buttons, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, none)
    QApplication.sendEvent(widget, enter)
    QApplication.sendEvent(widget, QDragMoveEvent(pos, actions, mime, buttons, none))
    drop = QDropEvent(QPointF(pos), actions, mime, buttons, none)
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_a_dropped_question_moves_to_where_it_was_dropped(make_window, asker, qtbot):
    """QTest cannot run QDrag.exec's own event loop, so the test sends the events of a drag
    with the handle's own data (what its drag carries) to the list."""
    window, editor = _questions_page(make_window, asker, qtbot)
    for text in ("one", "two", "three"):
        _add_own(qtbot, editor, text)
    questions = editor.list
    last = questions.cards[2]
    mime = last.handle.mime_data()
    above_first = questions.cards[0].geometry().center() - QPoint(0, 5)
    assert _drag_to(questions, mime, above_first) == (True, True)
    assert _texts(window) == ["three", "one", "two"]
    assert last.text.hasFocus()

    # Dropped below the last card: to the end.
    mime = questions.cards[0].handle.mime_data()
    assert _drag_to(questions, mime, QPoint(5, questions.height() - 1)) == (True, True)
    assert _texts(window) == ["one", "two", "three"]

    # Text dragged from elsewhere is not taken.
    text = QMimeData()
    text.setText("7")
    assert _drag_to(questions, text, QPoint(5, 5)) == (False, False)
    assert _texts(window) == ["one", "two", "three"]


def test_a_question_is_removed_after_asking(make_window, asker, qtbot):
    window, editor = _questions_page(make_window, asker, qtbot)
    for text in ("one", "two", "three"):
        _add_own(qtbot, editor, text)
    middle = editor.list.cards[1]
    asker.confirms.append(False)
    qtbot.mouseClick(middle.remove, CLICK)
    assert _texts(window) == ["one", "two", "three"]
    asker.confirms.append(True)
    middle.remove.setFocus()
    qtbot.keyClick(middle.remove, Qt.Key.Key_Space)
    assert _texts(window) == ["one", "three"]
    assert [c.text.toPlainText() for c in editor.list.cards] == ["one", "three"]
    assert editor.list.cards[1].text.hasFocus()  # the next question, not nowhere


def test_five_questions_and_a_saved_list_make_the_step_done(make_window, asker, qtbot, tmp_path):
    window, editor = _questions_page(make_window, asker, qtbot, name="Paula Print")
    for number in range(1, 5):
        _add_own(qtbot, editor, f"Question number {number}")
    editor.list.cards[3].star.click()

    # Saved with four questions: recorded, but not yet the list to take along.
    asker.paths.append(tmp_path / "four")
    qtbot.mouseClick(editor.save_button, CLICK)
    assert (tmp_path / "four.pdf").exists()
    assert not _done(window)
    assert window.store.load(window.case.id).value("questions", "printed_count") == "4"

    _add_own(qtbot, editor, "Question number 5")
    assert editor.count.text().startswith("Questions on your list: 5.")
    assert not _done(window)
    verdict = window.pages["questions"].verdict.details.text()
    assert "Print your question list again" in verdict

    asker.paths.append(tmp_path / "questions.pdf")
    qtbot.mouseClick(editor.save_button, CLICK)
    out = tmp_path / "questions.pdf"
    assert asker.suggested.name == "Questions Paula Print.pdf"
    text = PdfReader(out).pages[0].extract_text()
    assert text.index("Question number 4") < text.index("Question number 1")  # starred first
    assert _done(window)
    assert window.pages["questions"].status.text() == "\u2713 Status: Done"
    stored = window.store.load(window.case.id)
    assert stored.value("questions", "printed_count") == "5"
    assert stored.value("questions", "printed_on")

    # The notice names the file and opens it in the system's viewer.
    notice = window.output.notice
    assert notice.isVisible() and str(out) in notice.message.text()
    qtbot.mouseClick(notice.open_button, CLICK)
    assert [path for path, _ in asker.shown] == [out]
    qtbot.mouseClick(notice.close_button, CLICK)
    assert not notice.isVisible()

    # The large print is a file of its own, with the same questions.
    asker.paths.append(tmp_path / "large.pdf")
    qtbot.mouseClick(editor.save_large_button, CLICK)
    assert asker.suggested.name == "Questions in large print Paula Print.pdf"
    assert "Question number 5" in "".join(
        p.extract_text() for p in PdfReader(tmp_path / "large.pdf").pages
    )


def _pdf_printer(path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def _printed_pages(path):
    reader = PdfReader(path)
    pictures = [page.images for page in reader.pages]
    assert all(len(images) >= 1 for images in pictures)  # each page is drawn as a picture
    return len(reader.pages)


def test_printing_the_list_goes_through_the_print_dialog_and_is_recorded(
    make_window, asker, qtbot, tmp_path
):
    window, editor = _questions_page(make_window, asker, qtbot)
    for number in range(1, 6):
        _add_own(qtbot, editor, f"Question number {number}")

    asker.printers.append(None)  # Cancel in the print dialog: nothing printed, nothing recorded
    qtbot.mouseClick(editor.print_button, CLICK)
    assert not _done(window)

    out = tmp_path / "printed.pdf"
    asker.printers.append(_pdf_printer(out))
    qtbot.mouseClick(editor.print_button, CLICK)
    assert asker.print_title == "Print the question list"
    assert _done(window)  # printed with five: recorded
    assert "sent to the printer" in window.statusBar().currentMessage()
    assert not asker.errors
    asker.paths.append(tmp_path / "saved.pdf")
    qtbot.mouseClick(editor.save_button, CLICK)
    assert _printed_pages(out) == len(PdfReader(tmp_path / "saved.pdf").pages)  # every page

    # Ctrl+P prints the list while its page is shown, and only then.
    editor.list.cards[0].text.setFocus()
    again = tmp_path / "again.pdf"
    asker.printers.append(_pdf_printer(again))
    qtbot.keyClick(editor.list.cards[0].text, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert again.exists() and not asker.printers
    window.go_to("need")
    asker.printers.append(None)
    qtbot.keyClick(window.step_list, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asker.printers == [None]  # no print dialog asked for

    # Large print on paper too: the pages of the large-print PDF.
    window.go_to("questions")
    for number in range(6, 13):
        _add_own(qtbot, editor, f"Question number {number}")
    large = tmp_path / "large.pdf"
    asker.printers[:] = [_pdf_printer(large)]
    qtbot.mouseClick(editor.print_large_button, CLICK)
    assert asker.print_title == "Print the question list in large print"
    asker.paths.append(tmp_path / "saved-large.pdf")
    qtbot.mouseClick(editor.save_large_button, CLICK)
    asker.paths.append(tmp_path / "saved-regular.pdf")
    qtbot.mouseClick(editor.save_button, CLICK)
    pages = {
        name: len(PdfReader(tmp_path / name).pages)
        for name in ("saved-large.pdf", "saved-regular.pdf")
    }
    assert _printed_pages(large) == pages["saved-large.pdf"] > pages["saved-regular.pdf"]


def test_the_checklist_is_printed_from_the_case_menu(make_window, asker, qtbot, tmp_path):
    window = make_window()
    _create_case(window, asker, qtbot)
    out = tmp_path / "checklist-printed.pdf"
    asker.printers.append(_pdf_printer(out))
    window.print_action.trigger()
    assert window.print_action.shortcut().toString() == "Ctrl+Shift+P"
    assert _printed_pages(out) >= 2
    assert not asker.errors


def test_a_printer_that_cannot_start_gets_one_sentence(make_window, asker, qtbot, tmp_path):
    window = make_window()
    _create_case(window, asker, qtbot)
    asker.printers.append(_pdf_printer(tmp_path / "no-such-folder" / "x.pdf"))
    window.print_action.trigger()
    assert len(asker.errors) == 1 and "printer could not be started" in asker.errors[0]


def test_every_saved_pdf_can_be_opened_and_the_notice_goes_with_its_case(
    make_window, asker, qtbot, tmp_path
):
    window = make_window()
    first = _create_case(window, asker, qtbot, "First Person")
    asker.paths.append(tmp_path / "checklist.pdf")
    window.export_action.trigger()
    notice = window.output.notice
    assert notice.isVisible() and "Checklist saved" in notice.message.text()
    window.step_list.setFocus()
    reached = set()
    for _ in range(60):  # the Open button is reached with Tab, as every control is
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.add(window.focusWidget())
    assert notice.open_button in reached
    notice.open_button.setFocus()
    qtbot.keyClick(notice.open_button, Qt.Key.Key_Space)
    assert [path for path, _ in asker.shown] == [tmp_path / "checklist.pdf"]

    window.go_to("records")
    asker.paths.append(tmp_path / "letter.pdf")
    qtbot.mouseClick(window.pages["records"].letter_button, CLICK)
    assert "Request letter saved" in notice.message.text()
    qtbot.mouseClick(notice.open_button, CLICK)
    assert asker.shown[-1][0] == tmp_path / "letter.pdf"

    _create_case(window, asker, qtbot, "Second Person")
    assert window.case.id != first.id and not notice.isVisible()
