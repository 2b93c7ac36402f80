"""Where the compiled translations (``.qm``) are.

An installed program has them as package data (``wizard/resources/translations``), built
with the package (setup.py). A source checkout (an editable install, or the tests) has its
``.ts`` sources beside the package: where a ``.qm`` is missing or older than its source, it is
compiled into the user's cache folder on first use, so a translation never goes missing.
"""

from __future__ import annotations

import contextlib
import hashlib
import subprocess
from pathlib import Path

from wizard.lrelease import compile_ts
from wizard.paths import resource_path

CHECKOUT = Path(__file__).resolve().parent.parent


def source_ts(lang: str) -> Path | None:
    """The ``.ts`` source of ``lang`` when the program runs from a source checkout."""
    ts_file = CHECKOUT / "translations" / f"{lang}.ts"
    if ts_file.is_file() and (CHECKOUT / "pyproject.toml").is_file():
        return ts_file
    return None


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("second-opinion", appauthor=False)) / "translations"


def qm_file(lang: str) -> Path | None:
    """The compiled translation of ``lang``, or None where there is none and none can be made."""
    shipped = resource_path("translations", f"{lang}.qm")
    ts_file = source_ts(lang)
    if ts_file is None:
        return shipped if shipped.is_file() else None
    if shipped.is_file() and shipped.stat().st_mtime >= ts_file.stat().st_mtime:
        return shipped
    return _compiled_in_cache(ts_file, lang)


def _compiled_in_cache(ts_file: Path, lang: str) -> Path | None:
    """``lang``'s ``.qm``, named by its source's hash, compiled where it is not there yet."""
    from wizard.atomic import write_atomic_with
    from wizard.errors import UserError

    digest = hashlib.sha256(ts_file.read_bytes()).hexdigest()[:16]
    folder = cache_dir()
    target = folder / f"{lang}-{digest}.qm"
    if target.is_file():
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic_with(target, lambda tmp: compile_ts(ts_file, tmp))
    except (OSError, subprocess.CalledProcessError, UserError):
        return None
    for old in folder.glob(f"{lang}-*.qm"):  # earlier versions of the source
        if old != target:
            with contextlib.suppress(OSError):
                old.unlink()
    return target
