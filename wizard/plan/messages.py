"""Translatable messages as plain values, rendered late in whatever language is wanted."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

Translate = Callable[[str, str], str]


def no_translation(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Msg:
    """A source string (with ``{named}`` placeholders) plus its values.

    Values that are themselves ``Msg`` are rendered in the same language, so a
    sentence is always translated whole, never glued from pieces.
    """

    text: str
    params: Mapping[str, object] = field(default_factory=dict)
    context: str = "Plan"

    def render(self, tr: Translate | None = None) -> str:
        tr = tr or no_translation
        values = {
            name: value.render(tr) if isinstance(value, Msg) else value
            for name, value in self.params.items()
        }
        template = tr(self.context, self.text) or self.text
        if not values:
            return template
        return template.format(**values)
