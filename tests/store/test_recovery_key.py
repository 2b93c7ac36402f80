"""The recovery key: its form, and that it opens the data wherever a passphrase does."""

from __future__ import annotations

import json
import re

import pytest

from wizard.errors import UserError
from wizard.store import CaseStore, keys
from wizard.store.keys import KEYINFO_NAME, KeyringRefused
from wizard.store.recovery import (
    ALPHABET,
    looks_like_recovery_key,
    new_recovery_key,
    recovery_bytes,
)

PASSPHRASE = "a long passphrase"


def test_a_recovery_key_is_seven_groups_without_look_alikes():
    made = {new_recovery_key() for _ in range(200)}
    assert len(made) == 200
    for code in made:
        assert re.fullmatch(r"([2-9A-HJ-NP-Z]{4}-){6}[2-9A-HJ-NP-Z]{4}", code)
        assert not set(code) & set("01IO")
    assert len(ALPHABET) == 32 and len(set(ALPHABET)) == 32


def test_a_recovery_key_may_be_typed_in_lower_case_and_without_dashes():
    code = new_recovery_key()
    assert recovery_bytes(code.lower().replace("-", " ")) == recovery_bytes(code)


def test_every_single_typing_mistake_is_caught_as_one():
    code = new_recovery_key()
    caught = 0
    for index, sign in enumerate(code):
        if sign == "-":
            continue
        wrong = ALPHABET[(ALPHABET.index(sign) + 1) % 32]
        typo = code[:index] + wrong + code[index + 1 :]
        with pytest.raises(UserError, match="typing mistake"):
            recovery_bytes(typo)
        caught += 1
    assert caught == 28
    with pytest.raises(UserError, match="typing mistake"):
        recovery_bytes(code[:-1])
    assert not looks_like_recovery_key("correct horse battery staple")


def test_a_passphrase_folder_opens_with_its_recovery_key(data_dir):
    with CaseStore.open(data_dir, passphrase=PASSPHRASE) as store:
        store.create_case("Kept")
        code = store.key_methods().new_recovery_key()
    with CaseStore.open(data_dir, passphrase=code) as again:
        assert [n for _, n in again.list_cases()] == ["Kept"]
    with CaseStore.open(data_dir, passphrase=code.lower().replace("-", "")):
        pass
    # The environment variable takes it as it takes the passphrase.
    import os

    os.environ[keys.PASSPHRASE_ENV] = code
    try:
        CaseStore.open(data_dir).close()
    finally:
        del os.environ[keys.PASSPHRASE_ENV]


def test_a_wrong_or_replaced_recovery_key_opens_nothing(data_dir):
    with CaseStore.open(data_dir, passphrase=PASSPHRASE) as store:
        first = store.key_methods().new_recovery_key()
        second = store.key_methods().new_recovery_key()
    with pytest.raises(UserError, match="does not open this data"):
        CaseStore.open(data_dir, passphrase=new_recovery_key())
    with pytest.raises(UserError, match="replaced by a newer one"):
        CaseStore.open(data_dir, passphrase=first)
    typo = second[:-1] + ALPHABET[(ALPHABET.index(second[-1]) + 1) % 32]
    with pytest.raises(UserError, match="typing mistake"):
        CaseStore.open(data_dir, passphrase=typo)
    CaseStore.open(data_dir, passphrase=second).close()
    CaseStore.open(data_dir, passphrase=PASSPHRASE).close()


def test_a_recovery_key_for_a_folder_that_has_none_says_so(data_dir):
    CaseStore.open(data_dir, passphrase=PASSPHRASE).close()
    with pytest.raises(UserError, match="No recovery key was made"):
        CaseStore.open(data_dir, passphrase=new_recovery_key())


def test_a_keyring_folder_that_lost_its_key_opens_with_the_recovery_key(data_dir, memory_keyring):
    with CaseStore.open(data_dir) as store:
        store.create_case("Kept")
        code = store.key_methods().new_recovery_key()
    memory_keyring.secrets.clear()
    with pytest.raises(KeyringRefused, match="type your recovery key") as refused:
        CaseStore.open(data_dir)
    assert refused.value.has_recovery
    with CaseStore.open(data_dir, passphrase=code) as again:
        assert [n for _, n in again.list_cases()] == ["Kept"]
    with pytest.raises(UserError, match="does not open this data"):
        CaseStore.open(data_dir, passphrase=new_recovery_key())


def test_a_folder_written_before_recovery_keys_still_opens(data_dir):
    CaseStore.open(data_dir, passphrase=PASSPHRASE).close()
    raw = json.loads((data_dir / KEYINFO_NAME).read_text())
    assert raw["version"] == 2 and "recovery" not in raw
    with CaseStore.open(data_dir, passphrase=PASSPHRASE) as store:
        assert store.key_methods().protection().has_recovery_key is False
        store.key_methods().new_recovery_key()
    raw = json.loads((data_dir / KEYINFO_NAME).read_text())
    assert raw["version"] == 3 and raw["recovery"]["kdf"] == "hkdf-sha256"
    # What an older program reads from it is unchanged: the passphrase part.
    assert raw["method"] == "passphrase" and raw["wrapped"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda r: r["recovery"].update(wrapped=r["recovery"]["wrapped"][:-4]),
        lambda r: r["recovery"].update(kdf="md5"),
        lambda r: r.update(recovery="plain"),
        lambda r: r["recovery"].update(salt=None),
    ],
)
def test_a_damaged_recovery_part_is_a_damaged_key_file(data_dir, damage):
    with CaseStore.open(data_dir) as store:
        store.key_methods().new_recovery_key()
    path = data_dir / KEYINFO_NAME
    before = (data_dir / "cases.db").read_bytes()
    raw = json.loads(path.read_text())
    damage(raw)
    raw["check"] = keys._checksum(raw)
    path.write_text(json.dumps(raw))
    with pytest.raises(UserError, match="is damaged"):
        CaseStore.open(data_dir)
    assert (data_dir / "cases.db").read_bytes() == before
