"""Choosing where to save a file the user asked for (a PDF, a case file)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from wizard.errors import UserError
from wizard.export.target import check_export_target
from wizard.i18n import translator_for
from wizard.ui.text import render

if TYPE_CHECKING:
    from wizard.plan.case import CaseData
    from wizard.ui.dialogs import Asker


def printout_file_name(case: CaseData, context: str, text: str) -> str:
    """The suggested name of a file printed from ``case``: ``text`` (marked with
    QT_TRANSLATE_NOOP in ``context``, with ``{name}``) in the printout's language, the
    case's, so that a German checklist is offered as "Checkliste ….pdf" in any window."""
    return translator_for(case.language)(context, text).format(name=case.name)


def safe_file_name(name: str, fallback: str = "checklist.pdf") -> str:
    """A file name without folder separators or characters that file systems refuse."""
    cleaned = "".join("-" if ch in '/\\:*?"<>|' or ord(ch) < 32 else ch for ch in name)
    return cleaned.strip(" .") or fallback


def ask_save_path(
    asker: Asker,
    data_dir: Path,
    title: str,
    file_name: str,
    suffix: str,
    filter_text: str,
) -> Path | None:
    """Where to save a new file: asked with ``file_name`` in the home folder suggested.

    ``suffix`` (".json") is added when the user left it out, and then a file of that
    name is replaced only when the user says so (the file dialog asked about the name as
    typed). A target the program must not write (its own data folder, a link) is said in
    a sentence. None when the user changed their mind or the target is refused.
    """
    suggested = Path.home() / safe_file_name(file_name, "file" + suffix)
    path = asker.save_path(title, suggested, filter_text)
    if path is None:
        return None
    added_suffix = path.suffix.lower() != suffix
    if added_suffix:
        path = path.with_name(path.name + suffix)
    try:
        target = check_export_target(path, data_dir)
    except UserError as exc:
        asker.error(QCoreApplication.translate("MainWindow", "Not saved"), render(exc.msg))
        return None
    if added_suffix and path.exists():
        replace = QCoreApplication.translate("MainWindow", "{file} already exists. Replace it?")
        replace = replace.format(file=path.name)
        if not asker.confirm(title, replace):
            return None
    return target
