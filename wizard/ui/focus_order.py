"""Tab follows the reading order of the window: the order its layouts show the controls
in (top to bottom, and left to right within a row), through the page shown.

Qt's own Tab order is the order the widgets were made in, and every widget made after the
window (a new entry, a moved question, a recording added) goes to its end, after Next; so
the window moves the focus by its layouts instead (``move_focus``, from its
``focusNextPrevChild``), whatever Qt's order holds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLayout, QScrollArea, QWidget


def in_layout_order(root: QWidget, shown_only: bool = False) -> list[QWidget]:
    """The widgets under ``root`` that Tab may stop at, shown or hidden (or, with
    ``shown_only``, those shown: what is under a hidden widget is not looked at, such as
    the pages not on screen), in layout order (the content of a scroll area where the
    area stands)."""
    found: list[QWidget] = []

    def widget(child: QWidget) -> None:
        if shown_only and not child.isVisible():
            return
        if child.focusProxy() is None and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(child)
        content = child.widget() if isinstance(child, QScrollArea) else None
        if content is not None:
            widget(content)
        inner = child.layout()
        if inner is not None:
            layout(inner)

    def layout(box: QLayout) -> None:
        for index in range(box.count()):
            item = box.itemAt(index)
            if item is None:
                continue
            child, inner = item.widget(), item.layout()
            if child is not None:
                widget(child)
            elif inner is not None:
                layout(inner)

    widget(root)
    return found


def _tab_stop(widget: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
    )


def move_focus(root: QWidget, forward: bool) -> bool:
    """Tab (``forward``) or Shift+Tab under ``root``: the next or previous control in layout
    order, round from the last to the first. False (Qt decides) when the focus is on none."""
    # Only what is shown: a long question list or 2,000 records on another page would
    # make every Tab, and every page switch, walk thousands of widgets.
    stops = [w for w in in_layout_order(root, shown_only=True) if _tab_stop(w)]
    current = QApplication.focusWidget()
    if current not in stops:
        return False
    target = stops[(stops.index(current) + (1 if forward else -1)) % len(stops)]
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    focus_and_show(target, reason)
    return True


def focus_and_show(
    widget: QWidget, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason
) -> None:
    """Give ``widget`` the focus, and scroll the page to it (as Tab would)."""
    widget.setFocus(reason)
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(widget)
