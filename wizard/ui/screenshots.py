"""Rendering the overview and the nine pages to PNG files (README pictures, layout checks)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from wizard.errors import write_error
from wizard.plan import PAGES
from wizard.store import CaseStore

SAMPLE_NAME = "Alex Sample"
SIZE = (1100, 800)
# Larger text is shown as on a common laptop screen, in the window it opens with there.
LAPTOP_SCREEN = (1280, 800)


def _fill_sample(store: CaseStore, lang: str) -> int:
    """A made-up case part of the way through, so every kind of status and date shows."""
    case_id = store.create_case(SAMPLE_NAME, language=lang).id
    assert case_id is not None  # the store numbers every case it makes
    today = dt.date.today()
    for key, value in (("condition", "Heart valve disease"), ("area", "cardiology")):
        store.set_field(case_id, "need", key, value)
    store.set_field(case_id, "need", "reason_planned_surgery", "yes")
    for key, value in (("out_of_pocket", "0"), ("referral_required", "no")):
        store.set_field(case_id, "insurance", key, value)
    request = store.add_entry(case_id, "records", "requests")
    sent = (today - dt.timedelta(days=12)).isoformat()
    for key, value in (("to_whom", "City Hospital"), ("sent_on", sent), ("basis", "hipaa")):
        store.set_entry_value(case_id, request, key, value)
    store.set_tick(case_id, "records", "records.request", True)
    visit = (today + dt.timedelta(days=21)).isoformat()
    for key, value in (
        ("appointment_date", visit),
        ("appointment_time", "10:30"),
        ("time_zone", "America/New_York"),
    ):
        store.set_field(case_id, "booking", key, value)
    store.set_own_word(case_id, "specialist", True)
    return case_id


def _window_size(text_size: int):
    from PySide6.QtCore import QRect, QSize

    from wizard.ui.window_place import fit, usual_size

    if text_size == 100:
        return QSize(*SIZE)
    return fit(usual_size(text_size), QRect(0, 0, *LAPTOP_SCREEN))


_quieted = False


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns about window hints it cannot honour; that is expected.

    Installed once per process, so repeated renders do not stack handlers.
    """
    global _quieted
    if _quieted:
        return
    _quieted = True
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def render_screenshots(
    outdir: Path,
    store: CaseStore | None,
    case_id: int | None,
    lang: str,
    text_size: int = 100,
    high_contrast: bool = False,
) -> list[Path]:
    """Write overview.png and step-N-KEY.png for each step; returns the paths.

    ``text_size`` (percent) and ``high_contrast`` are the View menu's choices. Larger text
    is shown in the window a 1280x800 screen gives it, so what does not fit there shows.
    Without a store, a sample case is made in a throwaway folder with a
    throwaway passphrase, so the user's own data is never touched.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    import shiboken6

    from wizard.i18n import AppTranslators
    from wizard.store.preferences import Preferences
    from wizard.ui.app import qt_application
    from wizard.ui.look import apply_look, install_look
    from wizard.ui.main_window import MainWindow

    outdir = Path(outdir)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(outdir, exc) from None
    _quiet_offscreen_warnings()
    app = qt_application()
    install_look(app)
    translators = AppTranslators(app)
    translators.switch(lang)
    with tempfile.TemporaryDirectory(prefix="second-opinion-shots-") as scratch:
        own_store = store is None
        if store is None:
            store = CaseStore.open(Path(scratch) / "data", passphrase=os.urandom(16).hex())
            case_id = _fill_sample(store, lang)
        elif case_id is None:
            raise ValueError("render_screenshots needs the case to show from its store")
        try:
            prefs = Preferences(Path(scratch))
            prefs.text_size, prefs.high_contrast = text_size, high_contrast
            window = MainWindow(store, translators, prefs)
            window.open_case(case_id, remember=False)
            window.resize(_window_size(text_size))
            window.show()
            written = []
            for index, key in enumerate(PAGES):
                window.go_to(key, remember=False)
                app.processEvents()
                name = "overview.png" if index == 0 else f"step-{index}-{key}.png"
                path = outdir / name
                if not window.grab().save(str(path)):
                    raise write_error(path, OSError(0, "the picture could not be saved"))
                written.append(path)
            window.close()
            # Gone for good: a window left alive would still hear the next language switch.
            shiboken6.delete(window)
        finally:
            # Leave a shared QApplication as it was found.
            translators.switch("en")
            apply_look(app, 100, False)
            if own_store:
                store.close()
    return written
