"""A row of two parts, one at the left and one at the right edge, that puts the right part
on a line of its own when both do not fit: a narrow window, a long translation or a large
system font never pushes the page wider than the window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class SplitRow(QLayout):
    """Lays out exactly two widgets: ``left`` and ``right``; ``packed``: the right one
    follows the left one on a shared line instead of standing at the right edge."""

    def __init__(
        self, left: QWidget, right: QWidget, parent: QWidget | None = None, packed: bool = False
    ) -> None:
        super().__init__(parent)
        self.packed = packed
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.addWidget(left)
        self.addWidget(right)

    # -- QLayout's bookkeeping ------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    # -- sizes ----------------------------------------------------------------
    def _parts(self) -> tuple[QSize, QSize]:
        left, right = (item.sizeHint() for item in self._items[:2])
        return left, right

    def _one_line(self, width: int) -> bool:
        left, right = self._parts()
        return left.width() + self.spacing() + right.width() <= width

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        left, right = self._parts()
        if self._one_line(width):
            return max(left.height(), right.height())
        return left.height() + self.spacing() + right.height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        left, right = self._parts()
        return QSize(
            left.width() + self.spacing() + right.width(), max(left.height(), right.height())
        )

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        left, right = self._parts()
        return QSize(max(left.width(), right.width()), left.height() + right.height())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        if len(self._items) < 2:
            return
        left_item, right_item = self._items[:2]
        left, right = self._parts()
        right_left = rect.right() + 1 - right.width()
        if self._one_line(rect.width()):
            height = max(left.height(), right.height())
            left_top = rect.top() + (height - left.height()) // 2
            right_top = rect.top() + (height - right.height()) // 2
            if self.packed:
                right_left = rect.left() + left.width() + self.spacing()
        else:
            left_top = rect.top()
            right_top = rect.top() + left.height() + self.spacing()
            if self.packed:
                right_left = rect.left()
        left_item.setGeometry(QRect(QPoint(rect.left(), left_top), left))
        right_item.setGeometry(QRect(QPoint(right_left, right_top), right))
