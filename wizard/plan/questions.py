"""Step 6, questions: the user's list for the visit, and a library of good questions to add.

Done when the list holds at least five questions and was printed (or saved as a PDF to
print) at least once while it held five or more: a list that was printed with three
questions is not yet the list to take along.

Each question is an entry of the list ``questions``: its text as the user keeps it, a star
for the most important, the key of the library question it came from (so the library can
show it as added), and the answer written down at the visit (step 7).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import CaseData, Entry
from wizard.plan.fields import YES, Field, Kind, ListSpec
from wizard.plan.messages import Msg
from wizard.plan.result import RuleResult

if TYPE_CHECKING:
    from wizard.plan.steps import Step

STEP_KEY = "questions"
LIST_KEY = "questions"
ENOUGH = 5

ALL_AREAS: frozenset[str] = frozenset()  # a question that suits every area


@dataclass(frozen=True)
class Suggested:
    """A question of the library: a stable key, its words, and the areas it suits."""

    key: str
    text: str
    areas: frozenset[str] = ALL_AREAS

    def suits(self, area: str) -> bool:
        return not self.areas or area in self.areas


def _q(key: str, text: str, *areas: str) -> Suggested:
    return Suggested(key, text, frozenset(areas))


LIBRARY: tuple[Suggested, ...] = (
    # The plan's five.
    _q("diagnosis_how", QT_TRANSLATE_NOOP("Plan", "How did you reach this diagnosis?")),
    _q(
        "alternatives",
        QT_TRANSLATE_NOOP("Plan", "What are the other choices instead of the planned treatment?"),
    ),
    _q("do_nothing", QT_TRANSLATE_NOOP("Plan", "What happens if we do nothing for now?")),
    _q(
        "experience",
        QT_TRANSLATE_NOOP(
            "Plan", "How many patients with this exact condition have you treated in the last year?"
        ),
    ),
    _q(
        "trials",
        QT_TRANSLATE_NOOP(
            "Plan", "Are there clinical trials that my first doctor did not mention?"
        ),
    ),
    # From the plan's background.
    _q("without_surgery", QT_TRANSLATE_NOOP("Plan", "Are there choices without surgery?")),
    _q(
        "side_effects",
        QT_TRANSLATE_NOOP("Plan", "What are the long-term side effects of this medicine?"),
    ),
    _q(
        "delay",
        QT_TRANSLATE_NOOP(
            "Plan", "Can medicines and changes in daily habits delay or avoid the procedure?"
        ),
    ),
    _q("timing", QT_TRANSLATE_NOOP("Plan", "Is now the right time, or can it wait?")),
    # For every area.
    _q(
        "agree", QT_TRANSLATE_NOOP("Plan", "Do you agree with the first diagnosis? Why or why not?")
    ),
    _q(
        "more_tests",
        QT_TRANSLATE_NOOP("Plan", "Do I need more tests before we decide? Which ones, and why?"),
    ),
    _q("risks", QT_TRANSLATE_NOOP("Plan", "What are the risks of the treatment you suggest?")),
    _q(
        "success",
        QT_TRANSLATE_NOOP("Plan", "How often does this treatment work for people like me?"),
    ),
    _q(
        "recovery",
        QT_TRANSLATE_NOOP("Plan", "How long will recovery take, and what will daily life be like?"),
    ),
    _q(
        "work",
        QT_TRANSLATE_NOOP("Plan", "When can I go back to work and my usual activities?"),
    ),
    _q("cost", QT_TRANSLATE_NOOP("Plan", "What will the treatment cost me, and what is covered?")),
    _q(
        "in_your_place",
        QT_TRANSLATE_NOOP("Plan", "What would you do if you were in my place?"),
    ),
    _q(
        "warning_signs",
        QT_TRANSLATE_NOOP(
            "Plan", "Which warning signs mean I should call you or get help at once?"
        ),
    ),
    _q(
        "who_treats",
        QT_TRANSLATE_NOOP("Plan", "Who would do the treatment, and where?"),
    ),
    _q(
        "report",
        QT_TRANSLATE_NOOP("Plan", "Will you send me and my first doctor a written report?"),
    ),
    _q(
        "read_records",
        QT_TRANSLATE_NOOP("Plan", "Did you have time to look at all my records and images?"),
    ),
    _q(
        "follow_up",
        QT_TRANSLATE_NOOP("Plan", "Who do I ask if I have questions after today?"),
    ),
    # Heart.
    _q(
        "heart_tests",
        QT_TRANSLATE_NOOP(
            "Plan",
            "What do my heart tests (ECG, heart ultrasound, stress test) show, in plain words?",
        ),
        "cardiology",
    ),
    _q(
        "heart_less_invasive",
        QT_TRANSLATE_NOOP(
            "Plan", "Could a smaller procedure, such as a stent or a catheter, work instead?"
        ),
        "cardiology",
    ),
    _q(
        "heart_medicines",
        QT_TRANSLATE_NOOP("Plan", "Could changes to my heart medicines be enough for now?"),
        "cardiology",
    ),
    _q(
        "heart_lung_review",
        QT_TRANSLATE_NOOP(
            "Plan", "Should a lung doctor look at my case together with you (a combined review)?"
        ),
        "cardiology",
        "pulmonology",
    ),
    # Cancer.
    _q(
        "cancer_type_stage",
        QT_TRANSLATE_NOOP("Plan", "What type of cancer is it exactly, and what stage?"),
        "oncology",
    ),
    _q(
        "cancer_pathology",
        QT_TRANSLATE_NOOP(
            "Plan", "Did a pathologist here look at my tissue slides again, not only the report?"
        ),
        "oncology",
    ),
    _q(
        "cancer_combination",
        QT_TRANSLATE_NOOP(
            "Plan",
            "Which mix of surgery, chemotherapy, radiation or other medicines do you suggest, "
            "and in what order?",
        ),
        "oncology",
    ),
    _q(
        "cancer_targeted",
        QT_TRANSLATE_NOOP(
            "Plan", "Should my tumor be tested for targeted medicines or immunotherapy?"
        ),
        "oncology",
    ),
    _q(
        "cancer_team",
        QT_TRANSLATE_NOOP(
            "Plan", "Has a team of cancer experts (a tumor board) talked about my case?"
        ),
        "oncology",
    ),
    # Scans and X-rays.
    _q(
        "imaging_originals",
        QT_TRANSLATE_NOOP(
            "Plan", "Did you look at the original images yourself, not only the written report?"
        ),
        "radiology",
        "orthopedics",
        "neurology",
    ),
    _q(
        "imaging_specialist",
        QT_TRANSLATE_NOOP(
            "Plan", "Was a radiologist who specializes in this part of the body asked to read them?"
        ),
        "radiology",
    ),
    _q(
        "imaging_more",
        QT_TRANSLATE_NOOP("Plan", "Do I need another scan, or a different kind of scan?"),
        "radiology",
        "neurology",
    ),
    # Lungs.
    _q(
        "lung_function",
        QT_TRANSLATE_NOOP("Plan", "What do my breathing tests show, and how do they compare?"),
        "pulmonology",
    ),
    _q(
        "lung_ct",
        QT_TRANSLATE_NOOP("Plan", "Does my chest CT show anything that changes the plan?"),
        "pulmonology",
    ),
    _q(
        "lung_oxygen",
        QT_TRANSLATE_NOOP("Plan", "Will I need oxygen or breathing exercises?"),
        "pulmonology",
    ),
    # Brain and nerves.
    _q(
        "neuro_cause",
        QT_TRANSLATE_NOOP("Plan", "What else could cause my symptoms?"),
        "neurology",
    ),
    _q(
        "neuro_progress",
        QT_TRANSLATE_NOOP("Plan", "How is this likely to change over the next few years?"),
        "neurology",
    ),
    _q(
        "neuro_rehab",
        QT_TRANSLATE_NOOP(
            "Plan",
            "Could therapy (physical, speech or occupational) help me instead of or after "
            "treatment?",
        ),
        "neurology",
    ),
    # Bones and joints.
    _q(
        "ortho_needed",
        QT_TRANSLATE_NOOP(
            "Plan", "Is surgery really needed, or could physical therapy help first?"
        ),
        "orthopedics",
    ),
    _q(
        "ortho_timing",
        QT_TRANSLATE_NOOP("Plan", "What happens if I wait a few months before surgery?"),
        "orthopedics",
    ),
    _q(
        "ortho_implant",
        QT_TRANSLATE_NOOP("Plan", "Which implant or method would you use, and why?"),
        "orthopedics",
    ),
)
_BY_KEY = {question.key: question for question in LIBRARY}


def library_question(key: str) -> Suggested | None:
    return _BY_KEY.get(key)


def suggested_for(case: CaseData) -> tuple[Suggested, ...]:
    """The library questions that suit the case's area (step 1), most useful first."""
    area = case.value("need", "area")
    return tuple(q for q in LIBRARY if q.suits(area))


LIST = ListSpec(
    LIST_KEY,
    QT_TRANSLATE_NOOP("Plan", "Your questions"),
    QT_TRANSLATE_NOOP("Plan", "Add my own question"),
    (
        Field("text", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Question:")),
        Field("starred", Kind.CHECK, QT_TRANSLATE_NOOP("Plan", "Most important")),
        Field("library", Kind.TEXT, "", shown=False),  # a key, never shown
        # Written at the visit, on step 7's page.
        Field("answer", Kind.NOTES, QT_TRANSLATE_NOOP("Plan", "Answer:"), shown=False),
    ),
    custom=True,
)

FIELDS: tuple[Field, ...] = (
    # Written down by the program when the list is printed or saved as a PDF.
    Field(
        "printed_on",
        Kind.DATE,
        QT_TRANSLATE_NOOP("Plan", "Question list last printed on:"),
        shown=False,
    ),
    Field(
        "printed_count",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("Plan", "Questions on the printed list:"),
        shown=False,
    ),
)


def questions_of(case: CaseData) -> list[Entry]:
    """The questions with words in them, in the user's order."""
    return [e for e in case.entries_of(STEP_KEY, LIST_KEY) if e.value("text").strip()]


def in_print_order(case: CaseData) -> list[Entry]:
    """The questions as printed: the starred ones first, each group in the user's order."""
    questions = questions_of(case)
    return [e for e in questions if e.value("starred") == YES] + [
        e for e in questions if e.value("starred") != YES
    ]


def printed_count(case: CaseData) -> int:
    """How many questions the list held when it was last printed (0: never printed)."""
    text = case.value(STEP_KEY, "printed_count")
    return int(text) if text.isdigit() else 0


def rule(step: Step, case: CaseData, today: dt.date) -> RuleResult:
    count = len(questions_of(case))
    missing: list[Msg] = []
    if count < ENOUGH:
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan", "Write down at least five questions (you have {count} so far)."
                ),
                {"count": count},
            )
        )
    printed = printed_count(case)
    if printed < ENOUGH:
        if printed:
            missing.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan",
                        "Print your question list again, or save it as a PDF, once it has at "
                        "least five questions.",
                    )
                )
            )
        else:
            missing.append(
                Msg(QT_TRANSLATE_NOOP("Plan", "Print your question list, or save it as a PDF."))
            )
    started = bool(case.entries.get(STEP_KEY) or case.ticks.get(STEP_KEY))
    return RuleResult(holds=not missing, missing=tuple(missing), started=started)
