"""How long one keystroke in a form takes to be saved durably and shown; how long a page switch.

SPEC: "Switching pages and editing: under 16 ms; an edit durable on disk within 10 ms (p95)".
This is a benchmark, not a test: it reports figures for this machine and never fails a build.

It builds a throwaway data folder (a passphrase, so no keyring is touched), fills every
form of the nine steps (``bench/sample_case.py``), opens the real main window offscreen and
types into step 1's "Illness or diagnosis" field with QTest. Each keystroke is timed from
just before the key event until QApplication.processEvents() has returned: by then the
value has been committed through the store (WAL, synchronous=FULL, so it is on disk) and
the window has been refreshed and painted. The same is done for a bare QLineEdit in a plain
window, as a baseline for this machine's Qt.

Run:  .venv/bin/python bench/keystroke.py [--keystrokes 300] [--switches 200] [--dir PATH]
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import argparse  # noqa: E402
import contextlib  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for sample_case
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))  # wizard, when not installed

import PySide6  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)
from sample_case import NAME, fill, fill_large  # noqa: E402

from wizard.i18n import AppTranslators  # noqa: E402
from wizard.plan.steps import PAGES  # noqa: E402
from wizard.store import CaseStore  # noqa: E402
from wizard.store.preferences import Preferences  # noqa: E402
from wizard.ui.look import install_look  # noqa: E402
from wizard.ui.main_window import MainWindow  # noqa: E402

PASSPHRASE = "benchmark passphrase, not secret"
PAGE_COUNT = len(PAGES)
EDIT_GOAL_MS = 16.0  # a keystroke saved and shown, and a page switch (p95)
DURABLE_GOAL_MS = 10.0  # the store's durable write alone (p95)
WARM_UP = 20
# What is typed: letters and spaces, as in a diagnosis.
TYPED = "mild aortic regurgitation and left ventricular hypertrophy "


def percentile(samples: list[float], p: int) -> float:
    """The p-th percentile (1..99), interpolated between the two nearest samples."""
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[p - 1]


def type_keys(app: QApplication, line: QLineEdit, count: int) -> list[float]:
    """``count`` keystrokes into ``line``, each timed until the event queue is empty (ms)."""
    line.setFocus()
    line.end(False)
    app.processEvents()
    times = []
    for i in range(count):
        char = TYPED[i % len(TYPED)]
        start = time.perf_counter_ns()
        QTest.keyClick(line, char)
        app.processEvents()
        times.append((time.perf_counter_ns() - start) / 1e6)
    return times


@contextlib.contextmanager
def stopwatch(owner: object, name: str, into: list[float]) -> Iterator[None]:
    """While inside, every call of ``owner.name`` also appends its duration (ms) to ``into``."""
    original = getattr(owner, name)

    def timed(*args: object, **kwargs: object) -> object:
        start = time.perf_counter_ns()
        try:
            return original(*args, **kwargs)
        finally:
            into.append((time.perf_counter_ns() - start) / 1e6)

    setattr(owner, name, timed)
    try:
        yield
    finally:
        delattr(owner, name)  # the class's method again


def switches_to(times: list[float]) -> dict[str, list[float]]:
    """The page switches' times by the page switched to (the i-th goes to page i + 1)."""
    by_page: dict[str, list[float]] = {key: [] for key in PAGES}
    for index, took in enumerate(times):
        by_page[PAGES[(index + 1) % PAGE_COUNT]].append(took)
    return {key: found for key, found in by_page.items() if found}


def timed_calls(app: QApplication, calls: list[Callable[[], object]]) -> list[float]:
    times = []
    for call in calls:
        start = time.perf_counter_ns()
        call()
        app.processEvents()
        times.append((time.perf_counter_ns() - start) / 1e6)
    return times


def quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, without the offscreen plugin's notes on what it cannot do."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def baseline(app: QApplication, count: int) -> list[float]:
    """A bare QLineEdit in a plain window: what any keystroke costs in this Qt, here."""
    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    line = QLineEdit()
    layout.addWidget(line)
    layout.addStretch(1)
    window.setCentralWidget(central)
    window.resize(1100, 800)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    type_keys(app, line, WARM_UP)
    times = type_keys(app, line, count)
    window.close()
    return times


def file_system(folder: Path) -> str:
    """The file system type under ``folder`` (Linux), else an empty string."""
    best, kind = "", ""
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) >= 3:
                    point = parts[1].replace("\\040", " ")
                    inside = str(folder).startswith(point.rstrip("/") + "/") or point == "/"
                    if inside and len(point) > len(best):
                        best, kind = point, parts[2]
    except OSError:
        pass
    return kind


def machine(folder: Path) -> list[tuple[str, str]]:
    fs = file_system(folder)
    return [
        ("platform", platform.platform()),
        ("machine", f"{platform.machine()}, {os.cpu_count()} CPUs"),
        ("Python", platform.python_version()),
        ("PySide6 / Qt", f"{PySide6.__version__} / {qVersion()}"),
        ("Qt platform", os.environ.get("QT_QPA_PLATFORM", "")),
        ("data folder", f"{folder}" + (f" ({fs})" if fs else "")),
    ]


def row(name: str, times: list[float], base: list[float] | None, goal: float | None) -> str:
    p50, p95, worst = percentile(times, 50), percentile(times, 95), max(times)
    ratio = ""
    if base is not None:
        ratio = f"{p50 / percentile(base, 50):6.1f}x {p95 / percentile(base, 95):6.1f}x"
    verdict = ""
    if goal is not None:
        verdict = f"{'met' if p95 < goal else 'MISSED'} (p95 < {goal:g} ms)"
    line = f"{name:<34} {len(times):>5} {p50:8.2f} {p95:8.2f} {worst:8.2f}  {ratio:<15} {verdict}"
    return line.rstrip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keystrokes", type=int, default=300, help="keystrokes to time")
    parser.add_argument("--switches", type=int, default=200, help="page switches to time")
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="make the throwaway data folder in this folder (default: the system's temp "
        "folder); choose one on the disk your real data lives on",
    )
    parser.add_argument("--questions", type=int, default=200, help="questions in step 6")
    parser.add_argument("--records", type=int, default=2000, help="files in the vault")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    if args.keystrokes < 1 or args.switches < 2:
        parser.error("need at least 1 keystroke and 2 page switches")

    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    install_look(app)
    parent = tempfile.mkdtemp(prefix="second-opinion-bench-", dir=args.dir)
    folder = Path(parent) / "data"
    try:
        with CaseStore.open(folder, passphrase=PASSPHRASE) as store:
            case_id = store.create_case(NAME).id
            assert case_id is not None
            fill(store, case_id)
            fill_large(store, case_id, args.questions, args.records)

            translators = AppTranslators(app)
            translators.switch("en")
            window = MainWindow(store, translators, Preferences(folder))
            window.show()
            window.activateWindow()
            QTest.qWaitForWindowExposed(window)
            window.go_to("need")
            app.processEvents()
            form = window.pages["need"].form
            assert form is not None
            line = form.texts["condition"]
            before = line.text()

            # Inside each keystroke, the store's durable write and the window's refresh
            # (verdicts, step list, every page) are timed too: the same calls, none extra.
            writes: list[float] = []
            refreshes: list[float] = []
            with stopwatch(store, "set_field", writes), stopwatch(window, "_refresh", refreshes):
                type_keys(app, line, WARM_UP)
                writes.clear()
                refreshes.clear()
                keys = type_keys(app, line, args.keystrokes)
            typed = line.text()
            assert len(typed) == len(before) + WARM_UP + args.keystrokes, "keystrokes were lost"
            assert len(writes) == args.keystrokes, "not every keystroke was saved"
            rest = [k - w - r for k, w, r in zip(keys, writes, refreshes, strict=True)]

            # Page switches through every page in turn (the overview, steps 1 to 9), as
            # clicks in the step list do; each one also saves the page the user is on (the
            # store's set_current_page).
            switches = [
                (lambda key=PAGES[(i + 1) % PAGE_COUNT]: window.go_to(key))
                for i in range(args.switches)
            ]
            page_writes: list[float] = []
            with stopwatch(store, "set_current_page", page_writes):
                timed_calls(app, switches[:WARM_UP])
                page_writes.clear()
                pages = timed_calls(app, switches)
            assert len(page_writes) == len(pages), "not every page switch was saved"
            page_rest = [t - w for t, w in zip(pages, page_writes, strict=True)]
            window.close()

        # What was typed is in the database, read by a new connection.
        with CaseStore.open(folder, passphrase=PASSPHRASE, create=False) as again:
            assert again.load(case_id).value("need", "condition") == typed

        base = baseline(app, args.keystrokes)
        if args.json is not None:
            figures = {
                "keystroke": keys,
                "durable_write": writes,
                "page_switch": pages,
                "baseline": base,
            }
            summary: dict[str, object] = {
                name: {"p50": percentile(t, 50), "p95": percentile(t, 95), "n": len(t)}
                for name, t in figures.items()
            }
            summary["page_switch_to"] = {
                key: percentile(times, 50) for key, times in switches_to(pages).items()
            }
            args.json.write_text(json.dumps(summary))
        print(
            "Second Opinion Planner: keystroke benchmark (every form filled, "
            f"{args.questions} questions, {args.records} records)"
        )
        for name, value in machine(folder):
            print(f"  {name:<12} {value}")
        print()
        print(
            f"{'':<34} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  "
            f"{'vs bare p50/p95':<15} goal"
        )
        print(row("keystroke: saved and shown", keys, base, EDIT_GOAL_MS))
        print(row("  of which the durable write", writes, None, DURABLE_GOAL_MS))
        print(row("  of which the window's refresh", refreshes, None, None))
        print(row("  the rest (key event, paint)", rest, None, None))
        print(row("page switch (every page in turn)", pages, base, EDIT_GOAL_MS))
        print(row("  of which the durable write", page_writes, None, DURABLE_GOAL_MS))
        print(row("  the rest (show the page, paint)", page_rest, None, None))
        for key, times in switches_to(pages).items():
            print(row(f"  to {key}", times, None, None))
        print(row("baseline: bare QLineEdit keystroke", base, None, None))
        return 0
    finally:
        shutil.rmtree(parent, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
