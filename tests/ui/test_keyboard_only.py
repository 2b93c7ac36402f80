"""All of the wizard with the keyboard alone: from the window as it opens, only keys (Tab,
Space, Enter, the arrows, Alt and Ctrl shortcuts) walk through the nine pages and fill
something on each; the database then holds every value.

The test looks at which widget has the focus, as the user looks at the screen, to know
when to stop pressing Tab; it never clicks, and never sets a value or a page itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from tests.ui.a11y import focused
from wizard.plan.organization import LIST_KEY as CHECKINS
from wizard.plan.organization import NOTHING_NEW
from wizard.store import CaseStore

ALT = Qt.KeyboardModifier.AltModifier


def test_the_nine_steps_with_the_keyboard_alone(make_window, data_dir, qtbot):
    with CaseStore.open(data_dir) as store:
        case_id = store.create_case("Kim Keys").id
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        widget = focused()
        assert widget is not None, "nothing has the focus"
        qtbot.keyClick(widget, key, modifier)

    def tab_to(wanted: Callable[[QWidget], bool], limit: int = 150) -> QWidget:
        for _ in range(limit):
            widget = focused()
            if widget is not None and wanted(widget):
                return widget
            press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab did not reach it in {limit} presses; at {focused()!r}")

    def type_in(text: str) -> None:
        qtbot.keyClicks(focused(), text)  # ASCII only: Qt's key mapping aborts on others

    def shortcut(key: Qt.Key, page: str) -> None:
        """A button's Alt shortcut: the button shows itself pressed for a moment first."""
        press(key, ALT)
        qtbot.waitUntil(lambda: window.page_key == page)
        assert focused() is window.pages[page].heading

    def named(name: str) -> Callable[[QWidget], bool]:
        return lambda widget: widget.objectName() == name and widget.isVisible()

    # Step 1, from the overview's "Go to step 1".
    assert focused() is window.overview.heading
    shortcut(Qt.Key.Key_G, "need")
    tab_to(named("condition"))
    type_in("Knee pain")
    tab_to(lambda w: w.accessibleName() == "It is a rare disease.")
    press(Qt.Key.Key_Space)
    tab_to(named("area"))
    press(Qt.Key.Key_Down)  # the first area on the list

    shortcut(Qt.Key.Key_N, "insurance")
    tab_to(named("insurer"))
    type_in("Acme Health")
    tab_to(named("coverage"))
    press(Qt.Key.Key_Down)

    shortcut(Qt.Key.Key_N, "records")
    tab_to(lambda w: w.accessibleName() == "Patient's date of birth")
    type_in("04/12/1970")
    tab_to(named("patient_address"))
    type_in("1 Main Street")

    shortcut(Qt.Key.Key_N, "specialist")
    tab_to(named("add-candidates"))
    press(Qt.Key.Key_Space)  # the new entry's first field takes the focus
    assert isinstance(focused(), QLineEdit) and focused().objectName() == "name"
    type_in("Dr Lee")

    shortcut(Qt.Key.Key_N, "booking")
    tab_to(lambda w: w.accessibleName() == "Day of the appointment")
    type_in("12/14/2026")
    tab_to(named("place"))
    type_in("City Clinic")

    shortcut(Qt.Key.Key_N, "questions")
    tab_to(named("own-question"))
    type_in("Is surgery needed?")
    press(Qt.Key.Key_Return)
    tab_to(named("library"))
    press(Qt.Key.Key_Return)  # the suggested question chosen in the list

    shortcut(Qt.Key.Key_N, "appointment")
    tab_to(named("companion"))
    type_in("Sam")
    press(Qt.Key.Key_Tab)

    shortcut(Qt.Key.Key_N, "comparison")
    tab_to(lambda w: w.accessibleName() == "Diagnosis, First opinion")
    type_in("Flu")

    shortcut(Qt.Key.Key_N, "organization")
    tab_to(named("nothing-new"))
    press(Qt.Key.Key_Space)

    # Back with Alt+B, and round the window to the list of steps with Shift+Tab.
    shortcut(Qt.Key.Key_B, "comparison")
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.step_list

    case = window.store.load(case_id)
    assert case.fields["need"]["condition"] == "Knee pain"
    assert case.fields["need"]["reason_rare_disease"] == "yes"
    assert case.fields["need"]["area"]
    assert case.fields["insurance"]["insurer"] == "Acme Health"
    assert case.fields["insurance"]["coverage"]
    assert case.fields["records"]["date_of_birth"] == "1970-04-12"
    assert case.fields["records"]["patient_address"] == "1 Main Street"
    assert [e.value("name") for e in case.entries_of("specialist", "candidates")] == ["Dr Lee"]
    assert case.fields["booking"]["appointment_date"] == "2026-12-14"
    assert case.fields["booking"]["place"] == "City Clinic"
    questions = [e.value("text") for e in case.entries_of("questions", "questions")]
    assert questions[0] == "Is surgery needed?" and len(questions) == 2
    assert case.fields["appointment"]["companion"] == "Sam"
    assert case.fields["comparison"]["diagnosis_first"] == "Flu"
    assert [e.value("kind") for e in case.entries_of("organization", CHECKINS)] == [NOTHING_NEW]
