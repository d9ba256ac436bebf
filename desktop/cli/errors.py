"""The CLI's own refusal: a sentence for the user, exit code 2.

Kept in its own module so that `python -m desktop.cli.main` (where main.py runs as __main__)
and the command modules share one class.
"""

from __future__ import annotations


class CliError(Exception):
    """A user-facing refusal raised by a command (exit 2)."""
