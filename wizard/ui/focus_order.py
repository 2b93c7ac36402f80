"""Tab follows the reading order of a page, also through the parts built while the program
runs (a new entry, a moved question, a recording added).

Qt puts every widget made after the window at the end of the window's Tab order, after
Next; so a part that builds widgets calls ``follow_layout`` once they are in place, and
the page that holds it orders its Tab stops as its layouts show them: top to bottom, and
left to right within a row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget

PAGE = "tab-order-page"  # the property that marks a page


def mark_page(page: QWidget) -> None:
    """``page`` keeps its own Tab order (``follow_layout`` from any widget on it)."""
    page.setProperty(PAGE, True)


def in_layout_order(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab may stop at, shown or hidden, in layout order."""
    found: list[QWidget] = []

    def widget(child: QWidget) -> None:
        if child.focusProxy() is None and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(child)
        inner = child.layout()
        if inner is not None:
            layout(inner)

    def layout(box: QLayout) -> None:
        for index in range(box.count()):
            item = box.itemAt(index)
            if item is None:
                continue
            if item.widget() is not None:
                widget(item.widget())
            elif item.layout() is not None:
                layout(item.layout())

    widget(root)
    return found


def focus_and_show(widget: QWidget) -> None:
    """Give ``widget`` the focus, and scroll the page to it (as Tab would)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(widget)


def follow_layout(widget: QWidget) -> None:
    """Order the Tab stops of the page that holds ``widget`` as its layouts show them."""
    page: QWidget | None = widget
    while page is not None and not page.property(PAGE):
        page = page.parentWidget()
    if page is None:
        return  # not on a page yet: the page orders it when it is added
    chain = in_layout_order(page)
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
