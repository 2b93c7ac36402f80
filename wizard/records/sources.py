"""What files a user's choice holds: files, folders, a disc (with its DICOMDIR) and zip files.

Nothing here writes anything or decides what a file is (that is ``inspect``): it lists
the files to look at, and says in plain words why others were left out. Zip files are
read in place, never unpacked to disk, within limits that defuse zip bombs. Links that
leave the chosen folder are not followed, and special files (pipes, devices) are never
opened, since opening a pipe would wait forever.
"""

from __future__ import annotations

import io
import os
import re
import stat
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.messages import Msg

if TYPE_CHECKING:
    import pydicom

ZIP_MAGIC = b"PK\x03\x04"
MAX_ZIP_MEMBERS = 20_000
MAX_ZIP_TOTAL = 8 * 1024**3
MAX_ZIP_RATIO = 200
RATIO_FROM = 1024**2  # small members may compress very well and do no harm
MAX_DICOMDIR = 64 * 1024**2
DIRECTORY_STORAGE = "1.2.840.10008.1.3.10"  # Media Storage SOP Class of a DICOMDIR


def why(text: str, **params: object) -> Msg:
    """A reason why a file was left out, in the records import's words (context "Records")."""
    return Msg(text, params, context="Records")


EMPTY = why(QT_TRANSLATE_NOOP("Records", "The file is empty."))
GONE = why(QT_TRANSLATE_NOOP("Records", "This file or folder no longer exists."))
FILE_UNREADABLE = why(
    QT_TRANSLATE_NOOP("Records", "The computer did not allow this file to be read.")
)
FOLDER_UNREADABLE = why(
    QT_TRANSLATE_NOOP("Records", "The computer did not allow this folder to be opened.")
)
SPECIAL = why(QT_TRANSLATE_NOOP("Records", "This is not an ordinary file, so it was left alone."))
LINK_OUTSIDE = why(
    QT_TRANSLATE_NOOP(
        "Records",
        "This is a shortcut to a place outside the chosen folder, so it was not followed.",
    )
)
LINK_BROKEN = why(QT_TRANSLATE_NOOP("Records", "This shortcut leads nowhere, so it was left out."))
SEEN_FOLDER = why(QT_TRANSLATE_NOOP("Records", "This folder was already read."))
SEEN_FILE = why(QT_TRANSLATE_NOOP("Records", "This file was already added."))
TOC_READ = why(
    QT_TRANSLATE_NOOP(
        "Records",
        "The disc's table of contents; it was read, and is not needed as a file of its own.",
    )
)
TOC_DAMAGED = why(
    QT_TRANSLATE_NOOP(
        "Records",
        "The disc's table of contents is damaged; the files on the disc are read one by one "
        "instead.",
    )
)
TOC_OUTSIDE = why(
    QT_TRANSLATE_NOOP(
        "Records",
        "The disc's table of contents points to files outside the disc, so it was not used. "
        "The files on the disc are read one by one instead.",
    )
)
LISTED_MISSING = why(
    QT_TRANSLATE_NOOP("Records", "The disc's table of contents lists this file, but it is missing.")
)
ZIP_DAMAGED = why(QT_TRANSLATE_NOOP("Records", "The zip file is damaged and cannot be opened."))
ZIP_TOO_MANY = why(
    QT_TRANSLATE_NOOP("Records", "The zip file holds more than 20,000 files, so it was not opened.")
)
ZIP_TOO_BIG = why(
    QT_TRANSLATE_NOOP(
        "Records", "The zip file would unpack to more than 8 GB, so it was not opened."
    )
)
ZIP_BOMB = why(
    QT_TRANSLATE_NOOP(
        "Records",
        "This file inside the zip file would unpack to a huge size, so it was left out for safety.",
    )
)
ZIP_LOCKED = why(
    QT_TRANSLATE_NOOP(
        "Records", "This file inside the zip file is locked with a password, so it was left out."
    )
)
ZIP_UNSAFE_NAME = why(
    QT_TRANSLATE_NOOP(
        "Records", "This file inside the zip file has an unsafe name, so it was left out."
    )
)
ZIP_IN_ZIP = why(
    QT_TRANSLATE_NOOP(
        "Records",
        "This is a zip file inside a zip file; unpack the outer zip file, then add this one.",
    )
)
ZIP_MEMBER_DAMAGED = why(
    QT_TRANSLATE_NOOP("Records", "This file inside the zip file is damaged and cannot be read.")
)
ZIP_TWICE = why(
    QT_TRANSLATE_NOOP(
        "Records", "The zip file holds two files with this name; only the first was added."
    )
)


@dataclass(frozen=True)
class Source:
    """One file to look at, on disk or inside a zip file."""

    shown: str  # the path as the user knows it, for reports
    relative: str  # posix path from the chosen root (a chosen file: its name); its name in the case
    size: int  # on disk: its size; in a zip file: the size the zip file declares
    in_dicomdir: bool  # listed in a DICOMDIR of its folder tree
    opener: Callable[[], BinaryIO] = field(repr=False, compare=False)
    path: str = ""  # a file on disk: its path, so another process can read it too

    def open(self) -> BinaryIO:
        """A fresh read-only binary stream at the file's start; the caller closes it."""
        return self.opener()


@dataclass(frozen=True)
class Skipped:
    shown: str
    reason: Msg


class Gathered:
    """The files found and those left out; keeps zip files open until closed."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.skipped: list[Skipped] = []
        self._zips: list[zipfile.ZipFile] = []

    def close(self) -> None:
        for archive in self._zips:
            archive.close()
        self._zips.clear()

    def __enter__(self) -> Gathered:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class MemberTooLarge(ValueError):
    """A zip member delivered more bytes than the zip file declares for it."""


def gather(paths: Sequence[Path], cancelled: Callable[[], bool] = lambda: False) -> Gathered:
    """The files that ``paths`` (files, folders, a disc, zip files) hold, in a stable order.

    Never raises for what it finds: an unreadable folder or a broken zip file becomes a
    ``Skipped`` entry. Stops early, keeping what it found, once ``cancelled()`` is true.
    """
    found = Gathered()
    walker = _Walker(found, cancelled)
    try:
        for path in paths:
            walker.chosen(Path(path))
    except _Stop:
        pass
    except BaseException:
        found.close()
        raise
    return found


class _Stop(Exception):
    pass


class _Walker:
    def __init__(self, found: Gathered, cancelled: Callable[[], bool]) -> None:
        self.found = found
        self.cancelled = cancelled
        self.seen_folders: set[tuple[int, int]] = set()
        self.seen_files: set[tuple[int, int]] = set()
        self.listed: set[str] = set()  # real paths that a DICOMDIR lists
        self.tables: set[str] = set()  # real paths of DICOMDIRs already handled

    def skip(self, shown: str, reason: Msg) -> None:
        self.found.skipped.append(Skipped(shown, reason))

    def check(self) -> None:
        if self.cancelled():
            raise _Stop

    def chosen(self, path: Path) -> None:
        self.check()
        shown = str(path)
        try:
            info = os.stat(path)  # what the user chose is followed, even a link
        except FileNotFoundError:
            return self.skip(shown, GONE)
        except OSError:
            return self.skip(shown, FILE_UNREADABLE)
        if stat.S_ISDIR(info.st_mode):
            root = os.path.realpath(path)
            return self.folder(shown, "", root)
        root = os.path.realpath(path.parent)
        if stat.S_ISREG(info.st_mode) and path.name.lower() == "dicomdir":
            if self.table(shown, str(path.parent), root):
                # The disc's table of contents stands for the disc: read the whole disc.
                return self.folder(str(path.parent), "", root)
        self.entry(shown, path.name, info, root)

    def folder(self, shown: str, relative: str, root: str) -> None:
        try:
            info = os.stat(shown)
            key = (info.st_dev, info.st_ino)
            if key in self.seen_folders:
                return self.skip(shown, SEEN_FOLDER)
            self.seen_folders.add(key)
            with os.scandir(shown) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            return self.skip(shown, FOLDER_UNREADABLE)
        for entry in entries:
            if entry.name.lower() == "dicomdir" and _is_file(entry):
                self.table(entry.path, shown, root)
        for entry in entries:
            self.check()
            name = f"{relative}/{entry.name}" if relative else entry.name
            try:
                if entry.is_symlink():
                    if not _inside(os.path.realpath(entry.path), root):
                        self.skip(entry.path, LINK_OUTSIDE)
                        continue
                    try:
                        info = os.stat(entry.path)
                    except FileNotFoundError:
                        self.skip(entry.path, LINK_BROKEN)
                        continue
                else:
                    info = entry.stat(follow_symlinks=False)
            except OSError:
                self.skip(entry.path, FILE_UNREADABLE)
                continue
            if stat.S_ISDIR(info.st_mode):
                self.folder(entry.path, name, root)
            else:
                self.entry(entry.path, name, info, root)

    def entry(self, shown: str, relative: str, info: os.stat_result, root: str) -> None:
        if not stat.S_ISREG(info.st_mode):
            return self.skip(shown, SPECIAL)
        key = (info.st_dev, info.st_ino)
        if key in self.seen_files:
            if os.path.realpath(shown) not in self.tables:
                self.skip(shown, SEEN_FILE)
            return
        self.seen_files.add(key)
        real = os.path.realpath(shown) if self.listed or self.tables else ""
        if real in self.tables:
            return  # already reported when it was read
        if info.st_size == 0:
            return self.skip(shown, EMPTY)
        try:
            magic = _head(shown, len(ZIP_MAGIC))
        except OSError:
            return self.skip(shown, FILE_UNREADABLE)
        if magic == ZIP_MAGIC:
            return self.archive(shown, relative)
        source = Source(
            shown, relative, info.st_size, real in self.listed, _disk_opener(shown), shown
        )
        self.found.sources.append(source)

    def table(self, shown: str, folder: str, root: str) -> bool:
        """Read a DICOMDIR: True if it is one (then it is reported and not a file to keep)."""
        real = os.path.realpath(shown)
        if real in self.tables:
            return True
        try:
            size = os.path.getsize(shown)
            head = _head(shown, 132)
        except OSError:
            return False
        if size > MAX_DICOMDIR or head[128:132] != b"DICM":
            return False
        import pydicom  # here: the window's process needs it only for a disc's table

        home = os.path.realpath(folder)
        listed: list[tuple[str, bool]] | _Outside | None = None
        try:
            with warnings.catch_warnings(record=True) as heard:  # they may quote values: unshown
                warnings.simplefilter("always")
                ds = pydicom.dcmread(shown, force=False)
                if ds.file_meta.get("MediaStorageSOPClassUID") != DIRECTORY_STORAGE:
                    return False
                # pydicom reads past damage with a warning, keeping what it could read: a
                # list that may be wrong, or empty, is not worth trusting.
                if not heard and read_whole(ds, size):
                    listed = _listed(ds, folder, home) or None
        except (Exception, RecursionError):  # noqa: BLE001 - a damaged DICOMDIR may raise anything
            listed = None
        self.tables.add(real)
        if listed is None:
            self.skip(shown, TOC_DAMAGED)
        elif isinstance(listed, _Outside):
            self.skip(shown, TOC_OUTSIDE)
        else:
            self.skip(shown, TOC_READ)
            for path, exists in listed:
                if exists:
                    self.listed.add(path)
                else:
                    self.skip(path, LISTED_MISSING)
        return True

    def archive(self, shown: str, relative: str) -> None:
        try:
            if _declared_members(shown) > MAX_ZIP_MEMBERS:
                return self.skip(shown, ZIP_TOO_MANY)
            archive = zipfile.ZipFile(shown)
        except (Exception, RecursionError):  # noqa: BLE001 - BadZipFile, OSError, struct errors...
            return self.skip(shown, ZIP_DAMAGED)
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            archive.close()
            return self.skip(shown, ZIP_TOO_MANY)
        if sum(member.file_size for member in members) > MAX_ZIP_TOTAL:
            archive.close()
            return self.skip(shown, ZIP_TOO_BIG)
        self.found._zips.append(archive)
        names: set[str] = set()
        for member in members:
            self.check()
            if member.is_dir():
                continue
            where = f"{shown} › {member.filename}"
            safe = _safe_name(member.filename)
            reason = ZIP_UNSAFE_NAME if safe is None else _member_problem(archive, member)
            if reason is None and safe in names:
                reason = ZIP_TWICE
            if safe is None or reason is not None:
                self.skip(where, reason or ZIP_UNSAFE_NAME)
                continue
            names.add(safe)
            opener = _member_opener(archive, member)
            self.found.sources.append(
                Source(where, f"{relative}/{safe}", member.file_size, False, opener)
            )


def read_whole(ds: pydicom.Dataset, size: int) -> bool:
    """Whether the element read last ends within the file: pydicom reads a file cut short
    without a word, keeping what it could read."""
    # Elements are kept in the order read, so the last one is the one read last.
    tag = next(reversed(ds.keys()), None)  # type: ignore[call-overload]
    if tag is None:
        return True
    last: Any = ds.get_item(tag, keep_deferred=True)
    length, start = getattr(last, "length", 0), getattr(last, "value_tell", None)
    return start is None or length == 0xFFFFFFFF or start + length <= size


class _Outside:
    """A DICOMDIR that points outside its own folder."""


def _listed(ds: pydicom.Dataset, folder: str, home: str) -> list[tuple[str, bool]] | _Outside:
    """The real path of each file a DICOMDIR lists, and whether it exists.

    Every record with a Referenced File ID names a file; the record tree itself is not
    followed (pydicom's FileSet loops forever on records whose offsets form a cycle).
    """
    listed: list[tuple[str, bool]] = []
    names: dict[str, dict[str, str]] = {}
    for record in ds.get("DirectoryRecordSequence") or []:
        value = record.get("ReferencedFileID")
        if not value:
            continue
        parts = [str(value)] if isinstance(value, str) else [str(part) for part in value]
        path = os.path.realpath(os.path.join(folder, *parts))
        if not _inside(path, home) or path == home:
            return _Outside()
        exists = os.path.isfile(path)
        if not exists:
            # A disc's names are upper case in its DICOMDIR, but may show in lower case.
            other = _ignoring_case(home, os.path.relpath(path, home).split(os.sep), names)
            if other is not None and _inside(os.path.realpath(other), home):
                path, exists = os.path.realpath(other), True
        listed.append((path, exists))
    return listed


def _ignoring_case(home: str, parts: list[str], names: dict[str, dict[str, str]]) -> str | None:
    here = home
    for part in parts:
        if here not in names:
            try:
                names[here] = {name.lower(): name for name in sorted(os.listdir(here))}
            except OSError:
                names[here] = {}
        actual = names[here].get(part.lower())
        if actual is None:
            return None
        here = os.path.join(here, actual)
    return here if os.path.isfile(here) else None


def _declared_members(path: str) -> int:
    """The number of members the zip file's last record declares, read before its listing.

    ``ZipFile`` builds an object for every member as it opens; a forged listing of millions
    would take much memory before the limit could be checked. Uses zipfile's own reader of
    that record (private, hence the fallback: 0 lets ``ZipFile`` and the count decide).
    """
    end_record = getattr(zipfile, "_EndRecData", None)
    if end_record is None:
        return 0
    with open(path, "rb") as stream:
        found = end_record(stream)
    return int(found[4]) if found else 0  # _ECD_ENTRIES_TOTAL


def _member_problem(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Msg | None:
    if member.flag_bits & 0x1:
        return ZIP_LOCKED
    if stat.S_ISLNK(member.external_attr >> 16):
        return SPECIAL
    if member.file_size == 0:
        return EMPTY
    if member.file_size > RATIO_FROM and member.file_size > MAX_ZIP_RATIO * max(
        member.compress_size, 1
    ):
        return ZIP_BOMB
    try:
        with archive.open(member) as stream:
            magic = stream.read(len(ZIP_MAGIC))
    except (Exception, RecursionError):  # noqa: BLE001 - BadZipFile, an unknown compression...
        return ZIP_MEMBER_DAMAGED
    if magic == ZIP_MAGIC:
        return ZIP_IN_ZIP
    return None


_DRIVE = re.compile(r"^[A-Za-z]:")


def _safe_name(name: str) -> str | None:
    """The member's path in posix form, or None if it could escape (absolute, drive, ``..``)."""
    name = name.replace("\\", "/")
    if name.startswith("/") or _DRIVE.match(name) or "\0" in name:
        return None
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


class _MemberStream(io.BufferedIOBase):
    """A zip member's stream that refuses to go past the size the zip file declares."""

    def __init__(self, raw: zipfile.ZipExtFile, declared: int) -> None:
        super().__init__()
        self._raw = raw
        self._declared = declared

    def _checked(self, data: bytes) -> bytes:
        if self._raw.tell() > self._declared:
            raise MemberTooLarge("a zip member is larger than its declared size")
        return data

    def read(self, size: int | None = -1) -> bytes:
        return self._checked(self._raw.read(-1 if size is None else size))

    def read1(self, size: int = -1) -> bytes:
        return self._checked(self._raw.read1(size))

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


def _member_opener(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Callable[[], BinaryIO]:
    def opener() -> BinaryIO:
        stream = cast(zipfile.ZipExtFile, archive.open(member))
        return cast(BinaryIO, _MemberStream(stream, member.file_size))

    return opener


def _disk_opener(path: str) -> Callable[[], BinaryIO]:
    def opener() -> BinaryIO:
        return open(path, "rb")

    return opener


def _head(path: str, size: int) -> bytes:
    # O_NONBLOCK: should a pipe have taken the file's place since it was listed, do not wait.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        return os.read(fd, size)
    finally:
        os.close(fd)


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)
