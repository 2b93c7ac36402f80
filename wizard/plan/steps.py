"""The nine steps of plan.md, in our own plain words, as data.

Each string is marked with ``QT_TRANSLATE_NOOP("Plan", ...)`` so that Qt's
lupdate collects it; it is translated when shown or printed. Keys are stable
identifiers stored in the database: reword a text freely, never change a key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import (
    appointment,
    booking,
    comparison,
    insurance,
    need,
    organization,
    questions,
    records,
    specialist,
)
from wizard.plan.case import OVERVIEW, CaseData
from wizard.plan.fields import Field, ListSpec, find_field
from wizard.plan.result import RuleResult


@dataclass(frozen=True)
class HowItem:
    key: str
    text: str


@dataclass(frozen=True)
class Step:
    number: int
    key: str
    short_title: str
    title: str
    why: str
    how: tuple[HowItem, ...]
    done_when: str
    tips: tuple[str, ...] = ()
    # The step's form: the facts the user writes down (SPEC section 4), and its lists.
    fields: tuple[Field, ...] = ()
    lists: tuple[ListSpec, ...] = ()
    # The done-when rule, a pure function of the case and today's date; None means the
    # default (every how item ticked), for steps whose form is still to come.
    rule: Callable[[Step, CaseData, dt.date], RuleResult] | None = field(
        default=None, compare=False
    )


STEPS: tuple[Step, ...] = (
    Step(
        1,
        "need",
        QT_TRANSLATE_NOOP("Plan", "Need"),
        QT_TRANSLATE_NOOP("Plan", "Decide if you need a second opinion"),
        QT_TRANSLATE_NOOP(
            "Plan",
            "Not every health problem needs a second opinion. But when a lot is at stake, "
            "another doctor's view can keep you safe.",
        ),
        (
            HowItem(
                "need.serious",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Check if this is about a life-threatening illness (for example cancer), "
                    "a planned surgery that is not an emergency, or a rare disease.",
                ),
            ),
            HowItem(
                "need.not_working",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Ask for another view if the treatment has not helped after the time it "
                    "should take, or if the diagnosis is still not clear.",
                ),
            ),
            HowItem(
                "need.complex",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Think about one if you have several long-term illnesses that make one "
                    "single treatment plan hard.",
                ),
            ),
        ),
        QT_TRANSLATE_NOOP("Plan", "You have found at least one clear, real reason to go ahead."),
        (
            QT_TRANSLATE_NOOP(
                "Plan",
                "In studies at a large US teaching hospital, about 1 in 5 people who asked for "
                "a second opinion got a different diagnosis. Counting everyone who asked, about "
                "88 in 100 got a clearer or changed diagnosis or treatment plan.",
            ),
            QT_TRANSLATE_NOOP(
                "Plan",
                "A second opinion is your right. Most doctors expect it and respect it. You can "
                "tell your doctor you want to be fully informed. You can also ask them to suggest "
                "someone, or to refer you to a doctor you have in mind.",
            ),
        ),
        fields=need.FIELDS,
        rule=need.rule,
    ),
    Step(
        2,
        "insurance",
        QT_TRANSLATE_NOOP("Plan", "Insurance"),
        QT_TRANSLATE_NOOP("Plan", "Find out what your insurance pays"),
        QT_TRANSLATE_NOOP(
            "Plan",
            "Surprise bills add stress at an already hard time. Knowing what your plan covers "
            "helps you avoid them.",
        ),
        (
            HowItem(
                "insurance.call",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Call your insurance company. Ask if they pay for a \u201csecond opinion\u201d "
                    "for this diagnosis.",
                ),
            ),
            HowItem(
                "insurance.network",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Ask if you must use doctors in their network. Ask too about a \u201cnetwork "
                    "gap exception\u201d: then they pay for a doctor outside the network, for "
                    "example for a rare illness.",
                ),
            ),
            HowItem(
                "insurance.referral",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Ask if they need a written referral from your main doctor before they pay.",
                ),
            ),
        ),
        QT_TRANSLATE_NOOP(
            "Plan",
            "Your insurance has told you clearly what you will pay yourself and whether you "
            "need a referral.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Plan",
                "When you call, write down the date, the name of the person you spoke with and "
                "any reference number they give you.",
            ),
        ),
        fields=insurance.FIELDS,
        lists=insurance.LISTS,
        rule=insurance.rule,
    ),
    Step(
        3,
        "records",
        QT_TRANSLATE_NOOP("Plan", "Records"),
        QT_TRANSLATE_NOOP("Plan", "Get copies of your medical records"),
        QT_TRANSLATE_NOOP(
            "Plan",
            "The new doctor needs the same test results the first doctor used. Only then can "
            "they check everything fairly and fully.",
        ),
        (
            HowItem(
                "records.request",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Send your current clinic a written request for your records. The law gives "
                    "you this right: HIPAA in the US, the GDPR in the EU.",
                ),
            ),
            HowItem(
                "records.contents",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Make sure you get the pathology reports (tests of tissue), the lab results "
                    "and your doctor's notes. Get the scans as DICOM files, the usual format for "
                    "medical images, on a disc or by a download link.",
                ),
            ),
            HowItem(
                "records.discharge",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "If you were in hospital recently, also ask for the discharge summary. That "
                    "is the letter written when you left.",
                ),
            ),
        ),
        QT_TRANSLATE_NOOP(
            "Plan",
            "You have a folder, on paper or on your computer. It holds all the test results "
            "about this illness from the last 12 to 24 months.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Plan",
                "For a heart review, doctors usually want these tests: ECG, echocardiogram (heart "
                "ultrasound), stress test and blood tests. They want CT, MRI or angiogram images "
                "too. They also want your current treatment plan and prescriptions. And they want "
                "notes on past surgeries or procedures, your daily habits and your symptoms.",
            ),
            QT_TRANSLATE_NOOP(
                "Plan",
                "For cancer, doctors want the biopsy (pathology) report and, if possible, the "
                "tissue slides themselves. They also want the stage and type of the cancer, and "
                "the planned mix of surgery, chemotherapy, radiation, immunotherapy or targeted "
                "therapy.",
            ),
            QT_TRANSLATE_NOOP(
                "Plan",
                "For a review of scans: get the original DICOM images (MRI, CT, PET, X-ray, "
                "ultrasound), not only the written report. A radiologist who specializes in this "
                "kind of scan will read them.",
            ),
        ),
        fields=records.FIELDS,
        lists=records.LISTS,
        rule=records.rule,
    ),
    Step(
        4,
        "specialist",
        QT_TRANSLATE_NOOP("Plan", "Specialist"),
        QT_TRANSLATE_NOOP("Plan", "Choose an independent doctor"),
        QT_TRANSLATE_NOOP(
            "Plan",
            "For a truly fair view, the second doctor should not work in the same practice or "
            "close circle as the first doctor.",
        ),
        (
            HowItem(
                "specialist.centers",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Look for specialists at university hospitals or at top centers for your "
                    "illness. These often have the newest research and tools.",
                ),
            ),
            HowItem(
                "specialist.certified",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Use a board-certification database to check the doctor. Are they trained for "
                    "your exact illness, and do they specialize in it? Board certification means a "
                    "board of experts tested the doctor in that field.",
                ),
            ),
            HowItem(
                "specialist.independent",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Be careful with doctors that only your first doctor suggests, if you fear a "
                    "conflict of interest. Patient groups can name independent doctors.",
                ),
            ),
        ),
        QT_TRANSLATE_NOOP(
            "Plan",
            "You have the name and contact details of a specialist who has no work ties to your "
            "current doctor.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Plan",
                "If you have heart and lung problems together, ask for a combined review by a "
                "heart doctor (cardiologist) and a lung doctor (pulmonologist).",
            ),
        ),
        lists=specialist.LISTS,
        rule=specialist.rule,
    ),
    Step(
        5,
        "booking",
        QT_TRANSLATE_NOOP("Plan", "Booking"),
        QT_TRANSLATE_NOOP("Plan", "Book the visit and make sure your records arrive"),
        QT_TRANSLATE_NOOP(
            "Plan",
            "A second opinion only helps if the doctor has time to look at your records before "
            "the visit.",
        ),
        (
            HowItem(
                "booking.book",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Book the appointment and say clearly that it is for a second opinion.",
                ),
            ),
            HowItem(
                "booking.how_records",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Ask the office how they want to get your records: a secure online portal, "
                    "mail, or dropping them off in person.",
                ),
            ),
            HowItem(
                "booking.confirm",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Check that the office got your records at least 48 hours (2 days) before "
                    "the visit. Otherwise the visit may be wasted.",
                ),
            ),
        ),
        QT_TRANSLATE_NOOP(
            "Plan",
            "Your appointment is confirmed and the specialist's office has told you they got "
            "your files.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Plan",
                "Online second-opinion services usually send a written report 48 to 72 hours "
                "(2 to 3 days) after they have your records.",
            ),
        ),
        fields=booking.FIELDS,
        rule=booking.rule,
    ),
    Step(
        6,
        "questions",
        QT_TRANSLATE_NOOP("Plan", "Questions"),
        QT_TRANSLATE_NOOP("Plan", "Write down your questions"),
        QT_TRANSLATE_NOOP(
            "Plan",
            "Stress at a doctor's visit makes people forget important things. A written list "
            "makes sure you ask everything.",
        ),
        (
            HowItem(
                "questions.core",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Include: \u201cHow did you reach this diagnosis?\u201d, \u201cWhat are the "
                    "other choices instead of the planned surgery?\u201d and \u201cWhat happens "
                    "if we do nothing?\u201d",
                ),
            ),
            HowItem(
                "questions.experience",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Ask: \u201cHow many patients with this exact condition have you treated in "
                    "the last year?\u201d The answer tells you about the doctor's experience.",
                ),
            ),
            HowItem(
                "questions.trials",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Add: \u201cAre there clinical trials that my first doctor did not "
                    "mention?\u201d",
                ),
            ),
        ),
        QT_TRANSLATE_NOOP(
            "Plan",
            "You have a printed list of at least five clear questions, ready for the visit.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Plan",
                "More good questions: \u201cAre there choices without surgery?\u201d \u201cWhat "
                "are the long-term side effects of this medicine?\u201d \u201cCan medicines and "
                "changes in daily habits delay or avoid the procedure?\u201d \u201cIs now the "
                "right time, or can it wait?\u201d",
            ),
        ),
        fields=questions.FIELDS,
        lists=(questions.LIST,),
        rule=questions.rule,
    ),
    Step(
        7,
        "appointment",
        QT_TRANSLATE_NOOP("Plan", "Appointment"),
        QT_TRANSLATE_NOOP("Plan", "Capture what the doctor says"),
        QT_TRANSLATE_NOOP(
            "Plan",
            "It is hard to take in complex medical news and take part in the talk at the same "
            "time.",
        ),
        (
            HowItem(
                "appointment.companion",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Bring a friend or family member you trust to take notes, so you can focus "
                    "on the talk.",
                ),
            ),
            HowItem(
                "appointment.record",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Ask the doctor if you may record the talk on your phone, to listen to it "
                    "again later.",
                ),
            ),
            HowItem(
                "appointment.differences",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Make sure the doctor explains, in plain words, any differences between "
                    "their opinion and the first one.",
                ),
            ),
        ),
        QT_TRANSLATE_NOOP(
            "Plan",
            "The visit is over and you have written notes or a recording of what the "
            "specialist advised.",
        ),
        fields=appointment.FIELDS,
        rule=appointment.rule,
    ),
    Step(
        8,
        "comparison",
        QT_TRANSLATE_NOOP("Plan", "Comparison"),
        QT_TRANSLATE_NOOP("Plan", "Compare the two opinions, then decide"),
        QT_TRANSLATE_NOOP(
            "Plan",
            "If the two opinions differ, you need to understand why, so you can make the "
            "safest choice.",
        ),
        (
            HowItem(
                "comparison.tchart",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Make a simple T-chart: a chart with two columns, one for each doctor. Write "
                    "down what each said about the diagnosis, the treatment plan, the risks and "
                    "the recovery time.",
                ),
            ),
            HowItem(
                "comparison.followup",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "If they disagree a lot, make an appointment with your main doctor to talk "
                    "about the difference.",
                ),
            ),
            HowItem(
                "comparison.tiebreaker",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Get a third, \u201ctie-breaker\u201d opinion only if the first two are very "
                    "different and a lot is at stake. An example is surgery on a major organ.",
                ),
            ),
        ),
        QT_TRANSLATE_NOOP(
            "Plan",
            "You have chosen a treatment path and told both medical teams about your decision.",
        ),
        fields=comparison.FIELDS,
        lists=(comparison.LIST,),
        rule=comparison.rule,
    ),
    Step(
        9,
        "organization",
        QT_TRANSLATE_NOOP("Plan", "Keep organized"),
        QT_TRANSLATE_NOOP("Plan", "Keep your records in order for next time"),
        QT_TRANSLATE_NOOP(
            "Plan",
            "Records that are always in order make future second opinions and emergency care "
            "much faster and safer.",
        ),
        (
            HowItem(
                "organization.folder",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Set up a safe digital folder: encrypted storage, or an app made to keep your "
                    "health records.",
                ),
            ),
            HowItem(
                "organization.habit",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Build the habit over 30 days. Every Sunday evening, take 10 minutes to scan "
                    "and file the week's medical papers, receipts and notes.",
                ),
            ),
            HowItem(
                "organization.sort",
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Sort everything into these groups: Imaging, Labs, Prescriptions and Doctor "
                    "notes.",
                ),
            ),
        ),
        QT_TRANSLATE_NOOP(
            "Plan",
            "Your current medical history is on your computer, sorted into groups. You have "
            "done 4 weekly updates in a row.",
        ),
        lists=(organization.LIST,),
        rule=organization.rule,
    ),
)

# The wizard's pages in order: the overview, then one per step. A case's current page is one.
PAGES: tuple[str, ...] = (OVERVIEW, *(step.key for step in STEPS))
_BY_KEY = {step.key: step for step in STEPS}


def step_by_key(key: str) -> Step:
    """The step with this key; raises KeyError for an unknown key."""
    return _BY_KEY[key]


def item_keys(step: Step) -> set[str]:
    return {item.key for item in step.how}


def list_by_key(step: Step, key: str) -> ListSpec:
    """The list ``key`` of ``step``'s form; raises KeyError for an unknown one."""
    for candidate in step.lists:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def field_by_key(step: Step, key: str) -> Field:
    """The field ``key`` of ``step``'s form; raises KeyError for an unknown one."""
    return find_field(step.fields, key)
