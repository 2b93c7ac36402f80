"""The vault and the files table written in batches, as a records import does: one flush
of the disk for many objects, many rows in one statement, and nothing given twice."""

import io
import os

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wizard.plan.documents import DICOM, PDF, ScanFacts
from wizard.store import vault
from wizard.store.case_files import NewFile
from wizard.store.vault import SYNC_ONE_BY_ONE, ObjectStore

KEY = bytes(range(32))


@pytest.mark.parametrize("salt", [None, b"", bytes(16), bytes(range(7, 23))], ids=str)
def test_keys_are_derived_as_cryptography_s_hkdf_derives_them(salt):
    # The vault's format names HKDF-SHA256; the standard library's HMAC does it faster.
    expected = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"file").derive(KEY)
    assert vault._derive(KEY, b"file", salt) == expected


def test_an_object_s_name_is_known_from_its_bytes(tmp_path):
    objects = ObjectStore(tmp_path / "vault", KEY)
    data = b"a scan" * 1000
    assert objects.put(io.BytesIO(data)).object == objects.name_of(data)
    assert objects.name_of(data + b"!") != objects.name_of(data)


@pytest.mark.parametrize("count", [SYNC_ONE_BY_ONE, SYNC_ONE_BY_ONE + 1])
def test_many_objects_are_flushed_at_once_and_a_few_one_by_one(tmp_path, monkeypatch, count):
    objects = ObjectStore(tmp_path / "vault", KEY)
    flushes, fsyncs = [], []
    real_fsync = os.fsync
    monkeypatch.setattr(vault, "_sync_file_system", lambda folder: flushes.append(folder) or True)
    monkeypatch.setattr(os, "fsync", lambda fd: fsyncs.append(fd) or real_fsync(fd))
    for number in range(count):
        objects.put(io.BytesIO(b"file %d" % number), durable=False)
    assert fsyncs == []  # written, not yet durable
    objects.sync()
    if count > SYNC_ONE_BY_ONE:
        assert len(flushes) == 1 and fsyncs == []
    else:
        assert flushes == [] and len(fsyncs) >= count  # each file, then its folder
    objects.sync()  # nothing left to do
    assert len(flushes) <= 1


@pytest.mark.skipif(not vault.sys.platform.startswith("linux"), reason="syncfs is Linux's")
def test_the_file_system_flush_is_real_on_linux(tmp_path):
    objects = ObjectStore(tmp_path / "vault", KEY)
    objects.put(io.BytesIO(b"scan"), durable=False)
    assert vault._sync_file_system(tmp_path / "vault")


def test_an_object_removed_before_the_flush_is_not_flushed(tmp_path):
    objects = ObjectStore(tmp_path / "vault", KEY)
    kept = [objects.put(io.BytesIO(b"kept %d" % n), durable=False) for n in range(3)]
    dropped = objects.put(io.BytesIO(b"dropped"), durable=False)
    objects.delete(dropped.object)
    objects.sync()  # would fail on the missing file if it were still waiting
    assert sorted(objects.names()) == sorted(stored.object for stored in kept)


def _scan(number: int) -> ScanFacts:
    return ScanFacts(study_uid="1.2", series_uid="1.2.3", instance_number=number, rows=2)


def test_a_batch_goes_in_whole_with_the_same_content_once(store):
    case = store.create_case("A")
    same = store.files.store_content(io.BytesIO(b"the same scan"))
    other = store.files.store_content(io.BytesIO(b"another scan"))
    results = store.files.record(
        case.id,
        [
            (same, NewFile("IM1", DICOM, scan=_scan(1))),
            (other, NewFile("IM2", DICOM, scan=_scan(2))),
            (same, NewFile("copy of IM1", DICOM, scan=_scan(1))),
        ],
    )
    assert [new for _, new in results] == [True, True, False]
    assert results[2][0].id == results[0][0].id  # the one the case holds
    files = store.files.list(case.id)
    assert [f.name for f in files] == ["IM1", "IM2"]
    assert [f.scan.instance_number for f in files] == [1, 2]
    assert store.check() == []


def test_a_deleted_file_s_number_is_never_given_again(store):
    case = store.create_case("A")
    first, _ = store.files.put(case.id, io.BytesIO(b"one"), NewFile("a.pdf", PDF))
    last, _ = store.files.put(case.id, io.BytesIO(b"two"), NewFile("b.pdf", PDF))
    store.files.delete(case.id, [last.id])
    stored = store.files.store_content(io.BytesIO(b"three"))
    ((again, new),) = store.files.record(case.id, [(stored, NewFile("c.pdf", PDF))])
    assert new and again.id > last.id > first.id


def test_pictures_of_several_series_are_kept_in_one_change(store):
    case = store.create_case("A")
    store.files.set_thumbnails(case.id, {"1.2.3": b"png", "1.2.4": None})
    store.files.set_thumbnails(case.id, {})
    assert store.files.thumbnails(case.id) == {"1.2.3": b"png", "1.2.4": None}


def test_the_store_s_names_load_when_first_used():
    import wizard.store

    assert wizard.store.CaseStore.__name__ == "CaseStore"
    with pytest.raises(AttributeError):
        wizard.store.NoSuchThing  # noqa: B018
