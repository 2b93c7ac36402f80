"""One helper process: what runs in it, and how it is started.

A helper looks at files (wizard.records.inspect) within a memory limit and copies
each record it looked at into the vault, from the same bytes it read; it makes
pictures of scans too. Starting one means loading pydicom, numpy, Pillow and pypdf,
about a second of work. On Linux a fork server loads them once and each helper is a
fork of it, ready in milliseconds; the server stays for the program's next imports.
(macOS has a fork server too, but forking after its system libraries have started
threads is not safe, so there, as on Windows, each helper is a fresh interpreter.)
A helper starts in the background, so that its caller can work meanwhile. What to
send it and how long to wait is wizard.records.helper's part.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.records.found import Inspected, Problem
from wizard.records.sources import Source, _disk_opener, why
from wizard.store.vault import ObjectStore

# The memory a helper may use.
MEMORY_LIMIT = 1536 * 1024 * 1024
READY = "ready"
# An answer's copy when the caller's own copy of the file holds exactly what was read.
COPIED = "copied"
# The longest a start may take (the fork server's first start loads the libraries).
START_SECONDS = 30.0
# A file up to this size is read once, and inspected and copied from the same bytes.
READ_ONCE_BYTES = 8 * 1024 * 1024
# What every helper loads, loaded once by the fork server. Only libraries: the server's
# sys.path is not the program's (Python 3.11 does not pass it on), while a library is
# found alike; a helper loads the program's own modules itself, in a few milliseconds.
PRELOAD = [
    "numpy",
    "PIL.Image",
    "PIL.PngImagePlugin",
    "PIL.JpegImagePlugin",
    "pydicom",
    "pydicom.pixels",
    "pypdf",
    "cryptography.hazmat.primitives.ciphers.aead",
]


def _context() -> Any:  # a forkserver or spawn context (typeshed knows no common type)
    """The fork server on Linux; a fresh interpreter per helper elsewhere (and in a
    frozen app, whose fork server has not been tried: PyInstaller's hook says it starts)."""
    if sys.platform.startswith("linux") and not getattr(sys, "frozen", False):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _serve(connection: Connection, vault: tuple[str, bytes, bytes] | None) -> None:
    """A helper process: look at each file it is sent and, when it is a record, copy it
    into the vault (when given one); answer in order."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    import wizard.records.inspect  # noqa: F401 - loaded now, not at the first file
    import wizard.records.pictures  # noqa: F401 - nor at the first picture

    objects = None if vault is None else ObjectStore(Path(vault[0]), None, vault[1:])
    connection.send(READY)
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            break
        if job is None:
            break
        if job[0] == "picture":
            connection.send(_picture(job[1], job[2]))
            continue
        _, files, copy = job
        connection.send([_look(file, objects if copy else None) for file in files])
    connection.close()
    # Nothing is left to write: the interpreter's tidying up at exit (a third of a second
    # with these libraries loaded) is skipped.
    os._exit(0)


def _look(
    file: tuple[str, str, int, bool, str, str | None], objects: ObjectStore | None
) -> tuple[Inspected | Problem, object]:
    """What a file is, and its copy in the vault: a Stored, COPIED (the caller's copy, the
    object named last in ``file``, holds exactly what was read), an OSError, or None."""
    from wizard.records.inspect import inspect

    shown, relative, size, in_dicomdir, path, copied = file
    source = Source(shown, relative, size, in_dicomdir, _disk_opener(path), path)
    data = None
    if objects is not None and size <= READ_ONCE_BYTES:
        # Read once: what is copied is exactly what was looked at, and the disc is read once.
        with contextlib.suppress(OSError):  # then read as below, which reports it
            with source.open() as stream:
                data = stream.read(READ_ONCE_BYTES + 1)
            if len(data) <= READ_ONCE_BYTES:
                read = data
                source = Source(shown, relative, size, in_dicomdir, lambda: io.BytesIO(read), path)
            else:
                data = None
    try:
        found: Inspected | Problem = inspect(source)
    except MemoryError:
        return Problem(TOO_MUCH_MEMORY, damaged=True), None
    if objects is None or isinstance(found, Problem):
        return found, None
    if copied is not None and data is not None and objects.name_of(data) == copied:
        return found, COPIED
    try:
        with source.open() as stream:
            return found, objects.put(stream, durable=False)
    except OSError as exc:
        return found, OSError(exc.errno, exc.strerror, exc.filename)
    except Exception:  # noqa: BLE001 - reported as a file that could not be read whole
        return found, OSError(0, "", None)


def _picture(data: bytes, side: int | None) -> bytes | None:
    from wizard.records.pictures import THUMB_SIDE, picture

    try:
        return picture(io.BytesIO(data), side or THUMB_SIDE)
    except MemoryError:
        return None


TOO_MUCH_MEMORY = why(
    QT_TRANSLATE_NOOP(
        "Records", "This file needed far too much memory to read, so it was left out."
    )
)


class HelperProcess:
    """One helper. It starts in the background (the first start of the fork server takes
    about a second), so that the caller can work meanwhile; ``is_ready`` tells."""

    def __init__(self, vault: tuple[str, bytes, bytes] | None = None) -> None:
        context = _context()
        self.connection, self._child = context.Pipe()
        self.process: Any = context.Process(
            target=_serve, args=(self._child, vault), name="second-opinion-helper", daemon=True
        )
        self.ready = False
        self.failed = False
        self._starting = threading.Thread(
            target=self._start, name="second-opinion-helper-start", daemon=True
        )
        self._starting.start()

    def _start(self) -> None:
        try:
            self.process.start()
        except Exception:  # noqa: BLE001 - no helper here (a daemon, a frozen app): work alone
            self.failed = True
        finally:
            self._child.close()  # the helper's end: once it is gone, a read here ends

    def started(self, wait: float | None = None) -> bool:
        """Whether the start is over (``failed`` tells how it went)."""
        self._starting.join(wait)
        return not self._starting.is_alive()

    def is_ready(self, wait: float = 0.0) -> bool:
        """Whether the helper has loaded its libraries and waits for files.

        Raises EOFError or OSError when it could not start or has died."""
        if not self.ready:
            if self.failed:
                raise OSError("the helper did not start")
            if self.connection.poll(wait):
                self.ready = self.connection.recv() == READY
        return self.ready

    def send(self, group: list[Source], copy: bool, copied: Callable[[Source], str | None]) -> None:
        """A group of files in one message: a process wakes once for many files. With
        ``copy``, it copies each record into the vault, unless ``copied`` names a copy
        made already (it then checks that the copy holds what it read)."""
        files = [(s.shown, s.relative, s.size, s.in_dicomdir, s.path, copied(s)) for s in group]
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

    def picture(self, data: bytes, side: int | None, timeout: float) -> bytes | None:
        self.connection.send(("picture", data, side))
        if not self.connection.poll(timeout):
            raise TimeoutError
        result = self.connection.recv()
        return result if isinstance(result, bytes) else None

    def stop(self, kill: bool = False) -> None:
        if not self.started(START_SECONDS):
            kill = True  # still starting after all this time: stopped as soon as it exists
        if not kill:
            with contextlib.suppress(OSError, ValueError):
                self.connection.send(None)
        with contextlib.suppress(AttributeError, ValueError, AssertionError):  # never started
            if not kill:
                self.process.join(2)
            if self.process.is_alive():
                self.process.kill()
                self.process.join(2)
        self.connection.close()
