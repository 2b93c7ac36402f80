import pytest

from wizard.errors import UserError
from wizard.plan.case import OVERVIEW
from wizard.store import CaseStore, KeyringUnavailable
from wizard.store.database import DB_NAME, migrations


def all_files_bytes(folder):
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_database_file_is_encrypted(store, data_dir):
    store.create_case("Anyone")
    head = (data_dir / DB_NAME).read_bytes()[:16]
    assert head != b"SQLite format 3\x00"


def test_typed_name_is_in_no_file_of_the_data_folder_wal_included(store, data_dir):
    name = "Zebulon Quackenbush"
    case = store.create_case(name)
    store.set_tick(case.id, "need", "need.serious", True)
    store.rename(case.id, name + " Junior")
    files = all_files_bytes(data_dir)
    assert any(p.name.endswith("-wal") for p in files), "WAL should be in use"
    for path, data in files.items():
        for needle in (b"Zebulon", "Zebulon".encode("utf-16-le"), b"Quackenbush"):
            assert needle not in data, f"plaintext name found in {path.name}"


def test_reopen_keeps_everything(data_dir):
    with CaseStore.open(data_dir) as store:
        case = store.create_case("Maria", language="de")
        store.set_tick(case.id, "records", "records.request", True)
        store.set_own_word(case.id, "need", True, on="2026-11-01")
        store.set_current_page(case.id, "records")
        store.set_setting("last_case", str(case.id))
    with CaseStore.open(data_dir) as store:
        again = store.load(case.id)
        assert again.name == "Maria"
        assert again.language == "de"
        assert again.ticks == {"records": {"records.request"}}
        assert again.own_word == {"need": "2026-11-01"}
        assert again.current_page == "records"
        assert store.get_setting("last_case") == str(case.id)


def test_untick_and_unmark(store):
    case = store.create_case("A")
    store.set_tick(case.id, "need", "need.serious", True)
    store.set_tick(case.id, "need", "need.serious", True)  # twice is harmless
    store.set_own_word(case.id, "need", True)
    store.set_tick(case.id, "need", "need.serious", False)
    store.set_own_word(case.id, "need", False)
    again = store.load(case.id)
    assert again.ticks == {}
    assert again.own_word == {}


def test_unknown_step_or_item_is_refused(store):
    case = store.create_case("A")
    with pytest.raises(ValueError):
        store.set_tick(case.id, "need", "insurance.call", True)
    with pytest.raises(ValueError):
        store.set_own_word(case.id, "nope", True)
    with pytest.raises(ValueError):
        store.set_current_page(case.id, "nope")


def test_cases_new_rename_find_delete(store):
    a = store.create_case("  Anna   Berg ")
    b = store.create_case("Carl")
    assert a.name == "Anna Berg"
    assert store.list_cases() == [(a.id, "Anna Berg"), (b.id, "Carl")]
    assert store.find("anna berg") == a.id
    assert store.find(str(b.id)) == b.id
    store.rename(b.id, "Carla")
    assert store.load(b.id).name == "Carla"
    store.set_tick(a.id, "need", "need.serious", True)
    store.set_setting("last_case", str(a.id))
    store.delete(a.id)
    assert store.list_cases() == [(b.id, "Carla")]
    assert store.get_setting("last_case") is None
    assert store.db.execute("SELECT count(*) FROM ticks").fetchone()[0] == 0
    with pytest.raises(UserError, match="no case called"):
        store.find("Anna Berg")
    with pytest.raises(UserError, match="no longer exists"):
        store.load(a.id)


def test_empty_or_huge_names_are_refused_with_a_sentence(store):
    with pytest.raises(UserError, match="type a name"):
        store.create_case("   ")
    with pytest.raises(UserError, match="too long"):
        store.create_case("x" * 201)
    assert store.list_cases() == []


def test_same_name_twice_asks_for_the_number(store):
    store.create_case("Sam")
    store.create_case("Sam")
    with pytest.raises(UserError, match="case number"):
        store.find("Sam")


def test_key_lives_in_keyring_not_on_disk(store, data_dir, memory_keyring):
    (secret,) = memory_keyring.secrets.values()
    for data in all_files_bytes(data_dir).values():
        assert secret.encode() not in data
        assert bytes.fromhex(secret) not in data


def test_wrong_keyring_key_gives_clear_error(data_dir, memory_keyring):
    CaseStore.open(data_dir).close()
    (entry,) = memory_keyring.secrets
    memory_keyring.secrets[entry] = "00" * 32
    with pytest.raises(UserError, match="key does not match or the file is damaged"):
        CaseStore.open(data_dir)


def test_empty_keyring_for_existing_folder_is_not_a_new_install(data_dir, memory_keyring):
    CaseStore.open(data_dir).close()
    memory_keyring.secrets.clear()
    with pytest.raises(UserError, match="keyring"):
        CaseStore.open(data_dir)
    assert (data_dir / DB_NAME).exists()


def test_passphrase_folder(data_dir, no_keyring):
    with CaseStore.open(data_dir, passphrase="correct horse") as store:
        store.create_case("Pat")
    with CaseStore.open(data_dir, passphrase="correct horse") as store:
        assert [n for _, n in store.list_cases()] == ["Pat"]
    with pytest.raises(UserError, match="passphrase is not right"):
        CaseStore.open(data_dir, passphrase="wrong horse")
    with pytest.raises(UserError, match="protected by a passphrase"):
        CaseStore.open(data_dir, passphrase=None)


def test_passphrase_from_environment(data_dir, no_keyring, monkeypatch):
    monkeypatch.setenv("SECOND_OPINION_PASSPHRASE", "from env")
    CaseStore.open(data_dir).close()
    with pytest.raises(UserError, match="passphrase is not right"):
        CaseStore.open(data_dir, passphrase="other")


def test_new_folder_without_keyring_or_passphrase_asks_for_one(data_dir, no_keyring):
    with pytest.raises(KeyringUnavailable):
        CaseStore.open(data_dir)
    assert not (data_dir / DB_NAME).exists()


def test_damaged_database_is_detected(data_dir):
    CaseStore.open(data_dir).close()
    db_file = data_dir / DB_NAME
    data = bytearray(db_file.read_bytes())
    data[0:4096] = b"\x00" * 4096
    db_file.write_bytes(bytes(data))
    with pytest.raises(UserError, match="the file is damaged"):
        CaseStore.open(data_dir)


def test_damaged_keyinfo_is_detected(data_dir):
    CaseStore.open(data_dir).close()
    (data_dir / "keyinfo.json").write_text("{not json")
    with pytest.raises(UserError, match="key file .* is damaged"):
        CaseStore.open(data_dir)


def test_unwritable_data_folder_is_a_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="cannot be created"):
        CaseStore.open(blocker / "data")


def test_check_is_clean_and_migrations_recorded(store):
    assert store.check() == []
    applied = [m.name for m in migrations.applied(store.db)]
    assert applied == [
        "m001_cases",
        "m002_fields",
        "m003_entries",
        "m004_files",
        "m005_case_states",
    ]


def test_a_database_of_the_first_schema_is_upgraded_keeping_everything(data_dir):
    with CaseStore.open(data_dir) as store:
        case = store.create_case("Early")
        store.set_tick(case.id, "records", "records.request", True)
        store.set_own_word(case.id, "need", True, on="2026-11-01")
        # Back to the schema of version 0.1.0, as that version left it.
        store.db.execute("DROP TABLE fields")
        for table in ("thumbnails", "scans", "files"):
            store.db.execute(f"DROP TABLE {table}")
        store.db.execute("DROP TABLE entry_values")
        store.db.execute("DROP TABLE entries")
        store.db.execute("ALTER TABLE cases DROP COLUMN archived")
        store.db.execute("ALTER TABLE cases DROP COLUMN deleted")
        store.db.execute("DELETE FROM _sqlite_migrations WHERE name != 'm001_cases'")
    with CaseStore.open(data_dir) as store:
        assert [m.name for m in migrations.pending(store.db)] == []
        again = store.load(case.id)
        assert again.ticks == {"records": {"records.request"}}
        assert again.own_word == {"need": "2026-11-01"}
        assert store.set_field(case.id, "need", "condition", " Knee ") == " Knee "
        assert store.load(case.id).fields == {"need": {"condition": " Knee "}}
        assert store.check() == []


def test_a_field_saves_alone_and_is_checked(store):
    case = store.create_case("A")
    store.set_field(case.id, "need", "area", "oncology")
    store.set_field(case.id, "need", "reason_rare_disease", "yes")
    assert store.load(case.id).fields == {
        "need": {"area": "oncology", "reason_rare_disease": "yes"}
    }
    store.set_field(case.id, "need", "area", "")
    assert store.load(case.id).fields == {"need": {"reason_rare_disease": "yes"}}
    for step, name, value in (
        ("need", "area", "astrology"),
        ("need", "nope", "x"),
        ("nope", "area", "other"),
        ("need", "condition", "x" * 5000),
    ):
        with pytest.raises(ValueError):
            store.set_field(case.id, step, name, value)
    store.delete(case.id)
    with pytest.raises(UserError, match="no longer exists"):
        store.set_field(case.id, "need", "area", "other")


def test_current_page_defaults_to_overview(store):
    assert store.create_case("A").current_page == OVERVIEW


def test_a_failed_write_is_one_sentence_and_changes_nothing(store):
    case = store.create_case("A")
    store.set_tick(case.id, "need", "need.serious", True)
    store.db.conn.execute("PRAGMA query_only = ON")  # every write now fails, like a full disk
    with pytest.raises(UserError, match="could not be saved"):
        store.set_tick(case.id, "need", "need.complex", True)
    with pytest.raises(UserError, match="could not be saved"):
        store.delete(case.id)
    store.db.conn.execute("PRAGMA query_only = OFF")
    assert store.load(case.id).ticks == {"need": {"need.serious"}}


def test_missing_key_file_never_makes_a_new_key(data_dir, memory_keyring):
    CaseStore.open(data_dir).close()
    before = dict(memory_keyring.secrets)
    (data_dir / "keyinfo.json").unlink()
    with pytest.raises(UserError, match="key file .* is missing"):
        CaseStore.open(data_dir)
    assert memory_keyring.secrets == before


def test_plaintext_keyring_backends_are_not_trusted(data_dir):
    import keyring

    from tests.conftest import MemoryKeyring

    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeyringUnavailable):
        CaseStore.open(data_dir)
    assert not (data_dir / DB_NAME).exists()


def test_short_passphrase_is_refused_for_a_new_folder(data_dir, no_keyring):
    with pytest.raises(UserError, match="at least 8 characters"):
        CaseStore.open(data_dir, passphrase="short")
    assert not (data_dir / DB_NAME).exists()


def test_passphrase_parameters_are_read_from_the_key_file(data_dir, no_keyring):
    import json

    CaseStore.open(data_dir, passphrase="correct horse").close()
    info = json.loads((data_dir / "keyinfo.json").read_text())
    assert info["kdf"] == {"name": "scrypt", "n": 2**17, "r": 8, "p": 1}
    assert "correct horse" not in (data_dir / "keyinfo.json").read_text()

    # A folder made with other scrypt costs still opens with its own.
    from wizard.store import keys

    key = keys.unwrap_with_passphrase(keys.read_keyinfo(data_dir), "correct horse")
    cheaper = keys.KeyInfo("passphrase", salt=b"s" * 16, nonce=b"n" * 12, n=2**14)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapped = AESGCM(keys._derive("correct horse", cheaper)).encrypt(
        cheaper.nonce, key, b"second-opinion-key"
    )
    keys.write_keyinfo(data_dir, keys.KeyInfo(**{**cheaper.__dict__, "wrapped": wrapped}))
    with CaseStore.open(data_dir, passphrase="correct horse") as store:
        assert store.list_cases() == []


def test_case_numbers_are_never_reused(store):
    first = store.create_case("First")
    store.delete(first.id)
    second = store.create_case("Second")
    assert second.id != first.id


def test_change_to_a_deleted_case_is_a_sentence(store):
    case = store.create_case("Gone")
    store.delete(case.id)
    with pytest.raises(UserError, match="no longer exists"):
        store.set_tick(case.id, "need", "need.serious", True)
    with pytest.raises(UserError, match="no longer exists"):
        store.set_own_word(case.id, "need", True)


def test_hidden_control_characters_are_taken_out_of_names(store):
    case = store.create_case("Anna\u202e Berg\x00\t Jr")
    assert case.name == "Anna Berg Jr"


def test_list_entries_are_added_edited_and_removed_one_field_at_a_time(store):
    case = store.create_case("A")
    first = store.add_entry(case.id, "insurance", "calls")
    second = store.add_entry(case.id, "insurance", "calls")
    assert store.set_entry_value(case.id, first, "date", "2026-11-20") == "2026-11-20"
    store.set_entry_value(case.id, first, "who", "Ms Lee")
    store.set_entry_value(case.id, second, "reference", "A-123")
    loaded = store.load(case.id).entries_of("insurance", "calls")
    assert [(e.id, e.values) for e in loaded] == [
        (first, {"date": "2026-11-20", "who": "Ms Lee"}),
        (second, {"reference": "A-123"}),
    ]
    with pytest.raises(ValueError):
        store.set_entry_value(case.id, first, "date", "soon")
    with pytest.raises(ValueError):
        store.set_entry_value(case.id, first, "colour", "red")
    with pytest.raises(ValueError):
        store.add_entry(case.id, "insurance", "nope")
    store.set_entry_value(case.id, first, "who", "")
    store.remove_entry(case.id, second)
    loaded = store.load(case.id).entries_of("insurance", "calls")
    assert [(e.id, e.values) for e in loaded] == [(first, {"date": "2026-11-20"})]
    other = store.create_case("B")
    with pytest.raises(UserError, match="entry no longer exists"):
        store.set_entry_value(other.id, first, "who", "x")
    store.delete(case.id)
    assert store.db.execute("SELECT count(*) FROM entry_values").fetchone()[0] == 0
