"""What a step's done-when rule returns (kept apart so that steps and rules can share it)."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.plan.messages import Msg


@dataclass(frozen=True)
class RuleResult:
    """Whether a step's test holds, what is missing (facts, in words), and what to watch."""

    holds: bool
    missing: tuple[Msg, ...] = ()
    started: bool = False
    # Worth knowing but never a block: a late receipt, old records, a tie to the first doctor.
    warnings: tuple[Msg, ...] = ()
