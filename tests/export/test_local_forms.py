"""German and Spanish printouts write dates, times and sums of money as people there do,
and the letter to a clinic opens, names the law and closes as a formal letter does."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from wizard import printouts
from wizard.i18n import local_amount
from wizard.plan.case import CaseData, Entry


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def _case(lang: str) -> CaseData:
    return CaseData(
        name="Ana Ruiz",
        language=lang,
        fields={
            "insurance": {"out_of_pocket": "1234.50", "currency": "EUR"},
            "booking": {"appointment_date": "2027-03-12", "appointment_time": "14:30"},
            "records": {"records_from": "2025-01-01", "records_to": "2026-11-27"},
        },
        entries={
            "records": {
                "requests": [
                    Entry(1, {"to_whom": "Klinik am See", "sent_on": "2027-01-31", "basis": "gdpr"})
                ]
            }
        },
    )


@pytest.mark.parametrize(
    "lang, amount, day, time",
    [
        ("en", "1,234.50", "March 12, 2027", "14:30"),
        ("de", "1.234,50", "12. März 2027", "14:30"),
        ("es", "1234,50", "12 de marzo de 2027", "14:30"),
    ],
)
def test_the_checklist_writes_sums_dates_and_times_in_the_local_form(
    qapp, tmp_path, lang, amount, day, time
):
    out = tmp_path / "checklist.pdf"
    printouts.export_checklist(_case(lang), out)
    text = _text(out)
    assert amount in text
    assert "1234.50" not in text
    assert day in text
    assert time in text
    assert "2027-03-12" not in text


def test_amounts_are_grouped_as_each_language_groups_them():
    assert local_amount("1234567.00", "en") == "1,234,567.00"
    assert local_amount("1234567.00", "de") == "1.234.567,00"
    assert local_amount("1234567.00", "es") == "1.234.567,00"
    assert local_amount("80.50", "es") == "80,50"
    assert local_amount("not a number", "de") == "not a number"


@pytest.mark.parametrize(
    "lang, law, dates, opening, closing",
    [
        (
            "de",
            "Datenschutz-Grundverordnung (DSGVO)",
            ["31. Januar 2027", "1. Januar 2025", "27. November 2026"],
            "Sehr geehrte Damen und Herren,",
            "Mit freundlichen Grüßen",
        ),
        (
            "es",
            "Reglamento General de Protección de Datos (RGPD)",
            ["31 de enero de 2027", "1 de enero de 2025", "27 de noviembre de 2026"],
            "Estimado/a señor/a:",
            "Atentamente,",
        ),
    ],
)
def test_the_letter_reads_as_a_formal_local_letter(
    qapp, tmp_path, lang, law, dates, opening, closing
):
    out = tmp_path / "letter.pdf"
    printouts.export_letter(_case(lang), out)
    text = _text(out)
    assert opening in text and closing in text
    assert law in text and "GDPR" not in text
    for day in dates:
        assert day in text, day
    for english in ("January", "Dear", "Sincerely", "2027-01-31"):
        assert english not in text
    # Formal address throughout: never the familiar "du" or "tú".
    familiar = r"\b(du|dich|dir|dein\w*)\b" if lang == "de" else r"\b(tú|tu|tus|te|ti)\b"
    assert not re.search(familiar, text), text
