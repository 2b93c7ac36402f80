"""records import / records list / export --records from the command line."""

from __future__ import annotations

import json
import os
import zipfile

import pytest

from tests.records.disc import DISC_IMAGES, make_disc, pdf_bytes
from wizard.cli import run
from wizard.store import CaseStore


@pytest.fixture
def case(cli):
    assert cli("case", "new", "Maria")[0] == 0
    return "Maria"


def import_json(cli, capsys, *argv):
    status, out, err = cli("--json", "records", "import", *argv)
    assert status == 0, err
    return json.loads(out)


def snapshot(folder):
    return {
        p: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_a_hospital_disc_imports_with_a_report_of_what_was_passed(cli, capsys, case, tmp_path):
    disc = make_disc(tmp_path / "media", damaged=3)
    before = snapshot(disc)
    capsys.readouterr()
    report = import_json(cli, capsys, case, str(disc))
    assert len(report["imported"]) == DISC_IMAGES + 1  # the images and the PDF report
    assert report["duplicates"] == []
    damaged = {os.path.basename(d["path"]) for d in report["damaged"]}
    assert damaged == {"BROKEN0", "BROKEN1", "BROKEN2"}
    skipped = {os.path.basename(s["path"]) for s in report["skipped"]}
    assert {"viewer.exe", "AUTORUN.INF", "README.TXT", "DICOMDIR"} <= skipped
    assert all(d["reason"] for d in report["damaged"] + report["skipped"])
    assert snapshot(disc) == before  # the disc is never written to

    # The same disc again adds nothing.
    again = import_json(cli, capsys, case, str(disc))
    assert again["imported"] == [] and len(again["duplicates"]) == DISC_IMAGES + 1

    status, out, _ = cli("--json", "records", "list", case)
    assert status == 0
    listed = json.loads(out)
    assert sum(s["images"] for st in listed["studies"] for s in st["series"]) == DISC_IMAGES
    assert all(s["picture"] for st in listed["studies"] for s in st["series"])
    assert all(st["date"] for st in listed["studies"])
    assert [d["name"] for d in listed["documents"]] == ["REPORTS/report"]
    status, text, _ = cli("records", "list", case)
    assert status == 0
    assert "REPORTS/report" in text and "images" in text


def test_nothing_of_an_imported_file_is_readable_in_the_data_folder(
    cli, capsys, case, tmp_path, data_dir
):
    secret = b"ZEBULON-QUACKENBUSH-BIOPSY"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "biopsy.pdf").write_bytes(pdf_bytes(text=secret.decode()))
    assert secret in (tmp_path / "in" / "biopsy.pdf").read_bytes()
    import_json(cli, capsys, case, str(tmp_path / "in"))
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert secret not in data and b"Radiology" not in data, path


def test_a_portal_zip_is_read_in_place(cli, capsys, case, tmp_path):
    disc = make_disc(tmp_path / "media", damaged=0)
    portal = tmp_path / "portal-download"  # no .zip: recognised by content
    with zipfile.ZipFile(portal, "w") as archive:
        for path in sorted(disc.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(disc.parent).as_posix())
        archive.writestr("../escape.pdf", pdf_bytes())
    report = import_json(cli, capsys, case, str(portal))
    assert len(report["imported"]) == DISC_IMAGES + 1
    assert any("escape.pdf" in s["path"] for s in report["skipped"])
    assert not (tmp_path / "escape.pdf").exists()


def test_the_records_package_opens_in_a_viewer(cli, capsys, case, tmp_path, data_dir):
    from pydicom import dcmread
    from pydicom.fileset import FileSet

    disc = make_disc(tmp_path / "media", damaged=0)
    import_json(cli, capsys, case, str(disc))
    out = tmp_path / "package.zip"
    status, _, err = cli("export", case, "--records", str(out))
    assert status == 0, err
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(unpacked)
    dicomdir = next(unpacked.rglob("DICOMDIR"))
    assert len(list(FileSet(dcmread(dicomdir)))) == DISC_IMAGES
    assert any(p.suffix == ".pdf" for p in unpacked.rglob("*"))
    assert cli("export", case, "--records", str(data_dir / "inside.zip"))[0] == 1


def test_bad_paths_and_a_missing_case_are_one_sentence(cli, capsys, case, tmp_path):
    status, _, err = cli("records", "import", case, str(tmp_path / "nowhere"))
    assert status == 1
    assert len(err.strip().splitlines()) == 1 and "nothing at" in err
    status, _, err = cli("records", "import", "Nobody", str(tmp_path))
    assert status == 1 and "no case called" in err


def test_records_import_waits_for_no_window(data_dir, tmp_path, monkeypatch, capsys):
    # A window holds the writer lock: the import is refused in one sentence, nothing changes.
    from wizard.store.folder import WINDOW, take_writer_lock

    with CaseStore.open(data_dir) as store:
        store.create_case("A")
    with take_writer_lock(data_dir, holder=WINDOW):
        code = run(["--data-dir", str(data_dir), "records", "import", "A", str(tmp_path)])
    assert code == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
