"""Translatable messages as plain values, rendered late in whatever language is wanted."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

Translate = Callable[[str, str], str]


def no_translation(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Day:
    """A calendar day inside a message, written the reader's way when rendered."""

    iso: str


@dataclass(frozen=True)
class Msg:
    """A source string (with ``{named}`` placeholders) plus its values.

    Values that are themselves ``Msg`` are rendered in the same language, so a
    sentence is always translated whole, never glued from pieces.
    """

    text: str
    params: Mapping[str, object] = field(default_factory=dict)
    context: str = "Plan"

    def render(
        self, tr: Translate | None = None, format_date: Callable[[str], str] | None = None
    ) -> str:
        """The sentence in ``tr``'s language; ``format_date`` writes each ``Day`` (ISO else)."""
        tr = tr or no_translation
        values = {name: _value(value, tr, format_date) for name, value in self.params.items()}
        template = tr(self.context, self.text) or self.text
        if not values:
            return template
        return template.format(**values)


def _value(value: object, tr: Translate, format_date: Callable[[str], str] | None) -> object:
    if isinstance(value, Msg):
        return value.render(tr, format_date)
    if isinstance(value, Day):
        return format_date(value.iso) if format_date else value.iso
    return value
