"""Looking at files in a helper process: bounded in time and memory, and using the second core.

A hostile or broken file can make a parser loop for a long time, take a great
deal of memory, or crash a decoder written in C. Files on disk are therefore
inspected (wizard.records.inspect) in a separate process with a memory limit;
when a file takes longer than FILE_SECONDS, or the process dies, that file is
reported and a new helper takes over the rest. While the helper reads the next
headers, the importer copies the previous files into the vault.

Files inside zip files are inspected in this process (their bytes would have to
be sent over); so is everything when a helper cannot be started (then the
import is slower, not less safe for the data: a bad file is still reported).
"""

from __future__ import annotations

import collections
import contextlib
import io
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any, BinaryIO

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.messages import Msg
from wizard.records.inspect import Inspected, Problem, inspect
from wizard.records.sources import Source, _disk_opener

# The longest one file may take to be looked at, and the memory the helper may use.
FILE_SECONDS = 30.0
MEMORY_LIMIT = 1536 * 1024 * 1024
# How many files are sent ahead to the helper.
WINDOW = 32
READY = "ready"
# Larger files are made into pictures here rather than sent to the helper.
PICTURE_BYTES = 64 * 1024 * 1024
# Fewer files than this are looked at here: starting a helper costs about half a second.
MIN_FILES = 24


def _serve(connection: Connection) -> None:
    """The helper process: inspect each path it is sent, answer in order."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    import wizard.records.pictures  # noqa: F401 - loaded now, not at the first picture

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
        _, shown, relative, size, in_dicomdir, path = job
        source = Source(shown, relative, size, in_dicomdir, _disk_opener(path), path)
        try:
            result: Inspected | Problem = inspect(source)
        except MemoryError:
            result = Problem(_too_much_memory(), damaged=True)
        connection.send(result)


def _picture(data: bytes, side: int) -> bytes | None:
    from wizard.records.pictures import picture

    try:
        return picture(io.BytesIO(data), side)
    except MemoryError:
        return None


def _too_long() -> Msg:
    return Msg(
        QT_TRANSLATE_NOOP(
            "Records", "This file took far too long to read, so it was left out; it may be damaged."
        ),
        context="Records",
    )


def _too_much_memory() -> Msg:
    return Msg(
        QT_TRANSLATE_NOOP(
            "Records", "This file needed far too much memory to read, so it was left out."
        ),
        context="Records",
    )


def _crashed() -> Msg:
    return Msg(
        QT_TRANSLATE_NOOP(
            "Records", "Reading this file failed badly, so it was left out; it may be damaged."
        ),
        context="Records",
    )


class _Process:
    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child = context.Pipe()
        self.process: Any = context.Process(
            target=_serve, args=(child,), name="second-opinion-inspector", daemon=True
        )
        self.process.start()
        child.close()

        self.ready = False

    def is_ready(self, wait: float = 0.0) -> bool:
        """Whether the helper has loaded its libraries (about a second after starting)."""
        if not self.ready and self.connection.poll(wait):
            self.ready = self.connection.recv() == READY
        return self.ready

    def send(self, source: Source) -> None:
        self.connection.send(
            ("inspect", source.shown, source.relative, source.size, source.in_dicomdir, source.path)
        )

    def receive(self, timeout: float) -> Inspected | Problem:
        if not self.connection.poll(timeout):
            raise TimeoutError
        result = self.connection.recv()
        if result == READY:  # a restarted helper's greeting
            self.ready = True
            return self.receive(timeout)
        if not isinstance(result, Inspected | Problem):
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
        if inspector is not None and inspector._process is not None:
            self._process, self._tried = inspector._process, True

    def __enter__(self) -> Pictures:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._process is not None and (
            self._shared is None or self._shared._process is not self._process
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
            if self._shared is not None and self._shared._process is self._process:
                self._shared._process = None
            self._process = None
            self._tried = False  # a new helper for the next picture
            return None


class Inspector:
    """Inspects sources in order, in a helper process where it can; a context manager."""

    def __init__(self, use_helper: bool = True) -> None:
        self.use_helper = use_helper and os.environ.get("SECOND_OPINION_NO_HELPER") != "1"
        self._process: _Process | None = None
        self.restarts = 0

    def __enter__(self) -> Inspector:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            self._process.stop()
            self._process = None

    def _start(self) -> _Process | None:
        try:
            return _Process()
        except Exception:  # noqa: BLE001 - no helper here (a daemon, a frozen app): work alone
            self.use_helper = False
            return None

    def each(self, sources: Iterable[Source]) -> Iterator[tuple[Source, Inspected | Problem]]:
        """Each source with what it is, in the order given."""
        sources = list(sources)
        on_disk = sum(1 for s in sources if s.path)
        if not self.use_helper or on_disk < MIN_FILES:
            for source in sources:
                yield source, inspect(source)
            return
        if self._process is None:
            self._process = self._start()
        waiting: collections.deque[Source] = collections.deque()  # sent, not yet answered
        ahead = iter(sources)
        exhausted = False
        while True:
            while not exhausted and len(waiting) < WINDOW:
                following = next(ahead, None)
                if following is None:
                    exhausted = True
                    continue
                source = following
                # While the helper starts (about a second), files are looked at here.
                if source.path and self._helper_ready(waiting):
                    try:
                        self._process.send(source)  # type: ignore[union-attr]
                    except (OSError, ValueError):
                        self._restart(waiting)  # sends the waiting ones again
                        with contextlib.suppress(OSError, ValueError, AttributeError):
                            self._process.send(source)  # type: ignore[union-attr]
                    waiting.append(source)
                else:
                    # A zip member, or no helper: looked at here, in order.
                    yield from self._answer_all(waiting)
                    yield source, inspect(source)
            if not waiting:
                if exhausted:
                    return
                continue
            yield self._answer(waiting)

    def _helper_ready(self, waiting: collections.deque[Source]) -> bool:
        if self._process is None:
            return False
        try:
            return self._process.is_ready()
        except (EOFError, OSError):  # it died while starting
            self._restart(waiting)
            return False

    def _answer_all(
        self, waiting: collections.deque[Source]
    ) -> Iterator[tuple[Source, Inspected | Problem]]:
        while waiting:
            yield self._answer(waiting)

    def _answer(self, waiting: collections.deque[Source]) -> tuple[Source, Inspected | Problem]:
        head = waiting[0]
        process = self._process
        if process is None:
            waiting.popleft()
            return head, inspect(head)
        try:
            result = process.receive(FILE_SECONDS)
        except TimeoutError:
            waiting.popleft()
            self._restart(waiting)
            return head, Problem(_too_long(), damaged=True)
        except (EOFError, OSError):
            waiting.popleft()
            self._restart(waiting)
            return head, Problem(_crashed(), damaged=True)
        waiting.popleft()
        return head, result

    def _restart(self, waiting: collections.deque[Source]) -> None:
        """A new helper for the files still waiting (the old one is stopped for good)."""
        if self._process is not None:
            self._process.stop(kill=True)
        self.restarts += 1
        self._process = self._start()
        self._send_all(waiting)

    def _send_all(self, waiting: collections.deque[Source]) -> None:
        if self._process is None:
            return
        try:
            for source in waiting:
                self._process.send(source)
        except (OSError, ValueError):
            self._process.stop(kill=True)
            self._process = None
