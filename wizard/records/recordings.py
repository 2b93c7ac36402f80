"""Recordings of the visit (step 7): what counts as one, and keeping it in the vault.

A recording is known by its first bytes, never by its name: an m4a (an MP4 box ``ftyp``
with a sound brand), an mp3 (an ID3 tag, or an MPEG audio frame), a wav (RIFF/WAVE) or an
ogg (OggS). Anything else is refused with one sentence. The recording is encrypted into
the vault from the first byte, filed under "Doctor notes" as the user's own choice.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, cast

from wizard.errors import UserError, os_error, write_error
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.appointment import STEP_KEY
from wizard.plan.documents import AUDIO, CaseFile
from wizard.store.case_files import NewFile
from wizard.store.cases import CaseStore

HEAD = 64  # bytes read to recognise a recording
MAX_NAME = 300
CATEGORY = "doctor_notes"
# The major brands of the MP4 boxes that phones and recorders write for sound alone.
_MP4_SOUND_BRANDS = {
    b"M4A ",
    b"M4B ",
    b"M4P ",
    b"F4A ",
    b"mp41",
    b"mp42",
    b"isom",
    b"iso2",
    b"3gp4",
    b"3gp5",
    b"3gp6",
    b"3g2a",
    b"dash",
}


def recording_format(head: bytes) -> str | None:
    """ "m4a", "mp3", "wav" or "ogg" from a file's first bytes (give at least 16); None
    for anything else."""
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"OggS"):
        return "ogg"
    if head.startswith(b"ID3") or _mpeg_frame(head):
        return "mp3"
    if head[4:8] == b"ftyp" and 16 <= int.from_bytes(head[:4], "big") <= 4096:
        if head[8:12] in _MP4_SOUND_BRANDS:
            return "m4a"
    return None


def _mpeg_frame(head: bytes) -> bool:
    """An MPEG audio frame header: 11 sync bits, then a version, layer, bit rate and sample
    rate that are not the reserved or "bad" values (which rules out most other files)."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0b11
    layer = (head[1] >> 1) & 0b11
    bitrate = head[2] >> 4
    sample_rate = (head[2] >> 2) & 0b11
    return version != 0b01 and layer != 0b00 and bitrate != 0b1111 and sample_rate != 0b11


def not_a_recording(name: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "\u201c{name}\u201d is not a sound recording the program can keep; please choose an "
            "m4a, mp3, wav or ogg file.",
        ),
        name=name,
    )


def _read_error(path: Path, exc: OSError) -> UserError:
    return os_error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Could not read \u201c{name}\u201d ({reason}); check that the file is still there and "
            "try again.",
        ),
        exc,
        name=path.name,
    )


def shown_name(path: Path) -> str:
    """The file's name as the case keeps it: without invisible characters, not too long."""
    name = "".join(ch for ch in path.name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    name = name.strip() or "recording"
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = stem[: MAX_NAME - len(suffix) - 1] + dot + suffix if dot else name[:MAX_NAME]
    return name


class _ReadFailed(Exception):
    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


class _Reading:
    """The recording as the vault reads it: tells the bytes read so far, and marks a
    failure to read it apart from a failure to write the vault."""

    def __init__(self, stream: BinaryIO, progress: Callable[[int], None] | None) -> None:
        self._stream = stream
        self._progress = progress
        self.read_so_far = 0

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._stream.read(size)
        except OSError as exc:
            raise _ReadFailed(exc) from None
        self.read_so_far += len(data)
        if self._progress is not None:
            self._progress(self.read_so_far)
        return data


def add_recording(
    store: CaseStore,
    case_id: int,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[CaseFile, bool]:
    """Keep the recording ``path`` with step 7 of the case, encrypted; returns the file and
    whether it is new (the same recording added again is kept once).

    ``progress(done, total)`` tells the bytes read. Raises UserError for a file that is not a
    recording or cannot be read, and ``wizard.store.vault.Cancelled`` when asked to stop.
    """
    try:
        # O_NONBLOCK: a pipe put in a file's place must not make us wait for ever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _read_error(path, exc) from None
    try:
        info = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        raise _read_error(path, exc) from None
    if not stat.S_ISREG(info.st_mode):  # a folder, a device
        os.close(fd)
        raise not_a_recording(shown_name(path))
    with os.fdopen(fd, "rb") as stream:
        try:
            if recording_format(stream.read(HEAD)) is None:
                raise not_a_recording(shown_name(path))
            stream.seek(0)
        except OSError as exc:
            raise _read_error(path, exc) from None
        total = info.st_size
        tell = None if progress is None else (lambda done: progress(done, total))
        source = cast(BinaryIO, _Reading(stream, tell))
        new = NewFile(shown_name(path), AUDIO, step=STEP_KEY, category=CATEGORY, confirmed=True)
        try:
            return store.files.put(case_id, source, new, cancelled)
        except _ReadFailed as failed:
            raise _read_error(path, failed.error) from None
        except OSError as exc:
            raise write_error(store.data_dir, exc) from None
