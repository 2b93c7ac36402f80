"""The symbols that repeat a status's words, so that no status is told by colour alone
(and none by symbol alone: each stands beside its word)."""

from __future__ import annotations

from wizard.plan import Status

DONE = "\u2713"  # ✓
OPEN = "\u25cb"  # ○
HALF = "\u25d0"  # ◐
WARNING = "\u26a0"  # ⚠

STATUS_MARK = {
    Status.NOT_STARTED: OPEN,
    Status.IN_PROGRESS: HALF,
    Status.DONE: DONE,
    Status.DONE_OWN_WORD: DONE,
}
