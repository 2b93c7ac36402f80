"""The nine-step plan as data, and the rules that judge a case against it (no Qt)."""

from wizard.plan.case import CaseData
from wizard.plan.messages import Msg
from wizard.plan.rules import (
    Evaluation,
    Status,
    Verdict,
    evaluate,
    evaluate_all,
    next_action,
    progress,
)
from wizard.plan.steps import PAGES, STEPS, Step, step_by_key

__all__ = [
    "PAGES",
    "STEPS",
    "CaseData",
    "Evaluation",
    "Msg",
    "Status",
    "Step",
    "Verdict",
    "evaluate",
    "evaluate_all",
    "next_action",
    "progress",
    "step_by_key",
]
