"""AgencyService: the agencies in the interface language and the details of their pinned certificates."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from desktop.exchange.pki import DemoPki, make_demo_pki
from desktop.services.errors import InvalidInput, NotFound, PermissionDenied
from tests.pki_fixtures import identity, session_test_pki

PARTNER = "NL-POLITIE-LIMBURG"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> DemoPki:
    return session_test_pki(tmp_path_factory)


def _soon_expiring(folder: Path, days_left: int) -> bytes:
    """A real certificate (demo PKI issued in the past) that expires in about `days_left` days."""
    issued = dt.datetime.now(dt.UTC) - dt.timedelta(days=730 - days_left - 1)
    made = make_demo_pki(folder, [("Old Partner", "NL", PARTNER)], now=issued)
    return made.identities[0].certificate_path.read_bytes()


def test_list_is_every_seeded_agency_by_country_then_code(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        agencies = s.agencies.list()
        netherlands = s.agencies.list(country="NL")
        nobody = s.agencies.list(country="DE")
    assert len(agencies) == 31
    assert [(a.country, a.code) for a in agencies] == sorted((a.country, a.code) for a in agencies)
    assert {a.country for a in agencies} == {"BE", "NL", "LU"}
    assert netherlands and {a.country for a in netherlands} == {"NL"}
    assert len(netherlands) == sum(a.country == "NL" for a in agencies)
    assert nobody == []
    assert [a.code for a in agencies if a.own] == [tmp_case.own_agency]


def test_names_follow_the_interface_language(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        english = s.agencies.show("BE-FEDPOL")
        french = s.agencies.show("BE-FEDPOL", lang="fr")
        dutch = {a.code: a.name for a in s.agencies.list(lang="nl")}
        german = s.agencies.show("BE-FEDPOL", lang="de")
    assert english.name == "Federal Police"
    assert french.name == "Police fédérale"
    assert dutch["BE-FEDPOL"] == "Federale Politie"
    assert german.name == "Police fédérale"  # no German name stored: the agency's own name
    assert english.languages == ("fr", "nl", "de")


def test_unknown_agency_is_not_found(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        with pytest.raises(NotFound, match="no agency with the code"):
            s.agencies.show("XX-NOBODY")
        with pytest.raises(NotFound):
            s.agencies.pinned("XX-NOBODY")


def test_inspect_reads_the_file_without_storing_it(tmp_case, open_as, pki: DemoPki) -> None:
    pem = pki.ca_paths["NL"].read_bytes()
    certificate = x509.load_pem_x509_certificate(pem)
    der = certificate.public_bytes(serialization.Encoding.DER)
    with open_as(tmp_case.path, "Anna") as s:
        (from_pem,) = s.agencies.inspect(pem)
        (from_der,) = s.agencies.inspect(der)
        assert s.agencies.pinned_counts() == {}
    assert from_pem == from_der
    assert from_pem.fingerprint == hashlib.sha256(der).hexdigest()
    assert from_pem.is_ca
    assert from_pem.issuer == from_pem.subject == certificate.subject.rfc4514_string()
    assert from_pem.not_after == certificate.not_valid_after_utc


@pytest.mark.parametrize(
    "data", [b"", b"not a certificate", b"-----BEGIN CERTIFICATE-----\n!!\n-----END CERTIFICATE-----\n"]
)
def test_inspect_refuses_what_is_no_certificate(tmp_case, open_as, data: bytes) -> None:
    with open_as(tmp_case.path, "Anna") as s, pytest.raises(InvalidInput) as raised:
        s.agencies.inspect(data)
    message = str(raised.value)
    assert message[0].isupper() and message.endswith(".")


def test_pin_checks_the_confirmed_fingerprints_then_pins(tmp_case, open_as, pki: DemoPki) -> None:
    ca = pki.ca_paths["NL"].read_bytes()
    joris = identity(pki, "Joris de Vries").certificate_path.read_bytes()
    bundle = ca + joris
    with open_as(tmp_case.path, "Sam") as s:
        expected = [d.fingerprint for d in s.agencies.inspect(bundle)]
        with pytest.raises(InvalidInput, match="fingerprints you confirmed"):
            s.agencies.pin(PARTNER, bundle, confirmed=expected[:1])  # one was not compared
        assert s.agencies.pinned(PARTNER) == []
        added = s.agencies.pin(PARTNER, bundle, confirmed=[f.upper() for f in expected])
        assert sorted(v.fingerprint for v in added) == sorted(expected)
        again = s.agencies.pin(PARTNER, bundle, confirmed=expected)
        pinned = s.agencies.pinned(PARTNER)
        counts = s.agencies.pinned_counts()
    assert again == []  # already in the trust store: nothing is pinned twice
    assert counts == {PARTNER: 2}
    assert {p.fingerprint for p in pinned} == set(expected)
    leaf = next(p for p in pinned if not p.is_ca)
    root = next(p for p in pinned if p.is_ca)
    assert "Joris de Vries" in leaf.subject
    assert leaf.issuer == root.subject  # the leaf was issued by the pinned root
    assert leaf.subject_name == "Joris de Vries" and leaf.issuer_name == root.subject_name
    assert all(p.added_by == "Sam" and p.agency_code == PARTNER for p in pinned)
    assert [p.not_after for p in pinned] == sorted(p.not_after for p in pinned)
    assert all(p.added_at.tzinfo is not None for p in pinned)


def test_pin_is_for_supervisors_and_known_agencies(tmp_case, open_as, pki: DemoPki) -> None:
    ca = pki.ca_paths["LU"].read_bytes()
    with open_as(tmp_case.path, "Anna") as s:
        (details,) = s.agencies.inspect(ca)
        with pytest.raises(PermissionDenied):
            s.agencies.pin("LU-POLICE", ca, confirmed=[details.fingerprint])
    with open_as(tmp_case.path, "Sue") as s:
        with pytest.raises(NotFound):
            s.agencies.pin("XX-NOBODY", ca, confirmed=[details.fingerprint])
        assert s.agencies.pinned_counts() == {}


def test_pinned_lists_expiring_certificates_first(tmp_case, open_as, pki: DemoPki, tmp_path: Path) -> None:
    soon = _soon_expiring(tmp_path / "old", days_left=10)
    ca = pki.ca_paths["NL"].read_bytes()
    with open_as(tmp_case.path, "Sam") as s:
        for data in (ca, soon):
            s.agencies.pin(PARTNER, data, confirmed=[d.fingerprint for d in s.agencies.inspect(data)])
        pinned = s.agencies.pinned(PARTNER)
        trust_views = {v.fingerprint: v for v in s.trust.list()}
    assert "Old Partner" in pinned[0].subject
    days_left = (pinned[0].not_after - dt.datetime.now(dt.UTC)).days
    assert 8 <= days_left <= 10
    assert trust_views[pinned[0].fingerprint].warning is not None
    assert trust_views[pinned[1].fingerprint].warning is None
