"""A hospital disc as patients bring it: a DICOMDIR with extension-less image files, a viewer
program, an autorun file, a readme, a PDF report, and a few damaged files."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from pydicom.data import get_testdata_file

DISC_IMAGES = 31  # the DICOM instances in pydicom's dicomdirtests tree


def dicomdir_tree() -> Path:
    return Path(get_testdata_file("DICOMDIR", download=False)).parent


def pdf_bytes(pages: int = 2, text: str = "Radiology report") -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    for number in range(pages):
        canvas.drawString(72, 720, f"{text}, page {number + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def make_disc(root: Path, damaged: int = 3) -> Path:
    """Build the disc under ``root`` and return its root folder."""
    disc = root / "DISC"
    source = dicomdir_tree()
    disc.mkdir(parents=True)
    shutil.copy(source / "DICOMDIR", disc / "DICOMDIR")
    for name in ("77654033", "98892001", "98892003"):
        shutil.copytree(source / name, disc / name)
    (disc / "VIEWER").mkdir()
    (disc / "VIEWER" / "viewer.exe").write_bytes(b"MZ\x90\x00" + bytes(4000))
    (disc / "AUTORUN.INF").write_text("[autorun]\nopen=VIEWER\\viewer.exe\n")
    (disc / "README.TXT").write_text("Open the viewer to see your images.\n")
    (disc / "REPORTS").mkdir()
    (disc / "REPORTS" / "report").write_bytes(pdf_bytes())  # no extension: found by content
    good = sorted(p for p in (disc / "77654033").rglob("*") if p.is_file())[0].read_bytes()
    for number in range(damaged):
        (disc / "EXTRA").mkdir(exist_ok=True)
        (disc / "EXTRA" / f"BROKEN{number}").write_bytes(good[: 400 + number * 300])
    return disc


# Bundled files with real-sized pictures, in the compressions discs use.
PICTURE_FILES = (
    "CT_small.dcm",
    "MR_small.dcm",
    "693_J2KI.dcm",
    "SC_rgb_jpeg_gdcm.dcm",
    "examples_palette.dcm",
    "examples_ybr_color.dcm",
    "MR_small_jpeg_ls_lossless.dcm",
)


def make_picture_disc(root: Path) -> Path:
    """A disc laid out by a hospital's writer (DICOMDIR, DICOM/PT../ST../SE../IM.. without
    extensions, an index PDF), with a viewer program, an autorun file and a damaged file."""
    from wizard.export.package import PackageFile, write_package

    files = [
        PackageFile(
            name=name,
            category="imaging",
            kind="dicom",
            date="",
            description="",
            open=lambda name=name: open(get_testdata_file(name, download=False), "rb"),
        )
        for name in PICTURE_FILES
    ]
    disc = root / "DISC"
    root.mkdir(parents=True, exist_ok=True)
    write_package(disc, files, patient="Maria Example", tr=lambda c, t: t, format_date=str)
    (disc / "VIEWER").mkdir()
    (disc / "VIEWER" / "viewer.exe").write_bytes(b"MZ\x90\x00" + bytes(4000))
    (disc / "AUTORUN.INF").write_text("[autorun]\nopen=VIEWER\\viewer.exe\n")
    (disc / "REPORT").write_bytes(pdf_bytes(text="Radiology report"))
    whole = Path(get_testdata_file("CT_small.dcm", download=False)).read_bytes()
    (disc / "IM_BROKEN").write_bytes(whole[: len(whole) // 2])
    return disc
