"""The View menu's choices for reading: the text size and high contrast, applied to the
running app at once, and large print for the printouts; all remembered in the preferences."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from wizard.store.preferences import TEXT_SIZES, Preferences
from wizard.ui.look import apply_look


class ReadingOptions(QObject):
    """Adds "Text size" and "High contrast" to ``menu`` and applies the remembered ones."""

    def __init__(self, parent: QWidget, menu: QMenu, prefs: Preferences) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.size_menu = menu.addMenu("")
        group = QActionGroup(self)
        self.size_actions: dict[int, QAction] = {}
        for percent in TEXT_SIZES:
            action = self.size_menu.addAction("")
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, p=percent: self.set_text_size(p))
            self.size_actions[percent] = action
        self.bigger_action = self.size_menu.addAction("", lambda: self._step(1))
        self.bigger_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.smaller_action = self.size_menu.addAction("", lambda: self._step(-1))
        self.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.size_menu.insertSeparator(self.bigger_action)
        self.contrast_action = menu.addAction("")
        self.contrast_action.setCheckable(True)
        self.contrast_action.toggled.connect(self.set_high_contrast)
        self.large_print_action = menu.addAction("")
        self.large_print_action.setCheckable(True)
        self.large_print_action.setChecked(prefs.large_print)
        self.large_print_action.toggled.connect(self.set_large_print)
        self.size_actions[prefs.text_size].setChecked(True)
        self.contrast_action.setChecked(prefs.high_contrast)
        self._apply()

    def retranslate(self) -> None:
        self.size_menu.setTitle(self.tr("&Text size"))
        for percent, action in self.size_actions.items():
            action.setText(self.tr("{percent}%").format(percent=percent))
        self.bigger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.contrast_action.setText(self.tr("&High contrast"))
        self.large_print_action.setText(self.tr("Large &print for printouts"))
        self.large_print_action.setToolTip(
            self.tr("The checklist, the T-chart and the request letter in large type")
        )

    def set_text_size(self, percent: int) -> None:
        self.prefs.text_size = percent
        self.size_actions[percent].setChecked(True)
        self._apply()

    def set_high_contrast(self, on: bool) -> None:
        self.prefs.high_contrast = on
        self.contrast_action.setChecked(on)
        self._apply()

    def set_large_print(self, on: bool) -> None:
        self.prefs.large_print = on
        self.large_print_action.setChecked(on)

    def _step(self, direction: int) -> None:
        index = TEXT_SIZES.index(self.prefs.text_size) + direction
        if 0 <= index < len(TEXT_SIZES):
            self.set_text_size(TEXT_SIZES[index])

    def _apply(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_look(app, self.prefs.text_size, self.prefs.high_contrast)
