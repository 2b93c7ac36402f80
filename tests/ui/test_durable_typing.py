"""What is typed is saved as it is typed: a second connection to the data (which sees only
what is committed) reads each keystroke while the cursor is still in the field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_main_window import _create_case


def type_and_watch(qtbot, widget, text, read):
    """Type ``text`` key by key into ``widget``; after each key, what ``read`` finds
    committed must be what was typed so far, and the field must still have the focus."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)  # the window gets the focus from the system first
    left = []
    if hasattr(widget, "editingFinished"):  # what a line edit says when it is left
        widget.editingFinished.connect(lambda: left.append(True))
    for end, char in enumerate(text, start=1):
        qtbot.keyClicks(widget, char)
        assert widget.hasFocus() and not left
        assert read() == text[:end]


def test_typing_is_committed_key_by_key_before_leaving_the_field(make_window, asker, qtbot):
    window = make_window()
    case = _create_case(window, asker, qtbot)
    other = window.store.sibling()  # like another window or command reading the folder
    try:
        window.go_to("need")
        form = window.pages["need"].form
        type_and_watch(
            qtbot,
            form.texts["condition"],
            "Heart valve",
            lambda: other.load(case.id).value("need", "condition"),
        )

        window.go_to("appointment")
        notes = window.pages["appointment"].form.notes["notes"]
        type_and_watch(
            qtbot,
            notes,
            "Ask about risks",
            lambda: other.load(case.id).value("appointment", "notes"),
        )
        qtbot.keyClick(notes, Qt.Key.Key_Return)
        type_and_watch(
            qtbot,
            notes,
            "and recovery",
            lambda: other.load(case.id).value("appointment", "notes").split("\n")[1],
        )

        window.go_to("insurance")
        calls = window.pages["insurance"].form.lists["calls"]
        qtbot.mouseClick(calls.add_button, Qt.MouseButton.LeftButton)
        (entry_id,) = calls.entries
        who = calls.entries[entry_id][1].texts["who"]

        def committed_who():
            [entry] = other.load(case.id).entries_of("insurance", "calls")
            return entry.values.get("who", "")

        type_and_watch(qtbot, who, "Ms Lee", committed_who)
    finally:
        other.close()
