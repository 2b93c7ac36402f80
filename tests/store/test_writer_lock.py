"""One writer per data folder: a second window or a writing command is refused in one
sentence and touches nothing; reading commands still work; a killed holder frees it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from wizard.errors import UserError
from wizard.store import CaseStore
from wizard.store.database import DB_NAME
from wizard.store.folder import WINDOW, take_writer_lock


def test_the_lock_is_held_once(data_dir):
    first = take_writer_lock(data_dir, holder=WINDOW)
    with pytest.raises(UserError, match="open in another window"):
        take_writer_lock(data_dir, wait=30)  # nobody waits for a window
    first.release()
    command = take_writer_lock(data_dir)
    with pytest.raises(UserError, match="busy in another window or command"):
        take_writer_lock(data_dir, wait=0.2)  # a command is waited for, a little
    first = command
    first.release()
    with take_writer_lock(data_dir):
        pass
    assert (data_dir / ".writer.lock").stat().st_mode & 0o777 == 0o600


def test_writing_commands_wait_their_turn_reading_ones_do_not(cli, data_dir, tmp_path):
    assert cli("case", "new", "Anna")[0] == 0
    before = (data_dir / DB_NAME).read_bytes()
    with take_writer_lock(data_dir, holder=WINDOW):  # as a window open on the folder does
        status, out, err = cli("case", "new", "Ben")
        assert status == 1 and out == ""
        assert len(err.strip().splitlines()) == 1 and "open in another window" in err
        exported = tmp_path / "anna.json"
        assert cli("export", "1", "--json", exported)[0] == 0
        status, _, err = cli("case", "import", exported)
        assert status == 1 and "open in another window" in err
        for action in (("rename", "1", "Ann"), ("archive", "1"), ("delete", "1", "--yes")):
            status, _, err = cli("case", *action)
            assert status == 1 and "open in another window" in err, action
        listed = json.loads(cli("case", "list", "--json")[1])
        assert [(case["id"], case["name"], case["archived"]) for case in listed] == [
            (1, "Anna", False)
        ]
        assert cli("status", "Anna")[0] == 0
        assert cli("status")[0] == 0
        assert cli("check")[0] == 0
    assert (data_dir / DB_NAME).read_bytes() == before
    assert cli("case", "new", "Ben")[0] == 0


def test_a_killed_holder_leaves_no_stale_lock(data_dir):
    CaseStore.open(data_dir).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from wizard.store.folder import WINDOW, take_writer_lock\n"
            "lock = take_writer_lock(Path(sys.argv[1]), holder='window')\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(UserError, match="open in another window"):
        take_writer_lock(data_dir)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    with take_writer_lock(data_dir):
        pass
