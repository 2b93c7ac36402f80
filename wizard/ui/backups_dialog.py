"""Case menu > Backups…: the automatic backups, newest first, and restoring one.

The window holds the data folder's writer lock, so it restores in place: the store
closes its connection, the backup is checked and put in place (the data it replaces
is kept as the newest backup, so a restore can be undone), and the window shows
the restored cases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from wizard.errors import UserError
from wizard.store.backups import KEEP, Backup, list_backups
from wizard.store.restore import shown_time
from wizard.ui.text import render
from wizard.ui.widgets import wrapping_label

if TYPE_CHECKING:
    from wizard.ui.main_window import MainWindow


def shown_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class BackupsDialog(QDialog):
    """The list of backups (when, how large, how many cases) with Restore and Close."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("backups")
        self.setWindowTitle(self.tr("Backups"))
        self.intro = wrapping_label(
            self.tr(
                "The program keeps a copy of all your cases each day it is used, the newest "
                "{keep}. Restoring one brings back your cases as they were then. Your data as "
                "it is now is kept as a backup first, so you can go back."
            ).format(keep=KEEP)
        )
        self.empty = wrapping_label(self.tr("There are no backups yet."), role="muted")
        self.table = QTreeWidget()
        self.table.setObjectName("backup-list")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("What it holds")])
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setStyleSheet("QTreeView::item { padding: 3px 18px 3px 4px; }")
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_button.setObjectName("restore-backup")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self.backups: list[Backup] = []
        self.fill()

    def fill(self) -> None:
        self.backups = list_backups(self.window_.store.data_dir)
        self.table.clear()
        first: QTreeWidgetItem | None = None
        for backup in self.backups:
            if backup.cases is None:
                what = self.tr("damaged data, kept as it was")
            else:
                what = self.tr("cases: {count}").format(count=backup.cases)
            item = QTreeWidgetItem([shown_time(backup.made), shown_size(backup.size), what])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            first = first or item
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        if first is not None:
            self.table.setCurrentItem(first)
        self._selection_changed()

    def _chosen(self) -> int | None:
        """The number (1 = newest) of the backup chosen in the list."""
        item = self.table.currentItem()
        return None if item is None else self.table.indexOfTopLevelItem(item) + 1

    def _selection_changed(self) -> None:
        number = self._chosen()
        self.restore_button.setEnabled(
            number is not None and self.backups[number - 1].cases is not None
        )

    def restore_chosen(self) -> None:
        number = self._chosen()
        if number is None:
            return
        window = self.window_
        made = shown_time(self.backups[number - 1].made)
        question = self.tr(
            "Restore the backup from {date}? Your cases go back to how they were then. Your data "
            "as it is now is kept as the newest backup, so you can go back to it."
        ).format(date=made)
        if not window.asker.confirm(self.tr("Restore a backup"), question):
            return
        window.saving.forget()  # changes the disk would not take belong to the data replaced
        try:
            window.store.restore(number)
        except UserError as exc:
            window.asker.error(self.tr("Not restored"), render(exc.msg))
            self.fill()
            return
        window.case = None
        window.open_default_case()
        window.notice.show_notice(
            self.tr(
                "The backup from {date} is restored. Your data as it was before is kept as the "
                "newest backup (Case menu, Backups)."
            ).format(date=made)
        )
        self.accept()


def show_backups(window: MainWindow) -> BackupsDialog:
    """Open the Backups dialog over the window (without blocking it); returns it."""
    dialog = BackupsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
