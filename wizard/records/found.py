"""What a file turned out to be: the results of ``wizard.records.inspect``, without its parsers.

Helper processes send these back to the importer; keeping them apart from the parsers
means the process that shows the window can read the answers without loading pydicom,
pypdf and Pillow (loading them holds the interpreter for tens of milliseconds at a time).
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.plan.documents import ScanFacts
from wizard.plan.messages import Msg


@dataclass(frozen=True)
class DicomInfo(ScanFacts):
    """What a scan's header says (a ``ScanFacts``, as the store keeps it), and more."""

    has_pixels: bool = False


@dataclass(frozen=True)
class Inspected:
    kind: str  # DICOM, PDF or IMAGE
    dicom: DicomInfo | None = None
    pages: int | None = None  # a PDF's
    width: int | None = None  # a picture's, in pixels
    height: int | None = None
    document_date: str = ""  # ISO: a PDF's creation date, a photo's EXIF date, else ""


@dataclass(frozen=True)
class Problem:
    reason: Msg
    damaged: bool  # True: looks like a scan, PDF or picture but is broken; False: not kept
