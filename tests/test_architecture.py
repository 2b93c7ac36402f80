"""The core layers stay free of Qt; the UI is the only place for widgets."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_layers_import_without_qt():
    code = (
        "import sys\n"
        "import wizard.plan, wizard.store, wizard.export.checklist, wizard.export.case_json\n"
        "import wizard.store.preferences, wizard.atomic, wizard.errors\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_core_module_mentions_qt_widgets():
    for layer in ("plan", "store", "export"):
        for path in (ROOT / "wizard" / layer).rglob("*.py"):
            text = path.read_text("utf-8")
            assert "PySide6" not in text and "wizard.ui" not in text, path
