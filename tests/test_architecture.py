"""The layers import one way: the core stays free of Qt, the UI and the command line.

The core is ``plan``, ``store``, ``export`` and ``records`` (when it comes), with the small
modules they share. ``plan`` is the bottom layer: it imports neither the store nor the exports.
The command line may start the UI; the UI never imports the command line.
"""

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CORE = (
    "wizard.plan",
    "wizard.store",
    "wizard.export",
    "wizard.records",
    "wizard.atomic",
    "wizard.errors",
    "wizard.i18n_markers",
)
# (modules, what they must not import). wizard.i18n and wizard.printouts load QtCore.
RULES = (
    (CORE, ("wizard.ui", "wizard.cli", "wizard.i18n", "wizard.printouts", "PySide6")),
    (("wizard.plan",), ("wizard.store", "wizard.export", "wizard.records")),
    (("wizard.ui",), ("wizard.cli",)),
)


def _is_in(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def imported_names(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module that ``source``, the text of ``module``, imports anywhere, as absolute names.

    ``from a import b`` counts as importing both ``a`` and ``a.b``, since ``b`` may be a module.
    """
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parts, node.module] if node.module else parts)
            else:
                base = node.module or ""
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and _is_import_call(node.func) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                names.add(first.value)
    return names


def _is_import_call(func: ast.expr) -> bool:
    """``importlib.import_module(...)``, ``import_module(...)`` or ``__import__(...)``."""
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in ("import_module", "__import__")


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    found = []
    for name in sorted(imported_names(source, module, is_package)):
        for layers, forbidden in RULES:
            if _is_in(module, layers) and _is_in(name, forbidden):
                found.append(f"{module} imports {name}")
    return found


def _modules() -> Iterator[tuple[str, bool, Path]]:
    for path in sorted((ROOT / "wizard").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        yield ".".join(parts[:-1] if is_package else parts), is_package, path


def test_layers_import_one_way():
    problems = []
    for module, is_package, path in _modules():
        problems += violations(path.read_text("utf-8"), module, is_package)
    assert problems == []


def test_the_check_sees_every_module():
    modules = {module for module, _, _ in _modules()}
    assert {"wizard", "wizard.plan", "wizard.plan.steps", "wizard.ui.main_window"} <= modules


@pytest.mark.parametrize(
    "module, is_package, source, imported",
    [
        ("wizard.plan.rules", False, "from wizard import ui", "wizard.ui"),
        ("wizard.export.checklist", False, "from ..ui import look", "wizard.ui.look"),
        ("wizard.store.cases", False, "def f():\n    import wizard.cli\n", "wizard.cli"),
        ("wizard.plan.steps", False, "from .. import store", "wizard.store"),
        ("wizard.plan", True, "from ..export import checklist", "wizard.export"),
        ("wizard.plan.case", False, "from wizard.records.scan import x", "wizard.records.scan"),
        ("wizard.ui.app", False, "from wizard.cli import run", "wizard.cli"),
        ("wizard.ui.app", False, "if True:\n    from .. import cli\n", "wizard.cli"),
        ("wizard.errors", False, "from PySide6.QtCore import QLocale", "PySide6.QtCore"),
        ("wizard.export.fonts", False, "from wizard.i18n import long_date", "wizard.i18n"),
        (
            "wizard.records.scan",
            False,
            "import importlib\nimportlib.import_module('wizard.ui.look')",
            "wizard.ui.look",
        ),
    ],
)
def test_the_check_finds_a_wrong_import(module, is_package, source, imported):
    assert f"{module} imports {imported}" in violations(source, module, is_package)


@pytest.mark.parametrize(
    "module, source",
    [
        ("wizard.cli", "from wizard.ui.app import run_gui"),
        ("wizard.cli", "from wizard.i18n import system_language"),
        ("wizard.plan.steps", "from wizard.i18n_markers import QT_TRANSLATE_NOOP"),
        ("wizard.store.cases", "from wizard.plan import STEPS\nfrom .keys import unlock_key"),
        ("wizard.export.case_json", "from ..plan.case import CaseData"),
        ("wizard.ui.main_window", "from wizard.export.target import check_export_target"),
        ("wizard.printouts", "from wizard.i18n import long_date"),
    ],
)
def test_the_check_allows_a_right_import(module, source):
    assert violations(source, module) == []


def test_core_layers_import_without_qt():
    code = (
        "import sys\n"
        "import wizard.plan, wizard.store, wizard.export.checklist, wizard.export.case_json\n"
        "import wizard.export.target, wizard.store.preferences, wizard.atomic, wizard.errors\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
