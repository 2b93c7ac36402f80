"""The case's files (imported records, documents, recordings): their categories and kinds.

Every imported file is proposed into a record kind of step 3 and a category of
step 9; the user confirms the category. This module holds the words and the
proposals; the files themselves live in the encrypted vault (wizard.store.vault).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.fields import Choice

# What a file is, found from its content (never from its name's extension).
DICOM, PDF, IMAGE, AUDIO = "dicom", "pdf", "image", "audio"
FILE_KINDS = (
    Choice(DICOM, QT_TRANSLATE_NOOP("Plan", "Scan image (DICOM)")),
    Choice(PDF, QT_TRANSLATE_NOOP("Plan", "PDF document")),
    Choice(IMAGE, QT_TRANSLATE_NOOP("Plan", "Photo or picture")),
    Choice(AUDIO, QT_TRANSLATE_NOOP("Plan", "Sound recording")),
)

IMAGING, LABS, PRESCRIPTIONS, DOCTOR_NOTES, RECEIPTS, OTHER = (
    "imaging",
    "labs",
    "prescriptions",
    "doctor_notes",
    "receipts",
    "other",
)
CATEGORIES = (
    Choice(IMAGING, QT_TRANSLATE_NOOP("Plan", "Imaging")),
    Choice(LABS, QT_TRANSLATE_NOOP("Plan", "Labs")),
    Choice(PRESCRIPTIONS, QT_TRANSLATE_NOOP("Plan", "Prescriptions")),
    Choice(DOCTOR_NOTES, QT_TRANSLATE_NOOP("Plan", "Doctor notes")),
    Choice(RECEIPTS, QT_TRANSLATE_NOOP("Plan", "Receipts")),
    Choice(OTHER, QT_TRANSLATE_NOOP("Plan", "Other")),
)
CATEGORY_KEYS = tuple(choice.key for choice in CATEGORIES)

# The category a record kind of step 3 files into.
KIND_CATEGORY = {
    "pathology": LABS,
    "imaging": IMAGING,
    "labs": LABS,
    "clinical_notes": DOCTOR_NOTES,
    "discharge": DOCTOR_NOTES,
    "medications": PRESCRIPTIONS,
    "ecg": IMAGING,
    "echocardiogram": IMAGING,
    "stress_test": LABS,
    "angiogram": IMAGING,
    "pathology_slides": LABS,
    "staging": DOCTOR_NOTES,
    "original_images": IMAGING,
    "lung_function": LABS,
    "chest_ct": IMAGING,
    "brain_imaging": IMAGING,
}

# Words in a document's name that suggest its record kind, in the three languages.
_NAME_HINTS = (
    (("patho", "biops", "histo"), "pathology"),
    (("lab", "blood", "blut", "sangre", "analys"), "labs"),
    (("discharge", "entlass", "alta"), "discharge"),
    (("medic", "rezept", "receta", "prescri", "rx"), "medications"),
    (("ecg", "ekg"), "ecg"),
    (("echo",), "echocardiogram"),
    (("mri", "mrt", "ct", "xray", "x-ray", "roentgen", "radiolog", "scan"), "imaging"),
    (("note", "letter", "brief", "informe", "arztbrief", "consult", "befund"), "clinical_notes"),
)
_RECEIPT_HINTS = ("receipt", "invoice", "bill", "rechnung", "quittung", "factura", "recibo")


# The kinds of scan (DICOM's modality codes) in plain words; other codes are shown as they are.
MODALITIES = {
    "CT": QT_TRANSLATE_NOOP("Plan", "CT scan"),
    "MR": QT_TRANSLATE_NOOP("Plan", "MRI scan"),
    "US": QT_TRANSLATE_NOOP("Plan", "Ultrasound"),
    "CR": QT_TRANSLATE_NOOP("Plan", "X-ray"),
    "DX": QT_TRANSLATE_NOOP("Plan", "X-ray"),
    "RF": QT_TRANSLATE_NOOP("Plan", "X-ray video (fluoroscopy)"),
    "XA": QT_TRANSLATE_NOOP("Plan", "Blood vessel X-ray (angiogram)"),
    "MG": QT_TRANSLATE_NOOP("Plan", "Mammogram"),
    "NM": QT_TRANSLATE_NOOP("Plan", "Nuclear medicine scan"),
    "PT": QT_TRANSLATE_NOOP("Plan", "PET scan"),
    "ECG": QT_TRANSLATE_NOOP("Plan", "Heart tracing (ECG)"),
    "SM": QT_TRANSLATE_NOOP("Plan", "Tissue slide image"),
    "OT": QT_TRANSLATE_NOOP("Plan", "Other image"),
    "SC": QT_TRANSLATE_NOOP("Plan", "Other image"),
}


def modality_label(code: str) -> str | None:
    """The plain name of a modality code (a translatable source text), None when unknown."""
    return MODALITIES.get(code.strip().upper())


def category_label(key: str) -> str:
    """The plain-language name of a category (a translatable source text), '' when none."""
    return next((choice.label for choice in CATEGORIES if choice.key == key), "")


def file_kind_label(key: str) -> str:
    return next((choice.label for choice in FILE_KINDS if choice.key == key), key)


@dataclass(frozen=True)
class Proposal:
    """What an imported file probably is: a record kind of step 3 and a category."""

    record_kind: str
    category: str


def propose(file_kind: str, name: str, modality: str = "") -> Proposal:
    """The record kind and category proposed for a new file; the user confirms them.

    DICOM is imaging (an ECG waveform is an ECG); a document is guessed from the
    words in its name, else left for the user ("Other" with no record kind).
    """
    if file_kind == DICOM:
        kind = "ecg" if modality.upper() == "ECG" else "imaging"
        return Proposal(kind, IMAGING)
    words_in_name = [w for w in re.split(r"[\W_]+", name.casefold()) if w]

    def named(hints: tuple[str, ...]) -> bool:
        return any(word.startswith(hint) for word in words_in_name for hint in hints)

    if named(_RECEIPT_HINTS):
        return Proposal("", RECEIPTS)
    for words, kind in _NAME_HINTS:
        if named(words):
            return Proposal(kind, KIND_CATEGORY[kind])
    return Proposal("", OTHER)


@dataclass(frozen=True)
class ScanFacts:
    """What a DICOM file says about itself (read from its header, never its pixels)."""

    patient_name: str = ""
    patient_id: str = ""
    birth_date: str = ""
    study_uid: str = ""
    study_date: str = ""
    study_time: str = ""
    study_description: str = ""
    accession: str = ""
    modality: str = ""
    body_part: str = ""
    series_uid: str = ""
    series_number: int | None = None
    series_description: str = ""
    instance_number: int | None = None
    sop_uid: str = ""
    sop_class: str = ""
    transfer_syntax: str = ""
    rows: int = 0
    columns: int = 0
    frames: int = 0


@dataclass(frozen=True)
class CaseFile:
    """One file the case keeps in the vault, as the pages and printouts see it."""

    id: int
    name: str
    kind: str
    size: int
    added: str
    step: str = "records"
    category: str = ""
    confirmed: bool = False
    record_kind: str = ""
    date: str = ""  # the study date of a scan, else the document's own date; ISO or ""
    scan: ScanFacts | None = None


@dataclass(frozen=True)
class Series:
    uid: str
    number: int | None
    description: str
    modality: str
    body_part: str
    files: tuple[CaseFile, ...]

    @property
    def middle(self) -> CaseFile:
        """The image shown for the series: the middle one in instance order."""
        return self.files[len(self.files) // 2]


@dataclass(frozen=True)
class Study:
    uid: str
    date: str
    description: str
    series: tuple[Series, ...]

    @property
    def modalities(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.modality for s in self.series if s.modality))

    @property
    def files(self) -> tuple[CaseFile, ...]:
        return tuple(f for s in self.series for f in s.files)


def studies_of(files: Iterable[CaseFile]) -> tuple[Study, ...]:
    """The scans among ``files`` grouped by study and series: newest study first,
    series by number, images by instance number."""
    grouped: dict[str, dict[str, list[CaseFile]]] = {}
    for file in files:
        if file.scan is not None:
            study = grouped.setdefault(file.scan.study_uid, {})
            study.setdefault(file.scan.series_uid, []).append(file)
    studies = []
    for study_uid, by_series in grouped.items():
        series = []
        for series_uid, members in by_series.items():
            members.sort(key=_instance_order)
            first = members[0].scan
            assert first is not None
            series.append(
                Series(
                    series_uid,
                    first.series_number,
                    first.series_description,
                    first.modality,
                    first.body_part,
                    tuple(members),
                )
            )
        series.sort(key=lambda s: (s.number is None, s.number or 0, s.description))
        head = series[0].files[0].scan
        assert head is not None
        studies.append(Study(study_uid, head.study_date, head.study_description, tuple(series)))
    studies.sort(key=lambda s: (s.date, s.description), reverse=True)
    return tuple(studies)


def _instance_order(file: CaseFile) -> tuple[bool, int, str]:
    number = file.scan.instance_number if file.scan else None
    return (number is None, number or 0, file.name)


def documents_of(files: Iterable[CaseFile]) -> tuple[CaseFile, ...]:
    """The files that are not scans (PDFs, pictures, recordings), by name."""
    return tuple(sorted((f for f in files if f.scan is None), key=lambda f: f.name.casefold()))
