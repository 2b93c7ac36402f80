"""What a file is, from its content: scans, PDFs, pictures, and what is not kept."""

from __future__ import annotations

import io
import os
import struct
import zlib
from datetime import date
from pathlib import Path

import pydicom
import pytest
from PIL import Image
from pydicom.data import get_testdata_file, get_testdata_files
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from wizard.plan.documents import DICOM, IMAGE, PDF, ScanFacts
from wizard.records import inspect as inspection
from wizard.records.inspect import DicomInfo, Inspected, Problem, inspect, sniff
from wizard.records.sources import Source, gather


def source_of(data: bytes, name: str = "file") -> Source:
    return Source(name, name, len(data), False, lambda: io.BytesIO(data))


def file_source(path: str | Path) -> Source:
    path = Path(path)
    return Source(str(path), path.name, path.stat().st_size, False, lambda: open(path, "rb"))


def scan(name: str) -> DicomInfo:
    found = inspect(file_source(get_testdata_file(name, download=False)))
    assert isinstance(found, Inspected) and found.kind == DICOM and found.dicom is not None
    return found.dicom


def test_sniff_by_content() -> None:
    assert sniff(bytes(128) + b"DICM" + bytes(10)) == DICOM
    assert sniff(b"junk\n%PDF-1.7\n" + bytes(200)) == PDF
    assert sniff(b"\xff\xd8\xff\xe0" + bytes(200)) == IMAGE
    assert sniff(b"\x89PNG\r\n\x1a\n" + bytes(200)) == IMAGE
    assert sniff(b"ID3\x04" + bytes(200)) == "audio"
    assert sniff(b"\xff\xfb\x90\x00" + bytes(200)) == "audio"
    assert sniff(b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(200)) == "audio"
    assert sniff(b"OggS" + bytes(200)) == "audio"
    assert sniff(b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00" + bytes(200)) == "audio"
    assert sniff(b"\x00\x00\x00\x20ftypisom\x00\x00\x00\x00M4B " + bytes(200)) == "audio"
    assert sniff(b"\x00\x00\x00\x20ftypisom\x00\x00\x00\x00mp41" + bytes(200)) is None
    assert sniff(b"MZ\x90\x00" + bytes(200)) is None  # a viewer program
    assert sniff(b"") is None


def test_a_ct_scan() -> None:
    path = get_testdata_file("CT_small.dcm", download=False)
    info = scan("CT_small.dcm")
    ds = pydicom.dcmread(path)
    assert info.modality == "CT"
    assert info.study_uid == ds.StudyInstanceUID and info.series_uid == ds.SeriesInstanceUID
    assert info.sop_uid == ds.SOPInstanceUID and info.sop_class == ds.SOPClassUID
    assert info.study_date == "2004-01-19"
    assert (info.rows, info.columns, info.frames, info.has_pixels) == (128, 128, 1, True)
    assert info.transfer_syntax == "1.2.840.10008.1.2.1"
    assert isinstance(info, ScanFacts)  # the store keeps it as it is


@pytest.mark.parametrize(
    "name, modality, pixels",
    [
        ("MR_small_implicit.dcm", "MR", True),
        ("MR_small_bigendian.dcm", "MR", True),
        ("JPEG2000.dcm", "NM", True),
        ("MR_small_RLE.dcm", "MR", True),
        ("rtdose.dcm", "RTDOSE", True),
        ("rtdose_expb.dcm", "RTDOSE", True),
        ("SC_rgb_rle_2frame.dcm", "OT", True),
        ("rtplan.dcm", "RTPLAN", False),
    ],
)
def test_known_scans(name: str, modality: str, pixels: bool) -> None:
    info = scan(name)
    assert (info.modality, info.has_pixels) == (modality, pixels)


def test_every_bundled_scan_reads_as_pydicom_reads_it() -> None:
    """The quick way of reading values gives what pydicom's own conversion gives."""
    compared = 0
    for path in get_testdata_files():
        if not os.path.isfile(path):
            continue
        found = inspect(file_source(path))
        if not isinstance(found, Inspected) or found.kind != DICOM or found.dicom is None:
            continue
        ds = pydicom.dcmread(path, stop_before_pixels=True)
        info = found.dicom
        assert info.patient_name == str(ds.get("PatientName", "")).strip(), path
        assert info.patient_id == str(ds.get("PatientID", "")).strip(), path
        assert info.study_uid == ds.StudyInstanceUID, path
        assert info.modality == str(ds.get("Modality", "")).strip(), path
        assert info.rows == int(ds.get("Rows", 0) or 0), path
        assert info.series_number == ds.get("SeriesNumber"), path
        compared += 1
    assert compared > 100


def test_dates_and_times(tmp_path: Path) -> None:
    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm", download=False))
    ds.PatientBirthDate, ds.StudyDate, ds.StudyTime = "19700230", "2021.03.04", "0930"
    path = tmp_path / "x"
    ds.save_as(path)
    info = inspect(file_source(path))
    assert isinstance(info, Inspected) and info.dicom is not None
    assert (info.dicom.birth_date, info.dicom.study_date, info.dicom.study_time) == (
        "",
        "2021-03-04",
        "09:30:00",
    )


@pytest.mark.parametrize(
    "keyword, reason",
    [
        ("StudyInstanceUID", inspection.NO_STUDY),
        ("SeriesInstanceUID", inspection.NO_STUDY),
        ("SOPClassUID", inspection.NO_KIND),
        ("SOPInstanceUID", inspection.NO_NUMBER),
    ],
)
def test_a_scan_without_its_numbers_cannot_be_filed(tmp_path: Path, keyword, reason) -> None:
    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm", download=False))
    del ds[keyword]
    ds.save_as(tmp_path / "x")
    assert inspect(file_source(tmp_path / "x")) == Problem(reason, True)


def test_an_image_without_picture_data(tmp_path: Path) -> None:
    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm", download=False))
    del ds.PixelData
    ds.save_as(tmp_path / "x")
    assert inspect(file_source(tmp_path / "x")) == Problem(inspection.NO_PIXELS, True)


def test_a_disc_table_of_contents_and_things_not_kept() -> None:
    table = get_testdata_file("DICOMDIR", download=False)
    assert inspect(file_source(table)) == Problem(inspection.TABLE_OF_CONTENTS, False)
    assert inspect(source_of(b"[autorun]\nopen=viewer.exe\n", "x.dcm")) == Problem(
        inspection.NOT_KEPT, False
    )
    assert inspect(source_of(b"ID3\x04" + bytes(500))) == Problem(inspection.SOUND, False)


def _pdf(pages: int, **options) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, **options)
    for number in range(pages):
        page.drawString(100, 700, f"Page {number + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


def test_a_pdf_counts_its_pages() -> None:
    found = inspect(source_of(_pdf(3)))
    assert isinstance(found, Inspected)
    assert (found.kind, found.pages) == (PDF, 3)
    assert found.document_date == date.today().isoformat() or found.document_date


def test_a_locked_pdf_is_not_damaged() -> None:
    locked = _pdf(1, encrypt=StandardEncryption("secret", ownerPassword="owner"))
    assert inspect(source_of(locked)) == Problem(inspection.PDF_LOCKED, False)
    # Only forbidding printing or copying: it opens without a password.
    open_one = _pdf(2, encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0))
    found = inspect(source_of(open_one))
    assert isinstance(found, Inspected) and found.pages == 2


def test_broken_pdfs_are_damaged() -> None:
    data = _pdf(2)
    for broken in (b"%PDF-1.4\n" + bytes(300), data[: len(data) // 3]):
        found = inspect(source_of(broken))
        assert found == Problem(inspection.PDF_DAMAGED, True) or isinstance(found, Inspected)
    assert inspect(source_of(b"%PDF-1.4\n" + bytes(300))) == Problem(inspection.PDF_DAMAGED, True)


def _picture(kind: str, size=(64, 48), exif: bool = False) -> bytes:
    out = io.BytesIO()
    picture = Image.new("RGB", size, (200, 100, 50))
    options = {}
    if exif:
        tags = Image.Exif()
        tags.get_ifd(0x8769)[0x9003] = "2023:05:06 07:08:09"
        options["exif"] = tags
    picture.save(out, kind, **options)
    return out.getvalue()


def test_pictures_decode() -> None:
    for kind in ("PNG", "JPEG"):
        found = inspect(source_of(_picture(kind, (3000, 2000))))
        assert isinstance(found, Inspected)
        assert (found.kind, found.width, found.height) == (IMAGE, 3000, 2000)
    found = inspect(source_of(_picture("JPEG", exif=True)))
    assert isinstance(found, Inspected) and found.document_date == "2023-05-06"


def test_broken_pictures_are_damaged() -> None:
    jpeg = _picture("JPEG", (500, 500))
    assert inspect(source_of(jpeg[: len(jpeg) // 2])) == Problem(inspection.PICTURE_DAMAGED, True)
    png = _picture("PNG", (500, 500))
    assert inspect(source_of(png[:200])) == Problem(inspection.PICTURE_DAMAGED, True)


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">L", len(data)) + body + struct.pack(">L", zlib.crc32(body))

    header = struct.pack(">LLBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(bytes(1000))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat)


def test_a_huge_picture_is_refused_before_it_is_decoded() -> None:
    for side in (12_000, 40_000):  # over the limit; over twice the limit
        found = inspect(source_of(_png_header(side, side)))
        assert found == Problem(inspection.PICTURE_TOO_BIG, True)


def test_too_large_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inspection, "MAX_DOCUMENT", 100)
    assert inspect(source_of(_pdf(1))) == Problem(inspection.TOO_LARGE, False)


def test_zip_members_are_inspected(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "portal.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.write(get_testdata_file("JPEG2000.dcm", download=False), "a/scan")
        out.writestr("report.pdf", _pdf(2))
        out.writestr("photo.jpg", _picture("JPEG"))
    with gather([archive]) as found:
        kinds = [inspect(source) for source in found.sources]
    assert [k.kind for k in kinds if isinstance(k, Inspected)] == [DICOM, PDF, IMAGE]
