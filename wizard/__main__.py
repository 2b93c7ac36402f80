"""``second-opinion`` and ``python -m wizard``: the wizard, or a command."""

import sys

from wizard.cli import run


def main() -> int:
    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
