"""Playing step 7's recordings: in the program where QtMultimedia works
(``wizard.ui.audio_player``, from memory); elsewhere, or when that fails, the user may let
the computer's own player have a plain copy, after a warning (``wizard.export.plain_copy``
says where the copy lives and when it goes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wizard.errors import UserError
from wizard.export.plain_copy import PlainCopies
from wizard.plan.documents import CaseFile
from wizard.store.cases import CaseStore
from wizard.ui.audio_player import InAppPlayer
from wizard.ui.background import Job
from wizard.ui.dialogs import Asker
from wizard.ui.text import render
from wizard.ui.widgets import wrapping_label

# Larger recordings are not held in memory to play them in the program.
MAX_IN_MEMORY = 1024**3


class Playback(QWidget):
    """The player of the program (shown while it plays) and the note about a plain copy."""

    def __init__(self, store: CaseStore, asker: Asker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.asker = asker
        self.plain = PlainCopies(store.data_dir)
        # Plain copies a crashed run left behind (the window holds the folder's lock now).
        self.plain.remove_all()
        self.case_id: int | None = None
        self.preparing: Job | None = None
        self.player: InAppPlayer | None = None
        self._player_tried = False
        self.in_app: CaseFile | None = None  # the recording the program's player has
        self.copy_of: CaseFile | None = None  # the recording whose plain copy is out
        self.copy_note = wrapping_label()
        self.copy_note.setObjectName("plain-copy-note")
        self.delete_copy_button = QPushButton()
        self.delete_copy_button.setObjectName("delete-plain-copy")
        self.delete_copy_button.clicked.connect(self.delete_copy)
        self.copy_box = QWidget()
        copy_layout = QHBoxLayout(self.copy_box)
        copy_layout.setContentsMargins(0, 0, 0, 0)
        copy_layout.addWidget(self.copy_note, 1)
        copy_layout.addWidget(self.delete_copy_button)
        self.copy_box.hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.copy_box)
        self.retranslate()

    def retranslate(self) -> None:
        self.delete_copy_button.setText(self.tr("&Delete the copy now"))
        self._show_copy_note()
        if self.player is not None:
            self.player.retranslate()

    def show_case_id(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            # Nothing of one patient stays out while another's case is shown.
            self.stop_playing()
            self.delete_copy()
        self.case_id = case_id

    # -- in the program ---------------------------------------------------------------
    def _in_app_player(self) -> InAppPlayer | None:
        if not self._player_tried:
            self._player_tried = True
            self.player = InAppPlayer.make(self)
            if self.player is not None:
                self.player.failed.connect(self._in_app_failed)
                self.layout_.insertWidget(0, self.player)
        return self.player

    def play(self, file: CaseFile) -> None:
        """Play in the program where it can; else offer the computer's own player."""
        player = self._in_app_player()
        if player is None or file.size > MAX_IN_MEMORY:
            self.play_outside(file)
            return
        stream = self._open(file)
        if stream is None:
            return
        self.stop_playing()

        def decrypt(progress: Callable[[object], None], cancelled: Callable[[], bool]) -> bytes:
            with stream:
                return stream.read()

        self.preparing = Job(decrypt, self)
        self.preparing.done.connect(lambda data, f=file: self._decrypted(f, data))
        self.preparing.failed.connect(self._open_failed)
        self.preparing.start()

    def _decrypted(self, file: CaseFile, data: bytes) -> None:
        if self.player is not None and self.case_id is not None:
            self.in_app = file
            self.player.play(file.name, data)

    def _in_app_failed(self) -> None:
        file, self.in_app = self.in_app, None
        if file is not None:
            self.play_outside(file, failed=True)

    def stop_playing(self) -> None:
        if self.preparing is not None and not self.preparing.finished:
            self.preparing.cancel()
        if self.player is not None:
            self.player.stop()
        self.in_app = None

    def forget(self, file: CaseFile) -> None:
        """``file`` leaves the case: stop playing it, delete its plain copy."""
        if self.in_app is not None and self.in_app.id == file.id:
            self.stop_playing()
        if self.copy_of is not None and self.copy_of.id == file.id:
            self.delete_copy()

    def _open(self, file: CaseFile) -> BinaryIO | None:
        if self.case_id is None:
            return None
        try:
            return self.store.files.open(self.case_id, file.id)
        except UserError as exc:
            self.asker.error(self.tr("Play the recording"), render(exc.msg))
            return None

    def _open_failed(self, exc: BaseException) -> None:
        text = render(exc.msg) if isinstance(exc, UserError) else type(exc).__name__
        self.asker.error(self.tr("Play the recording"), text)

    # -- with the computer's own player ---------------------------------------------------
    def play_outside(self, file: CaseFile, failed: bool = False) -> None:
        """After the user's yes to the warning: a plain copy for the computer's own player."""
        lines = []
        if failed:
            lines.append(self.tr("The program could not play this recording itself."))
        lines.append(
            self.tr(
                "To play it, your computer's own player needs a plain, unlocked copy of the "
                "recording outside your locked data folder. The copy is deleted when you close "
                "this program, or sooner if you choose \u201cDelete the copy now\u201d."
            )
        )
        if not self.asker.continue_or_cancel(
            self.tr("Play the recording"), " ".join(lines), self.tr("Continue")
        ):
            return
        self.delete_copy()  # one plain copy at most
        stream = self._open(file)
        if stream is None:
            return
        plain = self.plain

        def copy(progress: Callable[[object], None], cancelled: Callable[[], bool]) -> Path | None:
            with stream:
                return plain.write(file.name, stream, cancelled)

        self.preparing = Job(copy, self)
        self.preparing.done.connect(lambda path, f=file: self._copied(f, path))
        self.preparing.failed.connect(self._open_failed)
        self.preparing.start()

    def _copied(self, file: CaseFile, path: Path | None) -> None:
        if path is None:
            return
        self.copy_of = file
        if not self.asker.open_in_system(path):
            self.delete_copy()
            self.asker.error(
                self.tr("Play the recording"),
                self.tr(
                    "No program on this computer could play the recording, so the plain copy "
                    "was deleted again."
                ),
            )
            return
        self._show_copy_note()

    def _show_copy_note(self) -> None:
        file = self.copy_of
        shown = file is not None and bool(self.plain.copies)
        if file is not None and shown:
            self.copy_note.setText(
                self.tr(
                    "A plain copy of \u201c{name}\u201d is open in your computer's player. It is "
                    "deleted when you close this program."
                ).format(name=file.name)
            )
        self.copy_box.setVisible(shown)

    def delete_copy(self) -> None:
        """Delete the plain copy handed to the computer's player (if there is one)."""
        self.plain.remove_all()
        self.copy_of = None
        self._show_copy_note()

    def stop_work(self) -> None:
        """The window closes: stop, wait, and delete every plain copy."""
        if self.preparing is not None and not self.preparing.finished:
            self.preparing.cancel()
            self.preparing.wait(30)
        if self.player is not None:
            self.player.stop()
        self.delete_copy()
