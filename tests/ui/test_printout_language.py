"""A case's printouts have a language of their own: a new case starts with the window's,
and the file names suggested for its printouts are in the printout's language."""

import pytest
from PySide6.QtCore import Qt

from wizard.ui.pdf_output import QUESTIONS, QUESTIONS_LARGE, TCHART


def _create_case(window, asker, qtbot, name):
    asker.texts.append(name)
    qtbot.mouseClick(window.overview.create_button, Qt.MouseButton.LeftButton)
    assert window.case is not None
    return window.case


def _choose_printout_language(window, lang):
    combo = window.overview.language
    combo.setCurrentIndex(combo.findData(lang))
    combo.activated.emit(combo.findData(lang))
    assert window.case.language == lang


def _suggested_names(window, asker):
    """The names offered in the save dialog for each printout (the dialog is cancelled)."""
    names = []
    for save in (
        window.export_checklist,
        window.export_letter,
        *(
            lambda key=key: window.output.save_printout(key)
            for key in (QUESTIONS, QUESTIONS_LARGE, TCHART)
        ),
    ):
        asker.paths.append(None)
        save()
        names.append(asker.suggested.name)
    return names


@pytest.mark.parametrize("lang", ["de", "es"])
def test_a_new_case_prints_in_the_language_of_the_window(make_window, asker, qtbot, lang):
    window = make_window()
    window.switch_language(lang)
    try:
        case = _create_case(window, asker, qtbot, "Lena Neu")
        assert window.store.load(case.id).language == lang
        assert window.overview.language.currentData() == lang
    finally:
        window.switch_language("en")
    # A case made later in an English window prints in English.
    later = _create_case(window, asker, qtbot, "Paul Later")
    assert window.store.load(later.id).language == "en"


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "de",
            [
                "Checkliste Ana Ruiz.pdf",
                "Anforderung Unterlagen Ana Ruiz.pdf",
                "Fragen Ana Ruiz.pdf",
                "Fragen in großer Schrift Ana Ruiz.pdf",
                "T-Tabelle Ana Ruiz.pdf",
            ],
        ),
        (
            "es",
            [
                "Lista de verificación Ana Ruiz.pdf",
                "Solicitud de documentos Ana Ruiz.pdf",
                "Preguntas Ana Ruiz.pdf",
                "Preguntas en letra grande Ana Ruiz.pdf",
                "Tabla en T Ana Ruiz.pdf",
            ],
        ),
    ],
)
def test_suggested_file_names_follow_the_printout_language(
    make_window, asker, qtbot, lang, expected
):
    window = make_window()  # an English window
    _create_case(window, asker, qtbot, "Ana Ruiz")
    _choose_printout_language(window, lang)
    assert _suggested_names(window, asker) == expected


def test_an_english_printout_has_an_english_name_in_a_german_window(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot, "Ana Ruiz")  # made in English: prints in English
    window.switch_language("de")
    try:
        english = "Save the &checklist as PDF\u2026"
        qtbot.waitUntil(lambda: window.export_action.text() != english)  # the window is German
        assert _suggested_names(window, asker) == [
            "Checklist Ana Ruiz.pdf",
            "Records request Ana Ruiz.pdf",
            "Questions Ana Ruiz.pdf",
            "Questions in large print Ana Ruiz.pdf",
            "T-chart Ana Ruiz.pdf",
        ]
    finally:
        window.switch_language("en")
