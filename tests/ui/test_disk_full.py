"""A full disk or a read-only folder while typing: the window says "Not saved" with the
reason in a bar (no dialog per keystroke), what was typed stays in the form, later edits
wait, and all are written on "Try again" or with the next save that works."""

from __future__ import annotations

import pytest
import sqlcipher3
from PySide6.QtCore import Qt

from tests.ui.test_main_window import _create_case


class FaultyConnection:
    """The store's SQLCipher connection, failing every write while ``error`` is set, as
    SQLite does on a full disk ("database or disk is full") or a read-only folder."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn
        self.error: str | None = None

    def execute(self, sql, *args):
        if self.error is not None and sql.strip().upper() == "COMMIT":
            raise sqlcipher3.OperationalError(self.error)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def __enter__(self):
        return self._conn.__enter__()

    def __exit__(self, *exc):
        return self._conn.__exit__(*exc)


@pytest.fixture
def faulty(make_window, asker, monkeypatch):
    """Puts a FaultyConnection under a window's store. A window closed with changes still
    waiting (a test that failed half-way) is let go without a scripted answer."""
    made: list[FaultyConnection] = []
    scripted = asker.confirm
    monkeypatch.setattr(
        asker,
        "confirm",
        lambda title, question: scripted(title, question) if asker.confirms else True,
    )

    def install(window) -> FaultyConnection:
        conn = FaultyConnection(window.store.db.conn)
        window.store.db.conn = conn
        made.append(conn)
        return conn

    yield install
    for conn in made:
        conn.error = None


def stored(window, case_id):
    """The case as committed, read through a second connection (like another window)."""
    other = window.store.sibling()
    try:
        return other.load(case_id)
    finally:
        other.close()


def test_a_full_disk_while_typing_keeps_the_text_and_saves_it_on_try_again(
    make_window, faulty, asker, qtbot
):
    window = make_window()
    case = _create_case(window, asker, qtbot)
    conn = faulty(window)
    window.go_to("need")
    form = window.pages["need"].form
    line = form.texts["condition"]
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)  # the window gets the focus from the system first
    qtbot.keyClicks(line, "He")
    bar = window.saving.bar
    assert not bar.isVisible()

    conn.error = "database or disk is full"
    qtbot.keyClicks(line, "art valve")

    # No dialog per keystroke: one calm bar with the reason and what to do.
    assert asker.errors == []
    assert bar.isVisible()
    assert "Not saved" in bar.title.text()
    assert "the disk is full; free some disk space" in bar.text.text()
    # What was typed stays, and the cursor in it.
    assert line.text() == "Heart valve" and line.hasFocus()
    qtbot.mouseClick(form.checks["reason_planned_surgery"].box, Qt.MouseButton.LeftButton)
    assert form.checks["reason_planned_surgery"].isChecked()
    assert window.saving.waiting == 2
    # Nothing already saved was lost, and nothing half-written was kept.
    assert stored(window, case.id).value("need", "condition") == "He"
    assert window.store.check() == []

    # Still full: Try again says so again and keeps everything.
    qtbot.mouseClick(bar.retry_button, Qt.MouseButton.LeftButton)
    assert bar.isVisible() and line.text() == "Heart valve"
    assert stored(window, case.id).value("need", "condition") == "He"

    conn.error = None  # the user freed some space
    qtbot.mouseClick(bar.retry_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert window.saving.waiting == 0
    saved = stored(window, case.id)
    assert saved.value("need", "condition") == "Heart valve"
    assert saved.value("need", "reason_planned_surgery") == "yes"
    assert line.text() == "Heart valve"
    assert asker.errors == []


def test_the_next_change_that_can_be_saved_saves_the_waiting_ones_too(
    make_window, faulty, asker, qtbot
):
    window = make_window()
    case = _create_case(window, asker, qtbot)
    conn = faulty(window)
    window.go_to("insurance")
    calls = window.pages["insurance"].form.lists["calls"]
    qtbot.mouseClick(calls.add_button, Qt.MouseButton.LeftButton)
    (entry_id,) = calls.entries
    who = calls.entries[entry_id][1].texts["who"]

    conn.error = "attempt to write a readonly database"
    who.setFocus()
    qtbot.keyClicks(who, "Ms Lee")
    window.go_to("appointment")
    notes = window.pages["appointment"].form.notes["notes"]
    notes.setFocus()
    qtbot.keyClicks(notes, "Ask")
    assert "cannot be written" in window.saving.bar.text.text()
    assert asker.errors == []
    # Going to another step and back shows what waits, not what is stored.
    window.go_to("insurance")
    assert who.text() == "Ms Lee"

    conn.error = None
    window.go_to("appointment")
    qtbot.keyClicks(notes, "!")  # the next change: everything waiting goes with it
    assert not window.saving.bar.isVisible()
    saved = stored(window, case.id)
    [entry] = saved.entries_of("insurance", "calls")
    assert entry.values["who"] == "Ms Lee"
    assert saved.value("appointment", "notes") == "Ask!"


def test_a_real_read_only_database_is_said_and_nothing_is_lost(make_window, faulty, asker, qtbot):
    """SQLite's own refusal (query_only), not an injected one."""
    window = make_window()
    case = _create_case(window, asker, qtbot)
    window.go_to("need")
    line = window.pages["need"].form.texts["condition"]
    line.setFocus()
    qtbot.keyClicks(line, "Knee")
    window.store.db.conn.execute("PRAGMA query_only = ON")
    qtbot.keyClicks(line, " pain")
    assert window.saving.bar.isVisible()
    assert "cannot be written" in window.saving.bar.text.text()
    assert line.text() == "Knee pain"
    window.store.db.conn.execute("PRAGMA query_only = OFF")
    qtbot.mouseClick(window.saving.bar.retry_button, Qt.MouseButton.LeftButton)
    assert stored(window, case.id).value("need", "condition") == "Knee pain"


def test_closing_with_changes_not_saved_warns_and_can_stay_open(make_window, faulty, asker, qtbot):
    window = make_window()
    case = _create_case(window, asker, qtbot)
    conn = faulty(window)
    window.go_to("need")
    line = window.pages["need"].form.texts["condition"]
    conn.error = "database or disk is full"
    line.setFocus()
    qtbot.keyClicks(line, "Hip")

    asker.confirms.append(False)  # "Close anyway and lose them?" No.
    window.close()
    assert window.isVisible()
    assert "not saved yet" in asker.last_question
    assert "disk is full" in asker.last_question
    assert line.text() == "Hip"

    conn.error = None
    window.close()  # saves what waits on the way out, without asking
    assert not window.isVisible()
    assert stored(window, case.id).value("need", "condition") == "Hip"


def test_a_change_refused_for_itself_is_not_kept_waiting(make_window, faulty, asker, qtbot):
    window = make_window()
    case = _create_case(window, asker, qtbot)
    conn = faulty(window)
    window.go_to("need")
    line = window.pages["need"].form.texts["condition"]
    conn.error = "database or disk is full"
    line.setFocus()
    qtbot.keyClicks(line, "A")
    conn.error = None
    window.store.delete(case.id)  # as another window might
    qtbot.mouseClick(window.saving.bar.retry_button, Qt.MouseButton.LeftButton)
    assert asker.errors == ["That case no longer exists; choose another one."]
    assert window.saving.waiting == 0 and not window.saving.bar.isVisible()


def test_adding_and_removing_entries_wait_too_and_happen_in_order(
    make_window, faulty, asker, qtbot
):
    window = make_window()
    case = _create_case(window, asker, qtbot)
    conn = faulty(window)
    window.go_to("insurance")
    calls = window.pages["insurance"].form.lists["calls"]
    qtbot.mouseClick(calls.add_button, Qt.MouseButton.LeftButton)
    (first,) = calls.entries

    conn.error = "database or disk is full"
    qtbot.mouseClick(calls.add_button, Qt.MouseButton.LeftButton)  # waits: not shown yet
    assert list(calls.entries) == [first]
    asker.confirms.append(True)  # "Remove this entry?"
    qtbot.mouseClick(calls.entries[first][2], Qt.MouseButton.LeftButton)
    assert calls.entries == {}  # shown as removed while it waits
    assert len(stored(window, case.id).entries_of("insurance", "calls")) == 1
    assert asker.errors == [] and window.saving.waiting == 2

    conn.error = None
    qtbot.mouseClick(window.saving.bar.retry_button, Qt.MouseButton.LeftButton)
    [added] = stored(window, case.id).entries_of("insurance", "calls")
    assert added.id != first
    assert list(calls.entries) == [added.id]
