"""Every printout is readable: no text under 12 points but the page footer, and a large-print
version with no text under 16 points (the footer under 14), read from the PDFs themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from wizard import printouts
from wizard.plan import CaseData
from wizard.store import CaseStore
from wizard.ui.screenshots import _fill_sample

COMPARED = {
    "diagnosis_first": "Severe aortic valve stenosis.",
    "diagnosis_second": "Severe stenosis, confirmed on the echo images.",
    "treatment_first": "Open-heart surgery.",
    "treatment_second": "A catheter valve (TAVI).",
    "treatment_match": "differs_a_lot",
    "chosen_path": "A catheter valve at the university hospital.",
}


@pytest.fixture
def sample(data_dir):
    with CaseStore.open(data_dir) as store:
        case_id = _fill_sample(store, "en")
        for key, value in COMPARED.items():
            store.set_field(case_id, "comparison", key, value)
        for text in ("Is surgery needed now?", "What if I wait?"):
            entry = store.add_entry(case_id, "questions", "questions")
            store.set_entry_value(case_id, entry, "text", text)
        yield store, store.load(case_id)


def _sizes(path: Path) -> list[tuple[str, float, bool]]:
    """(text, size in points, whether it is the footer line) of every piece of text."""
    found = []
    for page in PdfReader(path).pages:
        height = float(page.mediabox.height)

        def visit(text, cm, tm, font, size, height=height):
            if text.strip():
                low = tm[5] * cm[3] + cm[5] < 20 / 25.4 * 72  # within 20 mm of the bottom edge
                found.append((text.strip(), size * tm[0] * (cm[0] or 1), low))

        page.extract_text(visitor_text=visit)
    return found


def _write(kind: str, store: CaseStore, case: CaseData, out: Path, large: bool) -> None:
    if kind == "checklist":
        printouts.export_checklist(case, out, large=large)
    elif kind == "tchart":
        printouts.export_tchart(case, out, large=large)
    elif kind == "letter":
        printouts.export_letter(case, out, large=large)
    else:
        printouts.export_questions(store, case, out, large=large)


@pytest.mark.parametrize("kind", ["checklist", "questions", "tchart", "letter"])
def test_no_printout_has_text_under_12_points(sample, tmp_path, kind):
    store, case = sample
    out = tmp_path / f"{kind}.pdf"
    _write(kind, store, case, out, large=False)
    sizes = _sizes(out)
    body = [(text, size) for text, size, footer in sizes if not footer]
    assert len(body) > 5
    assert [(text, size) for text, size in body if size < 12 - 0.01] == []
    assert any(footer for _, _, footer in sizes)  # the footer is found, and set apart


@pytest.mark.parametrize("kind", ["checklist", "questions", "tchart", "letter"])
def test_every_printout_comes_in_large_print(sample, tmp_path, kind):
    store, case = sample
    regular, large = tmp_path / "regular.pdf", tmp_path / "large.pdf"
    _write(kind, store, case, regular, large=False)
    _write(kind, store, case, large, large=True)
    sizes = _sizes(large)
    assert [(t, s) for t, s, footer in sizes if not footer and s < 16 - 0.01] == []
    assert min(s for _, s, footer in sizes if footer) >= 14 - 0.01
    assert len(PdfReader(large).pages) >= len(PdfReader(regular).pages)
    # The same words, only larger.
    words = " ".join(t for t, _, _ in _sizes(regular)).split()
    assert set(words) - set(" ".join(t for t, _, _ in sizes).split()) <= {"1", "2", "of"}


def test_the_checker_sees_small_text(tmp_path):
    """A PDF with 10-point text is caught by the reading above."""
    from reportlab.pdfgen.canvas import Canvas

    out = tmp_path / "small.pdf"
    canvas = Canvas(str(out))
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, 400, "Small words here")
    canvas.save()
    assert _sizes(out) == [("Small words here", 10, False)]
