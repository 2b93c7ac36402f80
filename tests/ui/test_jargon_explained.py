"""Words a patient cannot avoid (HIPAA, GDPR, DICOM, pathology, board certification,
network gap exception, T-chart) are explained where they first appear: on each page of
the wizard, read top to bottom as shown, and in the printed checklist and T-chart.

In German and Spanish the GDPR is named DSGVO and RGPD, never GDPR.
"""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLayout, QScrollArea, QWidget

from wizard import printouts
from wizard.plan import PAGES
from wizard.plan.case import CaseData

# term -> language -> (how the term is written, what its explanation says)
TERMS: dict[str, dict[str, tuple[str, str]]] = {
    "HIPAA": {
        "en": (r"HIPAA", r"\blaw\b"),
        "de": (r"HIPAA", r"Gesetz"),
        "es": (r"HIPAA", r"\bley\b"),
    },
    "GDPR": {
        "en": (r"GDPR", r"\blaw\b"),
        "de": (r"DSGVO", r"Gesetz|Datenschutz-Grundverordnung"),
        "es": (r"RGPD", r"\bley\b|Reglamento General de Protección de Datos"),
    },
    "DICOM": {
        "en": (r"DICOM", r"format for medical images"),
        "de": (r"DICOM", r"Format für medizinische Bilder"),
        "es": (r"DICOM", r"formato \w+ de las imágenes médicas"),
    },
    "pathology": {
        "en": (r"patholog", r"tissue"),
        "de": (r"patholog", r"Gewebe"),
        "es": (r"patol[oó]g", r"tejido"),
    },
    "board certification": {
        "en": (r"board.certif", r"board of experts"),
        "de": (r"board.certif|Facharzt-?anerkennung", r"Prüfung vor der Ärztekammer"),
        "es": (r"board.certif|certificaci[oó]n de especialistas", r"exámenes"),
    },
    "network gap exception": {
        "en": (r"network gap exception", r"outside the network"),
        "de": (r"network gap exception", r"außerhalb des Netz"),
        "es": (r"network gap exception", r"fuera de la red"),
    },
    "T-chart": {
        "en": (r"T-chart", r"two columns|side by side"),
        "de": (r"T-Tabelle", r"zwei Spalten|nebeneinander"),
        "es": (r"tabla en T", r"dos columnas|lado a lado"),
    },
}
# Near the first mention in a PDF: the explanation is in the same sentence or the next.
NEAR = 250


def _widget_texts(widget: QWidget) -> list[str]:
    """What a widget shows, top to bottom: its own text, then its children's in layout order."""
    if widget.isHidden():
        return []
    own: list[object] = []
    if isinstance(widget, QGroupBox):
        own.append(widget.title())
    for getter in ("text", "placeholderText"):
        method = getattr(widget, getter, None)
        if callable(method):
            try:
                own.append(method())
            except TypeError:  # a text() that needs arguments is not what is shown
                pass
    if isinstance(widget, QComboBox):
        own += [widget.itemText(i) for i in range(widget.count())]
    texts = [re.sub(r"<[^>]+>", " ", t) for t in own if isinstance(t, str) and t.strip()]
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        texts += _widget_texts(widget.widget())
    if widget.layout() is not None:
        texts += _layout_texts(widget.layout())
    return texts


def _layout_texts(layout: QLayout) -> list[str]:
    texts: list[str] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            texts += _widget_texts(item.widget())
        elif item.layout() is not None:
            texts += _layout_texts(item.layout())
    return texts


def _unexplained(texts: list[str], lang: str, near: int | None = None) -> list[str]:
    """The terms whose first mention in ``texts`` comes without its explanation."""
    missing = []
    for term, by_lang in TERMS.items():
        written, explained = by_lang[lang]
        for text in texts:
            found = re.search(written, text, re.IGNORECASE)
            if found is None:
                continue
            around = (
                text if near is None else text[max(0, found.start() - near) : found.end() + near]
            )
            if not re.search(explained, around, re.IGNORECASE):
                missing.append(f"{term}: {around!r}")
            break
    return missing


def _switch(window, qtbot, lang):
    before = window.next_button.text()
    window.switch_language(lang)
    if lang != "en":
        qtbot.waitUntil(lambda: window.next_button.text() != before)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_hard_words_are_explained_where_a_page_first_shows_them(make_window, asker, qtbot, lang):
    window = make_window()
    _switch(window, qtbot, lang)
    try:
        asker.texts.append("Ana Ruiz")
        qtbot.mouseClick(window.overview.create_button, Qt.MouseButton.LeftButton)
        missing, seen = [], set()
        for key in PAGES:
            window.go_to(key)
            page = window.overview if key == PAGES[0] else window.pages[key]
            texts = _widget_texts(page)
            seen |= {
                t for t, by in TERMS.items() if any(re.search(by[lang][0], x, re.I) for x in texts)
            }
            missing += [f"page {key}: {m}" for m in _unexplained(texts, lang)]
            if lang != "en":
                assert not any("GDPR" in text for text in texts), key
        assert seen == set(TERMS)  # each word is on some page, so each was checked
        assert missing == [], "\n".join(missing)
    finally:
        _switch(window, qtbot, "en")


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_hard_words_are_explained_where_a_printout_first_shows_them(qapp, tmp_path, lang):
    case = CaseData(name="Ana Ruiz", language=lang)
    checklist, chart = tmp_path / "checklist.pdf", tmp_path / "chart.pdf"
    printouts.export_checklist(case, checklist)
    printouts.export_tchart(case, chart)
    text = _pdf_text(checklist)
    for term, by_lang in TERMS.items():
        assert re.search(by_lang[lang][0], text, re.I), f"{term} is not in the checklist"
    missing = _unexplained([text], lang, NEAR)
    missing += [f"T-chart PDF: {m}" for m in _unexplained([_pdf_text(chart)], lang, NEAR)]
    if lang != "en":
        assert "GDPR" not in text
    assert missing == [], "\n".join(missing)
