"""Playing a recording inside the program, from memory only.

QtMultimedia is not part of every installation (PySide6-Essentials lacks it, and it needs
the system's sound libraries): ``InAppPlayer.make`` returns None where it cannot be loaded
or has no working backend, and the caller offers the system's player instead. The
decrypted recording is held in a QBuffer and dropped when playing stops; nothing plain is
written to disk.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from wizard.ui.widgets import wrapping_label


def load_multimedia() -> ModuleType | None:
    """PySide6.QtMultimedia, or None where it is not installed or cannot load."""
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except (ImportError, OSError):
        return None


def clock(ms: int) -> str:
    seconds = max(ms, 0) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class InAppPlayer(QWidget):
    """A small player: what plays, where it is (a slider the arrow keys move), Pause, Stop."""

    failed = Signal()  # the player could not play what it was given

    @classmethod
    def make(cls, parent: QWidget | None = None) -> InAppPlayer | None:
        media = load_multimedia()
        if media is None:
            return None
        player = cls(media, parent)
        if not player.player.isAvailable():
            player.deleteLater()
            return None
        return player

    def __init__(self, media: ModuleType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("in-app-player")
        self.media = media
        self.player = media.QMediaPlayer(self)
        self.output = media.QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        self.buffer: QBuffer | None = None
        self.name = ""
        self.title = wrapping_label(role="subheading")
        self.no_speaker = wrapping_label(role="muted")
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.setObjectName("player-position")
        self.position.setSingleStep(5000)  # the arrow keys: 5 seconds
        self.position.setPageStep(30000)
        self.time = QLabel(clock(0))
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("player-pause")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("player-stop")
        self.pause_button.clicked.connect(self._pause_or_go_on)
        self.stop_button.clicked.connect(self.stop)
        self.position.valueChanged.connect(self._moved)
        self.player.positionChanged.connect(self._position)
        self.player.durationChanged.connect(self._duration)
        self.player.playbackStateChanged.connect(lambda _state: self._show_state())
        self.player.errorOccurred.connect(self._error)
        controls = QHBoxLayout()
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.title)
        layout.addLayout(controls)
        layout.addWidget(self.no_speaker)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.stop_button.setText(self.tr("&Stop"))
        self.position.setAccessibleName(self.tr("Position in the recording"))
        self.no_speaker.setText(
            self.tr(
                "No loudspeaker or headphones were found on this computer; connect them to "
                "hear the recording."
            )
        )
        self._show_state()

    def play(self, name: str, data: bytes) -> None:
        """Play ``data`` (a whole recording, decrypted) from memory."""
        self.stop()
        self.name = name
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        # The name tells the player the kind of file; nothing is read from disk.
        self.player.setSourceDevice(self.buffer, QUrl(name))
        self.no_speaker.setVisible(not self.media.QMediaDevices.audioOutputs())
        self.show()
        self.player.play()
        self._show_state()

    def stop(self) -> None:
        """Stop and forget the recording (its decrypted bytes go with the buffer)."""
        self.player.stop()
        # Not setSourceDevice(None): with the FFmpeg backend (Qt 6.11) that can hang for
        # good when it comes right after stopping a recording that was playing.
        self.player.setSource(QUrl())
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
            self.buffer.deleteLater()
            self.buffer = None
        self.name = ""
        self.hide()

    @property
    def playing(self) -> bool:
        return self.player.playbackState() == self.media.QMediaPlayer.PlaybackState.PlayingState

    def _pause_or_go_on(self) -> None:
        if self.playing:
            self.player.pause()
        else:
            self.player.play()

    def _show_state(self) -> None:
        if self.name:
            self.title.setText(self.tr("Playing \u201c{name}\u201d").format(name=self.name))
        self.pause_button.setText(self.tr("&Pause") if self.playing else self.tr("P&lay"))

    def _moved(self, value: int) -> None:
        if abs(value - self.player.position()) > 500:  # the user moved it, not the playing
            self.player.setPosition(value)

    def _position(self, ms: int) -> None:
        self.position.blockSignals(True)
        self.position.setValue(ms)
        self.position.blockSignals(False)
        self.time.setText(f"{clock(ms)} / {clock(self.player.duration())}")

    def _duration(self, ms: int) -> None:
        self.position.setRange(0, max(ms, 0))
        self.time.setText(f"{clock(self.player.position())} / {clock(ms)}")

    def _error(self, error: object, _text: str = "") -> None:
        if error != self.media.QMediaPlayer.Error.NoError:
            self.stop()
            self.failed.emit()
