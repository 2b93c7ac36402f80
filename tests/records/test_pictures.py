"""Thumbnails and previews of scans, from pydicom's bundled public test files."""

from __future__ import annotations

import io
import time

import numpy as np
import pydicom
import pytest
from PIL import Image
from pydicom.data import get_testdata_file
from pydicom.uid import (
    MPEG2MPML,
    ExplicitVRLittleEndian,
    JPEGBaseline8Bit,
    JPEGLosslessSV1,
    JPEGLSLossless,
    RLELossless,
)

from wizard.records.pictures import THUMB_SIDE, cannot_decode, picture, thumbnail

# (file, what it shows us)
IMAGES = (
    ("CT_small.dcm", "CT, rescale, no window"),
    ("MR_small.dcm", "MR with a window"),
    ("693_J2KI.dcm", "CT, JPEG 2000 lossy, window"),
    ("JPEG2000.dcm", "JPEG 2000"),
    ("MR_small_RLE.dcm", "RLE"),
    ("MR_small_jpeg_ls_lossless.dcm", "JPEG-LS"),
    ("MR_small_bigendian.dcm", "big endian"),
    ("SC_rgb_jpeg_gdcm.dcm", "lossless JPEG, RGB"),
    ("SC_rgb_jpeg_dcmtk.dcm", "JPEG baseline, YBR_FULL"),
    ("SC_ybr_full_422_uncompressed.dcm", "native YBR_FULL_422"),
    ("SC_rgb_rle_2frame.dcm", "RLE, two frames"),
    ("examples_jpeg2k.dcm", "JPEG 2000, YBR_RCT"),
    ("examples_palette.dcm", "PALETTE COLOR"),
    ("examples_ybr_color.dcm", "30 frames, JPEG baseline YBR_FULL_422"),
    ("rtdose.dcm", "15 frames, 32 bits"),
    ("image_dfl.dcm", "deflated"),
)


def _open(name: str) -> io.BytesIO:
    path = get_testdata_file(name, download=False)
    assert path is not None, name
    with open(path, "rb") as handle:
        return io.BytesIO(handle.read())


def _png(data: bytes | None) -> Image.Image:
    assert data is not None
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize("name", [name for name, _ in IMAGES])
def test_thumbnail_fits_and_shows_something(name):
    image = _png(thumbnail(_open(name)))
    assert max(image.size) <= THUMB_SIDE
    assert image.mode in ("L", "RGB")
    assert np.asarray(image).std() > 10, "one flat grey: the window went wrong"


def test_a_large_image_is_scaled_down_keeping_its_shape():
    image = _png(thumbnail(_open("JPEG2000.dcm")))  # 1024 rows x 256 columns
    assert image.size == (32, 128)
    preview = _png(picture(_open("JPEG2000.dcm"), max_side=512))
    assert preview.size == (128, 512)


def test_a_small_image_is_not_blown_up():
    assert _png(picture(_open("CT_small.dcm"))).size == (128, 128)


def test_colour_stays_colour():
    image = _png(thumbnail(_open("SC_rgb_jpeg_dcmtk.dcm")))  # YBR_FULL: red, green, blue bars
    assert image.mode == "RGB"
    top = np.asarray(image)[2, image.width // 2]
    assert top[0] > 200 and top[1] < 60 and top[2] < 60  # the top bar is red


def test_palette_colour_becomes_rgb():
    assert _png(thumbnail(_open("examples_palette.dcm"))).mode == "RGB"


def test_the_window_of_the_file_is_used():
    # 693_J2KI.dcm: CT with a brain window (40/100); air is black, bone white.
    grey = np.asarray(_png(thumbnail(_open("693_J2KI.dcm"))))
    assert grey.min() == 0 and grey.max() == 255
    assert grey[0, 0] == 0


def test_monochrome1_is_inverted():
    ds = pydicom.dcmread(_open("CT_small.dcm"))
    normal = np.asarray(_png(thumbnail(_open("CT_small.dcm")))).astype(int)
    ds.PhotometricInterpretation = "MONOCHROME1"
    stream = io.BytesIO()
    ds.save_as(stream)
    inverted = np.asarray(_png(thumbnail(stream))).astype(int)
    assert np.abs((255 - normal) - inverted).max() <= 1


def test_only_the_middle_frame_is_decoded(monkeypatch):
    from wizard.records import pictures

    seen = []
    real = pictures.decode_frame

    def spy(src, **kwargs):
        seen.append(kwargs.get("index"))
        return real(src, **kwargs)

    monkeypatch.setattr(pictures, "decode_frame", spy)
    assert thumbnail(_open("examples_ybr_color.dcm")) is not None  # 30 frames
    assert thumbnail(_open("CT_small.dcm")) is not None
    assert seen == [15, None]


@pytest.mark.parametrize(
    "name",
    [
        "MR_truncated.dcm",  # pixel data cut short
        "rtplan.dcm",  # DICOM without an image
        "waveform_ecg.dcm",
        "no_meta.dcm",  # not a DICOM file (no preamble and header)
        "README.txt",
        "JPEG2000-embedded-sequence-delimiter.dcm",  # a broken codestream
    ],
)
def test_what_cannot_be_shown_gives_none(name):
    assert thumbnail(_open(name)) is None


@pytest.mark.parametrize(
    "name",
    [
        "CT_small.dcm",
        "MR_small_RLE.dcm",
        "MR_small_jpeg_ls_lossless.dcm",
        "MR_small_jp2klossless.dcm",
    ],
)
def test_a_cut_file_gives_none_quickly(name):
    data = _open(name).getvalue()
    started = time.monotonic()
    for length in (0, 10, 200, len(data) // 2, len(data) * 9 // 10):
        assert thumbnail(io.BytesIO(data[:length])) is None, length
    # CharLS takes seconds to refuse a cut JPEG-LS frame: cut data is refused before decoding.
    assert time.monotonic() - started < 2


def test_random_bytes_give_none():
    assert thumbnail(io.BytesIO(b"\x00" * 128 + b"DICM" + bytes(range(256)) * 8)) is None
    assert thumbnail(io.BytesIO(b"%PDF-1.7\n")) is None


def test_a_huge_image_is_refused_before_decoding(monkeypatch):
    from wizard.records import pictures

    ds = pydicom.dcmread(_open("CT_small.dcm"))
    ds.Rows = ds.Columns = 10_000  # 100 megapixels claimed
    stream = io.BytesIO()
    ds.save_as(stream)

    def never(*args, **kwargs):
        raise AssertionError("decoded a refused image")

    monkeypatch.setattr(pictures, "decode_frame", never)
    assert thumbnail(stream) is None


def test_absurd_values_give_none():
    for change in (
        {"Rows": 0},
        {"SamplesPerPixel": 4},
        {"NumberOfFrames": "-3"},
        {"WindowCenter": "nan", "WindowWidth": "0"},
    ):
        ds = pydicom.dcmread(_open("CT_small.dcm"))
        for keyword, value in change.items():
            setattr(ds, keyword, value)
        stream = io.BytesIO()
        ds.save_as(stream)
        result = thumbnail(stream)
        if "WindowCenter" in change:  # a nonsense window falls back to min..max
            assert np.asarray(_png(result)).std() > 10
        else:
            assert result is None, change


def test_which_transfer_syntaxes_can_be_decoded():
    for syntax in (ExplicitVRLittleEndian, JPEGBaseline8Bit, JPEGLosslessSV1, RLELossless):
        assert not cannot_decode(syntax)
    assert not cannot_decode(JPEGLSLossless)  # pyjpegls
    assert cannot_decode(MPEG2MPML)  # video
    assert cannot_decode("1.2.840.10008.1.2.4.92")  # JPEG 2000 Part 2 multi-component
    assert cannot_decode("1.2.3.4.5")  # private or unknown
    assert cannot_decode("not a uid")
