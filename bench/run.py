"""Every benchmark in one command: a table of ratios against baselines run in the same command,
printed and written to docs/benchmarks.md with a description of the machine.

    .venv/bin/python bench/run.py            # the full run (about 3 minutes on 2 cores)
    .venv/bin/python bench/run.py --quick    # fewer rounds and files: to try it out

Each benchmark runs in its own process, one after the other, and writes its figures as
JSON; this command only puts them together. Figures depend on the machine and on what else
it is doing: run it on a machine that is otherwise idle. It is not a test and never fails
a build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DOC = ROOT / "docs" / "benchmarks.md"
GAPS = HERE / "gaps.md"  # why a goal is missed: kept here, added below every table


def _run(script: str, out: Path, *args: str) -> dict:
    print(f"running {script} {' '.join(args)}", file=sys.stderr, flush=True)
    subprocess.run(
        [sys.executable, str(HERE / script), "--json", str(out), *args],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(out.read_text())


def machine() -> list[tuple[str, str]]:
    import PySide6

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.1f} GB memory"
    except (OSError, ValueError, IndexError):
        pass
    return [
        ("date", dt.date.today().isoformat()),
        ("system", platform.platform()),
        ("processor", f"{cpu or platform.machine()}, {os.cpu_count()} CPUs{memory}"),
        ("Python / PySide6", f"{platform.python_version()} / {PySide6.__version__}"),
        ("Qt platform", "offscreen (software painting into memory)"),
        ("load", "load average {:.1f}, {:.1f}, {:.1f} at the end".format(*os.getloadavg())),
    ]


def _verdict(met: bool) -> str:
    return "met" if met else "**missed**"


def _phases(what: str, start: dict, phase: str) -> tuple[str, str, str, str]:
    """A part of the keyring start, beside the same part of the bare QWizard's start."""
    ours, bare = start["phases"]["keyring"][phase], start["phases"]["bare"][phase]
    return (what, f"{ours * 1000:.0f} ms", f"bare QWizard: {bare * 1000:.0f} ms", "")


def table(start: dict, keys: dict, pdf: dict, disc: dict) -> list[tuple[str, str, str, str]]:
    """(what, figure, ratio against its baseline, goal and verdict) rows."""
    ms = 1000.0
    bare = start["bare"]
    rows = [
        (
            "start to first page, keyring path",
            f"{start['keyring'] * ms:.0f} ms",
            f"{start['keyring'] / bare:.2f}x bare QWizard ({bare * ms:.0f} ms)",
            f"within 1.3x: {_verdict(start['keyring'] / bare <= 1.3)}",
        ),
        _phases("  of which the program's imports", start, "imports"),
        _phases("  of which opening the data and the window", start, "window"),
        _phases("  of which Python starting", start, "interpreter"),
        (
            "start to first page, passphrase path",
            f"{start['passphrase'] * ms:.0f} ms",
            f"{start['passphrase'] / bare:.2f}x bare QWizard",
            f"of which key derivation (scrypt) {start['key_derivation'] * ms:.0f} ms",
        ),
    ]
    for name, figure in (
        ("keystroke saved and shown", "keystroke"),
        ("page switch", "page_switch"),
    ):
        p50, p95 = keys[figure]["p50"], keys[figure]["p95"]
        base = keys["baseline"]
        rows.append(
            (
                f"{name} (p50 / p95)",
                f"{p50:.1f} / {p95:.1f} ms",
                f"{p50 / base['p50']:.0f}x / {p95 / base['p95']:.0f}x bare QLineEdit keystroke",
                f"p95 under 16 ms: {_verdict(p95 < 16)}",
            )
        )
    slowest = sorted(keys["page_switch_to"].items(), key=lambda item: -item[1])
    rows.append(
        (
            "  by page, p50 (the slowest first)",
            ", ".join(f"{key} {value:.0f}" for key, value in slowest[:4]) + " ms",
            f"the others {slowest[-1][1]:.0f} to {slowest[4][1]:.0f} ms",
            "",
        )
    )
    durable = keys["durable_write"]
    rows.append(
        (
            "  of which the durable write (p50 / p95)",
            f"{durable['p50']:.1f} / {durable['p95']:.1f} ms",
            "",
            f"p95 under 10 ms: {_verdict(durable['p95'] < 10)}",
        )
    )
    rows.append(
        (
            f"checklist PDF of a full case ({pdf['pages']} pages)",
            f"{pdf['checklist'] * ms:.0f} ms",
            f"{pdf['checklist'] / pdf['bare']:.2f}x bare reportlab, same pages",
            f"under 0.5 s: {_verdict(pdf['checklist'] < 0.5)}",
        )
    )
    speed = disc["bare"] / disc["cli"]
    rows += [
        (
            f"import of a {disc['files']}-file disc",
            f"{disc['cli']:.1f} s",
            f"{speed:.2f}x the speed of a bare pydicom header loop ({disc['bare']:.1f} s)",
            f"at least 0.5x: {_verdict(speed >= 0.5)}",
        ),
        (
            "  peak memory of the import",
            f"{disc['cli_peak_mb']:.0f} MB",
            "",
            f"under 300 MB: {_verdict(disc['cli_peak_mb'] < 300)}",
        ),
        (
            "  from the window: longest pause",
            f"{disc['longest_pause_ms']} ms",
            f"{disc['bare'] / disc['window']:.2f}x the bare loop's speed",
            f"under 50 ms: {_verdict(disc['longest_pause_ms'] < 50)}",
        ),
    ]
    for name, figure in (("start-up", "start"), ("caseload view", "caseload")):
        one, many = start[f"{figure}_1"], start[f"{figure}_500"]
        rows.append(
            (
                f"{name} with 500 cases",
                f"{many * ms:.0f} ms",
                f"{many / one:.2f}x with 1 case ({one * ms:.0f} ms)",
                f"within 1.2x: {_verdict(many / one <= 1.2)}",
            )
        )
    one, many = start["cases_1"], start["cases_500"]
    rows.append(
        (
            "  of which reading and weighing every case",
            f"{many * ms:.0f} ms",
            f"{one * ms:.0f} ms with 1 case",
            "",
        )
    )
    return rows


def markdown(
    about: list[tuple[str, str]], rows: list[tuple[str, str, str, str]], quick: bool
) -> str:
    command = "bench/run.py --quick" if quick else "bench/run.py"
    lines = [
        "# Benchmarks",
        "",
        f"Made with `.venv/bin/python {command}`, which wrote this file. Every figure is",
        "compared with a baseline run in the same command on the same machine; see",
        "[bench/README.md](../bench/README.md) for what each benchmark does.",
        "",
        "| | |",
        "|---|---|",
        *(f"| {name} | {value} |" for name, value in about),
        "",
        "| What | Figure | Against its baseline | Goal |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows),
        "",
        GAPS.read_text(encoding="utf-8"),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and files")
    parser.add_argument("--no-write", action="store_true", help="print only; keep the doc")
    args = parser.parse_args(argv)
    quick = args.quick
    with tempfile.TemporaryDirectory(prefix="second-opinion-benchmarks-") as tmp:
        out = Path(tmp)
        start = _run("startup.py", out / "start.json", "--rounds", "2" if quick else "7")
        keys = _run(
            "keystroke.py",
            out / "keys.json",
            *(["--keystrokes", "60", "--switches", "40"] if quick else []),
        )
        pdf = _run("checklist_pdf.py", out / "pdf.json", "--rounds", "2" if quick else "7")
        disc = _run(
            "import_disc.py",
            out / "disc.json",
            *(["--files", "300", "--rounds", "1"] if quick else []),
        )
    about = machine()
    rows = table(start, keys, pdf, disc)
    for name, value in about:
        print(f"{name:<18} {value}")
    print()
    width = max(len(row[0]) for row in rows)
    for name, figure, ratio, goal in rows:
        print(f"{name:<{width}}  {figure:>16}  {ratio:<58}  {goal.replace('**', '')}")
    if not args.no_write:
        DOC.write_text(markdown(about, rows, quick), encoding="utf-8")
        print(f"\nWritten: {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
