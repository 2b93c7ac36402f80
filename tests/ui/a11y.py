"""What the accessibility tests look at: a full case to walk, the controls a page shows,
what a screen reader is told about each, and the order Tab visits them in.

The checks walk whatever widgets exist, so a form added later is checked without a new test.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from wizard.store import CaseStore

ROOT = Path(__file__).resolve().parents[2]

# The widgets a user operates: each needs a name, and the Tab key must reach it.
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)
# The controls the user types into or chooses a value with: each is tied to its label.
INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractSlider)


def sample_case_module():
    """bench/sample_case.py, which fills every form of the nine steps."""
    spec = importlib.util.spec_from_file_location("sample_case", ROOT / "bench" / "sample_case.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_full_case(data_dir: Path, files_from: Path) -> int:
    """The sample case with every form filled, a hospital disc imported (so the file list
    and its filing controls show) and a recording of the visit; returns its number."""
    from tests.records.disc import make_disc
    from tests.ui.test_appointment_editor import make_wav
    from wizard.records.importer import import_records
    from wizard.records.recordings import add_recording

    sample = sample_case_module()
    with CaseStore.open(data_dir) as store:
        case = store.create_case(sample.NAME)
        assert case.id is not None
        sample.fill(store, case.id)
        import_records(store, case.id, [make_disc(files_from / "media", damaged=1)])
        add_recording(store, case.id, make_wav(files_from))
        store.set_current_page(case.id, "overview")
        return case.id


def is_control(widget: QWidget) -> bool:
    return isinstance(widget, CONTROLS) and not isinstance(widget, QScrollBar)


def tab_stop(widget: QWidget) -> bool:
    """Whether Tab can land on ``widget`` as it is shown now."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
    )


def shown_controls(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` the user can see now (enabled or not)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if is_control(w) and w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName()} ({spoken_name(widget)!r})"


def _interface(widget: QWidget):
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None, f"no accessible interface for {type(widget).__name__}"
    return iface


def label_texts(widget: QWidget) -> list[str]:
    """The labels a screen reader reads with ``widget`` (Qt's "labelled by" relation)."""
    return [
        rel.text(QAccessible.Text.Name).strip()
        for rel, _kind in _interface(widget).relations(QAccessible.RelationFlag.Label)
    ]


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says a control is called.

    On Linux Qt gives a drop-down list its current value as its name and ties the label to
    it by relation; a name that is only the value names nothing, so the label counts then.
    """
    iface = _interface(widget)
    name = iface.text(QAccessible.Text.Name).strip()
    if isinstance(widget, QComboBox) and name == iface.text(QAccessible.Text.Value).strip():
        name = " ".join(label_texts(widget))
    return name


def description(widget: QWidget) -> str:
    return _interface(widget).text(QAccessible.Text.Description).strip()


def says_a_word(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= 2


def buddy_labels(widget: QWidget) -> list[QLabel]:
    """The labels whose buddy is ``widget`` (or a widget that hands its focus to it)."""
    window = widget.window()
    return [
        label
        for label in window.findChildren(QLabel)
        if label.buddy() is not None
        and (label.buddy() is widget or label.buddy().focusProxy() is widget)
    ]


def tab_walk(qtbot, start: QWidget, within: QWidget | None = None) -> list[QWidget]:
    """The widgets real Tab presses visit from ``start`` (which gets the focus first), until
    the focus is back at ``start`` or leaves ``within``."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is start
    sequence = [start]
    for _ in range(1000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start or widget is None or (within and not within.isAncestorOf(widget)):
            return sequence
        sequence.append(widget)
    raise AssertionError("Tab never comes back round")


def rect_in(widget: QWidget, reference: QWidget) -> QRect:
    return QRect(widget.mapTo(reference, QPoint(0, 0)), widget.size())


def reading_order_breaks(sequence: list[QWidget], reference: QWidget) -> list[str]:
    """Where Tab jumps back against the reading order (top to bottom, and left to right
    within a line), as sentences; empty when the order reads right.

    Two widgets are on one line when they overlap by half the height of the lower one, so
    a button beside a field, or cells side by side in a grid, count as one line.
    """
    breaks = []
    for first, second in zip(sequence, sequence[1:], strict=False):
        a, b = rect_in(first, reference), rect_in(second, reference)
        overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
        same_line = overlap >= min(a.height(), b.height()) / 2
        backwards = b.left() < a.left() if same_line else b.top() < a.top()
        if backwards:
            breaks.append(
                f"{describe(first)} at {a.getRect()} -> {describe(second)} at {b.getRect()}"
            )
    return breaks


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def needs_own_label(widget: QWidget) -> bool:
    """An input (not a check box or radio button, whose text is their label)."""
    return isinstance(widget, INPUTS) and not isinstance(widget, (QCheckBox, QRadioButton))
