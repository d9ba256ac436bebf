""" "What is due next": request deadlines, loan returns, tasks and the notification timers of cases.

The timers come from the catalogue's rules: a pursuit must have notified the host at the latest
on crossing (CISA art. 41), an urgent observation stops 5 hours after crossing without
authorisation (CISA art. 40(2)).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from desktop.models import Case, ObservationDetails, PursuitDetails, Request, Task, utcnow
from desktop.models.enums import RequestStatus
from desktop.services import request_rules
from desktop.services.casefile import CaseFile
from desktop.services.deadlines import OBSERVATION_WITHOUT_AUTHORISATION
from desktop.services.dto import DueItem


class DueService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    def next(
        self, *, limit: int = 50, horizon: timedelta | None = None, now: datetime | None = None
    ) -> list[DueItem]:
        now = now or utcnow()
        until = now + horizon if horizon else None
        items: list[DueItem] = []
        with self._cf.reading() as session:
            waiting = [s.value for s in request_rules.WAITING if s is not RequestStatus.DRAFT]
            query = select(Request).where(Request.status.in_(waiting), Request.due_at.is_not(None))
            if until:
                query = query.where(Request.due_at <= until)
            for request in session.scalars(query.order_by(Request.due_at).limit(limit)):
                assert request.due_at is not None
                what = (
                    "loan return" if request.status == RequestStatus.HANDED_OVER.value else "request deadline"
                )
                items.append(
                    DueItem(request.due_at, request.due_at < now, what, request.reference, request.title)
                )
            tasks = (
                select(Task, Case.reference)
                .join(Case, Case.id == Task.case_id)
                .where(Task.done_at.is_(None), Task.due_at.is_not(None), Case.status == "open")
            )
            for task, reference in session.execute(tasks.order_by(Task.due_at).limit(limit)):
                items.append(DueItem(task.due_at, task.due_at < now, "task", reference, task.title))
            pursuits = (
                select(PursuitDetails, Case.reference)
                .join(Case)
                .where(
                    Case.status == "open",
                    PursuitDetails.crossed_at.is_not(None),
                    PursuitDetails.host_notified_at.is_(None),
                )
            )
            for details, reference in session.execute(pursuits):
                items.append(
                    DueItem(
                        details.crossed_at,
                        details.crossed_at < now,
                        "notify host (pursuit)",
                        reference,
                        "The host must be notified at the latest on crossing the border.",
                    )
                )
            observations = (
                select(ObservationDetails, Case.reference)
                .join(Case)
                .where(
                    Case.status == "open",
                    ObservationDetails.urgent.is_(True),
                    ObservationDetails.crossed_at.is_not(None),
                    ObservationDetails.authorised_at.is_(None),
                    ObservationDetails.ended_at.is_(None),
                )
            )
            for details, reference in session.execute(observations):
                stop = details.crossed_at + OBSERVATION_WITHOUT_AUTHORISATION
                items.append(
                    DueItem(
                        stop,
                        stop < now,
                        "stop observation (5 h)",
                        reference,
                        "Without authorisation the observation stops 5 hours after crossing.",
                    )
                )
        items = [i for i in items if until is None or i.due_at <= until]
        items.sort(key=lambda item: item.due_at)
        return items[:limit]
