"""Recordings are known by their first bytes: the four kinds the visit's recorders write,
and nothing else, whatever the file's name."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import pytest

from wizard.errors import UserError
from wizard.records.recordings import add_recording, recording_format, shown_name


def _wav() -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x01" * 800)
    return buffer.getvalue()


def _ftyp(brand: bytes) -> bytes:
    return (24).to_bytes(4, "big") + b"ftyp" + brand + b"\x00\x00\x00\x00" + brand + b"isom"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (_wav(), "wav"),
        (b"OggS\x00\x02" + b"\x00" * 40, "ogg"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 20, "mp3"),
        (b"\xff\xfb\x90\x64" + b"\x00" * 20, "mp3"),  # MPEG-1 layer III, 128 kbit/s, 44.1 kHz
        (_ftyp(b"M4A "), "m4a"),
        (_ftyp(b"mp42"), "m4a"),  # what many phones write for sound alone
        (_ftyp(b"heic"), None),  # a photo in the same kind of box
        (_ftyp(b"qt  "), None),  # a film
        (b"RIFF\x24\x00\x00\x00AVI LIST", None),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", None),  # a JPEG starts with sync-like bits
        (b"\xff\xff\xff\xff" + b"\x00" * 20, None),  # sync bits, but a bad frame
        (b"%PDF-1.7\n", None),
        (b"These are my notes\n", None),
        (b"", None),
    ],
)
def test_recordings_are_known_by_their_first_bytes(head, kind):
    assert recording_format(head[:64]) == kind


def test_a_name_keeps_its_suffix_and_loses_invisible_characters():
    assert shown_name(Path("visit\u202e.wav")) == "visit.wav"
    long = shown_name(Path("a" * 400 + ".m4a"))
    assert len(long) == 300 and long.endswith(".m4a")


def test_a_recording_is_kept_once_with_step_7(store, tmp_path):
    case_id = store.create_case("Pat Example").id
    path = tmp_path / "visit.wav"
    path.write_bytes(_wav())
    seen = []
    file, new = add_recording(store, case_id, path, lambda done, total: seen.append(total))
    assert new and file.step == "appointment" and file.kind == "audio"
    assert seen and set(seen) == {path.stat().st_size}
    again, new = add_recording(store, case_id, path)
    assert not new and again.id == file.id
    with store.files.open(case_id, file.id) as stream:
        assert stream.read() == path.read_bytes()
    assert store.load(case_id).files.appointment == 1


def test_what_is_not_a_recording_is_refused_whatever_its_name(store, tmp_path):
    case_id = store.create_case("Pat Example").id
    fake = tmp_path / "visit.mp3"
    fake.write_text("not a sound")
    with pytest.raises(UserError, match="is not a sound recording"):
        add_recording(store, case_id, fake)
    with pytest.raises(UserError, match="is not a sound recording"):
        add_recording(store, case_id, tmp_path)  # a folder
    with pytest.raises(UserError, match="Could not read"):
        add_recording(store, case_id, tmp_path / "gone.wav")
    assert store.files.list(case_id) == []
