"""The desktop entry and icon shipped for Linux menus name the program as it is built."""

from __future__ import annotations

import configparser

from wizard import APP_ID, APP_NAME
from wizard.paths import resource_path


def test_the_desktop_entry_starts_the_program_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(resource_path("second-opinion.desktop"), encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == APP_NAME
    assert section["Exec"] == APP_ID
    assert section["Icon"] == APP_ID
    assert section["Terminal"] == "false"
    assert section["Comment[de]"] and section["Comment[es]"]
    for name in (f"{APP_ID}.svg", f"{APP_ID}.png"):
        assert resource_path("icons", name).stat().st_size > 500
