"""A throw-away test PKI for the exchange tests: real keys, generated per test session, never committed.

Use `make_test_pki(tmp_path)` for a fresh one, or `session_test_pki(tmp_path_factory)` from a
session-scoped fixture: it builds the PKI once per pytest session and hands the same one to every
module that asks. `load(identity)` opens an identity's .p12 as a `Credential`.

    @pytest.fixture(scope="session")
    def pki(tmp_path_factory: pytest.TempPathFactory) -> DemoPki:
        return session_test_pki(tmp_path_factory)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.exchange.pki import Credential, DemoIdentity, DemoPki, load_pkcs12, make_demo_pki

PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("Claire Dubois", "BE", "BE-FEDPOL-CGI"),
    ("Pieter Janssens", "BE", "BE-FEDPOL-CGI"),
    ("Joris de Vries", "NL", "NL-POLITIE-LIMBURG"),
    ("Marie Weber", "LU", "LU-POLICE"),
)
RSA_PEOPLE = frozenset({"Joris de Vries"})
AGENCIES: tuple[tuple[str, str], ...] = (
    ("NL-POLITIE-LIMBURG", "NL"),
    ("LU-POLICE", "LU"),
    ("BE-FEDPOL-CGI", "BE"),
)

_SESSION_PKIS: dict[Path, DemoPki] = {}


def make_test_pki(tmp_path: Path) -> DemoPki:
    """The four-person, three-agency demo PKI (Joris de Vries on RSA-3072) in tmp_path/pki."""
    return make_demo_pki(tmp_path / "pki", PEOPLE, agencies=AGENCIES, rsa_people=RSA_PEOPLE)


def session_test_pki(factory: pytest.TempPathFactory) -> DemoPki:
    """The test PKI of this pytest session, made on first use."""
    key = factory.getbasetemp()
    if key not in _SESSION_PKIS:
        _SESSION_PKIS[key] = make_test_pki(factory.mktemp("shared-pki"))
    return _SESSION_PKIS[key]


def identity(pki: DemoPki, name: str) -> DemoIdentity:
    """The person called `name` in the PKI."""
    return next(person for person in pki.identities if person.name == name)


def load(identity: DemoIdentity) -> Credential:
    """The identity's signing (or encryption) credential, read from its .p12 with its password."""
    return load_pkcs12(identity.p12_path.read_bytes(), identity.password.encode("ascii"))
