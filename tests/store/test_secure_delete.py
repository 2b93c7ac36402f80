"""A deleted case leaves no trace of its text in any file of the data folder.

The database is encrypted, so its text never shows in the files as they are on disk. To
make the test mean something, the pages are also decrypted with the folder's key (see
``sqlcipher_pages``), free and stale ones too, in the database and in its -wal file: that
is where a deleted row would linger without ``secure_delete`` and a checkpoint.
"""

from __future__ import annotations

import io

import pytest

from tests.store.sqlcipher_pages import all_pages, hits, wal_pages
from wizard.plan.documents import PDF
from wizard.store import CaseStore, keys
from wizard.store.case_files import NewFile
from wizard.store.database import DB_NAME

PASSPHRASE = "fixture-passphrase"
NAME = "Zebulon Quackenbush-Ortega"
DIAGNOSIS = "Xanthogranulomatous pyelonephritis"
NOTES = "Wants to ask about the Vireo-Kestrel-7731 trial"
CALLER = "Dr Wolfsbane-Ixtlan"
FILE_NAME = "Jabberwock-scan-report.pdf"
FILE_TEXT = "Jabberwock-Tumtum-8812 findings"
THUMB = "Borogove-Thumbnail-4471"
KEPT = "Kept-Patient-Mimsy"
PLANTED = [NAME, DIAGNOSIS, NOTES, CALLER, FILE_NAME, FILE_TEXT, THUMB]


def type_slowly(store: CaseStore, case_id: int, step: str, field: str, text: str) -> None:
    """As the window saves a text field: once per keystroke, every prefix a stored version."""
    for end in range(1, len(text) + 1):
        store.set_field(case_id, step, field, text[:end])


def plant(store: CaseStore) -> int:
    case = store.create_case(NAME)
    type_slowly(store, case.id, "need", "condition", DIAGNOSIS)
    # Long notes go to overflow pages, which a delete frees whole.
    store.set_field(case.id, "appointment", "notes", (NOTES + "\n") * 200)
    store.set_field(case.id, "need", "first_doctor", NOTES)
    [entry] = store.add_entries(case.id, "insurance", "calls", ({"who": CALLER},))
    store.set_entry_value(case.id, entry, "reference", NOTES)
    content = (FILE_TEXT + "\n").encode("utf-8") * 300
    store.files.put(case.id, io.BytesIO(content), NewFile(FILE_NAME, PDF))
    store.files.set_thumbnail(case.id, "1.2.3", THUMB.encode("utf-8") * 50)
    store.set_setting("last_case", str(case.id))
    return case.id


def files_under(folder) -> list[bytes]:
    return [p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()]


def vault_contents(store: CaseStore) -> list[bytes]:
    """Every object left in the vault, decrypted."""
    objects = store.files.objects
    contents = []
    for name in objects.names():
        with objects.open(name) as reader:
            contents.append(reader.read())
    return contents


@pytest.fixture
def opened(data_dir, no_keyring):
    store = CaseStore.open(data_dir, passphrase=PASSPHRASE)
    yield store
    store.close()


def key_of(data_dir) -> bytes:
    info = keys.read_keyinfo(data_dir)
    assert info is not None
    return keys.unlock(info, PASSPHRASE)


def test_every_connection_overwrites_what_it_deletes(opened):
    assert opened.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    with opened.sibling() as other:
        assert other.db.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_a_deleted_case_cannot_be_found_in_any_file(opened, data_dir):
    key = key_of(data_dir)
    database = data_dir / DB_NAME
    kept = opened.create_case(KEPT)
    opened.set_field(kept.id, "need", "condition", KEPT + " condition")
    opened.files.put(kept.id, io.BytesIO(b"another file " * 100), NewFile("kept.pdf", PDF))
    case_id = plant(opened)

    # The scanner finds what is there: every planted text is in the decrypted pages or
    # the vault, and none of it in the files as they are on disk (all encrypted).
    found = hits(all_pages(database, key) + vault_contents(opened), PLANTED)
    assert found == PLANTED
    assert hits(files_under(data_dir), PLANTED) == []

    opened.delete(case_id)

    # At once, with the store still open: the -wal file is empty, and no page of the
    # database (free ones included) holds the case's text.
    assert hits(all_pages(database, key), PLANTED) == []
    assert list(wal_pages(database.with_name(DB_NAME + "-wal"), key)) == []
    assert hits(vault_contents(opened), PLANTED) == []
    assert len(list(opened.files.objects.names())) == 1
    # ... while the case kept is still there, found by the same scanner.
    assert hits(all_pages(database, key), [KEPT]) == [KEPT]
    assert opened.check() == []
    opened.close()

    # Closed: no file under the data folder holds the text, as stored or decrypted.
    assert hits(files_under(data_dir), PLANTED) == []
    assert hits(all_pages(database, key), PLANTED) == []
    with CaseStore.open(data_dir, passphrase=PASSPHRASE) as again:
        assert [name for _, name in again.list_cases()] == [KEPT]
        assert hits(vault_contents(again), PLANTED) == []


def test_a_file_another_case_holds_stays_for_it(opened, data_dir):
    data = (FILE_TEXT + " shared").encode("utf-8") * 10
    first = opened.create_case("First")
    second = opened.create_case("Second")
    opened.files.put(first.id, io.BytesIO(data), NewFile("a.pdf", PDF))
    opened.files.put(second.id, io.BytesIO(data), NewFile("b.pdf", PDF))
    opened.delete(first.id)
    [kept] = opened.files.list(second.id)
    with opened.files.open(second.id, kept.id) as reader:
        assert reader.read() == data
    opened.delete(second.id)
    assert list(opened.files.objects.names()) == []
