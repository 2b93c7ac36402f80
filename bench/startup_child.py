"""One start, timed by the parent (bench/startup.py): prints "shown" when the first page is up.

    startup_child.py bare                 a bare QApplication with one QWizard (the baseline)
    startup_child.py app DATA             the wizard, as `second-opinion --data-dir DATA` starts
    startup_child.py caseload DATA        the same, then opens the caseload view and prints
                                          "caseload SECONDS" once it is shown

The keyring is bench/file_keyring.py when BENCH_KEYRING_FILE is set (there is no desktop
keyring on a headless machine); the passphrase comes from SECOND_OPINION_PASSPHRASE.
Both ways the child starts the window the way `run_gui` does, with the real event loop.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

BEGUN = time.perf_counter()  # the interpreter has started; the program not yet

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def _when_shown(is_shown, then) -> None:
    """Call ``then`` once ``is_shown()`` is true, checking as the event loop runs."""
    from PySide6.QtCore import QTimer

    def probe() -> None:
        if is_shown():
            then()
        else:
            QTimer.singleShot(1, probe)

    QTimer.singleShot(0, probe)


def _done(line: str) -> None:
    print(line, flush=True)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

    _done(f"imports {time.perf_counter() - BEGUN:.6f}")
    app = QApplication([sys.argv[0]])
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Step 1")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("A first page"))
    wizard.addPage(page)
    wizard.resize(1100, 800)
    wizard.show()
    _when_shown(
        lambda: wizard.isVisible(),
        lambda: (_done(f"inside {time.perf_counter() - BEGUN:.6f}"), _done("shown"), os._exit(0)),
    )
    app.exec()


def app(data: Path, caseload: bool) -> None:
    from PySide6.QtWidgets import QApplication

    if os.environ.get("BENCH_KEYRING_FILE"):
        import keyring

        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from file_keyring import FileKeyring

        keyring.set_keyring(FileKeyring())
    # The program's own modules and the libraries they load (Qt, sqlite-utils, keyring,
    # cryptography...), timed apart from opening the data and building the window.
    from wizard.store.cases import CaseStore  # noqa: F401
    from wizard.ui.app import qt_application, run_gui
    from wizard.ui.main_window import MainWindow

    _done(f"imports {time.perf_counter() - BEGUN:.6f}")
    qt = qt_application()

    def window() -> MainWindow | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                return widget
        return None

    def shown() -> None:
        _done(f"inside {time.perf_counter() - BEGUN:.6f}")
        _done("shown")
        if not caseload:
            os._exit(0)
        main = window()
        assert main is not None
        start = time.perf_counter()
        main.case_actions.show_caseload()
        dialog = main.case_actions.caseload
        qt.processEvents()
        assert dialog is not None and dialog.isVisible()
        _done(f"caseload {time.perf_counter() - start:.6f}")
        # Of that: reading every case and weighing its nine steps (the plan's rules), which
        # grows with the number of cases whatever the window does.
        import datetime as dt

        start = time.perf_counter()
        main.store.caseload(dt.date.today())
        _done(f"cases {time.perf_counter() - start:.6f}")
        os._exit(0)

    _when_shown(lambda: window() is not None, shown)
    run_gui(data)
    os._exit(1)  # the window closed before it was shown


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app(Path(sys.argv[2]), caseload=sys.argv[1] == "caseload")
