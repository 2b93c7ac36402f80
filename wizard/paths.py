"""Where the program's own files are: beside the source, or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_dir() -> Path:
    return app_root() / "resources"


# Chinese, Japanese and Korean for the window and the printouts (Apache 2.0).
FALLBACK_FONT_FILE = "DroidSansFallback.ttf"


def fonts_dir() -> Path:
    return resource_dir() / "fonts"


def translations_dir() -> Path:
    return app_root() / "translations"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("second-opinion", appauthor=False))
