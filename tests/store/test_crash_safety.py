"""A writer killed at random moments loses nothing it acknowledged, and never leaves a
damaged database.

A writer process (crash_writer.py) makes numbered edits of every kind (ticks, form fields,
list entries, new and deleted cases, files in the vault) and prints "ack N" once edit N's
commit has returned. The test kills it with SIGKILL after a random delay, at least
MIN_KILLS times and over at least MIN_EDITS committed edits. After each kill the folder
must pass the integrity checks and hold exactly what the acknowledged edits made, plus at
most the one edit under way (committed, or not at all: never half). The next run continues
from there. Set CRASH_SEED to replay a run; the seed and every delay are printed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import pytest

from tests.store.crash_writer import CaseModel, Model, snapshot
from wizard.store import CaseStore, keys
from wizard.store.database import DB_NAME, open_database

PASSPHRASE = "crash-test-passphrase"
MIN_KILLS = 20
MIN_EDITS = 1000
MAX_ROUNDS = 80
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def cheap_key_file(data_dir: Path) -> bytes:
    """Rewrap the key with scrypt's lowest accepted cost (read back from the key file), so
    that each of the writer's many starts unlocks in milliseconds; returns the key."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    info = keys.read_keyinfo(data_dir)
    assert info is not None
    key = keys.unlock(info, PASSPHRASE)
    cheap = keys.KeyInfo(
        "passphrase", salt=os.urandom(16), nonce=os.urandom(12), n=keys.SCRYPT_N_RANGE[0]
    )
    wrapped = AESGCM(keys._derive(PASSPHRASE, cheap)).encrypt(cheap.nonce, key, keys.KEY_AAD)
    keys.write_keyinfo(data_dir, keys.KeyInfo(**{**asdict(cheap), "wrapped": wrapped}))
    return key


@dataclass
class Run:
    acked: list[int]
    killed: bool


def run_writer(data_dir: Path, start: int, delay: float, wait_for_ready: bool) -> Run:
    env = {**os.environ, keys.PASSPHRASE_ENV: PASSPHRASE, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.store.crash_writer", str(data_dir), str(start), "99999"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
        )
        assert proc.stdout is not None
        # One buffered reader for all of stdout (communicate() would skip what it holds).
        out = proc.stdout.readline() if wait_for_ready else b""
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        out += proc.stdout.read()
        proc.stdout.close()
        proc.wait(timeout=60)
        errors.seek(0)
        said = errors.read().decode(errors="replace")
    killed = proc.returncode == -signal.SIGKILL
    assert killed or proc.returncode == 0, said
    assert "Traceback" not in said, said
    # Only whole lines count: the kill may cut the last one short.
    lines = out.decode().split("\n")[:-1]
    assert lines[:1] in ([], ["ready"]), said
    acked = [int(line.split()[1]) for line in lines[1:]]
    assert acked == list(range(start, start + len(acked)))
    return Run(acked, killed)


def differences(held: dict[str, CaseModel], expected: dict[str, CaseModel]) -> str:
    """What differs, in a line: the cases missing or extra, and the parts of those that differ."""
    said = [f"missing case {name}" for name in expected.keys() - held.keys()]
    said += [f"extra case {name}" for name in held.keys() - expected.keys()]
    for name in held.keys() & expected.keys():
        for part in ("ticks", "fields", "entries", "files"):
            if getattr(held[name], part) != getattr(expected[name], part):
                said.append(f"{name}: {part} differ")
    return "; ".join(said)


def test_a_killed_writer_loses_nothing_it_acknowledged(tmp_path, no_keyring):
    seed = int(os.environ.get("CRASH_SEED", "20261128"))
    print(f"CRASH_SEED={seed}")
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    CaseStore.open(data_dir, passphrase=PASSPHRASE).close()
    key = cheap_key_file(data_dir)

    model = Model()  # the state after every edit known to be committed
    kills = 0
    for round_ in range(MAX_ROUNDS):
        if kills >= MIN_KILLS and model.done >= MIN_EDITS:
            break
        # Most kills land among the edits; some (counted from the start) in its start-up.
        early = rng.random() < 0.15
        delay = rng.uniform(0.0, 0.8) if early else rng.uniform(0.05, 0.6)
        print(f"round {round_}: from edit {model.done}, kill after {delay:.3f} s, early={early}")
        run = run_writer(data_dir, model.done, delay, wait_for_ready=not early)
        kills += run.killed

        acknowledged = model.copy()
        for i in run.acked:
            acknowledged.apply(acknowledged.edit(i))
        under_way = acknowledged.copy()
        under_way.apply(under_way.edit(under_way.done))

        store = CaseStore(open_database(data_dir / DB_NAME, key), data_dir, key)
        try:
            assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert store.check() == []
            held = snapshot(store)
        finally:
            store.close()
        if held == under_way.cases:
            print("  the edit under way was committed, not yet acknowledged")
            model = under_way
        else:
            assert held == acknowledged.cases, (
                f"round {round_}, after edit {acknowledged.done - 1}: "
                + differences(held, acknowledged.cases)
            )
            model = acknowledged
        print(f"  acknowledged {len(run.acked)}, committed up to edit {model.done - 1}")

    assert kills >= MIN_KILLS and model.done >= MIN_EDITS, (kills, model.done)
    # Every kind of edit was made, and the data is not trivially small.
    assert len(model.cases) >= 3
    assert any(case.files for case in model.cases.values())
    assert any(case.entries for case in model.cases.values())
