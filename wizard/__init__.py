"""Second Opinion Planner: a step-by-step, private planner for a medical second opinion."""

__version__ = "0.1.0"
APP_NAME = "Second Opinion Planner"
APP_ID = "second-opinion"
