"""Qt's standard dialogs follow the chosen language, and a language that cannot be loaded
is said in one sentence while the window stays in the language it had."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

import wizard.i18n
from wizard.i18n import missing_translation, translator_for
from wizard.store.folder import WINDOW, take_writer_lock
from wizard.store.preferences import Preferences
from wizard.ui import app as app_module

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


def test_a_start_in_a_language_that_cannot_be_loaded_says_so_first(qapp, data_dir, monkeypatch):
    told = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            staticmethod(lambda parent, title, text, k=kind: told.append((k, text))),
        )
    monkeypatch.setattr(wizard.i18n, "qm_file", lambda lang: None)
    Preferences(data_dir).language = "de"
    monkeypatch.setenv("SECOND_OPINION_PASSPHRASE", "correct horse battery")
    # Another window holds the folder, so this start ends after what it has to say.
    with take_writer_lock(data_dir, holder=WINDOW):
        assert app_module.run_gui(data_dir) == 1

    assert told[0] == ("warning", missing_translation("de").render())
    assert [kind for kind, _ in told] == ["warning", "information"]
