"""The ``key`` command, and the passphrase or recovery key typed at a terminal prompt."""

from __future__ import annotations

import hashlib
import json

import pytest
from pypdf import PdfReader

from wizard import cli_keys
from wizard.store import PASSPHRASE_ENV, CaseStore

OLD = "the old passphrase"
NEW = "the new passphrase"


@pytest.fixture
def terminal(monkeypatch):
    """A terminal where the user types the scripted answers, one per prompt."""
    answers: list[str] = []
    prompts: list[str] = []

    def ask(prompt: str = "") -> str:
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(cli_keys, "_on_terminal", lambda: True)
    monkeypatch.setattr(cli_keys.getpass, "getpass", ask)
    return answers, prompts


def _digest(data_dir):
    return hashlib.sha256((data_dir / "cases.db").read_bytes()).hexdigest()


def test_status_and_a_recovery_key_shown_once(cli, data_dir, memory_keyring):
    cli("case", "new", "A")
    status, out, _ = cli("key", "status", "--json")
    assert status == 0 and json.loads(out) == {"method": "keyring", "recovery_key": False}
    status, out, _ = cli("key", "status")
    assert "new-recovery" in out
    status, out, err = cli("key", "new-recovery")
    assert status == 0, err
    code = out.split("shown only this once: ")[1].split()[0]
    assert len(code) == 34
    memory_keyring.secrets.clear()  # the keyring loses the key: the recovery key opens
    status, _, err = cli("status", "A")
    assert status == 1 and "type your recovery key" in err
    with CaseStore.open(data_dir, passphrase=code) as store:
        assert store.list_cases()


def test_the_recovery_sheet_holds_the_key_and_never_goes_into_the_data_folder(
    cli, data_dir, tmp_path
):
    cli("case", "new", "A")
    status, _, err = cli("key", "new-recovery", "--pdf", data_dir / "sheet.pdf")
    assert status == 1 and "inside the program's data folder" in err
    with CaseStore.open(data_dir) as store:
        assert store.key_methods().protection().has_recovery_key is False
    status, out, err = cli("key", "new-recovery", "--pdf", tmp_path / "sheet.pdf", "--json")
    assert status == 0, err
    code = json.loads(out)["recovery_key"]
    text = PdfReader(tmp_path / "sheet.pdf").pages[0].extract_text()
    assert all(group in text for group in code.split("-"))
    assert "no one can open your data" in text


def test_change_passphrase_with_the_environment(cli, data_dir, no_keyring, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, OLD)
    cli("case", "new", "A")
    before = _digest(data_dir)
    monkeypatch.setenv(cli_keys.NEW_PASSPHRASE_ENV, NEW)
    status, out, err = cli("key", "change-passphrase")
    assert status == 0, err
    assert "locked with a passphrase" in out
    assert _digest(data_dir) == before
    status, _, err = cli("status", "A")
    assert status == 1 and "passphrase is not right" in err
    monkeypatch.setenv(PASSPHRASE_ENV, NEW)
    assert cli("status", "A")[0] == 0


def test_a_new_passphrase_needs_a_terminal_or_the_environment(cli, no_keyring, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, OLD)
    cli("case", "new", "A")
    status, _, err = cli("key", "change-passphrase")
    assert status == 1 and "SECOND_OPINION_NEW_PASSPHRASE" in err


def test_moving_between_keyring_and_passphrase_at_the_terminal(
    cli, data_dir, memory_keyring, terminal
):
    answers, prompts = terminal
    cli("case", "new", "A")
    answers += [NEW, "not the same one"]
    status, _, err = cli("key", "use-passphrase")
    assert status == 1 and "not the same" in err
    assert memory_keyring.secrets  # nothing changed
    answers += [NEW, NEW]
    status, out, err = cli("key", "use-passphrase", "--json")
    assert status == 0, err
    assert json.loads(out)["method"] == "passphrase"
    assert memory_keyring.secrets == {}
    answers += ["a wrong passphrase"]
    status, _, err = cli("status", "A")
    assert status == 1 and "passphrase is not right" in err
    assert prompts[-1].startswith("Passphrase or recovery key:")
    answers += [NEW]
    status, out, err = cli("key", "use-keyring")
    assert status == 0, err
    assert "system keyring" in out
    assert cli("status", "A")[0] == 0  # no prompt: the keyring gives the key
    assert answers == []


def test_the_terminal_asks_for_the_recovery_key_when_the_keyring_fails(
    cli, data_dir, memory_keyring, terminal
):
    answers, prompts = terminal
    cli("case", "new", "A")
    status, out, _ = cli("key", "new-recovery", "--json")
    code = json.loads(out)["recovery_key"]
    memory_keyring.secrets.clear()
    answers += [code.lower()]
    status, out, err = cli("status", "A")
    assert status == 0, err
    assert "keyring" in err  # why it asks
    assert prompts == ["Recovery key: "]
    assert not memory_keyring.secrets  # no new key made
