"""Translation markers usable without Qt.

Qt's ``lupdate`` finds strings by the *name* of the marker, so this plain-Python
``QT_TRANSLATE_NOOP`` is collected exactly like Qt's own, while the pure layers
(plan, store, export) stay free of Qt.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, lupdate needs it
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text
