"""The Case menu's encrypted copy of a whole case: saved from one window, opened in a
window on another data folder, and refused (changing nothing) with a wrong passphrase."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt

from wizard.store import CaseStore
from wizard.store import bundle_crypto as crypto
from wizard.store.case_files import NewFile
from wizard.store.preferences import Preferences
from wizard.ui.bundle_dialogs import BundlePassphraseDialog
from wizard.ui.main_window import MainWindow

PASSPHRASE = "bundle passphrase"
SCAN = bytes(range(256)) * 6000  # made up, larger than a chunk


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch):
    monkeypatch.setattr(crypto, "SCRYPT_LOG2_N", 14)


@pytest.fixture
def other_window(qtbot, tmp_path, translators, asker):
    """A window on another data folder (another computer, another key)."""
    store = CaseStore.open(tmp_path / "other computer")
    window = MainWindow(store, translators, Preferences(store.data_dir), asker=asker)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    store.close()


def wait_for_the_work(qtbot, window):
    bundles = window.case_actions.bundles
    assert bundles.job is not None
    qtbot.waitUntil(lambda: not bundles.busy, timeout=60_000)  # its result shown


def state(store):
    vault = sorted(p.name for p in (store.data_dir / "vault").rglob("*") if p.is_file())
    return store.list_cases(), vault


def test_save_and_open_an_encrypted_case(make_window, other_window, asker, qtbot, tmp_path):
    window = make_window()
    case = window.store.create_case("Anna Example")
    assert case.id is not None
    window.store.files.put(case.id, io.BytesIO(SCAN), NewFile("scan.dcm", "dicom"))
    window.open_case(case.id)
    bundles = window.case_actions.bundles
    assert bundles.save_action.text() == "Save the whole case, &encrypted…"
    assert bundles.save_action.isEnabled()

    out = tmp_path / "Anna"
    asker.paths = [out]
    asker.passphrases = [PASSPHRASE]
    bundles.save_action.trigger()
    assert not bundles.save_action.isEnabled()  # one at a time
    wait_for_the_work(qtbot, window)
    saved = tmp_path / "Anna.sopbundle"  # the suffix added
    assert asker.suggested.name == "Anna Example (encrypted).sopbundle"
    assert asker.passphrase_asked == [("Save the whole case, encrypted", True)]
    assert asker.errors == []
    assert window.notice.text.text() == (
        f"\u201cAnna Example\u201d is saved with all its files, encrypted, in {saved}. To open "
        "it on another computer, you need its passphrase."
    )
    assert saved.is_file() and b"Anna" not in saved.read_bytes()
    assert bundles.save_action.isEnabled()

    # In another window, on another data folder: a wrong passphrase first, then Cancel.
    other = other_window.case_actions.bundles
    before = state(other_window.store)
    asker.opened = [[saved], [saved]]
    asker.passphrases = ["not the passphrase", None]
    other.open_action.trigger()
    wait_for_the_work(qtbot, other_window)
    assert asker.errors == [
        f"The passphrase is not right for the encrypted case file {saved}; check it and try again "
        "(nothing was changed)."
    ]
    other.open_action.trigger()  # Cancel at the passphrase: nothing happens
    assert state(other_window.store) == before and other_window.case is None

    asker.opened = [[saved]]
    asker.passphrases = [PASSPHRASE]
    other.open_action.trigger()
    wait_for_the_work(qtbot, other_window)
    assert len(asker.errors) == 1
    shown = other_window.case
    assert shown is not None and shown.name == "Anna Example"
    assert other_window.notice.text.text() == (
        f"\u201cAnna Example\u201d is opened as case number {shown.id}, with all its files."
    )
    [restored] = other_window.store.files.list(shown.id)
    with other_window.store.files.open(shown.id, restored.id) as stream:
        assert stream.read() == SCAN
    assert asker.filter_text == "Encrypted cases (*.sopbundle)"


def test_a_damaged_file_is_said_in_one_sentence(make_window, asker, qtbot, tmp_path):
    window = make_window()
    damaged = tmp_path / "damaged.sopbundle"
    damaged.write_bytes(crypto.MAGIC + b"\x00\x01" + b"\x00" * 200)
    before = state(window.store)
    asker.opened = [[damaged]]
    asker.passphrases = [PASSPHRASE]
    window.case_actions.bundles.open_action.trigger()
    wait_for_the_work(qtbot, window)
    assert asker.errors == [
        f"The encrypted case file {damaged} is damaged or incomplete; copy it again from "
        "where it came from (nothing was changed)."
    ]
    assert state(window.store) == before


def test_saving_needs_an_open_case(make_window):
    window = make_window()
    bundles = window.case_actions.bundles
    assert not bundles.save_action.isEnabled() and bundles.open_action.isEnabled()


def test_the_new_passphrase_is_typed_twice_by_the_folders_rules(qtbot):
    dialog = BundlePassphraseDialog("Save the whole case, encrypted", new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.keyClicks(dialog.first, "short")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisible() and "at least 8 characters" in dialog.problem.text()
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, PASSPHRASE)
    qtbot.keyClicks(dialog.second, "bundle passphrasf")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "The two passphrases are not the same. Please type them again."
    assert dialog.result() == 0 and dialog.isVisible()
    dialog.second.clear()
    qtbot.keyClicks(dialog.second, PASSPHRASE)
    assert not dialog.problem.isVisible()  # typing takes the old problem away
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.passphrase() == PASSPHRASE


def test_opening_asks_once(qtbot):
    dialog = BundlePassphraseDialog("Open an encrypted case", new=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.second.isVisible()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Please type the passphrase."
    qtbot.keyClicks(dialog.first, "x")  # any passphrase: the bundle says whether it is right
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
