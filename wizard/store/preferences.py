"""Per-folder preferences that are not patient data (the interface language).

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
        # A preference that cannot be saved is not worth an error: it is used
        # for this run and asked again next time.
        with contextlib.suppress(UserError):
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(self.values, indent=2).encode("utf-8"))
