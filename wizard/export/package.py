"""The records package for the specialist: the case's files sorted into folders by category,
the scans laid out as a disc (a DICOMDIR at the root, the images under DICOM/) that a DICOM
viewer opens, and an index PDF that lists everything.

The package is a folder or a zip file, built under a temporary name beside the target and
renamed into place at the end; a failure or a cancel removes it. Decrypted content is
written only there, never into the system's temporary folder: a zip is filled directly
from the streams, and the DICOMDIR is encoded in memory (pydicom's FileSet would stage a
copy of every image in the temporary folder).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import time
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import IO, BinaryIO, Protocol
from xml.sax.saxutils import escape

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.filebase import DicomBytesIO
from pydicom.fileset import DIRECTORY_RECORDERS, _four_level_record_type
from pydicom.filewriter import write_dataset, write_file_meta_info
from pydicom.uid import ExplicitVRLittleEndian, MediaStorageDirectoryStorage, generate_uid
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from wizard.atomic import TEMP_PREFIX, TEMP_SUFFIX, sync_folder, write_atomic_with
from wizard.errors import write_error
from wizard.export.fonts import BOLD, REGULAR, register_fonts
from wizard.export.pages import numbered_canvas
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.documents import CATEGORIES, DICOM, OTHER, category_label
from wizard.plan.messages import Msg, Translate

CONTEXT = "Package"
INDEX = QT_TRANSLATE_NOOP("Package", "Index")
CHUNK = 1 << 20
DICOM_FOLDER = "DICOM"
DICOMDIR = "DICOMDIR"
FILE_SET_ID = "SECOND_OPINION"  # CS, at most 16 characters
# A staging folder this old was left by a killed process; an export still running touches
# its folder far more often than this.
STALE_STAGING_S = 24 * 60 * 60
_HEADER_DEFER = "64 KB"
_ZIP64_FROM = 1 << 31
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(10)}
_MAX_NAME_BYTES = 150


@dataclass(frozen=True)
class PackageFile:
    """One file of the case, as the package needs it."""

    name: str  # the file's name in the case, e.g. "DICOM/IM0001" or "Blood tests.pdf"
    category: str  # a key of wizard.plan.documents.CATEGORIES, or "" (filed under "Other")
    kind: str  # "dicom" | "pdf" | "image" | "audio"
    date: str  # ISO or "": a study date or a document date
    description: str  # study/series description for DICOM, "" otherwise
    open: Callable[[], BinaryIO]  # a fresh readable stream of the decrypted content


class PackageCancelled(Exception):
    """The user stopped the export; nothing was left behind."""


def write_package(
    out: Path,
    files: Sequence[PackageFile],
    *,
    patient: str,
    tr: Translate,
    format_date: Callable[[str], str],
    as_zip: bool | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Write the records package to ``out``: a zip file when ``out`` ends in .zip (or
    ``as_zip``), else a new folder (ValueError when ``out`` exists).

    Raises PackageCancelled when ``cancelled()`` turns true, UserError when writing fails;
    either way, and on any other error, nothing is left beside ``out``.
    """
    out = Path(out)
    zipped = out.suffix.lower() == ".zip" if as_zip is None else as_zip
    if not zipped and os.path.lexists(out):
        raise ValueError(f"{out} exists already")

    def build(sink: _Sink) -> None:
        _build(sink, files, patient, tr, format_date, _checker(cancelled))

    if zipped:

        def write_zip(tmp: Path) -> None:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
                build(_ZipSink(archive))

        write_atomic_with(out, write_zip)
        return
    folder = out.parent if str(out.parent) else Path(".")
    _remove_stale_staging(folder)
    staging = _new_staging(folder, out)
    try:
        build(_FolderSink(staging))
        os.rename(staging, out)
        sync_folder(folder)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise write_error(out, exc) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


# --- where the files go ---------------------------------------------------------------


class _Sink(Protocol):
    def add_stream(self, name: str, stream: BinaryIO, check: Callable[[], None]) -> None: ...

    def add_bytes(self, name: str, data: bytes) -> None: ...


class _FolderSink:
    def __init__(self, root: Path) -> None:
        self.root = root

    def add_stream(self, name: str, stream: BinaryIO, check: Callable[[], None]) -> None:
        path = self._path(name)
        with open(path, "xb") as target:
            _copy(stream, target, check)
            target.flush()
            os.fsync(target.fileno())

    def add_bytes(self, name: str, data: bytes) -> None:
        self.add_stream(name, io.BytesIO(data), lambda: None)

    def _path(self, name: str) -> Path:
        path = self.root.joinpath(*name.split("/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        return path


class _ZipSink:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive

    def add_stream(self, name: str, stream: BinaryIO, check: Callable[[], None]) -> None:
        size = _size_of(stream)
        big = size is None or size >= _ZIP64_FROM
        with self.archive.open(self._info(name), "w", force_zip64=big) as target:
            _copy(stream, target, check)

    def add_bytes(self, name: str, data: bytes) -> None:
        self.archive.writestr(self._info(name), data)

    @staticmethod
    def _info(name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        return info


def _copy(source: BinaryIO, target: IO[bytes], check: Callable[[], None]) -> None:
    """Copy in chunks, never the whole file in memory: a scan may be 500 MB."""
    while chunk := source.read(CHUNK):
        target.write(chunk)
        check()


def _size_of(stream: BinaryIO) -> int | None:
    try:
        here = stream.tell()
        size = stream.seek(0, io.SEEK_END)
        stream.seek(here)
        return size
    except (OSError, ValueError, AttributeError):
        return None


def _checker(cancelled: Callable[[], bool]) -> Callable[[], None]:
    def check() -> None:
        if cancelled():
            raise PackageCancelled

    return check


def _new_staging(folder: Path, out: Path) -> Path:
    while True:
        staging = folder / f"{TEMP_PREFIX}{os.urandom(6).hex()}{TEMP_SUFFIX}"
        try:
            staging.mkdir(mode=0o700)
        except FileExistsError:
            continue
        except OSError as exc:
            raise write_error(out, exc) from None
        return staging


def _remove_stale_staging(folder: Path) -> None:
    """Remove staging folders that a killed export left in ``folder`` (files are left to
    wizard.atomic, which removes its own)."""
    cutoff = time.time() - STALE_STAGING_S
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not (entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX)):
                continue
            with contextlib.suppress(OSError):
                if entry.is_dir(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                    shutil.rmtree(entry.path, ignore_errors=True)


# --- building the package -------------------------------------------------------------


@dataclass
class _Node:
    """A directory record of the DICOMDIR and the records below it."""

    record: Dataset
    children: dict[str, _Node] = field(default_factory=dict)
    source: PackageFile | None = None  # for an instance: the file it stands for
    order: tuple = ()
    offset: int = 0


def _build(
    sink: _Sink,
    files: Sequence[PackageFile],
    patient: str,
    tr: Translate,
    format_date: Callable[[str], str],
    check: Callable[[], None],
) -> None:
    check()
    index_name = _safe_name(Msg(INDEX, context=CONTEXT).render(tr), INDEX) + ".pdf"
    taken_at_root = {DICOM_FOLDER.casefold(), DICOMDIR.casefold(), index_name.casefold()}
    patients: dict[str, _Node] = {}
    documents: list[PackageFile] = []
    for file in files:
        check()
        if file.kind == DICOM and _add_instance(patients, file):
            continue
        documents.append(file)

    order = [c.key for c in CATEGORIES]
    documents.sort(key=lambda f: order.index(_category(f)))
    folders: dict[str, str] = {}
    names_in: dict[str, set[str]] = {}
    listed: list[_Document] = []
    for file in documents:
        key = _category(file)
        if key not in folders:
            label = Msg(category_label(key)).render(tr)
            folders[key] = _unique(_safe_name(label, "Other"), taken_at_root)
            names_in[key] = set()
        name = _unique(_safe_name(file.name, "file"), names_in[key])
        with file.open() as stream:
            sink.add_stream(f"{folders[key]}/{name}", stream, check)
        listed.append(_Document(folders[key], name, _day(file.date, format_date), file.description))

    studies: list[_Study] = []
    if patients:
        roots = _sorted(patients)
        for node in _walk(roots):
            if node.source is not None:
                check()
                with node.source.open() as stream:
                    sink.add_stream("/".join(node.record.ReferencedFileID), stream, check)
        sink.add_bytes(DICOMDIR, _dicomdir(roots))
        studies = _studies(roots, format_date)
    check()
    made_on = format_date(date.today().isoformat())
    sink.add_bytes(index_name, _index_pdf(listed, studies, patient, made_on, tr))
    check()


def _category(file: PackageFile) -> str:
    return file.category if file.category in {c.key for c in CATEGORIES} else OTHER


def _add_instance(patients: dict[str, _Node], file: PackageFile) -> bool:
    """Read the header of a DICOM file and file it into the record tree; False when it is
    not a usable DICOM instance (it then travels as an ordinary document)."""
    with file.open() as stream, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydicom's warnings may quote the patient's data
        try:
            ds = pydicom.dcmread(
                stream, force=False, stop_before_pixels=True, defer_size=_HEADER_DEFER
            )
            records = _records(ds)
        except Exception:  # noqa: BLE001 - untrusted content: any failure means "not a scan"
            return False
    instance_uid = str(ds.SOPInstanceUID)
    parent_dict = patients
    keys = (str(ds.get("PatientID", "")), str(ds.StudyInstanceUID), str(ds.SeriesInstanceUID))
    for key, record in zip(keys, records[:3], strict=True):
        node = parent_dict.setdefault(key, _Node(record))
        parent_dict = node.children
    if instance_uid in parent_dict:
        return True  # the same image twice: the disc holds it once
    parent_dict[instance_uid] = _Node(records[3], source=file)
    return True


def _records(ds: Dataset) -> tuple[Dataset, Dataset, Dataset, Dataset]:
    """The PATIENT, STUDY, SERIES and instance records of a DICOMDIR for ``ds``.

    Values a real file lacks stay empty rather than invented: a viewer still finds the file.
    """
    meta = ds.file_meta
    if meta.get("MediaStorageSOPClassUID") == MediaStorageDirectoryStorage:
        raise ValueError("a DICOMDIR is not an instance")
    for keyword in ("SOPClassUID", "SOPInstanceUID", "StudyInstanceUID", "SeriesInstanceUID"):
        if not ds.get(keyword):
            raise ValueError(f"no {keyword}")
    patient = _plain("PATIENT", ds, ("PatientName", "PatientID"))
    study = _plain(
        "STUDY",
        ds,
        ("StudyDate", "StudyTime", "StudyDescription", "StudyInstanceUID", "StudyID"),
    )
    study.AccessionNumber = ds.get("AccessionNumber", "")
    series = _plain("SERIES", ds, ("Modality", "SeriesInstanceUID", "SeriesNumber"))
    series.SeriesDescription = ds.get("SeriesDescription", "")  # for the index only
    kind = _four_level_record_type(ds)
    try:
        leaf = DIRECTORY_RECORDERS[kind](ds)
    except (ValueError, KeyError, AttributeError, TypeError):
        leaf = Dataset()
        if ds.get("InstanceNumber") is not None:
            leaf.InstanceNumber = ds.InstanceNumber
    _mark(leaf, kind, ds)
    leaf.ReferencedSOPClassUIDInFile = ds.SOPClassUID
    leaf.ReferencedSOPInstanceUIDInFile = ds.SOPInstanceUID
    leaf.ReferencedTransferSyntaxUIDInFile = meta.TransferSyntaxUID
    return patient, study, series, leaf


def _plain(kind: str, ds: Dataset, keywords: tuple[str, ...]) -> Dataset:
    record = Dataset()
    for keyword in keywords:
        setattr(record, keyword, ds.get(keyword, ""))
    _mark(record, kind, ds)
    return record


def _mark(record: Dataset, kind: str, ds: Dataset) -> None:
    record.OffsetOfTheNextDirectoryRecord = 0
    record.RecordInUseFlag = 0xFFFF
    record.OffsetOfReferencedLowerLevelDirectoryEntity = 0
    record.DirectoryRecordType = kind
    if "SpecificCharacterSet" in ds:
        record.SpecificCharacterSet = ds.SpecificCharacterSet


def _sorted(patients: dict[str, _Node]) -> list[_Node]:
    """The record tree in reading order (studies by date, series and images by number),
    each instance given its File ID: DICOM/PTnnnnnn/STnnnnnn/SEnnnnnn/IMnnnnnn."""

    def number(record: Dataset, keyword: str) -> int:
        try:
            return int(record.get(keyword) or 0)
        except (TypeError, ValueError):
            return 0

    def arrange(nodes: list[_Node], level: int, path: tuple[str, ...]) -> list[_Node]:
        if not nodes:
            return nodes
        if level == 1:
            nodes.sort(key=lambda n: (str(n.record.StudyDate), str(n.record.StudyTime)))
        elif level == 2:
            nodes.sort(key=lambda n: number(n.record, "SeriesNumber"))
        elif level == 3:
            nodes.sort(key=lambda n: number(n.record, "InstanceNumber"))
        prefix = ("PT", "ST", "SE", "IM")[level]
        for count, node in enumerate(nodes, start=1):
            here = (*path, f"{prefix}{count:06d}")
            if node.source is not None:
                node.record.ReferencedFileID = list(here)
            node.order = tuple(arrange(list(node.children.values()), level + 1, here))
        return nodes

    return arrange(list(patients.values()), 0, (DICOM_FOLDER,))


def _walk(nodes: Sequence[_Node]) -> Iterator[_Node]:
    for node in nodes:
        yield node
        yield from _walk(node.order)


def _dicomdir(roots: list[_Node]) -> bytes:
    """The DICOMDIR file: every record in one sequence, linked by byte offsets."""
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = MediaStorageDirectoryStorage
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.FileSetID = FILE_SET_ID
    ds.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity = 0
    ds.OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity = 0
    ds.FileSetConsistencyFlag = 0
    ds.DirectoryRecordSequence = []
    nodes = list(_walk(roots))
    # The offsets are UL values, so their values never change the length of anything:
    # measure first, then fill them in. A record starts at its item tag (8 bytes before it).
    offset = len(_encode(ds, up_to=0x00041220)) + 12  # 12: the sequence's tag, VR and length
    for node in nodes:
        node.offset = offset
        offset += 8 + len(_encode_record(node.record))
    for siblings in [roots, *(list(n.order) for n in nodes)]:
        for position, here in enumerate(siblings, start=1):
            after = siblings[position].offset if position < len(siblings) else 0
            here.record.OffsetOfTheNextDirectoryRecord = after
            first = here.order[0].offset if here.order else 0
            here.record.OffsetOfReferencedLowerLevelDirectoryEntity = first
    ds.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity = roots[0].offset
    ds.OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity = roots[-1].offset
    ds.DirectoryRecordSequence = [node.record for node in nodes]
    return _encode(ds)


def _encode(ds: Dataset, up_to: int | None = None) -> bytes:
    fp = DicomBytesIO()
    fp.is_little_endian, fp.is_implicit_VR = True, False
    fp.write(b"\x00" * 128 + b"DICM")
    write_file_meta_info(fp, ds.file_meta, enforce_standard=True)
    write_dataset(fp, ds[:up_to] if up_to is not None else ds)
    return fp.getvalue()


def _encode_record(record: Dataset) -> bytes:
    fp = DicomBytesIO()
    fp.is_little_endian, fp.is_implicit_VR = True, False
    write_dataset(fp, record)
    return fp.getvalue()


def _studies(roots: list[_Node], format_date: Callable[[str], str]) -> list[_Study]:
    studies = []
    for patient in roots:
        for study in patient.order:
            series = list(study.order)
            modalities = sorted({str(s.record.Modality) for s in series if s.record.Modality})
            description = str(study.record.StudyDescription or "") or next(
                (str(s.record.SeriesDescription) for s in series if s.record.SeriesDescription),
                "",
            )
            iso = _iso_from_dicom(str(study.record.StudyDate or ""))
            studies.append(
                _Study(
                    iso,
                    ", ".join(modalities),
                    description,
                    len(series),
                    sum(len(s.order) for s in series),
                )
            )
    studies.sort(key=lambda study: study.date)
    return [replace(study, date=_day(study.date, format_date)) for study in studies]


def _iso_from_dicom(value: str) -> str:
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8])).isoformat()
    except ValueError:
        return ""


def _day(iso: str, format_date: Callable[[str], str]) -> str:
    if not iso:
        return ""
    try:
        return format_date(iso)
    except ValueError:
        return iso


# --- the index PDF ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Document:
    folder: str
    name: str
    date: str
    description: str


@dataclass(frozen=True)
class _Study:
    date: str
    modalities: str
    description: str
    series: int
    images: int


TITLE = QT_TRANSLATE_NOOP("Package", "Records for a second opinion")
FOOTER = QT_TRANSLATE_NOOP(
    "Package", "{name} \u00b7 put together {date} \u00b7 page {page} of {pages}"
)


def _index_pdf(
    documents: list[_Document], studies: list[_Study], patient: str, made_on: str, tr: Translate
) -> bytes:
    """The index: the documents folder by folder, then the scans study by study."""
    register_fonts()

    def t(text: str, **params: object) -> str:
        return Msg(text, params, context=CONTEXT).render(tr)

    base = ParagraphStyle("base", fontName=REGULAR, fontSize=12, leading=16)
    title = ParagraphStyle("title", base, fontName=BOLD, fontSize=20, leading=25)
    heading = ParagraphStyle(
        "heading", base, fontName=BOLD, fontSize=14, leading=19, spaceBefore=12, spaceAfter=4
    )
    head = ParagraphStyle("head", base, fontName=BOLD)

    def p(text: str, style: ParagraphStyle = base) -> Paragraph:
        return Paragraph(escape(text), style)

    story: list = [
        p(t(TITLE), title),
        Spacer(1, 3 * mm),
        p(t(QT_TRANSLATE_NOOP("Package", "Patient: {name}"), name=patient)),
        p(t(QT_TRANSLATE_NOOP("Package", "Put together on: {date}"), date=made_on)),
        Spacer(1, 3 * mm),
        p(t(QT_TRANSLATE_NOOP("Package", "The records are sorted into folders by kind."))),
    ]
    if studies:
        viewer = QT_TRANSLATE_NOOP(
            "Package",
            "The scans are in the folder DICOM: open the file DICOMDIR with a DICOM viewer "
            "to see them.",
        )
        story.append(p(t(viewer)))
    if not documents and not studies:
        story.append(p(t(QT_TRANSLATE_NOOP("Package", "This package holds no records."))))
    by_folder: dict[str, list[_Document]] = {}
    for document in documents:
        by_folder.setdefault(document.folder, []).append(document)
    columns = [
        t(QT_TRANSLATE_NOOP("Package", "File")),
        t(QT_TRANSLATE_NOOP("Package", "Date")),
        t(QT_TRANSLATE_NOOP("Package", "Description")),
    ]
    for folder, entries in by_folder.items():
        rows = [[p(c, head) for c in columns]]
        rows += [[p(e.name), p(e.date), p(e.description)] for e in entries]
        story.append(KeepTogether([p(folder, heading), _table(rows, [80, 38, 52])]))
    if studies:
        columns = [
            t(QT_TRANSLATE_NOOP("Package", "Date")),
            t(QT_TRANSLATE_NOOP("Package", "Kind")),
            t(QT_TRANSLATE_NOOP("Package", "Description")),
            t(QT_TRANSLATE_NOOP("Package", "Series")),
            t(QT_TRANSLATE_NOOP("Package", "Images")),
        ]
        rows = [[p(c, head) for c in columns]]
        rows += [
            [p(s.date), p(s.modalities), p(s.description), p(str(s.series)), p(str(s.images))]
            for s in studies
        ]
        scans = p(t(QT_TRANSLATE_NOOP("Package", "Scans (folder DICOM)")), heading)
        story += [scans, _table(rows, [36, 20, 68, 22, 24])]

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=t(TITLE),
        author=patient,
        subject=t(TITLE),
        creator="Second Opinion Planner",
    )
    footer = Msg(FOOTER, context=CONTEXT)
    doc.build(story, canvasmaker=numbered_canvas(footer, patient, made_on, tr))
    return buffer.getvalue()


def _table(rows: list[list[Paragraph]], widths_mm: list[int]) -> Table:
    table = Table(rows, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    return table


# --- names that are safe on every system ------------------------------------------------


def _safe_name(name: str, fallback: str) -> str:
    """``name`` without folders, characters Windows forbids, a leading dot, or a reserved
    device name (CON, NUL ...), and short enough for every file system."""
    base = re.split(r"[/\\]", unicodedata.normalize("NFC", name))[-1]
    base = _FORBIDDEN.sub("_", base).strip().strip(".").strip()
    if not base:
        base = fallback
    if base.split(".")[0].upper() in _RESERVED:
        base = "_" + base
    stem, dot, extension = base.rpartition(".")
    if not dot or len(extension) > 10:
        stem, extension = base, ""
    while len(base.encode()) > _MAX_NAME_BYTES:
        stem = stem[:-1].rstrip(". ")
        base = f"{stem}.{extension}" if extension else stem
    return base


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or "name (2).ext" and so on, so that no two differ only by case."""
    stem, dot, extension = name.rpartition(".")
    if not stem:
        stem, dot, extension = name, "", ""
    candidate, number = name, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{stem} ({number}){dot}{extension}"
    taken.add(candidate.casefold())
    return candidate
