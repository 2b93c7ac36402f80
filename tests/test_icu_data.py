"""The app folder's smaller ICU data library (tools/icu_data.py, used by build.spec): Qt gives
the same answers with it as with PySide6's full one, and only the dropped trees are gone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from icu_data import DROPPED, _elf_symbol, _items, build  # noqa: E402

LIBRARIES = Path(PySide6.__file__).parent / "Qt" / "lib"

# What Qt asks ICU for: collation, case mapping, time zones and their names, text encodings
# and IDNA; and, to be sure, the locale formatting and names that Qt takes from its own tables.
PROBE = r"""
import functools, json
from PySide6.QtCore import (QByteArray, QCollator, QDate, QDateTime, QLocale, QStringDecoder,
                            QStringConverter, QTime, QTimeZone, QUrl)
out = {}
names = ["Zoë", "Zoe", "Ärger", "Arger", "Øster", "Ñandú", "Nandu", "élan", "Elan", "李",
         "Łukasz", "Lukas", "Ōsaka", "Osaka", "محمد", "שרה", "ß", "ss", "Æsir", "Aesir"]
for loc in ["en_US", "de_DE", "es_ES", "sv_SE", "ja_JP", "ar_EG"]:
    out["sorted " + loc] = sorted(names, key=functools.cmp_to_key(QCollator(QLocale(loc)).compare))
for loc in ["de_DE", "tr_TR", "el_GR", "en_US"]:
    L = QLocale(loc)
    out["case " + loc] = [L.toUpper("straße ıi"), L.toLower("İSTANBUL ΣΟΦΟΣ")]
zone = QTimeZone(b"Europe/Berlin")
when = QDateTime(QDate(2026, 7, 1), QTime(12, 0), zone)
for loc in ["en_US", "de_DE", "es_ES"]:
    L = QLocale(loc)
    out["zone " + loc] = [zone.displayName(when, kind, L) for kind in QTimeZone.NameType]
    out["format " + loc] = [L.toString(when, QLocale.FormatType.LongFormat),
                            L.toString(1234567.891, "f", 2), L.toCurrencyString(12.5),
                            L.nativeLanguageName(), L.nativeTerritoryName()]
out["zones"] = len(QTimeZone.availableTimeZoneIds())
out["codecs"] = sorted(QStringConverter.availableCodecs())
out["decoders"] = [QStringDecoder(c).isValid() for c in ("Shift-JIS", "GB18030", "EUC-KR")]
out["idna"] = [QUrl.toAce("bücher.de").data().decode(),
               QUrl.fromAce(QByteArray(b"xn--bcher-kva.de"))]
print(json.dumps(out, ensure_ascii=False))
"""


def _answers(library_dir: Path | None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if library_dir is not None:  # found before Qt's own (its RUNPATH is $ORIGIN)
        env.update(LD_LIBRARY_PATH=str(library_dir), LD_DEBUG="libs")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    if library_dir is not None:
        assert f"{library_dir}/libicudata.so" in done.stderr, "the smaller library was loaded"
    return json.loads(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PySide6 ships ICU on Linux")
def test_qt_answers_the_same_with_the_smaller_icu_data(tmp_path):
    (full,) = LIBRARIES.glob("libicudata.so.*")
    smaller = build(full, tmp_path)
    assert smaller.name == full.name
    assert full.stat().st_size - smaller.stat().st_size > 10_000_000

    def items(path: Path) -> dict[str, bytes]:
        data = path.read_bytes()
        _name, offset, size = _elf_symbol(data, b"icudt", b"_dat")
        return dict(_items(data[offset : offset + size]))

    before, after = items(full), items(smaller)
    dropped = {name for name in before if name.count("/") >= 2 and name.split("/")[1] in DROPPED}
    assert len(dropped) > 500
    assert set(after) == set(before) - dropped
    assert all(after[name] == before[name] for name in after), "kept items are byte for byte"

    expected = _answers(None)
    assert "Ärger" in expected["sorted de_DE"][:4], "the probe sorts by German rules"
    assert expected["zone de_DE"][0] == "Mitteleuropäische Sommerzeit"
    assert _answers(tmp_path) == expected
