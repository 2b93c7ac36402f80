"""Build the one-folder app with PyInstaller and try it as a patient would: part of
`bash tools/dev test` (so of CI), after the test suite.

    .venv/bin/python tools/app_check.py [--keep DIR]

It builds `build.spec` into a temporary folder, then runs the built program (not Python):
`--version`, `case new`, `export --lang de` (the PDF must be German), `records import` of
scans in five encodings (each series must get its picture), and `screenshots`, which opens
the window offscreen on every page. It prints the folder's size and fails when the folder
is 200 MB or more, or when the build, a command or a check fails. The folder is removed
unless --keep is given.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard import APP_ID, __version__  # noqa: E402

LIMIT = 200_000_000  # bytes: issue 11's "under 200 MB"
# pydicom's test files, each its own series: lossless JPEG (gdcm), JPEG-LS (gdcm in the
# app), JPEG 2000 and baseline JPEG (Pillow), and uncompressed.
SCANS = (
    "SC_rgb_jpeg_gdcm.dcm",
    "MR_small_jpeg_ls_lossless.dcm",
    "JPEG2000.dcm",
    "SC_jpeg_no_color_transform.dcm",
    "CT_small.dcm",
)


def folder_size(folder: Path) -> int:
    """Bytes in the folder, each file once (the links PyInstaller makes are not counted)."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


def run(command: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"app check: {' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, default=None, help="build into this folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="second-opinion-app-"))
    dist = args.keep or work / "dist"
    try:
        env = {
            **os.environ,
            "HOME": str(work / "home"),
            "PYINSTALLER_CONFIG_DIR": str(work / "pyinstaller"),
        }
        print("app check: building the app (about a minute)...", flush=True)
        run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(dist),
                "--workpath",
                str(work / "build"),
                str(ROOT / "build.spec"),
            ],
            env,
        )
        app = dist / APP_ID
        program = app / (APP_ID + (".exe" if sys.platform == "win32" else ""))
        size = folder_size(app)
        print(f"app check: {app} is {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)")
        if size >= LIMIT:
            raise SystemExit(f"app check: the folder is not under {LIMIT / 1e6:.0f} MB")
        env = {
            **env,
            "SECOND_OPINION_PASSPHRASE": "app check passphrase",
            "QT_QPA_PLATFORM": "offscreen",
        }
        for name in ("PYTHONPATH", "VIRTUAL_ENV"):
            env.pop(name, None)
        data = work / "data"
        assert __version__ in run([str(program), "--version"], env)
        run([str(program), "--data-dir", str(data), "case", "new", "Ada Lovelace"], env)
        pdf = work / "checklist.pdf"
        run(
            [
                str(program),
                "--data-dir",
                str(data),
                "export",
                "1",
                "--lang",
                "de",
                "--pdf",
                str(pdf),
            ],
            env,
        )
        from pypdf import PdfReader

        text = PdfReader(pdf).pages[0].extract_text()
        if "Checkliste für die Zweitmeinung" not in text or "Ada Lovelace" not in text:
            raise SystemExit(f"app check: the checklist is not German: {text[:200]!r}")
        # Scans in the encodings hospital discs use, decoded by the app's own libraries
        # (gdcm, Pillow, numpy) into the small picture of each series.
        from pydicom.data import get_testdata_file

        scans = work / "scans"
        scans.mkdir()
        for name in SCANS:
            shutil.copy(get_testdata_file(name, download=False), scans / name)
        run([str(program), "--data-dir", str(data), "records", "import", "1", str(scans)], env)
        listed = json.loads(
            run([str(program), "--data-dir", str(data), "--json", "records", "list", "1"], env)
        )
        series = [s for study in listed["studies"] for s in study["series"]]
        if len(series) != len(SCANS) or not all(s["picture"] for s in series):
            raise SystemExit(f"app check: not every scan has its picture: {series}")
        shots = work / "shots"
        run([str(program), "--data-dir", str(data), "screenshots", str(shots), "--case", "1"], env)
        pages = sorted(path.name for path in shots.glob("*.png"))
        if len(pages) != 10:
            raise SystemExit(f"app check: the window showed {len(pages)} pages, not 10: {pages}")
        print(
            "app check: the built app made a case, a German checklist, the pictures of "
            f"{len(SCANS)} scans and the ten pages"
        )
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
