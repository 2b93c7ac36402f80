"""Keep translations/*.ts in step with the source, and compile them to .qm.

    python tools/translations.py update   # collect strings into en/de/es .ts
    python tools/translations.py compile  # build .qm files into the package (not committed)
    python tools/translations.py check    # fail if a .ts is stale or incomplete
    python tools/translations.py set de "Source text" "Übersetzung"   # fill one entry

English is the source language: its .ts repeats each source text as its
translation, so every file is complete and reviewable the same way.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
# Compiled here, as package data; setup.py compiles them the same way into a built package.
QM_DIR = ROOT / "wizard" / "resources" / "translations"
LANGUAGES = ("en", "de", "es")
TRANSLATED = ("de", "es")  # English is the source language: it needs no .qm


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "wizard").rglob("*.py"))


def run_lupdate(ts_file: Path, lang: str) -> None:
    cmd = [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none"]
    cmd += ["-source-language", "en", "-target-language", lang, "-ts", str(ts_file)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)


def fill_english(ts_file: Path) -> None:
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.text = message.findtext("source")
        translation.attrib.pop("type", None)
    tree.getroot().set("language", "en")
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        run_lupdate(TS_DIR / f"{lang}.ts", lang)
    fill_english(TS_DIR / "en.ts")


def load_lrelease() -> ModuleType:
    """wizard/lrelease.py, loaded on its own: the package's dependencies may be missing."""
    spec = importlib.util.spec_from_file_location("lrelease", ROOT / "wizard" / "lrelease.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compile_all(out_dir: Path = QM_DIR) -> None:
    lrelease = load_lrelease()
    for lang in TRANSLATED:
        lrelease.compile_ts(TS_DIR / f"{lang}.ts", out_dir / f"{lang}.qm")


def messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> finished translation, or None where unfinished."""
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = (
                translation is not None
                and translation.get("type") not in ("unfinished", "vanished", "obsolete")
                and bool((translation.text or "").strip())
            )
            result[(name, message.findtext("source") or "")] = (
                translation.text if done and translation is not None else None
            )
    return result


def problems() -> list[str]:
    """Everything wrong with the committed .ts files, in words; [] when all is well."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        run_lupdate(fresh, "en")
        wanted = set(messages(fresh))
    for lang in LANGUAGES:
        ts_file = TS_DIR / f"{lang}.ts"
        if not ts_file.exists():
            found.append(f"{ts_file.name} is missing")
            continue
        have = messages(ts_file)
        for key in sorted(wanted - set(have)):
            found.append(f"{ts_file.name}: not collected yet: {key}")
        for key in sorted(set(have) - wanted):
            found.append(f"{ts_file.name}: no longer in the source: {key}")
        for key, text in sorted(have.items()):
            if key in wanted and text is None:
                found.append(f"{ts_file.name}: untranslated: {key}")
    return found


def set_translation(lang: str, source: str, text: str) -> None:
    """Fill the unfinished translation of ``source`` in ``lang``.ts (every context)."""
    from xml.sax.saxutils import escape

    path = TS_DIR / f"{lang}.ts"
    content = path.read_text("utf-8")
    # lupdate writes quotes as entities; accept the source either way.
    for quoted in (escape(source, {"'": "&apos;", '"': "&quot;"}), escape(source)):
        empty = f'<source>{quoted}</source>\n        <translation type="unfinished"></translation>'
        if empty in content:
            filled = f"<source>{quoted}</source>\n        <translation>{escape(text)}</translation>"
            path.write_text(content.replace(empty, filled), "utf-8")
            return
    raise SystemExit(f"{path.name}: no unfinished entry for {source!r}")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "set" and len(argv) == 4:
        set_translation(argv[1], argv[2], argv[3])
    elif command == "check":
        issues = problems()
        print("\n".join(issues) or "translations complete")
        return 1 if issues else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
