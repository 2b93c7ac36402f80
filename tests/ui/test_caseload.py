"""The caseload with 300 cases, through the real widgets: an advocate finds a case by typing
part of a name or its number, sorts by every column, and opens a case with Enter or a click."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from wizard.plan import STEPS, CaseData
from wizard.plan.caseload import search_key
from wizard.store import CaseStore
from wizard.store.database import transaction
from wizard.ui.caseload import (
    CASE_ID_ROLE,
    CHANGED,
    NAME,
    NEXT_DATE,
    NEXT_STEP,
    NUMBER,
    PROGRESS,
)

FIRST = ("Anna", "Ben", "Carla", "David", "Emma", "Felix", "Greta", "Hugo", "Ida", "Jonas")
LAST = ("Adler", "Bauer", "Cohen", "Diaz", "Ek", "Fox", "Gray", "Hill", "Ito", "Jung")
LETTERS = ("Kim", "Lee", "Moreau")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def caseload_300(data_dir):
    """300 made-up cases: varied progress, appointments across months (so that their words
    sort otherwise than their days), changes at different moments, one archived."""
    names = [f"{a} {b} {c}" for a, b, c in itertools.product(FIRST, LAST, LETTERS)]
    names[17] = "Zo\u00eb M\u00fcller"
    start = dt.date.today() + dt.timedelta(days=1)
    facts = {}
    with CaseStore.open(data_dir) as store:
        for n, name in enumerate(names):
            case = CaseData(name=name)
            if n % 3 == 0:
                case.set_value("need", "reason_rare_disease", "yes")
            for step in STEPS[1 : 1 + n % 5]:
                case.own_word[step.key] = "2026-11-01"
            day = None
            if n % 4 == 0:
                day = (start + dt.timedelta(days=(n * 37) % 400)).isoformat()
                case.set_value("booking", "appointment_date", day)
            stored = store.import_case(case)
            facts[stored.id] = {"name": name, "day": day}
        with transaction(store.db):
            for n, case_id in enumerate(facts):
                moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(
                    hours=(n * 7919) % 5000
                )
                facts[case_id]["updated"] = moment.isoformat(timespec="seconds")
                store.db.execute(
                    "UPDATE cases SET updated = ? WHERE id = ?",
                    [facts[case_id]["updated"], case_id],
                )
        archived = next(iter(facts))
        store.set_archived(archived, True)
        facts[archived]["archived"] = True
    return facts


def open_caseload(window, qtbot):
    assert window.case_actions.all_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    window.case_actions.all_action.trigger()
    dialog = window.case_actions.caseload
    qtbot.waitExposed(dialog)
    return dialog


def column(dialog, col, role=Qt.ItemDataRole.DisplayRole):
    return [dialog.proxy.index(row, col).data(role) for row in range(dialog.proxy.rowCount())]


def shown_ids(dialog):
    return column(dialog, NUMBER, CASE_ID_ROLE)


def click_heading(dialog, qtbot, col):
    header = dialog.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def test_an_advocate_with_300_cases_finds_one_by_typing(make_window, qtbot, caseload_300):
    window = make_window()
    dialog = open_caseload(window, qtbot)
    assert dialog.model.rowCount() == 300
    assert dialog.proxy.rowCount() == 299  # the archived one is hidden
    assert dialog.count.text() == "299 of 300 cases"
    assert dialog.focusWidget() is dialog.filter  # typing goes straight into the search

    qtbot.keyClicks(dialog.filter, "MULL")  # no capitals and no accents needed
    assert column(dialog, NAME) == ["Zo\u00eb M\u00fcller"]
    assert dialog.count.text() == "1 of 300 cases"
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert window.case.name == "Zo\u00eb M\u00fcller"
    assert not dialog.isVisible()
    assert window.windowTitle().startswith("Zo\u00eb M\u00fcller \u2014 ")
    assert window.patient_heading.text() == "Zo\u00eb M\u00fcller"
    assert window.case_combo.currentText() == "Zo\u00eb M\u00fcller"

    # Two words: both must match; the arrow keys move through what is found.
    dialog = open_caseload(window, qtbot)
    assert dialog.current_case() == window.case.id  # the open case is chosen at first
    qtbot.keyClicks(dialog.filter, "emma lee")
    found = column(dialog, NAME)
    assert len(found) == 10 and all(n.startswith("Emma ") and n.endswith(" Lee") for n in found)
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.filter  # typing goes straight into the search
    wanted = shown_ids(dialog)[2]
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert window.case.id == wanted

    # By number; nothing found is said in words.
    dialog = open_caseload(window, qtbot)
    qtbot.keyClicks(dialog.filter, "123")
    assert shown_ids(dialog) == [123]
    qtbot.keyClicks(dialog.filter, "4")
    assert shown_ids(dialog) == [] and dialog.count.text() == "No case matches \u201c1234\u201d."
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert dialog.isVisible() and window.case.id == wanted
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.case.id == wanted


def test_sorting_by_each_column_sorts_numbers_and_dates_as_such(make_window, qtbot, caseload_300):
    facts = caseload_300
    window = make_window()
    dialog = open_caseload(window, qtbot)
    assert dialog.sort_by.currentText() == "Name"
    names = column(dialog, NAME)
    assert [search_key(n) for n in names] == sorted(search_key(n) for n in names)

    click_heading(dialog, qtbot, NUMBER)
    assert shown_ids(dialog) == sorted(shown_ids(dialog))  # 2, 3 ... 10 ... 100, not 10 < 2
    assert shown_ids(dialog)[:3] == [2, 3, 4]
    click_heading(dialog, qtbot, NUMBER)
    assert shown_ids(dialog)[:3] == [300, 299, 298]
    assert dialog.sort_by.currentText() == "No."

    click_heading(dialog, qtbot, PROGRESS)
    done = [int(text.split()[0]) for text in column(dialog, PROGRESS)]
    assert done == sorted(done) and done[0] == 0 and done[-1] == 5

    click_heading(dialog, qtbot, NEXT_DATE)
    days = [facts[case_id]["day"] for case_id in shown_ids(dialog)]
    dated = [day for day in days if day]
    assert dated == sorted(dated) and len(set(d[:7] for d in dated)) > 10
    assert days[len(dated) :] == [None] * (len(days) - len(dated))  # no date: last
    texts = column(dialog, NEXT_DATE)
    assert texts[: len(dated)] != sorted(texts[: len(dated)])  # as words they would sort otherwise

    click_heading(dialog, qtbot, CHANGED)  # the latest change first
    changed = [facts[case_id]["updated"] for case_id in shown_ids(dialog)]
    assert changed == sorted(changed, reverse=True)

    click_heading(dialog, qtbot, NEXT_STEP)
    steps = [int(text.split(":")[0].split()[-1]) for text in column(dialog, NEXT_STEP)]
    assert steps == sorted(steps)

    # With the keyboard: the "Sort by" list.
    dialog.sort_by.setFocus()
    dialog.sort_by.setCurrentIndex(NUMBER)
    dialog.sort_by.activated.emit(NUMBER)
    assert shown_ids(dialog)[:2] == [2, 3]

    # Sorting and filtering go together; a click on a case opens it.
    qtbot.keyClicks(dialog.filter, "hugo")
    ids = shown_ids(dialog)
    assert len(ids) == 30 and ids == sorted(ids)
    rect = dialog.table.visualRect(dialog.proxy.index(4, NAME))
    qtbot.mouseClick(dialog.table.viewport(), LEFT, pos=rect.center())
    assert window.case.id == ids[4]
    assert not dialog.isVisible()


def test_archived_cases_show_when_asked_and_open(make_window, qtbot, caseload_300):
    archived = next(cid for cid, fact in caseload_300.items() if fact.get("archived"))
    window = make_window()
    assert window.case.id != archived
    assert window.case_combo.findData(archived) == -1  # not in the chooser either
    dialog = open_caseload(window, qtbot)
    qtbot.mouseClick(dialog.show_archived, LEFT)
    assert dialog.proxy.rowCount() == 300
    qtbot.keyClicks(dialog.filter, str(archived))
    row = shown_ids(dialog).index(archived)
    assert column(dialog, NAME)[row].endswith("(archived)")
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert window.case.id == archived
    assert window.case_combo.currentText().endswith("(archived)")
    assert window.case_actions.archive_action.text() == "Unarc&hive case"
