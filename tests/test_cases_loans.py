"""Cases and their contents (details per kind, timeline across DST, timers, attachments), loans we lend
out, and the liaison-officer almanac's CSV import and export.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from desktop.models import LiaisonOfficer, utcnow
from desktop.models.enums import (
    CaseKind,
    Direction,
    EventKind,
    ItemCondition,
    RequestKind,
    SubjectKind,
)
from desktop.services.almanac_csv import parse_almanac_csv
from desktop.services.cases import MAX_ATTACHMENT_BYTES
from desktop.services.errors import InvalidInput, NotFound
from desktop.services.facade import Services
from desktop.services.loans import ItemReturn
from desktop.services.requests import LoanLine, NewRequest

BRUSSELS = ZoneInfo("Europe/Brussels")
NL = "NL-POLITIE-LIMBURG"


def _audit_count(services: Services) -> int:
    with services.case_file.reading() as session:
        return session.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()


# -- cases and their kind-specific details -------------------------------------------------------

_T = datetime(2026, 5, 4, 9, 0, tzinfo=BRUSSELS)

DETAILS = {
    CaseKind.PURSUIT: {
        "started_at": _T,
        "crossing_point": "A2 at Maastricht-Noord",
        "offence": "Armed robbery",
        "vehicles": "Grey Audi A4, 1-ABC-123",
    },
    CaseKind.OBSERVATION: {"urgent": True, "authorisation_reference": "", "target": "White Mercedes van"},
    CaseKind.JOINT_INVESTIGATION: {
        "purpose": "Cocaine trafficking through the port of Antwerp",
        "period_start": _T,
        "period_end": _T + timedelta(days=365),
        "parties": ["BE", "NL"],
        "leaders": ["Insp. Peeters", "Insp. de Vries"],
        "states_of_operation": "BE,NL",
        "extensions": [{"until": "2027-11-01", "reason": "new leads"}],
    },
    CaseKind.EVENT_ASSISTANCE: {
        "event_name": "Tour de France stage",
        "location": "Liège",
        "starts_at": _T,
        "ends_at": _T + timedelta(hours=10),
        "nature": "Traffic and crowd control",
    },
}


@pytest.mark.parametrize("kind", DETAILS.keys(), ids=lambda k: k.value)
def test_each_case_kind_keeps_its_details(tmp_case, open_as, kind) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        created = s.cases.create(kind, f"A {kind.value} case", partner_code=NL, lead_agency_code="BE-FEDPOL")
        assert created.reference.startswith(f"CASE-{utcnow().year}-")
        s.cases.update_details(created.reference, DETAILS[kind])
    with open_as(tmp_case.path, "Sue") as s:
        shown = s.cases.show(created.reference)
    assert (shown.kind, shown.status, shown.partner_agency, shown.lead_agency) == (
        kind.value,
        "open",
        NL,
        "BE-FEDPOL",
    )
    for key, value in DETAILS[kind].items():
        expected = value.astimezone(UTC) if isinstance(value, datetime) else value
        assert shown.details[key] == expected, key


@pytest.mark.parametrize("kind", [k for k in CaseKind if k not in DETAILS], ids=lambda k: k.value)
def test_kinds_without_specific_fields_are_created_plain_and_refuse_details(tmp_case, open_as, kind) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        view = s.cases.create(kind, "Plain case")
        assert view.details == {}
        entries = _audit_count(s)
        with pytest.raises(InvalidInput, match="has no kind-specific fields"):
            s.cases.create(kind, "With details", details={"purpose": "x"})
        assert _audit_count(s) == entries
        assert len(s.cases.list()) == 1


@pytest.mark.parametrize(
    ("details", "sentence"),
    [
        ({"colour": "red"}, "Unknown field for a case of the kind pursuit: colour"),
        ({"started_at": datetime(2026, 5, 4, 9, 0)}, "The field started_at needs a time zone"),
    ],
    ids=["unknown-field", "naive-datetime"],
)
def test_bad_case_details_are_refused_and_nothing_written(tmp_case, open_as, details, sentence) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        entries = _audit_count(s)
        with pytest.raises(InvalidInput, match=sentence):
            s.cases.create(CaseKind.PURSUIT, "Pursuit", details=details)
        with pytest.raises(InvalidInput, match="needs a title"):
            s.cases.create(CaseKind.PURSUIT, "  ")
        assert _audit_count(s) == entries
        assert s.cases.list() == []


def test_case_list_filters_and_closing(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        pursuit = s.cases.create(CaseKind.PURSUIT, "Pursuit of the grey Audi", summary="Started in Genk")
        patrol = s.cases.create(CaseKind.JOINT_PATROL, "Joint patrol Maastricht station")
        assert s.cases.close(patrol.reference).status == "closed"
        with pytest.raises(InvalidInput, match="already closed"):
            s.cases.close(patrol.reference)
        assert [c.reference for c in s.cases.list(kind=CaseKind.PURSUIT)] == [pursuit.reference]
        assert [c.reference for c in s.cases.list(status="closed")] == [patrol.reference]
        assert [c.reference for c in s.cases.list(text="genk")] == [pursuit.reference]
        assert [c.reference for c in s.cases.list(text="maastricht")] == [patrol.reference]
        with pytest.raises(NotFound, match="There is no case"):
            s.cases.show("CASE-1999-00001")


# -- timeline ------------------------------------------------------------------------------------


def test_timeline_stores_utc_with_zone_and_shows_local_time_across_dst(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.OBSERVATION, "Night observation")
        later = s.cases.add_event(
            case.reference,
            occurred_at=datetime(2026, 3, 29, 3, 30),
            zone="Europe/Brussels",
            kind=EventKind.OBSERVATION,
            description="Van leaves the garage",
        )
        earlier = s.cases.add_event(
            case.reference,
            occurred_at=datetime(2026, 3, 29, 1, 30),
            zone="Europe/Brussels",
            kind=EventKind.OBSERVATION,
            description="Van arrives at the garage",
        )
        remote = s.cases.add_event(
            case.reference,
            occurred_at=datetime(2026, 3, 29, 0, 45, tzinfo=UTC),
            zone="Europe/Luxembourg",
            kind=EventKind.OTHER,
            description="Luxembourg colleagues informed",
        )
        assert earlier.occurred_at == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
        assert later.occurred_at == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
        assert later.occurred_at - earlier.occurred_at == timedelta(hours=1)  # two wall-clock hours apart
        assert earlier.local_time == "2026-03-29 01:30 CET (Europe/Brussels)"
        assert later.local_time == "2026-03-29 03:30 CEST (Europe/Brussels)"
        assert remote.local_time == "2026-03-29 01:45 CET (Europe/Luxembourg)"

        timeline = s.cases.show(case.reference).timeline
        assert [e.description for e in timeline] == [
            "Van arrives at the garage",
            "Luxembourg colleagues informed",
            "Van leaves the garage",
        ]
        with s.case_file.reading() as session:
            stored = session.execute(
                text("SELECT occurred_at, entered_zone FROM case_event ORDER BY occurred_at")
            ).all()
        assert [tuple(row) for row in stored] == [
            ("2026-03-29T00:30:00.000000Z", "Europe/Brussels"),
            ("2026-03-29T00:45:00.000000Z", "Europe/Luxembourg"),
            ("2026-03-29T01:30:00.000000Z", "Europe/Brussels"),
        ]


@pytest.mark.parametrize(
    ("kwargs", "sentence"),
    [
        ({"zone": "Europe/Atlantis"}, "is not a known time zone"),
        ({"latitude": 91.0, "longitude": 5.0}, "outside the globe"),
        ({"longitude": -181.0}, "outside the globe"),
    ],
    ids=["unknown-zone", "latitude", "longitude"],
)
def test_bad_event_is_refused_and_nothing_written(tmp_case, open_as, kwargs, sentence) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.PURSUIT, "Pursuit")
        entries = _audit_count(s)
        arguments = {
            "occurred_at": datetime(2026, 5, 4, 9, 0),
            "zone": "Europe/Brussels",
            "kind": EventKind.START,
            **kwargs,
        }
        with pytest.raises(InvalidInput, match=sentence):
            s.cases.add_event(case.reference, **arguments)
        assert _audit_count(s) == entries
        assert s.cases.show(case.reference).timeline == ()


def test_pursuit_crossing_creates_notify_host_timer_until_host_notified(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.PURSUIT, "Pursuit on the E314", partner_code=NL)
        other = s.cases.create(CaseKind.PURSUIT, "Pursuit that ends in a closed case", partner_code=NL)
        assert s.due.next() == []
        s.cases.add_event(
            case.reference,
            occurred_at=datetime(2026, 3, 29, 1, 50),
            zone="Europe/Brussels",
            kind=EventKind.START,
            description="Robbery in Genk",
        )
        crossing = s.cases.add_event(
            case.reference,
            occurred_at=datetime(2026, 3, 29, 3, 10),
            zone="Europe/Brussels",
            kind=EventKind.BORDER_CROSSED,
            description="Crossed at Lanaken",
            location="Lanaken",
            latitude=50.89,
            longitude=5.65,
        )
        s.cases.add_event(
            other.reference,
            occurred_at=datetime(2026, 3, 29, 4, 0),
            zone="Europe/Brussels",
            kind=EventKind.BORDER_CROSSED,
        )
        details = s.cases.show(case.reference).details
        assert details["started_at"] == datetime(2026, 3, 29, 0, 50, tzinfo=UTC)
        assert details["crossed_at"] == crossing.occurred_at == datetime(2026, 3, 29, 1, 10, tzinfo=UTC)
        assert details["host_notified_at"] is None
        due = s.due.next()
        assert [(d.reference, d.what, d.due_at, d.overdue) for d in due] == [
            (case.reference, "notify host (pursuit)", crossing.occurred_at, True),
            (other.reference, "notify host (pursuit)", datetime(2026, 3, 29, 2, 0, tzinfo=UTC), True),
        ]
        s.cases.close(other.reference)

        s.cases.add_event(
            case.reference,
            occurred_at=datetime(2026, 3, 29, 3, 12),
            zone="Europe/Brussels",
            kind=EventKind.HOST_NOTIFIED,
            agency_code=NL,
        )
        assert s.cases.show(case.reference).details["host_notified_at"] == datetime(
            2026, 3, 29, 1, 12, tzinfo=UTC
        )
        assert s.due.next() == []
        assert s.cases.show(case.reference).timeline[-1].agency_code == NL


def test_urgent_observation_crossing_runs_5_hour_timer_until_authorised(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.OBSERVATION, "Urgent observation", details={"urgent": True})
        crossed = s.cases.add_event(
            case.reference,
            occurred_at=datetime(2026, 3, 29, 1, 30),
            zone="Europe/Brussels",
            kind=EventKind.BORDER_CROSSED,
        )
        due = s.due.next()
        assert [(d.what, d.due_at) for d in due] == [
            ("stop observation (5 h)", crossed.occurred_at + timedelta(hours=5))
        ]
        assert due[0].due_at.astimezone(BRUSSELS).strftime("%H:%M %Z") == "07:30 CEST"
        s.cases.add_event(
            case.reference,
            occurred_at=datetime(2026, 3, 29, 4, 0),
            zone="Europe/Brussels",
            kind=EventKind.AUTHORISATION_RECEIVED,
        )
        assert s.due.next() == []


# -- subjects, notes, tasks, links ---------------------------------------------------------------


def test_subjects_notes_tasks_and_linked_requests_show_on_the_case(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.INFORMATION_EXCHANGE, "Exchange about a burglary series")
        s.cases.add_subject(case.reference, SubjectKind.VEHICLE, "Grey Audi A4", "1-ABC-123")
        s.cases.add_note(case.reference, "Partner confirms the plate is cloned.")
        due_at = utcnow() + timedelta(days=2)
        task = s.cases.add_task(case.reference, "Call the Limburg desk", due_at)
        request = s.requests.create(
            NewRequest(
                kind=RequestKind.INFORMATION_REQUEST,
                partner_code=NL,
                legal_basis="dir-2023-977:4",
                events_on=utcnow(),
                title="Keeper of the Audi",
                form_values={"information_requested": "Keeper", "purpose": "Burglaries", "reasons": "Seen"},
            )
        )
        s.cases.link_request(case.reference, request.reference)
        with pytest.raises(NotFound):
            s.cases.link_request(case.reference, "OUT-1999-000001")
        with pytest.raises(InvalidInput):
            s.cases.add_note(case.reference, "   ")
        view = s.cases.show(case.reference)
        assert [(k, label, d) for _, k, label, d in view.subjects] == [
            ("vehicle", "Grey Audi A4", "1-ABC-123")
        ]
        assert [body for _, body, _ in view.notes] == ["Partner confirms the plate is cloned."]
        assert [(t_id, title, done) for t_id, title, _, done in view.tasks] == [
            (task, "Call the Limburg desk", None)
        ]
        assert view.requests == ((request.reference, "information_request", "draft"),)
        assert s.requests.show(request.reference).case_reference == case.reference
        assert [(d.what, d.reference) for d in s.due.next()] == [("task", case.reference)]
        s.cases.complete_task(task)
        assert s.due.next() == []
        with pytest.raises(NotFound):
            s.cases.complete_task(9999)


# -- attachments ---------------------------------------------------------------------------------


def test_attachment_is_stored_and_read_back_with_its_sha256(tmp_case, open_as) -> None:
    content = bytes(range(256)) * 400 + b"end of report"
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.PURSUIT, "Pursuit with a report")
        attachment_id = s.cases.add_attachment(
            case.reference, "C:\\Users\\anna\\Desktop\\report.pdf", content, "application/pdf"
        )
    with open_as(tmp_case.path, "Sue") as s:
        view = s.cases.show(case.reference)
        assert view.attachments == (
            (
                attachment_id,
                "report.pdf",
                "application/pdf",
                len(content),
                hashlib.sha256(content).hexdigest(),
            ),
        )
        assert s.cases.attachment_content(attachment_id) == ("report.pdf", content)
        with pytest.raises(NotFound):
            s.cases.attachment_content(attachment_id + 1)


def test_attachment_bigger_than_the_limit_is_refused_and_nothing_written(tmp_case, open_as) -> None:
    too_big = bytes(MAX_ATTACHMENT_BYTES + 1)  # zero pages from calloc: cheap, never touched
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.PURSUIT, "Pursuit")
        entries = _audit_count(s)
        with pytest.raises(InvalidInput, match="larger than 256 MB"):
            s.cases.add_attachment(case.reference, "video.mp4", too_big)
        with pytest.raises(InvalidInput, match="needs a file name"):
            s.cases.add_attachment(case.reference, "folder/", b"x")
        assert _audit_count(s) == entries
        assert s.cases.show(case.reference).attachments == ()


def test_attachment_whose_stored_bytes_changed_is_refused_on_reading(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.PURSUIT, "Pursuit")
        attachment_id = s.cases.add_attachment(case.reference, "photo.jpg", b"original bytes")
        s.case_file.vault.raw_connection().execute(
            "UPDATE attachment_blob SET content = ? WHERE attachment_id = ?",
            (b"swapped bytes", attachment_id),
        )
        with pytest.raises(InvalidInput, match="does not match its SHA-256"):
            s.cases.attachment_content(attachment_id)


# -- lending our own equipment (incoming loan request) -------------------------------------------


def test_incoming_loan_request_we_lend_out_is_handed_over_returned_and_closed(tmp_case, open_as) -> None:
    start = utcnow()
    with open_as(tmp_case.path, "Anna") as s:
        view = s.requests.create(
            NewRequest(
                kind=RequestKind.EQUIPMENT_LOAN,
                direction=Direction.INCOMING,
                partner_code=NL,
                legal_basis="benelux-2018:equipment-loan",
                events_on=start,
                title="NL borrows our drone",
                form_values={"purpose": "Search for a missing person"},
                loan_start=start,
                loan_end=start + timedelta(days=2),
                loan_lines=(LoanLine("Drone", 1, "DR-7"),),
            )
        )
        assert (view.status, view.requesting_agency, view.requested_agency) == ("received", NL, "BE-FEDPOL")
        s.requests.record_answer(view.reference, "Drone available from 14:00")
        out = s.loans.hand_over(view.reference)
        assert (out.status, out.direction, out.partner_code) == ("handed_over", "incoming", NL)
        returned = s.loans.record_return(view.reference, [ItemReturn(out.items[0].id, ItemCondition.GOOD)])
        assert returned.items[0].condition == "good"
        assert s.requests.close(view.reference).status == "closed"
        assert [v.request_reference for v in s.loans.list(state="returned")] == [view.reference]


# -- almanac -------------------------------------------------------------------------------------

ALMANAC_CSV = (
    "name;agency;posting;languages;phone;email;coverage;notes\r\n"
    "Jan Peeters;BE-FEDPOL;The Hague;nl,fr;+32 2 555 01 01;jan.peeters@police.example;NL, LU;Night desk\r\n"
    "Marie Dupont;LU-POLICE;Brussels;fr, de;+352 4997 0000;marie.dupont@police.example;BE;\r\n"
    "Piet de Vries;NL-POLITIE-LIMBURG;Liège;nl;;piet@politie.example;Euregio;=SUM(A1) looks like a formula\r\n"
    "Nobody Known;XX-NOWHERE;Paris;fr;;;;\r\n"
    "Bad Mail;BE-FEDPOL;Lille;fr;;not-an-address;;\r\n"
    ";BE-FEDPOL;;;;;;\r\n"
).encode("utf-8-sig")


def test_almanac_import_reports_row_errors_and_export_round_trips(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        report = s.almanac.import_csv(ALMANAC_CSV)
        assert (report.added, report.updated) == (3, 0)
        assert [(e.line, e.column) for e in report.errors] == [(5, "agency"), (6, "email"), (7, "name")]
        found = s.almanac.search()
        assert [o.name for o in found] == ["Jan Peeters", "Marie Dupont", "Piet de Vries"]
        assert found[0].languages == ("nl", "fr")
        assert found[2].notes == "=SUM(A1) looks like a formula"
        assert [o.name for o in s.almanac.search("liège")] == ["Piet de Vries"]

        exported = s.almanac.export_csv()
        assert exported.startswith(b"\xef\xbb\xbfname,agency,")
        assert b"'=SUM(A1)" in exported  # formula cells are neutralised for spreadsheets
        parsed = parse_almanac_csv(exported, known_agencies=["BE-FEDPOL", "LU-POLICE", "NL-POLITIE-LIMBURG"])
        assert parsed.errors == ()
        assert list(parsed.records) == found

        again = s.almanac.import_csv(exported)
        assert (again.added, again.updated, again.errors) == (0, 3, ())
        assert s.almanac.search() == found


def test_almanac_reimport_with_other_capitalisation_updates_the_same_officer(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        s.almanac.import_csv(b"name,agency,posting\nJan Peeters,BE-FEDPOL,The Hague\n")
        report = s.almanac.import_csv(b"name,agency,posting\njan peeters,BE-FEDPOL,Maastricht\n")
        with s.case_file.reading() as session:
            officers = session.scalar(select(func.count()).select_from(LiaisonOfficer))
    assert (report.added, report.updated, officers) == (0, 1, 1)
