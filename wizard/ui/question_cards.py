"""The user's questions of step 6 as cards: the words editable where they stand, a star for
the most important, and the order changed by dragging, by buttons or by Alt+Up and
Alt+Down. Each card stays the same widget while it moves, so the focus moves with it."""

from __future__ import annotations

import math

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.plan.fields import MAX_TEXT
from wizard.ui.look import set_role
from wizard.ui.split_row import SplitRow
from wizard.ui.widgets import ShowsStoredText

MIME = "application/x-second-opinion-question"


class QuestionText(ShowsStoredText, QTextEdit):
    """One question's words: wraps, grows with its text, Tab moves on, Enter adds no line.

    ``edited`` reports the user's typing only, never a stored text being shown."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Heights by width for the text and font in ``_measured_for``: the layouts ask often.
        self._measured_for: tuple[str, str] = ("", "")
        self._heights: dict[int, int] = {}
        self.textChanged.connect(self._changed)
        self.textChanged.connect(self._follow_lines)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """The height that shows every line of the question at ``width``, without scrolling."""
        key = (self.toPlainText(), self.font().key())
        if self._measured_for != key:
            self._measured_for = key
            self._heights.clear()
        if width not in self._heights:
            self._heights[width] = self._measure(width)
        return self._heights[width]

    def _measure(self, width: int) -> int:
        margins = self.contentsMargins()
        measure = QTextDocument()
        measure.setDefaultFont(self.font())
        measure.setDocumentMargin(self.document().documentMargin())
        measure.setPlainText(self.toPlainText() or "X")
        measure.setTextWidth(max(20, width - margins.left() - margins.right()))
        return math.ceil(measure.size().height()) + margins.top() + margins.bottom()

    def _follow_lines(self) -> None:
        """Ask for a new layout when the question gains or loses a line, not on every key."""
        if self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(self.width(), hint.width())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(80, self.heightForWidth(10000))  # one line

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # a question is one paragraph
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        # Pasted lines become one paragraph.
        self.insertPlainText(" ".join(source.text().split()))

    def _changed(self) -> None:
        if self._showing:
            return
        text = self.toPlainText()
        if len(text) > MAX_TEXT:
            return  # the store would refuse it; what is stored stays until it is shorter
        self.edited.emit(text)


class DragHandle(QLabel):
    """The grip a card is dragged by."""

    def __init__(self, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__("\u283f", parent)  # ⠿
        self.entry_id = entry_id
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._pressed: QPoint | None = None

    def mime_data(self) -> QMimeData:
        mime = QMimeData()
        mime.setData(MIME, str(self.entry_id).encode())
        return mime

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._pressed is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._pressed).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return
        self._pressed = None
        drag = QDrag(self)
        drag.setMimeData(self.mime_data())
        card = self.parentWidget()
        if card is not None:
            drag.setPixmap(card.grab())
            drag.setHotSpot(self.mapTo(card, QPoint(4, 4)))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._pressed = None


class QuestionCard(QFrame):
    """One question with its star, Move up, Move down and Remove."""

    text_edited = Signal(int, str)
    star_toggled = Signal(int, bool)
    move_requested = Signal(int, int)  # entry id, -1 (up) or +1 (down)
    remove_requested = Signal(int)

    def __init__(self, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id = entry_id
        self.setObjectName(f"question-{entry_id}")
        set_role(self, "card")
        self.handle = DragHandle(entry_id, self)
        self.number = QLabel()
        self.text = QuestionText()
        self.number.setBuddy(self.text)
        self._described = ""
        self.star = QCheckBox()
        self.up = QPushButton()
        self.down = QPushButton()
        self.remove = QPushButton()
        for key, button in (("up", self.up), ("down", self.down), ("remove", self.remove)):
            button.setObjectName(key)
        top = QHBoxLayout()
        top.addWidget(self.handle, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text, 1)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.up, self.down, self.remove):
            row.addWidget(button)
        bottom = SplitRow(self.star, buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.text.edited.connect(lambda text: self.text_edited.emit(self.entry_id, text))
        self.star.toggled.connect(lambda on: self.star_toggled.emit(self.entry_id, on))
        self.up.clicked.connect(lambda: self.move_requested.emit(self.entry_id, -1))
        self.down.clicked.connect(lambda: self.move_requested.emit(self.entry_id, 1))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.entry_id))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.move_requested.emit(self.entry_id, s))
        self.retranslate()

    def retranslate(self) -> None:
        self.star.setText(self.tr("\u2605 Most important"))
        self.star.setAccessibleName(self.tr("Most important: print this question first"))
        self.up.setText(self.tr("\u25b2 Up"))
        self.up.setAccessibleName(self.tr("Move this question up"))
        self.up.setToolTip(self.tr("Move this question up (Alt+Up)"))
        self.down.setText(self.tr("\u25bc Down"))
        self.down.setAccessibleName(self.tr("Move this question down"))
        self.down.setToolTip(self.tr("Move this question down (Alt+Down)"))
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this question"))
        self.handle.setToolTip(self.tr("Drag to move this question"))
        self.handle.setAccessibleName(self.tr("Drag to move this question"))

    def show_entry(self, position: int, count: int, text: str, starred: bool) -> None:
        """Show the stored question, the ``position``-th (from 1) of ``count``."""
        self.number.setText(f"{position}.")
        self.text.setAccessibleName(
            self.tr("Question {number} of {count}").format(number=position, count=count)
        )
        self.text.show_text(text)
        # The card's buttons are alike on every card: each says which question it is for.
        described = self.tr("Question {number}: {question}").format(number=position, question=text)
        if described != self._described:
            self._described = described
            for control in (self.star, self.up, self.down, self.remove):
                control.setAccessibleDescription(described)
        self.star.blockSignals(True)
        self.star.setChecked(starred)
        self.star.blockSignals(False)
        self.up.setEnabled(position > 1)
        self.down.setEnabled(position < count)


class QuestionList(QWidget):
    """The cards in the user's order; a card dropped here moves to where it was dropped."""

    dropped = Signal(int, int)  # entry id, its new place (0: the top)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.cards: list[QuestionCard] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self._indicator: int | None = None  # where a drop would put the card

    def set_cards(self, cards: list[QuestionCard]) -> None:
        """Show ``cards`` in this order; cards left out are deleted, the others only move."""
        if cards == self.cards:
            return  # the layout is not touched: every layout pass measures every question
        for card in self.cards:
            if card not in cards:
                card.hide()
                card.deleteLater()
        for card in cards:
            self.column.removeWidget(card)
        for card in cards:
            self.column.addWidget(card)
            card.show()
        self.cards = list(cards)

    def drop_index(self, pos: QPoint) -> int:
        """The place (0: before the first card) that a card dropped at ``pos`` goes to."""
        for index, card in enumerate(self.cards):
            if pos.y() < card.geometry().center().y():
                return index
        return len(self.cards)

    def _moving(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> int | None:
        data = event.mimeData().data(MIME).data() if event.mimeData().hasFormat(MIME) else b""
        text = bytes(data).decode(errors="replace")
        return int(text) if text.isdigit() else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._moving(event) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if self._moving(event) is None:
            return
        event.acceptProposedAction()
        self._indicator = self.drop_index(event.position().toPoint())
        self.update()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._indicator = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self._indicator = None
        self.update()
        entry_id = self._moving(event)
        ids = [card.entry_id for card in self.cards]
        if entry_id is None or entry_id not in ids:
            return
        event.acceptProposedAction()
        index = self.drop_index(event.position().toPoint())
        if ids.index(entry_id) < index:
            index -= 1  # the card leaves its own place above
        if index != ids.index(entry_id):
            self.dropped.emit(entry_id, index)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._indicator is None or not self.cards:
            return
        if self._indicator < len(self.cards):
            y = self.cards[self._indicator].geometry().top() - 2
        else:
            y = self.cards[-1].geometry().bottom() + 2
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().highlight().color(), 3))
        painter.drawLine(0, y, self.width(), y)
