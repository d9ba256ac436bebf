"""The one formatter of stored moments (desktop/ui/timefmt.py) that every page shows times with."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from desktop.ui.timefmt import NONE, date_text, local_text


def test_a_moment_is_shown_in_local_time_with_its_zone() -> None:
    moment = datetime(2026, 3, 29, 12, 10, 42, tzinfo=UTC)
    local = moment.astimezone()
    assert local_text(moment) == f"{local:%Y-%m-%d %H:%M} {local.tzname()}"
    assert local_text(moment, seconds=True) == f"{local:%Y-%m-%d %H:%M:%S} {local.tzname()}"
    # The same instant given in another zone reads the same.
    assert local_text(moment.astimezone(timezone(timedelta(hours=2)))) == local_text(moment)
    assert date_text(moment) == f"{local:%Y-%m-%d}"


def test_nothing_is_a_dash_unless_the_page_says_otherwise() -> None:
    assert local_text(None) == NONE == "—" == date_text(None) == local_text("")
    assert local_text(None, empty="Not yet") == "Not yet"
    assert date_text("  ", empty="") == ""


def test_stored_texts_are_read_and_an_unreadable_one_is_shown_as_stored() -> None:
    stored = "2026-03-29T12:10:42+00:00"
    assert local_text(stored, seconds=True) == local_text(datetime.fromisoformat(stored), seconds=True)
    assert local_text("2026-03-29T12:10:42") == "2026-03-29 12:10 UTC"  # naive: stored UTC
    assert date_text("2027-06-30") == "2027-06-30"
    assert local_text("soon") == "soon" == date_text("soon")
