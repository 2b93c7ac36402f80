"""export --part letter: the records-request letter filled from the case."""

from __future__ import annotations

from pypdf import PdfReader

from wizard.store import CaseStore


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def _filled_case(data_dir, cli, lang="en"):
    cli("case", "new", "Alex Sample", "--lang", lang)
    with CaseStore.open(data_dir) as store:
        store.set_field(1, "records", "date_of_birth", "1961-04-03")
        store.set_field(1, "records", "patient_address", "12 Elm Street, Springfield")
        store.set_field(1, "records", "letter_note", "Please call me if anything is unclear.")
        items = store.add_entries(
            1,
            "records",
            "items",
            (
                {"kind": "pathology", "status": "needed"},
                {"kind": "imaging", "status": "requested"},
                {"kind": "labs", "status": "received"},
                {"kind": "discharge", "status": "not_applicable"},
            ),
        )
        assert len(items) == 4
        candidate = store.add_entry(1, "specialist", "candidates")
        for key, value in (("name", "Dr. Rosa Ortiz"), ("chosen", "yes"), ("ties", "none")):
            store.set_entry_value(1, candidate, key, value)


def test_letter_without_a_request_uses_the_language_default(cli, data_dir, tmp_path):
    _filled_case(data_dir, cli)
    out = tmp_path / "letter.pdf"
    status, _, err = cli("export", "1", "--pdf", out, "--part", "letter")
    assert status == 0, err
    text = _text(out)
    assert "45 CFR 164.524" in text
    assert "Alex Sample" in text and "April 3, 1961" in text
    assert "Pathology reports (tissue tests)" in text
    assert "Imaging: scans and X-rays" in text
    assert "Lab results" not in text, "received records are not asked for again"
    assert "Hospital discharge" not in text
    assert "DICOM" in text
    assert "Dr. Rosa Ortiz" in text
    assert "Please call me if anything is unclear." in text
    gdpr = tmp_path / "gdpr.pdf"
    assert cli("export", "1", "--pdf", gdpr, "--part", "letter", "--basis", "gdpr")[0] == 0
    assert "Article 15" in _text(gdpr)


def test_letter_follows_the_newest_request_in_german(cli, data_dir, tmp_path):
    _filled_case(data_dir, cli, lang="de")
    with CaseStore.open(data_dir) as store:
        request = store.add_entry(1, "records", "requests")
        for key, value in (
            ("to_whom", "Klinikum Nord"),
            ("clinic_address", "Hauptstraße 1, Hamburg"),
            ("sent_on", "2027-01-31"),
            ("basis", "gdpr"),
        ):
            store.set_entry_value(1, request, key, value)
    out = tmp_path / "brief.pdf"
    status, _, err = cli("export", "1", "--pdf", out, "--part", "letter", "--basis", "hipaa")
    assert status == 0, err
    text = _text(out)
    assert "Klinikum Nord" in text
    assert "DSGVO" in text and "HIPAA" not in text, "the request's own law wins"
    assert "28. Februar 2027" in text  # one calendar month after 31 January
    assert "Pathologiebefunde" in text
