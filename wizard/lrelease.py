"""Compiling Qt Linguist ``.ts`` files to ``.qm`` with the lrelease that PySide6 ships.

Standard library only: the package build (setup.py) loads this file before any of the
program's dependencies but PySide6 are installed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Runs PySide6's own wrapper, which finds its lrelease binary wherever the wheel put it.
_LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def compile_ts(ts_file: Path, qm_file: Path) -> None:
    """Write ``qm_file`` from ``ts_file``, leaving out unfinished entries.

    Raises ``subprocess.CalledProcessError`` (or ``OSError``) when lrelease fails.
    """
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-c", _LRELEASE, "-nounfinished", "-silent"]
    command += [str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=True)
