"""A made-up case with every form of steps 1 to 5 filled in, written through the store API.

Used by ``bench/keystroke.py`` (a case as full as a real one) and to write the example
in ``docs/case-format.md``. All names, numbers and places are invented.
"""

from __future__ import annotations

from wizard.store import CaseStore

NAME = "Alex Sample"

FIELDS: dict[str, dict[str, str]] = {
    "need": {
        "condition": "Aortic valve stenosis (made-up example)",
        "area": "cardiology",
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
}

TICKS: dict[str, tuple[str, ...]] = {
    "need": ("need.serious", "need.complex"),
    "insurance": ("insurance.call", "insurance.network", "insurance.referral"),
    "records": ("records.request",),
    "specialist": ("specialist.certified", "specialist.independent"),
    "booking": ("booking.book", "booking.confirm"),
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
    store.set_own_word(case_id, "insurance", True, on="2026-11-20")
    store.set_current_page(case_id, "booking")
