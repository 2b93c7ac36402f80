"""The case as a plain dataclass: what the pages read and the store writes."""

from __future__ import annotations

from dataclasses import dataclass, field

OVERVIEW = "overview"
LANGUAGES = ("en", "de", "es")


@dataclass
class Entry:
    """One entry of a list in a step's form (a call, a request): its id and its values."""

    id: int
    values: dict[str, str] = field(default_factory=dict)

    def value(self, field_key: str) -> str:
        return self.values.get(field_key, "")

    def set_value(self, field_key: str, value: str) -> None:
        if value:
            self.values[field_key] = value
        else:
            self.values.pop(field_key, None)


@dataclass(frozen=True)
class FilesSummary:
    """The case's files in the vault, in brief (what the rules need, without the list)."""

    count: int = 0
    dates: tuple[str, ...] = ()  # distinct ISO dates of the scans' studies and the documents
    undated: int = 0
    unconfirmed: int = 0  # files whose category the user has not yet confirmed
    appointment: int = 0  # files kept with step 7 (recordings of the visit)


@dataclass
class CaseData:
    """One patient's second-opinion journey.

    ``ticks`` maps a step key to the keys of its ticked how-items;
    ``own_word`` maps a step key to the ISO date on which the user marked the
    step done by their own word; ``fields`` maps a step key to its form's
    values (field key to text, see ``wizard.plan.fields``), empty ones left out;
    ``entries`` maps a step key and a list key to the list's entries, in order;
    ``files`` sums up the files kept in the vault (the list itself is loaded apart).
    """

    name: str
    language: str = "en"
    id: int | None = None
    created: str = ""
    current_page: str = OVERVIEW
    ticks: dict[str, set[str]] = field(default_factory=dict)
    own_word: dict[str, str] = field(default_factory=dict)
    fields: dict[str, dict[str, str]] = field(default_factory=dict)
    entries: dict[str, dict[str, list[Entry]]] = field(default_factory=dict)
    files: FilesSummary = field(default_factory=FilesSummary)

    def is_ticked(self, step_key: str, item_key: str) -> bool:
        return item_key in self.ticks.get(step_key, set())

    def value(self, step_key: str, field_key: str) -> str:
        """The text stored for a form field; empty when nothing is written down."""
        return self.fields.get(step_key, {}).get(field_key, "")

    def set_value(self, step_key: str, field_key: str, value: str) -> None:
        values = self.fields.setdefault(step_key, {})
        if value:
            values[field_key] = value
        else:
            values.pop(field_key, None)
            if not values:
                del self.fields[step_key]

    def entries_of(self, step_key: str, list_key: str) -> list[Entry]:
        return self.entries.get(step_key, {}).get(list_key, [])

    def entry(self, entry_id: int) -> Entry | None:
        for lists in self.entries.values():
            for entries in lists.values():
                for entry in entries:
                    if entry.id == entry_id:
                        return entry
        return None
