"""At start, a damaged database: say so in plain words and offer the newest good backup.

Never silent and never automatic: the user chooses to restore the backup (named by
its date) or to quit. Restoring keeps the damaged file among the backups first, as
the command ``restore --from-backup`` does, so that it can still be handed to
someone who can rescue it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from wizard import APP_NAME
from wizard.errors import UserError
from wizard.store import CaseStore
from wizard.store.backups import Backup
from wizard.store.database import DB_NAME, DatabaseDamaged, open_database
from wizard.store.restore import newest_good, restore_backup, shown_time
from wizard.ui.look import set_role
from wizard.ui.text import render
from wizard.ui.widgets import wrapping_label

# Shows the dialog and returns its result; tests answer it without a modal loop.
Run = Callable[[QDialog], int]


class DamagedDialog(QDialog):
    """The data is damaged: restore the newest good backup, or quit."""

    def __init__(
        self, damaged: DatabaseDamaged, found: Backup | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damaged-data")
        self.setWindowTitle(self.tr("Your data is damaged \u2014 {app}").format(app=APP_NAME))
        self.heading = wrapping_label(self.tr("Your data cannot be opened"))
        set_role(self.heading, "heading")
        what = self.tr(
            "The file that holds your cases is damaged, so the program cannot open it. "
            "Nothing was changed or deleted."
        )
        if found is None:
            offer = self.tr(
                "There is no good backup to restore. Keep the data folder as it is, and ask "
                "someone who knows computers for help. The data folder is:\n{folder}"
            ).format(folder=damaged.path.parent)
        else:
            offer = self.tr(
                "The newest good backup is from {date}. Restoring it brings back your cases as "
                "they were then; changes made after that are lost. The damaged file is kept "
                "aside as a backup first."
            ).format(date=shown_time(found.made))
        self.text = wrapping_label(what + "\n\n" + offer)
        self.text.setMinimumWidth(520)
        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if found is not None:
            self.restore_button = self.buttons.addButton(
                self.tr("&Restore the backup from {date}").format(date=shown_time(found.made)),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.restore_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)

    def restored(self, chosen: Backup) -> str:
        """What the window says once the backup is in place."""
        return self.tr(
            "The backup from {date} is restored. The damaged file is kept among the backups "
            "(Case menu, Backups)."
        ).format(date=shown_time(chosen.made))


def offer_restore(
    damaged: DatabaseDamaged, run: Run = lambda dialog: dialog.exec()
) -> tuple[CaseStore | None, str]:
    """Ask whether to restore the newest good backup over the damaged database; restore
    it if the user says so (the caller holds the writer lock). Returns the store opened
    on the restored data (None: the user quits, or the restore failed) and a sentence for
    the window, or for a message box when there is no window."""
    folder, key = damaged.path.parent, damaged.key
    found = newest_good(folder, key)
    dialog = DamagedDialog(damaged, None if found is None else found[1])
    if run(dialog) != QDialog.DialogCode.Accepted or found is None:
        return None, ""
    number, _backup = found
    try:
        chosen, _kept = restore_backup(folder, key, number)
        store = CaseStore(open_database(folder / DB_NAME, key), folder, key)
    except UserError as exc:
        return None, render(exc.msg)
    return store, dialog.restored(chosen)
