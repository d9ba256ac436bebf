"""Deadline and notification rules of the agreements catalogue, as pure functions.

The catalogue (``resources/agreements/catalogue.json``) names a rule per article and describes it
in three languages; the arithmetic lives here, so a rule id in the catalogue that this module
cannot compute is refused when the catalogue is loaded.

All datetimes are timezone-aware. Inputs in any zone are accepted and converted; results are in
UTC, because the timeline stores UTC and converts only for display. A naive datetime is a
``ValueError``: guessing its zone is how a border-crossing timer ends up an hour wrong at a
daylight-saving change.

"Calendar days" (Directive (EU) 2023/977 art. 5(1)) are counted as N x 24 hours in UTC from the
moment of receipt. That keeps the deadline independent of the user's display zone; across a
daylight-saving change it may differ by one hour from counting on the local wall clock, so the UI
should show the due moment (date and time), not just the date.

Pure stdlib and the shared enums; no Qt, no database.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.models.enums import InformationAccess, Urgency

DIR_2023_977_ART5 = "dir-2023-977-art5"
NOTIFY_ON_CROSSING = "notify-on-crossing"
NOTIFY_BEFORE_CROSSING = "notify-before-crossing"
STOP_OBSERVATION_5H = "stop-observation-5h"
LOAN_RETURN = "loan-return"

RULE_IDS: frozenset[str] = frozenset(
    {DIR_2023_977_ART5, NOTIFY_ON_CROSSING, NOTIFY_BEFORE_CROSSING, STOP_OBSERVATION_5H, LOAN_RETURN}
)

# Directive (EU) 2023/977 art. 5(1).
URGENT_DIRECT = timedelta(hours=8)
URGENT_INDIRECT = timedelta(days=3)
OTHER_REQUEST = timedelta(days=7)
# CISA art. 40(2): without authorisation, urgent surveillance stops 5 hours after the crossing.
OBSERVATION_WITHOUT_AUTHORISATION = timedelta(hours=5)


def _utc(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (got naive {value.isoformat()})")
    return value.astimezone(UTC)


def compute_due(
    rule_id: str,
    *,
    start: datetime,
    urgency: Urgency,
    access: InformationAccess | None = None,
    period_end: datetime | None = None,
) -> datetime | None:
    """When the duty named by ``rule_id`` falls due, in UTC; None if it cannot be known yet.

    ``start`` is the rule's starting event: receipt of the request (dir-2023-977-art5), the
    (planned) border crossing (notify-on-crossing, notify-before-crossing, stop-observation-5h)
    or the hand-over (loan-return, which only needs ``period_end``).

    For an urgent request whose information has not yet been classified as directly or
    indirectly accessible (``access`` None), the stricter 8-hour deadline is returned: the
    requested SPOC must not learn of a deadline after it has passed.
    """
    start_utc = _utc(start, "start")
    end_utc = None if period_end is None else _utc(period_end, "period_end")

    if rule_id == DIR_2023_977_ART5:
        if urgency is Urgency.URGENT:
            if access is InformationAccess.INDIRECT:
                return start_utc + URGENT_INDIRECT
            return start_utc + URGENT_DIRECT
        return start_utc + OTHER_REQUEST
    if rule_id in (NOTIFY_ON_CROSSING, NOTIFY_BEFORE_CROSSING):
        # "At the latest when crossing" and "before crossing" both fall due at the crossing.
        return start_utc
    if rule_id == STOP_OBSERVATION_5H:
        return start_utc + OBSERVATION_WITHOUT_AUTHORISATION
    if rule_id == LOAN_RETURN:
        return end_utc
    raise ValueError(f"unknown deadline rule {rule_id!r}")
