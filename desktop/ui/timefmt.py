"""Stored moments as text: local time with the zone's abbreviation, declared once for every page.

Times are stored in UTC. Pages show them in the workstation's local time WITH the zone
("2026-03-29 14:10 CEST"): control rooms work across borders, and a time without its zone is
read in the wrong one. A stored text that does not parse is shown as stored, never hidden.
(The case timeline shows each event in the zone it was entered in instead: `EventView.local_time`.)
"""

from __future__ import annotations

from datetime import datetime

NONE = "—"
"""What stands for a moment that is not set."""


def _moment(value: datetime | str | None) -> datetime | str | None:
    """`value` as a datetime; an unparsable text comes back as given, an empty one as None."""
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def local_text(moment: datetime | str | None, *, seconds: bool = False, empty: str = NONE) -> str:
    """`2026-03-29 14:10 CEST`: `moment` in this computer's zone with the zone's abbreviation.

    `moment` may be an ISO text (the audit log's); a naive one is taken as UTC, as stored. `empty`
    (a dash by default) is what None or an empty text reads as; `seconds` adds them.
    """
    value = _moment(moment)
    if value is None:
        return empty
    if isinstance(value, str):
        return value
    pattern = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    if value.tzinfo is None:
        return f"{value:{pattern}} UTC"
    local = value.astimezone()
    return f"{local:{pattern}} {local.tzname()}"


def date_text(moment: datetime | str | None, *, empty: str = NONE) -> str:
    """`2026-03-29`: the day `moment` falls on in this computer's zone (a naive one is UTC)."""
    value = _moment(moment)
    if value is None:
        return empty
    if isinstance(value, str):
        return value
    return f"{value:%Y-%m-%d}" if value.tzinfo is None else f"{value.astimezone():%Y-%m-%d}"
