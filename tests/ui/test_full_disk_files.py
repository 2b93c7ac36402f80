"""Files written into a full disk or a read-only folder: an import and a PDF export each
say so in one sentence, keep what was saved before, and leave no half-written file."""

from __future__ import annotations

import errno
import os

import wizard.atomic
import wizard.records.helper
import wizard.store.vault
from tests.records.disc import pdf_bytes
from tests.ui.test_main_window import _create_case
from tests.ui.test_records_panel import panel_of, wait_for


def failing_after(real, calls: int, number: int):
    """``real``, raising OSError(``number``) from its ``calls``-th call on."""
    seen = []

    def fail(*args, **kwargs):
        seen.append(1)
        if len(seen) >= calls:
            raise OSError(number, os.strerror(number))
        return real(*args, **kwargs)

    return fail


def no_helper(*args):
    raise OSError("no helper processes here")


def test_an_import_into_a_full_disk_stops_with_one_sentence_and_keeps_what_was_added(
    make_window, asker, qtbot, tmp_path, monkeypatch
):
    window = make_window()
    case = _create_case(window, asker, qtbot)
    panel = panel_of(window)
    sources = []
    for n in range(4):
        path = tmp_path / f"letter{n}.pdf"
        path.write_bytes(pdf_bytes(1, f"Letter {n}"))
        sources.append(path)
    first = panel.import_paths(sources[:1])
    wait_for(qtbot, first)
    first.accept()
    before = len(window.store.files.list(case.id))
    assert before == 1

    # No helper processes (as in an app without them), so the copies are made here.
    monkeypatch.setattr(wizard.records.helper, "HelperProcess", no_helper)
    monkeypatch.setattr(
        wizard.store.vault.os, "replace", failing_after(os.replace, 2, errno.ENOSPC)
    )
    dialog = panel.import_paths(sources[1:])
    wait_for(qtbot, dialog)
    summary = dialog.summary.text()
    assert summary.startswith("The import stopped because the disk is full; the files copied")
    dialog.accept()
    monkeypatch.undo()
    files = window.store.files.list(case.id)
    assert before <= len(files) < 4  # what was added before and during is kept
    for file in files:  # each file recorded is whole in the vault
        with window.store.files.open(case.id, file.id) as stream:
            assert stream.read().startswith(b"%PDF")
    assert window.store.check() == []
    incoming = list((window.store.data_dir / "vault").rglob("*.part"))
    assert incoming == []  # nothing half-written left behind


def test_a_pdf_saved_into_a_full_disk_says_why_in_one_sentence(
    make_window, asker, qtbot, tmp_path, monkeypatch
):
    window = make_window()
    _create_case(window, asker, qtbot)
    target = tmp_path / "out" / "checklist.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(wizard.atomic.os, "replace", failing_after(os.replace, 1, errno.ENOSPC))
    asker.paths.append(target)
    window.export_checklist()
    assert len(asker.errors) == 1
    (error,) = asker.errors
    assert "No space left on device" in error and "checklist.pdf" in error
    assert ". " not in error  # one sentence
    assert os.listdir(target.parent) == []  # no half-written file, no temporary
    assert not window.output.notice.isVisible()


def test_a_pdf_saved_into_a_read_only_folder_says_why(
    make_window, asker, qtbot, tmp_path, monkeypatch
):
    window = make_window()
    _create_case(window, asker, qtbot)
    target = tmp_path / "checklist.pdf"
    real_open = os.open

    def read_only(path, flags, *args):
        if flags & os.O_CREAT and str(path).startswith(str(tmp_path)):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(wizard.atomic.os, "open", read_only)
    asker.paths.append(target)
    window.export_checklist()
    (error,) = asker.errors
    assert "Read-only file system" in error
    assert "choose a folder you can write to" in error
    assert not target.exists()
