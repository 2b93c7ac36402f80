"""Small widgets: a check box whose long text wraps, the verdict box, a calm drop-down
list, a box for several lines of notes, and a notice bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.look import set_role
from wizard.ui.marks import DONE, HALF

MIN_COMBO_CHARS = 14


def wrapping_label(text: str = "", role: str | None = None) -> QLabel:
    """A label that wraps and never forces its page wider than the window.

    An unbreakable word (a long name) is cut at the edge instead of pushing
    the whole page into sideways scrolling.
    """
    label = QLabel(text)
    label.setWordWrap(True)
    _never_wider_than_the_page(label)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        set_role(label, role)
    return label


def heading_label(text: str = "") -> QLabel:
    """A page's heading (its title). The window gives it the focus when the page opens, so
    that a screen reader reads it and Tab goes on from the top of the page: Tab reaches it,
    a click does not take it, and the style draws a clear outline while it has the focus."""
    label = wrapping_label(text, role="title")
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return label


def _never_wider_than_the_page(label: QLabel) -> None:
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    label.setMinimumWidth(40)


class _ClickLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class WrappingCheckBox(QWidget):
    """A check box with a long, wrapping label.

    QCheckBox cannot wrap its text, so the text sits in a label beside it;
    clicking the label toggles the box, and the box carries the text as its
    accessible name for screen readers. Space toggles it from the keyboard.
    """

    toggled = Signal(bool)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = _ClickLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        _never_wider_than_the_page(self.label)
        self.label.setBuddy(self.box)
        self.label.clicked.connect(self._label_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)
        self.box.toggled.connect(self.toggled)
        self.setText(text)

    def _label_clicked(self) -> None:
        if self.box.isEnabled():
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.toggle()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's naming
        self.label.setText(text)
        self.box.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:  # noqa: N802
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802
        self.box.setChecked(checked)

    def setCheckedQuietly(self, checked: bool) -> None:  # noqa: N802
        """Show a stored state without reporting it as the user's change."""
        self.box.blockSignals(True)
        self.box.setChecked(checked)
        self.box.blockSignals(False)


# The verdict's kinds, each with a mark beside its words: the colour only repeats them.
VERDICT_MARK = {"done": DONE, "own_word": DONE, "open": HALF}


class VerdictBox(QFrame):
    """The live done-when verdict: a coloured box with one line (a mark and words) and a
    list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = wrapping_label(role="heading")
        self.details = wrapping_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 10)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)

    def show_verdict(self, kind: str, headline: str, details: list[str], note: str = "") -> None:
        shown_height = self.height() if self.isVisible() else 0
        if self.property("verdict") != kind:  # re-styling is costly: only when it changes
            self.setProperty("verdict", kind)
            self.style().unpolish(self)
            self.style().polish(self)
        self.headline.setText(f"{VERDICT_MARK[kind]} {headline}")
        self.headline.setAccessibleName(headline)
        lines = [note] if note else []
        lines += [f"\u2022 {line}" for line in details]
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.setAccessibleDescription(headline + "\n" + self.details.text())
        # Never shrink while the user works on the page: a shorter box would shorten the
        # page, the scroll area would move the content, and the next click would miss.
        self.setMinimumHeight(max(self.minimumHeight(), shown_height))

    def release_height(self) -> None:
        """Let the box take its natural height again (when its page is opened anew)."""
        self.setMinimumHeight(0)


FOCUS_COLOUR = QColor("#1a5fb4")  # the focus outline of the style (wizard.ui.look)


class OutlinedWhenFocused(QComboBox):
    """A drop-down list with the style's focus outline: a style sheet border would take
    the list's arrow away, so the outline is drawn over the list as the style drew it."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(FOCUS_COLOUR, 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)


class CalmComboBox(OutlinedWhenFocused):
    """A drop-down list that the mouse wheel does not change unless the user picked it:
    scrolling the page over it scrolls the page, never changes an answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Narrower than the longest choice where the page has no room for it (large text,
        a long translation): the page never grows wider than the window. Its usual size
        (``sizeHint``) still shows every choice whole."""
        hint = super().minimumSizeHint()
        room = self.fontMetrics().averageCharWidth() * MIN_COMBO_CHARS + hint.height()
        return QSize(min(hint.width(), room), hint.height())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ShowsStoredText:
    """For a text box (QPlainTextEdit or QTextEdit): ``show_text`` shows a stored text
    without it counting as the user's typing (``_showing`` is set meanwhile) and keeps the
    cursor where it was as far as the text allows."""

    _showing = False

    def show_text(self, text: str) -> None:
        box = cast(QPlainTextEdit, self)  # or a QTextEdit: the same calls
        if box.toPlainText() == text:
            return
        position = box.textCursor().position()
        self._showing = True
        try:
            box.setPlainText(text)
        finally:
            self._showing = False
        cursor = box.textCursor()
        cursor.setPosition(min(position, len(text)))
        box.setTextCursor(cursor)


class NotesEdit(ShowsStoredText, QPlainTextEdit):
    """Several lines of notes: Tab moves on to the next field (as in every other field),
    and ``edited`` reports the user's typing only, never a stored text being shown."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._showing:
            self.edited.emit(self.toPlainText())


class NoticeBar(QFrame):
    """A message across the window that stays until the user closes it or another one
    replaces it, with a button for what can be done about it (Undo)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.text = wrapping_label()
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._act)
        self.close_button = QPushButton("\u2715")  # ✕
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._action: Callable[[], None] | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))

    def show_notice(
        self, text: str, action_text: str = "", action: Callable[[], None] | None = None
    ) -> None:
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setVisible(action is not None)
        self.show()

    def clear(self) -> None:
        self._action = None
        self.hide()

    def _act(self) -> None:
        action = self._action
        self.clear()
        if action is not None:
            action()
