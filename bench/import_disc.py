"""Importing a disc of DICOM files, against a bare pydicom header-reading loop.

SPEC section 13: "DICOM import: at least half the speed of a bare pydicom header-reading loop
over the same files, with vault copy and database writes included; the UI keeps answering
during import. Memory: under 300 MB peak while importing a 2 GB disc."
This is a benchmark, not a test: it reports figures for this machine and never fails a build.

It makes a disc of N extension-less DICOM files from pydicom's bundled test files (each copy
given its own instance UID, so none is a duplicate of another), plus, with --large, a few big
multi-frame files. Then, in this one process:
  1. the baseline: pydicom.dcmread(path, stop_before_pixels=True) over every file;
  2. the import the command line runs (records import), into a fresh data folder;
  3. the same import from the window: the ImportDialog on its worker thread, while a 5 ms
     timer on the window's thread records the longest pause of the event loop.
Peak memory is the importing process's peak resident size (VmHWM), measured in a child
process per run; the helper processes' own memory is bounded apart (1.5 GB each).

Run:  .venv/bin/python bench/import_disc.py [--files 2000] [--large 0] [--large-mb 200]
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import argparse  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # wizard, when not installed

PASSPHRASE = "bench passphrase 1234"
ROUNDS = 3


def make_disc(folder: Path, count: int, large: int, large_mb: int) -> list[Path]:
    """Write ``count`` distinct DICOM files (and ``large`` big ones) into ``folder``."""
    import numpy as np
    import pydicom
    from pydicom.data import get_testdata_files
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid

    sources = []
    for name in get_testdata_files():
        path = Path(name)
        if path.stat().st_size > 2_000_000 or "DICOMDIR" in path.name:
            continue
        try:
            ds = pydicom.dcmread(path, force=False)
            if "SOPInstanceUID" in ds and "StudyInstanceUID" in ds and "PixelData" in ds:
                ds.save_as(io.BytesIO(), enforce_file_format=False)  # some cannot be written
                sources.append(ds)
        except Exception:  # noqa: BLE001, S112 - bundled oddities are simply left out
            continue
    folder.mkdir(parents=True)
    written = []
    for number in range(count):
        ds = sources[number % len(sources)]
        ds.SOPInstanceUID = generate_uid()
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.InstanceNumber = number
        path = folder / f"IM{number:06d}"
        ds.save_as(path, enforce_file_format=False)
        written.append(path)
    for number in range(large):
        big = pydicom.Dataset()
        big.file_meta = pydicom.dataset.FileMetaDataset()
        big.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        big.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
        big.SOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
        big.SOPInstanceUID = generate_uid()
        big.file_meta.MediaStorageSOPInstanceUID = big.SOPInstanceUID
        big.StudyInstanceUID, big.SeriesInstanceUID = generate_uid(), generate_uid()
        big.Modality, big.StudyDate = "CT", "20260301"
        frames = max(1, large_mb * 1024 * 1024 // (512 * 512 * 2))
        big.Rows, big.Columns, big.NumberOfFrames = 512, 512, frames
        big.SamplesPerPixel, big.PhotometricInterpretation = 1, "MONOCHROME2"
        big.BitsAllocated, big.BitsStored, big.HighBit, big.PixelRepresentation = 16, 12, 11, 0
        frame = (np.arange(512 * 512, dtype=np.uint16) % 4096).tobytes()
        big.PixelData = frame * frames
        path = folder / f"BIG{number:03d}"
        big.save_as(path, enforce_file_format=True)
        written.append(path)
        del big
    return written


def baseline(files: list[Path]) -> float:
    import pydicom

    start = time.perf_counter()
    for path in files:
        pydicom.dcmread(path, stop_before_pixels=True)
    return time.perf_counter() - start


def run_import(disc: Path, data: Path) -> dict:
    from wizard.records.importer import import_records
    from wizard.store import CaseStore

    with CaseStore.open(data, PASSPHRASE) as store:
        case = store.create_case("Bench")
        start = time.perf_counter()
        report = import_records(store, case.id, [disc])
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "imported": len(report.imported), "passed": len(report.passed)}


def run_window_import(disc: Path, data: Path) -> dict:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from wizard.store import CaseStore
    from wizard.ui.records_panel import ImportDialog

    _app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive
    with CaseStore.open(data, PASSPHRASE) as store:
        case = store.create_case("Bench")
        window = QMainWindow()
        window.show()
        clock = QElapsedTimer()
        clock.start()
        gaps: list[int] = []
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        timer.start()
        start = time.perf_counter()
        dialog = ImportDialog(store, case.id, [disc], window)
        dialog.show()
        loop = QEventLoop()  # the window waits as it does in the app: in its event loop
        dialog.job.done.connect(loop.quit)
        dialog.job.failed.connect(loop.quit)
        if not dialog.finished_work:
            loop.exec()
        seconds = time.perf_counter() - start
        timer.stop()
        dialog.close()
        window.close()
    return {"seconds": seconds, "longest_pause_ms": max(gaps) if gaps else 0}


def peak_mb() -> float:
    """This process's peak resident memory. On Linux from /proc (VmHWM): ru_maxrss would
    count the bench's own memory too, which a child started by fork and exec inherits."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, disc: Path, data: Path) -> dict:
    """One run in a fresh process, so that its peak memory is its own."""
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[4]); "
        "sys.path.insert(0, sys.argv[5]); import import_disc as b; "
        "from pathlib import Path; "
        "r = getattr(b, sys.argv[1])(Path(sys.argv[2]), Path(sys.argv[3])); "
        "r['peak_mb'] = b.peak_mb(); "
        "print(json.dumps(r))"
    )
    here = Path(__file__).resolve().parent
    result = subprocess.run(
        [sys.executable, "-c", code, kind, str(disc), str(data), str(here), str(here.parent)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--large", type=int, default=0, help="big multi-frame files to add")
    parser.add_argument("--large-mb", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="runs of each (best kept)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    rounds = args.rounds
    with tempfile.TemporaryDirectory(prefix="second-opinion-bench-") as tmp:
        root = Path(tmp)
        files = make_disc(root / "disc", args.files, args.large, args.large_mb)
        size_mb = sum(p.stat().st_size for p in files) / 1024 / 1024
        baseline(files[:50])  # warm the file cache and pydicom's imports, as the runs get
        # This machine's speed wanders by half from one minute to the next: each figure is
        # the best of ROUNDS runs, the baseline's runs taken between the imports'.
        bares, clis, windows = [], [], []
        for round_number in range(rounds):
            bares.append(baseline(files))
            clis.append(child("run_import", root / "disc", root / f"data-cli-{round_number}"))
            bares.append(baseline(files))
            windows.append(
                child("run_window_import", root / "disc", root / f"data-window-{round_number}")
            )
        bare = min(bares)
        cli = min(clis, key=lambda run: run["seconds"])
        cli["peak_mb"] = max(run["peak_mb"] for run in clis)
        window = min(windows, key=lambda run: run["seconds"])
        window["peak_mb"] = max(run["peak_mb"] for run in windows)
        window["longest_pause_ms"] = max(run["longest_pause_ms"] for run in windows)
    if args.json is not None:
        args.json.write_text(
            json.dumps(
                {
                    "files": len(files),
                    "megabytes": size_mb,
                    "bare": bare,
                    "cli": cli["seconds"],
                    "cli_peak_mb": cli["peak_mb"],
                    "window": window["seconds"],
                    "window_peak_mb": window["peak_mb"],
                    "longest_pause_ms": window["longest_pause_ms"],
                    "rounds": rounds,
                }
            )
        )
    rows = [
        (
            "machine",
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        ),
        ("disc", f"{len(files)} files, {size_mb:.0f} MB; best of {rounds} runs each"),
        ("bare pydicom header loop", f"{bare:.2f} s ({len(files) / bare:.0f} files/s)"),
        (
            "records import (command line)",
            f"{cli['seconds']:.2f} s, imported {cli['imported']}, passed {cli['passed']}",
        ),
        ("speed ratio import / bare (goal >= 0.5)", f"{bare / cli['seconds']:.2f}"),
        ("peak memory, command line import (goal < 300 MB)", f"{cli['peak_mb']:.0f} MB"),
        ("import from the window", f"{window['seconds']:.2f} s"),
        ("speed ratio window import / bare", f"{bare / window['seconds']:.2f}"),
        (
            "longest event-loop pause during the imports (goal < 50 ms)",
            f"{window['longest_pause_ms']} ms",
        ),
        ("peak memory, window import", f"{window['peak_mb']:.0f} MB"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
