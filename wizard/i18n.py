"""Loading translations (QtCore only, no widgets), for the UI and for printouts."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from wizard.paths import translations_dir
from wizard.plan.case import LANGUAGES

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}
Translate = Callable[[str, str], str]
# Long dates without the weekday, in each language's own order.
_DATE_FORMATS = {"en": "MMMM d, yyyy", "de": "d. MMMM yyyy", "es": "d 'de' MMMM 'de' yyyy"}


def qm_file(lang: str) -> Path:
    return translations_dir() / f"{lang}.qm"


@cache
def _translator(lang: str) -> QTranslator | None:
    if lang == "en":
        return None
    translator = QTranslator()
    if not translator.load(str(qm_file(lang))):
        return None
    return translator


def system_language() -> str:
    """The language of the user's environment (LANG), where we have it; else English."""
    lang = QLocale.system().name()[:2]
    return lang if lang in LANGUAGES else "en"


def translator_for(lang: str) -> Translate:
    """A ``tr(context, text)`` function for ``lang``; English source text where missing."""
    translator = _translator(lang)
    if translator is None:
        return lambda context, text: text

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

    def switch(self, lang: str) -> bool:
        """Install ``lang``; returns False (and stays in English) when it cannot be loaded."""
        QLocale.setDefault(QLocale("en_US"))
        for old in self.installed:
            self.app.removeTranslator(old)
        self.installed = []
        self.language = "en"
        if lang == "en":
            return True
        ours = QTranslator(self.app)  # parented, so it is not garbage-collected
        if not ours.load(str(qm_file(lang))):
            return False
        qt_own = QTranslator(self.app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{lang}", qt_dir):
            self.app.installTranslator(qt_own)
            self.installed.append(qt_own)
        self.app.installTranslator(ours)
        self.installed.append(ours)
        self.language = lang
        QLocale.setDefault(QLocale(lang))
        return True
