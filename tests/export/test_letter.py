from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

import wizard.export.pages as pages
from wizard.errors import UserError
from wizard.export import letter as letter_module
from wizard.export.letter import BODY_SIZE, SUBJECT, LetterData, write_letter_pdf
from wizard.i18n import date_formatter, translator_for
from wizard.plan.deadlines import response_due
from wizard.plan.messages import Msg

FULL = LetterData(
    patient_name="Ada Lovelace",
    date_of_birth="1965-12-10",
    patient_address="12 Example Square\nLondon W1 1AA",
    clinic_name="Riverside Heart Clinic",
    clinic_address="400 Main Street\nSpringfield, IL 62701",
    records=("Pathology reports", "Imaging (scans and X-rays)", "Lab results", "Clinical notes"),
    date_from="2025-01-01",
    date_to="2026-11-27",
    send_to="Dr. Grace Hopper\nUniversity Heart Center\n1 College Road",
    imaging_as_dicom=True,
    sent_on="2027-01-31",
    extra_paragraph="My appointment is on 12 March 2027.\n\nThank you <very> much & more.",
)


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _text(path) -> str:
    return " ".join(" ".join(_pages(path)).split())


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    "basis, due, citations",
    [
        (
            "hipaa",
            "March 2, 2027",
            [
                "request a copy of my medical records under my HIPAA right of access "
                "(45 CFR 164.524)",
                "Under 45 CFR 164.524(b)(2), you must act on this request no later than 30 "
                "calendar days after you receive it.",
                "you may extend it only once, by no more than 30 days",
                "tell me in writing within the first 30 days",
                "HIPAA allows only a reasonable, cost-based fee for a copy (45 CFR 164.524(c)(4)).",
                "please tell me the amount before you make the copy.",
                "HIPAA gives me the right to have a copy sent to a person I name "
                "(45 CFR 164.524(c)(3)(ii)).",
                "in the electronic form and format I ask for if it is readily producible",
            ],
        ),
        (
            "gdpr",
            "February 28, 2027",
            [
                "request access to my personal data. This is my right under Article 15 of the "
                "General Data Protection Regulation (GDPR).",
                "Under Article 12(3) GDPR, you must respond without undue delay and at the latest "
                "within one month of receiving this request.",
                "extended by two further months only where necessary",
                "you must tell me within the first month and give the reasons for the delay.",
                "Under Article 15(3) GDPR, the first copy must be provided free of charge.",
                "in a commonly used electronic form",
                "With my consent, please also send a copy of these records directly to the doctor",
            ],
        ),
    ],
)
def test_letter_has_what_a_records_office_needs(tmp_path, basis, due, citations):
    out = tmp_path / f"{basis}.pdf"
    write_letter_pdf(
        LetterData(**{**FULL.__dict__, "basis": basis}), out, format_date=date_formatter("en")
    )
    text = _text(out)
    assert _flat(SUBJECT[basis]) in text
    for fact in (
        "Ada Lovelace",
        "12 Example Square",
        "Riverside Heart Clinic",
        "400 Main Street",
        "Medical records department",
        "January 31, 2027",
        "Patient: Ada Lovelace, date of birth: December 10, 1965",
        "Dear Sir or Madam,",
        "Pathology reports",
        "Imaging (scans and X-rays)",
        "Clinical notes",
        "Please include all records from January 1, 2025 to November 27, 2026.",
        "original images in DICOM format",
        "Please send my copy to me at the address above.",
        "Dr. Grace Hopper",
        "1 College Road",
        f"please respond by {due}.",
        "Please confirm in writing that you have received this letter",
        "My appointment is on 12 March 2027.",
        "Thank you <very> much & more.",
        "Sincerely,",
        "Signature",
        "Ada Lovelace \u00b7 January 31, 2027 \u00b7 page 1 of 2",
    ):
        assert fact in text, fact
    for sentence in citations:
        assert _flat(sentence) in text, sentence
    assert len(_pages(out)) <= 2
    other = "gdpr" if basis == "hipaa" else "hipaa"
    assert _flat(SUBJECT[other]) not in text


def test_the_deadline_follows_the_law_from_the_date_sent(tmp_path):
    for sent, basis, due in [
        ("2027-01-31", "gdpr", "February 28, 2027"),
        ("2028-01-31", "gdpr", "February 29, 2028"),
        ("2026-12-31", "gdpr", "January 31, 2027"),
        ("2027-01-15", "hipaa", "February 14, 2027"),
    ]:
        out = tmp_path / "d.pdf"
        write_letter_pdf(
            LetterData(sent_on=sent, basis=basis), out, format_date=date_formatter("en")
        )
        assert f"please respond by {due}." in _text(out), (sent, basis)


def test_citations_are_never_broken_across_lines(tmp_path):
    out = tmp_path / "h.pdf"
    write_letter_pdf(FULL, out, format_date=date_formatter("en"))
    for page in _pages(out):
        for line in page.splitlines():
            assert not re.search(r"(\b45|CFR|Article|Art\.)$", line.strip()), line


@pytest.mark.parametrize("lang", ["de", "es"])
@pytest.mark.parametrize("basis", ["hipaa", "gdpr"])
def test_letter_in_german_and_spanish(tmp_path, lang, basis):
    tr = translator_for(lang)
    format_date = date_formatter(lang)
    out = tmp_path / f"{lang}-{basis}.pdf"
    write_letter_pdf(LetterData(**{**FULL.__dict__, "basis": basis}), out, tr, format_date)
    text = _text(out)
    assert "Ada Lovelace" in text
    assert "Riverside Heart Clinic" in text
    assert "Dr. Grace Hopper" in text
    assert _flat(Msg(SUBJECT[basis], context="Letter").render(tr)) in text
    if basis == "hipaa":
        assert "45 CFR 164.524" in text
    else:
        assert re.search(r"\bArt(icle|ikel|ículo|\.) 15\b", text, re.IGNORECASE), text
    due = response_due(date(2027, 1, 31), basis).isoformat()
    assert format_date(due) in text
    assert format_date("1965-12-10") in text
    assert len(_pages(out)) <= 2


@pytest.mark.parametrize("basis", ["hipaa", "gdpr"])
def test_a_letter_with_no_facts_has_lines_to_fill_in(tmp_path, basis):
    out = tmp_path / "empty.pdf"
    before = date.today()
    write_letter_pdf(LetterData(basis=basis), out)
    text = _text(out)
    assert "None" not in text
    assert "{" not in text and "}" not in text
    assert text.count("________________") >= 10
    assert "Patient: ____" in text
    assert "Please include all records from ____" in text
    assert "Name in capital letters" in text
    assert "Signature" in text
    # No date given: the letter is dated today, and the deadline counts from today.
    dated = {before, date.today()}
    assert any(day.isoformat() in text for day in dated)
    assert any(
        f"please respond by {response_due(day, basis).isoformat()}." in text for day in dated
    )
    assert len(_pages(out)) <= 2


def test_partial_date_ranges_and_paper_copies(tmp_path):
    out = tmp_path / "p.pdf"
    write_letter_pdf(
        LetterData(date_from="2025-06-01", electronic=False, sent_on="2027-01-01"), out
    )
    text = _text(out)
    assert "Please include all records from 2025-06-01 to today." in text
    assert "Please give me the copy on paper." in text
    assert "electronic form" not in text
    assert "DICOM" not in text  # not asked for
    assert "second opinion" not in text  # no specialist named: no send-to paragraph
    write_letter_pdf(LetterData(date_to="2026-06-30", sent_on="2027-01-01"), out)
    assert "Please include all records up to 2026-06-30." in _text(out)


def test_the_body_is_set_at_12_points_or_more():
    assert BODY_SIZE >= 12
    styles = letter_module._styles()
    for name, style in styles.items():
        if name == "caption":  # "Signature" under the line, like a form's field label
            assert style.fontSize >= 10
        else:
            assert style.fontSize >= BODY_SIZE, name
    assert styles["body"].fontName == "DejaVuSans"


def test_bad_input_is_refused(tmp_path):
    with pytest.raises(ValueError, match="basis"):
        write_letter_pdf(LetterData(basis="ccpa"), tmp_path / "x.pdf")
    with pytest.raises(ValueError):
        write_letter_pdf(LetterData(sent_on="31/01/2027"), tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    out = tmp_path / "letter.pdf"
    out.write_bytes(b"old content")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pages, "SimpleDocTemplate", boom)  # the disk fills while writing
    with pytest.raises(UserError, match="No space left on device"):
        write_letter_pdf(FULL, out)
    assert out.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_the_request_letter_takes_step_ones_birth_date_when_step_three_has_none():
    from wizard.plan import CaseData
    from wizard.printouts import letter_for

    case = CaseData(name="A", fields={"need": {"birth_date": "1950-03-03"}})
    assert letter_for(case, "en").date_of_birth == "1950-03-03"
    case.set_value("records", "date_of_birth", "1950-03-04")
    assert letter_for(case, "en").date_of_birth == "1950-03-04"  # the letter's own comes first
