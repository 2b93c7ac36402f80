"""The leak test's tools: planted strings, a scripted session, and the search.

A ``Session`` is a throwaway world: a data folder, a temp folder (TMPDIR points at it), a
log file (the root logger at DEBUG), and an ``outside`` folder for what the user owns (the
files they import, the exports they ask for), which the search leaves alone. ``STEPS`` is
the session, in order: each step is a function of the session, and a new feature that
handles patient data adds its own step to the list (``STEPS.append``) to be searched too.
``leaks`` then looks through every file of the data folder (backups, vault, WAL and
journal files included), the temp folder and the log for each planted string in UTF-8,
UTF-16-LE and UTF-16-BE, and for the database key and passphrase.
"""

from __future__ import annotations

import base64
import io
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wizard.store import CaseStore, keys

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "leak-test passphrase Kx7"

# Distinctive words, each found nowhere but where this test put it.
NAME = "Philomena Quarrington-Vex"
DIAGNOSIS = "Glasswing myelopathy 7Q"
NOTES = "Notes: the zeppelin-shaped lesion grew 3mm"
TREATMENT = "Oxbridge protocol 44-B"
FILE_TEXT = "Pathology finding: cobalt-lattice cells"
SCAN_NAME = "Tiberius^Vandermolen"
# Not a date: a reader that complains about it must not quote it in a log.
BAD_DATE = "Born on Marrowdale day"
PLANTED = (NAME, DIAGNOSIS, NOTES, TREATMENT, FILE_TEXT, SCAN_NAME, BAD_DATE)
BUNDLE_ENV = "SECOND_OPINION_BUNDLE_PASSPHRASE"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


@dataclass
class Session:
    root: Path
    cli: Callable[..., tuple[int, str, str]]  # runs a command; (exit status, stdout, stderr)
    data_dir: Path = field(init=False)
    temp_dir: Path = field(init=False)
    outside: Path = field(init=False)
    log_path: Path = field(init=False)
    case_id: int = 0

    def __post_init__(self) -> None:
        self.data_dir = self.root / "data"
        self.temp_dir = self.root / "tmp"
        self.outside = self.root / "outside"
        self.log_path = self.root / "logs" / "session.log"
        for folder in (self.temp_dir, self.outside, self.log_path.parent):
            folder.mkdir(parents=True, exist_ok=True)

    def run(self, *argv: object) -> str:
        status, out, err = self.cli(*argv)
        assert status == 0, (argv, out, err)
        return out

    def key(self) -> bytes:
        info = keys.read_keyinfo(self.data_dir)
        assert info is not None
        return keys.unlock(info, PASSPHRASE)


def needles(key: bytes) -> dict[str, bytes]:
    """What must not be found, by a name for the report: each planted string in each
    encoding, the passphrase, and the key (raw, hex, base64)."""
    found: dict[str, bytes] = {}
    for text in (*PLANTED, PASSPHRASE):
        for encoding in ENCODINGS:
            found[f"{text!r} in {encoding}"] = text.encode(encoding)
    found["the key"] = key
    found["the key in hex"] = key.hex().encode()
    found["the key in HEX"] = key.hex().upper().encode()
    found["the key in base64"] = base64.b64encode(key).rstrip(b"=")
    return found


def files_under(roots: Iterable[Path]) -> list[Path]:
    found = []
    for root in roots:
        if root.is_file():
            found.append(root)
        for folder, _dirs, names in os.walk(root):
            found += [Path(folder) / name for name in names]
    return found


def leaks(roots: Iterable[Path], wanted: dict[str, bytes]) -> list[str]:
    """Each place a needle is found: "path: what"."""
    hits = []
    for path in files_under(roots):
        if path.is_symlink() or not path.is_file():
            continue
        content = path.read_bytes()
        hits += [f"{path}: {what}" for what, needle in wanted.items() if needle in content]
    return hits


# -- the session's steps ---------------------------------------------------------------
def create_case(session: Session) -> None:
    session.run("case", "new", NAME)
    with CaseStore.open(session.data_dir) as store:
        session.case_id = store.find(NAME)
        store.set_field(session.case_id, "need", "condition", DIAGNOSIS)
        store.set_field(session.case_id, "need", "treatment", TREATMENT)
        store.set_field(session.case_id, "appointment", "notes", NOTES)


def import_files(session: Session) -> None:
    """A PDF (uncompressed, so that a plain copy of it would show its words) and a DICOM
    scan with the planted patient name, imported into the vault."""
    import pydicom
    from pydicom.data import get_testdata_file
    from reportlab.pdfgen.canvas import Canvas

    sources = session.outside / "from the doctor"
    sources.mkdir()
    pdf = io.BytesIO()
    canvas = Canvas(pdf, pageCompression=0)
    canvas.setTitle(FILE_TEXT)
    canvas.drawString(72, 720, FILE_TEXT)
    canvas.save()
    (sources / "pathology.pdf").write_bytes(pdf.getvalue())
    scan = pydicom.dcmread(get_testdata_file("CT_small.dcm", download=False))
    scan.PatientName = SCAN_NAME
    scan.StudyDescription = DIAGNOSIS
    with pydicom.config.disable_value_validation():
        scan.PatientBirthDate = BAD_DATE
        scan.StudyDate = BAD_DATE
        scan.save_as(sources / "scan.dcm")
    assert FILE_TEXT.encode() in (sources / "pathology.pdf").read_bytes()
    session.run("records", "import", str(session.case_id), sources)


def back_up(session: Session) -> None:
    """A backup of the folder as it is now (the daily one may be older: made at the start)."""
    from wizard.store.backups import DAILY, make_backup

    with CaseStore.open(session.data_dir) as store:
        make_backup(store.db.conn, session.key(), session.data_dir, DAILY)


def kill_a_writer(session: Session) -> None:
    """The crash test's writer, killed with SIGKILL in the middle of its edits."""
    env = {**os.environ, keys.PASSPHRASE_ENV: PASSPHRASE, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_writer", str(session.data_dir), "0", "99999"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"ready"
    for _ in range(40):  # well into its work
        proc.stdout.readline()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    proc.stdout.close()
    # Its WAL and shared-memory files stay until the next opening: searched as they are.
    assert (session.data_dir / "cases.db-wal").exists()


def restore(session: Session) -> None:
    session.run("restore", "--from-backup", "1")
    with CaseStore.open(session.data_dir) as store:
        assert store.load(session.case_id).fields["need"]["condition"] == DIAGNOSIS


def export_checklist(session: Session) -> None:
    """The one export the user asks for: outside the data folder, left alone by the search."""
    out = session.outside / "exports" / "checklist.pdf"
    out.parent.mkdir()
    session.run("export", str(session.case_id), "--pdf", out)
    assert out.stat().st_size > 0


def bundle_round_trip(session: Session) -> None:
    """The case saved as an encrypted case file in the temp folder (searched: it must hold
    nothing readable), then opened again as a new case."""
    bundle = session.temp_dir / "case.sopbundle"
    old = os.environ.get(BUNDLE_ENV)
    os.environ[BUNDLE_ENV] = "bundle passphrase for the leak test"
    try:
        session.run("backup", str(session.case_id), bundle)
        session.run("restore", bundle)
    finally:
        if old is None:
            os.environ.pop(BUNDLE_ENV, None)
        else:
            os.environ[BUNDLE_ENV] = old
    assert bundle.stat().st_size > 0
    with CaseStore.open(session.data_dir) as store:
        assert len(store.list_cases()) == 2


STEPS: list[Callable[[Session], None]] = [
    create_case,
    import_files,
    back_up,
    kill_a_writer,
    restore,
    bundle_round_trip,
    export_checklist,
]
