"""Every user-visible string is collected and translated, with its placeholders intact."""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{\w+\}")
KNOWN_CONTEXTS = {
    "Help",
    "AutoLock",
    "LockScreen",
    "HelpDialog",
    "HelpActions",
    "AboutDialog",
    "Plan",
    "Errors",
    "Checklist",
    "Cli",
    "MainWindow",
    "OverviewPage",
    "StepPage",
    "FieldsForm",
    "DateEdit",
    "EntryList",
    "CheckinsEditor",
    "Calendar",
    "Letter",
    "PassphraseDialog",
    "Records",
    "Package",
    "RecordsPanel",
    "ImportDialog",
    "PictureDialog",
    "QuestionList",
    "TChart",
    "CaseActions",
    "BundleActions",
    "BundlePassphraseDialog",
    "CaseloadDialog",
    "CaseloadModel",
    "NoticeBar",
    "PdfOutput",
    "SavedNotice",
    "QuestionsEditor",
    "QuestionCard",
    "QuestionLibrary",
    "AnswersSection",
    "RecordingsSection",
    "RecordingRow",
    "Playback",
    "InAppPlayer",
    "TChartEditor",
    "TChartOutput",
    "ChartRow",
    "RecoveryKeyDialog",
    "RecoverySheet",
    "SecurityActions",
    "NotSavedBar",
    "SaveState",
    "DamagedDialog",
    "BackupsDialog",
    "ReadingOptions",
}


def test_ts_files_are_complete_and_up_to_date():
    assert translations.problems() == []


def test_placeholders_and_shortcut_marks_survive_translation():
    for lang in translations.LANGUAGES:
        for (_context, source), text in translations.messages(
            ROOT / "translations" / f"{lang}.ts"
        ).items():
            assert text is not None
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (
                lang,
                source,
                text,
            )
            assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), (
                lang,
                source,
                text,
            )


def test_every_context_is_a_real_one():
    # lupdate files a string under a made-up context when a call confuses it.
    contexts = {c for c, _ in translations.messages(ROOT / "translations" / "en.ts")}
    assert contexts == KNOWN_CONTEXTS


def test_every_plan_string_is_collected():
    from wizard.plan import STEPS
    from wizard.plan.rules import _STATUS_LABELS

    collected = {
        s for c, s in translations.messages(ROOT / "translations" / "en.ts") if c == "Plan"
    }
    for step in STEPS:
        for text in (
            step.short_title,
            step.title,
            step.why,
            step.done_when,
            *step.tips,
            *(i.text for i in step.how),
            *(f.label for f in step.fields if f.label or f.shown),
            *(f.group for f in step.fields if f.group),
            *(c.label for f in step.fields for c in f.choices),
            *(x for spec in step.lists for x in (spec.label, spec.add_label)),
            *(f.label for spec in step.lists for f in spec.fields if f.label or f.shown),
        ):
            assert text in collected, text
    assert set(_STATUS_LABELS.values()) <= collected


def test_switching_language_changes_the_window_live(qapp, qtbot, tmp_path):
    from wizard.i18n import AppTranslators
    from wizard.store import CaseStore
    from wizard.store.preferences import Preferences
    from wizard.ui.main_window import MainWindow

    translators = AppTranslators(qapp)
    with CaseStore.open(tmp_path / "d") as store:
        store.create_case("Lena")
        window = MainWindow(store, translators, Preferences(tmp_path / "d"))
        qtbot.addWidget(window)
        english = (window.next_button.text(), window.pages["need"].title.text())
        try:
            for lang in ("de", "es"):
                window.switch_language(lang)
                qtbot.waitUntil(lambda: window.next_button.text() != english[0])
                now = (window.next_button.text(), window.pages["need"].title.text())
                assert now[0] != english[0] and now[1] != english[1], lang
                assert Preferences(tmp_path / "d").language == lang
            window.switch_language("en")
            qtbot.waitUntil(lambda: window.next_button.text() == english[0])
            assert (window.next_button.text(), window.pages["need"].title.text()) == english
        finally:
            translators.switch("en")
            window.close()
