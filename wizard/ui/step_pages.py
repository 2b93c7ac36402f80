"""The nine step pages of the window, each built the first time it is needed.

A page with its editors and records panel takes tens of milliseconds to build and lay out;
the window starts with only the page on screen, and builds another when it is opened (or
asked for in any other way). ``built()`` gives those that exist, for the work that only
concerns them (retranslating, stopping their work on closing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from wizard.plan import STEPS
from wizard.ui.step_page import StepPage

STEP_KEYS = tuple(step.key for step in STEPS)


class StepPages(Mapping[str, StepPage]):
    def __init__(self, build: Callable[[str], StepPage]) -> None:
        self._build = build
        self._pages: dict[str, StepPage] = {}

    def __getitem__(self, key: str) -> StepPage:
        page = self._pages.get(key)
        if page is None:
            if key not in STEP_KEYS:
                raise KeyError(key)
            page = self._pages[key] = self._build(key)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(STEP_KEYS)

    def __len__(self) -> int:
        return len(STEP_KEYS)

    def __contains__(self, key: object) -> bool:
        return key in STEP_KEYS

    def is_built(self, key: str) -> bool:
        return key in self._pages

    def built(self) -> list[StepPage]:
        """The pages built so far, in step order."""
        return [self._pages[key] for key in STEP_KEYS if key in self._pages]
