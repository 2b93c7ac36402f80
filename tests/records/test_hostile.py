"""A corpus of damaged and hostile files: nothing raises, every damaged file is reported."""

from __future__ import annotations

import io
import random
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pydicom
import pytest
from pydicom.data import get_testdata_file

from wizard.records import inspect as inspection
from wizard.records.inspect import Inspected, Problem, inspect
from wizard.records.sources import Source, gather

BASES = (  # explicit LE, implicit LE, big endian, compressed, multi-frame, no picture
    "CT_small.dcm",
    "MR_small_implicit.dcm",
    "MR_small_bigendian.dcm",
    "JPEG2000.dcm",
    "rtdose.dcm",
    "rtplan.dcm",
)


def source_of(data: bytes, name: str = "file") -> Source:
    return Source(name, name, len(data), False, lambda: io.BytesIO(data))


def original(name: str) -> bytes:
    return Path(get_testdata_file(name, download=False)).read_bytes()


def pixel_offset(data: bytes) -> int | None:
    """Where the picture data element starts, as pydicom leaves the stream."""
    stream = io.BytesIO(data)
    ds = pydicom.dcmread(stream, stop_before_pixels=True)
    return stream.tell() if "Rows" in ds else None


def truncated(name: str) -> list[tuple[str, bytes]]:
    data = original(name)
    at = pixel_offset(data)
    cuts = {10, 100, 131, 200, len(data) // 2, len(data) - 1}
    if at is not None:
        cuts |= {at // 2, at - 1, at + 6, at + 20, at + (len(data) - at) // 2}
    else:
        cuts |= {len(data) * i // 7 + 3 for i in range(1, 7)}
    return [(f"{name} cut at {cut}", data[:cut]) for cut in sorted(cuts) if cut < len(data)]


def test_truncated_scans_are_all_reported() -> None:
    corpus = [case for name in BASES for case in truncated(name)]
    assert len(corpus) >= 50
    for label, data in corpus:
        found = inspect(source_of(data))
        assert isinstance(found, Problem), label
        if len(data) >= 132:
            assert found.damaged, label  # below 132 bytes it cannot be told from any file


def test_random_corruption_never_raises() -> None:
    rng = random.Random(20261127)
    results = []
    for name in BASES:
        data = original(name)
        end = pixel_offset(data) or len(data)
        for _ in range(12):
            broken = bytearray(data)
            for _ in range(rng.randint(1, 20)):
                broken[rng.randrange(132, end)] = rng.randrange(256)
            results.append(inspect(source_of(bytes(broken))))
    assert len(results) == 72
    assert all(isinstance(found, Inspected | Problem) for found in results)


def _patch_length(data: bytes, tag: tuple[int, int], length: int, little: bool = True) -> bytes:
    """Set an implicit VR element's 4-byte length, found by its tag's bytes."""
    order = "<" if little else ">"
    at = data.index(struct.pack(order + "HH", *tag), 132)
    return data[: at + 4] + struct.pack(order + "L", length) + data[at + 8 :]


def hostile_scans() -> list[tuple[str, bytes]]:
    implicit = original("MR_small_implicit.dcm")
    explicit = original("CT_small.dcm")
    cases = [
        ("empty", b""),
        ("text named .dcm", b"This is not a scan.\n" * 20),
        ("preamble and marker, then noise", bytes(128) + b"DICM" + bytes(range(256)) * 4),
        ("preamble and marker only", bytes(128) + b"DICM"),
        ("huge patient name", _patch_length(implicit, (0x0010, 0x0010), 0xFFFFFFF0)),
        ("huge image type", _patch_length(implicit, (0x0008, 0x0008), 0xFFFFFFF0)),
        ("huge pixel data", _patch_length(implicit, (0x7FE0, 0x0010), 0xFFFFFFF0)),
        ("huge meta version", explicit[:144] + b"\xf0\xff\xff\xff" + explicit[148:]),
    ]
    # Sequences nested very deep, never closed: pydicom recurses.
    deep = b"".join(
        struct.pack("<HH2sHL", 0x0040, 0xA730, b"SQ", 0, 0xFFFFFFFF)
        + struct.pack("<HHL", 0xFFFE, 0xE000, 0xFFFFFFFF)
        for _ in range(5000)
    )
    meta_end = pixel_offset(explicit) or 0
    cases.append(("deep nesting", explicit[:meta_end] + deep))
    return cases


def test_hostile_scans_are_reported_within_bounded_memory() -> None:
    tracemalloc.start()
    try:
        for label, data in hostile_scans():
            found = inspect(source_of(data))
            assert isinstance(found, Problem), label
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100 * 1024**2


def test_a_huge_header_stops_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    data = original("rtplan.dcm")
    monkeypatch.setattr(inspection, "MAX_HEADER", len(data) // 2)
    assert inspect(source_of(data)) == Problem(inspection.HEADER_TOO_LARGE, True)


def hostile_corpus() -> list[tuple[str, bytes]]:
    corpus = [case for name in BASES for case in truncated(name)] + hostile_scans()
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + bytes(100)
    corpus += [("broken pdf", pdf), ("broken jpeg", b"\xff\xd8\xff\xe0" + bytes(300))]
    corpus += [("broken png", b"\x89PNG\r\n\x1a\n" + bytes(300))]
    rng = random.Random(7)
    base = original("CT_small.dcm")
    for number in range(40):
        cut = rng.randrange(132, len(base) - 1)
        corpus.append((f"random cut {number}", base[:cut]))
    return corpus


def test_hostile_files_on_disk(tmp_path: Path) -> None:
    """The whole corpus as a folder, gathered and inspected: at least 100 damaged files."""
    corpus = hostile_corpus()
    assert len(corpus) >= 100
    for number, (_, data) in enumerate(corpus):
        (tmp_path / f"{number:03d}.dcm").write_bytes(data)
    with gather([tmp_path]) as found:
        results = [inspect(source) for source in found.sources]
    assert len(results) + len(found.skipped) == len(corpus)
    assert not any(isinstance(r, Inspected) for r in results)


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _lie_about_size(data: bytes, size: int) -> bytes:
    """Rewrite a single-member zip's declared uncompressed size, in both headers."""
    patched = bytearray(data)
    struct.pack_into("<L", patched, 22, size)  # the local header
    central = patched.index(b"PK\x01\x02")
    struct.pack_into("<L", patched, central + 24, size)
    return bytes(patched)


@pytest.mark.parametrize("declared", [100, 10, 5_000_000])
def test_a_zip_that_lies_about_a_size_is_caught(tmp_path: Path, declared: int) -> None:
    scan = original("CT_small.dcm")
    archive = tmp_path / "liar.zip"
    archive.write_bytes(_lie_about_size(_zip_bytes({"scan": scan}), declared))
    with gather([archive]) as found:
        for source in found.sources:
            assert source.size == declared
            assert isinstance(inspect(source), Problem)
            with source.open() as stream:
                with pytest.raises(Exception):  # noqa: B017 - zipfile's CRC check, or ours
                    while stream.read(65536):
                        pass


def test_the_whole_import_reports_every_hostile_file(tmp_path: Path) -> None:
    """Through the real import (helper processes, vault, database): nothing stored, every
    file named with a reason, and the case still healthy."""
    from wizard.records.importer import import_records
    from wizard.store import CaseStore

    corpus = hostile_corpus()
    disc = tmp_path / "disc"
    disc.mkdir()
    for number, (_, data) in enumerate(corpus):
        (disc / f"{number:03d}.dcm").write_bytes(data)
    with CaseStore.open(tmp_path / "data", "a passphrase for tests") as store:
        case = store.create_case("A")
        report = import_records(store, case.id, [disc])
        assert report.imported == [] and not report.cancelled
        assert len(report.passed) == len(corpus)
        assert all(p.reason.render() for p in report.passed)
        assert store.check() == [] and list(store.files.objects.names()) == []
