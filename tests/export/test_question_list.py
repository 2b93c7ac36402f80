"""The question list PDF of step 6, in regular and large print, read back with pypdf."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

import wizard.export.pages as pages
from wizard.errors import UserError
from wizard.export.question_list import LARGE_PRINT, REGULAR_PRINT, write_question_list_pdf
from wizard.i18n import date_formatter, translator_for
from wizard.plan import CaseData
from wizard.plan.case import Entry
from wizard.plan.messages import Msg


def _case(*questions: dict[str, str], **fields: dict[str, str]) -> CaseData:
    entries = [Entry(number, values) for number, values in enumerate(questions, start=1)]
    return CaseData(
        name="Ada Lovelace", fields=dict(fields), entries={"questions": {"questions": entries}}
    )


def _numbered(count: int, starred: tuple[int, ...] = ()) -> list[dict[str, str]]:
    """Questions with a token at the start and the end of each, to find them on the pages."""
    return [
        {
            "text": f"Qstart{n:02d} what does this mean for me, for my family and for my work "
            f"in the coming months, in plain words? Qend{n:02d}",
            **({"starred": "yes"} if n in starred else {}),
        }
        for n in range(1, count + 1)
    ]


def _pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _ruled_lines(path) -> list[int]:
    """The straight lines drawn on each page (the list draws no other lines)."""
    reader = PdfReader(path)
    return [
        sum(1 for _, op in ContentStream(page.get_contents(), reader).operations if op == b"l")
        for page in reader.pages
    ]


def _sizes(path, page: int = 0) -> list[tuple[str, float]]:
    """(text, font size in points) of each piece of text on a page."""
    found: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text.strip(), size * tm[0]))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


def test_starred_first_under_a_word_each_with_lines_to_write_on(tmp_path):
    case = _case(*_numbered(5, starred=(3, 5)))
    out = tmp_path / "q.pdf"
    count = write_question_list_pdf(
        case, out, printed_on="November 28, 2026", format_date=date_formatter("en")
    )
    assert count == 5
    text = " ".join(_pages(out))
    assert text.startswith("Questions for the doctor")
    assert "Patient: Ada Lovelace" in text
    assert "Printed on: November 28, 2026" in text
    order = [text.index(f"Qstart{n:02d}") for n in (3, 5, 1, 2, 4)]
    assert order == sorted(order)
    # The star comes with a word, and the starred questions are numbered first.
    assert text.index("\u2605 Most important") < order[0]
    assert "1. \u2605 Qstart03" in text and "2. \u2605 Qstart05" in text
    assert order[1] < text.index("More questions") < order[2]
    assert "3. Qstart01" in text
    assert sum(_ruled_lines(out)) == 5 * REGULAR_PRINT.lines
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert f"Ada Lovelace \u00b7 printed November 28, 2026 \u00b7 page {pages} of {pages}" in text
    assert reader.metadata.title == "Questions for the doctor"


def test_no_star_no_group_headings(tmp_path):
    out = tmp_path / "q.pdf"
    write_question_list_pdf(_case(*_numbered(2)), out)
    text = " ".join(_pages(out))
    assert "Most important" not in text and "More questions" not in text
    assert "1. Qstart01" in text and "2. Qstart02" in text


def test_an_answer_from_the_visit_is_printed_above_fewer_lines(tmp_path):
    case = _case(
        {"text": "What happens if we wait?", "answer": "The valve narrows.\nCheck again in May."},
        {"text": "Who do I call after today?"},
    )
    out = tmp_path / "q.pdf"
    write_question_list_pdf(case, out)
    text = " ".join(_pages(out))
    assert "Answer written down at the visit: The valve narrows. Check again in May." in text
    assert sum(_ruled_lines(out)) == 2 + REGULAR_PRINT.lines


def test_no_question_is_parted_from_its_lines_across_pages(tmp_path):
    questions = _numbered(24, starred=(7, 19))
    out = tmp_path / "q.pdf"
    write_question_list_pdf(_case(*questions), out)
    pages = _pages(out)
    assert len(pages) > 2
    lines = _ruled_lines(out)
    for number in range(1, 25):
        holding = [i for i, text in enumerate(pages) if f"Qstart{number:02d}" in text]
        assert len(holding) == 1, number
        # The whole question, wrapped over lines, is on that page...
        assert f"Qend{number:02d}" in pages[holding[0]]
    # ...and so are its ruled lines: each page has exactly the lines of its questions.
    for text, count in zip(pages, lines, strict=True):
        on_page = sum(1 for n in range(1, 25) if f"Qstart{n:02d}" in text)
        assert count == on_page * REGULAR_PRINT.lines


def test_large_print_has_larger_type_and_more_pages(tmp_path):
    case = _case(*_numbered(8, starred=(2,)))
    regular, large = tmp_path / "regular.pdf", tmp_path / "large.pdf"
    write_question_list_pdf(case, regular, printed_on="today")
    write_question_list_pdf(case, large, printed_on="today", large=True)

    def body(path) -> list[float]:
        return [size for text, size in _sizes(path) if "printed today" not in text]

    assert min(body(large)) >= 16
    assert min(body(regular)) >= 11

    def question(path) -> list[float]:
        return [size for text, size in _sizes(path) if "Qstart02" in text]

    assert question(regular) and max(question(regular)) < 16
    assert question(large) and min(question(large)) >= LARGE_PRINT.question >= 18
    assert len(PdfReader(large).pages) > len(PdfReader(regular).pages)
    assert sum(_ruled_lines(large)) == 8 * LARGE_PRINT.lines
    # Same words, bigger: the text is the same in both.
    assert " ".join(_pages(large)).count("Qend") == 8


def test_an_empty_list_says_where_to_write_the_questions(tmp_path):
    out = tmp_path / "q.pdf"
    assert write_question_list_pdf(CaseData(name="Ada"), out) == 0
    assert "Write them down in step 6" in " ".join(_pages(out))


def test_questions_without_words_are_left_out(tmp_path):
    out = tmp_path / "q.pdf"
    case = _case({"text": "  "}, {"text": "Real <question> & more?"}, {"starred": "yes"})
    assert write_question_list_pdf(case, out) == 1
    text = " ".join(_pages(out))
    assert "1. Real <question> & more?" in text
    assert "Most important" not in text


def test_the_visit_day_and_doctor_head_the_list(tmp_path):
    case = _case(
        *_numbered(1),
        booking={
            "appointment_date": "2026-12-14",
            "appointment_time": "09:30",
            "doctor": "Dr. Jordan Placeholder",
        },
    )
    out = tmp_path / "q.pdf"
    write_question_list_pdf(case, out, format_date=date_formatter("en"))
    text = " ".join(_pages(out))
    assert "Appointment: December 14, 2026 at 09:30" in text
    assert "Doctor: Dr. Jordan Placeholder" in text


def test_in_german_when_the_translations_have_it(tmp_path):
    tr = translator_for("de")
    case = _case(*_numbered(2, starred=(1,)))
    case.name = "Jörg Übel"
    out = tmp_path / "de.pdf"
    write_question_list_pdf(case, out, tr, "28. November 2026", format_date=date_formatter("de"))
    text = " ".join(_pages(out))
    assert Msg("Patient: {name}", {"name": "Jörg Übel"}, "QuestionList").render(tr) in text
    assert Msg("{star} Most important", {"star": "\u2605"}, "QuestionList").render(tr) in text


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):

    out = tmp_path / "q.pdf"
    out.write_bytes(b"old content")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pages, "SimpleDocTemplate", boom)  # the disk fills while writing
    with pytest.raises(UserError, match="No space left on device"):
        write_question_list_pdf(_case(*_numbered(1)), out)
    assert out.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["q.pdf"]


def test_a_long_name_keeps_the_large_footer_on_the_paper(tmp_path):
    case = _case(*_numbered(1))
    case.name = "Maximiliane Alexandra von Hohenzollern-Sigmaringen-Übelhör"
    out = tmp_path / "q.pdf"
    tr = translator_for("de")
    write_question_list_pdf(case, out, tr, "28. November 2026", large=True)
    page = PdfReader(out).pages[0]
    footers: list[tuple[float, float]] = []

    def visit(text, cm, tm, font, size):
        if "28. November 2026" in text and "\u00b7" in text:
            footers.append((tm[4] * cm[0] + cm[4], size))

    page.extract_text(visitor_text=visit)
    ((left, size),) = footers
    assert left >= 10  # not cut off at the left edge (so, being centred, nor at the right)
    assert 8 <= size < LARGE_PRINT.footer
