"""Entry point of the bundled command-line program `casedesk` (installer/casedesk.spec)."""

from __future__ import annotations

import sys

from desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
