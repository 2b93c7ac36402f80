"""Showing a new recovery key, once: in large letters, with a sheet to print or save.

The key is not kept anywhere after this dialog closes; the sheet is printed from memory
and saved only where the user chooses (never into the data folder).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard import APP_NAME
from wizard.errors import UserError
from wizard.ui.passphrase_dialog import fit_height, text_label
from wizard.ui.saving import ask_save_path
from wizard.ui.text import render

if TYPE_CHECKING:
    from wizard.ui.dialogs import Asker


class RecoveryKeyDialog(QDialog):
    """The recovery key ``code``, shown this once; ``lang`` is the sheet's language."""

    def __init__(
        self,
        code: str,
        data_dir: Path,
        lang: str,
        asker: Asker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from wizard.ui.dialogs import Asker

        self.code = code
        self.data_dir = data_dir
        self.lang = lang
        self.asker = asker or Asker(self)
        self.kept = False  # printed or saved
        self.setWindowTitle(self.tr("{program}: your recovery key").format(program=APP_NAME))
        self.intro = text_label(
            self.tr(
                "This is your recovery key. It opens your data if you forget your passphrase, "
                "or if the computer's keyring loses the key. It is shown only this once."
            )
        )
        self.key_label = QLabel(code.replace("-", " - "))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setStyleSheet("border: 2px solid #333; padding: 12px; background: white;")
        self.keep = text_label(
            self.tr(
                "Print it or save it as a PDF, or write it down, and keep it in a safe place away "
                "from the computer. Anyone who has it and your computer can open your data. "
                "Without the passphrase and this key, no one can open your data."
            )
        )
        self.saved = text_label()
        self.saved.hide()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        self.done_button = QPushButton(self.tr("I have kept it &safe"))
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.keep)
        layout.addWidget(self.saved)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.resize(640, 240)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        fit_height(self)

    def _sheet(self, out: Path | io.BytesIO) -> None:
        from wizard.export.recovery_sheet import write_recovery_sheet
        from wizard.i18n import long_date, translator_for

        made_on = long_date(dt.date.today().isoformat(), self.lang)
        write_recovery_sheet(self.code, out, translator_for(self.lang), made_on)

    def save_sheet(self) -> Path | None:
        target = ask_save_path(
            self.asker,
            self.data_dir,
            self.tr("Save the recovery sheet"),
            self.tr("recovery-key.pdf"),
            ".pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return None
        try:
            self._sheet(target)
        except (UserError, OSError) as exc:
            text = render(exc.msg) if isinstance(exc, UserError) else str(exc)
            self.asker.error(self.tr("Not saved"), text)
            return None
        self.kept = True
        self.saved.setText(self.tr("Saved: {path}").format(path=str(target)))
        self.saved.show()
        fit_height(self)
        return target

    def print_sheet(self) -> bool:
        from wizard.ui.printing import print_pdf

        printer = self.asker.printer(self.tr("Print the recovery sheet"))
        if printer is None:
            return False
        data = io.BytesIO()
        try:
            self._sheet(data)
            print_pdf(data.getvalue(), printer)
        except UserError as exc:
            self.asker.error(self.tr("Not printed"), render(exc.msg))
            return False
        self.kept = True
        return True
