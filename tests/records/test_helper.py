"""The helper process: a file that hangs or crashes the reader costs that file only."""

from __future__ import annotations

import shutil

from pydicom.data import get_testdata_file

from wizard.records import helper
from wizard.records.helper import Inspector, Pictures
from wizard.records.inspect import Inspected, Problem
from wizard.records.sources import gather

CT = get_testdata_file("CT_small.dcm", download=False)


def _disc(tmp_path, count):
    folder = tmp_path / "disc"
    folder.mkdir()
    for number in range(count):
        shutil.copy(CT, folder / f"IM{number:03d}")
    (folder / "notes.txt").write_text("not a record")
    return folder


def test_files_are_looked_at_in_order_by_the_helper(tmp_path):
    folder = _disc(tmp_path, helper.MIN_FILES + 6)
    with gather([folder]) as found, Inspector() as inspector:
        results = list(inspector.each(found.sources))
        assert inspector._process is not None  # the helper was started
    assert [s.relative for s, _ in results] == [s.relative for s in found.sources]
    kinds = [type(r) for _, r in results]
    assert kinds.count(Inspected) == helper.MIN_FILES + 6 and kinds.count(Problem) == 1
    assert inspector.restarts == 0


def test_a_file_that_takes_too_long_is_reported_and_the_rest_go_on(tmp_path, monkeypatch):
    folder = _disc(tmp_path, helper.MIN_FILES + 2)
    monkeypatch.setattr(helper, "FILE_SECONDS", 0.0)  # every answer is "too late"
    monkeypatch.setattr(helper, "WINDOW", 4)
    with gather([folder]) as found, Inspector() as inspector:
        inspector._process = helper._Process()
        assert inspector._process.is_ready(30)  # started, so the files go to it
        results = list(inspector.each(found.sources))
    assert len(results) == len(found.sources)
    late = [r for _, r in results if isinstance(r, Problem) and "too long" in r.reason.render()]
    assert late and inspector.restarts >= len(late)


def test_a_helper_that_dies_costs_one_file(tmp_path):
    folder = _disc(tmp_path, helper.MIN_FILES + 10)
    results = []
    with gather([folder]) as found, Inspector() as inspector:
        inspector._process = helper._Process()
        assert inspector._process.is_ready(30)
        for number, pair in enumerate(inspector.each(found.sources)):
            results.append(pair)
            if number == 3:
                inspector._process.process.kill()  # as a decoder crashing on a hostile file
    assert len(results) == len(found.sources)
    failed = [
        r for _, r in results if isinstance(r, Problem) and "failed badly" in r.reason.render()
    ]
    assert len(failed) <= helper.WINDOW and inspector.restarts == 1
    assert sum(isinstance(r, Inspected) for _, r in results) >= len(results) - 1 - len(failed)


def test_pictures_are_made_by_the_helper_and_a_hang_gives_none(monkeypatch):
    with open(CT, "rb") as stream, Pictures() as maker:
        png = maker.thumbnail(stream, 64)
        assert png is not None and png.startswith(b"\x89PNG")
        assert maker._process is not None
        monkeypatch.setattr(helper, "FILE_SECONDS", 0.0)
        assert maker.thumbnail(stream, 64) is None
        assert maker._process is None  # the stuck helper was stopped
