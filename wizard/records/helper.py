"""Looking at many files in helper processes, in order: bounded in time and memory.

A hostile or broken file can make a parser loop for a long time, take a great
deal of memory, or crash a decoder written in C. Files on disk are therefore
inspected in helper processes (wizard.records.helper_process), one per core, which
copy each record into the vault too; when a file takes longer than FILE_SECONDS, or
a helper dies, that file is reported and a new helper takes over the rest.

Helpers start in the background (about a second the first time): meanwhile the
first files are copied into the vault here, which needs no parser, and a helper then
only checks those copies (wizard.records.copy_ahead). Files on disk are never parsed
in this process while a helper can do it: it may be the window's, whose drawing would
wait for the parser (both need Python's one interpreter lock). Files inside zip files
are inspected here (their bytes would have to be sent over), and so is everything
when no helper starts (a frozen app without multiprocessing support): then a hostile
file is bounded in bytes read only.
"""

from __future__ import annotations

import collections
import contextlib
import io
import multiprocessing.connection
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import BinaryIO, TypeVar

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.records.copy_ahead import CopiesAhead
from wizard.records.found import Inspected, Problem
from wizard.records.helper_process import COPIED, START_SECONDS, HelperProcess
from wizard.records.sources import Source, why
from wizard.store.vault import ObjectStore, Stored

# The longest one file may take to be looked at.
FILE_SECONDS = 30.0
# Files go to a helper in groups (a process wakes once per group), a few groups ahead.
GROUP = 16
GROUPS_AHEAD = 3
# Helpers that die before they are ready, one after another, before the files are looked
# at in this process instead.
FAILED_STARTS = 3
# Larger files are made into pictures here rather than sent to the helper.
PICTURE_BYTES = 64 * 1024 * 1024
# A helper copying a big file into the vault may take this much longer.
COPY_BYTES_PER_SECOND = 20 * 1024 * 1024
# With this many files or more, the first ones are copied here while the helpers start;
# with fewer, the import just waits for a helper.
MIN_FILES = 24

Key = TypeVar("Key")


TOO_LONG = why(
    QT_TRANSLATE_NOOP(
        "Records", "This file took far too long to read, so it was left out; it may be damaged."
    )
)
CRASHED = why(
    QT_TRANSLATE_NOOP(
        "Records", "Reading this file failed badly, so it was left out; it may be damaged."
    )
)


class Pictures:
    """Makes thumbnails in a helper process (a decoder that hangs, or crashes on a hostile
    file, costs that one picture); in this process where no helper can start."""

    def __init__(self, inspector: Inspector | None = None) -> None:
        # The inspector's helper, when it has one, makes the pictures too (no second start).
        self._shared = inspector
        self._process: HelperProcess | None = None
        self._tried = os.environ.get("SECOND_OPINION_NO_HELPER") == "1"
        if inspector is not None and inspector.first is not None:
            self._process, self._tried = inspector.first, True

    def __enter__(self) -> Pictures:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._process is not None and (
            self._shared is None or self._shared.first is not self._process
        ):
            self._process.stop()
        self._process = None

    def thumbnail(self, stream: BinaryIO, side: int | None = None) -> bytes | None:
        """A PNG of the scan in ``stream`` of at most ``side`` pixels a side (by default
        a thumbnail's, wizard.records.pictures.THUMB_SIDE), or None."""
        size = stream.seek(0, io.SEEK_END)
        stream.seek(0)
        if size > PICTURE_BYTES:
            return self._here(stream, side)  # too big to send over: made here
        if self._process is None and not self._tried:
            self._tried = True
            with contextlib.suppress(Exception):
                self._process = HelperProcess()
        if self._process is None:
            return self._here(stream, side)
        try:
            if not self._process.is_ready(FILE_SECONDS):
                raise TimeoutError
            return self._process.picture(stream.read(), side, FILE_SECONDS)
        except (TimeoutError, EOFError, OSError, ValueError) as exc:
            # A helper that died before it was ready would die again (a broken
            # installation): the pictures are then made here. Else a new helper comes for
            # the next picture, and a hang costs this one.
            died_starting = not self._process.ready and not isinstance(exc, TimeoutError)
            self._process.stop(kill=True)
            if self._shared is not None:
                self._shared.forget(self._process)
            self._process = None
            self._tried = died_starting
            return self._here(stream, side) if died_starting else None

    def thumbnails(
        self, wanted: Iterable[tuple[Key, Callable[[], BinaryIO | None]]]
    ) -> Iterator[tuple[Key, bytes | None]]:
        """Thumbnails of many scans, (key, PNG or None) as each is done: every helper
        of the inspector makes one at a time. ``open()`` gives a scan's stream, or None
        when it cannot be read."""
        idle = [p for p in (self._shared.processes if self._shared else []) if p and p.ready]
        if len(idle) < 2:  # one helper, or none: one picture after another
            for key, open_ in wanted:
                yield key, self._one(open_)
            return
        busy: dict[Connection, tuple[HelperProcess, Key, float]] = {}
        pending = iter(wanted)
        while True:
            for key, open_ in pending if idle else ():
                data, made = self._read(open_)
                if data is None:
                    yield key, made  # unreadable (None), or too big to send: made here
                    continue
                process = idle.pop()
                try:
                    process.connection.send(("picture", data, None))
                except (OSError, ValueError):
                    self._drop(process)
                    yield key, None
                else:
                    busy[process.connection] = (process, key, time.monotonic() + FILE_SECONDS)
                if not idle:
                    break
            if not busy:
                break  # all asked for are done (or every helper died: the rest one by one)
            soonest = min(deadline for _, _, deadline in busy.values())
            for connection in multiprocessing.connection.wait(
                list(busy), max(0.0, soonest - time.monotonic())
            ):
                process, key, _ = busy.pop(connection)  # type: ignore[call-overload]
                try:
                    result = process.connection.recv()
                except (EOFError, OSError):
                    self._drop(process)
                    yield key, None
                    continue
                idle.append(process)
                yield key, result if isinstance(result, bytes) else None
            for connection, (process, key, deadline) in list(busy.items()):
                if deadline <= time.monotonic():  # hung on this scan: stopped, costs the one
                    del busy[connection]
                    self._drop(process)
                    yield key, None
        for key, open_ in pending:
            yield key, self._one(open_)

    def _one(self, open_: Callable[[], BinaryIO | None]) -> bytes | None:
        stream = open_()
        if stream is None:
            return None
        with stream:
            return self.thumbnail(stream)

    def _read(
        self, open_: Callable[[], BinaryIO | None]
    ) -> tuple[bytes, None] | tuple[None, bytes | None]:
        """(the scan's bytes, to send), or (None, its picture): a big scan's made here,
        None for one that cannot be read."""
        stream = open_()
        if stream is None:
            return None, None
        with stream:
            size = stream.seek(0, io.SEEK_END)
            stream.seek(0)
            if size > PICTURE_BYTES:
                return None, self._here(stream, None)
            return stream.read(), None

    def _drop(self, process: HelperProcess) -> None:
        process.stop(kill=True)
        if self._shared is not None:
            self._shared.forget(process)
        if process is self._process:
            self._process, self._tried = None, False

    @staticmethod
    def _here(stream: BinaryIO, side: int | None) -> bytes | None:
        from wizard.records.pictures import THUMB_SIDE, picture

        return picture(stream, side or THUMB_SIDE)


@dataclass(frozen=True)
class Looked:
    """A file, what it is, and its copy in the vault when a helper made it (``stored``), or
    why the copy failed (``error``); neither when the caller is to copy it."""

    source: Source
    found: Inspected | Problem
    stored: Stored | None = None
    error: OSError | None = None


def _here(source: Source) -> Looked:
    """A file looked at in this process."""
    from wizard.records.inspect import inspect  # loaded only where it is needed

    return Looked(source, inspect(source))


class Inspector:
    """Looks at sources in order, and copies records into the vault, in helper processes
    where it can (one per core); a context manager.

    Files on disk are read only by the helpers (where one can start): while they start,
    files are copied into the vault here (wizard.records.copy_ahead), which needs no
    parser. ``copied_ahead`` names the
    copies made here, for the caller to remove those no record uses in the end.
    """

    def __init__(
        self,
        objects: ObjectStore | None = None,
        processes: int = 0,
        use_helper: bool = True,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        self.use_helper = use_helper and os.environ.get("SECOND_OPINION_NO_HELPER") != "1"
        self.objects = objects
        self.cancelled = cancelled
        self.count = processes or max(1, min(2, os.cpu_count() or 1))
        self.processes: list[HelperProcess | None] = []
        self.restarts = 0
        self._failed_starts = 0  # helpers in a row that died before they were ready
        self.copied_ahead: list[str] = []
        self._copies: CopiesAhead | None = None
        self._alone = False  # no helper came: the files are looked at here

    @property
    def first(self) -> HelperProcess | None:
        return next((p for p in self.processes if p is not None), None)

    def forget(self, process: HelperProcess) -> None:
        self.processes = [None if p is process else p for p in self.processes]

    def __enter__(self) -> Inspector:
        return self

    def __exit__(self, *exc: object) -> None:
        for process in self.processes:
            if process is not None and process.started(0):
                with contextlib.suppress(OSError, ValueError):
                    process.connection.send(None)
        for process in self.processes:
            if process is not None:
                process.stop()
        self.processes = []

    def start(self, wanted: int = 1) -> None:
        """Start helpers (up to ``wanted``, at most one per core) in the background: the
        caller goes on, for example gathering the files, while they load."""
        if self.use_helper:
            while len(self.processes) < min(wanted, self.count):
                self.processes.append(self._start())

    def _start(self) -> HelperProcess | None:
        vault = None
        if self.objects is not None:
            vault = (str(self.objects.folder), *self.objects.keys)
        try:
            return HelperProcess(vault)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - no helper here (a daemon, a frozen app): work alone
            self.use_helper = False
            return None

    def each(self, sources: Iterable[Source]) -> Iterator[Looked]:
        """Each source with what it is (and its copy, where one was made), in order."""
        sources = list(sources)
        on_disk = sum(1 for s in sources if s.path)
        if not self.use_helper or not on_disk:
            for source in sources:
                yield _here(source)
            return
        # One helper per group of files, up to one per core.
        self.start(-(-on_disk // GROUP))
        copies = None
        if self.objects is not None and on_disk >= MIN_FILES:  # a few files: not worth it
            copies = self._copies = CopiesAhead(self.objects, self.cancelled)
            copies.plan(sources)
            self.copied_ahead = copies.made
        # Groups sent and not yet answered, with the helper each went to.
        waiting: collections.deque[tuple[list[Source], int]] = collections.deque()
        ahead = collections.deque(sources)
        turn = 0
        while ahead or waiting:
            while ahead and len(waiting) < GROUPS_AHEAD * len(self.processes):
                if not ahead[0].path or self._alone:
                    # A zip member: looked at here, in order, after those sent before it.
                    yield from self._answer_all(waiting)
                    yield _here(ahead.popleft())
                    continue
                index = self._ready_one(turn, waiting)
                if index is None:
                    break  # none is ready yet (they take about a second to start)
                group: list[Source] = []
                while ahead and ahead[0].path and len(group) < GROUP:
                    group.append(ahead.popleft())
                turn = index + 1
                waiting.append((group, index))
                if copies is not None:
                    copies.sent(group)
                self._send(index, group, waiting)
            if waiting:
                yield from self._answer(waiting)
            elif ahead and not self._alone:
                # No helper is ready: copy one more file meanwhile, or, with nothing left
                # to copy, wait. (Once they are ready, copying here too would only take the
                # processor from them.)
                if self.cancelled():
                    return  # nothing is half-done; the caller sees the cancel too
                if copies is None or not copies.one():
                    self._wait_for_one(waiting)

    def _wait_for_one(self, waiting: collections.deque[tuple[list[Source], int]]) -> None:
        """Wait until a helper is ready, or one died (it is started again), or a cancel;
        without any in FILE_SECONDS, or with no helper left, files are looked at here."""
        live = [p.connection for p in self.processes if p is not None]
        waited = 0.0
        while live and waited < FILE_SECONDS and not self.cancelled():
            if multiprocessing.connection.wait(live, 0.1):
                self._ready_one(0, waiting)  # reads the greeting, or starts a dead one again
                return
            waited += 0.1
        if waited >= FILE_SECONDS or not live:
            self._alone = True

    def _ready_one(
        self, turn: int, waiting: collections.deque[tuple[list[Source], int]]
    ) -> int | None:
        """The next helper (from ``turn`` on) that is ready for files, if any."""
        count = len(self.processes)
        for step in range(count):
            index = (turn + step) % count
            process = self.processes[index]
            if process is None:
                continue
            try:
                if process.is_ready():
                    self._failed_starts = 0
                    return index
            except (EOFError, OSError):  # it died while starting
                self._failed_starts += 1
                if self._failed_starts >= FAILED_STARTS:
                    # Helpers cannot start here (a broken installation): rather than start
                    # one after another for ever, the files are looked at in this process.
                    process.stop(kill=True)
                    self.processes[index] = None
                    continue
                self._restart(index, waiting)
        return None

    def _send(
        self, index: int, group: list[Source], waiting: collections.deque[tuple[list[Source], int]]
    ) -> None:
        process = self.processes[index]
        try:
            if process is None:
                raise OSError
            process.send(group, self.objects is not None, self._copied)
        except (OSError, ValueError):
            self._restart(index, waiting)  # sends this helper's waiting groups again

    def _copied(self, source: Source) -> str | None:
        return None if self._copies is None else self._copies.name_of(source)

    def _answer_all(self, waiting: collections.deque[tuple[list[Source], int]]) -> Iterator[Looked]:
        while waiting:
            yield from self._answer(waiting)

    def _answer(self, waiting: collections.deque[tuple[list[Source], int]]) -> Iterator[Looked]:
        group, index = waiting.popleft()
        process = self.processes[index]
        if process is None:
            for source in group:
                yield _here(source)
            return
        seconds = sum(
            FILE_SECONDS + (s.size / COPY_BYTES_PER_SECOND if self.objects else 0) for s in group
        )
        try:
            answers = process.receive(seconds)
        except (TimeoutError, EOFError, OSError) as exc:
            if len(group) > 1:
                # Which file it was is not known: each goes again alone, first in line.
                for source in reversed(group):
                    waiting.appendleft(([source], index))
                self._restart(index, waiting)
                return
            self._restart(index, waiting)
            reason = TOO_LONG if isinstance(exc, TimeoutError) else CRASHED
            yield Looked(group[0], Problem(reason, damaged=True))
            return
        if len(answers) != len(group):
            self._restart(index, waiting)
            for source in group:
                yield Looked(source, Problem(CRASHED, damaged=True))
            return
        for source, (found, copy) in zip(group, answers, strict=True):
            if copy == COPIED and self._copies is not None:
                yield Looked(source, found, stored=self._copies.of(source))
            elif isinstance(copy, Stored):
                yield Looked(source, found, stored=copy)
            elif isinstance(copy, OSError):
                yield Looked(source, found, error=copy)
            else:
                yield Looked(source, found)

    def _restart(self, index: int, waiting: collections.deque[tuple[list[Source], int]]) -> None:
        """A new helper in place of one that hung or died, sent its waiting groups again."""
        old = self.processes[index]
        if old is not None:
            old.stop(kill=True)
        self.restarts += 1
        new = self._start()
        self.processes[index] = new
        if new is None:
            return
        try:
            if not new.started(START_SECONDS) or new.failed:
                raise OSError
            for group, assigned in waiting:
                if assigned == index:
                    new.send(group, self.objects is not None, self._copied)
        except (OSError, ValueError):
            new.stop(kill=True)
            self.processes[index] = None
