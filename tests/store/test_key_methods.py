"""Changing the passphrase, and moving between the keyring and a passphrase: the same key,
so nothing is re-encrypted, and the old way in stops working."""

from __future__ import annotations

import hashlib
import json
import os

import keyring
import pytest

from tests.conftest import MemoryKeyring, NoKeyring
from wizard.errors import UserError
from wizard.store import CaseStore, keys
from wizard.store.keys import KEYINFO_NAME, KeyringRefused

OLD = "the old passphrase"
NEW = "the new passphrase"


def _db_digest(data_dir):
    return hashlib.sha256((data_dir / "cases.db").read_bytes()).hexdigest()


def test_changing_the_passphrase_keeps_the_data_and_drops_the_old_one(data_dir, no_keyring):
    with CaseStore.open(data_dir, passphrase=OLD) as store:
        store.create_case("Kept")
        code = store.key_methods().new_recovery_key()
    before = _db_digest(data_dir)
    with CaseStore.open(data_dir, passphrase=OLD) as store:
        store.key_methods().change_passphrase(NEW)
    assert _db_digest(data_dir) == before  # not re-encrypted
    with pytest.raises(UserError, match="passphrase is not right"):
        CaseStore.open(data_dir, passphrase=OLD)
    with CaseStore.open(data_dir, passphrase=NEW) as again:
        assert [n for _, n in again.list_cases()] == ["Kept"]
    CaseStore.open(data_dir, passphrase=code).close()  # the recovery key still works


def test_a_new_passphrase_must_follow_the_rules_and_nothing_changes_otherwise(data_dir, no_keyring):
    with CaseStore.open(data_dir, passphrase=OLD) as store:
        before = (data_dir / KEYINFO_NAME).read_bytes()
        with pytest.raises(UserError, match="at least 8 characters"):
            store.key_methods().change_passphrase("short")
    assert (data_dir / KEYINFO_NAME).read_bytes() == before
    CaseStore.open(data_dir, passphrase=OLD).close()


def test_the_current_secret_is_checked(data_dir, no_keyring):
    with CaseStore.open(data_dir, passphrase=OLD) as store:
        methods = store.key_methods()
        methods.check_secret(OLD)
        with pytest.raises(UserError, match="not right"):
            methods.check_secret("something else")
        code = methods.new_recovery_key()
        methods.check_secret(code)


def test_keyring_to_passphrase_and_back(data_dir, memory_keyring):
    with CaseStore.open(data_dir) as store:
        store.create_case("Kept")
        code = store.key_methods().new_recovery_key()
    before = _db_digest(data_dir)
    assert len(memory_keyring.secrets) == 1

    with CaseStore.open(data_dir) as store:
        store.key_methods().use_passphrase(OLD)
        assert store.key_methods().protection().method == "passphrase"
    assert memory_keyring.secrets == {}  # the keyring's entry is gone
    assert keys.needs_passphrase(data_dir)
    with pytest.raises(UserError, match="protected by a passphrase"):
        CaseStore.open(data_dir)
    with CaseStore.open(data_dir, passphrase=OLD) as again:
        assert [n for _, n in again.list_cases()] == ["Kept"]
    CaseStore.open(data_dir, passphrase=code).close()

    with CaseStore.open(data_dir, passphrase=OLD) as store:
        store.key_methods().use_keyring()
    assert not keys.needs_passphrase(data_dir)
    raw = json.loads((data_dir / KEYINFO_NAME).read_text())
    assert raw["method"] == "keyring" and "wrapped" not in raw and "recovery" in raw
    with CaseStore.open(data_dir) as again:  # no passphrase asked
        assert [n for _, n in again.list_cases()] == ["Kept"]
    memory_keyring.secrets.clear()
    with pytest.raises(KeyringRefused):  # the old passphrase is no way in any more
        CaseStore.open(data_dir, passphrase=OLD)
    CaseStore.open(data_dir, passphrase=code).close()
    assert _db_digest(data_dir) == before


def test_moving_to_a_keyring_that_is_not_there_changes_nothing(data_dir):
    keyring.set_keyring(NoKeyring())
    with CaseStore.open(data_dir, passphrase=OLD) as store:
        before = (data_dir / KEYINFO_NAME).read_bytes()
        with pytest.raises(UserError, match="No safe system keyring"):
            store.key_methods().use_keyring()
    assert (data_dir / KEYINFO_NAME).read_bytes() == before
    CaseStore.open(data_dir, passphrase=OLD).close()


def test_moving_to_a_plain_text_keyring_is_refused(data_dir):
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    plain = PlaintextKeyring()
    keyring.set_keyring(plain)
    with CaseStore.open(data_dir, passphrase=OLD) as store:
        with pytest.raises(UserError, match="No safe system keyring"):
            store.key_methods().use_keyring()
    assert keys.needs_passphrase(data_dir)
    assert plain.secrets == {}


def test_a_keyring_folder_cannot_change_a_passphrase_it_has_not(data_dir):
    with CaseStore.open(data_dir) as store:
        with pytest.raises(UserError, match="not by a passphrase"):
            store.key_methods().change_passphrase(NEW)


def test_the_key_file_stays_private_through_every_change(data_dir):
    from wizard.store.folder import exposed_paths

    previous = os.umask(0)  # a umask that takes nothing away
    try:
        with CaseStore.open(data_dir) as store:
            methods = store.key_methods()
            methods.new_recovery_key()
            methods.use_passphrase(OLD)
            methods.change_passphrase(NEW)
            methods.use_keyring()
    finally:
        os.umask(previous)
    assert exposed_paths(data_dir) == []
