"""The helper processes: a file that hangs or crashes the reader costs that file only, and
records are copied into the vault by the helpers, in order."""

from __future__ import annotations

import pytest
from pydicom.data import get_testdata_file

from wizard.records import helper
from wizard.records.helper import Inspector, Pictures
from wizard.records.inspect import Inspected, Problem
from wizard.records.sources import gather
from wizard.store.vault import ObjectStore

CT = get_testdata_file("CT_small.dcm", download=False)


def _disc(tmp_path, count):
    folder = tmp_path / "disc"
    folder.mkdir()
    for number in range(count):
        data = bytearray(open(CT, "rb").read())
        data[-1] = number % 256  # each a different file (the last pixel)
        (folder / f"IM{number:03d}").write_bytes(bytes(data))
    (folder / "notes.txt").write_text("not a record")
    return folder


def _started(inspector):
    inspector.processes = [inspector._start() for _ in range(inspector.count)]
    for process in inspector.processes:
        assert process.is_ready(30)  # started, so the files go to them


def test_helpers_look_and_copy_in_order(tmp_path):
    folder = _disc(tmp_path, helper.MIN_FILES + 6)
    objects = ObjectStore(tmp_path / "vault", bytes(32))
    with gather([folder]) as found, Inspector(objects, processes=2) as inspector:
        _started(inspector)
        results = list(inspector.each(found.sources))
    assert [r.source.relative for r in results] == [s.relative for s in found.sources]
    assert sum(isinstance(r.found, Inspected) for r in results) == helper.MIN_FILES + 6
    assert sum(isinstance(r.found, Problem) for r in results) == 1
    copied = [r.stored for r in results if r.stored is not None]
    assert len({c.object for c in copied}) == helper.MIN_FILES + 6
    for stored in copied:  # each copy decrypts whole to its content
        assert objects.verify(stored.object)
    assert inspector.restarts == 0


def test_a_file_that_takes_too_long_is_reported_and_the_rest_go_on(tmp_path, monkeypatch):
    monkeypatch.setattr(helper, "MIN_FILES", 2)
    folder = _disc(tmp_path, 3)
    with gather([folder]) as found, Inspector(processes=1) as inspector:
        _started(inspector)
        monkeypatch.setattr(helper, "FILE_SECONDS", 0.0)  # every answer is "too late"
        results = list(inspector.each(found.sources))
    assert [r.source.relative for r in results] == [s.relative for s in found.sources]
    late = [
        r for r in results if isinstance(r.found, Problem) and "too long" in r.found.reason.render()
    ]
    # The group of three is tried again file by file, so each late file is named alone.
    assert len(late) >= 1 and inspector.restarts >= len(late)


@pytest.mark.parametrize("processes", [1, 2])
def test_a_helper_that_dies_is_replaced_and_no_file_is_lost(tmp_path, processes):
    folder = _disc(tmp_path, helper.MIN_FILES + 10)
    with gather([folder]) as found, Inspector(processes=processes) as inspector:
        _started(inspector)
        # Dead before its first group is answered, as a decoder crashing on a hostile file.
        # (Killed later, it may already have answered everything it held: the test would race.)
        inspector.processes[0].process.kill()
        inspector.processes[0].process.join(5)
        results = list(inspector.each(found.sources))
    assert [r.source.relative for r in results] == [s.relative for s in found.sources]
    # The files it held are tried again one by one in a new helper: none is blamed wrongly,
    # and a file that kills the helper by itself would be the only one reported.
    assert inspector.restarts == 1
    assert sum(isinstance(r.found, Inspected) for r in results) == len(results) - 1


def test_pictures_are_made_by_the_helper_and_a_hang_gives_none(monkeypatch):
    with open(CT, "rb") as stream, Pictures() as maker:
        png = maker.thumbnail(stream, 64)
        assert png is not None and png.startswith(b"\x89PNG")
        assert maker._process is not None
        monkeypatch.setattr(helper, "FILE_SECONDS", 0.0)
        assert maker.thumbnail(stream, 64) is None
        assert maker._process is None  # the stuck helper was stopped


def test_helpers_that_cannot_start_are_given_up_and_the_files_looked_at_here(tmp_path):
    """As in a broken installation, where every helper dies while it loads its libraries:
    a few tries, then the work is done in this process, never a helper after another."""
    folder = _disc(tmp_path, helper.MIN_FILES + 6)
    # Keys a helper cannot use: it dies before it says it is ready.
    broken = type("Vault", (), {"folder": tmp_path / "vault", "keys": (b"one key only",)})()
    with gather([folder]) as found, Inspector(broken, processes=2) as inspector:  # type: ignore[arg-type]
        results = list(inspector.each(found.sources))
    assert [r.source.relative for r in results] == [s.relative for s in found.sources]
    assert sum(isinstance(r.found, Inspected) for r in results) == helper.MIN_FILES + 6
    assert inspector.restarts < helper.FAILED_STARTS + 2
    assert all(p is None for p in inspector.processes)


def test_a_picture_helper_that_cannot_start_is_not_started_again(monkeypatch):
    class Unstartable(helper.HelperProcess):
        starts = 0

        def __init__(self) -> None:
            Unstartable.starts += 1
            super().__init__(("vault", b"one key only"))  # dies before it is ready

    monkeypatch.setattr(helper, "HelperProcess", Unstartable)
    with open(CT, "rb") as stream, Pictures() as maker:
        for _ in range(3):
            png = maker.thumbnail(stream, 64)
            assert png is not None and png.startswith(b"\x89PNG"), "made here instead"
    assert Unstartable.starts == 1
