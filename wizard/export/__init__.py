"""Printouts and files for the user: the checklist PDF and the case file (no Qt)."""
