"""docs/case-format.md stays true: its example imports, and it names every key of every form."""

from __future__ import annotations

import json
import re
from pathlib import Path

from wizard.export.case_json import VERSION, case_from_dict
from wizard.plan import STEPS
from wizard.plan.comparison import OPINIONS, ROWS

DOC = Path(__file__).resolve().parents[2] / "docs" / "case-format.md"


def _doc() -> str:
    return DOC.read_text(encoding="utf-8")


def _example() -> dict:
    text = _doc()
    start = text.index("```json\n", text.index("## Example")) + len("```json\n")
    return json.loads(text[start : text.index("\n```", start)])


def test_the_example_is_the_current_version_with_every_step_filled_in():
    example = _example()
    assert example["version"] == VERSION
    assert f"# The case file format (version {VERSION})" in _doc()
    steps = example["case"]["steps"]
    assert list(steps) == [step.key for step in STEPS]
    for step in STEPS:
        assert steps[step.key]["fields"] or steps[step.key]["lists"], step.key
    case = case_from_dict(example)
    assert case.entries_of("organization", "checkins")
    assert case.value("comparison", "chosen_path")


def _cell_key(key: str) -> str:
    """A T-chart cell's key as the document writes it: ``R_first`` for every row ``R``."""
    for row, _name in ROWS:
        if key.startswith(f"{row}_"):
            return "R_" + key.removeprefix(f"{row}_")
    return key


def test_every_field_list_and_choice_key_is_documented():
    named = set(re.findall(r"`([^`\s]+)`", _doc()))
    missing = []
    for step in STEPS:
        specs = [(step.fields, "")] + [(spec.fields, spec.key) for spec in step.lists]
        for fields, list_key in specs:
            if list_key and list_key not in named:
                missing.append(f"{step.key}: list {list_key}")
            for field in fields:
                if _cell_key(field.key) not in named:
                    missing.append(f"{step.key}: {field.key}")
                missing += [
                    f"{step.key}: {field.key} = {c.key}"
                    for c in field.choices
                    if c.key not in named
                ]
    assert missing == []
    assert all(row in named for row, _name in ROWS)
    assert all(f"R_{opinion}" in named for opinion in OPINIONS)
