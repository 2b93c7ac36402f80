"""Where the program's own files are: package data (fonts, compiled translations) found
through importlib.resources, wherever the package was installed or bundled; and the user's
data folder."""

from __future__ import annotations

import atexit
import contextlib
from importlib.resources import as_file, files
from pathlib import Path

# Package data that is not a plain file on disk (a zip import) is unpacked once, for the
# whole run, and removed at exit.
_unpacked = contextlib.ExitStack()
atexit.register(_unpacked.close)


# Chinese, Japanese and Korean for the window and the printouts (Apache 2.0).
FALLBACK_FONT_FILE = "DroidSansFallback.ttf"


def resource_path(*parts: str) -> Path:
    """The file ``wizard/resources/<parts>`` as a path on disk (it may not exist)."""
    return _unpacked.enter_context(as_file(files("wizard").joinpath("resources", *parts)))


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("second-opinion", appauthor=False))
