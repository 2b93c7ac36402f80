"""A keyring that fails, hangs, is locked or has lost the key of an EXISTING data folder:
never a new empty database, never the key in plain text on disk, always a sentence."""

from __future__ import annotations

import base64
import hashlib
import threading

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, NoKeyringError

from wizard.store import CaseStore, keys
from wizard.store.keys import KeyringRefused

RELEASE = threading.Event()


class BrokenKeyring(KeyringBackend):
    """Answers every get with ``behaviour``: raise, hang, None, or garbage."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, behaviour: str) -> None:
        super().__init__()
        self.behaviour = behaviour
        self.sets: list[str] = []

    def get_password(self, service, username):
        if self.behaviour == "fails":
            raise NoKeyringError("no backend")
        if self.behaviour == "locked":
            raise KeyringLocked("locked")
        if self.behaviour == "hangs":
            RELEASE.wait(30)
            return None
        if self.behaviour == "garbage":
            return "not a key at all"
        return None  # "no such key"

    def set_password(self, service, username, password):
        self.sets.append(password)

    def delete_password(self, service, username):
        pass


@pytest.fixture
def release_hangers():
    RELEASE.clear()
    yield
    RELEASE.set()


def _snapshot(folder):
    return {
        p.relative_to(folder): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith((".lock", "-shm", "-wal"))
    }


def _key_forms(key: bytes) -> list[bytes]:
    return [
        key,
        key.hex().encode(),
        key.hex().upper().encode(),
        base64.b64encode(key),
        base64.urlsafe_b64encode(key),
    ]


def assert_no_plain_key_on_disk(root, key):
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for form in _key_forms(key):
                assert form not in data, f"the key is in {path}"


@pytest.mark.parametrize("behaviour", ["fails", "locked", "hangs", "none", "garbage"])
@pytest.mark.parametrize("with_recovery", [False, True])
def test_a_failing_keyring_never_makes_a_new_database(
    tmp_path, data_dir, monkeypatch, release_hangers, behaviour, with_recovery
):
    monkeypatch.setattr(keys, "KEYRING_TIMEOUT_S", 0.3)
    with CaseStore.open(data_dir) as store:
        store.create_case("Kept")
        key = store._key
        code = store.key_methods().new_recovery_key() if with_recovery else None
    before = _snapshot(data_dir)
    broken = BrokenKeyring(behaviour)
    keyring.set_keyring(broken)

    for create in (True, False):
        with pytest.raises(KeyringRefused) as refused:
            CaseStore.open(data_dir, create=create)
        assert refused.value.has_recovery is with_recovery
        said = refused.value.render()
        assert "keyring" in said
        assert ("recovery key" in said) is with_recovery

    assert _snapshot(data_dir) == before
    assert broken.sets == []  # no new key was made and put anywhere
    assert_no_plain_key_on_disk(tmp_path, key)
    if code is not None:
        with CaseStore.open(data_dir, passphrase=code) as again:
            assert [n for _, n in again.list_cases()] == ["Kept"]
        assert _snapshot(data_dir).keys() == before.keys()
    assert_no_plain_key_on_disk(tmp_path, key)


def test_a_passphrase_is_no_way_around_a_keyring_folder(data_dir, memory_keyring):
    CaseStore.open(data_dir).close()
    memory_keyring.secrets.clear()
    with pytest.raises(KeyringRefused):
        CaseStore.open(data_dir, passphrase="a long passphrase")


def test_no_plain_key_on_disk_after_a_normal_life(tmp_path, data_dir, no_keyring):
    with CaseStore.open(data_dir, passphrase="a long passphrase") as store:
        store.create_case("Kept")
        store.key_methods().new_recovery_key()
        store.key_methods().change_passphrase("another long one")
        store.daily_backup()
        key = store._key
    assert_no_plain_key_on_disk(tmp_path, key)
