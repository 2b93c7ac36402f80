"""What a user's choice holds: folders, a disc with its DICOMDIR, links, special files, zips."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import shutil
import warnings
import zipfile
from pathlib import Path

import pydicom
import pytest
from pydicom.data import get_testdata_file

from wizard.records import sources
from wizard.records.inspect import Inspected, inspect
from wizard.records.sources import Source, gather

DISC = Path(get_testdata_file("DICOMDIR", download=False)).parent  # pydicom's dicomdirtests/
CT = Path(get_testdata_file("CT_small.dcm", download=False))


def reasons(found: sources.Gathered) -> dict[str, str]:
    return {skipped.shown: skipped.reason.text for skipped in found.skipped}


def fingerprint(root: Path) -> dict[str, tuple[str, int]]:
    return {
        str(path): (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def disc(tmp_path: Path) -> Path:
    copy = tmp_path / "disc"
    shutil.copytree(DISC, copy)
    return copy


def test_a_disc_is_read_through_both_its_tables_of_contents(disc: Path) -> None:
    before = fingerprint(disc)
    with gather([disc]) as found:
        listed = {s.relative for s in found.sources if s.in_dicomdir}
        loose = {s.relative for s in found.sources if not s.in_dicomdir}
        for source in found.sources:
            inspect(source)
    assert reasons(found) == {
        str(disc / "DICOMDIR"): sources.TOC_READ.text,
        str(disc / "TINY_ALPHA" / "DICOMDIR"): sources.TOC_READ.text,
    }
    assert "77654033/CR1/6154" in listed
    assert "TINY_ALPHA/PT000000/ST000000/SE000000/IM000000" in listed
    assert len(listed) == 81
    # A disc holds more than scans; those files are gathered too, for inspect to judge.
    assert {"README.txt", "TINY_ALPHA/README", "DICOMDIR-reordered"} <= loose
    assert fingerprint(disc) == before


def test_the_order_is_stable_and_sorted(disc: Path) -> None:
    with gather([disc]) as first, gather([disc]) as second:
        names = [s.relative for s in first.sources]
        assert names == [s.relative for s in second.sources]
    assert names == sorted(names, key=lambda name: name.split("/"))


def test_the_originals_are_never_written(tmp_path: Path) -> None:
    before = fingerprint(DISC)
    with gather([DISC, CT]) as found:
        results = [inspect(source) for source in found.sources]
    assert sum(isinstance(r, Inspected) for r in results) > 80
    assert fingerprint(DISC) == before


def test_a_chosen_dicomdir_stands_for_its_disc(disc: Path) -> None:
    with gather([disc / "TINY_ALPHA" / "DICOMDIR"]) as found:
        assert len([s for s in found.sources if s.in_dicomdir]) == 50
        assert found.sources[0].relative.startswith("PT000000/")


def _rewrite_first_reference(dicomdir: Path, parts: list[str]) -> None:
    ds = pydicom.dcmread(dicomdir)
    record = next(r for r in ds.DirectoryRecordSequence if "ReferencedFileID" in r)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ".." is no valid CS value: that is the point
        record.ReferencedFileID = parts
    ds.save_as(dicomdir)


def test_a_dicomdir_pointing_outside_its_disc_is_refused(disc: Path, tmp_path: Path) -> None:
    (tmp_path / "secret").write_bytes(b"not yours")
    _rewrite_first_reference(disc / "DICOMDIR", ["..", "secret"])
    with gather([disc]) as found:
        assert reasons(found)[str(disc / "DICOMDIR")] == sources.TOC_OUTSIDE.text
        assert not any(s.in_dicomdir for s in found.sources if "TINY" not in s.relative)
        assert "77654033/CR1/6154" in {s.relative for s in found.sources}  # read one by one
        assert all("secret" not in s.shown for s in found.sources)


def test_an_absolute_reference_is_refused_too(disc: Path) -> None:
    _rewrite_first_reference(disc / "DICOMDIR", ["/etc", "passwd"])
    with gather([disc]) as found:
        assert reasons(found)[str(disc / "DICOMDIR")] == sources.TOC_OUTSIDE.text


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:600] + b"\xff" * 200 + data[800:],
        lambda data: data[:600] + bytes(200) + data[800:],
        lambda data: data[:400] + data[400:][::-1],
        lambda data: data[: len(data) // 2],  # pydicom reads this one without a word
    ],
    ids=["ff", "zeros", "reversed", "cut"],
)
def test_a_damaged_dicomdir_falls_back_to_reading_every_file(disc: Path, damage) -> None:
    table = disc / "DICOMDIR"
    table.write_bytes(damage(table.read_bytes()))
    with gather([disc]) as found:
        assert reasons(found)[str(table)] == sources.TOC_DAMAGED.text
        scans = [s for s in found.sources if s.relative.startswith("77654033/")]
        assert scans and not any(s.in_dicomdir for s in scans)


def test_a_listed_file_that_is_missing_is_reported(disc: Path) -> None:
    (disc / "77654033" / "CR1" / "6154").unlink()
    with gather([disc]) as found:
        missing = str(disc / "77654033" / "CR1" / "6154")
        assert reasons(found)[missing] == sources.LISTED_MISSING.text


def test_listed_names_match_a_disc_shown_in_lower_case(disc: Path) -> None:
    (disc / "77654033" / "CR1").rename(disc / "77654033" / "cr1")
    with gather([disc]) as found:
        assert [s.in_dicomdir for s in found.sources if s.relative == "77654033/cr1/6154"] == [True]


def test_a_text_file_named_dicomdir_is_just_a_file(tmp_path: Path) -> None:
    (tmp_path / "dicomdir").write_text("hello")
    with gather([tmp_path]) as found:
        assert [s.relative for s in found.sources] == ["dicomdir"]


def test_a_cycle_in_the_dicomdir_records_does_not_hang(disc: Path) -> None:
    # pydicom's FileSet follows "next record" offsets and loops forever on a cycle.
    ds = pydicom.dcmread(disc / "DICOMDIR")
    first = ds.DirectoryRecordSequence[0]
    first.OffsetOfTheNextDirectoryRecord = first.seq_item_tell
    ds.save_as(disc / "DICOMDIR")
    with gather([disc]) as found:
        assert len([s for s in found.sources if s.in_dicomdir]) == 81


def test_links_special_files_and_empty_files(tmp_path: Path) -> None:
    root, outside = tmp_path / "root", tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "private").write_bytes(b"x")
    shutil.copy(CT, root / "sub" / "scan")
    (root / "empty").touch()
    (root / "out").symlink_to(outside / "private")
    (root / "outdir").symlink_to(outside)
    (root / "loop").symlink_to(root)
    (root / "nowhere").symlink_to(root / "missing")
    (root / "twin").symlink_to(root / "sub" / "scan")  # after "sub": the real name comes first
    os.mkfifo(root / "fifo")  # opening it would wait forever
    with gather([root]) as found:
        assert [s.relative for s in found.sources] == ["sub/scan"]
        assert reasons(found) == {
            str(root / "empty"): sources.EMPTY.text,
            str(root / "fifo"): sources.SPECIAL.text,
            str(root / "loop"): sources.SEEN_FOLDER.text,
            str(root / "nowhere"): sources.LINK_BROKEN.text,
            str(root / "out"): sources.LINK_OUTSIDE.text,
            str(root / "outdir"): sources.LINK_OUTSIDE.text,
            str(root / "twin"): sources.SEEN_FILE.text,
        }


def test_unreadable_folders_and_files_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, whom permissions do not stop: make the refusal happen.
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a").write_bytes(b"a")
    (tmp_path / "b").write_bytes(b"b")
    scandir, head = os.scandir, sources._head

    def refusing_scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    def refusing_head(path: str, size: int) -> bytes:
        if path.endswith("b"):
            raise PermissionError(13, "Permission denied")
        return head(path, size)

    monkeypatch.setattr(sources.os, "scandir", refusing_scandir)
    monkeypatch.setattr(sources, "_head", refusing_head)
    with gather([tmp_path, tmp_path / "gone"]) as found:
        assert found.sources == []
        assert reasons(found) == {
            str(tmp_path / "locked"): sources.FOLDER_UNREADABLE.text,
            str(tmp_path / "b"): sources.FILE_UNREADABLE.text,
            str(tmp_path / "gone"): sources.GONE.text,
        }


def test_cancelling_stops_early(disc: Path) -> None:
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 10

    with gather([disc], cancelled) as found:
        assert 0 < len(found.sources) < 10


def test_each_open_is_a_fresh_read_only_stream(tmp_path: Path) -> None:
    shutil.copy(CT, tmp_path / "scan")
    with gather([tmp_path / "scan"]) as found:
        (source,) = found.sources
        expected = Source(str(tmp_path / "scan"), "scan", CT.stat().st_size, False, open)
        assert source == dataclasses.replace(expected, path=str(tmp_path / "scan"))
        with source.open() as first, source.open() as second:
            first.read(100)
            assert second.read(4) == CT.read_bytes()[:4]
            assert not first.writable()


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_is_read_in_place_and_recognised_by_content(tmp_path: Path) -> None:
    inner = _zip(tmp_path / "inner.zip", {"a": b"a"}).read_bytes()
    portal = _zip(
        tmp_path / "portal.download",
        {
            "scans/IM1": CT.read_bytes(),
            "scans/": b"",
            "../escape": b"x",
            "/etc/passwd": b"x",
            "C:\\Windows\\x": b"x",
            "scans\\..\\..\\y": b"x",
            "old.zip": inner,
            "empty": b"",
        },
    )
    before = set(os.listdir(tmp_path))
    with gather([portal]) as found:
        (scan,) = found.sources
        assert scan.shown == f"{portal} › scans/IM1"
        assert scan.relative == "portal.download/scans/IM1"
        assert scan.size == CT.stat().st_size
        found_kind = inspect(scan)
        assert isinstance(found_kind, Inspected) and found_kind.dicom
        assert found_kind.dicom.modality == "CT"
        with scan.open() as stream:
            assert stream.read() == CT.read_bytes()
        assert reasons(found) == {
            f"{portal} › ../escape": sources.ZIP_UNSAFE_NAME.text,
            f"{portal} › /etc/passwd": sources.ZIP_UNSAFE_NAME.text,
            f"{portal} › C:\\Windows\\x": sources.ZIP_UNSAFE_NAME.text,
            f"{portal} › scans\\..\\..\\y": sources.ZIP_UNSAFE_NAME.text,
            f"{portal} › old.zip": sources.ZIP_IN_ZIP.text,
            f"{portal} › empty": sources.EMPTY.text,
        }
    assert set(os.listdir(tmp_path)) == before  # nothing unpacked to disk


def test_zip_bombs_and_locked_members_are_left_out(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.zip", {"zeros": bytes(50 * 1024**2), "ok": b"fine"})
    with gather([bomb]) as found:
        assert [s.relative for s in found.sources] == ["bomb.zip/ok"]
        assert reasons(found) == {f"{bomb} › zeros": sources.ZIP_BOMB.text}
    # zipfile cannot write encrypted members: set the "encrypted" flag in both headers.
    data = bytearray(_zip(tmp_path / "plain.zip", {"secret": b"xyz"}).read_bytes())
    data[6] |= 0x1
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1
    locked = tmp_path / "locked.zip"
    locked.write_bytes(bytes(data))
    with gather([locked]) as found:
        assert reasons(found) == {f"{locked} › secret": sources.ZIP_LOCKED.text}


def test_zip_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    many = _zip(tmp_path / "many.zip", {f"f{i}": b"x" for i in range(6)})
    monkeypatch.setattr(sources, "MAX_ZIP_MEMBERS", 5)
    with gather([many]) as found:
        assert reasons(found) == {str(many): sources.ZIP_TOO_MANY.text}
    monkeypatch.setattr(sources, "MAX_ZIP_MEMBERS", 20_000)
    monkeypatch.setattr(sources, "MAX_ZIP_TOTAL", 5)
    with gather([many]) as found:
        assert reasons(found) == {str(many): sources.ZIP_TOO_BIG.text}
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + bytes(200))
    with gather([broken]) as found:
        assert reasons(found) == {str(broken): sources.ZIP_DAMAGED.text}


def test_a_member_stream_stops_at_the_declared_size() -> None:
    class Liar(io.BytesIO):
        pass

    stream = sources._MemberStream(Liar(b"x" * 100), declared=10)  # type: ignore[arg-type]
    with pytest.raises(sources.MemberTooLarge):
        stream.read()
