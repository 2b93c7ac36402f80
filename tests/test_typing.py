"""The core layers are fully typed; mypy checks them."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_layers_pass_mypy():
    targets = [
        "wizard/plan",
        "wizard/store",
        "wizard/export",
        "wizard/atomic.py",
        "wizard/errors.py",
    ]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *targets], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
