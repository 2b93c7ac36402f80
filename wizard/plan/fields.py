"""A step's form as data: the facts the user writes down, each a named field.

Every field's value is stored as text under a stable key (never change a key;
reword a label freely): free text as typed, a choice as the key of one of its
choices, a yes/no box as ``"yes"`` or nothing, a date as ``YYYY-MM-DD``, an
amount as a decimal string (``"120.50"``). An empty value means "not written
down yet". Repeated facts (the calls to an insurer, the record requests) are
lists of entries, each entry a set of fields (``ListSpec``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TYPE_CHECKING

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.messages import Msg

if TYPE_CHECKING:
    from wizard.plan.case import CaseData

MAX_TEXT = 2000
# Notes of a visit, a cell of the T-chart: several paragraphs, still far below a book.
MAX_NOTES = 20000
YES = "yes"
MAX_AMOUNT = Decimal("100000000")


class Kind(Enum):
    TEXT = "text"  # one line
    NOTES = "notes"  # several lines, as typed
    CHOICE = "choice"  # one of ``choices``
    CHECK = "check"  # a yes/no box: "yes" or empty
    DATE = "date"  # a calendar day, ISO 8601
    AMOUNT = "amount"  # a sum of money, not below zero (its currency is a CHOICE field)
    TIME = "time"  # a time of day, 24-hour HH:MM (its date and time zone are other fields)
    ZONE = "zone"  # a time zone, by its IANA name ("Europe/Berlin")


@dataclass(frozen=True)
class Choice:
    key: str
    label: str


@dataclass(frozen=True)
class Field:
    key: str
    kind: Kind
    label: str
    choices: tuple[Choice, ...] = ()
    # A field of a group (for example the reasons of step 1) is shown under the group's heading.
    group: str = ""
    # False for a fact that the page's own editor shows (a T-chart cell) or that the program
    # writes down itself (the day the question list was printed): not in the generic form.
    shown: bool = True


@dataclass(frozen=True)
class ListSpec:
    """A list of like entries in a step's form (calls, requests, candidates)."""

    key: str
    label: str  # the list's heading
    add_label: str  # the button that adds an entry
    fields: tuple[Field, ...] = field(default=())
    # Entries worth adding for this case (for example the records its area needs): the
    # values of each new entry. With it, the list offers a button labelled ``suggest_label``.
    suggest: Callable[[CaseData], tuple[dict[str, str], ...]] | None = field(
        default=None, compare=False
    )
    suggest_label: str = ""
    # True for a list with an editor of its own on the page (the questions, the T-chart's
    # own rows, the weekly check-ins), not the generic entry forms.
    custom: bool = False


def find_field(fields: tuple[Field, ...], key: str) -> Field:
    """The field ``key`` among ``fields``; raises KeyError for an unknown one."""
    for candidate in fields:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


class BadValue(ValueError):
    """A value the field cannot hold; ``reason`` says why, in words, for the user."""

    def __init__(self, key: str, reason: Msg | None = None) -> None:
        super().__init__(key)
        self.reason = reason or Msg(QT_TRANSLATE_NOOP("Plan", "This cannot be saved here."))


def clean_value(spec: Field, value: str) -> str:
    """``value`` as stored for ``spec``: tidied, or BadValue when it cannot be held."""
    if spec.kind is Kind.CHECK:
        if value not in ("", YES):
            raise BadValue(spec.key)
        return value
    if spec.kind is Kind.CHOICE:
        if value and value not in {choice.key for choice in spec.choices}:
            raise BadValue(spec.key)
        return value
    # Text as typed, but without characters that cannot be shown or printed.
    keep = "\t"
    if spec.kind is Kind.NOTES:
        keep = "\t\n"
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(
        ch for ch in value if unicodedata.category(ch) not in ("Cc", "Cf", "Cs") or ch in keep
    )
    limit = MAX_NOTES if spec.kind is Kind.NOTES else MAX_TEXT
    if len(text) > limit:
        raise BadValue(
            spec.key,
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan", "This is too long; please keep it under {count} letters."
                ),
                {"count": limit},
            ),
        )
    if not text.strip():
        return ""
    if spec.kind is Kind.DATE:
        return _iso_date(spec.key, text)
    if spec.kind is Kind.AMOUNT:
        return _amount(spec.key, text)
    if spec.kind is Kind.TIME:
        return _time(spec.key, text)
    if spec.kind is Kind.ZONE:
        return _zone(spec.key, text)
    return text


def _time(key: str, text: str) -> str:
    """A time of day as typed (``9:30``, ``14.05``, ``2:30 pm``), stored as ``HH:MM``."""
    match = re.fullmatch(r"\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*", text.lower())
    hour = minute = -1
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        suffix = (match.group(3) or "").replace(".", "")
        if suffix and not 1 <= hour <= 12:
            hour = -1
        elif suffix == "pm" and hour != 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise BadValue(
            key,
            Msg(
                QT_TRANSLATE_NOOP("Plan", "This is not a time of day. Type it like 9:30 or 14:00.")
            ),
        )
    return f"{hour:02d}:{minute:02d}"


def _zone(key: str, text: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = text.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadValue(
            key, Msg(QT_TRANSLATE_NOOP("Plan", "Please choose a time zone from the list."))
        ) from None
    return name


def _iso_date(key: str, text: str) -> str:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BadValue(
            key,
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan", "This is not a date. Pick the day from the calendar, or type it again."
                )
            ),
        ) from None
    if not dt.date(1900, 1, 1) <= day <= dt.date(2200, 12, 31):
        raise BadValue(key, Msg(QT_TRANSLATE_NOOP("Plan", "Please check the year of this date.")))
    return day.isoformat()


def _amount(key: str, text: str) -> str:
    """A non-negative sum, typed as people do: ``1,234.50``, ``1.234,50``, ``80``."""
    compact = text.strip().replace(" ", "").replace("\u00a0", "").replace("'", "")
    if compact.startswith("-"):
        raise BadValue(
            key,
            Msg(
                QT_TRANSLATE_NOOP(
                    "Plan", "An amount cannot be below zero. Write 0 if you pay nothing."
                )
            ),
        )
    match = re.fullmatch(r"(\d{1,3}(?:([.,])\d{3})*|\d+)(?:([.,])(\d{1,2}))?", compact)
    if match is None or (match.group(2) and match.group(2) == match.group(3)):
        raise BadValue(
            key,
            Msg(
                QT_TRANSLATE_NOOP("Plan", "Please write the amount as a number, like 150 or 80.50.")
            ),
        )
    whole = re.sub(r"[.,]", "", match.group(1))
    cents = match.group(4) or "0"
    try:
        amount = Decimal(f"{whole}.{cents}")
    except InvalidOperation:
        raise BadValue(key) from None
    if amount > MAX_AMOUNT:
        raise BadValue(
            key,
            Msg(
                QT_TRANSLATE_NOOP("Plan", "Please write the amount as a number, like 150 or 80.50.")
            ),
        )
    return f"{amount:.2f}"
