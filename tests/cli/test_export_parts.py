"""``export CASE --pdf OUT --part questions|tchart``, and what printing records for step 6."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader

from wizard.store import CaseStore

FIVE = (
    "How did you reach this diagnosis?",
    "What are the other choices?",
    "What happens if we do nothing for now?",
    "How many patients like me have you treated?",
    "Are there clinical trials for me?",
)


def _with_questions(cli, data_dir, texts=FIVE, starred=(1,)) -> None:
    cli("case", "new", "Ada Lovelace")
    with CaseStore.open(data_dir) as store:
        for number, text in enumerate(texts):
            entry = store.add_entry(1, "questions", "questions")
            store.set_entry_value(1, entry, "text", text)
            if number in starred:
                store.set_entry_value(1, entry, "starred", "yes")


def _step(cli, key: str) -> dict:
    status, out, err = cli("status", "1", "--json")
    assert status == 0, err
    return next(step for step in json.loads(out)["steps"] if step["key"] == key)


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_five_questions_never_printed_then_printed_make_step_6_done(cli, data_dir, tmp_path):
    _with_questions(cli, data_dir)
    before = _step(cli, "questions")
    assert before["status"] == "in_progress"
    assert before["missing"] == ["Print your question list, or save it as a PDF."]
    assert before["warnings"] == []

    out = tmp_path / "questions.pdf"
    status, stdout, err = cli("export", "1", "--pdf", out, "--part", "questions")
    assert status == 0, err
    assert stdout.strip() == f"Written: {out}"
    text = _text(out)
    assert "Questions for the doctor" in text and "\u2605 What are the other choices?" in text
    assert text.index("What are the other choices?") < text.index("How did you reach")

    with CaseStore.open(data_dir) as store:
        case = store.load(1)
    assert case.value("questions", "printed_on") == dt.date.today().isoformat()
    assert case.value("questions", "printed_count") == "5"
    after = _step(cli, "questions")
    assert after["status"] == "done" and after["missing"] == []


def test_a_list_printed_with_four_questions_must_be_printed_again(cli, data_dir, tmp_path):
    _with_questions(cli, data_dir, FIVE[:4])
    assert cli("export", "1", "--pdf", tmp_path / "q.pdf", "--part", "questions")[0] == 0
    with CaseStore.open(data_dir) as store:
        assert store.load(1).value("questions", "printed_count") == "4"
        entry = store.add_entry(1, "questions", "questions")
        store.set_entry_value(1, entry, "text", FIVE[4])
    step = _step(cli, "questions")
    assert step["status"] != "done"
    assert any("again" in m for m in step["missing"])
    large = tmp_path / "large.pdf"
    assert cli("export", "1", "--pdf", large, "--part", "questions", "--large-print")[0] == 0
    assert _step(cli, "questions")["status"] == "done"
    assert len(PdfReader(large).pages) > len(PdfReader(tmp_path / "q.pdf").pages)


def test_large_print_is_only_for_the_pdf_printouts(cli, data_dir, tmp_path):
    _with_questions(cli, data_dir)
    for target in (("--ics", tmp_path / "c.ics"), ("--json", tmp_path / "c.json")):
        status, stdout, err = cli("export", "1", *target, "--large-print")
        assert status != 0
        assert err.strip() == (
            "second-opinion: --large-print is only for the PDF printouts; add --pdf OUT, "
            "or leave it out."
        )
        assert stdout == ""
    assert [p.name for p in tmp_path.iterdir()] == ["data"]
    with CaseStore.open(data_dir) as store:
        assert store.load(1).value("questions", "printed_on") == ""


@pytest.mark.parametrize("part", ["checklist", "tchart", "letter"])
def test_every_pdf_comes_in_large_print(cli, data_dir, tmp_path, part):
    _with_questions(cli, data_dir)
    regular, large = tmp_path / "r.pdf", tmp_path / "l.pdf"
    assert cli("export", "1", "--pdf", regular, "--part", part)[0] == 0
    assert cli("export", "1", "--pdf", large, "--part", part, "--large-print")[0] == 0

    def sizes(path):
        found = []
        PdfReader(path).pages[0].extract_text(
            visitor_text=lambda text, cm, tm, font, size: (
                text.strip() and found.append(size * tm[0] * (cm[0] or 1))
            )
        )
        return found

    assert min(sizes(regular)) < 16 <= max(sizes(large))
    assert min(sizes(large)) >= 14  # the footer; everything else is 16 points or more


def test_a_failed_question_list_records_nothing(cli, data_dir, tmp_path):
    _with_questions(cli, data_dir)
    out = tmp_path / "missing-folder" / "q.pdf"
    status, _, err = cli("export", "1", "--pdf", out, "--part", "questions")
    assert status != 0 and err.count("\n") == 1
    assert not out.exists()
    with CaseStore.open(data_dir) as store:
        assert store.load(1).value("questions", "printed_count") == ""


def test_the_question_list_waits_for_no_window(cli, data_dir, tmp_path):
    from wizard.store.folder import WINDOW, take_writer_lock

    _with_questions(cli, data_dir)
    with take_writer_lock(data_dir, holder=WINDOW):
        status, _, err = cli("export", "1", "--pdf", tmp_path / "q.pdf", "--part", "questions")
    assert status != 0 and err.count("\n") == 1
    assert not (tmp_path / "q.pdf").exists()


def test_export_tchart_in_landscape(cli, data_dir, tmp_path):
    cli("case", "new", "Ada Lovelace")
    with CaseStore.open(data_dir) as store:
        store.set_field(1, "comparison", "diagnosis_first", "Stenosis")
        store.set_field(1, "comparison", "diagnosis_match", "same")
        store.set_field(1, "comparison", "third_opinion", "yes")
        store.set_field(1, "comparison", "diagnosis_third", "Also stenosis")
    out = tmp_path / "tchart.pdf"
    status, _, err = cli("export", "1", "--pdf", out, "--part", "tchart")
    assert status == 0, err
    page = PdfReader(out).pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = _text(out)
    assert "Comparing the opinions (T-chart)" in text
    assert "Third opinion" in text and "Also stenosis" in text
    assert "Diagnosis Stenosis" in text and "The same" in text
    # Printing the T-chart is no fact of step 6.
    with CaseStore.open(data_dir) as store:
        assert store.load(1).value("questions", "printed_on") == ""


def test_status_gives_each_steps_missing_words_and_warnings(cli, data_dir):
    cli("case", "new", "Ada Lovelace")
    with CaseStore.open(data_dir) as store:
        store.set_field(1, "need", "reason_planned_surgery", "yes")
        store.set_field(1, "comparison", "treatment_match", "differs_a_lot")
        store.set_field(1, "appointment", "happened", "yes")
    step = _step(cli, "comparison")
    assert set(step) >= {"key", "status", "missing", "warnings"}
    assert step["status"] == "in_progress"
    assert "Write down the treatment path you chose." in step["missing"]
    assert any("main doctor" in w for w in step["warnings"])
    assert any("tie-breaker" in w for w in step["warnings"])
    status, text, _ = cli("status", "1")
    assert status == 0
    assert "     - Write down the treatment path you chose." in text
    assert "     ! The opinions differ a lot." in text
    appointment = _step(cli, "appointment")
    assert appointment["missing"] == [
        "Write down notes, or add the recording, of what the doctor said."
    ]


def test_the_window_writes_and_records_through_the_same_call(store, tmp_path):
    from wizard.printouts import export_questions, record_questions_printed

    case = store.create_case("Ben", language="de")
    store.add_entries(case.id, "questions", "questions", tuple({"text": t} for t in FIVE))
    out = tmp_path / "fragen.pdf"
    assert export_questions(store, store.load(case.id), out, large=True) == 5
    loaded = store.load(case.id)
    assert loaded.value("questions", "printed_count") == "5"
    assert loaded.value("questions", "printed_on") == dt.date.today().isoformat()
    # Printing on paper (the print dialog) records the same, on the day given.
    record_questions_printed(store, loaded, 6, dt.date(2026, 11, 2))
    again = store.load(case.id)
    assert again.value("questions", "printed_on") == "2026-11-02"
    assert again.value("questions", "printed_count") == "6"
