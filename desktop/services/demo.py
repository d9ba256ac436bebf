"""`casedesk demo`: a realistic case file to try the product on.

Real Benelux agencies (seeded), members of every role sharing one passphrase, cases of every
kind with timelines, requests in every state — overdue ones included — loans out and overdue,
and an almanac. Made through the services, so every rule and the audit apply; only the bulk
requests of `--requests N` beyond the first hundred are inserted in one Core statement (with
one audit entry saying so), which is what lets 100,000 requests take seconds, not hours.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from desktop.models import Agency, Request
from desktop.models.enums import (
    CaseKind,
    Direction,
    EventKind,
    InformationAccess,
    ItemCondition,
    RequestKind,
    RequestStatus,
    Role,
    SubjectKind,
    Urgency,
)
from desktop.sentences import Said, said
from desktop.services import audit
from desktop.services.casefile import CaseFile, create_case_file, open_case_file
from desktop.services.facade import Services
from desktop.services.geo import CrossingPoint, crossing_points
from desktop.services.loans import ItemReturn
from desktop.services.requests import LoanLine, NewRequest
from desktop.vault import KdfParams

DEMO_MEMBERS = (
    ("Claire Dubois", Role.SUPERVISOR, "BE-FEDPOL-CGI"),
    ("Pieter Janssens", Role.DUTY_OFFICER, "BE-FEDPOL-CGI"),
    ("Sofie Peeters", Role.INVESTIGATOR, "BE-FEDPOL"),
    ("Marc Wagner", Role.SUPERVISOR, "BE-FEDPOL-CGI"),
    ("Nadia El Amrani", Role.ADMINISTRATOR, "BE-FEDPOL-CGI"),
)
# The demo PKI: our signers, the partners' signers, and the agencies that receive encrypted packages.
DEMO_PKI_PEOPLE = (
    ("Claire Dubois", "BE", "BE-FEDPOL-CGI"),
    ("Marc Wagner", "BE", "BE-FEDPOL-CGI"),
    ("Pieter Janssens", "BE", "BE-FEDPOL-CGI"),
    ("Joris de Vries", "NL", "NL-POLITIE-LIMBURG"),
    ("Marie Weber", "LU", "LU-POLICE-DRI"),
)
DEMO_PKI_AGENCIES = (("BE-FEDPOL-CGI", "BE"), ("NL-POLITIE-LIMBURG", "NL"), ("LU-POLICE-DRI", "LU"))
DEMO_PKI_RSA_PEOPLE = frozenset({"Marc Wagner"})
PARTNERS = (
    "NL-POLITIE-LIMBURG",
    "NL-POLITIE-ZEELAND-WEST-BRABANT",
    "NL-KMAR",
    "LU-POLICE",
    "LU-POLICE-DRI",
    "NL-POLITIE-LE",
    "EPICC",
)
ZONE = "Europe/Brussels"

_TOPICS = (
    "stolen vehicle ring",
    "cash-in-transit robbery",
    "cannabis plantation",
    "ATM explosive attacks",
    "drug transport A2",
    "human trafficking",
    "cargo theft at logistics park",
    "fraud with invoices",
    "missing person near the border",
    "football match Standard–PSV",
    "Tour de France stage",
    "flooding of the Meuse",
)


@dataclass(frozen=True)
class DemoResult:
    path: Path
    members: tuple[str, ...]
    cases: int
    requests: int
    recovery_code: str


def _utc(**delta: float) -> datetime:
    return datetime.now(UTC) + timedelta(**delta)


def make_demo(
    path: Path,
    passphrase: str,
    *,
    cases: int = 12,
    requests: int = 60,
    kdf: KdfParams | None = None,
    progress: Callable[[Said], None] = lambda _message: None,
    seed: int = 2026,
) -> DemoResult:
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not a secret
    first_name, first_role, first_agency = DEMO_MEMBERS[0]
    progress(said("Creating the case file and its members…"))
    case_file, recovery = create_case_file(
        path,
        member_name=first_name,
        role=first_role,
        passphrase=passphrase,
        agency_code=first_agency,
        kdf=kdf,
    )
    services = Services(case_file)
    for name, role, agency in DEMO_MEMBERS[1:]:
        services.members.add(name, role, passphrase, agency_code=agency, kdf=kdf)
    case_file.close()

    duty = open_case_file(path, passphrase, member="Pieter Janssens")
    try:
        progress(said("Filing cases and requests…"))
        case_refs = _cases(Services(duty), cases, rng)
        _almanac(Services(duty))
        to_decide = _requests(duty, case_refs, min(requests, 100), rng)
    finally:
        duty.close()
    supervisor = open_case_file(path, passphrase, member="Claire Dubois")
    try:
        _decide(Services(supervisor), to_decide)
        _spread_over_the_year(supervisor, rng)
    finally:
        supervisor.close()
    if requests > 100:
        progress(said("Adding {count:,} more requests in bulk…", count=requests - 100))
        bulk = open_case_file(path, passphrase, member="Pieter Janssens")
        try:
            _bulk_requests(bulk, requests - 100, rng)
        finally:
            bulk.close()
    progress(said("Done."))
    return DemoResult(path, tuple(m[0] for m in DEMO_MEMBERS), cases, requests, recovery)


# Invented liaison officers (names, numbers and addresses are fictitious; the agencies are real).
_ALMANAC_CSV = """name,agency,posting,languages,phone,email,coverage,notes
Joris de Vries,NL-POLITIE-LIMBURG,Desk Maastricht,nl;en;de,+31 43 555 0101,j.devries@example.nl,Zuid-Limburg,24/7 via the desk
Sanne Jacobs,NL-POLITIE-ZEELAND-WEST-BRABANT,Roosendaal,nl;en,+31 165 555 0102,s.jacobs@example.nl,Zeeland,
Marie Weber,LU-POLICE,Direction des relations internationales,fr;de;lb;en,+352 555 0103,m.weber@example.lu,Grand Duchy,
Luc Schmit,CCPD-LU,Police and Customs Cooperation Centre,fr;de;lb,+352 555 0104,l.schmit@example.lu,BE-LU-FR-DE border,Night shift
Els Peeters,BE-LPZ-MAASLAND,Zone Maasland intervention,nl;fr;en,+32 89 555 0105,e.peeters@example.be,Maasmechelen and Lanaken,
Thomas Dupont,BE-FEDPOL-CGI,SPOC Brussels,fr;nl;en,+32 2 555 0106,t.dupont@example.be,Belgium,Single point of contact
Anke Mertens,EPICC,Euregional centre Heerlen,nl;de;fr;en,+31 45 555 0107,a.mertens@example.eu,Meuse-Rhine Euregion,
Pierre Lambert,CCPD-TOURNAI,Centre de coopération Tournai,fr;nl,+32 69 555 0108,p.lambert@example.be,BE-FR border,
"""


def _almanac(services: Services) -> None:
    services.almanac.import_csv(_ALMANAC_CSV.encode("utf-8"))


def _crossing_point(partner: str, rng: random.Random) -> CrossingPoint:
    """A seeded motorway crossing between Belgium and the partner's country (the demo's lead is Belgian)."""
    country = partner.split("-", 1)[0]
    points = [point for point in crossing_points() if set(point.countries) == {"BE", country}]
    return rng.choice(points or list(crossing_points()))


def _crossing_events(
    services: Services,
    reference: str,
    kind: CaseKind,
    partner: str,
    start: datetime,
    urgent: bool,
    rng: random.Random,
) -> None:
    """Start, border crossing at a seeded crossing point, and the host's notification.

    Pursuits notify on crossing, a few minutes late now and then; urgent observations within
    the 5 hours, one in three later; a non-urgent observation has its authorisation before it
    crosses. One case in five never records the notification, so every colour of the map and
    the dashboard shows on the demo.
    """
    point = _crossing_point(partner, rng)
    services.cases.add_event(
        reference,
        occurred_at=start,
        zone=ZONE,
        kind=EventKind.START,
        description="Suspect vehicle picked up by ANPR.",
        latitude=round(point.lat + rng.uniform(0.05, 0.15), 4),
        longitude=round(point.lon - rng.uniform(0.05, 0.2), 4),
    )
    crossed = start + timedelta(minutes=rng.randint(10, 50))
    if kind is CaseKind.OBSERVATION and not urgent:
        services.cases.add_event(
            reference,
            occurred_at=crossed - timedelta(hours=rng.randint(2, 20)),
            zone=ZONE,
            kind=EventKind.AUTHORISATION_RECEIVED,
            description="Written authorisation of the host state received.",
            agency_code=partner,
        )
    services.cases.add_event(
        reference,
        occurred_at=crossed,
        zone=ZONE,
        kind=EventKind.BORDER_CROSSED,
        description=f"Crossed the border at {point.name} ({point.road}).",
        location=f"{point.road} {point.name}",
        latitude=point.lat,
        longitude=point.lon,
    )
    if rng.random() < 0.2:
        return
    if kind is CaseKind.PURSUIT or not urgent:
        delay = timedelta(minutes=rng.choice([-10, -5, 0, 0, 0, 5, 20]))
    else:
        delay = timedelta(minutes=rng.choice([40, 90, 180, 240, 290, 330, 420]))
    services.cases.add_event(
        reference,
        occurred_at=crossed + delay,
        zone=ZONE,
        kind=EventKind.HOST_NOTIFIED,
        description="Host control room informed by phone.",
        agency_code=partner,
    )


def _cases(services: Services, count: int, rng: random.Random) -> list[str]:
    kinds = list(CaseKind)
    refs = []
    for index in range(count):
        kind = kinds[index % len(kinds)]
        topic = _TOPICS[index % len(_TOPICS)]
        partner = PARTNERS[index % len(PARTNERS)]
        start = _utc(days=-rng.randint(1, 60), hours=-rng.randint(0, 12))
        details: dict[str, object] = {}
        if kind is CaseKind.JOINT_INVESTIGATION:
            details = {
                "purpose": f"Joint investigation into a {topic}",
                "period_start": start,
                "period_end": start + timedelta(days=540),
                "parties": ["BE-FEDPOL", partner],
                "leaders": ["Sofie Peeters", "team leader " + partner],
                "states_of_operation": "BE, NL",
            }
        elif kind is CaseKind.OBSERVATION:
            details = {"urgent": index % 2 == 0, "target": f"Suspects of the {topic}"}
        elif kind is CaseKind.EVENT_ASSISTANCE:
            details = {
                "event_name": topic.capitalize(),
                "location": "Liège / Maastricht",
                "starts_at": start,
                "ends_at": start + timedelta(hours=10),
                "nature": "Public order and traffic",
            }
        elif kind is CaseKind.PURSUIT:
            details = {
                "offence": "Armed robbery",
                "vehicles": "Grey Audi A6, plate 1-ABC-234",
                "crossing_point": "E314 Lanaken – Maastricht",
            }
        case = services.cases.create(
            kind,
            f"{topic.capitalize()} ({kind.value.replace('_', ' ')})",
            summary=f"Cross-border {kind.value.replace('_', ' ')} with {partner}.",
            partner_code=partner,
            lead_agency_code="BE-FEDPOL",
            details=details,
        )
        refs.append(case.reference)
        if kind in (CaseKind.PURSUIT, CaseKind.OBSERVATION):
            _crossing_events(services, case.reference, kind, partner, start, bool(details.get("urgent")), rng)
        services.cases.add_subject(
            case.reference, SubjectKind.VEHICLE, "Grey Audi A6 1-ABC-234", "Stolen in Hasselt"
        )
        services.cases.add_subject(
            case.reference, SubjectKind.PERSON, f"Suspect {index + 1}", "Born 1990, NL national"
        )
        services.cases.add_note(
            case.reference, f"Briefing held with {partner}; next contact through the SPOC."
        )
        services.cases.add_task(
            case.reference,
            "Send the written report to the host authority",
            due_at=_utc(days=rng.randint(-3, 10)),
        )
        if index % 4 == 0:
            services.cases.add_attachment(
                case.reference, "briefing.txt", f"Briefing notes for {topic}.\n".encode(), "text/plain"
            )
    return refs


def _new(
    kind: RequestKind, partner: str, events_on: datetime, title: str, rng: random.Random, **extra: object
) -> NewRequest:
    values: dict[RequestKind, tuple[str, dict[str, object]]] = {
        RequestKind.INFORMATION_REQUEST: (
            "dir-2023-977:4",
            {
                "information_requested": "Registered keeper and history of the vehicle",
                "purpose": "Identify the suspects",
                "reasons": "Vehicle used in a robbery",
            },
        ),
        RequestKind.HOT_PURSUIT_NOTICE: (
            "cisa:41",
            {
                "crossing_time": events_on,
                "crossing_point": "E314 Lanaken",
                "pursued": "Grey Audi A6",
                "offence": "Armed robbery",
                "host_contact": "Meldkamer Limburg",
            },
        ),
        RequestKind.ASSISTANCE: (
            "pruem-2008:18",
            {
                "event": "Football match",
                "nature_of_action": "Public order units",
                "operational_necessity": "High-risk match",
                "period_from": events_on,
            },
        ),
        RequestKind.SURVEILLANCE_AUTHORISATION: (
            "cisa:40.1",
            {
                "observed_persons": "Two suspects",
                "facts": "Drug trafficking",
                "operational_necessity": "Follow the transport",
                "period_from": events_on,
                "period_to": events_on + timedelta(days=5),
                "teams": "Observation team 3",
            },
        ),
        RequestKind.SPONTANEOUS_INFORMATION: (
            "cisa:46",
            {"information": "Sighting of a wanted vehicle", "purpose": "Prevention"},
        ),
        RequestKind.SPECIAL_INTERVENTION_UNIT: (
            "sit-2008:request",
            {
                "event": "Hostage situation",
                "unit_requested": "DSU",
                "operational_necessity": "Host unit cannot arrive in time",
                "period_from": events_on,
            },
        ),
        RequestKind.JOINT_PATROL: (
            "pruem-2008:17",
            {
                "area": "Border area Maastricht–Lanaken",
                "period_from": events_on,
                "period_to": events_on + timedelta(hours=8),
                "teams": "2 crews each",
            },
        ),
    }
    basis, form = values[kind]
    return NewRequest(
        kind=kind,
        partner_code=partner,
        legal_basis=basis,
        events_on=events_on,
        title=title,
        body=f"{title}. Requested by the Federal Police, CGI.",
        form_values=form,
        **extra,
    )  # type: ignore[arg-type]


def _requests(
    case_file: CaseFile, case_refs: list[str], count: int, rng: random.Random
) -> list[tuple[str, RequestStatus]]:
    services = Services(case_file)
    kinds = [
        RequestKind.INFORMATION_REQUEST,
        RequestKind.HOT_PURSUIT_NOTICE,
        RequestKind.ASSISTANCE,
        RequestKind.SURVEILLANCE_AUTHORISATION,
        RequestKind.SPONTANEOUS_INFORMATION,
        RequestKind.SPECIAL_INTERVENTION_UNIT,
        RequestKind.JOINT_PATROL,
        RequestKind.EQUIPMENT_LOAN,
    ]
    plan = [
        RequestStatus.DRAFT,
        RequestStatus.SUBMITTED,
        RequestStatus.APPROVED,
        RequestStatus.REJECTED,
        RequestStatus.SENT,
        RequestStatus.ANSWERED,
        RequestStatus.CLOSED,
        RequestStatus.CANCELLED,
        RequestStatus.RECEIVED,
        RequestStatus.HANDED_OVER,
        RequestStatus.RETURNED,
    ]
    pending_decisions: list[tuple[str, RequestStatus]] = []
    for index in range(count):
        kind = kinds[index % len(kinds)]
        target = plan[index % len(plan)]
        partner = PARTNERS[rng.randrange(len(PARTNERS))]
        events_on = _utc(days=-rng.randint(0, 20), hours=-rng.randint(0, 20))
        topic = _TOPICS[rng.randrange(len(_TOPICS))]
        incoming = target is RequestStatus.RECEIVED or (target is RequestStatus.ANSWERED and index % 2)
        extra: dict[str, object] = {
            # One request in three belongs to a case (and stays at the case's time); the others
            # make the year's history of the dashboard.
            "case_reference": case_refs[index % len(case_refs)] if case_refs and index % 3 == 0 else None
        }
        if kind is RequestKind.INFORMATION_REQUEST:
            extra["urgency"] = Urgency.URGENT if index % 3 == 0 else Urgency.NORMAL
            extra["information_access"] = (
                InformationAccess.DIRECT if index % 2 else InformationAccess.INDIRECT
            )
        if incoming:
            extra["direction"] = Direction.INCOMING
            extra["received_at"] = events_on
            extra["external_reference"] = f"NL-{rng.randint(100000, 999999)}"
        if kind is RequestKind.EQUIPMENT_LOAN:
            new = NewRequest(
                kind=kind,
                partner_code=partner,
                legal_basis="benelux-2018:equipment-loan",
                events_on=events_on,
                title=f"Loan of equipment for the {topic}",
                body="Equipment needed for a joint operation.",
                form_values={"purpose": f"Operation on the {topic}"},
                loan_start=events_on,
                loan_end=events_on + timedelta(days=rng.choice([2, 5, 14])),
                loan_lines=(
                    LoanLine("Thermal camera", 2, "TC-0101, TC-0102"),
                    LoanLine("Radio set (ASTRID/C2000)", 4),
                ),
                **extra,
            )  # type: ignore[arg-type]
        else:
            new = _new(
                kind,
                partner,
                events_on,
                f"{kind.value.replace('_', ' ').capitalize()}: {topic}",
                rng,
                **extra,
            )
        request = services.requests.create(new)
        pending_decisions.append((request.reference, target))
    # Loans in every situation the loan list distinguishes: overdue, due soon, out, returned.
    for days_ago, length, target, item in (
        (25, 7, RequestStatus.HANDED_OVER, "Drone with thermal camera"),
        (12, 4, RequestStatus.HANDED_OVER, "Mobile ANPR unit"),
        (3, 6, RequestStatus.HANDED_OVER, "Riot shields"),
        (2, 20, RequestStatus.HANDED_OVER, "Armoured vehicle"),
        (40, 10, RequestStatus.RETURNED, "Crowd barriers"),
    ):
        start = _utc(days=-days_ago)
        loan = services.requests.create(
            NewRequest(
                kind=RequestKind.EQUIPMENT_LOAN,
                partner_code=PARTNERS[days_ago % len(PARTNERS)],
                legal_basis="benelux-2018:equipment-loan",
                events_on=start,
                title=f"Loan: {item}",
                body=f"Loan of {item.lower()} for a joint operation.",
                form_values={"purpose": "Joint operation"},
                loan_start=start,
                loan_end=start + timedelta(days=length),
                loan_lines=(LoanLine(item, 1, f"SN-{days_ago:04d}"),),
            )
        )
        pending_decisions.append((loan.reference, target))
    return _file_and_submit(services, pending_decisions)


def _file_and_submit(
    duty: Services, plan: list[tuple[str, RequestStatus]]
) -> list[tuple[str, RequestStatus]]:
    """As the duty officer: answer incoming requests, submit outgoing ones. Returns what needs a decision."""
    needs_decision = []
    for reference, target in plan:
        view = duty.requests.show(reference)
        if view.direction == Direction.INCOMING.value:
            if target is RequestStatus.ANSWERED:
                duty.requests.record_answer(reference, "Information provided through the SPOC.")
            continue
        if target not in (RequestStatus.DRAFT, RequestStatus.RECEIVED):
            duty.requests.submit(reference)
            if target is not RequestStatus.SUBMITTED:
                needs_decision.append((reference, target))
    return needs_decision


def _decide(sup: Services, plan: list[tuple[str, RequestStatus]]) -> None:
    """As a supervisor who did not file them (four-eyes holds in the demo too): decide, send, follow up."""
    for reference, target in plan:
        if target is RequestStatus.REJECTED:
            sup.requests.reject(reference, "Legal basis to be clarified with the partner first.")
            continue
        sup.requests.approve(reference)
        if target is RequestStatus.APPROVED:
            continue
        if target is RequestStatus.CANCELLED:
            sup.requests.cancel(reference, "No longer needed.")
            continue
        sup.requests.mark_sent(reference)
        if target is RequestStatus.SENT:
            continue
        sup.requests.record_answer(reference, "Request granted; contact person named in the attached reply.")
        if target is RequestStatus.CLOSED:
            sup.requests.close(reference)
        elif target in (RequestStatus.HANDED_OVER, RequestStatus.RETURNED):
            view = sup.requests.show(reference)
            if view.loan is None:
                continue
            sup.loans.hand_over(reference, at=view.loan.period_start)
            if target is RequestStatus.RETURNED:
                sup.loans.record_return(
                    reference,
                    [
                        ItemReturn(
                            item.id,
                            ItemCondition.GOOD if n else ItemCondition.DAMAGED,
                            "" if n else "Cracked housing",
                        )
                        for n, item in enumerate(view.loan.items)
                    ],
                )


_FINISHED = (RequestStatus.ANSWERED, RequestStatus.CLOSED, RequestStatus.REJECTED, RequestStatus.CANCELLED)
# Hours from sending (or receipt) to the answer: most within the 8 h / 3 day / 7 day deadlines
# of Directive 2023/977, some late, so the dashboard's answer-time chart has something to show.
_ANSWER_HOURS = (1, 3, 6, 7, 10, 20, 40, 65, 80, 120, 150, 190)


def _spread_over_the_year(case_file: CaseFile, rng: random.Random) -> None:
    """Move the finished demo requests back over the last eleven months, answered after a
    realistic delay. The services stamp everything 'now'; a demo made today would otherwise show
    one month of activity and answers in zero hours. Open requests and loans keep their times:
    their deadlines and loan periods are meant to be current."""
    now = datetime.now(UTC)
    with case_file.unit_of_work("demo.history") as session:
        rows = session.scalars(
            select(Request).where(
                Request.status.in_([status.value for status in _FINISHED]),
                Request.kind != RequestKind.EQUIPMENT_LOAN.value,
                Request.case_id.is_(None),
            )
        ).all()
        for request in rows:
            back = timedelta(days=rng.randint(20, 330), hours=rng.randint(0, 23))
            for column in ("created_at", "submitted_at", "decided_at", "sent_at", "received_at", "due_at"):
                value = getattr(request, column, None)
                if value is not None:
                    setattr(request, column, value - back)
            start = request.sent_at or request.received_at
            if request.answered_at is not None and start is not None:
                request.answered_at = min(start + timedelta(hours=rng.choice(_ANSWER_HOURS)), now)
        audit.append(
            session.connection(),
            case_file.actor,
            "demo.history",
            "request",
            "",
            {"count": len(rows), "note": "demo requests moved back over the year"},
        )


def _bulk_requests(case_file: CaseFile, count: int, rng: random.Random) -> None:
    with case_file.unit_of_work("demo.bulk") as session:
        agencies = dict(session.execute(select(Agency.code, Agency.id)).all())
        own = agencies["BE-FEDPOL-CGI"]
        member = case_file.actor.member_id
        statuses = [
            s.value
            for s in (
                RequestStatus.DRAFT,
                RequestStatus.SUBMITTED,
                RequestStatus.SENT,
                RequestStatus.ANSWERED,
                RequestStatus.CLOSED,
                RequestStatus.RECEIVED,
            )
        ]
        now = datetime.now(UTC)
        year = now.year
        rows = []
        for number in range(count):
            partner = agencies[PARTNERS[number % len(PARTNERS)]]
            status = statuses[number % len(statuses)]
            topic = _TOPICS[rng.randrange(len(_TOPICS))]
            finished = status in ("answered", "closed")
            # Open requests are recent (their deadlines are current); finished ones spread over the year.
            sent = now - timedelta(hours=rng.randint(0, 24 * (330 if finished else 30)))
            answered = min(sent + timedelta(hours=rng.choice(_ANSWER_HOURS)), now) if finished else None
            rows.append(
                {
                    "reference": f"BULK-{year}-{number + 1:07d}",
                    "kind": RequestKind.INFORMATION_REQUEST.value,
                    "direction": Direction.INCOMING.value
                    if status == "received"
                    else Direction.OUTGOING.value,
                    "requesting_agency_id": own,
                    "requested_agency_id": partner,
                    "partner_agency_id": partner,
                    "legal_basis": "dir-2023-977:4",
                    "events_on": sent - timedelta(days=1),
                    "urgency": "normal",
                    "title": f"Information request on the {topic} #{number + 1}",
                    "body": f"Please provide registration data linked to the {topic}.",
                    "form_values": {},
                    "handling_code": "H1",
                    "source_evaluation": "B",
                    "information_evaluation": "2",
                    "status": status,
                    "due_at": sent + timedelta(days=7) if status in ("sent", "received") else None,
                    "created_by_id": member,
                    "created_at": sent,
                    "sent_at": sent if status != "draft" else None,
                    "received_at": sent if status == "received" else None,
                    "answered_at": answered,
                    "answer": "",
                    "external_reference": "",
                    "rejection_reason": "",
                }
            )
        session.execute(insert(Request), rows)
        audit.append(
            session.connection(),
            case_file.actor,
            "demo.bulk_requests",
            "request",
            "",
            {"count": count, "note": "demo data inserted in bulk"},
        )
