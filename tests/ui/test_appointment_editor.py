"""Step 7's own editor through the real widgets: an answer under each question of step 6,
recordings added (encrypted), refused, removed and played, in the program or, after a
warning, with the computer's own player through a plain copy that does not outlive the
window."""

from __future__ import annotations

import io
import os
import stat
import sys
import tempfile
import threading
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_main_window import _create_case
from tests.ui.test_steps_one_to_five import choose, done
from wizard.records import recordings
from wizard.ui.audio_player import load_multimedia

# A pattern that would show in any plain copy of the sound, and nowhere else.
MARK = b"PLAIN-SOUND-OF-THE-VISIT!"


def wav_bytes(seconds: float = 0.5) -> bytes:
    frames = int(8000 * seconds)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        body = (MARK * (2 * frames // len(MARK) + 1))[: 2 * frames]
        out.writeframes(body)
    return buffer.getvalue()


def make_wav(folder: Path, name: str = "visit.wav") -> Path:
    path = folder / name
    path.write_bytes(wav_bytes())
    return path


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """Plain copies go to a folder of this test (not the machine's own temporary folder)."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def no_multimedia(monkeypatch):
    """As on a computer without QtMultimedia (PySide6-Essentials alone)."""
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)


def editor_of(window):
    window.go_to("appointment")
    (editor,) = window.pages["appointment"].editors
    return editor


def add_questions(window, *texts, starred=()):
    ids = window.store.add_entries(
        window.case.id,
        "questions",
        "questions",
        tuple({"text": t, "starred": "yes" if t in starred else ""} for t in texts),
    )
    window.open_case(window.case.id)
    return ids


def add_recording(qtbot, asker, section, path):
    asker.opened.append([path])
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(section.add_button.isEnabled)


def test_each_question_gets_an_answer_box_saved_as_typed(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    answers = editor_of(window).answers

    # No questions yet: a sentence and the way to step 6.
    assert answers.empty_box.isVisible() and not answers.boxes
    qtbot.mouseClick(answers.to_questions, Qt.MouseButton.LeftButton)
    assert window.page_key == "questions"

    texts = ("How did you reach this diagnosis?", "What happens if we do nothing?", "Who treats?")
    ids = add_questions(window, *texts, starred=(texts[1],))
    window.go_to("appointment")
    assert not answers.empty_box.isVisible()
    shown = [label.text() for label, _box in answers.boxes.values()]
    assert shown == [texts[0], "\u2605 What happens if we do nothing? (most important)", texts[2]]

    box = answers.answer_box(ids[1])
    assert box.edit.accessibleName() == "Answer to: What happens if we do nothing?"
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, "It may get worse within a year")
    stored = window.store.load(window.case.id).entry(ids[1])
    assert stored.value("answer") == "It may get worse within a year"
    assert box.text() == "It may get worse within a year"  # nothing jumped while typing
    # Tab leaves the box for the next answer, as in every other field.
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    assert answers.answer_box(ids[2]).edit.hasFocus()


def test_a_recording_is_kept_encrypted_listed_and_makes_the_step_done(
    make_window, asker, qtbot, tmp_path, data_dir, monkeypatch
):
    window = make_window()
    _create_case(window, asker, qtbot)
    section = editor_of(window).recordings
    form = window.pages["appointment"].form
    choose(form.choices["happened"], "yes")
    assert not done(window, "appointment")
    assert section.empty.isVisible()

    original = make_wav(tmp_path)
    # While the file is read and encrypted (off the window's thread), the section says so.
    release = threading.Event()
    real_add = recordings.add_recording

    def held(*args, **kwargs):
        release.wait(30)
        return real_add(*args, **kwargs)

    monkeypatch.setattr(recordings, "add_recording", held)
    asker.opened.append([original])
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert not section.add_button.isEnabled() and section.adding_box.isVisible()
    assert section.add_button.text() == "Adding\u2026"
    release.set()
    qtbot.waitUntil(section.add_button.isEnabled)
    assert asker.errors == []
    assert "Recordings" in asker.filter_text and "*.ogg" in asker.filter_text
    (row,) = section.rows.values()
    assert row.name.text() == "visit.wav"
    assert "kB, added on" in row.details.text()
    assert not section.empty.isVisible() and not section.adding_box.isVisible()
    assert section.add_button.isEnabled()

    # Stored with step 7, filed as the doctor's notes; the step is done.
    (file,) = window.store.files.list(window.case.id, step="appointment")
    assert (file.kind, file.category, file.confirmed) == ("audio", "doctor_notes", True)
    assert window.case.files.appointment == 1
    assert done(window, "appointment")
    # The rule's word on permission shows once, in the verdict, until permission is noted.
    warning = "You added a recording, but not that the doctor allowed it."
    assert warning in window.pages["appointment"].verdict.details.text()
    choose(form.choices["recording"], "granted")
    assert warning not in window.pages["appointment"].verdict.details.text()

    # Nothing of the sound is in the data folder in plain form.
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert MARK not in path.read_bytes(), path

    # The same recording again is kept once, and the user is told.
    add_recording(qtbot, asker, section, original)
    assert section.notice.isVisible()
    assert "already here" in section.notice.text()
    assert len(window.store.files.list(window.case.id, step="appointment")) == 1


def test_a_text_file_named_mp3_is_refused_with_a_sentence(make_window, asker, qtbot, tmp_path):
    window = make_window()
    _create_case(window, asker, qtbot)
    section = editor_of(window).recordings
    fake = tmp_path / "notes.mp3"
    fake.write_text("These are my notes, not a recording.\n" * 20)
    add_recording(qtbot, asker, section, fake)
    assert asker.errors == [
        "\u201cnotes.mp3\u201d is not a sound recording the program can keep; please choose an "
        "m4a, mp3, wav or ogg file."
    ]
    assert not section.rows and window.store.files.list(window.case.id) == []
    assert section.add_button.isEnabled()


def test_a_recording_is_removed_only_after_a_yes(make_window, asker, qtbot, tmp_path):
    window = make_window()
    _create_case(window, asker, qtbot)
    section = editor_of(window).recordings
    form = window.pages["appointment"].form
    choose(form.choices["happened"], "yes")
    add_recording(qtbot, asker, section, make_wav(tmp_path))
    (row,) = section.rows.values()

    asker.confirms.append(False)
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert "visit.wav" in asker.last_question and len(section.rows) == 1

    asker.confirms.append(True)
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert not section.rows and section.empty.isVisible()
    assert window.store.files.list(window.case.id) == []
    assert not done(window, "appointment")


def test_without_qtmultimedia_a_plain_copy_is_played_after_a_warning_and_removed(
    make_window, asker, qtbot, tmp_path, data_dir, private_tmp, no_multimedia
):
    window = make_window()
    _create_case(window, asker, qtbot)
    section = editor_of(window).recordings
    original = make_wav(tmp_path)
    add_recording(qtbot, asker, section, original)
    (row,) = section.rows.values()

    # Cancel: nothing leaves the vault.
    asker.confirms.append(False)
    qtbot.mouseClick(row.play_button, Qt.MouseButton.LeftButton)
    (warning,) = asker.warnings
    assert "plain, unlocked copy" in warning and "deleted when you close" in warning
    assert asker.shown == [] and not any(p.is_file() for p in private_tmp.rglob("*"))

    # Continue: the system's player gets a private plain copy, outside the data folder.
    asker.confirms.append(True)
    qtbot.mouseClick(row.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asker.shown))
    ((copy, content),) = asker.shown
    assert content == original.read_bytes() and copy.name == "visit.wav"
    assert private_tmp in copy.parents and data_dir not in copy.parents
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert (
        section.playback.copy_box.isVisible() and "visit.wav" in section.playback.copy_note.text()
    )

    # The copy goes when the window closes.
    window.close()
    assert not copy.exists()
    assert not any(p.is_file() for p in private_tmp.rglob("*"))


def test_a_plain_copy_goes_at_the_users_word_and_after_a_crash(
    make_window, asker, qtbot, tmp_path, private_tmp, no_multimedia
):
    window = make_window()
    _create_case(window, asker, qtbot)
    section = editor_of(window).recordings
    add_recording(qtbot, asker, section, make_wav(tmp_path))
    (row,) = section.rows.values()
    asker.confirms.append(True)
    qtbot.mouseClick(row.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asker.shown))
    copy = asker.shown[0][0]
    qtbot.mouseClick(section.playback.delete_copy_button, Qt.MouseButton.LeftButton)
    assert not copy.exists() and not section.playback.copy_box.isVisible()

    # No program could open it: the copy is deleted again at once, and the user told why.
    asker.system_opens = False
    asker.confirms.append(True)
    qtbot.mouseClick(row.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asker.errors))
    assert "No program on this computer could play the recording" in asker.errors[0]
    assert not asker.shown[1][0].exists()

    # Another patient's case shown: the copy of this one's recording goes at once.
    asker.system_opens = True
    asker.confirms.append(True)
    qtbot.mouseClick(row.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asker.shown) == 3)
    assert asker.shown[2][0].exists()
    _create_case(window, asker, qtbot, name="Other Patient")
    assert not asker.shown[2][0].exists() and not section.playback.copy_box.isVisible()

    # A copy left by a crash is gone when a window opens on the data folder again.
    leftover = section.playback.plain.folder / "crashed" / "visit.wav"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"plain")
    make_window()
    assert not leftover.exists()


def test_in_the_program_a_recording_plays_from_memory(
    make_window, asker, qtbot, tmp_path, private_tmp
):
    if load_multimedia() is None:
        pytest.skip("QtMultimedia cannot be loaded here (PySide6-Essentials does not have it)")
    window = make_window()
    _create_case(window, asker, qtbot)
    section = editor_of(window).recordings
    long = tmp_path / "visit.wav"
    long.write_bytes(wav_bytes(seconds=20))
    add_recording(qtbot, asker, section, long)
    (row,) = section.rows.values()
    qtbot.mouseClick(row.play_button, Qt.MouseButton.LeftButton)
    player = section.playback.player
    assert player is not None
    qtbot.waitUntil(lambda: player.playing)
    assert player.isVisible() and player.title.text() == "Playing \u201cvisit.wav\u201d"
    assert player.pause_button.text() == "&Pause"
    assert asker.warnings == [] and asker.shown == []
    assert not any(p.is_file() for p in private_tmp.rglob("*"))
    # Stopped while it plays (this once hung the FFmpeg backend): gone from memory too.
    qtbot.mouseClick(player.stop_button, Qt.MouseButton.LeftButton)
    assert not player.isVisible() and player.buffer is None
    # Playing again, then closing the window while it plays.
    qtbot.mouseClick(row.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.playing)
    window.close()
    assert player.buffer is None


def test_when_the_program_cannot_play_it_offers_the_system_player(
    make_window, asker, qtbot, tmp_path, private_tmp
):
    if load_multimedia() is None:
        pytest.skip("QtMultimedia cannot be loaded here (PySide6-Essentials does not have it)")
    window = make_window()
    _create_case(window, asker, qtbot)
    section = editor_of(window).recordings
    # A wav by its first bytes, but broken after them.
    broken = tmp_path / "broken.wav"
    broken.write_bytes(wav_bytes()[:12] + b"\x00garbage" * 200)
    add_recording(qtbot, asker, section, broken)
    (row,) = section.rows.values()
    asker.confirms.append(False)
    qtbot.mouseClick(row.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asker.warnings))
    assert asker.warnings[0].startswith("The program could not play this recording itself.")
