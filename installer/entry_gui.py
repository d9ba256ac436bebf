"""Entry point of the bundled desktop program `casedesk-gui` (installer/casedesk.spec)."""

from __future__ import annotations

import sys

from desktop.ui.start import main

if __name__ == "__main__":
    sys.exit(main())
