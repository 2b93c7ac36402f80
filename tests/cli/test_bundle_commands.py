"""backup CASE OUT and restore BUNDLE: the passphrase from the environment, from the
terminal (asked twice for a new bundle), or neither; and nothing changed on a failure."""

from __future__ import annotations

import hashlib
import io
import json

import pytest

from wizard import cli_bundles
from wizard.store import CaseStore
from wizard.store import bundle_crypto as crypto
from wizard.store.bundles import BUNDLE_PASSPHRASE_ENV
from wizard.store.case_files import NewFile
from wizard.store.folder import WINDOW, take_writer_lock

PASSPHRASE = "bundle passphrase"
CONTENT = bytes(range(256)) * 5000  # a made-up scan of 1.2 MB: two chunks


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch):
    monkeypatch.setattr(crypto, "SCRYPT_LOG2_N", 14)


@pytest.fixture
def no_terminal(monkeypatch):
    monkeypatch.setattr(cli_bundles, "_terminal", lambda: False)
    monkeypatch.delenv(BUNDLE_PASSPHRASE_ENV, raising=False)


@pytest.fixture
def terminal(monkeypatch):
    """A terminal that answers the passphrase questions from a script; records them."""
    answers: list[str] = []
    asked: list[str] = []

    def getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(cli_bundles, "_terminal", lambda: True)
    monkeypatch.setattr(cli_bundles.getpass, "getpass", getpass)
    monkeypatch.delenv(BUNDLE_PASSPHRASE_ENV, raising=False)
    return answers, asked


@pytest.fixture
def anna(data_dir):
    with CaseStore.open(data_dir) as store:
        case = store.create_case("Anna Example")
        assert case.id is not None
        store.set_field(case.id, "need", "condition", "Made-up condition")
        store.files.put(case.id, io.BytesIO(CONTENT), NewFile("scan.dcm", "dicom"))
        store.files.put(case.id, io.BytesIO(b"%PDF letter"), NewFile("letter.pdf", "pdf"))
    return "Anna Example"


@pytest.fixture
def elsewhere(tmp_path, capsys):
    """The command line on another data folder (another computer, with another key)."""
    from wizard.cli import run

    folder = tmp_path / "other computer"

    def call(*argv):
        status = run(["--data-dir", str(folder), *map(str, argv)])
        out, err = capsys.readouterr()
        return status, out, err

    call.folder = folder
    return call


def test_round_trip_with_the_environment(cli, anna, elsewhere, tmp_path, monkeypatch):
    monkeypatch.setenv(BUNDLE_PASSPHRASE_ENV, PASSPHRASE)
    out = tmp_path / "Anna.sopbundle"
    status, text, err = cli("backup", anna, out)
    assert status == 0, err
    assert text.strip() == (
        f"Saved, encrypted: {out} (the case Anna Example; files: 2). It opens only with its "
        "passphrase, so keep that safe."
    )
    assert b"Anna" not in out.read_bytes() and CONTENT[:1000] not in out.read_bytes()
    status, text, err = elsewhere("restore", out, "--json")
    assert status == 0, err
    restored = json.loads(text)
    assert restored == {"id": 1, "name": "Anna Example", "files": 2}
    with CaseStore.open(elsewhere.folder) as store:
        files = {f.name: f for f in store.files.list(1)}
        with store.files.open(1, files["scan.dcm"].id) as stream:
            assert hashlib.sha256(stream.read()).digest() == hashlib.sha256(CONTENT).digest()
        assert store.load(1).fields["need"]["condition"] == "Made-up condition"
    # Restored twice: a second, separate case.
    status, text, _ = elsewhere("restore", out)
    assert status == 0
    assert text.strip() == "The case Anna Example is restored as case 2. Files: 2."


def test_the_terminal_asks_twice_for_a_new_bundle_and_once_to_open_it(
    cli, anna, elsewhere, tmp_path, terminal
):
    answers, asked = terminal
    out = tmp_path / "Anna.sopbundle"
    answers[:] = [PASSPHRASE, "not the same one"]
    status, text, err = cli("backup", anna, out)
    assert status == 1 and text == "" and not out.exists()
    assert err.strip() == (
        "second-opinion: The two passphrases are not the same; nothing was saved, so please "
        "try again."
    )
    answers[:] = ["short"]
    status, _, err = cli("backup", anna, out)
    assert status == 1 and "at least 8 characters" in err and not out.exists()
    asked.clear()
    answers[:] = [PASSPHRASE, PASSPHRASE]
    assert cli("backup", anna, out)[0] == 0
    assert asked == [
        "Choose a passphrase for the encrypted case file: ",
        "The same passphrase again: ",
    ]
    asked.clear()
    answers[:] = [PASSPHRASE]
    status, _, err = elsewhere("restore", out)
    assert status == 0, err
    assert asked == ["Passphrase of the encrypted case file: "]


def test_the_environment_wins_over_the_terminal(cli, anna, tmp_path, terminal, monkeypatch):
    answers, asked = terminal
    monkeypatch.setenv(BUNDLE_PASSPHRASE_ENV, PASSPHRASE)
    assert cli("backup", anna, tmp_path / "b")[0] == 0
    assert asked == []


def test_neither_a_terminal_nor_the_environment(cli, anna, elsewhere, tmp_path, no_terminal):
    out = tmp_path / "Anna.sopbundle"
    status, text, err = cli("backup", anna, out)
    assert (status, text) == (1, "")
    assert err == (
        "second-opinion: There is no terminal to ask for the passphrase of the encrypted case "
        "file; set SECOND_OPINION_BUNDLE_PASSPHRASE to it and try again.\n"
    )
    assert not out.exists()
    out.write_bytes(b"SOPBNDL\n whatever")
    status, _, err = elsewhere("restore", out)
    assert status == 1 and "SECOND_OPINION_BUNDLE_PASSPHRASE" in err
    assert not elsewhere.folder.exists()


def test_a_failed_restore_changes_nothing_not_even_a_new_folder(
    cli, anna, elsewhere, tmp_path, monkeypatch
):
    monkeypatch.setenv(BUNDLE_PASSPHRASE_ENV, PASSPHRASE)
    out = tmp_path / "Anna.sopbundle"
    assert cli("backup", anna, out)[0] == 0
    data = out.read_bytes()
    cut = tmp_path / "cut.sopbundle"
    cut.write_bytes(data[: len(data) - crypto.SEALED_CHUNK // 2])
    newer = tmp_path / "newer.sopbundle"
    newer.write_bytes(data[:8] + (crypto.VERSION + 1).to_bytes(2, "big") + data[10:])
    for bundle, said in (
        (cut, "is damaged or incomplete"),
        (newer, "comes from a newer version of this program"),
    ):
        status, text, err = elsewhere("restore", bundle)
        assert (status, text) == (1, "") and said in err and err.count("\n") == 1
    monkeypatch.setenv(BUNDLE_PASSPHRASE_ENV, "the wrong passphrase")
    status, _, err = elsewhere("restore", out)
    assert status == 1 and "The passphrase is not right for the encrypted case file" in err
    assert not elsewhere.folder.exists()
    # An existing folder keeps its cases and its vault as they were.
    assert elsewhere("case", "new", "Ben")[0] == 0
    before = sorted(p.name for p in (elsewhere.folder / "vault").rglob("*") if p.is_file())
    status, _, _ = elsewhere("restore", cut)
    assert status == 1
    after = sorted(p.name for p in (elsewhere.folder / "vault").rglob("*") if p.is_file())
    assert after == before
    assert [c["name"] for c in json.loads(elsewhere("case", "list", "--json")[1])] == ["Ben"]


def test_restore_waits_for_no_window(cli, anna, tmp_path, monkeypatch, data_dir):
    monkeypatch.setenv(BUNDLE_PASSPHRASE_ENV, PASSPHRASE)
    out = tmp_path / "Anna.sopbundle"
    assert cli("backup", anna, out)[0] == 0
    with take_writer_lock(data_dir, holder=WINDOW):
        status, _, err = cli("restore", out)
        # Saving a bundle only reads: it works beside an open window.
        assert cli("backup", anna, tmp_path / "second")[0] == 0
    assert status == 1 and "is open in another window of Second Opinion Planner" in err
    assert len(json.loads(cli("case", "list", "--json")[1])) == 1


def test_mistakes_on_the_command_line(cli, anna, data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv(BUNDLE_PASSPHRASE_ENV, PASSPHRASE)
    status, _, err = cli("backup", "Nobody", tmp_path / "x")
    assert status == 1 and "There is no case called Nobody" in err
    status, _, err = cli("backup", anna, data_dir / "inside")
    assert status == 1 and "is inside the program's data folder" in err
    for argv in (
        ("backup", anna),
        ("backup", "--list", anna, "x"),
        ("restore", "x", "--from-backup", "1"),
    ):
        status, out, err = cli(*argv)
        assert status == 2 and out == "" and err.count("\n") == 1, argv
    status, _, err = cli("restore", tmp_path / "missing")
    assert status == 1 and "does not exist" in err
    monkeypatch.setenv(BUNDLE_PASSPHRASE_ENV, "short")
    status, _, err = cli("backup", anna, tmp_path / "x")
    assert status == 1 and "at least 8 characters" in err and not (tmp_path / "x").exists()
