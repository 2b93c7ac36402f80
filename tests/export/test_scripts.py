"""Names in any script reach every printout drawn, never as boxes."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from wizard.export.checklist import write_checklist_pdf
from wizard.export.fonts import FALLBACK, REGULAR, has_glyph
from wizard.export.question_list import write_question_list_pdf
from wizard.export.scripts import font_runs, markup, needs_care, visual_line
from wizard.export.tchart import write_tchart_pdf
from wizard.i18n import date_formatter
from wizard.plan import CaseData
from wizard.plan.case import Entry

NAMES = {
    "Chinese": "王小明",
    "Japanese": "山田花子",
    "Korean": "김민준",
    "Arabic": "محمد عبد الله",
    "Hebrew": "דוד כהן",
    "Greek and Cyrillic": "Σοφία Иванова",
}


@pytest.mark.parametrize("script", NAMES)
def test_every_character_of_a_name_has_a_glyph_in_the_font_that_draws_it(script):
    name = NAMES[script]
    for font, chars in font_runs(visual_line(name)):
        missing = [c for c in chars if not c.isspace() and not has_glyph(font, c)]
        assert not missing, f"{script}: {missing} would be boxes in {font}"


def test_chinese_japanese_and_korean_are_drawn_with_the_fallback_font():
    for script in ("Chinese", "Japanese", "Korean"):
        assert [font for font, _ in font_runs(NAMES[script])] == [FALLBACK]
    assert f'<font name="{FALLBACK}">王小明</font>' in markup("Patient: 王小明")
    # Latin text around it stays in the main font, escaped.
    assert markup("A & 王").startswith("A &amp; ")


def test_arabic_is_joined_and_put_in_the_order_it_is_seen():
    shown = visual_line("محمد")
    # Joined: the letters become their presentation forms (initial, medial, final).
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in shown)
    # Right to left: the first letter (meem) is drawn last, at the right, in its initial form.
    assert shown[-1] == "\ufee3"
    assert shown[0] == "\ufeaa"  # dal, final form, at the left
    assert not needs_care("Ada Lovelace")
    assert needs_care("דוד") and needs_care("王")


def test_a_label_keeps_its_place_beside_a_right_to_left_name():
    shown = visual_line("Patient: דוד כהן")
    assert shown.startswith("Patient: ")
    # The two Hebrew words swap places and each reads right to left.
    assert shown.endswith("ןהכ דוד")


def test_a_ligature_our_font_lacks_is_not_used():
    # "Allah" has a single-glyph ligature (U+FDF2) that DejaVu Sans does not draw.
    shown = visual_line("عبد الله")
    assert "\ufdf2" not in shown
    assert all(has_glyph(REGULAR, c) for c in shown if not c.isspace())


def _fonts_used(path) -> set[str]:
    fonts: set[str] = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    return fonts


def _case(name: str) -> CaseData:
    return CaseData(
        name=name,
        fields={"need": {"condition": f"Notes for {name}"}},
        entries={"questions": {"questions": [Entry(1, {"text": f"{name}?"})]}},
    )


def test_the_checklist_draws_every_script_with_a_font_that_has_it(tmp_path):
    name = " ".join(NAMES.values())
    out = tmp_path / "c.pdf"
    write_checklist_pdf(_case(name), out, printed_on="today", format_date=date_formatter("en"))
    fonts = _fonts_used(out)
    assert any(FALLBACK in f for f in fonts), fonts
    text = PdfReader(out).pages[0].extract_text()
    for script in ("Chinese", "Japanese", "Korean"):
        assert NAMES[script] in text
    # The Arabic name is in the PDF as joined letters.
    assert re.search("[\ufe70-\ufefc]{3}", text)
    assert "ןהכ" in text or "כהן" in text


def test_a_latin_name_does_not_load_the_fallback_font(tmp_path):
    out = tmp_path / "c.pdf"
    write_checklist_pdf(_case("Ada"), out, printed_on="today", format_date=date_formatter("en"))
    assert not any(FALLBACK in f for f in _fonts_used(out))


@pytest.mark.parametrize("writer", [write_question_list_pdf, write_tchart_pdf])
def test_the_other_printouts_draw_a_chinese_name_too(tmp_path, writer):
    out = tmp_path / "p.pdf"
    writer(_case("王小明"), out, printed_on="today", format_date=date_formatter("en"))
    assert any(FALLBACK in f for f in _fonts_used(out))
