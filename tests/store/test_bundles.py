"""Case bundles: a case with its files out of one data folder and into another, and
every way a bundle can be wrong (each changes nothing)."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from wizard.errors import UserError
from wizard.plan.documents import ScanFacts
from wizard.store import CaseStore
from wizard.store import bundle_crypto as crypto
from wizard.store.bundles import check_bundle, restore_bundle, save_bundle
from wizard.store.case_files import NewFile
from wizard.store.vault import Cancelled

PASSPHRASE = "a bundle passphrase"
# Larger than a chunk: a bundle of three chunks and some.
BIG = os.urandom(2 * crypto.CHUNK + 12345)
SMALL = b"%PDF-1.4 a made-up letter\n"
SCAN = ScanFacts(
    patient_name="Sample^Alex",
    study_uid="1.2.3",
    study_date="20260301",
    modality="CT",
    series_uid="1.2.3.4",
    series_number=2,
    instance_number=7,
    rows=2,
    columns=2,
    frames=1,
)


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch):
    """A cheaper scrypt than the program's, to keep the tests quick (the reader takes
    the header's parameters, whatever they are)."""
    monkeypatch.setattr(crypto, "SCRYPT_LOG2_N", 14)


def fill_case(store: CaseStore) -> int:
    case = store.create_case("Alex Sample", language="de")
    assert case.id is not None
    store.set_field(case.id, "need", "condition", "Made-up condition")
    store.set_tick(case.id, "need", "need.complex", True)
    call = store.add_entry(case.id, "insurance", "calls")
    store.set_entry_value(case.id, call, "who", "Sam")
    store.set_entry_value(case.id, call, "date", "2026-11-03")
    store.files.put(
        case.id,
        io.BytesIO(SMALL),
        NewFile("letter.pdf", "pdf", date="2026-10-01", category="labs", record_kind="labs"),
    )
    # After the letter: a bundle cut off in the scan has the letter in the vault by then.
    store.files.put(case.id, io.BytesIO(BIG), NewFile("scan.dcm", "dicom", scan=SCAN))
    [letter] = [f for f in store.files.list(case.id) if f.name == "letter.pdf"]
    store.files.confirm(case.id, [letter.id])
    store.files.put(case.id, io.BytesIO(b""), NewFile("empty.pdf", "pdf", step="organization"))
    store.files.set_thumbnails(case.id, {"1.2.3.4": b"\x89PNG made up", "9.9": None})
    return case.id


@pytest.fixture
def source(tmp_path):
    with CaseStore.open(tmp_path / "first computer") as store:
        yield store, fill_case(store)


@pytest.fixture
def bundle(source, tmp_path) -> Path:
    store, case_id = source
    out = tmp_path / "out" / "Alex.sopbundle"
    out.parent.mkdir()
    saved = save_bundle(store, case_id, out, PASSPHRASE)
    assert (saved.name, saved.files, saved.size) == ("Alex Sample", 3, out.stat().st_size)
    return out


@pytest.fixture
def target(tmp_path, memory_keyring):
    """Another data folder, with its own key, already holding a case."""
    with CaseStore.open(tmp_path / "second computer") as store:
        store.create_case("Someone Else")
        yield store


def state(store: CaseStore) -> tuple:
    """What a failed restore must leave as it was: the cases, the files' rows, the vault's
    files (a folder it made may stay, empty)."""
    vault = sorted(
        str(p.relative_to(store.data_dir))
        for p in (store.data_dir / "vault").rglob("*")
        if not p.is_dir()
    )
    rows = store.db.execute("SELECT * FROM files ORDER BY id").fetchall()
    thumbnails = store.db.execute("SELECT * FROM thumbnails").fetchall()
    return store.list_cases(), rows, thumbnails, vault


def contents(store: CaseStore, case_id: int) -> dict[str, tuple]:
    out = {}
    for f in store.files.list(case_id):
        with store.files.open(case_id, f.id) as stream:
            digest = hashlib.sha256(stream.read()).hexdigest()
        out[f.name] = (digest, f.kind, f.step, f.date, f.category, f.confirmed, f.record_kind)
        out[f.name] += (f.added, f.scan, f.size)
    return out


def test_round_trip_into_another_data_folder(source, bundle, target):
    store, case_id = source
    restored = restore_bundle(target, check_bundle(bundle, PASSPHRASE))
    new_id = restored.case.id
    assert restored.files == 3 and new_id != case_id
    assert contents(target, new_id) == contents(store, case_id)  # byte-identical, same facts
    assert contents(target, new_id)["scan.dcm"][0] == hashlib.sha256(BIG).hexdigest()
    before, after = store.load(case_id), target.load(new_id)
    for facts in ("name", "language", "created", "fields", "ticks", "own_word"):
        assert getattr(after, facts) == getattr(before, facts), facts
    assert [e.values for e in after.entries_of("insurance", "calls")] == [
        e.values for e in before.entries_of("insurance", "calls")
    ]
    assert target.files.thumbnails(new_id) == store.files.thumbnails(case_id)
    assert sorted(name for _, name in target.list_cases()) == ["Alex Sample", "Someone Else"]
    # The second folder's vault has its own key: the same files under other names.
    assert not set(store.files.objects.names()) & set(target.files.objects.names())
    assert target.check() == []


def test_the_bundle_holds_nothing_in_plain_text(bundle):
    data = bundle.read_bytes()
    for plain in (b"Alex Sample", b"Made-up condition", SMALL, BIG[:64], b"Sample^Alex"):
        assert plain not in data
    assert data.startswith(crypto.MAGIC)
    assert not [p for p in bundle.parent.iterdir() if p != bundle]  # no temporary left


def test_wrong_passphrase_changes_nothing(bundle, target):
    before = state(target)
    with pytest.raises(UserError) as caught:
        check_bundle(bundle, "not the passphrase")
    assert str(caught.value) == (
        f"The passphrase is not right for the encrypted case file {bundle}; check it and try "
        "again (nothing was changed)."
    )
    assert state(target) == before


DAMAGED = "is damaged or incomplete; copy it again from where it came from (nothing was changed)."


def _cuts(size: int) -> list[int]:
    header, sealed = crypto.HEADER_BYTES, crypto.SEALED_CHUNK
    return [
        10,  # inside the header
        header,  # the header alone
        header + 100,  # inside the first chunk
        header + sealed,  # at a chunk boundary: the last chunk left is not the final one
        header + 2 * sealed,
        size - 1,  # the last byte
    ]


def test_a_bundle_cut_off_anywhere_changes_nothing(bundle, target, tmp_path):
    data = bundle.read_bytes()
    before = state(target)
    for cut in _cuts(len(data)):
        short = tmp_path / f"cut-{cut}"
        short.write_bytes(data[:cut])
        with pytest.raises(UserError) as caught:
            restore_bundle(target, check_bundle(short, PASSPHRASE))
        assert str(caught.value) == f"The encrypted case file {short} {DAMAGED}", cut
        assert state(target) == before


def test_one_changed_byte_anywhere_changes_nothing(bundle, target, tmp_path):
    data = bundle.read_bytes()
    before = state(target)
    places = {
        "header salt": 20,
        "header check": 40,
        "header sum": crypto.HEADER_BYTES - 1,
        "first chunk": crypto.HEADER_BYTES + 5,
        "middle chunk": crypto.HEADER_BYTES + crypto.SEALED_CHUNK + 1000,
        "last chunk": len(data) - 20,
        "last tag": len(data) - 1,
    }
    for where, at in places.items():
        changed = bytearray(data)
        changed[at] ^= 0x01
        path = tmp_path / where
        path.write_bytes(bytes(changed))
        with pytest.raises(UserError) as caught:
            check_bundle(path, PASSPHRASE)
        assert str(caught.value) == f"The encrypted case file {path} {DAMAGED}", where
        assert state(target) == before


def test_chunks_in_another_order_change_nothing(bundle, target, tmp_path):
    data = bundle.read_bytes()
    head, sealed = crypto.HEADER_BYTES, crypto.SEALED_CHUNK
    first, second = data[head : head + sealed], data[head + sealed : head + 2 * sealed]
    swapped = tmp_path / "swapped"
    swapped.write_bytes(data[:head] + second + first + data[head + 2 * sealed :])
    dropped = tmp_path / "dropped"
    dropped.write_bytes(data[:head] + data[head + sealed :])
    doubled = tmp_path / "doubled"
    doubled.write_bytes(data[: head + sealed] + data[head:])
    before = state(target)
    for path in (swapped, dropped, doubled):
        with pytest.raises(UserError, match="is damaged or incomplete"):
            check_bundle(path, PASSPHRASE)
    assert state(target) == before


def test_a_bundle_of_a_newer_version_changes_nothing(bundle, target, tmp_path):
    data = bytearray(bundle.read_bytes())
    data[8:10] = (crypto.VERSION + 1).to_bytes(2, "big")
    newer = tmp_path / "newer"
    newer.write_bytes(bytes(data))
    before = state(target)
    with pytest.raises(UserError) as caught:
        check_bundle(newer, PASSPHRASE)
    assert str(caught.value) == (
        f"The encrypted case file {newer} comes from a newer version of this program; "
        "open it with that version or a newer one (nothing was changed)."
    )
    assert state(target) == before


def test_files_that_are_no_bundle(target, tmp_path):
    plain = tmp_path / "case.json"
    plain.write_text('{"format": "second-opinion-case"}')
    with pytest.raises(UserError, match="is not an encrypted case file; choose a file saved"):
        check_bundle(plain, PASSPHRASE)
    with pytest.raises(UserError, match="is not an encrypted case file"):
        check_bundle(tmp_path, PASSPHRASE)  # a folder
    with pytest.raises(UserError, match="does not exist"):
        check_bundle(tmp_path / "nothing here", PASSPHRASE)


def test_a_bundle_changed_after_the_check_leaves_the_vault_as_it_was(bundle, target):
    checked = check_bundle(bundle, PASSPHRASE)
    data = bytearray(bundle.read_bytes())
    data[-20] ^= 0x01  # the last chunk: the letter is in the vault by the time it is read
    bundle.write_bytes(bytes(data))
    before = state(target)
    with pytest.raises(UserError, match="is damaged or incomplete"):
        restore_bundle(target, checked)
    assert state(target) == before


def test_a_failed_restore_keeps_the_files_another_case_shares(bundle, target, monkeypatch):
    restore_bundle(target, check_bundle(bundle, PASSPHRASE))  # the same files, once more
    before = state(target)

    def fail(*args, **kwargs):
        raise UserError("The disk is full.")

    checked = check_bundle(bundle, PASSPHRASE)
    monkeypatch.setattr(target.files, "record", fail)
    with pytest.raises(UserError):
        restore_bundle(target, checked)
    assert state(target) == before  # the shared objects stay: the first copy needs them


def test_a_failed_transaction_removes_what_the_restore_wrote(bundle, target, monkeypatch):
    before = state(target)
    checked = check_bundle(bundle, PASSPHRASE)

    real = target.import_case

    def then_fail(*args, **kwargs):
        real(*args, **kwargs)  # the case is in, inside the transaction; then the disk fills
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(target, "import_case", then_fail)
    with pytest.raises(UserError) as caught:
        restore_bundle(target, checked)
    assert str(caught.value) == (
        "The case could not be restored because the disk is full; free some disk space, then "
        "try again (nothing was changed)."
    )
    assert state(target) == before


def test_cancelled_restore_and_save_leave_nothing(source, bundle, target, tmp_path):
    before = state(target)
    checked = check_bundle(bundle, PASSPHRASE)
    calls = []

    def cancel_later() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        restore_bundle(target, checked, cancelled=cancel_later)
    assert state(target) == before
    store, case_id = source
    out = tmp_path / "cancelled.sopbundle"
    with pytest.raises(Cancelled):
        save_bundle(store, case_id, out, PASSPHRASE, cancelled=lambda: True)
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_progress_reaches_the_whole(source, tmp_path):
    store, case_id = source
    out = tmp_path / "progress.sopbundle"
    seen: list[tuple[int, int]] = []
    save_bundle(store, case_id, out, PASSPHRASE, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] <= seen[-1][1]
    checked_seen: list[tuple[int, int]] = []
    check_bundle(out, PASSPHRASE, progress=lambda d, t: checked_seen.append((d, t)))
    assert checked_seen[-1][0] == checked_seen[-1][1] - crypto.HEADER_BYTES - 16 * 3


def test_a_short_passphrase_is_refused_and_nothing_written(source, tmp_path):
    store, case_id = source
    out = tmp_path / "short.sopbundle"
    out.write_bytes(b"kept")
    with pytest.raises(UserError, match="at least 8 characters"):
        save_bundle(store, case_id, out, "short")
    assert out.read_bytes() == b"kept"


def test_a_missing_vault_file_fails_the_save_and_keeps_the_old_bundle(source, tmp_path):
    store, case_id = source
    out = tmp_path / "old.sopbundle"
    out.write_bytes(b"the old one")
    for name in store.files.objects.names():
        store.files.objects.path_of(name).unlink()
    with pytest.raises(UserError, match="A stored file is missing or damaged"):
        save_bundle(store, case_id, out, PASSPHRASE)
    assert out.read_bytes() == b"the old one"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".second")] == []


def test_an_empty_case_round_trips(tmp_path, target):
    with CaseStore.open(tmp_path / "empty") as store:
        case = store.create_case("Nobody Yet")
        assert case.id is not None
        out = tmp_path / "empty.sopbundle"
        save_bundle(store, case.id, out, PASSPHRASE)
    restored = restore_bundle(target, check_bundle(out, PASSPHRASE))
    assert restored.case.name == "Nobody Yet" and restored.files == 0
    assert target.files.list(restored.case.id) == []


@pytest.mark.parametrize(
    "size", [0, 1, crypto.CHUNK - 1, crypto.CHUNK, crypto.CHUNK + 1, 2 * crypto.CHUNK]
)
def test_chunks_round_trip_at_every_boundary(size):
    content = os.urandom(size)
    header, key = crypto.new_header(PASSPHRASE)
    out = io.BytesIO()
    writer = crypto.ChunkWriter(out, header, key)
    for start in range(0, size, 300_000):  # written in pieces that do not fit the chunks
        writer.write(content[start : start + 300_000])
    writer.finish()
    sealed = out.getvalue()
    chunks = max(1, -(-size // crypto.CHUNK))  # a last chunk is never empty unless all is
    assert len(sealed) == crypto.HEADER_BYTES + size + chunks * crypto.TAG_BYTES
    handle = io.BytesIO(sealed)
    read = crypto.read_header(handle)
    reader = crypto.ChunkReader(handle, read, crypto.unlock(read, PASSPHRASE), len(sealed))
    assert reader.read(size + 10) == content and reader.at_end()


def test_the_program_writes_its_own_scrypt_cost(monkeypatch):
    monkeypatch.undo()  # the program's own parameters, not the quick ones of these tests
    header, _ = crypto.new_header(PASSPHRASE)
    assert header.raw[11:14] == bytes([17, 8, 1])
    assert 2**17 == 2**crypto.SCRYPT_LOG2_N
