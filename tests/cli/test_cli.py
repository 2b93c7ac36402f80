from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from wizard.plan import STEPS


def test_case_new_and_list(cli):
    assert cli("case", "new", "Maria Example")[0] == 0
    status, out, _ = cli("case", "new", "Ben", "--lang", "de", "--json")
    assert json.loads(out) == {"id": 2, "name": "Ben", "language": "de"}
    status, out, _ = cli("case", "list", "--json")
    assert json.loads(out) == [
        {"id": 2, "name": "Ben", "birth_date": None, "archived": False},
        {"id": 1, "name": "Maria Example", "birth_date": None, "archived": False},
    ]
    status, out, _ = cli("case", "list")
    assert "1\tMaria Example" in out


def test_json_flag_before_the_command_too(cli):
    cli("case", "new", "A")
    status, out, _ = cli("--json", "case", "list")
    assert [case["name"] for case in json.loads(out)] == ["A"]


def test_status_lists_nine_steps_with_what_is_missing(cli, data_dir):
    from wizard.store import CaseStore

    cli("case", "new", "Maria")
    with CaseStore.open(data_dir) as store:
        store.set_field(1, "need", "condition", "Heart valve")
        store.set_field(1, "need", "reason_planned_surgery", "yes")
        store.set_field(1, "insurance", "insurer", "Acme Health")
        store.set_own_word(1, "records", True, on="2026-11-20")
    status, out, _ = cli("status", "maria", "--json")
    data = json.loads(out)
    assert status == 0
    assert [s["key"] for s in data["steps"]] == [s.key for s in STEPS]
    assert data["done"] == 2
    by_key = {s["key"]: s for s in data["steps"]}
    assert by_key["need"]["status"] == "done" and by_key["need"]["missing"] == []
    assert all(step["warnings"] == [] for step in data["steps"])
    assert by_key["insurance"]["status"] == "in_progress"
    assert len(by_key["insurance"]["missing"]) == 2
    assert by_key["records"]["status"] == "done_own_word"
    assert by_key["records"]["verdict"] == "Done by your own word on November 20, 2026."
    assert data["next"]["step"] == "insurance"
    status, text, _ = cli("status", "1")
    assert "Maria: 2 of 9 steps done" in text
    assert "Done (your own word)" in text


def test_export_checklist_pdf(cli, tmp_path, data_dir):
    from wizard.store import CaseStore

    cli("case", "new", "Zoë Müller")
    with CaseStore.open(data_dir) as store:
        store.set_tick(1, "records", "records.request", True)
    out = tmp_path / "checklist.pdf"
    status, stdout, err = cli("export", "1", "--pdf", out, "--part", "checklist")
    assert status == 0, err
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "Zoë Müller" in text
    for step in STEPS:
        assert " ".join(step.title.split()) in flat, step.title
    assert "\u2611 Send your current clinic a written request" in flat  # ticked
    assert "\u2610 Make sure you get the pathology" in flat  # not ticked
    pages = len(reader.pages)
    assert f"page {pages} of {pages}" in flat
    assert reader.metadata.title == "Second opinion checklist"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_json_and_import_round_trip(cli, tmp_path, data_dir):
    from wizard.store import CaseStore

    cli("case", "new", "Round Trip", "--lang", "es")
    with CaseStore.open(data_dir) as store:
        store.set_tick(1, "questions", "questions.core", True)
        store.set_own_word(1, "booking", True, on="2026-10-01")
        store.set_current_page(1, "questions")
        store.set_field(1, "need", "condition", "Zwerchfellbruch – überprüfen")
        store.set_field(1, "need", "area", "other")
        store.set_field(1, "need", "reason_unsure", "yes")
        store.set_field(1, "insurance", "out_of_pocket", "120.5")
        call = store.add_entry(1, "insurance", "calls")
        store.set_entry_value(1, call, "date", "2026-11-02")
        store.set_entry_value(1, call, "notes", "Covered after referral")
        store.add_entry(1, "insurance", "calls")
    out = tmp_path / "case.json"
    assert cli("export", "1", "--json", out)[0] == 0
    raw = json.loads(out.read_text("utf-8"))
    assert raw["format"] == "second-opinion-case" and raw["version"] == 3
    assert raw["case"]["steps"]["need"]["fields"]["area"] == "other"
    status, stdout, _ = cli("case", "import", out, "--json")
    assert status == 0
    new_id = json.loads(stdout)["id"]
    with CaseStore.open(data_dir) as store:
        a, b = store.load(1), store.load(new_id)
    assert (a.name, a.language, a.ticks, a.own_word, a.current_page, a.fields) == (
        b.name,
        b.language,
        b.ticks,
        b.own_word,
        b.current_page,
        b.fields,
    )
    assert b.fields["need"]["condition"] == "Zwerchfellbruch – überprüfen"
    assert b.fields["insurance"]["out_of_pocket"] == "120.50"
    assert [e.values for e in b.entries_of("insurance", "calls")] == [
        {"date": "2026-11-02", "notes": "Covered after referral"},
        {},
    ]
    assert raw["case"]["steps"]["insurance"]["lists"]["calls"][0]["date"] == "2026-11-02"


def test_a_version_1_case_file_still_imports(cli, tmp_path):
    old = tmp_path / "v1.json"
    old.write_text(
        '{"format": "second-opinion-case", "version": 1, "case": {"name": "Old", '
        '"steps": {"need": {"ticked": ["need.serious"], "done_by_own_word_on": null}}}}',
        "utf-8",
    )
    status, out, err = cli("case", "import", old, "--json")
    assert status == 0, err
    assert json.loads(out)["name"] == "Old"


@pytest.mark.parametrize(
    "content, problem",
    [
        ("{not json", "it is not JSON text"),
        ('{"format": "something-else", "version": 1}', '"format" is not'),
        ('{"format": "second-opinion-case", "version": 99, "case": {}}', "newer than"),
        ('{"format": "second-opinion-case", "version": 1, "case": {"name": ""}}', "case.name"),
        (
            '{"format": "second-opinion-case", "version": 1, "case": {"name": "X", '
            '"steps": {"need": {"ticked": ["need.bogus"]}}}}',
            "unknown item",
        ),
        (
            '{"format": "second-opinion-case", "version": 1, "case": {"name": "X", '
            '"steps": {"need": {"done_by_own_word_on": "yesterday"}}}}',
            "not a date",
        ),
        (
            '{"format": "second-opinion-case", "version": 1, "case": {"name": "X", '
            '"steps": {"need": {"done_by_own_word_on": "20261120"}}}}',
            "not a date",
        ),
        (
            '{"format": "second-opinion-case", "version": 1, "case": {"name": "X", '
            '"steps": {"need": {"done_by_own_word_on": "2999-01-01"}}}}',
            "not a date",
        ),
        ('{"format": "second-opinion-case", "version": true, "case": {"name": "X"}}', "version"),
        (
            '{"format": "second-opinion-case", "version": 1, "case": {"name": "X", '
            '"current_page": []}}',
            "current_page",
        ),
        ("[" * 100000 + "]" * 100000, "nested too deeply"),
        (
            '{"format": "second-opinion-case", "version": 2, "case": {"name": "X", '
            '"steps": {"need": {"fields": {"area": "astrology"}}}}}',
            'field "area" of step "need" has a value it cannot hold',
        ),
        (
            '{"format": "second-opinion-case", "version": 2, "case": {"name": "X", '
            '"steps": {"need": {"fields": {"colour": "red"}}}}}',
            'unknown field "colour"',
        ),
        (
            '{"format": "second-opinion-case", "version": 1, "case": {"name": "X", '
            '"steps": {"need": {"fields": {"area": "other"}}}}}',
            "needs version 2",
        ),
        (
            '{"format": "second-opinion-case", "version": 2, "case": {"name": "X", '
            '"steps": {"questions": {"lists": {"questions": [{"text": "Why?"}]}}}}}',
            'step "questions" has a form, which needs version 3',
        ),
        (
            '{"format": "second-opinion-case", "version": 2, "case": {"name": "X", '
            '"steps": {"insurance": {"lists": {"calls": [{"date": "last week"}]}}}}}',
            'field "date" in entry 1 of list "calls" in step "insurance" has a value',
        ),
        (
            '{"format": "second-opinion-case", "version": 2, "case": {"name": "X", '
            '"steps": {"insurance": {"lists": {"faxes": []}}}}}',
            'unknown list "faxes"',
        ),
    ],
)
def test_damaged_case_file_is_refused_and_nothing_imported(cli, tmp_path, content, problem):
    bad = tmp_path / "bad.json"
    bad.write_text(content, "utf-8")
    status, out, err = cli("case", "import", bad)
    assert status == 1
    assert problem in err
    assert "nothing was imported" in err
    assert len(err.strip().splitlines()) == 1
    assert cli("case", "list", "--json")[1].strip() == "[]"


def test_unknown_case_is_one_sentence(cli):
    cli("case", "new", "Somebody")
    status, out, err = cli("status", "Nobody")
    assert status == 1
    assert err.strip() == (
        "second-opinion: There is no case called Nobody; see the list with: case list."
    )


def test_unwritable_output_writes_nothing(cli, tmp_path):
    cli("case", "new", "A")
    target = tmp_path / "no-such-folder" / "out.pdf"
    status, out, err = cli("export", "A", "--pdf", target)
    assert status == 1
    assert "Could not write" in err and "choose a folder" in err
    assert not target.parent.exists()
    # A folder in the way of the output: the export fails, and what was there stays.
    in_the_way = tmp_path / "case.json"
    in_the_way.mkdir()
    (in_the_way / "keep.txt").write_text("old")
    status, _, err = cli("export", "A", "--json", in_the_way)
    assert status == 1 and "is a folder" in err
    assert (in_the_way / "keep.txt").read_text() == "old"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_missing_import_file(cli, tmp_path):
    status, _, err = cli("case", "import", tmp_path / "nope.json")
    assert status == 1 and "does not exist" in err


def test_check_reports_a_healthy_folder(cli):
    cli("case", "new", "A")
    status, out, _ = cli("check", "--json")
    assert status == 0
    reported = json.loads(out)
    assert reported["ok"] is True and reported["cases"] == 1
    assert reported["backups"]["count"] == 1 and not reported["backups"]["stale"]


def test_no_keyring_and_no_passphrase_is_a_sentence(cli, no_keyring):
    status, _, err = cli("case", "new", "A")
    assert status == 1
    assert "SECOND_OPINION_PASSPHRASE" in err


def test_screenshots_of_a_sample_case(cli, tmp_path, data_dir):
    from PySide6.QtGui import QImage

    status, out, err = cli("screenshots", tmp_path / "shots", "--json")
    assert status == 0, err
    written = json.loads(out)["written"]
    assert [os.path.basename(p) for p in written] == ["overview.png"] + [
        f"step-{s.number}-{s.key}.png" for s in STEPS
    ]
    image = QImage(written[3])
    assert (image.width(), image.height()) == (1100, 800)
    assert not data_dir.exists()  # the user's folder is untouched


def test_screenshots_of_a_chosen_case(cli, tmp_path, data_dir):
    from wizard.store import CaseStore

    cli("case", "new", "Other")
    cli("case", "new", "Chosen")
    with CaseStore.open(data_dir) as store:
        store.set_setting("last_case", "1")
    status, out, err = cli("screenshots", tmp_path / "s", "--case", "Chosen", "--lang", "de")
    assert status == 0, err
    assert len(list((tmp_path / "s").glob("*.png"))) == 10
    with CaseStore.open(data_dir) as store:
        assert store.get_setting("last_case") == "1"  # where the user left off is kept


def _run_process(args, env_extra=None, tmp_path=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_real_process_with_passphrase_and_errors(tmp_path):
    folder = str(tmp_path / "data")
    env = {"SECOND_OPINION_PASSPHRASE": "a long passphrase", "QT_QPA_PLATFORM": "offscreen"}
    made = _run_process(["--data-dir", folder, "case", "new", "Proc Ess"], env)
    assert made.returncode == 0, made.stderr
    wrong = _run_process(
        ["--data-dir", folder, "case", "list"], {**env, "SECOND_OPINION_PASSPHRASE": "wrong"}
    )
    assert wrong.returncode == 1
    assert "passphrase is not right" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1


def test_wizard_without_display_prints_one_sentence(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("second-opinion: No graphical display was found")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "xcb" not in result.stderr and "Traceback" not in result.stderr


def test_a_mistyped_data_folder_is_not_taken_for_a_new_one(cli, data_dir):
    for command in (["case", "list"], ["status", "A"], ["check"], ["export", "A", "--pdf", "x"]):
        status, _, err = cli(*command)
        assert status == 1
        assert "There is no data in" in err and "case new NAME" in err
    assert not data_dir.exists()


def test_status_speaks_the_case_language(cli):
    cli("case", "new", "Bea", "--lang", "de")
    status, text, _ = cli("status", "Bea")
    assert text.startswith("Bea: 0 von 9 Schritten erledigt")
    assert "Als Nächstes, in Schritt 1:" in text
    status, text, _ = cli("status", "Bea", "--lang", "en")
    assert text.startswith("Bea: 0 of 9 steps done")
    assert "Next, in step 1: Tick at least one clear reason" in text


def test_usage_errors_are_one_line(tmp_path):
    result = _run_process(["--data-dir", str(tmp_path), "case", "delete"])
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("second-opinion: ")
    assert "--help" in lines[0]


def test_case_named_like_a_number_is_found_by_name(cli):
    cli("case", "new", "First")
    cli("case", "new", "1")
    status, out, _ = cli("status", "1", "--json")
    assert json.loads(out)["case"]["name"] == "1"


def test_damaged_database_is_one_line_without_sqlcipher_noise(tmp_path):
    folder = tmp_path / "data"
    env = {"SECOND_OPINION_PASSPHRASE": "a long passphrase"}
    assert _run_process(["--data-dir", str(folder), "case", "new", "A"], env).returncode == 0
    db = folder / "cases.db"
    db.write_bytes(db.read_bytes()[:4096] + b"\x13" * 4096 + db.read_bytes()[8192:])
    result = _run_process(["--data-dir", str(folder), "case", "list"], env)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    # An empty file holds nothing (an interrupted first start): no data yet, and a new
    # case starts cleanly with the folder's own key.
    db.write_bytes(b"")
    key_file = (folder / "keyinfo.json").read_bytes()
    result = _run_process(["--data-dir", str(folder), "check"], env)
    assert result.returncode == 1
    assert "There is no data" in result.stderr
    assert _run_process(["--data-dir", str(folder), "case", "new", "B"], env).returncode == 0
    result = _run_process(["--data-dir", str(folder), "check"], env)
    assert result.returncode == 0, result.stderr
    assert (folder / "keyinfo.json").read_bytes() == key_file


def test_a_reader_that_goes_away_is_no_problem(tmp_path):
    folder = str(tmp_path / "data")
    env = {"SECOND_OPINION_PASSPHRASE": "a long passphrase"}
    assert _run_process(["--data-dir", folder, "case", "new", "A"], env).returncode == 0
    full_env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    full_env.update(env)
    proc = subprocess.Popen(
        [sys.executable, "-m", "wizard", "--data-dir", folder, "status", "A"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=full_env,
    )
    proc.stdout.close()  # like `| head` that has read enough, before anything is written
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert err == ""
    assert proc.returncode == 1
