"""sqlite-utils, loaded without numpy.

sqlite-utils imports numpy (and tries pandas) when it loads, only to know their number
types as column types; we never insert either. numpy takes a fifth of a second to load,
at every start of the window and of every command. So the first load of sqlite-utils
happens here, with both hidden for that moment; the records code loads numpy when it
needs it. Import ``sqlite_utils`` from this module, never directly.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["sqlite_utils"]


@contextmanager
def _hidden(*names: str) -> Iterator[None]:
    """``import NAME`` raises ImportError inside, for the names not loaded yet."""
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


with _hidden("numpy", "pandas"):
    import sqlite_utils  # noqa: E402
