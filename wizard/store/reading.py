"""Reading cases from the database: whole cases, many at once, and the list of cases.

Each table is read once for all the cases asked for, so that the caseload of hundreds of
cases takes a few queries, not a few per case. The callers turn database errors into
sentences (``CaseStore._reading``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from wizard.plan import caseload
from wizard.plan.case import CaseData, Entry, FilesSummary
from wizard.plan.caseload import CaseListing
from wizard.store.sqlite_lean import sqlite_utils

# Cases read per query: well below SQLite's limit on parameters.
CHUNK = 500


def read_listings(db: sqlite_utils.Database) -> list[CaseListing]:
    """Every case kept (archived ones too, not those deleted), by name, without contents."""
    rows = db.execute(
        "SELECT c.id, c.name, c.archived, c.updated, coalesce("
        "(SELECT value FROM fields WHERE case_id = c.id AND step = ? AND name = ?), "
        "(SELECT value FROM fields WHERE case_id = c.id AND step = ? AND name = ?), '') "
        "FROM cases c WHERE c.deleted = '' ORDER BY c.name COLLATE NOCASE, c.id",
        [caseload.NEED_STEP, caseload.BIRTH_DATE, caseload.LETTER_STEP, caseload.LETTER_BIRTH_DATE],
    ).fetchall()
    return [
        CaseListing(
            id=row[0], name=row[1], birth_date=row[4], archived=bool(row[2]), updated=row[3]
        )
        for row in rows
    ]


def read_cases(
    db: sqlite_utils.Database,
    case_ids: Iterable[int],
    files_summary: Callable[[int], FilesSummary],
) -> dict[int, CaseData]:
    """The whole cases numbered ``case_ids``; numbers of cases that do not exist are left
    out. ``files_summary`` gives a case's files in brief."""
    ids = sorted(set(case_ids))
    cases: dict[int, CaseData] = {}
    for start in range(0, len(ids), CHUNK):
        cases.update(_read_chunk(db, ids[start : start + CHUNK]))
    for case_id, case in cases.items():
        case.files = files_summary(case_id)
    return cases


def _read_chunk(db: sqlite_utils.Database, case_ids: list[int]) -> dict[int, CaseData]:
    marks = ", ".join("?" * len(case_ids))

    def rows(sql: str) -> list[tuple]:
        return db.execute(sql.format(ids=marks), case_ids).fetchall()

    cases: dict[int, CaseData] = {}
    for row in rows(
        "SELECT id, name, language, created, current_page FROM cases WHERE id IN ({ids})"
    ):
        cases[row[0]] = CaseData(
            id=row[0], name=row[1], language=row[2], created=row[3], current_page=row[4]
        )
    for case_id, step, item in rows(
        "SELECT case_id, step, item FROM ticks WHERE case_id IN ({ids})"
    ):
        cases[case_id].ticks.setdefault(step, set()).add(item)
    for case_id, step, marked_on in rows(
        "SELECT case_id, step, marked_on FROM own_word WHERE case_id IN ({ids})"
    ):
        cases[case_id].own_word[step] = marked_on
    for case_id, step, name, value in rows(
        "SELECT case_id, step, name, value FROM fields WHERE case_id IN ({ids})"
    ):
        cases[case_id].set_value(step, name, value)
    entries: dict[int, Entry] = {}
    for entry_id, case_id, step, list_key in rows(
        "SELECT id, case_id, step, list FROM entries WHERE case_id IN ({ids}) "
        "ORDER BY case_id, position, id"
    ):
        entry = entries[entry_id] = Entry(entry_id)
        cases[case_id].entries.setdefault(step, {}).setdefault(list_key, []).append(entry)
    for entry_id, name, value in rows(
        "SELECT v.entry_id, v.name, v.value FROM entry_values v "
        "JOIN entries e ON e.id = v.entry_id WHERE e.case_id IN ({ids})"
    ):
        entries[entry_id].values[name] = value
    return cases
