"""A step's form as data: the facts the user writes down, each a named field.

Every field's value is stored as text under a stable key (never change a key;
reword a label freely): free text as typed, a choice as the key of one of its
choices, a yes/no box as ``"yes"`` or nothing. An empty value means "not written
down yet". The rules in ``wizard.plan.need`` and its siblings read these values.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum

MAX_TEXT = 2000
YES = "yes"


class Kind(Enum):
    TEXT = "text"  # one line
    CHOICE = "choice"  # one of ``choices``
    CHECK = "check"  # a yes/no box: "yes" or empty


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


class BadValue(ValueError):
    """A value the field cannot hold (an unknown choice, far too long a text)."""


def clean_value(field: Field, value: str) -> str:
    """``value`` as stored for ``field``: tidied, or BadValue when it cannot be held."""
    if field.kind is Kind.CHECK:
        if value not in ("", YES):
            raise BadValue(field.key)
        return value
    if field.kind is Kind.CHOICE:
        if value and value not in {choice.key for choice in field.choices}:
            raise BadValue(field.key)
        return value
    # Text as typed, but without characters that cannot be shown or printed.
    text = "".join(
        ch for ch in value if unicodedata.category(ch) not in ("Cc", "Cf", "Cs") or ch == "\t"
    )
    if len(text) > MAX_TEXT:
        raise BadValue(field.key)
    return text if text.strip() else ""
