"""sqlite-utils loads without numpy (wizard/store/sqlite_lean.py): the window and every
command start without it, and the records code still gets it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

WIZARD = Path(__file__).resolve().parents[2] / "wizard"


def test_the_store_loads_without_numpy_and_numpy_still_loads_after():
    code = (
        "import sys\n"
        "from wizard.store.cases import CaseStore\n"
        "from wizard.store.database import open_database\n"
        "print('numpy' in sys.modules, 'sqlite_utils' in sys.modules)\n"
        "import numpy\n"
        "print(numpy.zeros(2).sum() == 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "True"]


def test_no_module_imports_sqlite_utils_but_through_sqlite_lean():
    # At the top of a module (those under "if TYPE_CHECKING:" are indented, never run).
    direct = re.compile(r"^(import sqlite_utils|from sqlite_utils[ .])", re.MULTILINE)
    found = [
        str(path.relative_to(WIZARD))
        for path in WIZARD.rglob("*.py")
        if path.name != "sqlite_lean.py" and direct.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
