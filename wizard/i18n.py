"""Loading translations (QtCore only, no widgets), for the UI and for printouts.

A language whose translation cannot be loaded is an error (``UserError``), never a quiet
fall-back to English; English is the source language and needs no translation file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import LANGUAGES
from wizard.qm_files import qm_file

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}
Translate = Callable[[str, str], str]
# Long dates without the weekday, in each language's own order.
_DATE_FORMATS = {"en": "MMMM d, yyyy", "de": "d. MMMM yyyy", "es": "d 'de' MMMM 'de' yyyy"}
_loaded: dict[str, QTranslator] = {}


def missing_translation(lang: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The translation for {language} could not be loaded; install the program again, "
            "or choose another language.",
        ),
        language=LANGUAGE_NAMES.get(lang, lang),
    )


def load_translator(lang: str, parent: QCoreApplication | None = None) -> QTranslator:
    """The program's own translator for ``lang`` (not English); raises UserError where its
    file is missing or unreadable."""
    translator = QTranslator(parent)
    path = qm_file(lang)
    if path is None or not translator.load(str(path)):
        raise missing_translation(lang)
    return translator


def system_language() -> str:
    """The language of the user's environment (LANG), where we have it; else English."""
    lang = QLocale.system().name()[:2]
    return lang if lang in LANGUAGES else "en"


def translator_for(lang: str) -> Translate:
    """A ``tr(context, text)`` function for ``lang``; raises UserError where ``lang``'s
    translation cannot be loaded."""
    if lang == "en":
        return lambda context, text: text
    if lang not in _loaded:
        _loaded[lang] = load_translator(lang)
    translator = _loaded[lang]

    def tr(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return tr


def long_date(iso_date: str, lang: str) -> str:
    """A date as people in ``lang`` write it (``27 November 2026``)."""
    date = QDate.fromString(iso_date[:10], "yyyy-MM-dd")
    if not date.isValid():
        return iso_date
    return QLocale(lang).toString(date, _DATE_FORMATS.get(lang, _DATE_FORMATS["en"]))


def date_formatter(lang: str) -> Callable[[str], str]:
    return lambda iso_date: long_date(iso_date, lang)


def local_amount(stored: str, lang: str) -> str:
    """A stored sum of money (``"1234.50"``) as people in ``lang`` write it: ``1,234.50``,
    ``1.234,50``; a value that is not a number is left as it is."""
    try:
        value = float(stored)
    except ValueError:
        return stored
    return QLocale(lang).toString(value, "f", 2)


def amount_formatter(lang: str) -> Callable[[str], str]:
    return lambda stored: local_amount(stored, lang)


class AppTranslators:
    """The translators installed in a running application, switchable live."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, lang: str) -> None:
        """Install ``lang``, with Qt's own translation for the standard dialogs and buttons.

        Raises UserError, keeping the language in use, where ``lang`` cannot be loaded.
        """
        new: list[QTranslator] = []
        if lang != "en":
            # Parented, so it is not garbage-collected.
            ours = load_translator(lang, self.app)
            qt_own = QTranslator(self.app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{lang}", qt_dir):
                new.append(qt_own)
            new.append(ours)  # installed last, so asked first
        for old in self.installed:
            self.app.removeTranslator(old)
            old.deleteLater()
        QLocale.setDefault(QLocale(lang) if lang != "en" else QLocale("en_US"))
        for translator in new:
            self.app.installTranslator(translator)
        self.installed = new
        self.language = lang
