"""The compiled translations never go missing silently: a source checkout compiles a missing
or stale one on first use, and a language that cannot be loaded is one sentence of error."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import wizard.cli
import wizard.i18n
from wizard import qm_files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import translations  # noqa: E402

STOPPED = "Stopped; nothing half-written was left behind."


def _german(path) -> str:
    translator = QTranslator()
    assert translator.load(str(path))
    return translator.translate("Errors", STOPPED)


@pytest.fixture
def nothing_shipped(monkeypatch, tmp_path):
    """A checkout without compiled .qm files (``pip install -e .`` alone), caching in tmp."""
    monkeypatch.setattr(qm_files, "resource_path", lambda *parts: tmp_path / "pkg" / parts[-1])
    monkeypatch.setattr(qm_files, "cache_dir", lambda: tmp_path / "cache")
    return tmp_path


def test_a_checkout_compiles_a_missing_translation_once_into_the_cache(nothing_shipped):
    made = qm_files.qm_file("de")

    assert made is not None and made.parent == nothing_shipped / "cache"
    assert (
        _german(made) == translations.messages(translations.TS_DIR / "de.ts")[("Errors", STOPPED)]
    )
    os.utime(made, (1, 1))
    assert qm_files.qm_file("de") == made and made.stat().st_mtime == 1  # not made again


def test_a_checkout_compiles_a_translation_older_than_its_source(nothing_shipped):
    shipped = nothing_shipped / "pkg" / "es.qm"
    shipped.parent.mkdir()
    shipped.write_bytes(b"an old build")
    os.utime(shipped, (1, 1))

    made = qm_files.qm_file("es")

    assert made is not None and made != shipped and made.parent == nothing_shipped / "cache"


def test_an_installed_program_without_its_translation_has_none(nothing_shipped, monkeypatch):
    monkeypatch.setattr(qm_files, "source_ts", lambda lang: None)
    assert qm_files.qm_file("de") is None


@pytest.fixture
def no_german(monkeypatch):
    real = wizard.i18n.qm_file
    monkeypatch.setattr(wizard.i18n, "qm_file", lambda lang: None if lang == "de" else real(lang))
    monkeypatch.setattr(wizard.i18n, "_loaded", {})


SENTENCE = (
    "second-opinion: The translation for Deutsch could not be loaded; install the program "
    "again, or choose another language.\n"
)


def test_printing_in_a_language_that_cannot_be_loaded_is_an_error(cli, tmp_path, no_german):
    assert cli("case", "new", "Lena")[0] == 0
    out = tmp_path / "list.pdf"

    status, _, err = cli("export", "1", "--pdf", out, "--lang", "de")

    assert (status, err) == (1, SENTENCE) and not out.exists()
    assert cli("export", "1", "--pdf", out, "--lang", "en")[0] == 0


def test_a_case_in_a_language_that_cannot_be_loaded_is_not_printed_in_english(
    cli, tmp_path, no_german
):
    assert cli("case", "new", "Lena", "--lang", "de")[0] == 0
    status, _, err = cli("export", "1", "--pdf", tmp_path / "list.pdf")
    assert (status, err) == (1, SENTENCE)


def test_a_system_language_that_cannot_be_loaded_is_said_in_english(cli, no_german, monkeypatch):
    monkeypatch.setattr(wizard.cli, "system_language", lambda: "de")
    assert cli("case", "list") == (1, "", SENTENCE)
