"""What an operation changed, broadcast by the window so each page refreshes only what it shows.

Every page that changes the case file emits `sig_changed(Changes(...))`; the window hands the
value to every attached page's `on_changes`. A page reloads only when a flag it cares about is
set, and skips the broadcast it started itself (`changes.origin is self`): it has already shown
the result of its own operation.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """Flags for the kinds of case data an operation touched (GUI thread only)."""

    cases: bool = False
    requests: bool = False
    loans: bool = False
    audit: bool = True  # nearly every change writes an audit entry
    almanac: bool = False
    trust: bool = False
    credentials: bool = False
    origin: object | None = None  # the page whose operation it was

    def touches(self, *kinds: str) -> bool:
        """True if any of the named flags is set (`changes.touches("requests", "loans")`)."""
        return any(getattr(self, kind) for kind in kinds)
