"""The Help menu: a help page for each step (F1 opens the one on screen) and About."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wizard import APP_NAME, __licence__, __version__
from wizard.plan.help import PAGES, help_page
from wizard.ui.look import set_role
from wizard.ui.widgets import wrapping_label


def _help(text: str) -> str:
    return QCoreApplication.translate("Help", text)


class HelpDialog(QDialog):
    """One help page at a time, with a chooser for the others; it stays open beside the
    window (not modal), so the user can read and work at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.chooser_label = QLabel()
        self.chooser = QComboBox()
        self.chooser_label.setBuddy(self.chooser)
        self.chooser.currentIndexChanged.connect(self._show_chosen)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.chooser_label)
        top.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        self.key = PAGES[0].key
        self.retranslate()

    def show_page(self, key: str) -> None:
        self.key = help_page(key).key
        index = [page.key for page in PAGES].index(self.key)
        if self.chooser.currentIndex() != index:
            self.chooser.setCurrentIndex(index)  # shows it
        else:
            self._fill()

    def _show_chosen(self, index: int) -> None:
        if 0 <= index < len(PAGES):
            self.key = PAGES[index].key
            self._fill()

    def _fill(self) -> None:
        page = help_page(self.key)
        parts = [f"<h2>{escape(_help(page.title))}</h2>"]
        parts += [f"<p>{escape(_help(text))}</p>" for text in page.paragraphs]
        self.text.setHtml("".join(parts))
        self.text.setAccessibleName(_help(page.title))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Help: {app}").format(app=APP_NAME))
        self.chooser_label.setText(self.tr("&Help about:"))
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems([_help(page.title) for page in PAGES])
        self.chooser.setCurrentIndex([page.key for page in PAGES].index(self.key))
        self.chooser.blockSignals(False)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AboutDialog(QDialog):
    """The version, the licence, where the data lives, and that nothing leaves the computer."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.title = QLabel()
        set_role(self.title, "title")
        self.version = wrapping_label()
        self.privacy = wrapping_label()
        self.advice = wrapping_label()
        self.folder = wrapping_label()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licence = wrapping_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.version, self.privacy, self.advice, self.folder):
            layout.addWidget(widget)
        layout.addWidget(self.licence)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.title.setText(APP_NAME)
        self.version.setText(self.tr("Version {version}").format(version=__version__))
        self.privacy.setText(
            self.tr(
                "Nothing is ever sent anywhere. The program does not use the internet. What "
                "you type stays on this computer, locked with encryption. It only leaves the "
                "computer in a file you choose to save or print."
            )
        )
        self.advice.setText(
            self.tr(
                "The program helps you organize getting a second opinion. It does not give "
                "medical advice."
            )
        )
        self.folder.setText(
            self.tr("Your data is kept in this folder: {folder}").format(folder=self.data_dir)
        )
        self.licence.setText(
            self.tr("Free software under the {licence} licence.").format(licence=__licence__)
        )


class HelpActions(QObject):
    """The Help menu of the window; ``page_key`` says which page is on screen."""

    def __init__(
        self, parent: QWidget, menu: QMenu, page_key: Callable[[], str], data_dir: Path
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.menu = menu
        self.page_key = page_key
        self.data_dir = data_dir
        self.help_dialog: HelpDialog | None = None
        self.help_action = menu.addAction("", self.show_help)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        menu.addSeparator()
        self.about_action = menu.addAction("", self.show_about)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Help"))
        self.help_action.setText(self.tr("&Help for this page"))
        self.about_action.setText(self.tr("&About {app}").format(app=APP_NAME))

    def show_help(self) -> HelpDialog:
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.parent_widget)
        self.help_dialog.show_page(self.page_key())
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def show_about(self) -> None:
        AboutDialog(self.data_dir, self.parent_widget).exec()
