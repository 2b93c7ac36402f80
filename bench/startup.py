"""Start to first page shown, against a bare PySide6 QWizard started the same way; and the
start and the caseload view with 500 cases against 1.

SPEC section 13: "Start to first page shown: within 1.3x of a bare PySide6 window with one
QWizard started the same way." Issue 11 adds: the keyring and passphrase paths separately,
and start-up and the caseload view with 500 cases within 1.2x of 1 case.

Each start is a new Python process (bench/startup_child.py), timed from just before it is
started until it prints that its first page is shown (its event loop has run once with the
window visible). The starts of each kind take turns, after one untimed start each (which
also makes the day's first backup, as the first start of a day does); the median is kept.
The keyring is a file in the throwaway folder (bench/file_keyring.py): a headless machine
has no desktop keyring, and a real one adds its own round trip over D-Bus.

Run:  .venv/bin/python bench/startup.py [--rounds 7] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

PASSPHRASE = "benchmark passphrase, not secret"
CHILD = str(HERE / "startup_child.py")


def _env(**extra: str) -> dict[str, str]:
    # Cached bytecode, as an installed program has it (pip compiles it at install time):
    # without it every start compiles the program's modules again, about 0.3 s here.
    dropped = ("SECOND_OPINION_PASSPHRASE", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.update(extra)
    return env


def start_once(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """One start: seconds to the first page (and to the caseload view, when asked)."""
    begin = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, CHILD, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    figures: dict[str, float] = {}
    for line in child.stdout:
        if line.strip() == "shown":
            figures["shown"] = time.perf_counter() - begin
        elif line.split(" ", 1)[0] in ("caseload", "cases", "imports", "inside"):
            name, value = line.split()
            figures[name] = float(value)
    child.wait(timeout=120)
    if "shown" not in figures:
        raise RuntimeError(f"the start {args} never showed its first page")
    return figures


def make_folder(parent: Path, name: str, cases: int, env: dict[str, str]) -> Path:
    """A data folder with ``cases`` cases, the first with every form filled."""
    folder = parent / name
    code = (
        "import sys, os\n"
        "from pathlib import Path\n"
        "if os.environ.get('BENCH_KEYRING_FILE'):\n"
        "    import keyring\n"
        "    from file_keyring import FileKeyring\n"
        "    keyring.set_keyring(FileKeyring())\n"
        "from sample_case import NAME, fill\n"
        "from wizard.store import CaseStore\n"
        "with CaseStore.open(Path(sys.argv[1])) as store:\n"
        "    first = store.create_case(NAME).id\n"
        "    fill(store, first)\n"
        "    for n in range(1, int(sys.argv[2])):\n"
        "        store.create_case(f'Patient {n:03d}')\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(folder), str(cases)],
        env={**env, "PYTHONPATH": os.pathsep.join([str(HERE), env["PYTHONPATH"]])},
        check=True,
    )
    return folder


def key_derivation_seconds() -> float:
    """What unwrapping the key with a passphrase costs (scrypt), in this process."""
    from wizard.store.keys import unwrap_with_passphrase, wrap_with_passphrase

    info = wrap_with_passphrase(os.urandom(32), PASSPHRASE)
    begin = time.perf_counter()
    unwrap_with_passphrase(info, PASSPHRASE)
    return time.perf_counter() - begin


def measure(rounds: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="second-opinion-startup-") as tmp:
        parent = Path(tmp)
        keyring_env = _env(BENCH_KEYRING_FILE=str(parent / "keyring.json"))
        passphrase_env = _env(SECOND_OPINION_PASSPHRASE=PASSPHRASE)
        one = make_folder(parent, "one", 1, keyring_env)
        many = make_folder(parent, "many", 500, keyring_env)
        locked = make_folder(parent, "passphrase", 1, passphrase_env)
        kinds = {
            "bare": (["bare"], _env()),
            "keyring": (["app", str(one)], keyring_env),
            "passphrase": (["app", str(locked)], passphrase_env),
            "caseload_1": (["caseload", str(one)], keyring_env),
            "caseload_500": (["caseload", str(many)], keyring_env),
        }
        runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
        for args, env in kinds.values():
            start_once(args, env)  # untimed: warms the disk cache, makes the day's backup
        for _ in range(rounds):
            for kind, (args, env) in kinds.items():
                runs[kind].append(start_once(args, env))

    def median(kind: str, figure: str = "shown") -> float:
        return statistics.median(run[figure] for run in runs[kind])

    return {
        "bare": median("bare"),
        "keyring": median("keyring"),
        "passphrase": median("passphrase"),
        "start_1": median("caseload_1"),
        "start_500": median("caseload_500"),
        "caseload_1": median("caseload_1", "caseload"),
        "caseload_500": median("caseload_500", "caseload"),
        "cases_1": median("caseload_1", "cases"),
        "cases_500": median("caseload_500", "cases"),
        "key_derivation": key_derivation_seconds(),
        # Where a keyring start's time goes (medians): the interpreter starting, the imports,
        # and opening the data and showing the window; the same for the bare QWizard.
        "phases": {
            kind: {
                "interpreter": median(kind) - median(kind, "inside"),
                "imports": median(kind, "imports"),
                "window": median(kind, "inside") - median(kind, "imports"),
            }
            for kind in ("bare", "keyring")
        },
        "rounds": rounds,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="timed starts of each kind")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    figures = measure(args.rounds)
    if args.json is not None:
        args.json.write_text(json.dumps(figures))
    bare = figures["bare"]
    print(f"start, bare QWizard          {bare * 1000:8.0f} ms")
    for kind in ("keyring", "passphrase"):
        value = figures[kind]
        print(f"start, {kind:<22}{value * 1000:8.0f} ms  {value / bare:5.2f}x")
    print(f"  key derivation (scrypt)    {figures['key_derivation'] * 1000:8.0f} ms")
    for kind, phases in figures["phases"].items():
        parts = ", ".join(f"{name} {value * 1000:.0f} ms" for name, value in phases.items())
        print(f"  {kind}: {parts}")
    for kind in ("start", "caseload"):
        one, many = figures[f"{kind}_1"], figures[f"{kind}_500"]
        print(f"{kind}, 500 cases vs 1     {many * 1000:8.0f} ms  {many / one:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
