"""The T-chart PDF of step 8: landscape, two or three opinions, the advice and the decision."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

import wizard.export.pages as pages
from wizard.errors import UserError
from wizard.export.tchart import write_tchart_pdf
from wizard.i18n import date_formatter, translator_for
from wizard.plan import CaseData, evaluate, step_by_key
from wizard.plan.case import Entry
from wizard.plan.fields import MAX_NOTES
from wizard.plan.messages import Msg

COMPARED = {
    "diagnosis_first": "Severe aortic valve stenosis.",
    "diagnosis_second": "Severe stenosis, confirmed on the echo images.",
    "diagnosis_third": "Severe stenosis (third view).",
    "diagnosis_match": "same",
    "treatment_first": "Open-heart surgery.",
    "treatment_second": "A catheter valve (TAVI).",
    "treatment_match": "differs_a_lot",
    "risks_match": "differs",
    "chosen_path": "A catheter valve at the university hospital.",
    "decided_on": "2026-11-18",
    "first_team_told": "2026-11-19",
}


def _case(third: bool = False, **fields: str) -> CaseData:
    values = {**COMPARED, **fields}
    if third:
        values["third_opinion"] = "yes"
    return CaseData(
        name="Ada Lovelace",
        fields={
            "comparison": values,
            "need": {"first_doctor": "Dr. Robin Example", "reason_planned_surgery": "yes"},
            "booking": {"doctor": "Dr. Jordan Placeholder"},
        },
        entries={
            "comparison": {
                "rows": [
                    Entry(7, {"label": "Time off work", "first": "Two months", "match": "differs"}),
                    Entry(8, {}),  # added, never filled in: not printed
                ]
            }
        },
    )


def _pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _write(case: CaseData, path, tr=None) -> list[str]:
    write_tchart_pdf(case, path, tr, "November 28, 2026", date_formatter("en"))
    return _pages(path)


def test_landscape_with_two_opinions_and_what_each_said(tmp_path):
    out = tmp_path / "t.pdf"
    text = " ".join(_write(_case(), out))
    for page in PdfReader(out).pages:
        assert page.mediabox.width > page.mediabox.height
    assert text.startswith("Comparing the opinions (T-chart)")
    assert "Patient: Ada Lovelace" in text and "Printed on: November 28, 2026" in text
    assert "Topic First opinion Dr. Robin Example Second opinion Dr. Jordan Placeholder" in text
    assert "Do they agree?" in text
    assert "Third opinion" not in text and "third view" not in text
    assert "Diagnosis Severe aortic valve stenosis. Severe stenosis, confirmed" in text
    assert "Treatment plan Open-heart surgery. A catheter valve (TAVI). Differs a lot" in text
    assert "Risks Differs" in text
    assert "Recovery time" in text  # a plan row is printed even when empty, to fill in by hand
    assert "Time off work Two months Differs" in text
    assert "(a row without a name)" not in text
    assert PdfReader(out).metadata.title == "Comparing the opinions (T-chart)"


def test_a_third_column_only_with_a_third_opinion(tmp_path):
    text = " ".join(_write(_case(third=True), tmp_path / "t.pdf"))
    assert "Second opinion Dr. Jordan Placeholder Third opinion Do they agree?" in text
    assert "Severe stenosis (third view). The same" in text


def test_the_advice_is_the_rules_own_words_and_the_decision_follows(tmp_path):
    case = _case()
    text = " ".join(_write(case, tmp_path / "t.pdf"))
    warnings = evaluate(step_by_key("comparison"), case).warnings
    assert len(warnings) == 2  # see the main doctor; a tie-breaker, as surgery is planned
    for warning in warnings:
        assert " ".join(warning.render().split()) in text
    assert "main doctor" in text and "tie-breaker" in text
    decision = text[text.index("Your decision") :]
    assert "The treatment path I chose: A catheter valve at the university hospital." in decision
    assert "Day I decided: November 18, 2026" in decision
    assert "Day I told the first medical team: November 19, 2026" in decision
    # Not told yet: a blank to fill in by hand.
    assert "Day I told the second medical team: ____" in decision


def test_no_tie_breaker_advice_when_little_is_at_stake(tmp_path):
    case = _case()
    case.fields["need"] = {"reason_unclear": "yes"}
    text = " ".join(_write(case, tmp_path / "t.pdf"))
    assert "main doctor" in text and "tie-breaker" not in text


def test_a_cell_longer_than_a_page_goes_on_under_the_repeated_header(tmp_path):
    words = [f"w{n:04d}" for n in range(3300)]
    long_text = " ".join(words)[: MAX_NOTES - 10]
    kept = long_text.split()
    case = _case(third=True, treatment_second=long_text)
    pages = _write(case, tmp_path / "t.pdf")
    assert len(pages) >= 3
    for page in pages[:-1]:  # every page of the chart starts with its header row
        assert "Topic First opinion" in page and "Do they agree?" in page
    assert "Treatment plan (continued)" in " ".join(pages)
    # Every word of the long cell is printed, in order, once.
    text = " ".join(pages)
    found = [word for word in text.split() if word.startswith("w") and word[1:].isdigit()]
    assert found == kept


def test_type_is_readable_in_print(tmp_path):
    out = tmp_path / "t.pdf"
    _write(_case(third=True), out)
    sizes: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip() and "printed November" not in text:
            sizes.append(size * tm[0])

    for page in PdfReader(out).pages:
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 11


def test_an_untouched_chart_prints_as_a_form_to_fill_in(tmp_path):
    text = " ".join(_write(CaseData(name="Ben"), tmp_path / "t.pdf"))
    for row in ("Diagnosis", "Treatment plan", "Risks", "Recovery time"):
        assert row in text
    assert "Good to know" not in text
    assert "The treatment path I chose:" in text


def test_in_german_when_the_translations_have_it(tmp_path):
    tr = translator_for("de")
    out = tmp_path / "de.pdf"
    write_tchart_pdf(_case(), out, tr, "28. November 2026", date_formatter("de"))
    text = " ".join(_pages(out))
    assert Msg("Patient: {name}", {"name": "Ada Lovelace"}, "TChart").render(tr) in text
    assert "18. November 2026" in text


def test_future_days_are_flagged_with_the_rules_words(tmp_path):
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    text = " ".join(_write(_case(second_team_told=future), tmp_path / "t.pdf"))
    assert "A day in your decision is still to come. Please check it." in text


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):

    out = tmp_path / "t.pdf"
    out.write_bytes(b"old content")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pages, "SimpleDocTemplate", boom)  # the disk fills while writing
    with pytest.raises(UserError, match="No space left on device"):
        write_tchart_pdf(_case(), out)
    assert out.read_bytes() == b"old content"
