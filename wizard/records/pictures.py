"""Small pictures of a scan: a thumbnail and a larger preview of one DICOM frame, as PNG.

The file comes from the vault and is treated as untrusted: the header is read
first and an image too large (or with nonsense values) is refused before any
pixel is decoded. Only one frame is decoded, the middle one of a multi-frame
image, and it is read from the stream, never written anywhere. Every failure
gives None: a picture is a nicety, never a reason to stop.
"""

from __future__ import annotations

import io
import math
import struct
import warnings
from typing import BinaryIO

import numpy as np
import pydicom
from PIL import Image
from pydicom.dataset import Dataset
from pydicom.pixels import apply_color_lut, apply_modality_lut, apply_voi_lut, get_decoder
from pydicom.pixels import pixel_array as decode_frame
from pydicom.pixels.utils import get_expected_length
from pydicom.uid import UID, DeflatedExplicitVRLittleEndian

THUMB_SIDE = 128
# Larger frames are refused, so a hostile header cannot make us allocate gigabytes.
MAX_PIXELS = 64_000_000
MAX_FRAMES = 100_000
# A file read whole into memory (deflated, or misdescribed) may be at most this large.
MAX_WHOLE_FILE = 64 * 1024 * 1024
_HEADER_DEFER = "1 MB"
_UNDEFINED = 0xFFFFFFFF
_LONG_VRS = (b"OB", b"OW", b"OF", b"OD", b"OL", b"OV", b"UN")
_MONOCHROME = ("MONOCHROME1", "MONOCHROME2")
# Photometric interpretations that pydicom hands back as RGB once decoded (raw=False).
_COLOUR = ("RGB", "YBR_FULL", "YBR_FULL_422", "YBR_ICT", "YBR_RCT")


def thumbnail(stream: BinaryIO, side: int = THUMB_SIDE) -> bytes | None:
    """A PNG that fits in ``side`` x ``side`` of the DICOM image in ``stream``, or None."""
    return picture(stream, side)


def picture(stream: BinaryIO, max_side: int = 1024) -> bytes | None:
    """A PNG no larger than ``max_side`` on either side of the DICOM image in ``stream``.

    None when the file is not a DICOM image, is damaged, too large, or needs a
    decoder that is not installed (see ``cannot_decode``).
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pydicom's warnings may quote the patient's data
            image = _image(stream, max_side)
            if image is None:
                return None
            image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            image.save(out, format="PNG")
            return out.getvalue()
    except Exception:  # noqa: BLE001 - untrusted input: any failure means "no picture"
        return None


def cannot_decode(transfer_syntax: str) -> bool:
    """True when no installed decoder handles the pixel data of ``transfer_syntax``
    (video, JPEG 2000 Part 2, HTJ2K, private or unknown syntaxes)."""
    try:
        return not get_decoder(UID(transfer_syntax)).is_available
    except Exception:  # noqa: BLE001 - NotImplementedError for syntaxes pydicom cannot decode
        return True


def _image(stream: BinaryIO, max_side: int) -> Image.Image | None:
    stream.seek(0)
    ds = pydicom.dcmread(stream, force=False, stop_before_pixels=True, defer_size=_HEADER_DEFER)
    shape = _checked_shape(ds)
    if shape is None or max_side < 1:
        return None
    rows, columns, samples, frames = shape
    syntax = ds.file_meta.get("TransferSyntaxUID")
    if not syntax or cannot_decode(syntax):
        return None
    deflated = syntax == DeflatedExplicitVRLittleEndian
    if not deflated and not _pixel_data_complete(stream, ds, syntax):
        return None
    arr = _decode(stream, syntax, frames // 2 if frames > 1 else None)
    if arr.shape[:2] != (rows, columns):
        return None
    # Thin out a large frame before the float arithmetic: a preview needs no more detail.
    step = max(1, max(rows, columns) // (2 * max_side))
    arr = arr[::step, ::step]
    interpretation = str(ds.get("PhotometricInterpretation", "")).strip().upper()
    if samples == 1 and interpretation == "PALETTE COLOR":
        return Image.fromarray(_to_8_bits(apply_color_lut(arr, ds)[..., :3]), "RGB")
    if samples == 1:
        grey = _grey(arr, ds, interpretation)
        return Image.fromarray(np.round(grey * 255).astype(np.uint8), "L")
    if samples == 3 and interpretation in _COLOUR:
        bits = int(ds.get("BitsStored") or ds.get("BitsAllocated") or 8)
        scaled = arr.astype(np.float64) / float(2 ** min(max(bits, 1), 32) - 1)
        rgb = np.clip(scaled, 0.0, 1.0) * 255
        return Image.fromarray(np.round(rgb).astype(np.uint8), "RGB")
    return None


def _decode(stream: BinaryIO, syntax: UID, index: int | None) -> np.ndarray:
    """One frame (all of a single-frame image), read from the stream without loading the file.

    A deflated file, or one whose header lies about its encoding, is read whole
    into memory instead, when it is small enough.
    """
    if syntax != DeflatedExplicitVRLittleEndian:
        try:
            stream.seek(0)
            return decode_frame(stream, index=index)
        except (ValueError, KeyError, struct.error):
            if _size(stream) > MAX_WHOLE_FILE:
                raise
    elif _size(stream) > MAX_WHOLE_FILE:
        raise ValueError("deflated file too large")
    stream.seek(0)
    return decode_frame(pydicom.dcmread(stream, force=False), index=index)


def _pixel_data_complete(stream: BinaryIO, ds: Dataset, syntax: UID) -> bool:
    """Whether the pixel data holds every frame: uncompressed data as long as the image
    needs, compressed data with all its items and the closing delimiter.

    pydicom decodes a cut file read from a stream without complaint, and some decoders
    take seconds to refuse a cut frame. ``stream`` is at the pixel data's tag.
    """
    start = stream.tell()
    size = _size(stream)
    stream.seek(start)
    head = stream.read(12)
    if len(head) < 12:
        return False
    order = "<" if syntax.is_little_endian else ">"
    group, element = struct.unpack(f"{order}HH", head[:4])
    if group != 0x7FE0 or element not in (0x0008, 0x0009, 0x0010):
        return False
    if head[4:6] in _LONG_VRS:
        (length,) = struct.unpack(f"{order}L", head[8:12])
        position = start + 12
    else:  # implicit VR, as the syntax says or as a misdescribed file is
        (length,) = struct.unpack(f"{order}L", head[4:8])
        position = start + 8
    if not syntax.is_encapsulated:
        expected = get_expected_length(ds, unit="bytes")
        return length != _UNDEFINED and length >= expected and size - position >= expected
    if length != _UNDEFINED:
        return False
    while position + 8 <= size:  # items (offset table, fragments) until the delimiter
        stream.seek(position)
        group, element, length = struct.unpack("<HHL", stream.read(8))
        if (group, element) == (0xFFFE, 0xE0DD):
            return True
        if (group, element) != (0xFFFE, 0xE000) or length == _UNDEFINED:
            return False
        position += 8 + length
    return False


def _size(stream: BinaryIO) -> int:
    return stream.seek(0, io.SEEK_END)


def _checked_shape(ds: Dataset) -> tuple[int, int, int, int] | None:
    """(rows, columns, samples, frames) when sane and small enough, else None."""
    try:
        rows = int(ds.Rows)
        columns = int(ds.Columns)
        samples = int(ds.get("SamplesPerPixel") or 1)
        frames = int(ds.get("NumberOfFrames") or 1)
    except (AttributeError, TypeError, ValueError):
        return None
    if rows < 1 or columns < 1 or samples not in (1, 3) or not 1 <= frames <= MAX_FRAMES:
        return None
    if rows * columns * samples > MAX_PIXELS:
        return None
    return rows, columns, samples, frames


def _grey(arr: np.ndarray, ds: Dataset, interpretation: str) -> np.ndarray:
    """Grey values in 0..1: modality LUT, then the file's VOI LUT or window, else min..max."""
    modality = apply_modality_lut(arr, ds)
    window = _window(ds)
    if ds.get("VOILUTSequence"):
        if not np.issubdtype(modality.dtype, np.integer):
            modality = np.round(modality).astype(np.int64)
        values = _stretch(apply_voi_lut(modality, ds, prefer_lut=True).astype(np.float64))
    elif window is not None:
        values = _apply_window(modality.astype(np.float64), *window, _function(ds))
    else:
        values = _stretch(modality.astype(np.float64))
    inverse = str(ds.get("PresentationLUTShape", "")).strip().upper() == "INVERSE"
    if (interpretation == "MONOCHROME1") != inverse:
        values = 1.0 - values
    return values


def _apply_window(values: np.ndarray, center: float, width: float, function: str) -> np.ndarray:
    """The window of PS3.3 C.11.2.1.2 mapped straight to 0..1."""
    if function == "SIGMOID":
        return np.asarray(1 / (1 + np.exp(np.clip(-4 * (values - center) / width, -50, 50))))
    if function == "LINEAR_EXACT":
        return np.clip((values - center) / width + 0.5, 0.0, 1.0)
    return np.clip((values - (center - 0.5)) / (width - 1) + 0.5, 0.0, 1.0)


def _window(ds: Dataset) -> tuple[float, float] | None:
    """The first window (center, width) of the file when usable, else None."""
    center, width = ds.get("WindowCenter"), ds.get("WindowWidth")
    if center is None or width is None:
        return None
    try:
        c = float(center[0] if isinstance(center, pydicom.multival.MultiValue) else center)
        w = float(width[0] if isinstance(width, pydicom.multival.MultiValue) else width)
    except (TypeError, ValueError, IndexError):
        return None
    if not (math.isfinite(c) and math.isfinite(w)) or w <= 1:
        return None
    return c, w


def _function(ds: Dataset) -> str:
    return str(ds.get("VOILUTFunction", "LINEAR")).strip().upper()


def _stretch(values: np.ndarray) -> np.ndarray:
    """Map the lowest value to 0 and the highest to 1 (all 0 when the image is flat)."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return np.zeros_like(values)
    low, high = float(finite.min()), float(finite.max())
    if high <= low:
        return np.zeros_like(values)
    return np.clip((np.nan_to_num(values, nan=low) - low) / (high - low), 0.0, 1.0)


def _to_8_bits(rgb: np.ndarray) -> np.ndarray:
    """A palette's output (8 or 16 bits) as 8 bits; some 16-bit palettes hold 8-bit values."""
    if rgb.dtype == np.uint8:
        return rgb
    top = 255 if int(rgb.max(initial=0)) <= 255 else 65535
    return np.round(rgb.astype(np.float64) * (255 / top)).astype(np.uint8)
