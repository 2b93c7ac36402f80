"""case rename / archive / unarchive / delete, names in use twice, and status as a caseload."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from wizard.store import CaseStore


@pytest.fixture
def three(cli):
    for name in ("Anna", "Ben", "Carl"):
        assert cli("case", "new", name)[0] == 0


def names(cli, *flags):
    status, out, err = cli("case", "list", "--json", *flags)
    assert status == 0, err
    return [case["name"] for case in json.loads(out)]


def test_rename_archive_unarchive_and_delete(cli, three, data_dir):
    status, out, _ = cli("case", "rename", "ben", "Benjamin", "--json")
    assert status == 0 and json.loads(out) == {"id": 2, "name": "Benjamin", "archived": False}

    status, out, err = cli("case", "archive", "Benjamin")
    assert status == 0, err
    assert out.strip() == (
        "Case 2 (Benjamin) is archived: it is kept, but no longer listed. To list it again: "
        "case unarchive 2"
    )
    assert names(cli) == ["Anna", "Carl"]
    assert names(cli, "--all") == ["Anna", "Benjamin", "Carl"]
    assert "2\tBenjamin (archived)" in cli("case", "list", "--all")[1]
    assert cli("status", "Benjamin")[0] == 0  # an archived case is kept whole
    status, out, _ = cli("case", "unarchive", "2", "--json")
    assert status == 0 and json.loads(out)["archived"] is False
    assert names(cli) == ["Anna", "Benjamin", "Carl"]

    with CaseStore.open(data_dir) as store:
        store.set_tick(1, "need", "need.serious", True)
    status, out, err = cli("case", "delete", "Anna")
    assert status == 1 and out == ""
    assert err.strip() == (
        "second-opinion: Deleting case 1 (Anna) removes it and everything in it for good; "
        "add --yes to do so."
    )
    assert names(cli) == ["Anna", "Benjamin", "Carl"]
    status, out, _ = cli("case", "delete", "Anna", "--yes", "--json")
    assert status == 0 and json.loads(out) == {"id": 1, "name": "Anna", "deleted": True}
    assert names(cli) == ["Benjamin", "Carl"]
    with CaseStore.open(data_dir) as store:
        assert store.db.execute("SELECT count(*) FROM ticks").fetchone()[0] == 0
    status, _, err = cli("case", "archive", "Anna")
    assert status == 1 and "There is no case called Anna" in err
    assert cli("case", "delete", "99", "--yes")[0] == 1


def test_a_name_in_use_needs_the_user_to_say_so(cli, three):
    status, out, err = cli("case", "new", " anna ")
    assert status == 1 and out == ""
    assert "A case called Anna exists already (number 1); add --same-name" in err
    assert cli("case", "rename", "Ben", "ANNA")[0] == 1
    assert cli("case", "rename", "Anna", "anna")[0] == 0  # its own name, written otherwise
    status, out, _ = cli("case", "new", "Anna", "--same-name", "--json")
    assert status == 0 and json.loads(out)["id"] == 4
    assert names(cli) == ["anna", "Anna", "Ben", "Carl"]
    status, text, _ = cli("case", "list")
    assert "1\tanna (no. 1)" in text and "4\tAnna (no. 4)" in text and "3\tCarl\n" in text
    status, _, err = cli("status", "anna")
    assert status == 1 and "use the case number" in err


def test_status_without_a_case_is_the_caseload(cli, three, data_dir):
    today = dt.date.today()
    with CaseStore.open(data_dir) as store:
        store.set_field(1, "need", "reason_rare_disease", "yes")
        store.set_field(1, "need", "birth_date", "1950-03-03")
        store.set_field(
            1, "booking", "appointment_date", (today + dt.timedelta(days=3)).isoformat()
        )
        store.set_field(1, "booking", "appointment_time", "10:30")
        store.create_case("Anna")
        store.set_archived(3, True)
    status, out, err = cli("status", "--json")
    assert status == 0, err
    data = json.loads(out)
    assert [(case["id"], case["label"]) for case in data] == [
        (1, "Anna (no. 1, born March 3, 1950)"),
        (4, "Anna (no. 4)"),
        (2, "Ben"),
    ]
    anna = data[0]
    assert (anna["done"], anna["total"], anna["birth_date"]) == (1, 9, "1950-03-03")
    assert anna["next"]["step"] == "insurance" and anna["next"]["number"] == 2
    assert anna["next_date"] == {
        "date": (today + dt.timedelta(days=3)).isoformat(),
        "time": "10:30",
        "what": "Second opinion appointment",
        "state": "upcoming",
        "step": "booking",
    }
    assert data[2]["next_date"] is None and data[2]["next"]["step"] == "need"
    assert dt.datetime.fromisoformat(anna["updated"]).tzinfo is not None

    status, text, _ = cli("status")
    lines = text.strip().splitlines()
    assert len(lines) == 3
    number, label, progress, date, action = lines[0].split("\t")
    assert (number, label, progress) == (
        "1",
        "Anna (no. 1, born March 3, 1950)",
        "1 of 9 steps done",
    )
    assert date.startswith("Next date: ") and date.endswith(", 10:30")
    assert action.startswith("Next, in step 2: ")
    assert lines[2].split("\t")[3] == "No dates yet"

    status, text, _ = cli("status", "--all")
    assert "3\tCarl (archived)\t" in text and len(text.strip().splitlines()) == 4


def test_an_empty_caseload_says_so(cli):
    assert cli("case", "new", "Only")[0] == 0
    assert cli("case", "delete", "Only", "--yes")[0] == 0
    assert cli("status") == (0, "No cases yet.\n", "")
    assert json.loads(cli("status", "--json")[1]) == []
