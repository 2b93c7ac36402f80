"""Starting up: the passphrase dialog and unlocking a data folder from the GUI."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QDialog

from wizard.store import CaseStore
from wizard.ui import app as app_module
from wizard.ui.dialogs import PassphraseDialog


def test_new_passphrase_must_be_long_enough_and_typed_twice_the_same(qtbot):
    dialog = PassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog._check()
    assert "at least 8 characters" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.first.setText(" " * 12)
    dialog.second.setText(" " * 12)
    dialog._check()
    assert "only spaces" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.first.setText("long enough one")
    dialog.second.setText("long enough two")
    dialog._check()
    assert "not the same" in dialog.problem.text()
    dialog.second.setText("long enough one")
    dialog._check()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase() == "long enough one"


class ScriptedDialog:
    """Stands in for PassphraseDialog: answers exec() with the next scripted passphrase."""

    answers: list[str | None] = []
    problems: list[str] = []
    made: list[bool] = []

    def __init__(self, new: bool, parent=None, **kwargs) -> None:
        ScriptedDialog.made.append(new)
        self._current = ""

    def exec(self):
        answer = ScriptedDialog.answers.pop(0)
        if answer is None:
            return QDialog.DialogCode.Rejected
        self._current = answer
        return QDialog.DialogCode.Accepted

    def passphrase(self) -> str:
        return self._current

    def show_problem(self, text: str) -> None:
        ScriptedDialog.problems.append(text)


@pytest.fixture
def scripted(monkeypatch):
    import wizard.ui.dialogs as dialogs

    ScriptedDialog.answers, ScriptedDialog.problems, ScriptedDialog.made = [], [], []
    monkeypatch.setattr(dialogs, "PassphraseDialog", ScriptedDialog)
    return ScriptedDialog


def test_without_keyring_a_new_folder_asks_for_a_new_passphrase(
    qapp, data_dir, no_keyring, scripted, monkeypatch
):
    from wizard.ui import recovery_dialog

    shown = []
    monkeypatch.setattr(
        recovery_dialog,
        "RecoveryKeyDialog",
        lambda code, *a: SimpleNamespace(exec=lambda: shown.append(code)),
    )
    scripted.answers = ["a good passphrase"]
    store = app_module.unlock(data_dir)
    assert scripted.made == [True]
    assert len(shown) == 1  # the new folder's recovery key, shown once
    store.create_case("Kept")
    store.close()
    with CaseStore.open(data_dir, passphrase="a good passphrase") as again:
        assert [n for _, n in again.list_cases()] == ["Kept"]


def test_a_passphrase_folder_asks_again_after_a_wrong_one(qapp, data_dir, no_keyring, scripted):
    CaseStore.open(data_dir, passphrase="the right one").close()
    scripted.answers = ["the wrong one", "the right one"]
    store = app_module.unlock(data_dir)
    assert scripted.made == [False]
    assert scripted.problems and "not right" in scripted.problems[0]
    assert store is not None
    store.close()


def test_cancelling_the_passphrase_opens_nothing(qapp, data_dir, no_keyring, scripted):
    CaseStore.open(data_dir, passphrase="the right one").close()
    scripted.answers = [None]
    assert app_module.unlock(data_dir) is None


def test_with_a_keyring_no_question_is_asked(qapp, data_dir, scripted):
    CaseStore.open(data_dir).close()
    store = app_module.unlock(data_dir)
    assert scripted.made == []
    store.close()
