from __future__ import annotations

import pytest
from pypdf import PdfReader

import wizard.export.pages as pages
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

    monkeypatch.setattr(pages, "SimpleDocTemplate", boom)  # the disk fills while writing
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


def test_checklist_shows_the_facts_of_steps_6_to_9_in_words(tmp_path):
    from wizard.plan.case import FilesSummary

    case = CaseData(
        name="Ada",
        fields={
            "questions": {"printed_on": "2026-11-20", "printed_count": "3"},
            "appointment": {
                "happened": "yes",
                "companion": "Sam",
                "recording": "granted",
                "notes": "Valve is narrow.\nCheck again in May.",
            },
            "comparison": {
                "diagnosis_first": "Stenosis",
                "diagnosis_second": "Stenosis",
                "diagnosis_match": "same",
                "treatment_second": "A catheter valve",
                "treatment_match": "differs_a_lot",
                "third_opinion": "yes",
                "chosen_path": "A catheter valve",
                "second_team_told": "2026-11-21",
            },
        },
        entries={
            "questions": {
                "questions": [
                    Entry(1, {"text": "What if we wait?", "library": "do_nothing"}),
                    Entry(2, {"text": "Why surgery?", "starred": "yes", "answer": "It lasts."}),
                    Entry(3, {"text": "Who operates?"}),
                ]
            },
            "comparison": {"rows": [Entry(4, {"label": "Cost to me", "match": "differs"})]},
            "organization": {
                "checkins": [
                    Entry(5, {"on": "2026-11-01", "kind": "filed"}),
                    Entry(6, {"on": "2026-11-08", "kind": "nothing_new"}),
                ]
            },
        },
        files=FilesSummary(count=4, unconfirmed=1, appointment=1),
    )
    out = tmp_path / "c.pdf"
    write_checklist_pdf(case, out, printed_on="today", format_date=date_formatter("en"))
    text = _text(out)
    # Step 6: the questions in print order, starred first, with a star; when printed.
    assert "Your questions: 3 (most important: 1)" in text
    assert "\u2605 Why surgery? \u2013 What if we wait? \u2013 Who operates?" in text
    assert "Last printed or saved as a PDF on November 20, 2026, with 3 questions." in text
    assert "do_nothing" not in text and "printed_count" not in text
    # Step 7: the visit's facts, its notes with their line break, the recording, the answers.
    assert "Has the visit happened? Yes, it has happened" in text
    assert "Who came with you to take notes? Sam" in text
    assert "Your notes from the visit: Valve is narrow. Check again in May." in text
    assert "Recordings of the visit: 1" in text
    assert "Answers written down: 1 of 3 \u2013 Why surgery? It lasts." in text
    # Step 8: the T-chart in brief, and the decision.
    assert "The T-chart, row by row:" in text
    assert "\u2013 Diagnosis: The same \u2013 Treatment plan: Differs a lot" in text
    assert "\u2013 Cost to me: Differs" in text
    assert "Risks" not in text.split("row by row:")[1].split("Done when")[0]
    assert "\u2611 I also have a third opinion" in text
    assert "The treatment path I chose: A catheter valve" in text
    assert "Day I told the second medical team: November 21, 2026" in text
    assert "Stenosis" not in text  # the cells themselves are in the T-chart PDF
    # Step 9: documents, check-ins and the streak, newest first.
    assert "Documents in the safe folder: 4. Still to sort: 1." in text
    assert "Weekly check-ins: 2." in text and "Most weeks in a row: 2." in text
    assert "\u2013 November 8, 2026: Nothing new this week \u2013 November 1, 2026: Filed" in text
    assert "nothing_new" not in text


def test_checklist_counts_the_older_check_ins(tmp_path):
    import datetime as dt

    start = dt.date(2026, 1, 4)
    checkins = [
        Entry(n, {"on": (start + dt.timedelta(weeks=n)).isoformat(), "kind": "filed"})
        for n in range(11)
    ]
    case = CaseData(name="Ada", entries={"organization": {"checkins": checkins}})
    out = tmp_path / "c.pdf"
    write_checklist_pdf(case, out, format_date=date_formatter("en"))
    text = _text(out)
    assert "Weekly check-ins: 11." in text and "Most weeks in a row: 11." in text
    assert "March 15, 2026: Filed documents" in text  # the newest
    assert "January 4, 2026" not in text
    assert "\u2026 and 3 earlier check-ins." in text
