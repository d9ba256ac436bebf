"""What the new-request form may offer: valid bases per kind, countries and day; markers; deadlines.

Pure tests run against the shipped catalogue; the case-file tests check that what is offered is
exactly what `RequestService.create` accepts, and that a previewed deadline is the one it stores.
Members (conftest.py): Sam and Sue are supervisors, Anna is a duty officer, all of BE-FEDPOL.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.models.enums import (
    CaseKind,
    Country,
    Direction,
    InformationAccess,
    RequestKind,
    SourceMarker,
    Urgency,
)
from desktop.services import request_options as ro
from desktop.services.catalogue import Catalogue, InvalidLegalBasis
from desktop.services.errors import InvalidInput, NotFound
from desktop.services.facade import Services
from desktop.services.requests import LoanLine, NewRequest

BE, NL, LU, DE = Country.BE, Country.NL, Country.LU, Country.DE
BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
K = RequestKind


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return Catalogue.load_default(overlay_dirs=[])


def at(day: date, hour: int = 12, zone: ZoneInfo = BRUSSELS) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=zone)


def bases(
    cat: Catalogue,
    kind: RequestKind,
    requesting: Country,
    requested: Country,
    when: datetime,
    **inputs: object,
) -> dict[str, ro.BasisOption]:
    found = ro.valid_bases(
        cat,
        kind=kind,
        requesting=requesting,
        requested=requested,
        events_at=when,
        inputs=ro.DeadlineInputs(now=NOW, **inputs),  # type: ignore[arg-type]
    )
    return {b.basis_id: b for b in found}


# -- which bases, by date, kind and countries ---------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "before", "after"),
    [
        (K.HOT_PURSUIT_NOTICE, {"benelux-2004:18", "cisa:41"}, {"cisa:41", "benelux-2018:pursuit"}),
        (
            K.EQUIPMENT_LOAN,
            {"benelux-2004:9", "benelux-2004:27", "pruem-2008:18"},
            {"pruem-2008:18", "benelux-2018:equipment-loan"},
        ),
        (K.SURVEILLANCE_AUTHORISATION, {"benelux-2004:19", "cisa:40.1"}, {"cisa:40.1", "benelux-2018:observation"}),
        (K.TRANSPORT_ESCORT, {"benelux-2004:20"}, {"benelux-2018:escort"}),
        (K.JOINT_PATROL, {"benelux-2004:25-26", "pruem-2008:17"}, {"benelux-2018:16.5", "pruem-2008:17"}),
        (K.SPECIAL_INTERVENTION_UNIT, {"sit-2008:request"}, {"benelux-2018:special-units", "sit-2008:request"}),
        (K.URGENT_SURVEILLANCE_NOTICE, {"cisa:40.2"}, {"cisa:40.2"}),
    ],
)  # fmt: skip
def test_the_2004_treaty_until_30_september_2023_the_2018_treaty_from_1_october(
    cat: Catalogue, kind: RequestKind, before: set[str], after: set[str]
) -> None:
    assert set(bases(cat, kind, BE, NL, at(date(2023, 9, 30)))) == before
    assert set(bases(cat, kind, BE, NL, at(date(2023, 10, 1)))) == after


def test_the_day_is_the_one_in_the_zone_the_officer_gave(cat: Catalogue) -> None:
    # 00:30 on 1 October in Brussels is still 30 September in UTC: the officer's day counts,
    # as RequestService.create decides it.
    brussels = datetime(2023, 10, 1, 0, 30, tzinfo=BRUSSELS)
    assert "benelux-2018:pursuit" in bases(cat, K.HOT_PURSUIT_NOTICE, BE, NL, brussels)
    assert "benelux-2004:18" not in bases(cat, K.HOT_PURSUIT_NOTICE, BE, NL, brussels)
    same_moment_in_utc = brussels.astimezone(UTC)
    assert "benelux-2004:18" in bases(cat, K.HOT_PURSUIT_NOTICE, BE, NL, same_moment_in_utc)


def test_information_requests_under_directive_2023_977_from_its_entry_into_force(cat: Catalogue) -> None:
    assert set(bases(cat, K.INFORMATION_REQUEST, BE, NL, at(date(2023, 6, 11)))) == set()
    assert set(bases(cat, K.INFORMATION_REQUEST, BE, NL, at(date(2023, 6, 12)))) == {"dir-2023-977:4"}
    after = bases(cat, K.INFORMATION_REQUEST, BE, NL, at(date(2024, 3, 1)))
    assert set(after) == {
        "benelux-2018:4.3",
        "benelux-2018:13.6",
        "benelux-2018:15.5",
        "dir-2023-977:4",
        "benelux-2018:hit-no-hit",
    }
    # Confirmed article numbers first, the one still to be confirmed last.
    assert list(after)[-1] == "benelux-2018:hit-no-hit"


def test_the_2004_treaty_applies_only_from_june_2006(cat: Catalogue) -> None:
    assert set(bases(cat, K.ASSISTANCE, BE, NL, at(date(2006, 5, 31)))) == {"cisa:39"}
    assert set(bases(cat, K.ASSISTANCE, BE, NL, at(date(2006, 6, 1)))) == {
        "benelux-2004:4",
        "benelux-2004:7",
        "cisa:39",
    }


def test_be_nl_only_agreements_are_not_offered_towards_luxembourg(cat: Catalogue) -> None:
    when = at(date(2025, 2, 1))
    assert "benelux-2018:16.5" in bases(cat, K.JOINT_PATROL, BE, NL, when)
    assert set(bases(cat, K.JOINT_PATROL, BE, LU, when)) == {"pruem-2008:17"}
    assert "benelux-2018:13.6" in bases(cat, K.INFORMATION_REQUEST, NL, BE, when)
    assert "benelux-2018:13.6" not in bases(cat, K.INFORMATION_REQUEST, LU, NL, when)


def test_benelux_treaties_are_not_offered_towards_germany(cat: Catalogue) -> None:
    offered = bases(cat, K.HOT_PURSUIT_NOTICE, BE, DE, at(date(2025, 2, 1)))
    assert set(offered) == {"cisa:41"}


def test_every_offered_basis_is_one_the_catalogue_validates(cat: Catalogue) -> None:
    days = [date(2006, 5, 31), date(2006, 6, 1), date(2023, 6, 12), date(2023, 9, 30), date(2023, 10, 1)]
    pairs = [(BE, NL), (NL, BE), (BE, LU), (LU, NL), (BE, DE)]
    for kind in RequestKind:
        for requesting, requested in pairs:
            for day in days:
                offered = bases(cat, kind, requesting, requested, at(day))
                for basis_id in offered:
                    cat.validate_basis(basis_id, kind, requesting, requested, day)
                others = {a.basis_id for a in cat.articles()} - set(offered)
                for basis_id in others:
                    with pytest.raises(InvalidLegalBasis):
                        cat.validate_basis(basis_id, kind, requesting, requested, day)


def test_no_basis_between_two_agencies_of_one_country(cat: Catalogue) -> None:
    assert bases(cat, K.ASSISTANCE, BE, BE, at(date(2025, 1, 1))) == {}
    assert str(ro.no_basis_reason(K.ASSISTANCE, BE, BE, date(2025, 1, 1))) == (
        "A request between two agencies in BE is not cross-border, so no cross-border legal basis applies."
    )


def test_a_special_unit_before_2008_has_no_basis_and_a_sentence_says_so(cat: Catalogue) -> None:
    assert bases(cat, K.SPECIAL_INTERVENTION_UNIT, BE, NL, at(date(2007, 5, 1))) == {}
    reason = ro.no_basis_reason(K.SPECIAL_INTERVENTION_UNIT, BE, NL, date(2007, 5, 1))
    assert str(reason) == (
        "No legal basis in the agreements catalogue covers a request of kind special_intervention_unit "
        "between BE and NL for events on 2007-05-01."
    )


def test_a_naive_time_is_refused(cat: Catalogue) -> None:
    with pytest.raises(InvalidInput, match="needs a time zone"):
        ro.valid_bases(cat, kind=K.ASSISTANCE, requesting=BE, requested=NL, events_at=datetime(2025, 1, 1))


def test_direction_decides_who_requests() -> None:
    assert ro.countries(Direction.OUTGOING, BE, LU) == (BE, LU)
    assert ro.countries(Direction.INCOMING, BE, LU) == (LU, BE)


# -- labels, markers and fields ------------------------------------------------------------------


def test_an_unconfirmed_article_is_marked_and_never_cited_as_settled_law(cat: Catalogue) -> None:
    offered = bases(cat, K.HOT_PURSUIT_NOTICE, BE, NL, at(date(2024, 5, 1)))
    pursuit, cisa = offered["benelux-2018:pursuit"], offered["cisa:41"]
    assert pursuit.unconfirmed and not pursuit.number_confirmed
    assert pursuit.reference == "Benelux Police Treaty 2018, article to be confirmed (cross-border pursuit)"
    # Timed like CISA art. 41 by analogy: the deadline is shown as not confirmed either.
    assert pursuit.rules_marker is SourceMarker.UNCONFIRMED
    assert not pursuit.deadline.confirmed
    assert not cisa.unconfirmed and cisa.reference == "CISA art. 41"
    assert cisa.deadline.confirmed


def test_a_general_knowledge_article_is_not_flagged_as_unconfirmed(cat: Catalogue) -> None:
    cisa39 = bases(cat, K.ASSISTANCE, BE, NL, at(date(2024, 5, 1)))["cisa:39"]
    assert cisa39.marker is SourceMarker.GENERAL_KNOWLEDGE
    assert cisa39.number_confirmed and not cisa39.unconfirmed


def test_an_article_unconfirmed_as_a_whole_is_flagged(cat: Catalogue) -> None:
    loan = bases(cat, K.EQUIPMENT_LOAN, BE, NL, at(date(2024, 5, 1)))["benelux-2018:equipment-loan"]
    assert loan.marker is SourceMarker.UNCONFIRMED and loan.unconfirmed


def test_fields_carry_labels_choices_and_whether_required(cat: Catalogue) -> None:
    art4 = bases(cat, K.ASSISTANCE, BE, NL, at(date(2020, 5, 1)))["benelux-2004:4"]
    by_id = {f.id: f for f in art4.fields}
    assert by_id["nature_of_action"].label == "Nature of the desired cross-border action"
    assert by_id["nature_of_action"].required and by_id["nature_of_action"].type == "text"
    assert by_id["crossing_scope"].type == "choice"
    assert [c for c, _label in by_id["crossing_scope"].choices] == ["single", "category"]
    assert all(label for _c, label in by_id["crossing_scope"].choices)
    assert not by_id["period_to"].required and by_id["period_to"].type == "datetime"
    assert {f.id for f in art4.required_fields} == {
        "nature_of_action",
        "operational_necessity",
        "crossing_scope",
        "period_from",
    }


def test_labels_follow_the_language(cat: Catalogue) -> None:
    [cisa] = [
        b
        for b in ro.valid_bases(
            cat,
            kind=K.HOT_PURSUIT_NOTICE,
            requesting=BE,
            requested=NL,
            events_at=at(date(2024, 1, 1)),
            lang="fr",
        )
        if b.basis_id == "cisa:41"
    ]
    assert cisa.reference == "CAAS art. 41"
    assert cisa.fields[0].label != "Time of border crossing"


# -- deadlines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("urgency", "access", "period"),
    [
        (Urgency.NORMAL, None, timedelta(days=7)),
        (Urgency.URGENT, InformationAccess.DIRECT, timedelta(hours=8)),
        (Urgency.URGENT, InformationAccess.INDIRECT, timedelta(days=3)),
        # Not yet classified: the stricter 8 hours, never a deadline learnt after it passed.
        (Urgency.URGENT, None, timedelta(hours=8)),
    ],
)
def test_directive_deadlines_counted_from_sending(
    cat: Catalogue, urgency: Urgency, access: InformationAccess | None, period: timedelta
) -> None:
    basis = bases(cat, K.INFORMATION_REQUEST, BE, NL, at(date(2026, 11, 20)), urgency=urgency, access=access)
    deadline = basis["dir-2023-977:4"].deadline
    assert deadline.rule_id == "dir-2023-977-art5"
    assert deadline.once_sent and deadline.counted_from == ro.FROM_SENDING
    assert deadline.period == period
    assert deadline.due_at == NOW + period
    assert deadline.description


def test_an_incoming_information_request_is_due_from_receipt(cat: Catalogue) -> None:
    received = NOW - timedelta(hours=2)
    preview = ro.deadline_preview(
        cat,
        "dir-2023-977:4",
        kind=K.INFORMATION_REQUEST,
        direction=Direction.INCOMING,
        events_at=at(date(2026, 11, 20)),
        inputs=ro.DeadlineInputs(
            urgency=Urgency.URGENT, access=InformationAccess.INDIRECT, received_at=received, now=NOW
        ),
    )
    assert not preview.once_sent and preview.counted_from == ro.FROM_RECEIPT
    assert preview.due_at == received + timedelta(days=3)
    assert preview.period == timedelta(days=3)


def test_an_urgent_observation_stops_five_hours_after_the_crossing(cat: Catalogue) -> None:
    events = at(date(2026, 11, 20), 10)
    crossing = events + timedelta(minutes=40)
    plain = bases(cat, K.URGENT_SURVEILLANCE_NOTICE, BE, NL, events)["cisa:40.2"].deadline
    assert plain.due_at == events + timedelta(hours=5)
    with_crossing = bases(
        cat, K.URGENT_SURVEILLANCE_NOTICE, BE, NL, events, form_values={"crossing_time": crossing}
    )["cisa:40.2"].deadline
    assert with_crossing.rule_id == "stop-observation-5h"
    assert with_crossing.due_at == crossing + timedelta(hours=5)
    assert with_crossing.period == timedelta(hours=5)
    assert with_crossing.counted_from == ro.FROM_CROSSING
    assert not with_crossing.confirmed  # the 5-hour rule is general knowledge


def test_a_pursuit_notice_is_due_at_the_crossing_when_outgoing_only(cat: Catalogue) -> None:
    crossing = at(date(2026, 11, 20), 3)
    outgoing = ro.deadline_preview(
        cat,
        "cisa:41",
        kind=K.HOT_PURSUIT_NOTICE,
        direction=Direction.OUTGOING,
        events_at=crossing,
        inputs=ro.DeadlineInputs(now=NOW),
    )
    assert outgoing.rule_id == "notify-on-crossing" and outgoing.due_at == crossing
    assert outgoing.period is None and outgoing.counted_from == ro.FROM_CROSSING
    incoming = ro.deadline_preview(
        cat, "cisa:41", kind=K.HOT_PURSUIT_NOTICE, direction=Direction.INCOMING, events_at=crossing
    )
    assert incoming.rule_id is None and incoming.due_at is None


def test_a_loan_is_due_back_at_the_end_of_its_period(cat: Catalogue) -> None:
    start = at(date(2026, 12, 1), 8)
    end = start + timedelta(days=10)
    offered = bases(cat, K.EQUIPMENT_LOAN, BE, NL, start, loan_start=start, loan_end=end)
    for basis in offered.values():
        assert basis.deadline.rule_id == "loan-return"
        assert basis.deadline.due_at == end
        assert basis.deadline.counted_from == ro.FROM_LOAN_END
    unknown = bases(cat, K.EQUIPMENT_LOAN, BE, NL, start)["pruem-2008:18"].deadline
    assert unknown.rule_id == "loan-return" and unknown.due_at is None


def test_a_basis_without_a_rule_has_no_deadline(cat: Catalogue) -> None:
    deadline = bases(cat, K.ASSISTANCE, BE, NL, at(date(2026, 1, 5)))["cisa:39"].deadline
    assert deadline == ro.DeadlinePreview(rule_id=None)


# -- over a real case file -------------------------------------------------------------------------

OpenAs = Callable[..., AbstractContextManager[Services]]
INFO_FIELDS = {
    "information_requested": "Registered keeper of a grey Audi A4",
    "purpose": "Burglary series in Maasmechelen",
    "reasons": "The vehicle was seen near three of the scenes",
}


def test_options_come_from_the_members_agency_and_the_partners_country(tmp_case, open_as: OpenAs) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as services:
        options = ro.options_for(
            services.case_file,
            kind=K.JOINT_PATROL,
            partner_code="LU-POLICE",
            events_at=at(date(2025, 3, 1)),
        )
        assert options.own_agency == "BE-FEDPOL"
        assert (options.requesting_country, options.requested_country) == (BE, LU)
        assert [b.basis_id for b in options.bases] == ["pruem-2008:17"]
        assert options.reason is None and options.events_on == date(2025, 3, 1)
        incoming = ro.options_for(
            services.case_file,
            kind=K.JOINT_PATROL,
            partner_code="NL-POLITIE-LIMBURG",
            events_at=at(date(2025, 3, 1)),
            direction=Direction.INCOMING,
        )
        assert (incoming.requesting_country, incoming.requested_country) == (NL, BE)
        assert incoming.basis("benelux-2018:16.5") is not None


def test_an_agency_of_ones_own_country_gets_a_reason_not_a_basis(tmp_case, open_as: OpenAs) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as services:
        options = ro.options_for(
            services.case_file,
            kind=K.ASSISTANCE,
            partner_code="BE-LPZ-MAASLAND",
            events_at=at(date(2025, 3, 1)),
        )
    assert options.bases == ()
    assert "not cross-border" in str(options.reason)


def test_unknown_or_own_agency_is_refused_in_one_sentence(tmp_case, open_as: OpenAs) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as services:
        with pytest.raises(NotFound, match="no agency with the code 'XX-NOWHERE'"):
            ro.options_for(services.case_file, kind=K.ASSISTANCE, partner_code="XX-NOWHERE", events_at=NOW)
        with pytest.raises(InvalidInput, match="another agency than your own"):
            ro.options_for(services.case_file, kind=K.ASSISTANCE, partner_code="BE-FEDPOL", events_at=NOW)


def test_form_choices_list_partners_abroad_and_open_cases(tmp_case, open_as: OpenAs) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Anna") as services:
        empty = ro.form_choices(services.case_file)
        assert empty.cases == ()
        case = services.cases.create(CaseKind.PURSUIT, "Grey Audi on the A2")
        choices = ro.form_choices(services.case_file)
    assert choices.own_agency == "BE-FEDPOL"
    assert "BE-FEDPOL" in {a.code for a in choices.own_agencies}
    partners = ro.partners_for(choices, "BE-FEDPOL")
    codes = {a.code for a in partners}
    assert {"NL-POLITIE-LIMBURG", "LU-POLICE", "EPICC"} <= codes
    assert all(a.country != "BE" for a in partners)
    assert choices.cases == (ro.CaseChoice(case.reference, "Grey Audi on the A2"),)


def test_the_previewed_deadline_is_the_one_create_stores(tmp_case, open_as: OpenAs) -> None:  # type: ignore[no-untyped-def]
    crossing = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=20)
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    end = start + timedelta(days=9)
    with open_as(tmp_case.path, "Anna") as services:
        cf = services.case_file
        surveillance_preview = ro.deadline_for(
            cf,
            "cisa:40.2",
            kind=K.URGENT_SURVEILLANCE_NOTICE,
            direction=Direction.OUTGOING,
            events_at=crossing,
            inputs=ro.DeadlineInputs(urgency=Urgency.URGENT, form_values={"crossing_time": crossing}),
        )
        stored = services.requests.create(
            NewRequest(
                kind=K.URGENT_SURVEILLANCE_NOTICE,
                partner_code="NL-POLITIE-LIMBURG",
                legal_basis="cisa:40.2",
                events_on=crossing,
                title="Urgent observation",
                urgency=Urgency.URGENT,
                form_values={
                    "crossing_time": crossing,
                    "crossing_point": "E25 at Lanaken",
                    "observed_persons": "Two suspects",
                    "offence": "Drug trafficking",
                    "offence_listed": True,
                    "host_contact": "Limburg duty desk",
                },
            )
        )
        assert stored.due_at == surveillance_preview.due_at == crossing + timedelta(hours=5)

        options = ro.options_for(
            cf,
            kind=K.EQUIPMENT_LOAN,
            partner_code="NL-POLITIE-LIMBURG",
            events_at=start,
            inputs=ro.DeadlineInputs(loan_start=start, loan_end=end),
        )
        loan_basis = options.basis("benelux-2018:equipment-loan")
        assert loan_basis is not None and loan_basis.unconfirmed
        loan = services.requests.create(
            NewRequest(
                kind=K.EQUIPMENT_LOAN,
                partner_code="NL-POLITIE-LIMBURG",
                legal_basis=loan_basis.basis_id,
                events_on=start,
                title="Two thermal cameras",
                form_values={"purpose": "Night observation"},
                loan_start=start,
                loan_end=end,
                loan_lines=(LoanLine("Thermal camera", 2, "TC-1, TC-2"),),
            )
        )
        assert loan.due_at == loan_basis.deadline.due_at == end

        received = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
        preview = ro.deadline_for(
            cf,
            "dir-2023-977:4",
            kind=K.INFORMATION_REQUEST,
            direction=Direction.INCOMING,
            events_at=received,
            inputs=ro.DeadlineInputs(
                urgency=Urgency.URGENT, access=InformationAccess.DIRECT, received_at=received
            ),
        )
        incoming = services.requests.create(
            NewRequest(
                kind=K.INFORMATION_REQUEST,
                partner_code="NL-POLITIE-LIMBURG",
                legal_basis="dir-2023-977:4",
                events_on=received,
                title="Keeper query from Limburg",
                direction=Direction.INCOMING,
                urgency=Urgency.URGENT,
                information_access=InformationAccess.DIRECT,
                received_at=received,
                form_values=dict(INFO_FIELDS),
            )
        )
        assert incoming.due_at == preview.due_at == received + timedelta(hours=8)


def test_an_outgoing_directive_request_is_due_from_its_sending(tmp_case, open_as: OpenAs) -> None:  # type: ignore[no-untyped-def]
    events = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    with open_as(tmp_case.path, "Anna") as services:
        view = services.requests.create(
            NewRequest(
                kind=K.INFORMATION_REQUEST,
                partner_code="NL-POLITIE-LIMBURG",
                legal_basis="dir-2023-977:4",
                events_on=events,
                title="Keeper of a grey Audi",
                urgency=Urgency.URGENT,
                information_access=InformationAccess.INDIRECT,
                form_values=dict(INFO_FIELDS),
            )
        )
        assert view.due_at is None  # a draft's clock has not started
        services.requests.submit(view.reference)
    with open_as(tmp_case.path, "Sam") as services:
        services.requests.approve(view.reference)
        sent_at = datetime.now(UTC).replace(microsecond=0)
        sent = services.requests.mark_sent(view.reference, at=sent_at)
        preview = ro.deadline_for(
            services.case_file,
            "dir-2023-977:4",
            kind=K.INFORMATION_REQUEST,
            direction=Direction.OUTGOING,
            events_at=events,
            inputs=ro.DeadlineInputs(urgency=Urgency.URGENT, access=InformationAccess.INDIRECT, now=sent_at),
        )
    assert preview.once_sent
    assert sent.due_at == preview.due_at == sent_at + timedelta(days=3)
