"""Step 3, records: the requests to clinics, the record items, and how recent they are.

Done when every needed record is received (or marked as not needed) and the
newest received record is less than 12 months old. Each request is due 30 days
after it was sent under HIPAA and one calendar month after under the GDPR; a
late answer is a warning, as are records without dates.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan import deadlines, need
from wizard.plan.case import CaseData, Entry
from wizard.plan.fields import Choice, Field, Kind, ListSpec
from wizard.plan.messages import Day, Msg
from wizard.plan.result import RuleResult

if TYPE_CHECKING:
    from wizard.plan.steps import Step

FRESH_MONTHS = 12

BASES = (
    Choice(deadlines.HIPAA, QT_TRANSLATE_NOOP("Plan", "HIPAA (United States)")),
    Choice(deadlines.GDPR, QT_TRANSLATE_NOOP("Plan", "GDPR (European Union)")),
)

# The records every second opinion needs (SPEC section 4), then those an area adds (section 9).
BASIC_KINDS = ("pathology", "imaging", "labs", "clinical_notes", "discharge", "medications")
AREA_KINDS = {
    "cardiology": ("ecg", "echocardiogram", "stress_test", "angiogram"),
    "oncology": ("pathology_slides", "staging"),
    "radiology": ("original_images",),
    "pulmonology": ("lung_function", "chest_ct"),
    "neurology": ("brain_imaging",),
    "orthopedics": ("original_images",),
}
KINDS = (
    Choice("pathology", QT_TRANSLATE_NOOP("Plan", "Pathology reports (tissue tests)")),
    Choice("imaging", QT_TRANSLATE_NOOP("Plan", "Imaging: scans and X-rays, with their reports")),
    Choice("labs", QT_TRANSLATE_NOOP("Plan", "Lab results (blood and other tests)")),
    Choice("clinical_notes", QT_TRANSLATE_NOOP("Plan", "Doctors' notes from visits")),
    Choice("discharge", QT_TRANSLATE_NOOP("Plan", "Hospital discharge summaries")),
    Choice("medications", QT_TRANSLATE_NOOP("Plan", "List of my medicines")),
    Choice("ecg", QT_TRANSLATE_NOOP("Plan", "Heart tracings (ECG)")),
    Choice("echocardiogram", QT_TRANSLATE_NOOP("Plan", "Heart ultrasound (echocardiogram)")),
    Choice("stress_test", QT_TRANSLATE_NOOP("Plan", "Heart stress test")),
    Choice(
        "angiogram", QT_TRANSLATE_NOOP("Plan", "Pictures of the heart's blood vessels (angiogram)")
    ),
    Choice("pathology_slides", QT_TRANSLATE_NOOP("Plan", "The tissue slides themselves")),
    Choice("staging", QT_TRANSLATE_NOOP("Plan", "Cancer stage results (staging)")),
    Choice(
        "original_images",
        QT_TRANSLATE_NOOP(
            "Plan",
            "The original images (DICOM files, the format for medical images), not only reports",
        ),
    ),
    Choice("lung_function", QT_TRANSLATE_NOOP("Plan", "Breathing tests (lung function)")),
    Choice("chest_ct", QT_TRANSLATE_NOOP("Plan", "Chest CT scan")),
    Choice("brain_imaging", QT_TRANSLATE_NOOP("Plan", "Brain scans (MRI or CT)")),
    Choice("other", QT_TRANSLATE_NOOP("Plan", "Something else (write its name below)")),
)
NEEDED, REQUESTED, RECEIVED, NOT_APPLICABLE = "needed", "requested", "received", "not_applicable"
STATUSES = (
    Choice(NEEDED, QT_TRANSLATE_NOOP("Plan", "Needed")),
    Choice(REQUESTED, QT_TRANSLATE_NOOP("Plan", "Asked for")),
    Choice(RECEIVED, QT_TRANSLATE_NOOP("Plan", "Received")),
    Choice(NOT_APPLICABLE, QT_TRANSLATE_NOOP("Plan", "Not needed for me")),
)

FIELDS: tuple[Field, ...] = (
    Field("date_of_birth", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Patient's date of birth:")),
    Field("patient_address", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Patient's address:")),
    Field("records_from", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Records from (date):")),
    Field("records_to", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Records up to (date):")),
    Field(
        "letter_note",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("Plan", "A sentence of your own for the request letter:"),
    ),
)


def suggested_items(case: CaseData) -> tuple[dict[str, str], ...]:
    """New record items for this case: the basic kinds and its area's, not yet listed."""
    by_area = [kind for area in need.areas(case) for kind in AREA_KINDS.get(area, ())]
    listed = {entry.value("kind") for entry in case.entries_of("records", "items")}
    kinds = [k for k in (*BASIC_KINDS, *by_area) if k not in listed]
    return tuple({"kind": kind, "status": NEEDED} for kind in dict.fromkeys(kinds))


REQUESTS = ListSpec(
    "requests",
    QT_TRANSLATE_NOOP("Plan", "Your requests for records"),
    QT_TRANSLATE_NOOP("Plan", "Add a request"),
    (
        Field("to_whom", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Clinic or doctor asked:")),
        Field(
            "clinic_address",
            Kind.TEXT,
            QT_TRANSLATE_NOOP("Plan", "Address of the clinic or doctor:"),
        ),
        Field("sent_on", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Request sent on:")),
        Field("basis", Kind.CHOICE, QT_TRANSLATE_NOOP("Plan", "The law you asked under:"), BASES),
        Field("answered_on", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Answer received on:")),
    ),
)
ITEMS = ListSpec(
    "items",
    QT_TRANSLATE_NOOP("Plan", "The records you need"),
    QT_TRANSLATE_NOOP("Plan", "Add a record"),
    (
        Field("kind", Kind.CHOICE, QT_TRANSLATE_NOOP("Plan", "Kind of record:"), KINDS),
        Field("name", Kind.TEXT, QT_TRANSLATE_NOOP("Plan", "Name or details:")),
        Field("status", Kind.CHOICE, QT_TRANSLATE_NOOP("Plan", "Where it stands:"), STATUSES),
        Field("record_date", Kind.DATE, QT_TRANSLATE_NOOP("Plan", "Date of the record:")),
    ),
    suggest=suggested_items,
    suggest_label=QT_TRANSLATE_NOOP("Plan", "Add the records usually needed"),
)
LISTS = (REQUESTS, ITEMS)


def kind_label(kind: str) -> str:
    """The plain-language name of a record kind (a translatable source text)."""
    return next((choice.label for choice in KINDS if choice.key == kind), kind)


def item_name(entry: Entry) -> Msg | str:
    """How to call a record item in a sentence: its own name, else its kind."""
    if entry.value("name"):
        return entry.value("name")
    if entry.value("kind"):
        return Msg(kind_label(entry.value("kind")))
    return Msg(QT_TRANSLATE_NOOP("Plan", "a record without a kind"))


def request_due(entry: Entry) -> dt.date | None:
    sent, basis = entry.value("sent_on"), entry.value("basis")
    if not sent or basis not in deadlines.BASES:
        return None
    return deadlines.response_due(dt.date.fromisoformat(sent), basis)


@functools.lru_cache(maxsize=64)  # the same day for every case of the caseload
def _months_before(day: dt.date, months: int) -> dt.date:
    for _ in range(months):
        previous_month_end = day.replace(day=1) - dt.timedelta(days=1)
        day = previous_month_end.replace(day=min(day.day, previous_month_end.day))
    return day


def rule(step: Step, case: CaseData, today: dt.date) -> RuleResult:
    items = case.entries_of(step.key, ITEMS.key)
    requests = case.entries_of(step.key, REQUESTS.key)
    started = bool(items or requests or case.fields.get(step.key) or case.ticks.get(step.key))
    missing: list[Msg] = []
    warnings: list[Msg] = []
    if not items:
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "List the records you need: press \u201cAdd the records usually needed\u201d.",
                )
            )
        )
    for item in items:
        status = item.value("status")
        if status in ("", NEEDED):
            missing.append(
                Msg(QT_TRANSLATE_NOOP("Plan", "Ask for {record}."), {"record": item_name(item)})
            )
        elif status == REQUESTED:
            missing.append(
                Msg(
                    QT_TRANSLATE_NOOP("Plan", "Wait for {record}, or call to ask where it is."),
                    {"record": item_name(item)},
                )
            )
    start, end = case.value(step.key, "records_from"), case.value(step.key, "records_to")
    if start and end and start > end:
        warnings.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "The first day of the records you ask for is after the last day. Please "
                    "check both dates.",
                )
            )
        )
    received = [item for item in items if item.value("status") == RECEIVED]
    if any(item.value("record_date") > today.isoformat() for item in received):
        warnings.append(
            Msg(QT_TRANSLATE_NOOP("Plan", "A record's date is in the future. Please check it."))
        )
    # A date in the future is a typing slip, not a recent record. The dates of imported
    # scans' studies and documents count as well as those written down.
    written = [i.value("record_date") for i in received]
    dates = [
        dt.date.fromisoformat(day)
        for day in (*written, *case.files.dates)
        if "" < day <= today.isoformat()
    ]
    cutoff = _months_before(today, FRESH_MONTHS)
    if received and not dates:
        warnings.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Write down the date of each record you received, so you can see that they "
                    "are recent.",
                )
            )
        )
    elif dates and max(dates) < cutoff:
        missing.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "Your newest record is from {date}, more than 12 months ago. Ask for recent "
                    "records too.",
                ),
                {"date": Day(max(dates).isoformat())},
            )
        )
    elif received and not all(written):
        warnings.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan", "Some records you received have no date. Write their dates down."
                )
            )
        )
    for request in requests:
        due = request_due(request)
        if due is not None and not request.value("answered_on") and today > due:
            warnings.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Plan",
                        "The answer from {clinic} is late: it was due on {date}. Call them and "
                        "ask.",
                    ),
                    {
                        "clinic": request.value("to_whom")
                        or Msg(QT_TRANSLATE_NOOP("Plan", "the clinic")),
                        "date": Day(due.isoformat()),
                    },
                )
            )
    return RuleResult(
        holds=not missing, missing=tuple(missing), started=started, warnings=tuple(warnings)
    )
