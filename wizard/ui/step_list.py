"""The list of the overview and the nine steps beside the page: as wide as its longest
line in the current language and text size, up to a third of the window; a longer
status wraps onto another line instead of being cut off or taking the page's room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QListWidget, QSizePolicy, QWidget

MIN_WIDTH = 200
MIN_CHARS = 20  # the list is never made narrower than this for lack of room
WINDOW_SHARE = 0.3


class StepList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.model().dataChanged.connect(self.updateGeometry)
        self.model().rowsInserted.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(self.needed_width(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.needed_width(), super().minimumSizeHint().height())

    def needed_width(self) -> int:
        """The longest line, the frame, and room for the scroll bar a tall text needs."""
        content = self.sizeHintForColumn(0) if self.count() else 0
        room = max(
            self.fontMetrics().averageCharWidth() * MIN_CHARS,
            int(self.window().width() * WINDOW_SHARE),
        )
        content = min(content, room)
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return max(MIN_WIDTH, content + 2 * self.frameWidth() + scroll_bar + 4)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.window().installEventFilter(self)
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window() and event.type() == QEvent.Type.Resize:
            self.updateGeometry()  # its share of the window changed
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
        super().changeEvent(event)
