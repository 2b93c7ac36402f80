"""The keys in the window: the passphrase dialog's words, the recovery key shown once and
typed back, a failing keyring, and the Security menu."""

from __future__ import annotations

import hashlib

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from wizard.errors import UserError
from wizard.store import CaseStore
from wizard.store.keys import KeyringRefused
from wizard.ui import app as app_module
from wizard.ui import recovery_dialog
from wizard.ui.passphrase_dialog import PassphraseDialog
from wizard.ui.recovery_dialog import RecoveryKeyDialog

OLD = "the old passphrase"
NEW = "the new passphrase"


class TypingDialog(PassphraseDialog):
    """The real dialog; exec() types the next scripted answer and presses OK (None: Cancel).
    Every dialog made is kept, with what it said, for the test to read."""

    answers: list[str | None] = []
    made: list[TypingDialog] = []

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        TypingDialog.made.append(self)
        self.said: list[str] = []

    def exec(self):
        self.show()
        self.setResult(QDialog.DialogCode.Rejected)
        while self.result() != QDialog.DialogCode.Accepted:  # the dialog checks, stays open
            answer = TypingDialog.answers.pop(0)
            if answer is None:
                return QDialog.DialogCode.Rejected
            self.first.setText(answer)
            self.second.setText(answer)
            self._check()
            if self.result() != QDialog.DialogCode.Accepted:
                self.said.append(self.problem.text())
        return self.result()

    def show_problem(self, text: str) -> None:
        super().show_problem(text)
        self.said.append(self.problem.text())


@pytest.fixture
def typing(qapp, monkeypatch):
    from wizard.ui import dialogs

    TypingDialog.answers, TypingDialog.made = [], []
    monkeypatch.setattr(dialogs, "PassphraseDialog", TypingDialog)
    yield TypingDialog
    for dialog in TypingDialog.made:
        dialog.close()


@pytest.fixture
def shown_keys(monkeypatch):
    """The recovery keys the window showed (the dialog itself is tested on its own)."""
    shown: list[str] = []

    class Recorder:
        def __init__(self, code, *args) -> None:
            self.code = code

        def exec(self):
            shown.append(self.code)

    monkeypatch.setattr(recovery_dialog, "RecoveryKeyDialog", Recorder)
    return shown


def _digest(data_dir):
    return hashlib.sha256((data_dir / "cases.db").read_bytes()).hexdigest()


def test_a_new_passphrase_dialog_says_the_rules_and_what_forgetting_means_first(qtbot):
    dialog = PassphraseDialog(new=True, reason="No keyring here.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Second Opinion Planner" in dialog.windowTitle()
    assert dialog.rules.isVisible() and "at least 8 characters" in dialog.rules.text()
    assert dialog.forgotten.isVisible()
    assert "recovery key" in dialog.forgotten.text()
    assert "no one can open your data" in dialog.forgotten.text()
    assert not dialog.problem.isVisible()  # nothing is wrong before the first try


def test_a_mismatch_clears_only_the_second_field(qtbot):
    dialog = PassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "long enough one")
    qtbot.keyClicks(dialog.second, "long enough two")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.first.text() == "long enough one"
    assert dialog.second.text() == ""
    assert dialog.problem.isVisible() and "not the same" in dialog.problem.text()
    qtbot.keyClicks(dialog.second, "long enough one")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_unlock_dialog_takes_the_recovery_key_and_says_a_wrong_passphrase_plainly(
    data_dir, no_keyring, typing, shown_keys
):
    with CaseStore.open(data_dir, passphrase=OLD) as store:
        store.create_case("Kept")
        code = store.key_methods().new_recovery_key()
    typing.answers = ["the wrong one", None]
    assert app_module.unlock(data_dir) is None
    dialog = typing.made[0]
    assert "Second Opinion Planner" in dialog.windowTitle()
    assert "Forgot the passphrase" in dialog.forgotten.text()
    assert dialog.said == [
        "That passphrase is not right; check for typing mistakes (and Caps Lock), then try again."
    ]
    # The recovery key opens it too, and a new passphrase is offered at once.
    typing.made.clear()
    typing.answers = [code, NEW]
    store = app_module.unlock(data_dir)
    assert [n for _, n in store.list_cases()] == ["Kept"]
    store.close()
    assert [d.mode for d in typing.made] == ["unlock", "new"]
    assert "opened your data with the recovery key" in typing.made[1].reason.text()
    with pytest.raises(UserError, match="passphrase is not right"):
        CaseStore.open(data_dir, passphrase=OLD)
    CaseStore.open(data_dir, passphrase=NEW).close()
    assert shown_keys == []  # not a new folder: no new recovery key


def test_a_keyring_that_lost_the_key_asks_for_the_recovery_key(
    data_dir, memory_keyring, typing, shown_keys
):
    with CaseStore.open(data_dir) as store:
        store.create_case("Kept")
        code = store.key_methods().new_recovery_key()
    before = _digest(data_dir)
    memory_keyring.secrets.clear()
    typing.answers = ["not a key", code[:-1] + "Z" if code[-1] != "Z" else code[:-1] + "Y", code]
    store = app_module.unlock(data_dir)
    assert store is not None
    assert [n for _, n in store.list_cases()] == ["Kept"]
    store.close()
    (dialog,) = typing.made
    assert dialog.mode == "recovery"
    assert "keyring did not give the key" in dialog.intro.text()  # told why
    assert len(dialog.said) == 2 and all("typing mistake" in s for s in dialog.said)
    assert memory_keyring.secrets == {}  # no new key anywhere
    assert _digest(data_dir) == before
    assert shown_keys == []


def test_a_keyring_that_lost_the_key_of_a_folder_without_recovery_key_is_said(
    data_dir, memory_keyring, typing, shown_keys
):
    CaseStore.open(data_dir).close()
    before = _digest(data_dir)
    memory_keyring.secrets.clear()
    with pytest.raises(KeyringRefused, match="unlock your keyring"):
        app_module.unlock(data_dir)
    assert typing.made == []
    assert _digest(data_dir) == before and memory_keyring.secrets == {}


def test_a_new_folder_shows_its_recovery_key_once(data_dir, typing, shown_keys):
    store = app_module.unlock(data_dir)
    store.close()
    assert len(shown_keys) == 1
    CaseStore.open(data_dir, passphrase=shown_keys[0]).close()
    app_module.unlock(data_dir).close()
    assert len(shown_keys) == 1


def test_the_recovery_key_dialog_saves_and_prints_the_sheet(qtbot, data_dir, asker, tmp_path):
    CaseStore.open(data_dir).close()
    code = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345"
    dialog = RecoveryKeyDialog(code, data_dir, "de", asker)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "ABCD - EFGH" in dialog.key_label.text()
    asker.paths = [data_dir / "sheet.pdf", tmp_path / "sheet.pdf"]
    assert dialog.save_sheet() is None
    assert "data folder" in asker.errors[-1]
    assert dialog.save_sheet() == tmp_path / "sheet.pdf"
    text = PdfReader(tmp_path / "sheet.pdf").pages[0].extract_text()
    assert "EFGH" in text and "Second Opinion Planner" in text
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    asker.printers = [printer]
    assert dialog.print_sheet()
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    assert dialog.kept


def test_the_security_menu_moves_the_key_and_back(
    make_window, data_dir, memory_keyring, typing, shown_keys, asker
):
    CaseStore.open(data_dir).close()
    window = make_window()
    security = window.security
    security.update_actions()
    assert security.to_passphrase_action.isVisible()
    assert not security.change_action.isVisible()
    before = _digest(data_dir)

    typing.answers = [OLD]
    security.use_passphrase()
    assert memory_keyring.secrets == {}
    security.update_actions()
    assert security.change_action.isVisible() and security.to_keyring_action.isVisible()

    typing.answers = ["a wrong one", OLD, NEW]  # the current one is asked again first
    security.change_passphrase()
    assert "not right" in typing.made[1].said[0]
    assert "Choose your new passphrase" in typing.made[2].reason.text()
    assert "changed" in window.statusBar().currentMessage()

    asker.confirms = []
    typing.answers = [NEW]
    security.new_recovery_key()  # no recovery key yet: nothing to confirm
    assert len(shown_keys) == 1
    asker.confirms = [False]
    security.new_recovery_key()  # replacing one is confirmed first
    assert len(shown_keys) == 1

    typing.answers = [shown_keys[0]]  # the recovery key will do as the current secret
    security.use_keyring()
    assert len(memory_keyring.secrets) == 1
    assert _digest(data_dir) == before
    window.store.close()
    with CaseStore.open(data_dir) as store:  # no passphrase needed
        assert store.key_methods().protection().method == "keyring"
    with pytest.raises(KeyringRefused):
        memory_keyring.secrets.clear()
        CaseStore.open(data_dir, passphrase=NEW)
    CaseStore.open(data_dir, passphrase=shown_keys[0]).close()


def test_a_keyring_that_fails_outright_asks_for_the_recovery_key_too(data_dir, typing, shown_keys):
    import keyring

    from tests.conftest import NoKeyring

    with CaseStore.open(data_dir) as store:
        code = store.key_methods().new_recovery_key()
    before = _digest(data_dir)
    keyring.set_keyring(NoKeyring())
    typing.answers = [None]  # the user cancels: nothing opens, nothing is made
    assert app_module.unlock(data_dir) is None
    assert typing.made[0].mode == "recovery"
    typing.answers = [code]
    app_module.unlock(data_dir).close()
    assert _digest(data_dir) == before
