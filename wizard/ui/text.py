"""Rendering the plan's messages with the application's installed translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from wizard.plan.messages import Msg

_translate = QCoreApplication.translate


def qt_translate(context: str, text: str) -> str:
    return _translate(context, text)


def render(msg: Msg) -> str:
    return msg.render(qt_translate, ui_date)


def plan_text(text: str) -> str:
    """A plan string (marked in wizard/plan), in the current language."""
    return Msg(text).render(qt_translate)


def ui_date(iso_date: str) -> str:
    """A date written the way the interface's language writes it (QLocale's default,
    which ``AppTranslators.switch`` sets)."""
    from wizard.i18n import long_date

    return long_date(iso_date, QLocale().name()[:2])
