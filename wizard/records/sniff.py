"""What kind of file this is, from its first bytes: never from its name.

Apart from the parsers (wizard.records.inspect) so that a process can tell a scan
from a viewer program without loading pydicom: the importer copies likely records
into the vault while its helper processes are still starting.
"""

from __future__ import annotations

from wizard.plan.documents import DICOM, IMAGE, PDF

AUDIO = "audio"  # only a verdict of sniff(): a sound recording is added elsewhere
HEAD = 1024  # bytes read once to recognise a file


def sniff(head: bytes) -> str | None:
    """DICOM, PDF, IMAGE, "audio" or None, from a file's first bytes (give at least 132)."""
    if head[128:132] == b"DICM":
        return DICOM
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")):
        return IMAGE
    if head.startswith((b"ID3", b"OggS")) or (head[:4] == b"RIFF" and head[8:12] == b"WAVE"):
        return AUDIO
    if len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return AUDIO  # an MPEG audio frame's sync bits (MP3, AAC)
    if head[4:8] == b"ftyp":
        box = int.from_bytes(head[:4], "big")
        brands = head[8 : min(max(box, 16), len(head))]
        if any(brands[i : i + 4] in (b"M4A ", b"M4B ") for i in range(0, len(brands) - 3, 4)):
            return AUDIO
    return None
