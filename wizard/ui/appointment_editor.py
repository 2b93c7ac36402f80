"""Step 7's own editor: an answer box under each question of step 6, and the recordings
of the visit (``wizard.ui.recordings``). The visit's facts (happened, companion, notes...)
are in the page's generic form above it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.plan import questions
from wizard.plan.case import CaseData, Entry
from wizard.plan.fields import YES, find_field
from wizard.store.cases import CaseStore
from wizard.ui.case_editor import CaseEditor
from wizard.ui.dialogs import Asker
from wizard.ui.note_box import NoteBox
from wizard.ui.recordings import RecordingsSection
from wizard.ui.widgets import wrapping_label

ANSWER = find_field(questions.LIST.fields, "answer")
STAR = "\u2605"  # ★


class AnswersSection(QWidget):
    """One answer box per question, in the order of the user's list."""

    def __init__(self, editor: CaseEditor) -> None:
        super().__init__()
        self.editor = editor
        self.setObjectName("answers")
        self.heading = wrapping_label(role="subheading")
        self.intro = wrapping_label(role="muted")
        self.empty = wrapping_label(role="muted")
        self.to_questions = QPushButton()
        self.to_questions.setObjectName("go-to-questions")
        self.to_questions.clicked.connect(lambda: editor.go_to_step.emit(questions.STEP_KEY))
        self.empty_box = QWidget()
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty)
        button_row = QHBoxLayout()
        button_row.addWidget(self.to_questions)
        button_row.addStretch(1)
        empty_layout.addLayout(button_row)
        self.list = QVBoxLayout()
        self.list.setSpacing(4)
        # question id -> (its words as shown, its answer box)
        self.boxes: dict[int, tuple[QLabel, NoteBox]] = {}
        self._shown: list[tuple[int, str, bool]] = []
        self._case_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_box)
        layout.addLayout(self.list)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Answers to your questions"))
        self.intro.setText(
            self.tr(
                "Write down what the doctor said to each question on your list from step 6. "
                "The most important ones are marked with a star."
            )
        )
        self.empty.setText(
            self.tr(
                "There are no questions on your list yet. Step 6 helps you write them down "
                "before the visit."
            )
        )
        self.to_questions.setText(self.tr("Go to step 6: your &questions"))
        for (_id, text, starred), (label, box) in zip(
            self._shown, self.boxes.values(), strict=True
        ):
            label.setText(self._question_text(text, starred))
            box.edit.setAccessibleName(self.tr("Answer to: {question}").format(question=text))
            box.retranslate()

    def _question_text(self, text: str, starred: bool) -> str:
        if starred:
            return self.tr("{star} {question} (most important)").format(star=STAR, question=text)
        return text

    def show_case(self, case: CaseData) -> None:
        entries = questions.questions_of(case)
        shown = [(e.id, e.value("text").strip(), e.value("starred") == YES) for e in entries]
        anew = case.id != self._case_id
        self._case_id = case.id
        if shown != self._shown:
            self._rebuild(entries, shown)
        for entry in entries:
            self.boxes[entry.id][1].show_text(entry.value("answer"), anew=anew)
        self.empty_box.setVisible(not entries)
        self.intro.setVisible(bool(entries))

    def _rebuild(self, entries: list[Entry], shown: list[tuple[int, str, bool]]) -> None:
        old = self.boxes
        self.boxes = {}
        for entry in entries:
            kept = old.pop(entry.id, None)
            if kept is not None:  # the same question, maybe reworded or starred: keep its box
                label, box = kept
                self.list.removeWidget(label)
                self.list.removeWidget(box)
            else:
                label = wrapping_label()
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                box = NoteBox(ANSWER, lines=4)
                box.setObjectName(f"answer-{entry.id}")
                box.saved.connect(
                    lambda text, entry_id=entry.id: self.editor.entry_changed.emit(
                        entry_id, "answer", text
                    )
                )
            label.setBuddy(box.edit)  # the question is the answer box's label
            self.list.addWidget(label)
            self.list.addWidget(box)
            self.boxes[entry.id] = (label, box)
        for label, box in old.values():
            for widget in (label, box):
                widget.setParent(None)
                widget.deleteLater()
        self._shown = shown
        self.retranslate()

    def answer_box(self, entry_id: int) -> NoteBox:
        return self.boxes[entry_id][1]


class AppointmentEditor(CaseEditor):
    def __init__(self, store: CaseStore, asker: Asker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointment-editor")
        self.answers = AnswersSection(self)
        self.recordings = RecordingsSection(store, asker)
        self.recordings.files_changed.connect(self.files_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.answers)
        layout.addWidget(self.recordings)

    def show_case(self, case: CaseData) -> None:
        self.answers.show_case(case)
        self.recordings.show_case(case)

    def retranslate(self) -> None:
        self.answers.retranslate()
        self.recordings.retranslate()

    def stop_work(self) -> None:
        self.recordings.stop_work()
