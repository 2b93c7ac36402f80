"""Step 7's recordings of the visit: add (encrypted into the vault, off the window's
thread), list, remove, and play (``wizard.ui.playback``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.errors import UserError
from wizard.plan.case import CaseData
from wizard.plan.documents import CaseFile
from wizard.plan.messages import Msg
from wizard.store.cases import CaseStore
from wizard.ui.background import Job
from wizard.ui.dialogs import Asker
from wizard.ui.playback import Playback
from wizard.ui.text import render, ui_date
from wizard.ui.widgets import wrapping_label

STEP = "appointment"


def _added_on(file: CaseFile) -> str:
    try:
        day = dt.datetime.fromisoformat(file.added).astimezone().date().isoformat()
    except ValueError:
        day = file.added[:10]
    return ui_date(day)


class RecordingRow(QFrame):
    """One recording: its name, size and day added, with Play and Remove."""

    def __init__(self, file: CaseFile) -> None:
        super().__init__()
        self.file = file
        self.setObjectName(f"recording-{file.id}")
        self.setProperty("role", "card")
        self.name = wrapping_label()
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.details = wrapping_label(role="muted")
        self.play_button = QPushButton()
        self.play_button.setObjectName("play-recording")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove-recording")
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.name)
        words.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.addLayout(words, 1)
        layout.addWidget(self.play_button)
        layout.addWidget(self.remove_button)

    def retranslate(self) -> None:
        file = self.file
        self.name.setText(file.name)
        size = QLocale().formattedDataSize(file.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        self.details.setText(
            self.tr("{size}, added on {date}").format(size=size, date=_added_on(file))
        )
        self.play_button.setText(self.tr("Play"))
        self.play_button.setAccessibleName(self.tr("Play {name}").format(name=file.name))
        self.remove_button.setText(self.tr("Remove\u2026"))
        self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=file.name))


class RecordingsSection(QWidget):
    files_changed = Signal()

    def __init__(self, store: CaseStore, asker: Asker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.asker = asker
        self.setObjectName("recordings")
        self.playback = Playback(store, asker)
        self.case: CaseData | None = None
        self.recordings: list[CaseFile] = []
        self.rows: dict[int, RecordingRow] = {}
        self._shown_key: object = None
        self.adding: Job | None = None

        self.heading = wrapping_label(role="subheading")
        self.intro = wrapping_label(role="muted")
        self.add_button = QPushButton()
        self.add_button.setObjectName("add-recording")
        self.add_button.clicked.connect(self.choose)
        # While adding: which file, how far, and Cancel.
        self.adding_label = wrapping_label()
        self.progress = QProgressBar()
        self.progress.setObjectName("adding-progress")
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel-adding")
        self.cancel_button.clicked.connect(self._cancel_adding)
        self.adding_box = QWidget()
        adding_layout = QVBoxLayout(self.adding_box)
        adding_layout.setContentsMargins(0, 0, 0, 0)
        adding_layout.addWidget(self.adding_label)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        adding_layout.addLayout(bar)
        self.adding_box.hide()
        self.notice = wrapping_label(role="muted")
        self.notice.setObjectName("recordings-notice")
        self.notice.hide()
        self.empty = wrapping_label(role="muted")
        self.list = QVBoxLayout()
        self.list.setSpacing(6)

        adding = QHBoxLayout()
        adding.addWidget(self.add_button)
        adding.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 8, 0, 8)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.empty)
        self.layout_.addLayout(self.list)
        self.layout_.addLayout(adding)
        self.layout_.addWidget(self.adding_box)
        self.layout_.addWidget(self.notice)
        self.layout_.addWidget(self.playback)
        self.retranslate()

    # -- words ----------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Recordings of the visit"))
        self.intro.setText(
            self.tr(
                "If the doctor allowed it, add the sound recording of the talk (m4a, mp3, wav or "
                "ogg). It is locked (encrypted) in your data folder, like your other files."
            )
        )
        self.empty.setText(self.tr("No recordings added yet."))
        if self.adding is None or self.adding.finished:
            self.add_button.setText(self.tr("Add a &recording\u2026"))
        else:
            self.add_button.setText(self.tr("Adding\u2026"))
        self.progress.setAccessibleName(self.tr("Progress of adding the recording"))
        self.cancel_button.setText(self.tr("Cancel"))
        for row in self.rows.values():
            row.retranslate()
        self.playback.retranslate()

    # -- showing ----------------------------------------------------------------
    def show_case(self, case: CaseData) -> None:
        if self.case is not None and case.id != self.case.id:
            self.notice.hide()
        self.case = case
        self.playback.show_case_id(case.id)
        try:
            key = (case.id, self.store.files.version())
        except UserError:
            key = None
        if key != self._shown_key:
            self._shown_key = key
            self.reload()

    def reload(self) -> None:
        case = self.case
        if case is None or case.id is None:
            return
        try:
            self.recordings = self.store.files.list(case.id, step=STEP)
        except UserError as exc:
            self.asker.error(self.tr("Recordings of the visit"), render(exc.msg))
            return
        if [f.id for f in self.recordings] != list(self.rows):
            self._rebuild()
        self.empty.setVisible(not self.recordings)

    def _rebuild(self) -> None:
        for row in self.rows.values():
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        for file in self.recordings:
            row = RecordingRow(file)
            row.play_button.clicked.connect(lambda _=False, f=file: self.playback.play(f))
            row.remove_button.clicked.connect(lambda _=False, f=file: self.remove(f))
            row.retranslate()
            self.list.addWidget(row)
            self.rows[file.id] = row

    # -- adding -------------------------------------------------------------------
    def choose(self) -> None:
        paths = self.asker.open_paths(
            self.tr("Add a recording"),
            False,
            self.tr("Recordings (*.m4a *.mp3 *.wav *.ogg);;All files (*)"),
        )
        if paths:
            self.add(paths)

    def add(self, paths: Sequence[Path]) -> Job | None:
        """Add the recordings ``paths`` off the window's thread; returns the job."""
        case = self.case
        if case is None or case.id is None or not paths or self.adding_now:
            return None
        case_id, store, chosen = case.id, self.store, list(paths)

        def work(
            progress: Callable[[object], None], cancelled: Callable[[], bool]
        ) -> tuple[list[CaseFile], list[CaseFile], list[Msg]]:
            from wizard.records.recordings import add_recording
            from wizard.store.vault import Cancelled

            added: list[CaseFile] = []
            kept_already: list[CaseFile] = []
            refused: list[Msg] = []
            worker = store.sibling()  # the window keeps its own connection
            try:
                for index, path in enumerate(chosen):
                    progress((index, len(chosen), path.name, 0, 1))

                    def tell(done, total, index=index, name=path.name):
                        progress((index, len(chosen), name, done, total))

                    try:
                        file, new = add_recording(worker, case_id, path, tell, cancelled)
                    except UserError as exc:
                        refused.append(exc.msg)
                        continue
                    except Cancelled:
                        break
                    (added if new else kept_already).append(file)
            finally:
                worker.close()
            return added, kept_already, refused

        self.adding = Job(work, self)
        self.adding.progress.connect(self._adding_progress)
        self.adding.done.connect(self._added)
        self.adding.failed.connect(self._adding_failed)
        self.add_button.setEnabled(False)
        self.add_button.setText(self.tr("Adding\u2026"))
        self.progress.setRange(0, 0)
        self.adding_label.setText(self.tr("Adding\u2026"))
        self.adding_box.show()
        self.notice.hide()
        self.adding.start()
        return self.adding

    @property
    def adding_now(self) -> bool:
        return self.adding is not None and not self.adding.finished

    def _adding_progress(self, report) -> None:
        index, count, name, done, total = report
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * (index + (done / total if total else 1)) / count))
        self.adding_label.setText(self.tr("Adding \u201c{name}\u201d\u2026").format(name=name))

    def _cancel_adding(self) -> None:
        if self.adding is not None:
            self.adding.cancel()
            self.cancel_button.setEnabled(False)

    def _adding_ended(self) -> None:
        self.adding_box.hide()
        self.cancel_button.setEnabled(True)
        self.add_button.setEnabled(True)
        self.add_button.setText(self.tr("Add a &recording\u2026"))
        self.files_changed.emit()

    def _added(self, result) -> None:
        added, kept_already, refused = result
        self._adding_ended()
        lines = []
        if added:
            names = ", ".join(f.name for f in added)
            lines.append(self.tr("Added and locked: {names}.").format(names=names))
        for file in kept_already:
            lines.append(
                self.tr("\u201c{name}\u201d was already here, so it was not added again.").format(
                    name=file.name
                )
            )
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))
        if refused:
            self.asker.error(self.tr("Add a recording"), "\n".join(render(msg) for msg in refused))

    def _adding_failed(self, exc: BaseException) -> None:
        self._adding_ended()
        text = render(exc.msg) if isinstance(exc, UserError) else type(exc).__name__
        self.asker.error(self.tr("Add a recording"), text)

    # -- removing -------------------------------------------------------------------
    def remove(self, file: CaseFile) -> None:
        case = self.case
        if case is None or case.id is None:
            return
        question = self.tr(
            "Remove the recording \u201c{name}\u201d from this case? The locked copy in your "
            "data folder is deleted; your own file stays where it is."
        ).format(name=file.name)
        if not self.asker.confirm(self.tr("Remove recording"), question):
            return
        self.playback.forget(file)
        try:
            self.store.files.delete(case.id, [file.id])
        except UserError as exc:
            self.asker.error(self.tr("Remove recording"), render(exc.msg))
        self.files_changed.emit()

    # -- closing -----------------------------------------------------------------
    def stop_work(self) -> None:
        if self.adding is not None and not self.adding.finished:
            self.adding.cancel()
            self.adding.wait(30)
        self.playback.stop_work()
