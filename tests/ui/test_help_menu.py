"""Help for every page (F1 opens the one on screen) and the About box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wizard import __version__
from wizard.plan import STEPS
from wizard.plan.help import OVERVIEW, PAGES, help_page
from wizard.ui.help_menu import AboutDialog


def test_every_step_and_the_overview_has_a_help_page_that_says_more_than_its_page():
    assert [page.key for page in PAGES] == [OVERVIEW] + [step.key for step in STEPS]
    for step in STEPS:
        page = help_page(step.key)
        assert page.title.startswith(f"Step {step.number}:")
        words = sum(len(text.split()) for text in page.paragraphs)
        assert words > len(step.why.split()) + len(step.done_when.split())
        # The last paragraph says when the step is done, as the page does.
        assert "done when" in page.paragraphs[-1]
    assert help_page("no such page").key == OVERVIEW


def test_f1_opens_the_help_of_the_page_on_screen(make_window, asker, qtbot):
    asker.texts.append("Ada")
    window = make_window()
    window.new_action.trigger()
    window.go_to("insurance")
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_actions.help_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert "Step 2: What does your insurance pay?" in text
    assert "network gap exception" in text
    # Going on to another page and pressing F1 again follows the page.
    window.go_to("records")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert "HIPAA" in dialog.text.toPlainText()
    # The chooser shows any other page.
    dialog.chooser.setCurrentIndex(0)
    assert "nine steps" in dialog.text.toPlainText()
    dialog.close()


def test_help_follows_the_language(make_window, asker, qtbot):
    window = make_window()
    dialog = window.help_actions.show_help()
    english = dialog.text.toPlainText()
    window.switch_language("de")
    try:
        QApplication.processEvents()
        german = dialog.text.toPlainText()
        assert german != english
        assert "Dieses Programm" in german or "Programm" in german
        assert window.help_menu.title() == "&Hilfe"
    finally:
        window.switch_language("en")
    dialog.close()


def test_about_says_the_version_where_the_data_is_and_that_nothing_is_sent(tmp_path, qtbot):
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    shown = " ".join(
        w.text() for w in (dialog.version, dialog.privacy, dialog.advice, dialog.folder)
    )
    assert __version__ in shown
    assert str(tmp_path) in shown
    assert "Nothing is ever sent anywhere" in shown
    assert "does not give medical advice" in shown
    assert "MIT" in dialog.licence.text()
