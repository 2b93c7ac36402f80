"""Atomic writes: no half file, no leftover temporary file, any legal name."""

from __future__ import annotations

import os
import time

import pytest

from wizard.atomic import (
    STALE_AFTER_S,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    FileTooLarge,
    NotARegularFile,
    read_regular_file,
    write_atomic,
    write_atomic_with,
)


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX))


def test_a_name_at_the_length_limit_is_written(tmp_path):
    name = "a" * 251 + ".pdf"  # 255 bytes: the longest name most file systems allow
    write_atomic(tmp_path / name, b"content")
    assert (tmp_path / name).read_bytes() == b"content"
    assert leftovers(tmp_path) == []


def test_an_interrupted_write_leaves_no_temporary_file_and_the_old_file(tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def interrupted(tmp):
        tmp.write_bytes(b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic_with(target, interrupted)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_stale_temporary_files_of_a_killed_process_are_removed(tmp_path):
    stale = tmp_path / f"{TEMP_PREFIX}0123456789ab{TEMP_SUFFIX}"
    fresh = tmp_path / f"{TEMP_PREFIX}ba9876543210{TEMP_SUFFIX}"
    foreign = tmp_path / f".other-program{TEMP_SUFFIX}"
    for path in (stale, fresh, foreign):
        path.write_bytes(b"x")
    old = time.time() - STALE_AFTER_S - 60
    os.utime(stale, (old, old))
    os.utime(foreign, (old, old))
    write_atomic(tmp_path / "case.json", b"{}")
    assert not stale.exists()
    assert fresh.exists(), "another process may still be writing it"
    assert foreign.exists(), "not ours"


def test_written_files_are_private(tmp_path):
    write_atomic(tmp_path / "out.json", b"{}")
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o600


def test_reading_is_bounded_and_only_from_regular_files(tmp_path):
    small = tmp_path / "small"
    small.write_bytes(b"12345")
    assert read_regular_file(small, 5) == b"12345"
    with pytest.raises(FileTooLarge):
        read_regular_file(small, 4)
    with pytest.raises(NotARegularFile):
        read_regular_file(tmp_path, 100)
    with pytest.raises(NotARegularFile):
        read_regular_file("/dev/zero", 100)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(NotARegularFile):
        read_regular_file(pipe, 100)  # no writer: must not block
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "missing", 100)


def test_a_polite_kill_during_a_command_leaves_no_half_file(tmp_path, monkeypatch, capsys):
    import signal

    from wizard import cli

    target = tmp_path / "plan.pdf"

    def killed_half_way(tmp):
        tmp.write_bytes(b"half a PDF")
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the signal arrives long before this ends

    def export(args):
        write_atomic_with(target, killed_half_way)

    monkeypatch.setitem(cli.COMMANDS, "export", export)
    before = signal.getsignal(signal.SIGTERM)
    status = cli.run(["--data-dir", str(tmp_path / "data"), "export", "1", "--pdf", str(target)])
    assert status == 1
    assert "Stopped" in capsys.readouterr().err
    assert not target.exists()
    assert leftovers(tmp_path) == []
    assert signal.getsignal(signal.SIGTERM) == before
