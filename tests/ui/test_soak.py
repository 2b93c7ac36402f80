"""Soak test: thousands of ordinary edits in the real window, and Python's None survives them.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` in every Qt setter that returns
nothing (setText, setEnabled, setChecked, ...). Python 3.11's None is not immortal, so after
some dozens of check-box clicks the program aborts with ``Fatal Python error: none_dealloc``.
This test makes the edits users make (ticks, own-word marks, page, case and language switches)
and checks None's reference count after every edit, so it fails with a sentence long before the
process aborts (an abort under pytest's output capture prints nothing but the file name). On
Python 3.12 and later None is immortal and its count never moves; the window and the stored
ticks are still checked there.
"""

from __future__ import annotations

import random
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wizard.plan import STEPS
from wizard.plan.case import LANGUAGES, OVERVIEW
from wizard.ui.main_window import PAGES

EDITS = 2_100
WARM_UP = 30  # edits before None's reference count is taken as the baseline
MARGIN = 50  # how far None's count may dip below the baseline (garbage collection, caches)
FULL_CHECK_EVERY = 200  # compare the whole database with what the user did
EVENTS_EVERY = 3  # let Qt lay out and paint after this many edits (each pass takes ~12 ms)
LEFT = Qt.MouseButton.LeftButton


def _create_case(window, asker, qtbot, name):
    asker.texts.append(name)
    if window.overview.create_button.isVisible():
        qtbot.mouseClick(window.overview.create_button, LEFT)
    else:
        qtbot.mouseClick(window.new_case_button, LEFT)
    assert window.case is not None and window.case.name == name
    return window.case.id


def _click_step_list(window, qtbot, key):
    item = window.step_list.item(PAGES.index(key))
    window.step_list.scrollToItem(item)
    rect = window.step_list.visualItemRect(item)
    qtbot.mouseClick(window.step_list.viewport(), LEFT, pos=rect.center())


class User:
    """Makes one random edit at a time and remembers what the database should now hold."""

    def __init__(self, window, qtbot, case_ids, seed=20261127):
        self.window = window
        self.qtbot = qtbot
        self.rng = random.Random(seed)
        self.case_ids = case_ids
        self.ticks = {cid: set() for cid in case_ids}  # (step key, item key)
        self.own_word = {cid: set() for cid in case_ids}  # step keys
        self.counts: dict[str, int] = {}
        self.language = window.translators.language

    def edit(self) -> str:
        kinds = ("tick", "tick_label", "own_word", "step_list", "next_back", "case", "language")
        weights = (40, 14, 12, 12, 12, 6, 4)
        kind = self.rng.choices(kinds, weights)[0]
        if kind in ("tick", "tick_label", "own_word") and self.window.page_key == OVERVIEW:
            kind = "step_list"  # nothing to tick on the overview: the user picks a step first
        getattr(self, f"do_{kind}")()
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return kind

    @property
    def case_id(self):
        return self.window.case.id

    def _toggle(self, by_label: bool) -> None:
        step = self.window.page_key
        page = self.window.pages[step]
        key = self.rng.choice(list(page.items))
        box = page.items[key]
        before = box.isChecked()
        self.qtbot.mouseClick(box.label if by_label else box.box, LEFT)
        assert box.isChecked() is not before, f"clicking {key} did not toggle it"
        self.ticks[self.case_id] ^= {(step, key)}

    def do_tick(self) -> None:
        self._toggle(by_label=False)

    def do_tick_label(self) -> None:
        self._toggle(by_label=True)

    def do_own_word(self) -> None:
        step = self.window.page_key
        box = self.window.pages[step].own_word
        before = box.isChecked()
        self.qtbot.mouseClick(box.box, LEFT)
        assert box.isChecked() is not before
        self.own_word[self.case_id] ^= {step}

    def do_step_list(self) -> None:
        key = self.rng.choice([k for k in PAGES if k != self.window.page_key])
        _click_step_list(self.window, self.qtbot, key)
        assert self.window.page_key == key

    def do_next_back(self) -> None:
        window = self.window
        index = PAGES.index(window.page_key)
        forward = self.rng.random() < 0.5
        if not window.next_button.isEnabled():
            forward = False
        elif not window.back_button.isEnabled():
            forward = True
        self.qtbot.mouseClick(window.next_button if forward else window.back_button, LEFT)
        assert PAGES.index(window.page_key) == index + (1 if forward else -1)

    def do_case(self) -> None:
        window = self.window
        other = next(cid for cid in self.case_ids if cid != self.case_id)
        chooser = window.case_combo
        chooser.setFocus()
        key = Qt.Key.Key_Down if chooser.currentIndex() < chooser.findData(other) else Qt.Key.Key_Up
        self.qtbot.keyClick(chooser, key)  # opens the list of cases; switches nothing yet
        assert chooser.view().isVisible() and self.case_id != other
        self.qtbot.keyClick(chooser.view(), key)
        self.qtbot.keyClick(chooser.view(), Qt.Key.Key_Return)
        assert self.case_id == other

    def do_language(self) -> None:
        lang = self.rng.choice([code for code in LANGUAGES if code != self.language])
        self.window.language_actions[lang].trigger()  # what choosing it in View > Language does
        assert self.window.translators.language == lang
        self.language = lang

    def check_shown_case(self) -> None:
        """The check boxes on every page show what the user did to the open case, when
        the page is opened (a page is filled when it is shown)."""
        cid = self.case_id
        back = self.window.page_key
        for step in STEPS:
            self.window.go_to(step.key, remember=False)
            page = self.window.pages[step.key]
            for key, box in page.items.items():
                assert box.isChecked() is ((step.key, key) in self.ticks[cid]), key
            assert page.own_word.isChecked() is (step.key in self.own_word[cid]), step.key
        self.window.go_to(back, remember=False)

    def check_database(self, store) -> None:
        for cid in self.case_ids:
            stored = store.load(cid)
            ticks = {(s, k) for s, keys in stored.ticks.items() for k in keys}
            assert ticks == self.ticks[cid], f"case {cid}: stored ticks differ"
            assert set(stored.own_word) == self.own_word[cid], f"case {cid}: own word differs"


def test_two_thousand_edits_keep_the_window_and_none_alive(make_window, asker, qtbot):
    window = make_window()
    cases = [_create_case(window, asker, qtbot, name) for name in ("Anna", "Ben")]
    user = User(window, qtbot, cases)
    started = time.monotonic()
    baseline = None
    lowest = None
    for n in range(1, EDITS + 1):
        kind = user.edit()
        if n % EVENTS_EVERY == 0:
            QApplication.processEvents()
        refs = sys.getrefcount(None)
        if n == WARM_UP:
            baseline = lowest = refs
        elif baseline is not None:
            lowest = min(lowest, refs)
            assert refs >= baseline - MARGIN, (
                f"None's reference count fell from {baseline} to {refs} after {n} edits "
                f"(last: {kind}); this Qt build drops references to None "
                "(PySide6 6.12.0 does on Python 3.11) and the program will abort"
            )
        if n % FULL_CHECK_EVERY == 0:
            QApplication.processEvents()
            assert window.isVisible(), f"the window closed after {n} edits"
            user.check_shown_case()
            user.check_database(window.store)

    QApplication.processEvents()
    elapsed = time.monotonic() - started
    assert window.isVisible()
    user.check_shown_case()
    user.check_database(window.store)
    assert window.language_actions[user.language].isChecked()
    # Every kind of edit was made many times.
    assert set(user.counts) == {
        "tick",
        "tick_label",
        "own_word",
        "step_list",
        "next_back",
        "case",
        "language",
    }
    assert min(user.counts.values()) >= 50, user.counts
    assert sys.getrefcount(None) >= baseline - MARGIN
    print(
        f"\n{EDITS} edits in {elapsed:.1f} s: {user.counts}; None's count "
        f"{baseline} after warm-up, lowest {lowest}, now {sys.getrefcount(None)}"
    )
