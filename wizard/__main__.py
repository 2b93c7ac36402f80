"""``second-opinion`` and ``python -m wizard``: the wizard, or a command."""

import multiprocessing
import sys


def main() -> int:
    # In a frozen app (PyInstaller), a helper process of the records import starts here too.
    multiprocessing.freeze_support()
    # Loaded here, not when the module is: every helper process of the records import runs
    # this module again (as multiprocessing's "__mp_main__"), and needs none of the program.
    from wizard.cli import run

    # A file name that is not valid UTF-8 (or a terminal that is not UTF-8) must not
    # turn a finished command into a traceback when its name is printed.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
