"""The records package: category folders, a DICOMDIR a viewer opens, an index PDF, written
atomically and never through the system's temporary folder."""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.fileset import FileSet, is_conformant_file_id
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from wizard.errors import UserError
from wizard.export.package import PackageCancelled, PackageFile, write_package
from wizard.plan.messages import no_translation

DICOMDIR_SOP_CLASS = "1.2.840.10008.1.3.10"


def _dicom_files() -> list[PackageFile]:
    """Every image of pydicom's disc-like test trees (the DICOMDIRs themselves left out)."""
    root = os.path.dirname(get_testdata_file("DICOMDIR", download=False))
    files = []
    for folder, _, names in sorted(os.walk(root)):
        for name in sorted(names):
            path = os.path.join(folder, name)
            try:
                ds = pydicom.dcmread(path, stop_before_pixels=True)
            except Exception:
                continue
            if ds.file_meta.get("MediaStorageSOPClassUID") == DICOMDIR_SOP_CLASS:
                continue
            files.append(
                PackageFile(
                    name=os.path.relpath(path, root),
                    category="imaging",
                    kind="dicom",
                    date="",
                    description=str(ds.get("StudyDescription", "")),
                    open=lambda path=path: open(path, "rb"),
                )
            )
    return files


def _pdf(text: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 700, text)
    canvas.save()
    return buffer.getvalue()


def _document(name: str, category: str, data: bytes, date: str = "") -> PackageFile:
    return PackageFile(name, category, "pdf", date, "", lambda: io.BytesIO(data))


DOCUMENTS = (
    _document("Blood tests.pdf", "labs", _pdf("Haemoglobin"), "2026-10-01"),
    _document("Discharge letter.pdf", "doctor_notes", _pdf("Letter"), "2026-09-12"),
    _document("blood TESTS.pdf", "labs", b"%PDF-1.4 another"),  # same name but for case
    _document("../../etc/passwd", "", b"not really"),  # uncategorised, with path parts
    _document("CON.txt", "receipts", b"a reserved name on Windows"),
    _document('what? "now" <x>|y*.pdf', "other", b"forbidden characters"),
)


def _files() -> list[PackageFile]:
    return [*_dicom_files(), *DOCUMENTS]


def _write(out: Path, files=None, **kwargs) -> None:
    write_package(
        out,
        _files() if files is None else files,
        patient="Ada Lovelace",
        tr=no_translation,
        format_date=lambda iso: iso,
        **kwargs,
    )


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


def _check_package(root: Path) -> None:
    uids = set()
    for file in _dicom_files():
        with file.open() as stream:
            uids.add(pydicom.dcmread(stream, stop_before_pixels=True).SOPInstanceUID)
    fs = FileSet(root / "DICOMDIR")
    assert {instance.SOPInstanceUID for instance in fs} == uids
    assert len(fs) == len(uids)
    for instance in fs:
        file_id = Path(instance.path).relative_to(root)
        assert file_id.parts[0] == "DICOM"
        assert is_conformant_file_id(file_id)
        assert Path(instance.path).is_file()
        assert instance.load().SOPInstanceUID == instance.SOPInstanceUID
    names = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    assert names - {n for n in names if n.startswith("DICOM/")} == {
        "DICOMDIR",
        "Index.pdf",
        "Labs/Blood tests.pdf",
        "Labs/blood TESTS (2).pdf",
        "Doctor notes/Discharge letter.pdf",
        "Other/passwd",
        "Other/what_ _now_ _x__y_.pdf",
        "Receipts/_CON.txt",
    }
    assert (root / "Labs" / "Blood tests.pdf").read_bytes() == DOCUMENTS[0].open().read()
    text = _text(root / "Index.pdf")
    assert "Patient: Ada Lovelace" in text
    for name in ("Blood tests.pdf", "blood TESTS (2).pdf", "Discharge letter.pdf", "passwd"):
        assert name in text
    assert "2026-10-01" in text
    for study in ("Brain-MRA", "Carotids", "CT, HEAD/BRAIN WO CONTRAST", "Testing File-set"):
        assert study in text
    assert "2003-05-05 MR" in text
    assert "page 1 of" in text


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".second-opinion-")]


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """The system's temporary folder, watched: the export must put nothing there.
    (pydicom's FileSet, used here to check the result, does.)"""
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    return system_tmp


def test_a_folder_package(tmp_path, private_tmp):
    out = tmp_path / "exports" / "package"
    out.parent.mkdir()
    _write(out)
    assert list(private_tmp.iterdir()) == []
    _check_package(out)
    assert _leftovers(out.parent) == []


def test_a_zip_package(tmp_path, private_tmp):
    out = tmp_path / "package.zip"
    _write(out)
    assert list(private_tmp.iterdir()) == []
    assert _leftovers(tmp_path) == [] and zipfile.is_zipfile(out)
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        assert not [n for n in archive.namelist() if n.startswith(("/", "..")) or "\\" in n]
        archive.extractall(unpacked)
    _check_package(unpacked)


def test_an_existing_zip_is_replaced_only_at_the_end(tmp_path):
    out = tmp_path / "package.zip"
    out.write_bytes(b"old")

    def broken() -> io.BytesIO:
        raise OSError(5, "Input/output error")

    with pytest.raises(UserError):
        _write(out, [*DOCUMENTS, PackageFile("x.pdf", "labs", "pdf", "", "", broken)])
    assert out.read_bytes() == b"old"
    _write(out, list(DOCUMENTS))
    assert zipfile.is_zipfile(out)


def test_an_existing_folder_is_refused(tmp_path):
    out = tmp_path / "package"
    out.mkdir()
    with pytest.raises(ValueError):
        _write(out, list(DOCUMENTS))
    assert list(out.iterdir()) == []


def _checks_in_a_full_export(tmp_path) -> int:
    calls = []
    _write(tmp_path / "counted", cancelled=lambda: bool(calls.append(1)))
    shutil.rmtree(tmp_path / "counted")
    return len(calls)


@pytest.mark.parametrize("name", ["package", "package.zip"])
def test_a_cancelled_export_leaves_nothing(tmp_path, private_tmp, name):
    total = _checks_in_a_full_export(tmp_path)
    # At the start, reading the scans' headers, copying documents and scans, at the very end.
    for stop_at in (1, 30, total // 2, total - 1, total):
        calls = []

        def cancelled(stop_at=stop_at, calls=calls) -> bool:
            calls.append(1)
            return len(calls) >= stop_at

        with pytest.raises(PackageCancelled):
            _write(tmp_path / name, cancelled=cancelled)
        assert list(tmp_path.iterdir()) == [private_tmp], stop_at


@pytest.mark.parametrize("name", ["package", "package.zip"])
@pytest.mark.parametrize("error", [RuntimeError("vault is locked"), OSError(28, "No space")])
def test_an_error_midway_leaves_nothing(tmp_path, private_tmp, name, error):
    files = _files()
    opened = []

    def failing() -> io.BytesIO:
        opened.append(1)
        raise error

    files.insert(40, PackageFile("bad.pdf", "labs", "pdf", "", "", failing))
    with pytest.raises((RuntimeError, UserError)):
        _write(tmp_path / name, files)
    assert opened
    assert list(tmp_path.iterdir()) == [private_tmp]


def test_a_file_that_is_not_really_dicom_travels_as_a_document(tmp_path):
    fake = PackageFile("DICOM/IM0001", "imaging", "dicom", "", "", lambda: io.BytesIO(b"junk"))
    out = tmp_path / "package"
    _write(out, [fake])
    assert (out / "Imaging" / "IM0001").read_bytes() == b"junk"
    assert not (out / "DICOMDIR").exists()
    assert "IM0001" in _text(out / "Index.pdf")


def test_the_same_image_twice_is_written_once(tmp_path):
    image = _dicom_files()[0]
    out = tmp_path / "package"
    _write(out, [image, image])
    assert len(FileSet(out / "DICOMDIR")) == 1


def test_index_and_folders_in_the_readers_language(tmp_path):
    german = {
        ("Package", "Index"): "Verzeichnis",
        ("Plan", "Labs"): "Laborwerte",
        ("Package", "Patient: {name}"): "Patientin: {name}",
    }

    def tr(context: str, text: str) -> str:
        return german.get((context, text), text)

    out = tmp_path / "paket"
    write_package(out, list(DOCUMENTS), patient="Jörg Übel", tr=tr, format_date=lambda iso: iso)
    assert (out / "Laborwerte" / "Blood tests.pdf").is_file()
    assert "Patientin: Jörg Übel" in _text(out / "Verzeichnis.pdf")
