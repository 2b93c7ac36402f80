"""The one error type the user ever sees: a clear sentence that says what to do."""

from __future__ import annotations

from collections.abc import Callable

from wizard.plan.messages import Msg

Translate = Callable[[str, str], str]


class UserError(Exception):
    """An expected failure with a message for the user (translatable, one sentence)."""

    def __init__(self, text: str, **params: object) -> None:
        self.msg = Msg(text, params, context="Errors")
        super().__init__(self.msg.render())

    def render(self, tr: Translate | None = None) -> str:
        return self.msg.render(tr)


def os_reason(exc: OSError) -> str:
    """The operating system's short reason for a failed file operation ("No space left…")."""
    return exc.strerror or type(exc).__name__
