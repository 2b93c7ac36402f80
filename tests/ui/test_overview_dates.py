"""The overview's "Dates that matter": one line per date, its state said in words."""

from __future__ import annotations

import datetime as dt

from tests.ui.test_main_window import _create_case

NOW = dt.date(2026, 11, 10)
EMPTY = "No dates yet. They appear here when you write down your appointment"


def _lines(window):
    return [label.text() for label in window.overview.date_labels]


def _fill(window):
    for key, value in (
        ("appointment_date", "2026-12-07"),
        ("appointment_time", "2:00 pm"),
        ("time_zone", "Europe/Berlin"),
    ):
        window.set_field("booking", key, value)
    for to_whom, sent_on, answered_on in (
        ("Dr. Lee", "2026-10-01", ""),  # due 31 October under HIPAA, no answer: late
        ("St. Mary Hospital", "2026-10-20", "2026-11-02"),  # due 19 November, answered
    ):
        window.add_entry("records", "requests")
        entry_id = window.case.entries_of("records", "requests")[-1].id
        for key, value in (
            ("to_whom", to_whom),
            ("sent_on", sent_on),
            ("basis", "hipaa"),
            ("answered_on", answered_on),
        ):
            window.set_entry_value(entry_id, key, value)


def test_the_overview_lists_the_dates_that_matter(make_window, asker, qtbot):
    window = make_window()
    window.overview.today = lambda: NOW
    _create_case(window, asker, qtbot)
    overview = window.overview
    assert overview.dates_section.isVisible()
    assert overview.dates_heading.text() == "Dates that matter"
    assert overview.dates_empty.text().startswith(EMPTY)
    assert overview.dates_empty.isVisible()
    assert _lines(window) == []

    _fill(window)
    window.go_to("overview")

    assert not overview.dates_empty.isVisible()
    assert _lines(window) == [
        "\u26a0 Late: October 31, 2026 \u2014 Answer due from Dr. Lee",
        "\u2713 Done: November 19, 2026 \u2014 Answer due from St. Mary Hospital",
        "\u25cb December 5, 2026, 14:00 \u2014 "
        "The specialist's office should confirm they have your records",
        "\u25cb December 7, 2026, 14:00 \u2014 Second opinion appointment",
    ]
    # The words carry the state for a screen reader; the mark and the colour only repeat it.
    late = overview.date_labels[0]
    assert late.accessibleName() == "Late: October 31, 2026 \u2014 Answer due from Dr. Lee"
    assert late.property("role") == "problem"
    # New labels in a shown layout appear once Qt gets back to its event loop.
    qtbot.waitUntil(lambda: all(label.isVisible() for label in overview.date_labels))


def test_date_labels_change_only_when_their_lines_do(make_window, asker, qtbot):
    window = make_window()
    window.overview.today = lambda: NOW
    _create_case(window, asker, qtbot)
    _fill(window)
    labels = list(window.overview.date_labels)

    window.set_field("booking", "place", "Room 4")  # not a date: the same labels, untouched
    assert window.overview.date_labels == labels
    assert _lines(window)[-1].endswith("Second opinion appointment")

    window.set_field("booking", "receipt_confirmed_on", "2026-11-30")
    assert window.overview.date_labels == labels  # the same labels, one line newly done
    assert _lines(window)[2].startswith("\u2713 Done: December 5, 2026, 14:00")

    window.set_field("booking", "appointment_date", "")
    assert _lines(window) == [
        "\u26a0 Late: October 31, 2026 \u2014 Answer due from Dr. Lee",
        "\u2713 Done: November 19, 2026 \u2014 Answer due from St. Mary Hospital",
    ]
    assert window.overview.date_labels == labels[:2]


def test_a_date_due_today_says_so(make_window, asker, qtbot):
    window = make_window()
    window.overview.today = lambda: dt.date(2026, 10, 31)
    _create_case(window, asker, qtbot)
    _fill(window)
    assert _lines(window)[0] == "\u25cf Today: October 31, 2026 \u2014 Answer due from Dr. Lee"


def test_the_dates_follow_a_live_language_switch(make_window, asker, qtbot):
    window = make_window()
    window.overview.today = lambda: NOW
    _create_case(window, asker, qtbot)
    _fill(window)
    english = _lines(window)
    window.switch_language("de")
    qtbot.waitUntil(lambda: _lines(window) != english)
    assert "31. Oktober 2026" in _lines(window)[0]
    assert "7. Dezember 2026" in _lines(window)[-1]
    assert len(_lines(window)) == len(english)
    window.switch_language("en")
    qtbot.waitUntil(lambda: _lines(window) == english)
