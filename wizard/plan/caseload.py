"""The caseload: every case of a data folder in one line, for an advocate (no Qt).

A line shows the case's number and name, its progress through the nine steps, the next
thing to do, the next date that matters and when the case last changed. Two cases of the
same name are told apart by their number and, once step 1 has it, the date of birth,
everywhere a case is chosen.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import CaseData
from wizard.plan.dates import DONE, OVERDUE, TODAY, KeyDate, key_dates
from wizard.plan.messages import Day, Msg
from wizard.plan.rules import evaluate_all
from wizard.plan.steps import Step

NEED_STEP = "need"
BIRTH_DATE = "birth_date"
# Step 3 asks for the date of birth for the request letter; used when step 1 has none.
LETTER_STEP, LETTER_BIRTH_DATE = "records", "date_of_birth"


@dataclass(frozen=True)
class CaseListing:
    """A case as the lists show it, without its contents."""

    id: int
    name: str
    birth_date: str = ""  # ISO day, or "" while unknown
    archived: bool = False
    updated: str = ""  # ISO 8601 moment (UTC) of the last change to the case


@dataclass(frozen=True)
class CaseloadLine:
    """One case in the caseload."""

    listing: CaseListing
    label: Msg  # the name, with number and date of birth when another case has the name
    done: int
    total: int
    next_step: Step | None  # None when every step is done
    next_action: Msg
    next_date: KeyDate | None


def name_key(name: str) -> str:
    """A name as compared for "the same name": spaces and capitals do not count."""
    return " ".join(name.split()).casefold()


@functools.lru_cache(maxsize=4096)  # the caseload asks for the same step texts many times
def search_key(text: str) -> str:
    """Text as matched when the user searches: without capitals or accents (Müller, muller)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def birth_date_of(case: CaseData) -> str:
    return case.value(NEED_STEP, BIRTH_DATE) or case.value(LETTER_STEP, LETTER_BIRTH_DATE)


def plain(text: str) -> Msg:
    """Text as it is (a name), in the shape of a message."""
    return Msg("{text}", {"text": text})


def labels(listings: Iterable[CaseListing]) -> dict[int, Msg]:
    """Each case's label by its number: the name alone, or, when another case has the same
    name, the name with the case's number and date of birth."""
    listings = list(listings)
    counts = Counter(name_key(listing.name) for listing in listings)
    return {item.id: label(item, counts[name_key(item.name)] > 1) for item in listings}


def label(listing: CaseListing, same_name: bool) -> Msg:
    if not same_name:
        return plain(listing.name)
    if listing.birth_date:
        return Msg(
            QT_TRANSLATE_NOOP("Plan", "{name} (no. {number}, born {date})"),
            {"name": listing.name, "number": listing.id, "date": Day(listing.birth_date)},
        )
    return Msg(
        QT_TRANSLATE_NOOP("Plan", "{name} (no. {number})"),
        {"name": listing.name, "number": listing.id},
    )


def archived_label(case_label: Msg) -> Msg:
    return Msg(QT_TRANSLATE_NOOP("Plan", "{label} (archived)"), {"label": case_label})


def next_date(case: CaseData, today: dt.date) -> KeyDate | None:
    """The date that needs attention first: the earliest one not yet done (a late one
    comes before an upcoming one); None when there is none."""
    for key_date in key_dates(case, today):
        if key_date.state != DONE:
            return key_date
    return None


def caseload(
    cases: Iterable[tuple[CaseListing, CaseData]],
    today: dt.date,
    names: Mapping[int, Msg] | None = None,
) -> list[CaseloadLine]:
    """A line for each case, in the order given. ``names`` are the labels (see ``labels``)
    made from every case kept; by default, from these cases alone."""
    pairs = list(cases)
    if names is None:
        names = labels(listing for listing, _ in pairs)
    lines = []
    for listing, case in pairs:
        evaluation = evaluate_all(case, today)
        done, total = evaluation.progress()
        upcoming = evaluation.next_action()
        if upcoming is None:
            step = None
            action = Msg(QT_TRANSLATE_NOOP("Plan", "All nine steps are done."))
        else:
            step, action = upcoming
        lines.append(
            CaseloadLine(
                listing=listing,
                label=names[listing.id],
                done=done,
                total=total,
                next_step=step,
                next_action=action,
                next_date=next_date(case, today),
            )
        )
    return lines


def progress_text(line: CaseloadLine) -> Msg:
    return Msg(
        QT_TRANSLATE_NOOP("Plan", "{done} of {total}"), {"done": line.done, "total": line.total}
    )


def next_action_text(line: CaseloadLine) -> Msg:
    """The next thing to do, with its step's number."""
    if line.next_step is None:
        return line.next_action
    return Msg(
        QT_TRANSLATE_NOOP("Plan", "Step {number}: {action}"),
        {"number": line.next_step.number, "action": line.next_action},
    )


def next_date_text(key_date: KeyDate) -> Msg:
    """The day (and the office's time) of a date that matters, and whether it is late."""
    day = Day(key_date.day.isoformat())
    if key_date.time:
        when = Msg(
            QT_TRANSLATE_NOOP("Plan", "{date}, {time}"), {"date": day, "time": key_date.time}
        )
    else:
        when = Msg("{date}", {"date": day})
    if key_date.state == OVERDUE:
        return Msg(QT_TRANSLATE_NOOP("Plan", "{when} (late)"), {"when": when})
    if key_date.state == TODAY:
        return Msg(QT_TRANSLATE_NOOP("Plan", "{when} (today)"), {"when": when})
    return when


def changed_text(updated: str, with_time: bool = False) -> Msg:
    """The day (and time) a case last changed (``updated``, in UTC), in the computer's own
    time zone."""
    try:
        moment = dt.datetime.fromisoformat(updated).astimezone()
    except ValueError:
        return plain(updated)
    day = Day(moment.date().isoformat())
    if not with_time:
        return Msg("{date}", {"date": day})
    return Msg(
        QT_TRANSLATE_NOOP("Plan", "{date}, {time}"), {"date": day, "time": moment.strftime("%H:%M")}
    )
