"""Second Opinion Planner: a step-by-step, private planner for a medical second opinion."""

__version__ = "0.1.0"
__licence__ = "MIT"  # the LICENSE file
APP_NAME = "Second Opinion Planner"
APP_ID = "second-opinion"
