"""No plaintext patient data and no key outside the exports the user asked for: a scripted
session (a case, imported files, a backup, a killed writer, a restore, an export) leaves
none of its planted strings in the data folder, the temp folder or the log, in UTF-8 or
UTF-16. The session's steps and the search are in ``tests/store/leaks.py``."""

from __future__ import annotations

import logging
import tempfile

import pytest

from tests.store import leaks
from tests.store.leaks import PASSPHRASE, STEPS, Session
from wizard.store import PASSPHRASE_ENV


@pytest.fixture
def session(tmp_path, monkeypatch, capsys):
    """A session whose temp files (this process's and its children's) and DEBUG log are
    its own, with the passphrase from the environment (no keyring)."""
    from wizard.cli import run

    def cli(*argv):
        status = run(["--data-dir", str(made.data_dir), *map(str, argv)])
        out, err = capsys.readouterr()
        return status, out, err

    made = Session(tmp_path, cli)
    for name in ("TMPDIR", "TEMP", "TMP", "XDG_RUNTIME_DIR"):
        monkeypatch.setenv(name, str(made.temp_dir))
    monkeypatch.setattr(tempfile, "tempdir", str(made.temp_dir))
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    handler = logging.FileHandler(made.log_path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logging.captureWarnings(True)
    yield made
    logging.captureWarnings(False)
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


@pytest.fixture
def translators(qapp):
    from wizard.i18n import AppTranslators
    from wizard.ui.look import install_look

    install_look(qapp)
    made = AppTranslators(qapp)
    made.switch("en")
    return made


def _searched(session: Session):
    return [session.data_dir, session.temp_dir, session.log_path]


def test_a_scripted_session_leaves_no_patient_data_and_no_key_behind(session):
    wanted: dict[str, bytes] = {}
    for step in STEPS:
        step(session)
        logging.getLogger("second-opinion.leak-test").debug("step done: %s", step.__name__)
        # After each step: what a step leaves only until the next one is found too.
        wanted = wanted or leaks.needles(session.key())
        assert leaks.leaks(_searched(session), wanted) == [], step.__name__
    # The search did look: the log was written, the folders hold the vault and backups.
    assert "step done: export_checklist" in session.log_path.read_text("utf-8")
    searched = leaks.files_under(_searched(session))
    assert any("vault" in path.parts for path in searched)
    assert any("backups" in path.parts for path in searched)
    # The user's own files and the export are outside what is searched.
    assert leaks.leaks([session.outside / "from the doctor"], wanted)


@pytest.mark.parametrize("encoding", leaks.ENCODINGS)
def test_the_search_finds_a_planted_string_in_a_temp_file(session, encoding):
    wanted = leaks.needles(b"\x01" * 32)
    (session.temp_dir / "stray.txt").write_bytes(
        b"before " + leaks.NOTES.encode(encoding) + b" after"
    )
    assert leaks.leaks(_searched(session), wanted) == [
        f"{session.temp_dir / 'stray.txt'}: {leaks.NOTES!r} in {encoding}"
    ]


def test_the_search_finds_the_key_in_a_log(session):
    key = bytes(range(32))
    logging.getLogger("wizard").debug("opened with %s", key.hex())
    found = leaks.leaks(_searched(session), leaks.needles(key))
    assert found == [f"{session.log_path}: the key in hex"]


def test_the_window_leaves_no_patient_data_behind(session, qtbot, translators):
    """The window on the session's folder: every page shown (the scans' small pictures
    too), an edit typed, locked and unlocked, closed; then the same search."""
    from wizard.plan import PAGES
    from wizard.store import CaseStore
    from wizard.store.preferences import Preferences
    from wizard.ui.main_window import MainWindow

    for step in STEPS[:2]:  # the case and its files
        step(session)
    store = CaseStore.open(session.data_dir)
    window = MainWindow(store, translators, Preferences(session.data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.open_case(session.case_id)
        for key in PAGES:
            window.go_to(key)
        panel = window.pages["records"].files_panel
        assert panel is not None and panel.files  # the imported files are shown
        line = window.pages["need"].form.texts["first_doctor"]
        line.setText(leaks.TREATMENT)
        line.textEdited.emit(leaks.TREATMENT)
        window.auto_lock.lock_now()
        assert window.auto_lock.key_dropped
        window.auto_lock.unlock()  # the passphrase comes from the environment here
        assert window.case is not None
        assert window.case.fields["need"]["first_doctor"] == leaks.TREATMENT
    finally:
        window.close()
        store.close()
    assert leaks.leaks(_searched(session), leaks.needles(session.key())) == []


def test_temporary_files_of_the_program_land_in_the_searched_temp_folder(session):
    handle, name = tempfile.mkstemp(suffix=".pdf")
    with open(handle, "wb") as stray:
        stray.write(leaks.NAME.encode("utf-16-le"))
    found = leaks.leaks(_searched(session), leaks.needles(b"\x02" * 32))
    assert found == [f"{name}: {leaks.NAME!r} in utf-16-le"]
