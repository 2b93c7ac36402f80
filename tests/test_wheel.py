"""The package is whole: a wheel built from a copy of the repository, installed into a fresh
environment, opens, prints every PDF in all three languages, and passes a smoke test.

The wheel is built without build isolation (no network): this environment's setuptools and
PySide6 (for lrelease) build it. The fresh environment gets the program only from the wheel;
its dependencies are this environment's (a .pth file), so PySide6 is not installed twice.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import translations  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# What a fresh clone does not have: no compiled translations, no build leftovers.
NOT_IN_A_CLONE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.qm", ".*_cache", "shots"
)
# part -> (translation context, title in English); the letter's title is the GDPR one.
TITLES = {
    "checklist": ("Checklist", "Second opinion checklist"),
    "letter": ("Letter", "Request for access to my personal data under Article 15 GDPR"),
    "questions": ("QuestionList", "Questions for the doctor"),
    "tchart": ("TChart", "Comparing the opinions (T-chart)"),
}
# Run inside the fresh environment: where the program's files come from, every PDF in every
# language, and the window drawn page by page (offscreen).
IN_THE_ENVIRONMENT = """
import json, sys, wizard
from wizard.cli import run
from wizard.paths import resource_path
from wizard.qm_files import qm_file

for part in ("checklist", "letter", "questions", "tchart"):
    for lang in ("en", "de", "es"):
        extra = ["--basis", "gdpr"] if part == "letter" else []
        assert run(["export", "1", "--pdf", f"{part}-{lang}.pdf", "--part", part,
                    "--lang", lang, *extra]) == 0, (part, lang)
assert run(["screenshots", "shots", "--case", "1", "--lang", "es"]) == 0
print(json.dumps({"package": wizard.__file__, "font": str(resource_path("fonts", "DejaVuSans.ttf")),
                  "de": str(qm_file("de")), "es": str(qm_file("es"))}))
"""


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _title(part: str, lang: str) -> str:
    context, english = TITLES[part]
    if lang == "en":
        return english
    return translations.messages(translations.TS_DIR / f"{lang}.ts")[(context, english)] or ""


@pytest.fixture(scope="module")
def fresh_install(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The wheel installed into a new virtual environment: (its bin folder, its environment)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "copy-of-the-repository"
    shutil.copytree(ROOT, source, ignore=NOT_IN_A_CLONE)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    built = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", base / "dist", source],
        capture_output=True,
        text=True,
        cwd=base,
    )
    assert built.returncode == 0, "building the wheel needs setuptools>=70.1:\n" + built.stderr
    (wheel,) = (base / "dist").glob("*.whl")
    env_dir = base / "env"
    venv.create(env_dir, with_pip=False)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    installed = subprocess.run(
        [*pip, "--python", python, "install", "--no-deps", "--no-index", "-q", wheel],
        capture_output=True,
        text=True,
        cwd=base,
    )
    assert installed.returncode == 0, installed.stderr
    site_packages = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Every site-packages folder this test sees (a .pth may have added some), never the
    # repository itself: the dependencies come from them, the program from the wheel.
    ours = [p for p in sys.path if p.endswith("site-packages") and Path(p) != ROOT]
    (Path(site_packages) / "dependencies.pth").write_text("\n".join(ours) + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    home = base / "home"
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
        SECOND_OPINION_PASSPHRASE="a passphrase for the test",
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.qpa.*=false",
    )
    work = base / "work"  # not the repository: nothing of it is on the path
    work.mkdir()
    return bin_dir, env


def _run(bin_dir: Path, env: dict[str, str], *argv) -> subprocess.CompletedProcess[str]:
    work = bin_dir.parent.parent / "work"
    return subprocess.run([*map(str, argv)], capture_output=True, text=True, env=env, cwd=work)


def test_the_installed_wheel_makes_a_case_and_prints_it_in_german(fresh_install):
    bin_dir, env = fresh_install
    program = bin_dir / "second-opinion"
    made = _run(bin_dir, env, program, "case", "new", "Lena")  # in the user data folder
    assert made.returncode == 0, made.stderr
    printed = _run(bin_dir, env, program, "export", "1", "--pdf", "de.pdf", "--lang", "de")
    assert printed.returncode == 0, printed.stderr
    env_dir = bin_dir.parent
    work = env_dir.parent / "work"
    text = _text(work / "de.pdf")
    assert _title("checklist", "de") in text and "Gedruckt am:" in text

    everything = _run(bin_dir, env, bin_dir / "python", "-c", IN_THE_ENVIRONMENT)

    assert everything.returncode == 0, everything.stderr
    where = json.loads(everything.stdout.splitlines()[-1])
    for key in ("package", "font", "de", "es"):
        assert Path(where[key]).is_relative_to(env_dir), (key, where[key])
    for part in TITLES:
        for lang in ("en", "de", "es"):
            assert _title(part, lang) in _text(work / f"{part}-{lang}.pdf"), (part, lang)
    assert len(list((work / "shots").glob("*.png"))) == 10
