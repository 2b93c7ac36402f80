"""Looking at files in a helper process: bounded in time and memory, and using the second core.

A hostile or broken file can make a parser loop for a long time, take a great
deal of memory, or crash a decoder written in C. Files on disk are therefore
inspected (wizard.records.inspect) in a separate process with a memory limit;
when a file takes longer than FILE_SECONDS, or the process dies, that file is
reported and a new helper takes over the rest. While the helper reads the next
headers, the importer copies the previous files into the vault.

Files inside zip files are inspected in this process (their bytes would have to
be sent over), and so are the first files of a large import while the helpers
start; so is everything when a helper cannot be started (a frozen app without
multiprocessing support): then a hostile file is bounded in bytes read only.
"""

from __future__ import annotations

import collections
import contextlib
import io
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, BinaryIO

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.records.inspect import Inspected, Problem, inspect
from wizard.records.sources import Source, _disk_opener, why
from wizard.store.vault import ObjectStore, Stored

# The longest one file may take to be looked at, and the memory the helper may use.
FILE_SECONDS = 30.0
MEMORY_LIMIT = 1536 * 1024 * 1024
# Files go to a helper in groups (a process wakes once per group), a few groups ahead.
GROUP = 16
GROUPS_AHEAD = 3
READY = "ready"
# Larger files are made into pictures here rather than sent to the helper.
PICTURE_BYTES = 64 * 1024 * 1024
# A helper copying a big file into the vault may take this much longer.
COPY_BYTES_PER_SECOND = 20 * 1024 * 1024
# With this many files or more, the first ones are looked at here while the helpers start
# (about a second); with fewer, the import waits for a helper.
MIN_FILES = 24


def _serve(connection: Connection, vault: tuple[str, bytes, bytes] | None) -> None:
    """A helper process: look at each file it is sent and, when it is a record, copy it
    into the vault (when given one); answer in order."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    import wizard.records.pictures  # noqa: F401 - loaded now, not at the first picture

    objects = None if vault is None else ObjectStore(Path(vault[0]), None, vault[1:])
    connection.send(READY)
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if job[0] == "picture":
            connection.send(_picture(job[1], job[2]))
            continue
        _, files, copy = job
        answers = []
        for shown, relative, size, in_dicomdir, path in files:
            source = Source(shown, relative, size, in_dicomdir, _disk_opener(path), path)
            answers.append(_look(source, objects if copy else None))
        connection.send(answers)


def _look(source: Source, objects: Any) -> tuple[Inspected | Problem, object]:
    """What a file is, and its copy in the vault (a Stored, an OSError, or None)."""
    try:
        found: Inspected | Problem = inspect(source)
    except MemoryError:
        return Problem(TOO_MUCH_MEMORY, damaged=True), None
    if objects is None or isinstance(found, Problem):
        return found, None
    try:
        with source.open() as stream:
            return found, objects.put(stream, durable=False)
    except OSError as exc:
        return found, OSError(exc.errno, exc.strerror, exc.filename)
    except Exception:  # noqa: BLE001 - reported as a file that could not be read whole
        return found, OSError(0, "", None)


def _picture(data: bytes, side: int) -> bytes | None:
    from wizard.records.pictures import picture

    try:
        return picture(io.BytesIO(data), side)
    except MemoryError:
        return None


TOO_LONG = why(
    QT_TRANSLATE_NOOP(
        "Records", "This file took far too long to read, so it was left out; it may be damaged."
    )
)
TOO_MUCH_MEMORY = why(
    QT_TRANSLATE_NOOP(
        "Records", "This file needed far too much memory to read, so it was left out."
    )
)
CRASHED = why(
    QT_TRANSLATE_NOOP(
        "Records", "Reading this file failed badly, so it was left out; it may be damaged."
    )
)


class _Process:
    def __init__(self, vault: tuple[str, bytes, bytes] | None = None) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child = context.Pipe()
        self.process: Any = context.Process(
            target=_serve, args=(child, vault), name="second-opinion-helper", daemon=True
        )
        self.process.start()
        child.close()

        self.ready = False

    def is_ready(self, wait: float = 0.0) -> bool:
        """Whether the helper has loaded its libraries (about a second after starting)."""
        if not self.ready and self.connection.poll(wait):
            self.ready = self.connection.recv() == READY
        return self.ready

    def send(self, group: list[Source], copy: bool) -> None:
        """A group of files in one message: a process wakes once for many files."""
        files = [(s.shown, s.relative, s.size, s.in_dicomdir, s.path) for s in group]
        self.connection.send(("look", files, copy))

    def receive(self, timeout: float) -> list[tuple[Inspected | Problem, object]]:
        if not self.connection.poll(timeout):
            raise TimeoutError
        result = self.connection.recv()
        if result == READY:  # a restarted helper's greeting
            self.ready = True
            return self.receive(timeout)
        if not (isinstance(result, list) and all(isinstance(r, tuple) for r in result)):
            raise EOFError
        return result

    def picture(self, data: bytes, side: int, timeout: float) -> bytes | None:
        self.connection.send(("picture", data, side))
        if not self.connection.poll(timeout):
            raise TimeoutError
        result = self.connection.recv()
        return result if isinstance(result, bytes) else None

    def stop(self, kill: bool = False) -> None:
        if not kill:
            with contextlib.suppress(OSError, ValueError):
                self.connection.send(None)
            self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2)
        self.connection.close()


class Pictures:
    """Makes thumbnails in a helper process (a decoder that hangs, or crashes on a hostile
    file, costs that one picture); in this process where no helper can start."""

    def __init__(self, inspector: Inspector | None = None) -> None:
        # The inspector's helper, when it has one, makes the pictures too (no second start).
        self._shared = inspector
        self._process: _Process | None = None
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

    def thumbnail(self, stream: BinaryIO, side: int) -> bytes | None:
        from wizard.records.pictures import picture

        size = stream.seek(0, io.SEEK_END)
        stream.seek(0)
        if size > PICTURE_BYTES:
            return picture(stream, side)  # too big to send over: made here
        if self._process is None and not self._tried:
            self._tried = True
            with contextlib.suppress(Exception):
                self._process = _Process()
        if self._process is None:
            return picture(stream, side)
        try:
            if not self._process.is_ready(FILE_SECONDS):
                raise TimeoutError
            return self._process.picture(stream.read(), side, FILE_SECONDS)
        except (TimeoutError, EOFError, OSError, ValueError):
            self._process.stop(kill=True)
            if self._shared is not None:
                self._shared.forget(self._process)
            self._process = None
            self._tried = False  # a new helper for the next picture
            return None


@dataclass(frozen=True)
class Looked:
    """A file, what it is, and its copy in the vault when a helper made it (``stored``), or
    why the copy failed (``error``); neither when the caller is to copy it."""

    source: Source
    found: Inspected | Problem
    stored: Stored | None = None
    error: OSError | None = None


class Inspector:
    """Looks at sources in order, and copies records into the vault, in helper processes
    where it can (one per core); a context manager."""

    def __init__(
        self,
        objects: ObjectStore | None = None,
        processes: int = 0,
        use_helper: bool = True,
    ) -> None:
        self.use_helper = use_helper and os.environ.get("SECOND_OPINION_NO_HELPER") != "1"
        self.objects = objects
        self.count = processes or max(1, min(2, os.cpu_count() or 1))
        self.processes: list[_Process | None] = []
        self.restarts = 0

    @property
    def first(self) -> _Process | None:
        return next((p for p in self.processes if p is not None), None)

    def forget(self, process: _Process) -> None:
        self.processes = [None if p is process else p for p in self.processes]

    def __enter__(self) -> Inspector:
        return self

    def __exit__(self, *exc: object) -> None:
        for process in self.processes:
            if process is not None:
                with contextlib.suppress(OSError, ValueError):
                    process.connection.send(None)
        for process in self.processes:
            if process is not None:
                process.stop()
        self.processes = []

    def _start(self) -> _Process | None:
        vault = None
        if self.objects is not None:
            vault = (str(self.objects.folder), *self.objects.keys)
        try:
            return _Process(vault)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - no helper here (a daemon, a frozen app): work alone
            self.use_helper = False
            return None

    def each(self, sources: Iterable[Source]) -> Iterator[Looked]:
        """Each source with what it is (and its copy, where a helper made it), in order."""
        sources = list(sources)
        on_disk = sum(1 for s in sources if s.path)
        if not self.use_helper or not on_disk:
            for source in sources:
                yield Looked(source, inspect(source))
            return
        if not self.processes:
            # One helper per group of files, up to one per core.
            wanted = min(self.count, -(-on_disk // GROUP))
            self.processes = [self._start() for _ in range(wanted)]
            if on_disk < MIN_FILES and self.first is not None:
                # A few files: worth the second the helper takes to start, so that every
                # one is read within the helper's bounds.
                with contextlib.suppress(EOFError, OSError):
                    self.first.is_ready(FILE_SECONDS)
        # Groups sent and not yet answered, with the helper each went to.
        waiting: collections.deque[tuple[list[Source], int]] = collections.deque()
        ahead = collections.deque(sources)
        turn = 0
        while ahead or waiting:
            while ahead and len(waiting) < GROUPS_AHEAD * len(self.processes):
                if not ahead[0].path:
                    # A zip member: looked at here, in order, after those sent before it.
                    yield from self._answer_all(waiting)
                    source = ahead.popleft()
                    yield Looked(source, inspect(source))
                    continue
                index = self._ready_one(turn, waiting)
                if index is None:
                    # No helper ready yet (they take about a second to start): look here.
                    yield from self._answer_all(waiting)
                    source = ahead.popleft()
                    yield Looked(source, inspect(source))
                    continue
                group: list[Source] = []
                while ahead and ahead[0].path and len(group) < GROUP:
                    group.append(ahead.popleft())
                turn = index + 1
                waiting.append((group, index))
                self._send(index, group, waiting)
            if waiting:
                yield from self._answer(waiting)

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
                    return index
            except (EOFError, OSError):  # it died while starting
                self._restart(index, waiting)
        return None

    def _send(
        self, index: int, group: list[Source], waiting: collections.deque[tuple[list[Source], int]]
    ) -> None:
        process = self.processes[index]
        try:
            if process is None:
                raise OSError
            process.send(group, copy=self.objects is not None)
        except (OSError, ValueError):
            self._restart(index, waiting)  # sends this helper's waiting groups again

    def _answer_all(self, waiting: collections.deque[tuple[list[Source], int]]) -> Iterator[Looked]:
        while waiting:
            yield from self._answer(waiting)

    def _answer(self, waiting: collections.deque[tuple[list[Source], int]]) -> Iterator[Looked]:
        group, index = waiting.popleft()
        process = self.processes[index]
        if process is None:
            for source in group:
                yield Looked(source, inspect(source))
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
            if isinstance(copy, Stored):
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
            for group, assigned in waiting:
                if assigned == index:
                    new.send(group, copy=self.objects is not None)
        except (OSError, ValueError):
            new.stop(kill=True)
            self.processes[index] = None
