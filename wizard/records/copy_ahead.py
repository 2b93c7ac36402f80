"""Copying files into the vault in the importer's own process while its helpers start.

The helper processes take about a second to start (wizard.records.helper_process).
Meanwhile, and whenever later a helper's answer is not in yet, the importer copies the
next files into the vault itself: encrypting needs no parser, only the first bytes to
tell a likely record from a viewer program. A helper then only reads such a file and
checks that the copy holds exactly what it looked at (the keyed name of its content);
if the file changed in between, the helper copies it again. A copy that no record ends
up using is removed when the import ends (``made``).
"""

from __future__ import annotations

import collections
import contextlib
import os
import stat
from collections.abc import Callable, Iterable

from wizard.plan.documents import DICOM, IMAGE, PDF
from wizard.records.sniff import HEAD, sniff
from wizard.records.sources import Source
from wizard.store.vault import ObjectStore, Stored

# Larger files are left to the helpers: they read a file up to this size once.
COPY_BYTES = 8 * 1024 * 1024
_RECORDS = (DICOM, PDF, IMAGE)


class CopiesAhead:
    """Copies made here, one file at a time, of files not yet sent to a helper."""

    def __init__(self, objects: ObjectStore, cancelled: Callable[[], bool]) -> None:
        self.objects = objects
        self.cancelled = cancelled
        self.made: list[str] = []  # objects that were not in the vault before
        self._queue: collections.deque[Source] = collections.deque()
        self._copies: dict[int, Stored] = {}  # by id() of the Source
        self._sent: set[int] = set()

    def plan(self, sources: Iterable[Source]) -> None:
        """The files to copy, in the order the helpers will be sent them."""
        self._queue.extend(s for s in sources if s.path and s.size <= COPY_BYTES)

    def sent(self, group: Iterable[Source]) -> None:
        """These went to a helper: copied there, if not here already."""
        self._sent.update(id(source) for source in group)

    def of(self, source: Source) -> Stored | None:
        return self._copies.get(id(source))

    def name_of(self, source: Source) -> str | None:
        copy = self._copies.get(id(source))
        return None if copy is None else copy.object

    def one(self) -> bool:
        """Copy the next file not sent yet; whether there was one to try."""
        while self._queue and id(self._queue[0]) in self._sent:
            self._queue.popleft()
        if not self._queue or self.cancelled():
            return False
        source = self._queue.popleft()
        copy = _copy(self.objects, source.path)
        if copy is not None:
            self._copies[id(source)] = copy
            if copy.new:
                self.made.append(copy.object)
        return True


def _copy(objects: ObjectStore, path: str) -> Stored | None:
    """The file's copy in the vault, or None: not a likely record, or any problem (the
    helper then copies it, or says why it cannot)."""
    with contextlib.suppress(Exception):
        # O_NONBLOCK: should a pipe have taken the file's place since it was listed, do not wait.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as stream:
            if not stat.S_ISREG(os.fstat(fd).st_mode) or sniff(stream.read(HEAD)) not in _RECORDS:
                return None
            stream.seek(0)
            return objects.put(stream, durable=False)
    return None
