"""Per-folder preferences that are not patient data (the interface language, the auto-lock).

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
        self.values["language"] = lang
        self._save()

    @property
    def auto_lock_minutes(self) -> int:
        """Minutes without use before the window locks itself; 0 for never."""
        text = self.values.get("auto_lock_minutes", "0")
        minutes = int(text) if text.isdigit() else 0
        return minutes if minutes in AUTO_LOCK_CHOICES else 0

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self.values["auto_lock_minutes"] = str(minutes if minutes in AUTO_LOCK_CHOICES else 0)
        self._save()

    def _save(self) -> None:
        # A preference that cannot be saved is not worth an error: it is used
        # for this run and asked again next time.
        with contextlib.suppress(UserError):
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(self.values, indent=2).encode("utf-8"))
