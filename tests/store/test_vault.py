"""The vault: encrypted, deduplicated, checked on reading, nothing plain on disk."""

import hashlib
import io
import os
import random

import pytest

from wizard.errors import UserError
from wizard.plan.documents import PDF, ScanFacts
from wizard.store import CaseStore
from wizard.store.case_files import NewFile
from wizard.store.vault import (
    CHUNK,
    HEADER_BYTES,
    SEALED_CHUNK,
    Cancelled,
    ObjectStore,
    VaultDamaged,
)

KEY = bytes(range(32))
MARKER = b"PATIENT-ZEBULON-QUACKENBUSH"


def content(size: int, seed: int = 1) -> bytes:
    body = random.Random(seed).randbytes(max(0, size - len(MARKER)))
    return (MARKER + body)[:size]


@pytest.fixture
def objects(tmp_path):
    return ObjectStore(tmp_path / "vault", KEY)


@pytest.mark.parametrize("size", [0, 1, 1000, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5])
def test_what_goes_in_comes_out(objects, size):
    data = content(size)
    stored = objects.put(io.BytesIO(data))
    assert stored.size == size and stored.new
    with objects.open(stored.object) as reader:
        assert reader.read() == data
    assert objects.verify(stored.object)


def test_reading_at_any_place(objects):
    data = content(3 * CHUNK + 77)
    stored = objects.put(io.BytesIO(data))
    rng = random.Random(5)
    with objects.open(stored.object) as reader:
        for _ in range(50):
            start = rng.randrange(0, len(data))
            length = rng.randrange(0, 3000)
            reader.seek(start)
            assert reader.read(length) == data[start : start + length]
        reader.seek(-10, io.SEEK_END)
        assert reader.read() == data[-10:]
        reader.seek(len(data) + 100)
        assert reader.read(5) == b""


def test_same_content_is_kept_once_and_its_name_is_keyed(objects, tmp_path):
    data = content(5000)
    first = objects.put(io.BytesIO(data))
    second = objects.put(io.BytesIO(data))
    assert first.object == second.object and not second.new
    assert list(objects.names()) == [first.object]
    # A known file's plain hash does not reveal it, and another key gives another name.
    assert first.object != hashlib.sha256(data).hexdigest()
    other = ObjectStore(tmp_path / "other", bytes(32))
    assert other.put(io.BytesIO(data)).object != first.object


def test_nothing_plain_on_disk(objects, tmp_path):
    objects.put(io.BytesIO(content(2 * CHUNK + 3)))
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert MARKER not in path.read_bytes()


def test_files_and_folders_are_private(objects, tmp_path):
    stored = objects.put(io.BytesIO(b"x"))
    path = objects.path_of(stored.object)
    assert path.stat().st_mode & 0o777 == 0o600
    for folder in (path.parent, tmp_path / "vault", tmp_path / "vault" / "objects"):
        assert folder.stat().st_mode & 0o777 == 0o700


def _damage(path, how):
    raw = bytearray(path.read_bytes())
    if how == "flip":
        raw[HEADER_BYTES + 100] ^= 0x01
    elif how == "cut_at_chunk":
        raw = raw[: HEADER_BYTES + SEALED_CHUNK]
    elif how == "cut_short":
        raw = raw[:-5]
    elif how == "swap":
        first = raw[HEADER_BYTES : HEADER_BYTES + SEALED_CHUNK]
        second = raw[HEADER_BYTES + SEALED_CHUNK : HEADER_BYTES + 2 * SEALED_CHUNK]
        raw[HEADER_BYTES : HEADER_BYTES + 2 * SEALED_CHUNK] = second + first
    elif how == "header":
        raw[0] ^= 0xFF
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("how", ["flip", "cut_at_chunk", "cut_short", "swap", "header"])
def test_a_changed_object_is_noticed_when_read(objects, how):
    stored = objects.put(io.BytesIO(content(3 * CHUNK + 10)))
    _damage(objects.path_of(stored.object), how)
    assert not objects.verify(stored.object)
    with pytest.raises(VaultDamaged):
        with objects.open(stored.object) as reader:
            reader.read()


def test_a_cancelled_or_failed_put_leaves_nothing(objects, tmp_path):
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        objects.put(io.BytesIO(content(3 * CHUNK)), cancelled=lambda: next(calls) >= 1)

    class Failing(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            raise OSError(5, "Input/output error")

    with pytest.raises(OSError):
        objects.put(Failing())
    assert [p for p in (tmp_path / "vault").rglob("*") if p.is_file()] == []


def test_leftovers_of_a_crash_are_encrypted_and_cleaned(objects, tmp_path):
    kept = objects.put(io.BytesIO(b"kept"))
    orphan = objects.put(io.BytesIO(b"orphan"))
    leftover = tmp_path / "vault" / "incoming" / "abc.part"
    leftover.write_bytes(b"half")
    assert objects.clean([kept.object]) == 2
    assert list(objects.names()) == [kept.object]
    assert not leftover.exists() and not objects.path_of(orphan.object).exists()


def scan(series: str, number: int, date: str = "2026-03-02") -> ScanFacts:
    return ScanFacts(
        study_uid="1.2.3",
        study_date=date,
        study_description="CT chest",
        modality="CT",
        series_uid=series,
        series_number=1,
        instance_number=number,
        sop_uid=f"1.2.3.{series}.{number}",
        rows=2,
        columns=2,
        frames=1,
    )


def test_case_files_put_list_open_delete(store, data_dir):
    case = store.create_case("A")
    report = content(4000, seed=2)
    pdf, new = store.files.put(
        case.id, io.BytesIO(report), NewFile("Report.pdf", PDF, date="2026-01-05")
    )
    assert new and pdf.name == "Report.pdf" and pdf.date == "2026-01-05"
    image, _ = store.files.put(
        case.id, io.BytesIO(b"dicom bytes"), NewFile("IM1", "dicom", scan=scan("9", 1))
    )
    assert image.scan is not None and image.scan.series_uid == "9" and image.date == "2026-03-02"
    again, new = store.files.put(case.id, io.BytesIO(report), NewFile("Copy.pdf", PDF))
    assert not new and again.id == pdf.id
    assert [f.name for f in store.files.list(case.id)] == ["Report.pdf", "IM1"]
    with store.files.open(case.id, pdf.id) as stream:
        assert stream.read() == report
    summary = store.load(case.id).files
    assert summary.count == 2 and summary.dates == ("2026-01-05", "2026-03-02")
    store.files.set_thumbnail(case.id, "9", b"png")
    store.files.delete(case.id, [image.id])
    assert store.files.thumbnails(case.id) == {}
    assert [f.id for f in store.files.list(case.id)] == [pdf.id]
    assert len(list(store.files.objects.names())) == 1
    with pytest.raises(UserError):
        store.files.open(case.id, image.id)
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert MARKER not in path.read_bytes(), path.name


def test_the_same_file_in_two_cases_is_stored_once_and_kept_while_used(store):
    first, second = store.create_case("A"), store.create_case("B")
    data = content(3000)
    one, _ = store.files.put(first.id, io.BytesIO(data), NewFile("a.pdf", PDF))
    two, new = store.files.put(second.id, io.BytesIO(data), NewFile("b.pdf", PDF))
    assert new
    assert len(list(store.files.objects.names())) == 1
    store.delete(first.id)
    with store.files.open(second.id, two.id) as stream:
        assert stream.read() == data
    store.delete(second.id)
    assert list(store.files.objects.names()) == []


def test_a_missing_object_is_one_plain_sentence(store):
    case = store.create_case("A")
    file, _ = store.files.put(case.id, io.BytesIO(b"abc"), NewFile("a.pdf", PDF))
    os.remove(
        store.files.objects.path_of(store.db.execute("SELECT object FROM files").fetchone()[0])
    )
    with pytest.raises(UserError) as caught:
        store.files.open(case.id, file.id)
    assert "restore a backup" in caught.value.render()


def test_categories_and_confirmation(store):
    case = store.create_case("A")
    file, _ = store.files.put(
        case.id, io.BytesIO(b"abc"), NewFile("lab.pdf", PDF, category="labs", record_kind="labs")
    )
    assert store.load(case.id).files.unconfirmed == 1
    store.files.confirm(case.id, [file.id])
    assert store.load(case.id).files.unconfirmed == 0
    store.files.set_category(case.id, [file.id], "receipts")
    assert store.files.get(case.id, file.id).category == "receipts"
    with pytest.raises(ValueError):
        store.files.set_category(case.id, [file.id], "nonsense")


def test_files_survive_reopening(data_dir):
    with CaseStore.open(data_dir) as store:
        case = store.create_case("A")
        file, _ = store.files.put(case.id, io.BytesIO(MARKER), NewFile("a.pdf", PDF))
    with CaseStore.open(data_dir) as store:
        with store.files.open(case.id, file.id) as stream:
            assert stream.read() == MARKER


def test_check_finds_a_missing_or_changed_stored_file(store):
    case = store.create_case("A")
    for number in range(3):
        store.files.put(
            case.id, io.BytesIO(content(5000, seed=number)), NewFile(f"{number}.pdf", PDF)
        )
    assert store.check() == []
    names = sorted(store.files.objects.names())
    os.remove(store.files.objects.path_of(names[0]))
    path = store.files.objects.path_of(names[1])
    raw = bytearray(path.read_bytes())
    raw[-3] ^= 1
    path.write_bytes(bytes(raw))
    assert store.check() == ["vault: 1 stored file(s) missing", "vault: 1 stored file(s) damaged"]


def test_the_summary_follows_changes_made_through_another_connection(store):
    case = store.create_case("A")
    assert store.load(case.id).files.count == 0
    other = store.sibling()  # as the window's import does, in its own thread
    try:
        other.files.put(case.id, io.BytesIO(b"scan"), NewFile("a.pdf", PDF, date="2026-05-01"))
    finally:
        other.close()
    summary = store.load(case.id).files
    assert summary.count == 1 and summary.dates == ("2026-05-01",)
    store.files.delete(case.id, [store.files.list(case.id)[0].id])
    assert store.load(case.id).files.count == 0


def test_many_files_are_filed_or_removed_together_or_not_at_all(store):
    case = store.create_case("A")
    ids = [
        store.files.put(case.id, io.BytesIO(content(100, seed=n)), NewFile(f"{n}.pdf", PDF))[0].id
        for n in range(3)
    ]
    store.files.set_category(case.id, ids, "labs")
    assert {f.category for f in store.files.list(case.id)} == {"labs"}
    gone = max(ids) + 100
    with pytest.raises(UserError):
        store.files.set_category(case.id, [*ids, gone], "receipts")
    assert {f.category for f in store.files.list(case.id)} == {"labs"}  # none changed
    with pytest.raises(UserError):
        store.files.delete(case.id, [ids[0], gone])
    assert len(store.files.list(case.id)) == 3  # none removed
    store.files.delete(case.id, ids[:2])
    assert [f.id for f in store.files.list(case.id)] == ids[2:]
    assert len(list(store.files.objects.names())) == 1
