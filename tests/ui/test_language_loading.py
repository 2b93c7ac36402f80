"""Qt's standard dialogs follow the chosen language, and a language that cannot be loaded
is said in one sentence while the window stays in the language it had."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

import wizard.i18n
from wizard.i18n import missing_translation, translator_for
from wizard.store.preferences import Preferences

Button = QMessageBox.StandardButton


def test_standard_dialogs_and_buttons_speak_the_chosen_language(qtbot, translators):
    box = QMessageBox(QMessageBox.Icon.Question, "", "?", Button.Ok | Button.Cancel)
    qtbot.addWidget(box)
    assert box.button(Button.Cancel).text() == "Cancel"
    translators.switch("de")
    # One already open changes with the language; one opened now starts in it.
    qtbot.waitUntil(lambda: box.button(Button.Cancel).text() == "Abbrechen")
    files = QFileDialog(None, "Speichern")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(files)
    buttons = files.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == (
        "Speichern"
    )
    translators.switch("es")
    qtbot.waitUntil(lambda: box.button(Button.Cancel).text() == "Cancelar")
    translators.switch("en")
    qtbot.waitUntil(lambda: box.button(Button.Cancel).text() == "Cancel")


def test_a_language_that_cannot_be_loaded_is_said_and_the_window_keeps_its_own(
    make_window, asker, data_dir, monkeypatch, qtbot
):
    window = make_window()
    window.switch_language("es")
    spanish = window.next_button.text()
    said_in_spanish = missing_translation("de").render(translator_for("es"))
    monkeypatch.setattr(wizard.i18n, "qm_file", lambda lang: None)

    window.switch_language("de")

    assert asker.errors == [said_in_spanish] and "Deutsch" in said_in_spanish
    assert window.translators.language == "es" and window.next_button.text() == spanish
    assert window.language_actions["es"].isChecked()
    assert Preferences(data_dir).language == "es"
