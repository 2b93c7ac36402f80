"""What a file is (a scan, a PDF, a picture), read safely from its content, never its name.

Every file may be hostile or broken: ``inspect`` never raises for what a file holds,
bounds what it reads (a scan's header at most 64 MiB, a picture's size in pixels), and
tells apart a file that is damaged from one that is simply not a record we keep. A scan
is checked beyond what pydicom checks: pydicom accepts a file cut short without a word,
so the picture data's length is compared with what the header promises.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import warnings
import zipfile
from datetime import date
from typing import TYPE_CHECKING, Any, BinaryIO

import pydicom
from PIL import Image
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.documents import DICOM, IMAGE, PDF
from wizard.plan.messages import Msg
from wizard.records.found import DicomInfo, Inspected, Problem
from wizard.records.sniff import AUDIO, HEAD, sniff
from wizard.records.sources import (
    DIRECTORY_STORAGE,
    EMPTY,
    FILE_UNREADABLE,
    MemberTooLarge,
    Source,
    read_whole,
    why,
)

if TYPE_CHECKING:
    import pypdf

__all__ = ["AUDIO", "HEAD", "DicomInfo", "Inspected", "Problem", "inspect", "sniff"]

MAX_HEADER = 64 * 1024**2  # a scan's header, everything but its picture data
MAX_DOCUMENT = 512 * 1024**2  # a PDF or a picture
Image.MAX_IMAGE_PIXELS = 100_000_000  # a photo of a page is far smaller; more is a bomb
PICTURE_SIDE = 1024  # JPEGs are decoded at about this size, which is much faster

_PIXEL_TAGS = (0x7FE00010, 0x7FE00008, 0x7FE00009)  # Pixel Data, Float and Double Float
_ITEM, _SEQUENCE_END = 0xFFFEE000, 0xFFFEE0DD
_NATIVE = {"1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2"}
_DEFLATED = "1.2.840.10008.1.2.1.99"
_LONG_VRS = {b"OB", b"OW", b"OF", b"OD", b"OL", b"OV", b"UN"}
_BINARY_VRS = {None, "US", "SS", "UN", "OB", "OW"}  # None: implicit VR names no VR
_MAX_ITEMS = 1_000_000  # fragments walked in compressed picture data, to bound the time


NOT_KEPT = why(
    QT_TRANSLATE_NOOP(
        "Records",
        "Not a record this program keeps (such as a viewer program or a text file).",
    )
)
SOUND = why(QT_TRANSLATE_NOOP("Records", "A sound recording; add it on the appointment step."))
TABLE_OF_CONTENTS = why(
    QT_TRANSLATE_NOOP(
        "Records", "A disc's table of contents; it is not needed as a file of its own."
    )
)
READ_ERROR = why(
    QT_TRANSLATE_NOOP(
        "Records", "The computer could not read this file; the disc or drive may be damaged."
    )
)
ZIP_MEMBER_BROKEN = why(
    QT_TRANSLATE_NOOP("Records", "This file inside the zip file is damaged and cannot be read.")
)
TOO_LARGE = why(QT_TRANSLATE_NOOP("Records", "This file is too large to keep (more than 512 MB)."))
HEADER_TOO_LARGE = why(QT_TRANSLATE_NOOP("Records", "The file's header is far too large."))
DAMAGED = why(QT_TRANSLATE_NOOP("Records", "This file is damaged and cannot be read."))
SCAN_DAMAGED = why(QT_TRANSLATE_NOOP("Records", "This scan file is damaged and cannot be read."))
NO_STUDY = why(
    QT_TRANSLATE_NOOP("Records", "The scan has no study or series number, so it cannot be filed.")
)
NO_KIND = why(
    QT_TRANSLATE_NOOP(
        "Records", "The scan does not say what kind of image it is, so it cannot be filed."
    )
)
NO_NUMBER = why(
    QT_TRANSLATE_NOOP("Records", "The scan has no image number, so it cannot be filed.")
)
NO_PIXELS = why(QT_TRANSLATE_NOOP("Records", "The picture data is missing."))
TRUNCATED = why(
    QT_TRANSLATE_NOOP("Records", "The file ends too early; it was probably not copied completely.")
)
PDF_DAMAGED = why(QT_TRANSLATE_NOOP("Records", "This PDF is damaged and cannot be opened."))
PDF_LOCKED = why(
    QT_TRANSLATE_NOOP(
        "Records",
        "This PDF is locked with a password; save an unlocked copy from the portal and add that.",
    )
)
PICTURE_TOO_BIG = why(
    QT_TRANSLATE_NOOP("Records", "The picture is too large to be a photo of a page.")
)
PICTURE_DAMAGED = why(QT_TRANSLATE_NOOP("Records", "This picture is damaged and cannot be shown."))


def inspect(source: Source) -> Inspected | Problem:
    """What ``source`` holds, or why it is not kept; never raises for a file's content."""
    try:
        with source.open() as stream:
            head = stream.read(HEAD)
            kind = sniff(head)
            if kind is None or kind == AUDIO:
                return Problem(EMPTY if not head else NOT_KEPT if kind is None else SOUND, False)
            if kind == IMAGE:
                kind = "JPEG" if head.startswith(b"\xff\xd8") else "PNG"  # Pillow's names
            if isinstance(stream, io.BufferedReader | io.BytesIO):
                stream.seek(0)
                return _inspect(kind, stream, source)
        with source.open() as stream:  # a zip member: reading again beats seeking back
            return _inspect(kind, stream, source)
    except PermissionError:
        return Problem(FILE_UNREADABLE, False)
    except (MemberTooLarge, zipfile.BadZipFile):
        return Problem(ZIP_MEMBER_BROKEN, True)
    except OSError:
        return Problem(READ_ERROR, True)
    except (Exception, MemoryError, RecursionError):  # a reader's bug on a strange file
        return Problem(DAMAGED, True)


def _inspect(kind: str, stream: BinaryIO, source: Source) -> Inspected | Problem:
    if kind == DICOM:
        return _scan(stream, source.size)
    if source.size > MAX_DOCUMENT:
        return Problem(TOO_LARGE, False)
    if kind == PDF:
        return _pdf(stream)
    return _picture(stream, kind)


# --- scans -----------------------------------------------------------------------------


class _HeaderTooLarge(Exception):
    pass


class _Bounded:
    """A read-only view of a stream that stops after MAX_HEADER bytes read in total.

    Reads are cut at the file's end (a forged length of 4 GB then allocates nothing), and
    a read that wanted more than the file holds marks the file as cut short, since
    pydicom itself says nothing about that.
    """

    def __init__(self, raw: BinaryIO, size: int) -> None:
        self._raw = raw
        self._read = raw.read
        self.size = size
        self.pos = 0
        self.total = 0
        self.cut_short = False

    def read(self, n: int | None = -1) -> bytes:
        pos = self.pos
        if n is not None and 0 <= n <= self.size - pos and self.total + n <= MAX_HEADER:
            data = self._read(n)  # the common case, kept short: pydicom reads very often
            self.pos = pos + len(data)
            self.total += n
            return data
        return self._read_carefully(n)

    def _read_carefully(self, n: int | None) -> bytes:
        left = self.size - self.pos
        if n is None or n < 0:
            n = max(left, 0)
        if left <= 0:
            # At the very end only the next element's header (8 bytes; 4 and 2 at a
            # dataset's start) may find nothing; anything else wanted bytes that are not there.
            if left < 0 or n not in (0, 2, 4, 8):
                self.cut_short = True
            return b""
        want = min(n, left)
        self.total += want
        if self.total > MAX_HEADER:
            raise _HeaderTooLarge
        data = self._read(want)
        self.pos += len(data)
        if len(data) < n and (n != 8 or data.strip(b"\0")):  # zeros: a sloppy writer's padding
            self.cut_short = True
        return data

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self.pos
        elif whence == io.SEEK_END:
            offset += self.size
        self.pos = max(offset, 0)
        if self.pos <= self.size:
            self._raw.seek(self.pos)
        return self.pos

    def tell(self) -> int:
        return self.pos


def _scan(raw: BinaryIO, size: int) -> Inspected | Problem:
    stream = _Bounded(raw, size)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pydicom's warnings may quote the patient's data
            ds = pydicom.dcmread(stream, defer_size="1 MB", stop_before_pixels=True, force=False)  # type: ignore[arg-type]
            stopped_at = stream.pos
            if _text(ds.file_meta, 0x00020002) == DIRECTORY_STORAGE:
                return Problem(TABLE_OF_CONTENTS, False)
            if stream.cut_short or not read_whole(ds, size):
                return Problem(TRUNCATED, True)
            return _scan_facts(ds, stream, stopped_at)
    except _HeaderTooLarge:
        return Problem(HEADER_TOO_LARGE, True)
    except (OSError, MemberTooLarge, zipfile.BadZipFile):
        raise  # the disc or the zip file, not the scan
    except (Exception, MemoryError, RecursionError):  # pydicom's many errors on broken files
        return Problem(SCAN_DAMAGED, True)


def _scan_facts(ds: Dataset, stream: _Bounded, stopped_at: int) -> Inspected | Problem:
    study, series = _uid(ds, 0x0020000D), _uid(ds, 0x0020000E)
    sop_class, sop = _uid(ds, 0x00080016), _uid(ds, 0x00080018)
    if not study or not series:
        return Problem(NO_STUDY, True)
    if not sop_class:
        return Problem(NO_KIND, True)
    if not sop:
        return Problem(NO_NUMBER, True)
    syntax = _text(ds.file_meta, 0x00020010)
    rows, columns = _int(ds, 0x00280010, binary=True) or 0, _int(ds, 0x00280011, binary=True) or 0
    frames = (_int(ds, 0x00280008) or 1) if rows and columns else 0
    has_pixels = True
    if syntax != _DEFLATED:  # the stream's positions are those of the unpacked data
        found = _pixel_data(ds, stream, stopped_at, syntax, rows * columns * frames)
        if isinstance(found, Msg):
            return Problem(found, True)
        has_pixels = found
    elif not rows:
        has_pixels = False
    facts = DicomInfo(
        patient_name=_text(ds, 0x00100010),
        patient_id=_text(ds, 0x00100020),
        birth_date=_date(ds, 0x00100030),
        study_uid=study,
        study_date=_date(ds, 0x00080020),
        study_time=_time(ds, 0x00080030),
        study_description=_text(ds, 0x00081030),
        accession=_text(ds, 0x00080050),
        modality=_text(ds, 0x00080060),
        body_part=_text(ds, 0x00180015),
        series_uid=series,
        series_number=_int(ds, 0x00200011),
        series_description=_text(ds, 0x0008103E),
        instance_number=_int(ds, 0x00200013),
        sop_uid=sop,
        sop_class=sop_class,
        transfer_syntax=syntax,
        rows=rows,
        columns=columns,
        frames=frames,
        has_pixels=has_pixels,
    )
    return Inspected(DICOM, dicom=facts)


def _pixel_data(ds: Dataset, stream: _Bounded, at: int, syntax: str, pixels: int) -> bool | Msg:
    """Whether the scan has picture data, or why it is broken (missing, cut short)."""
    little = syntax != "1.2.840.10008.1.2.2"
    stream.seek(at)
    header = stream.read(12)
    tag = _tag(header, little) if len(header) >= 8 else None
    if tag not in _PIXEL_TAGS:
        return NO_PIXELS if pixels else False
    if header[4:6] in _LONG_VRS and header[6:8] == b"\0\0" and len(header) == 12:
        length, start = struct.unpack("<L" if little else ">L", header[8:12])[0], at + 12
    else:  # implicit VR: the tag, then a 4-byte length
        length, start = struct.unpack("<L" if little else ">L", header[4:8])[0], at + 8
    if length == 0xFFFFFFFF:
        return _fragments(stream, start, syntax)
    if start + length > stream.size or not _rest_fits(stream, start + length, syntax):
        return TRUNCATED
    if pixels and syntax in _NATIVE:
        bits = _int(ds, 0x00280100, binary=True) or 8
        samples = _int(ds, 0x00280002, binary=True) or 1
        if _text(ds, 0x00280004) == "YBR_FULL_422":
            samples = 2  # two of every three samples are kept
        values = pixels * samples
        needed = (values + 7) // 8 if bits == 1 else values * ((bits + 7) // 8)
        if length < needed:
            return TRUNCATED
    return True


def _fragments(stream: _Bounded, at: int, syntax: str) -> bool | Msg:
    """Walk compressed picture data (items until the end mark), as far as the file goes."""
    items = 0
    while items < _MAX_ITEMS:
        stream.seek(at)
        header = stream.read(8)
        if not header and items >= 2:
            return True  # no end mark, but every fragment is whole: some writers do that
        if len(header) < 8:
            return TRUNCATED
        tag = _tag(header, True)
        if tag == _SEQUENCE_END:
            if items < 2:  # the offset table, then at least one fragment
                return NO_PIXELS
            return True if _rest_fits(stream, at + 8, syntax) else TRUNCATED
        if tag != _ITEM:
            return SCAN_DAMAGED
        at += 8 + struct.unpack("<L", header[4:8])[0]
        if at > stream.size:
            return TRUNCATED
        items += 1
    return True


def _rest_fits(stream: _Bounded, at: int, syntax: str) -> bool:
    """Whether the elements after the picture data (padding, signatures) end with the file.

    Only their headers are read; one of undefined length ends the check, as accepted.
    """
    little, implicit = syntax != "1.2.840.10008.1.2.2", syntax == "1.2.840.10008.1.2"
    order = "<" if little else ">"
    for _ in range(10_000):
        stream.seek(at)
        header = stream.read(8)
        if not header:
            return at == stream.size
        if len(header) < 8:
            return not header.strip(b"\0")  # a sloppy writer's padding
        if implicit:
            length, at = struct.unpack(order + "L", header[4:8])[0], at + 8
        elif header[4:6] in _LONG_VRS | {b"SQ", b"UT", b"UC", b"UR"}:
            more = stream.read(4)
            if len(more) < 4:
                return False
            length, at = struct.unpack(order + "L", more)[0], at + 12
        else:
            length, at = struct.unpack(order + "H", header[6:8])[0], at + 8
        if length == 0xFFFFFFFF:
            return True
        at += length
        if at > stream.size:
            return False
    return True


def _tag(header: bytes, little: bool) -> int:
    group, element = struct.unpack("<HH" if little else ">HH", header[:4])
    return int(group) << 16 | int(element)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _text(ds: Dataset, tag: int) -> str:
    """An element's text, "" if absent or undecodable; plain ASCII without pydicom (faster)."""
    try:
        element: Any = ds.get_item(tag, keep_deferred=True)
        if element is None:
            return ""
        if isinstance(element, RawDataElement):
            raw = element.value
            if raw is None:
                return ""  # over 1 MB and never read: no real name or number is that long
            if raw.isascii() and b"\x1b" not in raw:  # no character set changes a thing
                text = raw.decode("ascii")
            else:
                text = _joined(ds[tag].value)
        else:
            text = _joined(element.value)
    except (Exception, RecursionError):  # a value that cannot be decoded counts as absent
        return ""
    return _CONTROL.sub(" ", text).strip()[:256]


def _joined(value: Any) -> str:
    if value is None or isinstance(value, bytes):
        return ""
    if isinstance(value, list | tuple | MultiValue):
        return "\\".join(str(part) for part in value)
    return str(value)


def _uid(ds: Dataset, tag: int) -> str:
    text = _text(ds, tag)
    return text if "\\" not in text and len(text) <= 128 else ""


def _int(ds: Dataset, tag: int, binary: bool = False) -> int | None:
    """An integer string's number (or if ``binary``, an unsigned short's), None if absent."""
    try:
        element: Any = ds.get_item(tag, keep_deferred=True)
        if element is None:
            return None
        if isinstance(element, RawDataElement) and binary and element.VR in _BINARY_VRS:
            if element.value is None or len(element.value) != 2:
                return None
            number = struct.unpack("<H" if element.is_little_endian else ">H", element.value)[0]
        elif isinstance(element, RawDataElement) or not binary:
            text = _text(ds, tag)
            number = int(float(text)) if text else None
        else:
            number = int(element.value)
    except (Exception, RecursionError):
        return None
    return number if number is not None and 0 <= number < 2**31 else None


_DA = re.compile(r"^(\d{4})\.?(\d{2})\.?(\d{2})$")
_TM = re.compile(r"^(\d{2}):?(\d{2})?:?(\d{2})?")


def _date(ds: Dataset, tag: int) -> str:
    return _iso_day(_DA.match(_text(ds, tag)))


def _iso_day(found: re.Match[str] | None) -> str:
    if not found:
        return ""
    try:
        return date(int(found[1]), int(found[2]), int(found[3])).isoformat()
    except ValueError:
        return ""


def _time(ds: Dataset, tag: int) -> str:
    found = _TM.match(_text(ds, tag))
    if not found:
        return ""
    hours, minutes, seconds = int(found[1]), int(found[2] or 0), int(found[3] or 0)
    if hours > 23 or minutes > 59 or seconds > 60:
        return ""
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


# --- documents and pictures -------------------------------------------------------------

_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")
_EXIF_DATE = re.compile(r"^(\d{4}):(\d{2}):(\d{2})")


def _pdf(stream: BinaryIO) -> Inspected | Problem:
    if not isinstance(stream, io.BufferedReader | io.BytesIO):
        stream = io.BytesIO(stream.read())  # pypdf seeks back and forth; a zip member cannot
    import pypdf  # here: loading it takes a tenth of a second, and few files are PDFs

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings may quote content
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = pypdf.PdfReader(stream, strict=False)
            if reader.is_encrypted and not _unlocks(reader):
                return Problem(PDF_LOCKED, False)
            pages = len(reader.pages)
            made = _pdf_date(reader)
    except (Exception, MemoryError, RecursionError):  # pypdf's many errors on broken files
        return Problem(PDF_DAMAGED, True)
    if pages < 1:
        return Problem(PDF_DAMAGED, True)
    return Inspected(PDF, pages=pages, document_date=made)


def _unlocks(reader: pypdf.PdfReader) -> bool:
    """Whether a PDF opens without a password (many only forbid printing or editing)."""
    try:
        return bool(reader.decrypt(""))
    except (Exception, RecursionError):
        return False


def _pdf_date(reader: pypdf.PdfReader) -> str:
    try:
        info = reader.metadata
        raw = info.get("/CreationDate") if info is not None else None
        return _iso_day(_PDF_DATE.match(str(raw))) if raw is not None else ""
    except (Exception, RecursionError):
        return ""


def _picture(stream: BinaryIO, kind: str) -> Inspected | Problem:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream, formats=[kind]) as picture:
                width, height = picture.size
                taken = _exif_date(picture)
                if kind == "JPEG":
                    picture.draft("RGB", (PICTURE_SIDE, PICTURE_SIDE))
                picture.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Problem(PICTURE_TOO_BIG, True)
    except (Exception, MemoryError, RecursionError):  # Pillow's errors on broken files
        return Problem(PICTURE_DAMAGED, True)
    return Inspected(IMAGE, width=width, height=height, document_date=taken)


def _exif_date(picture: Image.Image) -> str:
    try:
        exif = picture.getexif()
        value = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)  # taken, else saved
        return _iso_day(_EXIF_DATE.match(str(value))) if value else ""
    except (Exception, RecursionError):
        return ""
