"""The checklist PDF in a language, dated today: one call for the command line and the window.

The core writer (``wizard.export.checklist``) takes its translator and dates as plain
values, so it stays free of Qt; this module fills them in from Qt's translations.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from wizard.export.checklist import write_checklist_pdf
from wizard.i18n import date_formatter, long_date, translator_for
from wizard.plan import CaseData


def export_checklist(case: CaseData, out: Path, lang: str | None = None) -> None:
    """Write the checklist of ``case`` to ``out``, in ``lang`` (default: the case's language)."""
    lang = lang or case.language
    today = long_date(dt.date.today().isoformat(), lang)
    write_checklist_pdf(case, out, translator_for(lang), today, date_formatter(lang))
