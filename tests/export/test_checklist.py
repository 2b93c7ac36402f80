from __future__ import annotations

import pytest
from pypdf import PdfReader

from wizard.errors import UserError
from wizard.export.checklist import write_checklist_pdf
from wizard.i18n import date_formatter, translator_for
from wizard.plan import STEPS, CaseData
from wizard.plan.case import Entry
from wizard.plan.messages import Msg


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_checklist_has_everything_a_reader_needs(tmp_path):
    case = CaseData(
        name="Ada Lovelace",
        ticks={"need": {"need.serious"}, "comparison": {i.key for i in STEPS[7].how}},
        entries={"questions": {"questions": [Entry(1, {"text": "What if we wait?"})]}},
        own_word={"insurance": "2026-11-02"},
    )
    out = tmp_path / "c.pdf"
    write_checklist_pdf(case, out, printed_on="November 27, 2026", format_date=date_formatter("en"))
    text = _text(out)
    assert "Patient: Ada Lovelace" in text
    assert "Printed on: November 27, 2026" in text
    assert "Progress: 1 of 9 steps done" in text
    for step in STEPS:
        assert f"Step {step.number}: {' '.join(step.title.split())}" in text
        assert " ".join(step.why.split()) in text
        assert " ".join(step.done_when.split()) in text
    assert "\u2611 Check if this is about a life-threatening illness" in text
    assert "\u2610 Ask for another view" in text
    assert "Done by your own word on November 2, 2026." in text
    assert "Not done yet. Still missing: 2." in text  # five questions, printed
    assert "88 in 100" in text  # the background facts reach the reader too


def test_checklist_in_german_when_translations_are_built(tmp_path):
    tr = translator_for("de")
    if tr("Checklist", "Second opinion checklist") == "Second opinion checklist":
        pytest.fail("German translations are missing: run tools/translations.py compile")
    case = CaseData(name="Jörg Übel", language="de")
    out = tmp_path / "de.pdf"
    write_checklist_pdf(case, out, tr, printed_on="27. November 2026")
    text = _text(out)
    assert Msg("Patient: {name}", {"name": "Jörg Übel"}, "Checklist").render(tr) in text
    assert " ".join(Msg(STEPS[0].title).render(tr).split()) in text
    assert "Why it matters" not in text


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    out = tmp_path / "c.pdf"
    out.write_bytes(b"old content")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    import wizard.export.checklist as checklist

    monkeypatch.setattr(checklist, "numbered_canvas", boom)
    with pytest.raises(UserError, match="No space left on device"):
        write_checklist_pdf(CaseData(name="A"), out)
    assert out.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["c.pdf"]


def test_checklist_shows_what_was_written_in_the_forms(tmp_path):
    case = CaseData(
        name="Ada",
        fields={
            "need": {
                "condition": "Mitral valve <leak> & more",
                "area": "cardiology",
                "reason_planned_surgery": "yes",
            },
            "insurance": {"referral_obtained_on": "2026-11-20"},
        },
        entries={
            "insurance": {
                "calls": [Entry(1, {"date": "2026-11-02", "who": "Ms Lee"}), Entry(2, {})]
            }
        },
    )
    out = tmp_path / "c.pdf"
    write_checklist_pdf(case, out, printed_on="today", format_date=date_formatter("en"))
    text = _text(out)
    assert "What you wrote down" in text
    assert "Illness or diagnosis: Mitral valve <leak> & more" in text
    assert "Area of medicine: Heart (cardiology)" in text
    assert "A surgery is planned that is not an emergency." in text
    assert "Referral received on: November 20, 2026" in text
    assert "Your calls to the insurance:" in text
    assert "Date of the call: November 2, 2026; Who answered: Ms Lee" in text
    out_de = tmp_path / "d.pdf"
    write_checklist_pdf(
        case, out_de, translator_for("de"), "heute", format_date=date_formatter("de")
    )
    assert "Fachgebiet: Herz (Kardiologie)" in _text(out_de)
