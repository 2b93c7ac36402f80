"""The one error type the user ever sees: a clear sentence that says what to do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.messages import Msg

Translate = Callable[[str, str], str]


class UserError(Exception):
    """An expected failure with a message for the user (translatable, one sentence)."""

    def __init__(self, text: str, **params: object) -> None:
        self.msg = Msg(text, params, context="Errors")
        super().__init__(self.msg.render())

    def render(self, tr: Translate | None = None) -> str:
        return self.msg.render(tr)


class SaveFailed(UserError):
    """A change that could not be written because of the disk or the folder (full,
    read-only, busy, failing), not because of the change itself: trying again later,
    once the user has made room, can save it."""


def os_reason(exc: OSError) -> str:
    """The operating system's short reason for a failed file operation ("No space left…")."""
    return exc.strerror or type(exc).__name__


def os_error(text: str, exc: OSError, **params: object) -> UserError:
    """The sentence ``text`` for a failed file operation; its ``{reason}`` is the OS's reason."""
    return UserError(text, reason=os_reason(exc), **params)


def write_error(path: Path, exc: OSError) -> UserError:
    """Writing ``path`` (or making its folder) failed with ``exc``."""
    return os_error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Could not write {path} ({reason}); choose a folder you can write to, with free "
            "space, and try again.",
        ),
        exc,
        path=str(path),
    )
