"""The `casedesk` command line: the same services as the GUI, for scripts, administrators and tests."""

from __future__ import annotations
