"""Files copied into the vault by the importer itself while its helpers start: a helper
then checks each copy against what it read, and no copy outlives the import unused."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from pydicom.data import get_testdata_file

from wizard.records import copy_ahead, helper, helper_process
from wizard.records.found import Inspected, Problem
from wizard.records.helper import Inspector, Pictures
from wizard.records.importer import import_records
from wizard.records.sources import gather
from wizard.store import CaseStore
from wizard.store.vault import ObjectStore, Stored

CT = get_testdata_file("CT_small.dcm", download=False)
PASSPHRASE = "a passphrase for tests"


def _scan(number: int) -> bytes:
    data = bytearray(open(CT, "rb").read())
    data[-1] = number % 256  # each a different file (the last pixel)
    data[-2] = number // 256
    return bytes(data)


def _disc(tmp_path, count):
    folder = tmp_path / "disc"
    folder.mkdir()
    for number in range(count):
        (folder / f"IM{number:03d}").write_bytes(_scan(number))
    (folder / "readme.txt").write_text("not a record")
    return folder


def _entry(source, copied=None):
    return (source.shown, source.relative, source.size, source.in_dicomdir, source.path, copied)


def test_a_helper_keeps_a_copy_that_holds_what_it_read_and_replaces_one_that_does_not(
    tmp_path,
):
    folder = _disc(tmp_path, 2)
    objects = ObjectStore(tmp_path / "vault", bytes(32))
    with gather([folder]) as found:
        first, second, text = found.sources
        copy = copy_ahead._copy(objects, first.path)
        assert copy is not None and copy_ahead._copy(objects, text.path) is None
        assert isinstance(copy, Stored)
        found_first, answer = helper_process._look(_entry(first, copy.object), objects)
        assert isinstance(found_first, Inspected) and answer == helper_process.COPIED
        stale = copy_ahead._copy(objects, second.path)
        assert stale is not None
        (tmp_path / "disc" / "IM001").write_bytes(_scan(7))  # changed after it was copied
        _, answer = helper_process._look(_entry(second, stale.object), objects)
        assert isinstance(answer, Stored) and answer.object != stale.object
        assert answer.object == objects.name_of(_scan(7))
        found_text, answer = helper_process._look(_entry(text), objects)
        assert isinstance(found_text, Problem) and answer is None


def test_copies_made_while_the_helpers_start_end_up_whole_and_none_is_left_over(
    tmp_path, monkeypatch
):
    count = helper.MIN_FILES + 8
    folder = _disc(tmp_path, count)
    copied: list[str] = []
    real_copy = copy_ahead._copy

    def copy(objects, path):
        stored = real_copy(objects, path)
        copied.append(path)
        if path.endswith("IM003"):
            (folder / "IM003").write_bytes(_scan(999))  # the file changes after its copy
        return stored

    class SlowToStart(helper_process.HelperProcess):
        def is_ready(self, wait=0.0):
            # Not ready until a dozen files were copied here (a cold start takes a second).
            return len(copied) >= 12 and super().is_ready(max(wait, 30))

    monkeypatch.setattr(copy_ahead, "_copy", copy)
    monkeypatch.setattr(helper, "HelperProcess", SlowToStart)
    with CaseStore.open(tmp_path / "data", PASSPHRASE) as store:
        case = store.create_case("A")
        report = import_records(store, case.id, [folder])
        assert len(copied) >= 12
        assert len(report.imported) == count and len(report.passed) == 1
        files = {f.name: f for f in store.files.list(case.id)}
        with store.files.open(case.id, files["IM003"].id) as stream:
            assert stream.read() == _scan(999)  # as the helper read it, not the stale copy
        rows = {row[0] for row in store.db.execute("SELECT object FROM files")}
        assert set(store.files.objects.names()) == rows  # no copy without its record
        assert store.check() == []


def test_a_cancel_while_copying_ahead_leaves_no_copy_behind(tmp_path, monkeypatch):
    folder = _disc(tmp_path, helper.MIN_FILES + 8)
    copies: list[str] = []
    real_copy = copy_ahead._copy

    def copy(objects, path):
        copies.append(path)
        return real_copy(objects, path)

    class NeverReady(helper_process.HelperProcess):
        def is_ready(self, wait=0.0):
            return False

    monkeypatch.setattr(copy_ahead, "_copy", copy)
    monkeypatch.setattr(helper, "HelperProcess", NeverReady)
    with CaseStore.open(tmp_path / "data", PASSPHRASE) as store:
        case = store.create_case("A")
        report = import_records(store, case.id, [folder], cancelled=lambda: len(copies) >= 10)
        assert report.cancelled and report.imported == []
        assert len(copies) == 10
        assert list(store.files.objects.names()) == []
        assert store.check() == []


def test_pictures_of_many_series_are_made_by_every_helper_and_a_hang_costs_its_picture(
    monkeypatch,
):
    data = open(CT, "rb").read()
    with Inspector(processes=2) as inspector:
        inspector.start(2)
        for process in inspector.processes:
            assert process is not None and process.is_ready(30)
        maker = Pictures(inspector)
        wanted = [(number, lambda: io.BytesIO(data)) for number in range(5)]
        made = dict(maker.thumbnails(wanted))
        assert sorted(made) == list(range(5))
        assert all(png is not None and png.startswith(b"\x89PNG") for png in made.values())
        assert dict(maker.thumbnails([("gone", lambda: None)])) == {"gone": None}
        monkeypatch.setattr(helper, "FILE_SECONDS", 0.0)  # every picture is "too late"
        late = dict(maker.thumbnails((number, lambda: io.BytesIO(data)) for number in range(3)))
        assert sorted(late) == [0, 1, 2] and set(late.values()) == {None}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork server is Linux's")
def test_helpers_are_forks_of_one_server_that_loaded_the_libraries():
    assert helper_process._context().get_start_method() == "forkserver"
    process = helper_process.HelperProcess()
    try:
        assert process.is_ready(30)
    finally:
        process.stop()


def test_the_importer_loads_no_parser_in_the_window_s_process():
    # The window's process imports through helpers; loading pydicom there would hold the
    # interpreter (and so the window) for tens of milliseconds at a time. (numpy comes
    # with sqlite-utils, which the window has loaded anyway.)
    code = (
        "import sys, wizard.records.importer, wizard.records.copy_ahead; "
        "print(sorted(m for m in ('pydicom', 'pypdf', 'PIL') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
