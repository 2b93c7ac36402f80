"""A made-up case with every form of the nine steps filled in, written through the store API.

Used by ``bench/keystroke.py`` (a case as full as a real one) and to write the example
in ``docs/case-format.md``: ``python bench/sample_case.py OUT.json`` writes it through
a throwaway data folder. All names, numbers and places are invented.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # wizard, when not installed

from wizard.store import CaseStore  # noqa: E402

NAME = "Alex Sample"

FIELDS: dict[str, dict[str, str]] = {
    "need": {
        "condition": "Aortic valve stenosis (made-up example)",
        "area": "cardiology",
        "second_area": "pulmonology",
        "treatment": "Open-heart valve replacement",
        "first_doctor": "Dr. Robin Example",
        "practice": "Example Heart Clinic, Sampletown",
        "reason_life_threatening": "yes",
        "reason_planned_surgery": "yes",
        "reason_rare_disease": "yes",
        "reason_not_working": "yes",
        "reason_unclear": "yes",
        "reason_several_conditions": "yes",
        "reason_unsure": "yes",
    },
    "insurance": {
        "insurer": "Sample Mutual Health (fictional)",
        "member_id": "SMH-0000-1234",
        "phone": "+1 555 0100",
        "coverage": "partly",
        "in_network_only": "yes",
        "gap_exception": "granted",
        "referral_required": "yes",
        "referral_obtained_on": "2026-11-10",
        "out_of_pocket": "120.5",  # stored as "120.50"
        "currency": "USD",
    },
    "records": {
        "date_of_birth": "1970-04-12",
        "patient_address": "1 Sample Street, Sampletown 00000",
        "records_from": "2025-12-01",
        "records_to": "2026-11-15",
        "letter_note": "Please include the echocardiogram images, not only the report.",
    },
    "booking": {
        "appointment_date": "2026-12-14",
        "appointment_time": "9:30",  # stored as "09:30"
        "time_zone": "America/New_York",
        "place": "Sample University Hospital, Building B, room 204",
        "doctor": "Dr. Jordan Placeholder",
        "booked_as_second_opinion": "yes",
        "records_how": "portal",
        "records_sent_on": "2026-11-23",
        "receipt_confirmed_on": "2026-11-25",
        "receipt_time": "2:05 pm",  # stored as "14:05"
        "receipt_confirmed_by": "Casey Frontdesk",
    },
    # Written by the program when the question list was saved as a PDF.
    "questions": {"printed_on": "2026-12-10", "printed_count": "6"},
    "appointment": {
        "happened": "yes",
        "companion": "Sam Sample (my brother)",
        "recording": "granted",
        "notes": "The valve opening is about 0.8 cm2: severe.\n"
        "A catheter valve (TAVI) is possible and easier to recover from than open-heart "
        "surgery.\nA heart team meets on Thursdays to decide.",
        "differences": "yes",
    },
    "comparison": {
        "diagnosis_first": "Severe aortic valve stenosis.",
        "diagnosis_second": "Severe aortic valve stenosis, confirmed on the echo images.",
        "diagnosis_match": "same",
        "treatment_first": "Open-heart valve replacement within two months.",
        "treatment_second": "A catheter valve (TAVI) through the groin, after a CT scan.",
        "treatment_match": "differs_a_lot",
        "risks_first": "About 2 in 100 serious problems.",
        "risks_second": "Lower; a small chance of needing a pacemaker.",
        "risks_match": "differs",
        "recovery_first": "A week in hospital, 6 to 8 weeks at home.",
        "recovery_second": "2 to 3 days in hospital, about 2 weeks at home.",
        "recovery_match": "differs",
        "chosen_path": "Catheter valve (TAVI) at Sample University Hospital, "
        "after talking it over with my family doctor.",
        "decided_on": "2026-12-18",
        "first_team_told": "2026-12-19",
        "second_team_told": "2026-12-21",
    },
}

ENTRIES: dict[tuple[str, str], list[dict[str, str]]] = {
    ("insurance", "calls"): [
        {
            "date": "2026-11-03",
            "who": "Sam Example",
            "reference": "REF-0001",
            "notes": "They pay 80 % of a second opinion in their network.",
        },
        {
            "date": "2026-11-12",
            "who": "Pat Example",
            "reference": "REF-0002",
            "notes": "Exception granted for Sample University Hospital.",
        },
    ],
    ("records", "requests"): [
        {
            "to_whom": "Example Heart Clinic",
            "clinic_address": "10 Example Road, Sampletown 00000",
            "sent_on": "2026-11-02",
            "basis": "hipaa",
            "answered_on": "2026-11-20",
        },
    ],
    ("records", "items"): [
        {
            "kind": "echocardiogram",
            "name": "Echo report and images",
            "status": "received",
            "record_date": "2026-10-30",
        },
        {"kind": "ecg", "status": "received", "record_date": "2026-10-30"},
        {"kind": "clinical_notes", "status": "received", "record_date": "2026-11-05"},
        {"kind": "other", "name": "Dental check before surgery", "status": "not_applicable"},
    ],
    ("specialist", "candidates"): [
        {
            "name": "Dr. Jordan Placeholder",
            "subspecialty": "Heart valve surgery",
            "institution": "Sample University Hospital",
            "academic": "yes",
            "board_checked": "yes",
            "board_where": "The board's online register",
            "found_through": "own_search",
            "ties": "none",
            "contact": "+1 555 0199",
            "remote": "yes",
            "chosen": "yes",
        },
        {
            "name": "Dr. Morgan Sample",
            "subspecialty": "Interventional cardiology",
            "institution": "Example Heart Clinic",
            "academic": "no",
            "found_through": "first_doctor",
            "ties": "same_practice",
            "remote": "unknown",
        },
    ],
    ("questions", "questions"): [
        {"text": "How did you reach this diagnosis?", "library": "diagnosis_how"},
        {
            "text": "What are the other choices instead of the planned treatment?",
            "library": "alternatives",
            "starred": "yes",
            "answer": "A catheter valve (TAVI), or waiting with an echo every 6 months.",
        },
        {
            "text": "What happens if we do nothing for now?",
            "library": "do_nothing",
            "answer": "The valve will likely get narrower; shortness of breath may get worse.",
        },
        {
            "text": "How many patients with this exact condition have you treated in the last "
            "year?",
            "library": "experience",
            "starred": "yes",
            "answer": "About 150 valve procedures a year, most of them TAVI.",
        },
        {
            "text": "Are there clinical trials that my first doctor did not mention?",
            "library": "trials",
        },
        {"text": "Can I keep riding my bike until the procedure?"},
    ],
    ("comparison", "rows"): [
        {
            "label": "Time off work",
            "first": "Two months.",
            "second": "Two to three weeks.",
            "match": "differs",
        },
    ],
}

# Four Sundays in a row after the visit: step 9's habit.
CHECKINS: tuple[tuple[str, str], ...] = (
    ("2026-12-20", "filed"),
    ("2026-12-27", "nothing_new"),
    ("2027-01-03", "filed"),
    ("2027-01-10", "nothing_new"),
)

TICKS: dict[str, tuple[str, ...]] = {
    "need": ("need.serious", "need.complex"),
    "insurance": ("insurance.call", "insurance.network", "insurance.referral"),
    "records": ("records.request",),
    "specialist": ("specialist.certified", "specialist.independent"),
    "booking": ("booking.book", "booking.confirm"),
    "questions": ("questions.core", "questions.experience", "questions.trials"),
    "appointment": ("appointment.companion", "appointment.record"),
    "comparison": ("comparison.tchart", "comparison.followup"),
    "organization": ("organization.habit",),
}


def fill(store: CaseStore, case_id: int) -> None:
    """Write every field, list entry and tick above into the case, one change at a time."""
    for step_key, values in FIELDS.items():
        for field_key, value in values.items():
            store.set_field(case_id, step_key, field_key, value)
    for (step_key, list_key), entries in ENTRIES.items():
        for values in entries:
            entry_id = store.add_entry(case_id, step_key, list_key)
            for field_key, value in values.items():
                store.set_entry_value(case_id, entry_id, field_key, value)
    for step_key, items in TICKS.items():
        for item_key in items:
            store.set_tick(case_id, step_key, item_key, True)
    for day, kind in CHECKINS:
        store.check_in(case_id, kind, dt.date.fromisoformat(day))
    store.set_own_word(case_id, "insurance", True, on="2026-11-20")
    store.set_current_page(case_id, "organization")


def fill_large(store: CaseStore, case_id: int, questions: int = 200, records: int = 2000) -> None:
    """Make the case as big as a long illness makes it: ``questions`` questions in step 6 and
    ``records`` files in the vault (four in five of them scans, in series of 80)."""
    import io

    from wizard.plan.documents import ScanFacts
    from wizard.store.case_files import NewFile

    have = len(store.load(case_id).entries_of("questions", "questions"))
    for number in range(have, questions):
        entry_id = store.add_entry(case_id, "questions", "questions")
        store.set_entry_value(case_id, entry_id, "text", f"Question {number + 1}: what if we wait?")
    batch = []
    for number in range(records):
        content = f"record {number} of the sample case\n".encode() * 8
        stored = store.files.store_content(io.BytesIO(content))
        if number % 5 == 4:
            new = NewFile(f"letter-{number}.pdf", "pdf", date="2026-10-01")
        else:
            series = number // 80
            scan = ScanFacts(
                patient_name="SAMPLE^ALEX",
                study_uid=f"1.2.826.0.1.{series // 5}",
                study_date="2026-09-14",
                modality="MR",
                series_uid=f"1.2.826.0.1.{series // 5}.{series}",
                series_number=series,
                instance_number=number % 80 + 1,
                rows=256,
                columns=256,
                frames=1,
            )
            new = NewFile(f"IM{number:05d}", "dicom", scan=scan)
        batch.append((stored, new))
        if len(batch) == 200:
            store.files.record(case_id, batch)
            batch = []
    if batch:
        store.files.record(case_id, batch)


def main(argv: list[str]) -> int:
    """Write the sample case as a case file to ``argv[0]`` (the example of the format doc)."""
    from wizard.export.case_json import write_case_json
    from wizard.store import PASSPHRASE_ENV

    if len(argv) != 1:
        print("usage: python bench/sample_case.py OUT.json", file=sys.stderr)
        return 2
    os.environ.setdefault(PASSPHRASE_ENV, "sample case passphrase, not secret")
    with tempfile.TemporaryDirectory() as folder, CaseStore.open(Path(folder) / "data") as store:
        case = store.create_case(NAME)
        assert case.id is not None
        fill(store, case.id)
        write_case_json(store.load(case.id), Path(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
