"""The steps' own editors, by step: which the window puts on which page.

Each is a ``CaseEditor``; ``before_form`` ones come above the step's generic form.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.store import CaseStore
from wizard.ui.case_editor import CaseEditor
from wizard.ui.checkins_editor import CheckinsEditor
from wizard.ui.dialogs import Asker


@dataclass
class Placed:
    editor: CaseEditor
    before_form: bool = False


def editors_for(step_key: str, store: CaseStore, asker: Asker) -> list[Placed]:
    """The editors of step ``step_key`` (none for a step with only the generic form)."""
    if step_key == "organization":
        return [Placed(CheckinsEditor())]
    if step_key == "questions":
        from wizard.ui.questions_editor import QuestionsEditor

        return [Placed(QuestionsEditor())]
    if step_key == "appointment":
        from wizard.ui.appointment_editor import AppointmentEditor

        return [Placed(AppointmentEditor(store, asker))]
    if step_key == "comparison":
        from wizard.ui.tchart_editor import TChartEditor, TChartOutput

        # The T-chart comes before the decision that it leads to; its printout after both.
        return [Placed(TChartEditor(), before_form=True), Placed(TChartOutput())]
    return []
