"""Where the main window opens: where the user left it, never larger than the screen's
free area (a scaled desktop can be smaller than the window's usual size)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from wizard.store.preferences import Preferences

USUAL_SIZE = QSize(1100, 800)
# Room for the window's title bar and edges, which the window's own size leaves out.
FRAME_ROOM = QSize(16, 48)


def usual_size(text_size: int) -> QSize:
    """The size a window opens with the first time: larger for larger text."""
    return USUAL_SIZE * (text_size / 100)


def available_area(window: QWidget) -> QRect:
    """The free area (without task bars) of the window's screen, or of the main screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(size: QSize, area: QRect) -> QSize:
    """``size``, made smaller where needed to fit ``area`` with its title bar and edges."""
    room = area.size() - FRAME_ROOM
    return size.boundedTo(room).expandedTo(QSize(200, 150))


def place_window(window: QWidget, prefs: Preferences, area: QRect | None = None) -> None:
    """Give the window its remembered place and size, or the usual size, within ``area``
    (by default the screen's free area)."""
    area = area or available_area(window)
    saved = prefs.window_geometry
    restored = bool(saved) and window.restoreGeometry(QByteArray.fromBase64(saved.encode()))
    size = fit(window.size() if restored else usual_size(prefs.text_size), area)
    window.resize(size)
    if not restored:
        window.move(area.center() - window.rect().center())
    keep_on_screen(window, area)


def keep_on_screen(window: QWidget, area: QRect) -> None:
    """Move the window back into ``area`` where it sticks out of it (a screen since
    unplugged, a smaller resolution)."""
    size = fit(window.size(), area)
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() - size.width() - FRAME_ROOM.width())
    y = min(max(frame.y(), area.top()), area.bottom() - size.height() - FRAME_ROOM.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.left()), max(y, area.top()))


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize a dialog to ``width`` x ``height``, or less where the screen is smaller."""
    window.resize(fit(QSize(width, height), available_area(window)))


def remember_place(window: QWidget, prefs: Preferences) -> None:
    prefs.window_geometry = bytes(window.saveGeometry().toBase64().data()).decode()
