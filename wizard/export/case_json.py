"""The case file: a whole case as documented, versioned JSON (docs/case-format.md)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from wizard.atomic import FileTooLarge, NotARegularFile, read_regular_file, write_atomic
from wizard.errors import UserError, os_error
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import LANGUAGES, OVERVIEW, CaseData, Entry
from wizard.plan.fields import BadValue, clean_value, find_field
from wizard.plan.steps import PAGES, STEPS, Step, field_by_key, item_keys, list_by_key, step_by_key

FORMAT = "second-opinion-case"
VERSION = 3
# The first version with the forms of each step (1 to 5 came with 2, 6 to 9 with 3).
FORMS_SINCE = {step.key: 2 if step.number <= 5 else 3 for step in STEPS}
# A case file is text typed by one person: far below this. More is not a case file.
MAX_BYTES = 20 * 1024 * 1024
# No case of this program can be older than this day.
EARLIEST_DAY = dt.date(2020, 1, 1)
# More entries than anyone types in one list: refused rather than stored.
MAX_ENTRIES = 1000


def case_to_dict(case: CaseData) -> dict:
    steps = {}
    for step in STEPS:
        ticked = sorted(case.ticks.get(step.key, set()))
        own_word = case.own_word.get(step.key)
        values = case.fields.get(step.key, {})
        lists = {
            spec.key: [dict(entry.values) for entry in case.entries_of(step.key, spec.key)]
            for spec in step.lists
            if case.entries_of(step.key, spec.key)
        }
        if ticked or own_word or values or lists:
            steps[step.key] = {
                "ticked": ticked,
                "done_by_own_word_on": own_word,
                "fields": {f.key: values[f.key] for f in step.fields if values.get(f.key)},
                "lists": lists,
            }
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "case": {
            "name": case.name,
            "language": case.language,
            "created": case.created,
            "current_page": case.current_page,
            "steps": steps,
        },
    }


def write_case_json(case: CaseData, out: Path) -> None:
    text = json.dumps(case_to_dict(case), indent=2, ensure_ascii=False) + "\n"
    write_atomic(Path(out), text.encode("utf-8"))


class _Invalid(Exception):
    pass


def _require(condition: bool, problem: str) -> None:
    if not condition:
        raise _Invalid(problem)


def case_from_dict(raw: object) -> CaseData:
    """Check a parsed case file strictly and turn it into a ``CaseData``."""
    if not isinstance(raw, dict):
        raise _Invalid("the top level is not an object")
    _require(raw.get("format") == FORMAT, f'"format" is not "{FORMAT}"')
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _Invalid('"version" is missing')
    _require(version >= 1, '"version" is not a version number')
    _require(version <= VERSION, '"version" is newer than this program reads')
    body = raw.get("case")
    if not isinstance(body, dict):
        raise _Invalid('"case" is missing')
    name = body.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _Invalid('"case.name" is missing')
    language = body.get("language", "en")
    _require(isinstance(language, str) and language in LANGUAGES, "unknown language")
    created = body.get("created", "")
    _require(created == "" or _is_moment(created), '"case.created" is not a date and time')
    page = body.get("current_page", OVERVIEW)
    _require(isinstance(page, str) and page in PAGES, '"case.current_page" is not a page')
    steps = body.get("steps", {})
    _require(isinstance(steps, dict), '"case.steps" is not an object')
    case = CaseData(name=name, language=language, created=created, current_page=page)
    for key, entry in steps.items():
        try:
            step = step_by_key(key)
        except KeyError:
            raise _Invalid(f'unknown step "{key}"') from None
        _require(isinstance(entry, dict), f'step "{key}" is not an object')
        ticked = entry.get("ticked", [])
        _require(
            isinstance(ticked, list) and all(isinstance(i, str) for i in ticked),
            f'"ticked" of step "{key}" is not a list of names',
        )
        unknown = sorted(set(ticked) - item_keys(step))
        if unknown:
            raise _Invalid(f'unknown item "{unknown[0]}" in step "{key}"')
        if ticked:
            case.ticks[key] = set(ticked)
        values = entry.get("fields", {})
        since = FORMS_SINCE[key]
        _require(
            version >= since or not (values or entry.get("lists")),
            f'step "{key}" has a form, which needs version {since}',
        )
        _require(isinstance(values, dict), f'"fields" of step "{key}" is not an object')
        for field_key, value in values.items():
            try:
                field = field_by_key(step, field_key)
            except KeyError:
                raise _Invalid(f'unknown field "{field_key}" in step "{key}"') from None
            _require(isinstance(value, str), f'field "{field_key}" of step "{key}" is not text')
            try:
                stored = clean_value(field, value)
            except BadValue:
                problem = f'field "{field_key}" of step "{key}" has a value it cannot hold'
                raise _Invalid(problem) from None
            if stored:
                case.set_value(key, field_key, stored)
        _read_lists(step, entry.get("lists", {}), version, case)
        own_word = entry.get("done_by_own_word_on")
        if own_word is not None:
            _require(
                _is_date(own_word),
                f'"done_by_own_word_on" of step "{key}" is not a date from 2020 until today',
            )
            case.own_word[key] = own_word
    return case


def _read_lists(step: Step, lists: object, version: int, case: CaseData) -> None:
    key = step.key
    _require(isinstance(lists, dict), f'"lists" of step "{key}" is not an object')
    assert isinstance(lists, dict)
    for list_key, items in lists.items():
        try:
            spec = list_by_key(step, list_key)
        except KeyError:
            raise _Invalid(f'unknown list "{list_key}" in step "{key}"') from None
        _require(isinstance(items, list), f'list "{list_key}" of step "{key}" is not a list')
        _require(len(items) <= MAX_ENTRIES, f'list "{list_key}" of step "{key}" is too long')
        entries = case.entries.setdefault(key, {}).setdefault(list_key, [])
        for number, item in enumerate(items, start=1):
            where = f'entry {number} of list "{list_key}" in step "{key}"'
            _require(isinstance(item, dict), f"{where} is not an object")
            values = {}
            for field_key, value in item.items():
                try:
                    field = find_field(spec.fields, field_key)
                except KeyError:
                    raise _Invalid(f'unknown field "{field_key}" in {where}') from None
                _require(isinstance(value, str), f'field "{field_key}" in {where} is not text')
                try:
                    stored = clean_value(field, value)
                except BadValue:
                    raise _Invalid(
                        f'field "{field_key}" in {where} has a value it cannot hold'
                    ) from None
                if stored:
                    values[field_key] = stored
            entries.append(Entry(id=-number, values=values))


def _is_date(value: object) -> bool:
    """A real calendar day written YYYY-MM-DD, when this program existed, not in the future."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return EARLIEST_DAY <= day <= dt.date.today() + dt.timedelta(days=1)  # a day's grace for zones


def _is_moment(value: object) -> bool:
    """A date and time as ISO 8601 (as exported), from 2020 on and not in the future."""
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return EARLIEST_DAY <= moment.date() <= dt.date.today() + dt.timedelta(days=1)


def read_case_json(path: Path) -> CaseData:
    path = Path(path)
    try:
        # utf-8-sig: a byte order mark, as some editors write, is fine.
        raw = json.loads(read_regular_file(path, MAX_BYTES).decode("utf-8-sig"))
        return case_from_dict(raw)
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist."), file=str(path)
        ) from None
    except OSError as exc:
        raise os_error(
            QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be read ({reason})."),
            exc,
            file=str(path),
        ) from None
    except NotARegularFile:
        problem = "it is not a regular file"
    except FileTooLarge:
        problem = "it is far too large"
    except ValueError:
        # Not UTF-8, not JSON, or a number too long to read (Python's 4,300-digit limit).
        problem = "it is not JSON text"
    except RecursionError:
        problem = "it is nested too deeply"
    except _Invalid as exc:
        problem = str(exc)
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a valid case file ({problem}); nothing was imported."
        ),
        file=str(path),
        problem=problem,
    )
