"""Shared fixtures: offscreen Qt, an in-memory keyring, a throwaway data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import NoKeyringError  # noqa: E402

from wizard.store import PASSPHRASE_ENV, CaseStore  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A keyring that lives only in this test process."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


class NoKeyring(KeyringBackend):
    """Like a machine without Secret Service: every call fails."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise NoKeyringError("no backend")

    def set_password(self, service, username, password):
        raise NoKeyringError("no backend")

    def delete_password(self, service, username):
        raise NoKeyringError("no backend")


@pytest.fixture(autouse=True, scope="session")
def compiled_translations():
    """Build the package's .qm files when they are missing or older than their .ts sources
    (the program would compile them into the user's cache folder otherwise)."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "tools"))
    import translations

    stale = any(
        not (qm := translations.QM_DIR / f"{lang}.qm").exists()
        or qm.stat().st_mtime < (translations.TS_DIR / f"{lang}.ts").stat().st_mtime
        for lang in translations.TRANSLATED
    )
    if stale:
        translations.compile_all()


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    """Every test starts with an empty in-memory keyring and no passphrase."""
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    keyring.set_keyring(NoKeyring())


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(data_dir):
    with CaseStore.open(data_dir) as opened:
        yield opened


@pytest.fixture
def cli(data_dir, capsys):
    """Run a command in this process; returns (exit status, stdout, stderr)."""
    from wizard.cli import run

    def call(*argv):
        status = run(["--data-dir", str(data_dir), *map(str, argv)])
        out, err = capsys.readouterr()
        return status, out, err

    return call
