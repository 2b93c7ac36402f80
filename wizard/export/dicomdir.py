"""The DICOMDIR of a records package: a disc's table of contents, so that the
specialist's DICOM viewer opens the scans.

It is encoded in memory, record by record (pydicom's FileSet would stage a copy of every
image in the system's temporary folder); the images are listed under
DICOM/PTnnnnnn/STnnnnnn/SEnnnnnn/IMnnnnnn, file IDs a disc may hold.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.filebase import DicomBytesIO
from pydicom.fileset import DIRECTORY_RECORDERS, _four_level_record_type
from pydicom.filewriter import write_dataset, write_file_meta_info
from pydicom.uid import ExplicitVRLittleEndian, MediaStorageDirectoryStorage, generate_uid

from wizard.export.package_index import Study

if TYPE_CHECKING:
    from wizard.export.package import PackageFile

DICOM_FOLDER = "DICOM"
FILE_SET_ID = "SECOND_OPINION"  # CS, at most 16 characters
_HEADER_DEFER = "64 KB"


@dataclass
class Node:
    """A directory record of the DICOMDIR and the records below it."""

    record: Dataset
    children: dict[str, Node] = field(default_factory=dict)
    source: PackageFile | None = None  # for an instance: the file it stands for
    order: tuple = ()
    offset: int = 0


def add_instance(patients: dict[str, Node], file: PackageFile) -> bool:
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
        node = parent_dict.setdefault(key, Node(record))
        parent_dict = node.children
    if instance_uid in parent_dict:
        return True  # the same image twice: the disc holds it once
    parent_dict[instance_uid] = Node(records[3], source=file)
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


def sorted_tree(patients: dict[str, Node]) -> list[Node]:
    """The record tree in reading order (studies by date, series and images by number),
    each instance given its File ID: DICOM/PTnnnnnn/STnnnnnn/SEnnnnnn/IMnnnnnn."""

    def number(record: Dataset, keyword: str) -> int:
        try:
            return int(record.get(keyword) or 0)
        except (TypeError, ValueError):
            return 0

    def arrange(nodes: list[Node], level: int, path: tuple[str, ...]) -> list[Node]:
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


def walk(nodes: Sequence[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from walk(node.order)


def encode_dicomdir(roots: list[Node]) -> bytes:
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
    nodes = list(walk(roots))
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


def studies_of(roots: list[Node], format_date: Callable[[str], str]) -> list[Study]:
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
                Study(
                    iso,
                    ", ".join(modalities),
                    description,
                    len(series),
                    sum(len(s.order) for s in series),
                )
            )
    studies.sort(key=lambda study: study.date)
    return [replace(study, date=day(study.date, format_date)) for study in studies]


def _iso_from_dicom(value: str) -> str:
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8])).isoformat()
    except ValueError:
        return ""


def day(iso: str, format_date: Callable[[str], str]) -> str:
    if not iso:
        return ""
    try:
        return format_date(iso)
    except ValueError:
        return iso
