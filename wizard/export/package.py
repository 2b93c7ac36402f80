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
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, BinaryIO, Protocol

from wizard.atomic import TEMP_PREFIX, TEMP_SUFFIX, sync_folder, write_atomic_with
from wizard.errors import write_error
from wizard.export.dicomdir import (
    DICOM_FOLDER,
    Node,
    add_instance,
    day,
    encode_dicomdir,
    sorted_tree,
    studies_of,
    walk,
)
from wizard.export.package_index import Document, Study, index_pdf
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.documents import CATEGORIES, DICOM, OTHER, category_label
from wizard.plan.messages import Msg, Translate

CONTEXT = "Package"
INDEX = QT_TRANSLATE_NOOP("Package", "Index")
CHUNK = 1 << 20
DICOMDIR = "DICOMDIR"
# A staging folder this old was left by a killed process; an export still running touches
# its folder far more often than this.
STALE_STAGING_S = 24 * 60 * 60
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
    patients: dict[str, Node] = {}
    documents: list[PackageFile] = []
    for file in files:
        check()
        if file.kind == DICOM and add_instance(patients, file):
            continue
        documents.append(file)

    order = [c.key for c in CATEGORIES]
    documents.sort(key=lambda f: order.index(_category(f)))
    folders: dict[str, str] = {}
    names_in: dict[str, set[str]] = {}
    listed: list[Document] = []
    for file in documents:
        key = _category(file)
        if key not in folders:
            label = Msg(category_label(key)).render(tr)
            folders[key] = _unique(_safe_name(label, "Other"), taken_at_root)
            names_in[key] = set()
        name = _unique(_safe_name(file.name, "file"), names_in[key])
        with file.open() as stream:
            sink.add_stream(f"{folders[key]}/{name}", stream, check)
        listed.append(Document(folders[key], name, day(file.date, format_date), file.description))

    studies: list[Study] = []
    if patients:
        roots = sorted_tree(patients)
        for node in walk(roots):
            if node.source is not None:
                check()
                with node.source.open() as stream:
                    sink.add_stream("/".join(node.record.ReferencedFileID), stream, check)
        sink.add_bytes(DICOMDIR, encode_dicomdir(roots))
        studies = studies_of(roots, format_date)
    check()
    made_on = format_date(date.today().isoformat())
    sink.add_bytes(index_name, index_pdf(listed, studies, patient, made_on, tr))
    check()


def _category(file: PackageFile) -> str:
    return file.category if file.category in {c.key for c in CATEGORIES} else OTHER


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
