"""Archived and deleted cases in the store, the caseload's bulk read, and the upgrade to them."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from wizard.errors import UserError
from wizard.plan.documents import PDF
from wizard.store import CaseStore
from wizard.store.case_files import NewFile
from wizard.store.database import migrations


def counts(store, case_id):
    return {
        table: store.db.execute(
            f"SELECT count(*) FROM {table} WHERE case_id = ?", [case_id]
        ).fetchone()[0]
        for table in ("ticks", "own_word", "fields", "entries", "files")
    }


def filled(store, name="Anna"):
    case = store.create_case(name)
    store.set_tick(case.id, "need", "need.serious", True)
    store.set_own_word(case.id, "insurance", True, on="2026-11-01")
    store.set_field(case.id, "need", "condition", "Knee")
    call = store.add_entry(case.id, "insurance", "calls")
    store.set_entry_value(case.id, call, "who", "Ms Lee")
    store.files.put(case.id, io.BytesIO(b"%PDF-1.4 a"), NewFile("a.pdf", PDF, date="2026-01-05"))
    return store.load(case.id)


def test_a_database_of_the_fourth_schema_is_upgraded_keeping_everything(data_dir):
    with CaseStore.open(data_dir) as store:
        case = filled(store)
        # Back to the schema before archiving and deleting with undo.
        store.db.execute("ALTER TABLE cases DROP COLUMN archived")
        store.db.execute("ALTER TABLE cases DROP COLUMN deleted")
        store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_case_states'")
    with CaseStore.open(data_dir) as store:
        assert [m.name for m in migrations.pending(store.db)] == []
        again = store.load(case.id)
        assert (again.ticks, again.own_word, again.fields) == (
            case.ticks,
            case.own_word,
            case.fields,
        )
        assert [e.values for e in again.entries_of("insurance", "calls")] == [{"who": "Ms Lee"}]
        assert again.files.count == 1
        (listing,) = store.listings()
        assert (listing.id, listing.name, listing.archived) == (case.id, "Anna", False)
        assert store.check() == []


def test_an_archived_case_is_kept_whole_and_marked(store):
    case = filled(store)
    other = store.create_case("Ben")
    store.set_archived(case.id, True)
    assert [(item.name, item.archived) for item in store.listings()] == [
        ("Anna", True),
        ("Ben", False),
    ]
    assert store.find("anna") == case.id  # the command line still finds it
    assert store.load(case.id).fields == case.fields
    assert [line.listing.id for line in store.caseload(dt.date.today(), archived=False)] == [
        other.id
    ]
    store.set_archived(case.id, False)
    assert not any(item.archived for item in store.listings())


def test_a_discarded_case_is_hidden_until_undone_or_purged(store):
    case = filled(store)
    kept = store.create_case("Ben")
    before = counts(store, case.id)
    store.discard(case.id)
    assert store.list_cases() == [(kept.id, "Ben")]
    with pytest.raises(UserError, match="no case called"):
        store.find("Anna")
    with pytest.raises(UserError, match="no case called"):
        store.find(str(case.id))
    assert counts(store, case.id) == before  # nothing is gone yet
    store.undo_discard(case.id)
    assert store.list_cases() == [(case.id, "Anna"), (kept.id, "Ben")]
    assert store.load(case.id).fields == case.fields

    store.discard(case.id)
    assert store.purge_discarded() == [case.id]
    assert counts(store, case.id) == dict.fromkeys(before, 0)
    assert list(store.files.objects.names()) == []
    assert store.list_cases() == [(kept.id, "Ben")]
    assert store.purge_discarded() == []
    assert store.create_case("Carl").id > case.id  # its number is never given again


def test_loading_many_at_once_gives_what_loading_each_gives(store):
    cases = [filled(store, name) for name in ("Anna", "Ben", "Carl")]
    empty = store.create_case("Dora")
    store.set_current_page(cases[1].id, "records")
    ids = [case.id for case in cases] + [empty.id]
    many = store.load_many([*ids, 999])
    assert sorted(many) == sorted(ids)  # an unknown number is left out
    for case_id in ids:
        assert many[case_id] == store.load(case_id)


def test_listings_carry_the_birth_date_and_same_names_are_found(store):
    anna = store.create_case("Anna Berg")
    twin = store.create_case(" anna  berg ")
    store.set_field(twin.id, "records", "date_of_birth", "1950-03-03")
    store.set_field(anna.id, "need", "birth_date", "1962-11-20")
    store.set_field(anna.id, "records", "date_of_birth", "1962-11-21")
    assert {item.id: item.birth_date for item in store.listings()} == {
        anna.id: "1962-11-20",  # step 1's, before the letter's
        twin.id: "1950-03-03",
    }
    assert [item.id for item in store.same_name("ANNA BERG")] == [anna.id, twin.id]
    assert [item.id for item in store.same_name("Anna Berg", but=anna.id)] == [twin.id]
    assert store.same_name("Anna") == []


def test_the_caseload_of_three_hundred_is_read_in_one_go(store):
    ids = [store.create_case(f"Patient {n}").id for n in range(300)]
    store.set_field(ids[0], "need", "reason_rare_disease", "yes")
    lines = store.caseload(dt.date.today())
    assert len(lines) == 300
    assert {line.listing.id: line.done for line in lines}[ids[0]] == 1
    # One query per table, not one per case (the files' summaries are kept per case, and
    # only checked for changes by a cheap PRAGMA each).
    statements = []
    store.db.conn.set_trace_callback(statements.append)
    store.caseload(dt.date.today())
    store.db.conn.set_trace_callback(None)
    queries = [s for s in statements if not s.startswith("PRAGMA data_version")]
    assert len(queries) < 20, queries[:30]
