"""The manifest of a case bundle: the JSON at the start of its content that says what
the bundle holds (docs/bundle-format.md), written and read back strictly."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.plan.case import CaseData
from wizard.plan.documents import CATEGORY_KEYS, FILE_KINDS, CaseFile, ScanFacts
from wizard.plan.records import KINDS as RECORD_KINDS
from wizard.store.bundle_crypto import VERSION, Damaged, NewerBundle
from wizard.store.case_files import FILE_STEPS, NewFile

if TYPE_CHECKING:
    from wizard.store.cases import CaseStore

FORMAT = "second-opinion-bundle"
_SCAN_FIELDS = tuple(field.name for field in dataclasses.fields(ScanFacts))


@dataclass(frozen=True)
class Bundled:
    """One file of a bundle: its facts and its size."""

    new: NewFile
    size: int


@dataclass
class Contents:
    """What a bundle holds, as read: the case, its files' facts, the series' pictures;
    the SHA-256 of the manifest and of each file, once the whole bundle is read."""

    case: CaseData
    files: list[Bundled]
    thumbnails: dict[str, bytes | None]
    manifest_sum: bytes = b""
    digests: list[bytes] = dataclasses.field(default_factory=list)


def manifest_of(store: CaseStore, case_id: int, case: CaseData, files: Sequence[CaseFile]) -> dict:
    """What a bundle of the case says of it: the case file, each file's facts, and the
    series' pictures."""
    from wizard.export.case_json import case_to_dict

    with store._reading():
        doc_dates = dict(
            store.db.execute("SELECT id, doc_date FROM files WHERE case_id = ?", [case_id])
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "made": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "case": case_to_dict(case),
        "files": [
            {
                "name": f.name,
                "kind": f.kind,
                "step": f.step,
                "added": f.added,
                "date": doc_dates.get(f.id, ""),
                "category": f.category,
                "confirmed": f.confirmed,
                "record_kind": f.record_kind,
                "size": f.size,
                "scan": None if f.scan is None else dataclasses.asdict(f.scan),
            }
            for f in files
        ],
        "thumbnails": [
            {"series": uid, "png": None if png is None else base64.b64encode(png).decode()}
            for uid, png in sorted(store.files.thumbnails(case_id).items())
        ],
    }


def parse_manifest(raw: bytes) -> Contents:
    """The manifest, checked strictly: Damaged, or NewerBundle for a newer case file."""
    from wizard.export import case_json

    try:
        data = json.loads(raw.decode("utf-8"))
        if data["format"] != FORMAT:
            raise Damaged("format")
        if not isinstance(data["version"], int) or data["version"] > VERSION:
            raise NewerBundle()
        case_version = data["case"]["version"]
        if isinstance(case_version, int) and case_version > case_json.VERSION:
            raise NewerBundle()
        case = case_json.case_from_dict(data["case"])
        files = [_bundled(item) for item in data["files"]]
        thumbnails: dict[str, bytes | None] = {}
        for item in data["thumbnails"]:
            uid, png = item["series"], item["png"]
            if not isinstance(uid, str) or not (png is None or isinstance(png, str)):
                raise Damaged("thumbnail")
            thumbnails[uid] = None if png is None else base64.b64decode(png, validate=True)
    except (NewerBundle, Damaged):
        raise
    except Exception as exc:  # noqa: BLE001 - anything else off: not as this program writes it
        raise Damaged(type(exc).__name__) from None
    return Contents(case, files, thumbnails)


def _bundled(item: dict) -> Bundled:
    texts = ("name", "kind", "step", "added", "date", "category", "record_kind")
    if not all(isinstance(item[key], str) for key in texts):
        raise Damaged("file facts")
    size, confirmed, scan = item["size"], item["confirmed"], item["scan"]
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise Damaged("file size")
    if not isinstance(confirmed, bool):
        raise Damaged("confirmed")
    if item["record_kind"] and item["record_kind"] not in {k.key for k in RECORD_KINDS}:
        raise Damaged("record kind")
    facts = None
    if scan is not None:
        if set(scan) != set(_SCAN_FIELDS) or not all(
            value is None or isinstance(value, int | str) for value in scan.values()
        ):
            raise Damaged("scan facts")
        facts = ScanFacts(**scan)
    new = NewFile(
        name=item["name"],
        kind=item["kind"],
        step=item["step"],
        date=item["date"],
        scan=facts,
        category=item["category"],
        record_kind=item["record_kind"],
        confirmed=confirmed,
        added=item["added"],
    )
    if (
        new.step not in FILE_STEPS
        or new.kind not in {choice.key for choice in FILE_KINDS}
        or (new.category and new.category not in CATEGORY_KEYS)
        or not new.name
    ):
        raise Damaged("file facts")
    return Bundled(new, size)
