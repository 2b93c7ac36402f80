"""The case as a plain dataclass: what the pages read and the store writes."""

from __future__ import annotations

from dataclasses import dataclass, field

OVERVIEW = "overview"
LANGUAGES = ("en", "de", "es")


@dataclass
class CaseData:
    """One patient's second-opinion journey.

    ``ticks`` maps a step key to the keys of its ticked how-items;
    ``own_word`` maps a step key to the ISO date on which the user marked the
    step done by their own word.
    """

    name: str
    language: str = "en"
    id: int | None = None
    created: str = ""
    current_page: str = OVERVIEW
    ticks: dict[str, set[str]] = field(default_factory=dict)
    own_word: dict[str, str] = field(default_factory=dict)

    def is_ticked(self, step_key: str, item_key: str) -> bool:
        return item_key in self.ticks.get(step_key, set())
