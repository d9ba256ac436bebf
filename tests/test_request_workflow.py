"""Requests end to end: lifecycles, four-eyes, refusals that write nothing, legal bases, deadlines, lists.

Members (conftest.py): Sam and Sue are supervisors, Anna is a duty officer, all of BE-FEDPOL.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from desktop.models import utcnow
from desktop.models.enums import (
    CaseKind,
    Direction,
    InformationAccess,
    ItemCondition,
    RequestKind,
    RequestStatus,
    Urgency,
)
from desktop.services.errors import (
    FourEyesViolation,
    IllegalTransition,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from desktop.services.facade import Services
from desktop.services.loans import ItemReturn
from desktop.services.requests import LoanLine, NewRequest, RequestFilter

NL = "NL-POLITIE-LIMBURG"
LU = "LU-POLICE"
BRUSSELS = ZoneInfo("Europe/Brussels")
INFO_FIELDS = {
    "information_requested": "Registered keeper of a grey Audi A4",
    "purpose": "Burglary series in Maasmechelen",
    "reasons": "The vehicle was seen near three of the scenes",
}


def info(title: str = "Vehicle keeper lookup", **overrides: object) -> NewRequest:
    values: dict[str, object] = {
        "kind": RequestKind.INFORMATION_REQUEST,
        "partner_code": NL,
        "legal_basis": "dir-2023-977:4",
        "events_on": utcnow() - timedelta(days=2),
        "title": title,
        "form_values": dict(INFO_FIELDS),
    }
    values.update(overrides)
    return NewRequest(**values)  # type: ignore[arg-type]


def incoming(title: str = "Incoming keeper query", **overrides: object) -> NewRequest:
    overrides.setdefault("direction", Direction.INCOMING)
    overrides.setdefault("received_at", utcnow() - timedelta(hours=1))
    overrides.setdefault("external_reference", "NL-LIM-2026-0042")
    return info(title, **overrides)


def loan(
    title: str = "Loan of two thermal cameras",
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    lines: tuple[LoanLine, ...] = (LoanLine("Thermal camera", 2, "TC-1, TC-2"), LoanLine("Radio set", 1)),
    **overrides: object,
) -> NewRequest:
    start = start or utcnow()
    values: dict[str, object] = {
        "kind": RequestKind.EQUIPMENT_LOAN,
        "partner_code": NL,
        "legal_basis": "benelux-2018:equipment-loan",
        "events_on": start,
        "title": title,
        "form_values": {"purpose": "Night observation of a drugs stash"},
        "loan_start": start,
        "loan_end": end or start + timedelta(days=10),
        "loan_lines": lines,
    }
    values.update(overrides)
    return NewRequest(**values)  # type: ignore[arg-type]


def pursuit(crossing: datetime, title: str = "Hot pursuit on the A2") -> NewRequest:
    return NewRequest(
        kind=RequestKind.HOT_PURSUIT_NOTICE,
        partner_code=NL,
        legal_basis="cisa:41",
        events_on=crossing,
        title=title,
        form_values={
            "crossing_time": crossing,
            "crossing_point": "A2 at Maastricht-Noord",
            "pursued": "Grey Audi A4, two occupants",
            "offence": "Armed robbery",
            "host_contact": "Limburg duty desk",
        },
    )


def surveillance(crossing: datetime, title: str = "Urgent observation across the border") -> NewRequest:
    return NewRequest(
        kind=RequestKind.URGENT_SURVEILLANCE_NOTICE,
        partner_code=NL,
        legal_basis="cisa:40.2",
        events_on=crossing,
        title=title,
        form_values={
            "crossing_time": crossing,
            "crossing_point": "E25 at Lanaken",
            "observed_persons": "Two suspects in a white van",
            "offence": "Drug trafficking",
            "offence_listed": True,
            "host_contact": "Limburg duty desk",
        },
    )


def _state(services: Services) -> tuple[object, ...]:
    """Everything a request action may touch: audit head, request rows, loans and their items."""
    with services.case_file.reading() as session:
        audit = tuple(session.execute(text("SELECT count(*), coalesce(max(seq), 0) FROM audit_entry")).one())
        requests = [tuple(row) for row in session.execute(text("SELECT * FROM request ORDER BY id"))]
        loans = [tuple(row) for row in session.execute(text("SELECT * FROM loan ORDER BY request_id"))]
        items = [tuple(row) for row in session.execute(text("SELECT * FROM loan_item ORDER BY id"))]
    return audit, requests, loans, items


def _returns(services: Services, ref: str, condition: ItemCondition = ItemCondition.GOOD) -> list[ItemReturn]:
    view = services.requests.show(ref)
    assert view.loan is not None
    return [ItemReturn(item.id, condition, "") for item in view.loan.items]


# -- a case file with a request in every status, built once ------------------------------------


@pytest.fixture(scope="module")
def status_case(tmp_path_factory, case_copy, open_as) -> tuple[Path, dict[str, str]]:
    case = case_copy(tmp_path_factory.mktemp("statuses"), "statuses")
    refs: dict[str, str] = {}
    with open_as(case.path, "Anna") as s:
        for key in ("draft", "submitted", "approved", "rejected", "sent", "answered", "closed", "cancelled"):
            refs[key] = s.requests.create(info(f"Request that ends {key}")).reference
        for key in ("submitted", "approved", "rejected", "sent", "answered", "closed"):
            s.requests.submit(refs[key])
        s.requests.cancel(refs["cancelled"], "duplicate")
        refs["received"] = s.requests.create(incoming("Incoming that stays received")).reference
        refs["incoming_answered"] = s.requests.create(incoming("Incoming that is answered")).reference
        s.requests.record_answer(refs["incoming_answered"], "Keeper is J. Jansen")
        for key in ("loan_draft", "loan_out", "loan_returned"):
            refs[key] = s.requests.create(loan(f"Loan that ends {key}")).reference
        s.requests.submit(refs["loan_out"])
        s.requests.submit(refs["loan_returned"])
    with open_as(case.path, "Sue") as s:
        for key in ("approved", "sent", "answered", "closed", "loan_out", "loan_returned"):
            s.requests.approve(refs[key])
        s.requests.reject(refs["rejected"], "Not proportionate")
    with open_as(case.path, "Anna") as s:
        for key in ("sent", "answered", "closed", "loan_out", "loan_returned"):
            s.requests.mark_sent(refs[key])
        for key in ("answered", "closed", "loan_out", "loan_returned"):
            s.requests.record_answer(refs[key], "Agreed")
        s.requests.close(refs["closed"])
        s.loans.hand_over(refs["loan_out"])
        s.loans.hand_over(refs["loan_returned"])
        s.loans.record_return(refs["loan_returned"], _returns(s, refs["loan_returned"]))
        statuses = {key: s.requests.show(ref).status for key, ref in refs.items()}
    assert statuses == {
        "draft": "draft",
        "submitted": "submitted",
        "approved": "approved",
        "rejected": "rejected",
        "sent": "sent",
        "answered": "answered",
        "closed": "closed",
        "cancelled": "cancelled",
        "received": "received",
        "incoming_answered": "answered",
        "loan_draft": "draft",
        "loan_out": "handed_over",
        "loan_returned": "returned",
    }
    return case.path, refs


ACTIONS: dict[str, Callable[[Services, str], object]] = {
    "submit": lambda s, ref: s.requests.submit(ref),
    "approve": lambda s, ref: s.requests.approve(ref),
    "reject": lambda s, ref: s.requests.reject(ref, "Not proportionate"),
    "revise": lambda s, ref: s.requests.revise(ref),
    "send": lambda s, ref: s.requests.mark_sent(ref),
    "answer": lambda s, ref: s.requests.record_answer(ref, "Late answer"),
    "close": lambda s, ref: s.requests.close(ref),
    "cancel": lambda s, ref: s.requests.cancel(ref, "No longer needed"),
    "hand_over": lambda s, ref: s.loans.hand_over(ref),
    "return": lambda s, ref: s.loans.record_return(ref, _returns(s, ref)),
}

ILLEGAL = [
    *(("draft", a) for a in ("approve", "reject", "revise", "send", "answer", "close")),
    *(("submitted", a) for a in ("submit", "revise", "send", "answer", "close")),
    *(("approved", a) for a in ("submit", "approve", "reject", "revise", "answer", "close")),
    *(("rejected", a) for a in ("submit", "approve", "reject", "send", "answer", "close", "cancel")),
    *(("sent", a) for a in ("submit", "approve", "reject", "revise", "send", "close")),
    *(("answered", a) for a in ("submit", "approve", "send", "answer", "revise")),
    *(("closed", a) for a in ("submit", "approve", "reject", "revise", "send", "answer", "close", "cancel")),
    *(("cancelled", a) for a in ("submit", "approve", "send", "answer", "close", "cancel", "revise")),
    *(("received", a) for a in ("submit", "approve", "revise", "send", "close")),
    *(("incoming_answered", a) for a in ("submit", "answer", "send")),
    *(("loan_draft", a) for a in ("hand_over", "return")),
    *(("loan_out", a) for a in ("hand_over", "answer", "close", "send", "cancel")),
    *(("loan_returned", a) for a in ("return", "hand_over", "cancel", "send")),
]


@pytest.mark.parametrize(("status", "action"), ILLEGAL, ids=[f"{s}-{a}" for s, a in ILLEGAL])
def test_illegal_transition_is_refused_with_a_sentence_and_writes_nothing(
    status_case, tmp_path, open_as, status, action
) -> None:
    source, refs = status_case
    path = tmp_path / "copy.casedesk"
    shutil.copytree(source, path)
    with open_as(path, "Sue") as services:
        before = _state(services)
        with pytest.raises(IllegalTransition) as raised:
            ACTIONS[action](services, refs[status])
        message = str(raised.value)
        assert "cannot be" in message and message.endswith(".")
        assert _state(services) == before


def test_cancelling_a_handed_over_loan_says_to_record_the_return_first(
    status_case, tmp_path, open_as
) -> None:
    source, refs = status_case
    path = tmp_path / "copy.casedesk"
    shutil.copytree(source, path)
    with open_as(path, "Anna") as services:
        with pytest.raises(IllegalTransition, match="record its return first"):
            services.requests.cancel(refs["loan_out"])
        with pytest.raises(NotFound, match="no equipment loan"):
            services.loans.hand_over(refs["answered"])


# -- lifecycles ----------------------------------------------------------------------------------


def test_outgoing_information_request_full_lifecycle(tmp_case, open_as) -> None:
    year = utcnow().year
    with open_as(tmp_case.path, "Anna") as s:
        created = s.requests.create(info(body="Please send the keeper's name and address."))
        assert created.reference == f"OUT-{year}-000001"
        assert (created.status, created.direction) == ("draft", "outgoing")
        assert (created.requesting_agency, created.requested_agency) == ("BE-FEDPOL", NL)
        assert created.created_by == "Anna"
        assert created.legal_basis.basis_id == "dir-2023-977:4"
        assert created.due_at is None  # the clock starts when the partner receives it
        submitted = s.requests.submit(created.reference)
        assert (submitted.status, submitted.submitted_by) == ("submitted", "Anna")
        assert s.requests.create(info("Second request")).reference == f"OUT-{year}-000002"
    with open_as(tmp_case.path, "Sue") as s:
        approved = s.requests.approve(created.reference)
        assert (approved.status, approved.decided_by) == ("approved", "Sue")
        assert approved.timestamps["decided"] is not None
    sent_at = utcnow().replace(microsecond=0)
    with open_as(tmp_case.path, "Anna") as s:
        sent = s.requests.mark_sent(created.reference, at=sent_at)
        assert sent.status == "sent"
        assert sent.timestamps["sent"] == sent_at
        assert sent.due_at == sent_at + timedelta(days=7)
        answered = s.requests.record_answer(created.reference, "The keeper is J. Jansen, Heerlen.")
        assert (answered.status, answered.answer) == ("answered", "The keeper is J. Jansen, Heerlen.")
        assert not answered.overdue
        closed = s.requests.close(created.reference)
        assert closed.status == "closed"
        assert all(
            closed.timestamps[k] is not None
            for k in ("created", "submitted", "decided", "sent", "answered", "closed")
        )
        assert closed.timestamps["received"] is None
        assert [r.reference for r in s.requests.list(RequestFilter(statuses=(RequestStatus.CLOSED,)))] == [
            created.reference
        ]


def test_rejected_request_is_revised_resubmitted_and_approved(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        ref = s.requests.create(info()).reference
        s.requests.submit(ref)
    with open_as(tmp_case.path, "Sue") as s:
        with pytest.raises(InvalidInput, match="needs a reason"):
            s.requests.reject(ref, "   ")
        rejected = s.requests.reject(ref, "Explain the link with the burglaries")
        assert (rejected.status, rejected.rejection_reason) == (
            "rejected",
            "Explain the link with the burglaries",
        )
    with open_as(tmp_case.path, "Anna") as s:
        revised = s.requests.revise(ref)
        assert revised.status == "draft"
        assert revised.submitted_by is None and revised.decided_by is None
        s.requests.submit(ref)
    with open_as(tmp_case.path, "Sue") as s:
        assert s.requests.approve(ref).status == "approved"


def test_incoming_request_full_lifecycle_with_deadline_from_receipt(tmp_case, open_as) -> None:
    received_at = datetime(2026, 3, 28, 23, 30, tzinfo=BRUSSELS)
    with open_as(tmp_case.path, "Anna") as s:
        view = s.requests.create(
            incoming(
                urgency=Urgency.URGENT, information_access=InformationAccess.DIRECT, received_at=received_at
            )
        )
        assert view.reference.startswith("IN-")
        assert (view.status, view.direction) == ("received", "incoming")
        assert (view.requesting_agency, view.requested_agency) == (NL, "BE-FEDPOL")
        assert view.timestamps["received"] == received_at
        assert view.due_at == received_at.astimezone(UTC) + timedelta(hours=8)  # real hours, not wall clock
        with pytest.raises(IllegalTransition, match="can be answered, rejected, cancelled"):
            s.requests.submit(view.reference)
        assert s.requests.record_answer(view.reference, "Keeper: J. Jansen").status == "answered"
        assert s.requests.close(view.reference).status == "closed"


def test_incoming_request_can_be_declined(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sue") as s:
        ref = s.requests.create(incoming()).reference
        declined = s.requests.reject(ref, "No legal basis under our national law")
        assert declined.status == "rejected"
        assert declined.rejection_reason == "No legal basis under our national law"


def test_draft_can_be_cancelled_with_a_reason(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        ref = s.requests.create(info()).reference
        cancelled = s.requests.cancel(ref, "Duplicate of an earlier request")
        assert cancelled.status == "cancelled"
        assert cancelled.timestamps["closed"] is not None
        assert cancelled.rejection_reason == "Duplicate of an earlier request"


# -- loans ---------------------------------------------------------------------------------------


def test_equipment_loan_hand_over_and_return_with_damage_and_loss(tmp_case, open_as) -> None:
    start = utcnow()
    with open_as(tmp_case.path, "Anna") as s:
        view = s.requests.create(loan(start=start, end=start + timedelta(days=10)))
        assert view.loan is not None
        assert [(i.item_type, i.quantity, i.serial_numbers) for i in view.loan.items] == [
            ("Thermal camera", 2, "TC-1, TC-2"),
            ("Radio set", 1, ""),
        ]
        assert view.form_values["inventory"] == "2 x Thermal camera (TC-1, TC-2); 1 x Radio set"
        ref = view.reference
        s.requests.submit(ref)
    with open_as(tmp_case.path, "Sue") as s:
        s.requests.approve(ref)
    with open_as(tmp_case.path, "Anna") as s:
        s.requests.mark_sent(ref)
        s.requests.record_answer(ref, "Both cameras and the radio are available")
        out = s.loans.hand_over(ref)
        assert out.status == "handed_over" and out.handed_over_at is not None and not out.overdue
        assert s.requests.show(ref).due_at == out.period_end
        assert [v.request_reference for v in s.loans.list(state="out")] == [ref]
        camera, radio = out.items

        before = _state(s)
        refusals = [
            ([ItemReturn(camera.id, ItemCondition.GOOD)], "came back"),
            (
                [ItemReturn(camera.id, ItemCondition.DAMAGED), ItemReturn(radio.id, ItemCondition.GOOD)],
                "Describe the damage or loss of 'Thermal camera'",
            ),
            (
                [ItemReturn(camera.id, ItemCondition.GOOD), ItemReturn(radio.id, ItemCondition.LOST, "  ")],
                "Describe the damage or loss of 'Radio set'",
            ),
            (
                [
                    ItemReturn(camera.id, ItemCondition.GOOD),
                    ItemReturn(radio.id, ItemCondition.GOOD),
                    ItemReturn(9999, ItemCondition.GOOD),
                ],
                "is not on this loan's inventory list",
            ),
        ]
        for items, sentence in refusals:
            with pytest.raises(InvalidInput, match=sentence):
                s.loans.record_return(ref, items)
            assert _state(s) == before

        returned = s.loans.record_return(
            ref,
            [
                ItemReturn(camera.id, ItemCondition.DAMAGED, "Scratched lens on TC-2"),
                ItemReturn(radio.id, ItemCondition.LOST, "Left in the observation vehicle"),
            ],
            notes="Borrower informed of art. 41",
        )
        assert returned.status == "returned" and returned.returned_at is not None
        assert [(i.condition, i.damage_notes) for i in returned.items] == [
            ("damaged", "Scratched lens on TC-2"),
            ("lost", "Left in the observation vehicle"),
        ]
        assert returned.return_notes == "Borrower informed of art. 41"
        assert [v.request_reference for v in s.loans.list(state="returned")] == [ref]
        assert s.loans.list(state="out") == []
        assert s.requests.close(ref).status == "closed"


def test_overdue_loan_is_listed_flagged_and_due(tmp_case, open_as) -> None:
    start = utcnow() - timedelta(days=10)
    with open_as(tmp_case.path, "Anna") as s:
        late = s.requests.create(loan("Late loan", start=start, end=start + timedelta(days=9))).reference
        soon = s.requests.create(loan("Loan ending soon", end=utcnow() + timedelta(days=3))).reference
        later = s.requests.create(loan("Loan ending later", end=utcnow() + timedelta(days=20))).reference
        for ref in (late, soon, later):
            s.requests.submit(ref)
    with open_as(tmp_case.path, "Sue") as s:
        for ref in (late, soon, later):
            s.requests.approve(ref)
    with open_as(tmp_case.path, "Anna") as s:
        for ref in (late, soon, later):
            s.requests.mark_sent(ref)
            s.requests.record_answer(ref, "Available")
            s.loans.hand_over(ref)
        overdue = s.loans.list(state="overdue")
        assert [(v.request_reference, v.overdue) for v in overdue] == [(late, True)]
        assert [v.request_reference for v in s.loans.list(state="due_soon")] == [soon]
        assert [v.request_reference for v in s.loans.list(state="out")] == [late, soon, later]
        assert [r.reference for r in s.requests.list(RequestFilter(overdue_only=True))] == [late]
        due = [item for item in s.due.next() if item.reference == late]
        assert [(d.what, d.overdue) for d in due] == [("loan return", True)]
        with pytest.raises(InvalidInput, match="Loan lists are"):
            s.loans.list(state="lost")


@pytest.mark.parametrize(
    ("new", "sentence"),
    [
        (loan(lines=(LoanLine("Thermal camera", 2, "TC-1"),)), "lists 1 serial numbers for a quantity of 2"),
        (loan(end=utcnow() - timedelta(days=1), start=utcnow()), "must end after it starts"),
        (loan(lines=()), "requires: Inventory list of means and equipment"),
        (
            loan(lines=(), form_values={"purpose": "Observation", "inventory": "see annex"}),
            "needs an inventory list with at least one item",
        ),
        (loan(lines=(LoanLine("Radio", 0),)), "must be at least 1"),
        (info(loan_lines=(LoanLine("Radio", 1),)), "Only an equipment-loan request has an inventory list"),
    ],
    ids=[
        "serials-vs-quantity",
        "end-before-start",
        "no-items",
        "inventory-text-but-no-items",
        "zero-quantity",
        "inventory-on-info-request",
    ],
)
def test_malformed_loan_is_refused_and_nothing_written(tmp_case, open_as, new, sentence) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        before = _state(s)
        with pytest.raises(InvalidInput, match=sentence):
            s.requests.create(new)
        assert _state(s) == before


# -- four-eyes -----------------------------------------------------------------------------------


def test_supervisor_cannot_approve_own_request_and_another_supervisor_can(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as s:
        ref = s.requests.create(info()).reference
        s.requests.submit(ref)
        before = _state(s)
        with pytest.raises(FourEyesViolation) as raised:
            s.requests.approve(ref)
        assert "four-eyes" in str(raised.value)
        with pytest.raises(FourEyesViolation):
            s.requests.reject(ref, "I changed my mind")
        assert _state(s) == before
    with open_as(tmp_case.path, "Sue") as s:
        approved = s.requests.approve(ref)
        assert (approved.status, approved.created_by, approved.decided_by) == ("approved", "Sam", "Sue")


def test_duty_officer_cannot_approve_or_reject(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as s:
        ref = s.requests.create(info()).reference
        s.requests.submit(ref)
    with open_as(tmp_case.path, "Anna") as s:
        before = _state(s)
        for decide in (lambda: s.requests.approve(ref), lambda: s.requests.reject(ref, "no")):
            with pytest.raises(PermissionDenied, match="Only a supervisor can approve or reject") as raised:
                decide()
            assert not isinstance(raised.value, FourEyesViolation)
        assert _state(s) == before


def test_supervisor_who_only_submitted_cannot_approve(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        ref = s.requests.create(info()).reference
    with open_as(tmp_case.path, "Sue") as s:
        s.requests.submit(ref)
        with pytest.raises(FourEyesViolation, match="four-eyes"):
            s.requests.approve(ref)
    with open_as(tmp_case.path, "Sam") as s:
        assert s.requests.approve(ref).decided_by == "Sam"


def test_supervisor_who_only_created_cannot_approve(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sue") as s:
        ref = s.requests.create(info()).reference
    with open_as(tmp_case.path, "Anna") as s:
        s.requests.submit(ref)
    with open_as(tmp_case.path, "Sue") as s, pytest.raises(FourEyesViolation):
        s.requests.approve(ref)
    with open_as(tmp_case.path, "Sam") as s:
        assert s.requests.approve(ref).status == "approved"


def test_recovery_principal_cannot_file_or_decide(tmp_case, open_as) -> None:
    from desktop.services.casefile import open_case_file

    with open_as(tmp_case.path, "Anna") as s:
        ref = s.requests.create(info()).reference
        s.requests.submit(ref)
    case_file = open_case_file(tmp_case.path, tmp_case.recovery_code, kind="recovery")
    try:
        s = Services(case_file)
        with pytest.raises(PermissionDenied):
            s.requests.create(info())
        with pytest.raises(PermissionDenied):
            s.requests.approve(ref)
    finally:
        case_file.close()


# -- legal bases and form validation -------------------------------------------------------------

_LATE_SEPT = datetime(2023, 9, 30, 12, 0, tzinfo=UTC)
_NOW = utcnow()


@pytest.mark.parametrize(
    ("new", "error", "sentence"),
    [
        (
            info(
                legal_basis="benelux-2018:13.6",
                partner_code=LU,
                form_values={"plate": "1-ABC-123", "purpose": "ANPR hit"},
            ),
            InvalidInput,
            "applies only between BE and NL, not between BE and LU",
        ),
        (
            loan(start=_LATE_SEPT, end=_LATE_SEPT + timedelta(days=3)),
            InvalidInput,
            "is not in force on 2023-09-30: the Benelux Treaty 2004 (Senningen) applies to events before",
        ),
        (
            loan(legal_basis="benelux-2004:9"),
            InvalidInput,
            "the Benelux Police Treaty 2018 applies to events from 2023-10-01",
        ),
        (info(legal_basis="cisa:999"), InvalidInput, "'cisa:999' is not a legal basis"),
        (info(legal_basis="cisa:41"), InvalidInput, "is not valid for request kind 'information_request'"),
        (
            info(form_values={"information_requested": "x", "purpose": "y"}),
            InvalidInput,
            "requires: Objective reasons for the request",
        ),
        (
            info(form_values={**INFO_FIELDS, "purpose": "   "}),
            InvalidInput,
            "requires: Purpose",
        ),
        (
            replace(pursuit(_NOW), form_values={**pursuit(_NOW).form_values, "crossing_time": "yesterday"}),
            InvalidInput,
            "must be a date and time with its zone",
        ),
        (info(partner_code="BE-LPZ-MAASLAND"), InvalidInput, "is not cross-border"),
        (info(partner_code="BE-FEDPOL"), InvalidInput, "must be another agency than your own"),
        (info(partner_code="XX-NOWHERE"), NotFound, "no agency with the code 'XX-NOWHERE'"),
        (info(events_on=datetime(2026, 1, 5, 10, 0)), InvalidInput, "needs a time zone"),
        (info(title="   "), InvalidInput, "needs a title"),
        (info(urgency=Urgency.URGENT), InvalidInput, "directly or indirectly accessible"),
        (info(case_reference="CASE-1999-00001"), NotFound, "There is no case"),
    ],
    ids=[
        "be-nl-only-article-to-lu",
        "2018-treaty-before-october-2023",
        "2004-treaty-after-september-2023",
        "unknown-basis",
        "basis-for-another-kind",
        "missing-required-field",
        "blank-required-field",
        "datetime-field-not-a-datetime",
        "same-country",
        "own-agency",
        "unknown-partner",
        "naive-events-date",
        "empty-title",
        "urgent-without-access",
        "unknown-case",
    ],
)
def test_invalid_request_is_refused_with_a_sentence_and_nothing_written(
    tmp_case, open_as, new, error, sentence
) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        before = _state(s)
        with pytest.raises(error) as raised:
            s.requests.create(new)
        assert sentence in str(raised.value)
        assert _state(s) == before


def test_2004_treaty_loan_is_accepted_for_events_before_october_2023(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        view = s.requests.create(
            loan(legal_basis="benelux-2004:9", start=_LATE_SEPT, end=_LATE_SEPT + timedelta(days=2))
        )
        assert view.legal_basis.basis_id == "benelux-2004:9"
        assert view.legal_basis.reference.startswith("Benelux Treaty 2004")


def test_events_just_after_midnight_local_time_on_1_october_2023_fall_under_the_2018_treaty(
    tmp_case, open_as
) -> None:
    events = datetime(2023, 10, 1, 0, 30, tzinfo=BRUSSELS)
    with open_as(tmp_case.path, "Anna") as s:
        view = s.requests.create(loan(start=events, end=events + timedelta(days=2)))
    assert view.legal_basis.basis_id == "benelux-2018:equipment-loan"


def test_each_basis_field_requirement_comes_from_the_catalogue(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        article = s.case_file.catalogue().article("dir-2023-977:4")
        required = {f.id for f in article.required_fields if f.required}
        assert required == set(INFO_FIELDS)
        for missing in sorted(required):
            values = {k: v for k, v in INFO_FIELDS.items() if k != missing}
            with pytest.raises(InvalidInput, match="requires"):
                s.requests.create(info(form_values=values))
        assert s.requests.count() == 0


# -- deadlines -----------------------------------------------------------------------------------


def test_information_request_deadline_runs_from_sending_8h_3d_7d(tmp_case, open_as) -> None:
    sent_at = datetime(2024, 3, 30, 22, 15, tzinfo=UTC)  # the night before a DST change
    cases = {
        "urgent-direct": (Urgency.URGENT, InformationAccess.DIRECT, timedelta(hours=8)),
        "urgent-indirect": (Urgency.URGENT, InformationAccess.INDIRECT, timedelta(days=3)),
        "normal": (Urgency.NORMAL, None, timedelta(days=7)),
    }
    refs: dict[str, str] = {}
    with open_as(tmp_case.path, "Anna") as s:
        for key, (urgency, access, _) in cases.items():
            view = s.requests.create(info(key, urgency=urgency, information_access=access))
            assert view.due_at is None
            refs[key] = view.reference
            assert s.requests.submit(view.reference).due_at is None
    with open_as(tmp_case.path, "Sue") as s:
        for ref in refs.values():
            assert s.requests.approve(ref).due_at is None
    with open_as(tmp_case.path, "Anna") as s:
        for key, (_, _, delta) in cases.items():
            sent = s.requests.mark_sent(refs[key], at=sent_at)
            assert sent.due_at == sent_at + delta, key
            assert sent.overdue  # all of them are long past


def test_hot_pursuit_notice_is_due_at_the_crossing_until_sent(tmp_case, open_as) -> None:
    crossing = (utcnow() + timedelta(minutes=30)).astimezone(BRUSSELS).replace(microsecond=0)
    with open_as(tmp_case.path, "Sam") as s:
        view = s.requests.create(pursuit(crossing))
        assert view.due_at == crossing
        assert view.form_values["crossing_time"] == crossing.astimezone(UTC).isoformat()
        assert s.requests.submit(view.reference).due_at == crossing
        assert [d.reference for d in s.due.next()] == [view.reference]
    with open_as(tmp_case.path, "Sue") as s:
        assert s.requests.approve(view.reference).due_at == crossing
    with open_as(tmp_case.path, "Sam") as s:
        sent = s.requests.mark_sent(view.reference)
        assert sent.due_at is None
        assert s.due.next() == []


def test_urgent_surveillance_notice_stops_5_hours_after_crossing(tmp_case, open_as) -> None:
    crossing = datetime(2026, 3, 29, 1, 30, tzinfo=BRUSSELS)  # 00:30 UTC, before the DST jump
    with open_as(tmp_case.path, "Anna") as s:
        view = s.requests.create(surveillance(crossing))
        assert view.due_at == datetime(2026, 3, 29, 5, 30, tzinfo=UTC)
        assert view.due_at.astimezone(BRUSSELS).hour == 7  # 5 real hours, across the change to CEST


def test_due_next_is_ordered_by_moment_and_flags_overdue(tmp_case, open_as) -> None:
    now = utcnow().replace(microsecond=0)
    with open_as(tmp_case.path, "Anna") as s:
        pursuit_late = s.requests.create(
            pursuit(now - timedelta(hours=2), "Pursuit already across")
        ).reference
        draft_only = s.requests.create(pursuit(now - timedelta(hours=3), "Draft pursuit")).reference
        observation = s.requests.create(surveillance(now, "Observation crossing now")).reference
        info_late = s.requests.create(info("Information sent eight days ago")).reference
        info_urgent = s.requests.create(
            info("Urgent information", urgency=Urgency.URGENT, information_access=InformationAccess.DIRECT)
        ).reference
        for ref in (pursuit_late, observation, info_late, info_urgent):
            s.requests.submit(ref)
        case = s.cases.create(CaseKind.JOINT_PATROL, "Patrol with a task")
        s.cases.add_task(case.reference, "Send the patrol report", now + timedelta(days=1))
    with open_as(tmp_case.path, "Sue") as s:
        s.requests.approve(info_late)
        s.requests.approve(info_urgent)
    with open_as(tmp_case.path, "Anna") as s:
        s.requests.mark_sent(info_late, at=now - timedelta(days=8))
        s.requests.mark_sent(info_urgent, at=now - timedelta(hours=1))
        due = s.due.next(now=now)
        assert [(d.reference, d.due_at, d.overdue) for d in due] == [
            (info_late, now - timedelta(days=1), True),
            (pursuit_late, now - timedelta(hours=2), True),
            (observation, now + timedelta(hours=5), False),
            (info_urgent, now + timedelta(hours=7), False),
            (case.reference, now + timedelta(days=1), False),
        ]
        assert draft_only not in {d.reference for d in due}
        assert [d.reference for d in s.due.next(now=now, horizon=timedelta(hours=6))] == [
            info_late,
            pursuit_late,
            observation,
        ]
        assert [d.reference for d in s.due.next(now=now, limit=2)] == [info_late, pursuit_late]
        rows = {r.reference: r.overdue for r in s.requests.list()}
        assert rows[info_late] and rows[pursuit_late] and not rows[info_urgent]


# -- lists ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def list_case(tmp_path_factory, case_copy, open_as) -> tuple[Path, dict[str, str]]:
    case = case_copy(tmp_path_factory.mktemp("lists"), "lists")
    refs: dict[str, str] = {}
    with open_as(case.path, "Anna") as s:
        refs["thermal"] = s.requests.create(info("Thermal imaging footage from the A2")).reference
        refs["van"] = s.requests.create(info("Stolen van registration", partner_code=LU)).reference
        refs["goggles"] = s.requests.create(loan("Loan of night-vision goggles")).reference
        refs["pursuit"] = s.requests.create(
            pursuit(utcnow() + timedelta(hours=1), "Pursuit of a grey Audi")
        ).reference
        refs["cafe"] = s.requests.create(
            incoming("Query about café Gérard", partner_code=LU, body="Owner of the café on the Grand-Rue")
        ).reference
        refs["bicycle"] = s.requests.create(info("Query regarding bicycle theft")).reference
        for i in range(6):
            refs[f"bulk{i}"] = s.requests.create(info(f"Routine check number {i}")).reference
        for key in ("thermal", "pursuit", "bicycle"):
            s.requests.submit(refs[key])
    with open_as(case.path, "Sue") as s:
        s.requests.approve(refs["thermal"])
        s.requests.approve(refs["bicycle"])
    with open_as(case.path, "Anna") as s:
        s.requests.mark_sent(refs["thermal"])
        s.requests.mark_sent(refs["bicycle"])
        s.requests.record_answer(refs["bicycle"], "The frame number matches a Raleigh reported in Venlo")
    return case.path, refs


def test_list_filters_by_status_partner_direction_and_kind(list_case, open_as) -> None:
    path, refs = list_case
    with open_as(path, "Anna") as s:

        def refs_for(**kwargs: object) -> set[str]:
            found = {r.reference for r in s.requests.list(RequestFilter(**kwargs))}  # type: ignore[arg-type]
            assert s.requests.count(RequestFilter(**kwargs)) == len(found)  # type: ignore[arg-type]
            return found

        assert refs_for(statuses=(RequestStatus.SENT,)) == {refs["thermal"]}
        assert refs_for(statuses=(RequestStatus.SUBMITTED, RequestStatus.ANSWERED)) == {
            refs["pursuit"],
            refs["bicycle"],
        }
        assert refs_for(partner_code=LU) == {refs["van"], refs["cafe"]}
        assert refs_for(partner_code=LU, direction=Direction.INCOMING) == {refs["cafe"]}
        assert refs_for(kind=RequestKind.EQUIPMENT_LOAN) == {refs["goggles"]}
        assert refs_for(partner_code="XX-NOWHERE") == set()
        assert s.requests.count() == len(refs)
        counts = s.requests.counts_by_status_and_partner()
        assert sum(n for _, _, n in counts) == len(refs)
        assert ("received", LU, 1) in counts


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thermal", {"thermal"}),
        ("therm", {"thermal"}),
        ("THERMAL a2", {"thermal"}),
        ("cafe gerard", {"cafe"}),
        ("grand-rue", {"cafe"}),
        ("raleigh venlo", {"bicycle"}),
        ("goggles", {"goggles"}),
        ("thermal goggles", set()),
        ('"', set()),
        ("- * ( ) ^ :", set()),
        ("NOT OR AND NEAR", set()),
    ],
)
def test_list_full_text_search_over_title_body_and_answer(list_case, open_as, query, expected) -> None:
    path, refs = list_case
    with open_as(path, "Anna") as s:
        found = {r.reference for r in s.requests.list(RequestFilter(text=query))}
    assert found == {refs[key] for key in expected}


def test_list_finds_a_request_by_its_exact_reference(list_case, open_as) -> None:
    path, refs = list_case
    with open_as(path, "Anna") as s:
        assert [r.reference for r in s.requests.list(RequestFilter(text=refs["van"]))] == [refs["van"]]


def test_list_paging_is_stable_and_complete(list_case, open_as) -> None:
    path, refs = list_case
    with open_as(path, "Anna") as s:
        everything = [r.reference for r in s.requests.list(limit=100)]
        assert sorted(everything) == sorted(refs.values())
        pages = [[r.reference for r in s.requests.list(limit=5, offset=o)] for o in range(0, 15, 5)]
        assert [len(p) for p in pages] == [5, 5, 2]
        assert [ref for page in pages for ref in page] == everything
        assert [r.reference for r in s.requests.list(limit=5, offset=5)] == pages[1]  # same again
        due_first = [r for r in s.requests.list(limit=100) if r.due_at is not None]
        assert everything[: len(due_first)] == [r.reference for r in due_first]
        newest_first = [r.reference for r in s.requests.list(limit=100, order="newest")]
        assert newest_first[0] == refs["bulk5"]
