"""Per-folder preferences that are not patient data: the interface language, the text
size, high contrast, large print, where the window was, and the auto-lock.

Kept in plain JSON beside the database because they are needed before the
database is unlocked; nothing typed about a patient is ever stored here.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from wizard.atomic import write_atomic
from wizard.errors import UserError
from wizard.plan.case import LANGUAGES

FILE_NAME = "preferences.json"
TEXT_SIZES = (100, 125, 150, 200)  # percent of the system's own font size
# Minutes without use after which the window locks itself; 0: never (the default).
AUTO_LOCK_CHOICES = (0, 5, 15, 30, 60)


class Preferences:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self.values: dict[str, str] = {}
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads(self.path.read_text("utf-8"))
            if isinstance(loaded, dict):
                self.values = {k: v for k, v in loaded.items() if isinstance(v, str)}

    @property
    def language(self) -> str | None:
        lang = self.values.get("language")
        return lang if lang in LANGUAGES else None

    @language.setter
    def language(self, lang: str) -> None:
        self._set("language", lang)

    @property
    def auto_lock_minutes(self) -> int:
        """Minutes without use before the window locks itself; 0 for never."""
        text = self.values.get("auto_lock_minutes", "0")
        minutes = int(text) if text.isdigit() else 0
        return minutes if minutes in AUTO_LOCK_CHOICES else 0

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._set("auto_lock_minutes", str(minutes if minutes in AUTO_LOCK_CHOICES else 0))

    @property
    def text_size(self) -> int:
        """Percent of the system's font size: one of TEXT_SIZES, 100 unless chosen."""
        value = self.values.get("text_size", "")
        return int(value) if value.isdigit() and int(value) in TEXT_SIZES else 100

    @text_size.setter
    def text_size(self, percent: int) -> None:
        self._set("text_size", str(percent))

    @property
    def high_contrast(self) -> bool:
        return self.values.get("high_contrast") == "on"

    @high_contrast.setter
    def high_contrast(self, on: bool) -> None:
        self._set("high_contrast", "on" if on else "off")

    @property
    def large_print(self) -> bool:
        """The printouts without a large-print choice of their own come in large print."""
        return self.values.get("large_print") == "on"

    @large_print.setter
    def large_print(self, on: bool) -> None:
        self._set("large_print", "on" if on else "off")

    @property
    def window_geometry(self) -> str:
        """The window's place and size as Qt saved it (base64), or ""."""
        return self.values.get("window_geometry", "")

    @window_geometry.setter
    def window_geometry(self, saved: str) -> None:
        self._set("window_geometry", saved)

    def _set(self, key: str, value: str) -> None:
        if self.values.get(key) == value:
            return
        self.values[key] = value
        # A preference that cannot be saved is not worth an error: it is used
        # for this run and asked again next time.
        with contextlib.suppress(UserError):
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(self.values, indent=2).encode("utf-8"))
