"""A case file from outside is checked strictly, read bounded, and never hangs the import."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAD = '{"format": "second-opinion-case", '


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (HEAD + '"version": 0, "case": {"name": "X"}}', "not a version number"),
        (HEAD + '"version": -3, "case": {"name": "X"}}', "not a version number"),
        (HEAD + '"version": ' + "9" * 5000 + ', "case": {"name": "X"}}', "not JSON"),
        (HEAD + '"version": 1, "case": {"name": "X", "created": "soon"}}', "created"),
        (HEAD + '"version": 1, "case": {"name": "X", "created": 5}}', "created"),
        (
            HEAD + '"version": 1, "case": {"name": "X", "created": "' + "2" * 10_000_000 + '"}}',
            "created",
        ),
        (
            HEAD + '"version": 1, "case": {"name": "X", "created": "1901-01-01T00:00:00"}}',
            "created",
        ),
        (
            HEAD + '"version": 1, "case": {"name": "X", '
            '"steps": {"need": {"done_by_own_word_on": "1900-01-01"}}}}',
            "not a date",
        ),
    ],
    ids=[
        "v0",
        "v-neg",
        "v-5000-digits",
        "created-word",
        "created-number",
        "created-10MB",
        "created-1901",
        "own-word-1900",
    ],
)
def test_bad_values_are_refused_with_one_sentence(cli, tmp_path, content, problem):
    bad = tmp_path / "bad.json"
    bad.write_text(content, "utf-8")
    status, _, err = cli("case", "import", bad)
    assert status == 1
    assert problem in err and "nothing was imported" in err
    assert len(err.strip().splitlines()) == 1
    assert cli("case", "list", "--json")[1].strip() == "[]"


def test_a_byte_order_mark_is_fine(cli, tmp_path):
    good = tmp_path / "bom.json"
    body = HEAD + '"version": 1, "case": {"name": "Mit BOM", "created": "2026-11-01T10:00:00"}}'
    good.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    status, out, err = cli("case", "import", good)
    assert status == 0, err
    assert "Mit BOM" in out


def test_a_lone_surrogate_in_a_name_is_taken_out(cli, tmp_path):
    odd = tmp_path / "odd.json"
    odd.write_text(HEAD + '"version": 1, "case": {"name": "Ana \\ud800Ruiz"}}', "utf-8")
    status, out, err = cli("case", "import", odd, "--json")
    assert status == 0, err
    assert json.loads(out)["name"] == "Ana Ruiz"
    only = tmp_path / "only.json"
    only.write_text(HEAD + '"version": 1, "case": {"name": "\\udc80"}}', "utf-8")
    status, _, err = cli("case", "import", only)
    assert status == 1 and "type a name" in err


def test_a_file_that_is_far_too_large_is_not_read_whole(cli, tmp_path):
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    status, _, err = cli("case", "import", huge)
    assert status == 1 and "far too large" in err


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_a_device_a_pipe_or_a_folder_is_not_a_case_file(cli, tmp_path, kind):
    if kind == "device":
        target = "/dev/zero"
    elif kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    else:
        target = tmp_path
    status, _, err = cli("case", "import", target)
    assert status == 1
    assert "not a regular file" in err or "cannot be read" in err


def test_command_line_bytes_that_are_not_utf8_give_no_traceback(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"SECOND_OPINION_PASSPHRASE": "correct horse battery"})
    base = [sys.executable, "-m", "wizard", "--data-dir", str(tmp_path / "data")]
    made = subprocess.run([*base, "case", "new", b"Ana\xff\xfe"], capture_output=True, env=env)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == b"Case 1: Ana"
    out = os.fsencode(tmp_path) + b"/plan\xff.pdf"
    written = subprocess.run([*base, "export", "1", "--pdf", out], capture_output=True, env=env)
    assert written.returncode == 0, written.stderr
    assert b"Traceback" not in written.stderr
    assert os.path.exists(out)
    nothing = subprocess.run([*base, "case", "new", b"\xff"], capture_output=True, env=env)
    assert nothing.returncode == 1 and b"Traceback" not in nothing.stderr
    assert len(nothing.stderr.strip().splitlines()) == 1
