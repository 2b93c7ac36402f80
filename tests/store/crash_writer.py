"""A writer for the crash test (test_crash_safety.py): numbered edits of every kind, each
acknowledged on stdout only after its commit has returned.

    python -m tests.store.crash_writer DATA_DIR START COUNT

Edit number ``i`` is decided by ``i`` and by the state the edits before it left (the
``Model``), so the test can tell what the database must hold after any of them, and a new
run continues from ``START``, wherever the last one was killed. The passphrase comes from
SECOND_OPINION_PASSPHRASE, as for any command.
"""

from __future__ import annotations

import copy
import io
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from wizard.plan.documents import PDF
from wizard.plan.steps import STEPS, item_keys
from wizard.store import CaseStore
from wizard.store.case_files import NewFile

TICKS = [(step.key, item) for step in STEPS for item in sorted(item_keys(step))]
FIELDS = [
    ("need", "condition"),
    ("need", "treatment"),
    ("insurance", "insurer"),
    ("insurance", "member_id"),
    ("booking", "place"),
    ("comparison", "diagnosis_first"),
    ("appointment", "notes"),  # several lines; sometimes long enough for overflow pages
]
LISTS = [
    ("insurance", "calls", ("who", "reference")),
    ("records", "items", ("name",)),
    ("specialist", "candidates", ("name", "institution")),
    ("comparison", "rows", ("label", "first")),
]
KINDS = ["tick", "field", "entries", "entry_value", "case", "file", "delete"]
WEIGHTS = [30, 25, 10, 15, 9, 8, 3]


@dataclass
class CaseModel:
    ticks: set[tuple[str, str]] = field(default_factory=set)
    fields: dict[tuple[str, str], str] = field(default_factory=dict)
    entries: dict[tuple[str, str], list[dict[str, str]]] = field(default_factory=dict)
    files: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass
class Edit:
    kind: str
    case: str = ""
    key: tuple[str, str] = ("", "")
    value: str = ""
    index: int = 0
    name: str = ""
    values: tuple[dict[str, str], ...] = ()
    content: bytes = b""


class Model:
    """What the data holds after edits 0 .. n-1: the cases by name, in the order made."""

    def __init__(self) -> None:
        self.cases: dict[str, CaseModel] = {}
        self.done = 0

    def copy(self) -> Model:
        return copy.deepcopy(self)

    def edit(self, i: int) -> Edit:
        """Edit number ``i`` (the next one), decided by ``i`` and the state now."""
        assert i == self.done
        rng = random.Random(i)
        kind = rng.choices(KINDS, WEIGHTS)[0]
        if not self.cases or (kind == "delete" and len(self.cases) < 4):
            kind = "case"
        if kind == "case":
            return Edit("case", name=f"Case {i}")
        name = rng.choice(list(self.cases))
        case = self.cases[name]
        if kind == "entry_value" and not any(case.entries.values()):
            kind = "entries"
        if kind == "tick":
            return Edit("tick", name, rng.choice(TICKS))
        if kind == "field":
            key = rng.choice(FIELDS)
            if rng.random() < 0.15:
                value = ""  # cleared
            elif key[1] == "notes":
                value = f"Notes of edit {i}\n" * rng.choice((1, 3, 400))
            else:
                value = f"Value of edit {i}"
            return Edit("field", name, key, value)
        if kind == "entries":
            step, list_key, names = rng.choice(LISTS)
            count = rng.randint(1, 3)
            values = tuple({names[0]: f"Entry {i}.{k}"} for k in range(count))
            return Edit("entries", name, (step, list_key), values=values)
        if kind == "entry_value":
            key = rng.choice([k for k, v in case.entries.items() if v])
            names = next(n for s, lk, n in LISTS if (s, lk) == key)
            value = "" if rng.random() < 0.1 else f"Changed in edit {i}"
            index = rng.randrange(len(case.entries[key]))
            return Edit("entry_value", name, key, value, index, rng.choice(names))
        if kind == "file":
            content = f"File of edit {i}\n".encode() * rng.choice((1, 50, 2000))
            return Edit("file", name, name=f"file-{i}.pdf", content=content)
        return Edit("delete", name)

    def apply(self, edit: Edit) -> None:
        self.done += 1
        if edit.kind == "case":
            self.cases[edit.name] = CaseModel()
            return
        if edit.kind == "delete":
            del self.cases[edit.case]
            return
        case = self.cases[edit.case]
        if edit.kind == "tick":
            case.ticks ^= {edit.key}
        elif edit.kind == "field":
            if edit.value:
                case.fields[edit.key] = edit.value
            else:
                case.fields.pop(edit.key, None)
        elif edit.kind == "entries":
            case.entries.setdefault(edit.key, []).extend(dict(v) for v in edit.values)
        elif edit.kind == "entry_value":
            values = case.entries[edit.key][edit.index]
            if edit.value:
                values[edit.name] = edit.value
            else:
                values.pop(edit.name, None)
        elif edit.kind == "file":
            case.files.append((edit.name, edit.content))


def replay(count: int) -> Model:
    model = Model()
    for i in range(count):
        model.apply(model.edit(i))
    return model


def perform(store: CaseStore, model: Model, edit: Edit) -> None:
    """Make ``edit`` through the store's public interface, one commit (or one per part)."""
    if edit.kind == "case":
        store.create_case(edit.name)
        return
    case_id = store.find(edit.case)
    if edit.kind == "delete":
        store.delete(case_id)
    elif edit.kind == "tick":
        ticked = edit.key not in model.cases[edit.case].ticks
        store.set_tick(case_id, edit.key[0], edit.key[1], ticked)
    elif edit.kind == "field":
        stored = store.set_field(case_id, edit.key[0], edit.key[1], edit.value)
        assert stored == edit.value, (stored, edit.value)
    elif edit.kind == "entries":
        store.add_entries(case_id, edit.key[0], edit.key[1], edit.values)
    elif edit.kind == "entry_value":
        entry = store.load(case_id).entries_of(*edit.key)[edit.index]
        stored = store.set_entry_value(case_id, entry.id, edit.name, edit.value)
        assert stored == edit.value, (stored, edit.value)
    elif edit.kind == "file":
        store.files.put(case_id, io.BytesIO(edit.content), NewFile(edit.name, PDF))


def snapshot(store: CaseStore) -> dict[str, CaseModel]:
    """What the store holds, in the model's terms (file contents read back decrypted)."""
    cases = {}
    for case_id, name in store.list_cases():
        case = store.load(case_id)
        files = []
        for file in store.files.list(case_id):
            with store.files.open(case_id, file.id) as reader:
                files.append((file.name, reader.read()))
        cases[name] = CaseModel(
            ticks={(step, item) for step, items in case.ticks.items() for item in items},
            fields={(s, k): v for s, values in case.fields.items() for k, v in values.items()},
            entries={
                (s, lk): [dict(e.values) for e in entries]
                for s, lists in case.entries.items()
                for lk, entries in lists.items()
                if entries
            },
            files=files,
        )
    return cases


def main(data_dir: Path, start: int, count: int) -> None:
    model = replay(start)
    store = CaseStore.open(data_dir, create=start == 0)
    store.files.clean()  # what a killed import left, as every writer does
    print("ready", flush=True)
    for i in range(start, start + count):
        edit = model.edit(i)
        perform(store, model, edit)
        model.apply(edit)
        print(f"ack {i}", flush=True)
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
