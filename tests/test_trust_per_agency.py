"""Trust pins are per (agency, certificate): a national CA can vouch for several agencies.

The Dutch police CA signs the certificates of every regional unit, so it is pinned to each unit
whose packages it may vouch for. Each pin is added, listed and removed on its own, and a signer's
claimed agency must still chain to a certificate pinned to THAT agency. Real encrypted case files,
the demo PKI and real signed packages; the schema change (revision 0005) is checked on a plain
SQLite database, in both directions.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.exchange.pki import DemoPki, fingerprint
from desktop.exchange.trust import load_certificates
from desktop.exchange.verify import INDETERMINATE, PASSED
from desktop.models import Agency, AuditEntry, TrustedCertificate
from desktop.services import audit, schema
from desktop.services.errors import InvalidInput, NotFound, PermissionDenied
from desktop.services.facade import Services
from desktop.services.packages import PackageRejected
from tests.packages_fixtures import (
    CLAIRE,
    PIETER,
    Exchange,
    copy_case,
    open_services,
    partner_document,
    partner_package,
)
from tests.pki_fixtures import identity, load, session_test_pki

A = "NL-POLITIE-LIMBURG"
B = "NL-POLITIE-AMSTERDAM"
C = "NL-POLITIE-ROTTERDAM"  # a unit the Dutch CA is NOT pinned to


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> DemoPki:
    return session_test_pki(tmp_path_factory)


def _nl_ca(pki: DemoPki) -> tuple[bytes, str]:
    data = pki.ca_paths["NL"].read_bytes()
    (certificate,) = load_certificates(data)
    return data, fingerprint(certificate)


def _pins(services: Services) -> list[tuple[str, str]]:
    return [(v.agency_code, v.fingerprint) for v in services.trust.list()]


def _trust_audit(services: Services) -> list[tuple[str, str]]:
    with services.case_file.reading() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "trusted_certificate").order_by(AuditEntry.seq)
        )
        return [(row.action, row.details) for row in rows]


# --------------------------------------------------------------------------------------- adding


def test_a_ca_pinned_to_one_agency_can_be_pinned_to_another(tmp_case, open_as, pki: DemoPki) -> None:
    data, digest = _nl_ca(pki)
    with open_as(tmp_case.path, "Sam") as s:
        (first,) = s.trust.add(A, data)
        (second,) = s.trust.add(B, data)
        assert (first.agency_code, second.agency_code) == (A, B)
        assert first.fingerprint == second.fingerprint == digest
        assert _pins(s) == [(B, digest), (A, digest)]  # by agency code
        assert [code for code, _c in s.trust.anchors(A)] == [A]
        assert [code for code, _c in s.trust.anchors(B)] == [B]
        assert s.trust.anchors(C) == []
        assert [p.agency_code for p in s.agencies.pinned(B)] == [B]
        assert s.agencies.pinned_counts() == {A: 1, B: 1}


def test_the_same_pin_is_not_added_twice_but_new_certificates_of_the_file_are(
    tmp_case, open_as, pki: DemoPki
) -> None:
    data, digest = _nl_ca(pki)
    bundle = data + pki.ca_paths["LU"].read_bytes()
    with open_as(tmp_case.path, "Sam") as s:
        s.trust.add(A, data)
        assert s.trust.add(A, data) == []  # exactly this pin exists: "Nothing new"
        added = s.trust.add(A, bundle)  # only the LU CA is new for A
        assert [v.fingerprint for v in added] != [digest] and len(added) == 1
        assert s.agencies.pinned_counts() == {A: 2}
        (again,) = s.agencies.pin(B, data, confirmed=[digest])  # through the Agencies page's path
        assert again.agency_code == B


def test_adding_is_audited_per_pin(tmp_case, open_as, pki: DemoPki) -> None:
    data, digest = _nl_ca(pki)
    with open_as(tmp_case.path, "Sam") as s:
        s.trust.add(A, data)
        s.trust.add(B, data)
        s.trust.remove(digest, B)
        entries = _trust_audit(s)
        assert [action for action, _details in entries] == [
            "trusted_certificate.create",
            "trusted_certificate.create",
            "trusted_certificate.delete",
        ]
        assert '"intent":"trust.add"' in entries[0][1] and '"intent":"trust.remove"' in entries[2][1]
        with s.case_file.reading() as session:
            assert audit.verify_chain(session.connection()).ok


# --------------------------------------------------------------------------------------- removing


def test_removing_a_certificate_pinned_to_several_agencies_needs_the_agency(
    tmp_case, open_as, pki: DemoPki
) -> None:
    data, digest = _nl_ca(pki)
    with open_as(tmp_case.path, "Sam") as s:
        s.trust.add(A, data)
        s.trust.add(B, data)
        audited = len(_trust_audit(s))
        with pytest.raises(InvalidInput) as refused:
            s.trust.remove(digest)
        message = str(refused.value)
        assert message.endswith(f"is pinned to several agencies ({B}, {A}); say which.")
        assert message.startswith(f"The certificate {digest[:16]}")
        assert len(_pins(s)) == 2 and len(_trust_audit(s)) == audited  # nothing written

    with open_as(tmp_case.path, "Sam") as s:
        s.trust.remove(digest.upper(), A)  # the agency's pin only; fingerprints are case-blind
        assert _pins(s) == [(B, digest)]
        with pytest.raises(NotFound, match=f"no certificate with that fingerprint pinned to {A}"):
            s.trust.remove(digest, A)
        s.trust.remove(digest)  # pinned to one agency only now: no need to say which
        assert _pins(s) == []
        with pytest.raises(NotFound, match="no certificate with that fingerprint in the trust store"):
            s.trust.remove(digest)


def test_removing_from_an_unknown_agency_or_as_a_duty_officer_is_refused(
    tmp_case, open_as, pki: DemoPki
) -> None:
    data, digest = _nl_ca(pki)
    with open_as(tmp_case.path, "Sam") as s:
        s.trust.add(A, data)
        with pytest.raises(NotFound, match="no agency with the code 'XX-NOBODY'"):
            s.trust.remove(digest, "XX-NOBODY")
    with open_as(tmp_case.path, "Anna") as s:
        with pytest.raises(PermissionDenied):
            s.trust.remove(digest, A)
        with pytest.raises(PermissionDenied):
            s.trust.add(B, data)
        assert _pins(s) == [(A, digest)]


# -------------------------------------------------------------------------------------- verifying


@pytest.fixture
def case(tmp_path: Path, exchange: Exchange) -> Path:
    """The exchange-ready case file: the Dutch CA is pinned to NL-POLITIE-LIMBURG (A) there."""
    return copy_case(exchange, tmp_path)


def _package_from(exchange: Exchange, sender: str) -> bytes:
    joris = load(identity(exchange.pki, "Joris de Vries"))  # issued by the Dutch CA
    document = partner_document(in_reply_to=exchange.refs["sent"], sender=sender)
    return partner_package(document, [joris])


def test_a_signer_must_chain_to_a_certificate_pinned_to_the_agency_it_claims(
    case: Path, exchange: Exchange
) -> None:
    data, digest = _nl_ca(exchange.pki)
    with open_services(case, CLAIRE) as services:
        services.trust.add(B, data)
        assert {code for code, _f in _pins(services)} >= {A, B}
    with open_services(case, PIETER) as services:
        for sender in (A, B):
            report = services.packages.verify(_package_from(exchange, sender))
            assert report.indication == PASSED, (sender, report.sentence)
            assert [s.signer_agency for s in report.signatures] == [sender]

        report = services.packages.verify(_package_from(exchange, C))
        assert (report.indication, report.sub_indication) == (INDETERMINATE, "CHAIN_CONSTRAINTS_FAILURE")
        assert str(report.sentence) == (
            f"The signer's certificate is trusted for {B}, {A}, but the package says it comes from {C}."
        )
        with pytest.raises(PackageRejected, match="Not imported: "):
            services.packages.import_package(_package_from(exchange, C), "answer.asice")

    with open_services(case, CLAIRE) as services:
        services.trust.remove(digest, B)  # B no longer trusts the Dutch CA; A still does
    with open_services(case, PIETER) as services:
        assert services.packages.verify(_package_from(exchange, A)).indication == PASSED
        report = services.packages.verify(_package_from(exchange, B))
        assert (report.indication, report.sub_indication) == (INDETERMINATE, "CHAIN_CONSTRAINTS_FAILURE")


# -------------------------------------------------------------------------------------- migration


def _migrate(engine, direction: str, revision: str) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    config = schema._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, direction)(config, revision)


def _pin(session: Session, agency_id: int, digest: str) -> None:
    now = datetime.now(UTC)
    session.add(
        TrustedCertificate(
            agency_id=agency_id,
            der=b"der",
            fingerprint=digest,
            subject="CN=Politie CA",
            is_ca=True,
            not_before=now,
            not_after=now,
        )
    )
    session.flush()


def _agency(code: str) -> Agency:
    return Agency(code=code, name=code, country="NL", kind="police")


def _agency_ids(engine) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        ids = {code: id_ for code, id_ in session.execute(select(Agency.code, Agency.id))}
    return ids[A], ids[B]


def _pinned_agencies(engine) -> list[int]:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        query = select(TrustedCertificate.agency_id).order_by(TrustedCertificate.id)
        return list(session.scalars(query))


def _try_pin(engine, agency_id: int, digest: str) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session, session.begin():
        _pin(session, agency_id, digest)


def test_revision_0005_keeps_pins_and_allows_one_per_agency_and_downgrades_to_one_per_certificate() -> None:
    engine = create_engine("sqlite://")
    schema.upgrade(engine, "0004")
    with Session(engine) as session, session.begin():
        session.add_all([_agency(A), _agency(B)])
    a, b = _agency_ids(engine)
    digest = "ab" * 32
    _try_pin(engine, a, digest)
    with pytest.raises(IntegrityError):
        _try_pin(engine, b, digest)  # before 0005: one pin per certificate

    _migrate(engine, "upgrade", "0005")
    assert schema.current_revision(engine) == "0005"
    assert _pinned_agencies(engine) == [a]  # the pin survived the table's copy
    _try_pin(engine, b, digest)  # the same certificate for another agency
    with pytest.raises(IntegrityError):
        _try_pin(engine, a, digest)  # the same pin twice
    assert _pinned_agencies(engine) == [a, b]

    # Down again: the old schema holds one pin per certificate, the earliest.
    _migrate(engine, "downgrade", "0004")
    assert _pinned_agencies(engine) == [a]
    with pytest.raises(IntegrityError):
        _try_pin(engine, b, digest)
