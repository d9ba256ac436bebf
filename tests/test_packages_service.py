"""PackageService, CredentialService and TrustService end to end on real, encrypted case files.

Every test works on its own copy of the session's exchange-ready case file (packages_fixtures):
Claire Dubois approved the requests Pieter Janssens filed, both have their signing credentials,
and the partner CAs are pinned to their agencies. What is proven here: the four-eyes rule of
export, the handling codes, the exact bytes kept, co-signing and encryption, imports of a
partner's answer and request (duplicates included), trust pinning, and credential import. A
refusal writes nothing: the bundle is compared byte for byte after the file is closed.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from keyring.compat import properties
from sqlalchemy import func, select

from desktop.exchange.asice import read_container
from desktop.exchange.envelope import decrypt, is_enveloped
from desktop.exchange.pki import Credential
from desktop.exchange.request_document import parse_request_document
from desktop.exchange.verify import INDETERMINATE, PASSED
from desktop.models import AuditEntry, Member, Package, Request, SigningCredential
from desktop.services import audit
from desktop.services.deadlines import URGENT_DIRECT
from desktop.services.errors import IllegalTransition, InvalidInput, PermissionDenied
from desktop.services.facade import Services
from desktop.services.packages import PackageRejected
from desktop.vault import KeyringUnavailable
from tests.packages_fixtures import (
    ANSWER_TEXT,
    CLAIRE,
    INFORMANT,
    LU,
    MARC,
    NL,
    NOT_OURS,
    OWN,
    PHOTO,
    PIETER,
    Exchange,
    copy_case,
    open_services,
    partner_document,
    partner_package,
    tree_snapshot,
)
from tests.pki_fixtures import identity, load


@pytest.fixture
def case(tmp_path: Path, exchange: Exchange) -> Path:
    """This test's own copy of the exchange-ready case file."""
    return copy_case(exchange, tmp_path)


def _joris(exchange: Exchange) -> Credential:
    return load(identity(exchange.pki, "Joris de Vries"))


def _packages(services: Services) -> list[Package]:
    with services.case_file.reading() as session:
        return list(session.scalars(select(Package).order_by(Package.id)))


def _request(services: Services, reference: str) -> Request:
    with services.case_file.reading() as session:
        request = session.scalar(select(Request).where(Request.reference == reference))
        assert request is not None
        return request


def _audit_count(services: Services) -> int:
    with services.case_file.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _audit(services: Services, action: str) -> list[AuditEntry]:
    with services.case_file.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def _chain_ok(services: Services) -> bool:
    with services.case_file.reading() as session:
        return audit.verify_chain(session.connection()).ok


# --- export: who, what state ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("member", "why"),
    [(MARC, "another supervisor than the approver"), (PIETER, "the filer (a duty officer)")],
)
def test_export_is_refused_to_anyone_but_the_approving_supervisor_and_writes_nothing(
    case: Path, exchange: Exchange, member: str, why: str
) -> None:
    before = tree_snapshot(case)
    with (
        open_services(case, member) as services,
        pytest.raises(PermissionDenied, match="The supervisor who approved the request signs and exports it"),
    ):
        services.packages.export(exchange.refs["info"], password=exchange.password(CLAIRE))
    assert tree_snapshot(case) == before, f"a refused export by {why} changed the case file"


@pytest.mark.parametrize("state", ["draft", "submitted"])
def test_export_of_a_request_that_is_not_approved_is_an_illegal_transition(
    case: Path, exchange: Exchange, state: str
) -> None:
    reference = exchange.refs[state]
    before = tree_snapshot(case)
    with open_services(case, CLAIRE) as services, pytest.raises(IllegalTransition) as refused:
        services.packages.export(reference, password=exchange.password(CLAIRE))
    assert str(refused.value) == f"{reference} has the status {state}; only an approved request is exported."
    assert tree_snapshot(case) == before


def test_export_with_a_wrong_pkcs12_password_writes_nothing(case: Path, exchange: Exchange) -> None:
    before = tree_snapshot(case)
    with (
        open_services(case, CLAIRE) as services,
        pytest.raises(
            InvalidInput, match="Claire Dubois's signing certificate: The PKCS#12 password is wrong"
        ),
    ):
        services.packages.export(exchange.refs["info"], password="not-the-password")
    assert tree_snapshot(case) == before


def test_export_marks_the_request_sent_computes_the_deadline_and_keeps_the_exact_bytes(
    case: Path, exchange: Exchange
) -> None:
    reference = exchange.refs["info"]
    with open_services(case, CLAIRE) as services:
        assert _request(services, reference).due_at is None, "art. 5 runs from sending: no deadline yet"
        started = datetime.now(UTC)
        audited_before = _audit_count(services)
        result = services.packages.export(reference, password=exchange.password(CLAIRE))

        request = _request(services, reference)
        assert request.status == "sent"
        assert request.sent_at is not None and started - timedelta(
            seconds=1
        ) <= request.sent_at <= datetime.now(UTC)
        assert request.due_at == request.sent_at + URGENT_DIRECT  # urgent, directly accessible: 8 hours
        [package] = _packages(services)
        assert package.content == result.data
        assert package.sha256 == result.sha256 == hashlib.sha256(result.data).hexdigest()
        assert (package.direction, package.kind, package.encrypted) == ("outgoing", "request", False)
        assert package.file_name == result.file_name == f"{reference}.asice"
        assert package.request_id == request.id and package.indication == PASSED
        assert package.contents["included"] == ["request.json", "request.pdf"]
        assert package.contents["signers"] == [load(identity(exchange.pki, CLAIRE)).fingerprint]
        document = parse_request_document(read_container(result.data).data_objects["request.json"])
        assert package.package_id == document.package_id
        assert (document.sender.agency, document.recipient.agency) == (OWN, NL)
        assert document.request.approved_by == CLAIRE

        exported = [e for e in _audit(services, "package.create") if '"intent":"package.export"' in e.details]
        sent = [e for e in _audit(services, "request.update") if '"intent":"package.export"' in e.details]
        assert len(exported) == 1 and exported[0].actor_name == CLAIRE
        assert result.sha256 in exported[0].details
        changed = {key for entry in sent for key in json.loads(entry.details)["changes"]}
        assert {"status", "sent_at", "due_at"} <= changed
        assert any('"to":"sent"' in entry.details for entry in sent)
        # The supervisor's first signature also signed the log's head (an anchor was due): one entry.
        anchored = [
            e for e in _audit(services, "audit_anchor.create") if '"intent":"audit.anchor"' in e.details
        ]
        assert len(anchored) == 1 and anchored[0].actor_name == CLAIRE
        assert _audit_count(services) == audited_before + 1 + len(sent) + 1
        assert _chain_ok(services)
        assert services.packages.verify(result.data).indication == PASSED


def test_a_sent_request_may_be_exported_again_without_moving_its_sending_time(
    case: Path, exchange: Exchange
) -> None:
    reference = exchange.refs["info"]
    with open_services(case, CLAIRE) as services:
        first = services.packages.export(reference, password=exchange.password(CLAIRE))
        sent = _request(services, reference)
        second = services.packages.export(reference, password=exchange.password(CLAIRE))
        again = _request(services, reference)
        assert (again.status, again.sent_at, again.due_at) == ("sent", sent.sent_at, sent.due_at)
        assert [p.sha256 for p in _packages(services)] == [first.sha256, second.sha256]
        assert first.sha256 != second.sha256, (
            "every export is a new package (new package_id, new signing time)"
        )


def test_the_audit_entry_of_an_exported_package_names_the_package_row(case: Path, exchange: Exchange) -> None:
    with open_services(case, CLAIRE) as services:
        services.packages.export(exchange.refs["info"], password=exchange.password(CLAIRE))
        [package] = _packages(services)
        [entry] = _audit(services, "package.create")
        assert (entry.entity, entry.entity_id) == ("package", str(package.id))


# --- handling codes -------------------------------------------------------------------------------


def test_an_h3_attachment_is_held_back_and_listed_in_the_plan(case: Path, exchange: Exchange) -> None:
    chosen = (exchange.attachments["photo"], exchange.attachments["informant"])
    with open_services(case, CLAIRE) as services:
        plan = services.packages.plan(exchange.refs["info"], chosen)
        assert [i.name for i in plan.included] == [
            "request.json",
            "request.pdf",
            "attachments/scene-photo.jpg",
        ]
        assert [(i.name, i.handling_code, str(i.reason)) for i in plan.held_back] == [
            ("attachments/informant.txt", "H3", "handling code H3")
        ]
        assert not plan.request_held and plan.recipient == NL

        result = services.packages.export(
            exchange.refs["info"], password=exchange.password(CLAIRE), attachment_ids=chosen
        )
        container = read_container(result.data)
        assert set(container.data_objects) == {"request.json", "request.pdf", "attachments/scene-photo.jpg"}
        assert container.data_objects["attachments/scene-photo.jpg"] == PHOTO
        assert all(INFORMANT not in content for content in container.data_objects.values())
        document = parse_request_document(container.data_objects["request.json"])
        assert [a.name for a in document.attachments] == ["attachments/scene-photo.jpg"]
        [package] = _packages(services)
        assert package.contents["held_back"] == [
            {
                "name": "attachments/informant.txt",
                "description": "informant.txt",
                "handling_code": "H3",
                "reason": "handling code H3",
            }
        ]
        assert package.contents["overridden"] is False
        assert _audit(services, "package.handling_override") == []


def test_overriding_the_handling_code_puts_the_h3_attachment_in_and_is_audited(
    case: Path, exchange: Exchange
) -> None:
    chosen = (exchange.attachments["photo"], exchange.attachments["informant"])
    with open_services(case, CLAIRE) as services:
        result = services.packages.export(
            exchange.refs["info"],
            password=exchange.password(CLAIRE),
            attachment_ids=chosen,
            override_handling=True,
        )
        assert result.overridden
        container = read_container(result.data)
        assert container.data_objects["attachments/informant.txt"] == INFORMANT
        [entry] = _audit(services, "package.handling_override")
        assert entry.actor_name == CLAIRE and "attachments/informant.txt" in entry.details
        assert entry.entity == "request" and entry.entity_id == str(
            _request(services, exchange.refs["info"]).id
        )
        assert _chain_ok(services)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("h2", "has handling code H2"),
        ("h3", "has handling code H3"),
        ("graded_x", "is graded X2"),
        ("graded_4", "is graded B4"),
    ],
)
def test_a_held_request_cannot_be_exported_without_override(
    case: Path, exchange: Exchange, name: str, reason: str
) -> None:
    reference = exchange.refs[name]
    before = tree_snapshot(case)
    with open_services(case, CLAIRE) as services:
        assert services.packages.plan(reference).request_held
        with pytest.raises(InvalidInput) as refused:
            services.packages.export(reference, password=exchange.password(CLAIRE))
    assert str(refused.value) == (
        f"{reference} {reason}: it is held back; a supervisor must override the handling code to export it."
    )
    assert tree_snapshot(case) == before

    with open_services(case, CLAIRE) as services:
        result = services.packages.export(
            reference, password=exchange.password(CLAIRE), override_handling=True
        )
        assert services.packages.verify(result.data).indication == PASSED
        [entry] = _audit(services, "package.handling_override")
        assert "request.json" in entry.details and reason.split(" ", 1)[1] in entry.details


# --- co-signing and encryption --------------------------------------------------------------------


def test_cosigning_with_the_filers_password_gives_two_manifests_and_two_valid_signatures(
    case: Path, exchange: Exchange
) -> None:
    with open_services(case, CLAIRE) as services:
        result = services.packages.export(
            exchange.refs["info"],
            password=exchange.password(CLAIRE),
            filer_password=exchange.password(PIETER),
        )
        container = read_container(result.data)
        assert [m.name for m in container.manifests] == [
            "META-INF/ASiCManifest001.xml",
            "META-INF/ASiCManifest002.xml",
        ]
        assert sorted(container.signatures) == ["META-INF/signature001.p7s", "META-INF/signature002.p7s"]
        report = services.packages.verify(result.data)
        assert report.indication == PASSED
        assert [s.indication for s in report.signatures] == [PASSED, PASSED]
        assert ["CN=Claire Dubois" in (s.signer or "") for s in report.signatures] == [True, False]
        assert "CN=Pieter Janssens" in (report.signatures[1].signer or "")
        assert all(f.covered_by == tuple(m.name for m in container.manifests) for f in report.files)
        [package] = _packages(services)
        assert len(package.contents["signers"]) == 2


def test_cosigning_with_a_wrong_filer_password_writes_nothing(case: Path, exchange: Exchange) -> None:
    before = tree_snapshot(case)
    with (
        open_services(case, CLAIRE) as services,
        pytest.raises(InvalidInput, match="Pieter Janssens's signing certificate"),
    ):
        services.packages.export(
            exchange.refs["info"], password=exchange.password(CLAIRE), filer_password="wrong"
        )
    assert tree_snapshot(case) == before


def test_an_encrypted_export_is_a_p7m_that_the_agency_key_opens_into_a_valid_package(
    case: Path, exchange: Exchange
) -> None:
    agency_key = load(exchange.pki.agency_encryption[NL])
    with open_services(case, CLAIRE) as services:
        result = services.packages.export(
            exchange.refs["info"], password=exchange.password(CLAIRE), encrypt_for_agency=True
        )
        assert result.file_name == f"{exchange.refs['info']}.asice.p7m"
        assert result.encrypted_for == NL and is_enveloped(result.data)
        assert not zipfile.is_zipfile(io.BytesIO(result.data))
        [package] = _packages(services)
        assert package.encrypted and package.content == result.data

        with pytest.raises(PackageRejected, match="The package is encrypted"):
            services.packages.verify(result.data)
        report = services.packages.verify(result.data, decryption=agency_key)
        assert report.indication == PASSED, report.sentence
    inner = decrypt(result.data, agency_key.certificate, agency_key.private_key)  # type: ignore[arg-type]
    assert set(read_container(inner).data_objects) == {"request.json", "request.pdf"}


def test_encrypting_for_an_agency_without_an_rsa_encryption_certificate_is_refused(
    case: Path, exchange: Exchange
) -> None:
    before = tree_snapshot(case)
    with open_services(case, CLAIRE) as services, pytest.raises(InvalidInput) as refused:
        services.packages.export(
            exchange.refs["lu"], password=exchange.password(CLAIRE), encrypt_for_agency=True
        )
    assert str(refused.value) == f"The trust store holds no RSA encryption certificate for {LU}."
    assert tree_snapshot(case) == before


# --- importing a partner's answer -----------------------------------------------------------------


def test_a_partner_answer_is_linked_to_our_sent_request(case: Path, exchange: Exchange) -> None:
    reference = exchange.refs["sent"]
    document = partner_document(in_reply_to=reference)
    data = partner_package(document, [_joris(exchange)])
    with open_services(case, PIETER) as services:
        result = services.packages.import_package(data, "answer.asice")
        assert (result.outcome, result.request_reference) == ("answered", reference)
        assert result.report.indication == PASSED
        assert str(result.sentence) == f"The answer from {NL} was linked to {reference}, now answered."
        request = _request(services, reference)
        assert (request.status, request.answer) == ("answered", ANSWER_TEXT)
        assert request.external_reference == document.request.reference
        assert request.answered_at is not None
        [package] = _packages(services)
        assert (package.direction, package.kind, package.content) == ("incoming", "answer", data)
        assert package.sha256 == hashlib.sha256(data).hexdigest()
        assert package.package_id == document.package_id and package.indication == PASSED
        assert _chain_ok(services)


def test_the_same_answer_imported_again_is_a_duplicate_and_writes_nothing(
    case: Path, exchange: Exchange
) -> None:
    data = partner_package(partner_document(in_reply_to=exchange.refs["sent"]), [_joris(exchange)])
    with open_services(case, PIETER) as services:
        assert services.packages.import_package(data, "answer.asice").outcome == "answered"
    before = tree_snapshot(case)
    with open_services(case, PIETER) as services:
        again = services.packages.import_package(data, "answer-copy.asice")
    assert again.outcome == "duplicate" and again.request_reference == exchange.refs["sent"]
    assert "already imported" in str(again.sentence)
    assert tree_snapshot(case) == before


def test_another_package_with_the_same_package_id_is_not_imported(case: Path, exchange: Exchange) -> None:
    first = partner_document(in_reply_to=exchange.refs["sent"])
    second = partner_document(
        in_reply_to=exchange.refs["sent"], package_id=first.package_id, answer_text="A different answer."
    )
    joris = _joris(exchange)
    with open_services(case, PIETER) as services:
        assert (
            services.packages.import_package(partner_package(first, [joris]), "a.asice").outcome == "answered"
        )
    before = tree_snapshot(case)
    with open_services(case, PIETER) as services:
        result = services.packages.import_package(partner_package(second, [joris]), "b.asice")
        assert result.outcome == "duplicate"
        assert "same identifier was already imported" in str(result.sentence)
        assert _request(services, exchange.refs["sent"]).answer == ANSWER_TEXT
        assert len(_packages(services)) == 1
    assert tree_snapshot(case) == before


@pytest.mark.parametrize(
    ("target", "sentence"),
    [
        ("info", "{ref} has the status approved, not waiting for an answer; nothing was imported."),
        (
            "unknown",
            "The answer refers to OUT-1999-000001, which is not a request of ours to NL-POLITIE-LIMBURG; ",
        ),
    ],
)
def test_an_answer_to_a_request_that_is_not_waiting_for_one_is_rejected(
    case: Path, exchange: Exchange, target: str, sentence: str
) -> None:
    reference = exchange.refs.get(target, "OUT-1999-000001")
    data = partner_package(partner_document(in_reply_to=reference), [_joris(exchange)])
    before = tree_snapshot(case)
    with open_services(case, PIETER) as services, pytest.raises(PackageRejected) as rejected:
        services.packages.import_package(data, "answer.asice")
    assert str(rejected.value).startswith(sentence.format(ref=reference))
    assert tree_snapshot(case) == before


# --- importing a partner's request ----------------------------------------------------------------


def test_a_partner_request_to_us_is_filed_as_a_received_incoming_request(
    case: Path, exchange: Exchange
) -> None:
    document = partner_document(kind="request", reference="NL-LIM-2026-0107")
    data = partner_package(document, [_joris(exchange)])
    with open_services(case, PIETER) as services:
        result = services.packages.import_package(data, "request.asice")
        assert result.outcome == "created"
        assert result.request_reference is not None and result.request_reference.startswith("IN-")
        assert (
            str(result.sentence)
            == f"{NL}'s request NL-LIM-2026-0107 was filed as {result.request_reference} (received)."
        )
        request = _request(services, result.request_reference)
        assert (request.direction, request.status) == ("incoming", "received")
        assert request.external_reference == "NL-LIM-2026-0107"
        assert request.received_at is not None and request.due_at == request.received_at + URGENT_DIRECT
        assert request.title == document.request.title and request.body == document.request.body
        [package] = _packages(services)
        assert (package.kind, package.request_id, package.content) == ("request", request.id, data)


def test_a_partner_request_addressed_to_an_agency_that_is_not_ours_is_rejected(
    case: Path, exchange: Exchange
) -> None:
    document = partner_document(kind="request", recipient=NOT_OURS)
    data = partner_package(document, [_joris(exchange)])
    before = tree_snapshot(case)
    with open_services(case, PIETER) as services, pytest.raises(PackageRejected) as rejected:
        services.packages.import_package(data, "request.asice")
    assert (
        str(rejected.value) == f"The package is addressed to {NOT_OURS}, not to an agency of this case file."
    )
    assert tree_snapshot(case) == before


# --- trust pinning --------------------------------------------------------------------------------


def test_a_signer_pinned_to_another_agency_is_indeterminate_and_not_imported(
    case: Path, exchange: Exchange
) -> None:
    marie = load(identity(exchange.pki, "Marie Weber"))  # LU signer; the LU CA is pinned to LU-POLICE
    data = partner_package(partner_document(in_reply_to=exchange.refs["sent"]), [marie])
    before = tree_snapshot(case)
    with open_services(case, PIETER) as services:
        report = services.packages.verify(data)
        assert (report.indication, report.sub_indication) == (INDETERMINATE, "CHAIN_CONSTRAINTS_FAILURE")
        assert str(report.sentence) == (
            f"The signer's certificate is trusted for {LU}, but the package says it comes from {NL}."
        )
        with pytest.raises(PackageRejected) as rejected:
            services.packages.import_package(data, "answer.asice")
    assert rejected.value.report is not None and rejected.value.report.indication == INDETERMINATE
    assert str(rejected.value) == f"Not imported: {report.sentence}"
    assert tree_snapshot(case) == before


def test_with_an_empty_trust_store_a_package_is_indeterminate_and_the_sentence_says_what_to_do(
    case: Path, exchange: Exchange
) -> None:
    data = partner_package(partner_document(in_reply_to=exchange.refs["sent"]), [_joris(exchange)])
    with open_services(case, CLAIRE) as services:
        for view in services.trust.list():
            services.trust.remove(view.fingerprint)
        assert services.trust.list() == []
        report = services.packages.verify(data)
        assert (report.indication, report.sub_indication) == (INDETERMINATE, "NO_CERTIFICATE_CHAIN_FOUND")
        assert "trust store is empty" in str(report.sentence)
        assert "add the partner agency's CA certificate" in str(report.sentence)
        with pytest.raises(PackageRejected, match="Not imported: Your trust store is empty"):
            services.packages.import_package(data, "answer.asice")


def _expired_signer() -> tuple[bytes, Credential]:
    """A test CA (PEM) and a signing credential it issued that expired 30 days ago."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Expired-signer test CA NL")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=800))
        .not_valid_after(now + timedelta(days=800))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, NL),
                    x509.NameAttribute(NameOID.COMMON_NAME, "Joris de Vries (old)"),
                ]
            )
        )
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=400))
        .not_valid_after(now - timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return ca.public_bytes(Encoding.PEM), Credential(key, leaf, (ca,))


@pytest.mark.parametrize(
    ("signed", "sub_indication", "sentence"),
    [
        ("now", "OUT_OF_BOUNDS_NO_POE", "had expired on"),
        (
            "while valid",
            "OUT_OF_BOUNDS_NO_POE",
            "was valid at the claimed signing time, but the certificate is not valid now",
        ),
    ],
)
def test_an_expired_signer_certificate_is_indeterminate_and_not_imported(
    case: Path, exchange: Exchange, signed: str, sub_indication: str, sentence: str
) -> None:
    ca_pem, expired = _expired_signer()
    signing_time = None if signed == "now" else datetime.now(UTC) - timedelta(days=100)
    data = partner_package(
        partner_document(in_reply_to=exchange.refs["sent"]), [expired], signing_time=signing_time
    )
    with open_services(case, CLAIRE) as services:
        services.trust.add(NL, ca_pem)
    before = tree_snapshot(case)
    with open_services(case, PIETER) as services:
        report = services.packages.verify(data)
        assert (report.indication, report.sub_indication) == (INDETERMINATE, sub_indication)
        assert sentence in str(report.sentence)
        with pytest.raises(PackageRejected):
            services.packages.import_package(data, "answer.asice")
        assert _request(services, exchange.refs["sent"]).status == "sent"
    assert tree_snapshot(case) == before


# --- credentials ----------------------------------------------------------------------------------


def test_a_wrong_pkcs12_password_is_refused_and_nothing_is_stored(case: Path, exchange: Exchange) -> None:
    p12 = identity(exchange.pki, "Marie Weber").p12_path.read_bytes()
    before = tree_snapshot(case)
    with open_services(case, MARC) as services:
        with pytest.raises(InvalidInput, match=r"^The PKCS#12 password is wrong\.$"):
            services.credentials.import_pkcs12(p12, "wrong-password")
        assert [v.member for v in services.credentials.list()] == [CLAIRE, PIETER]
    assert tree_snapshot(case) == before


def test_importing_a_credential_records_the_members_certificate_fingerprint(
    case: Path, exchange: Exchange
) -> None:
    marie = identity(exchange.pki, "Marie Weber")
    expected = load(marie).fingerprint
    with open_services(case, MARC) as services:
        view = services.credentials.import_pkcs12(marie.p12_path.read_bytes(), marie.password)
        assert (view.member, view.fingerprint) == (MARC, expected)
        with services.case_file.reading() as session:
            member = session.scalar(select(Member).where(Member.name == MARC))
            stored = session.scalar(select(SigningCredential).where(SigningCredential.member_id == member.id))  # type: ignore[union-attr]
        assert member is not None and member.certificate_fingerprint == expected
        assert stored is not None and stored.fingerprint == expected
        assert services.credentials.unlock(member.id, marie.password).fingerprint == expected
        assert services.credentials.remembered_password(member.uid) is None


class _RecordingPlaintextKeyring(keyring.backend.KeyringBackend):
    """An insecure backend that would store anything it is given (like a plaintext file keyring)."""

    stored: dict[tuple[str, str], str]

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test backend; never chosen by keyring's discovery")

    def __init__(self) -> None:
        super().__init__()
        self.stored = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.mark.usefixtures("restore_keyring")
@pytest.mark.parametrize("backend", ["fail", "plaintext"])
def test_remembering_the_pkcs12_password_with_an_insecure_keyring_stores_no_password(
    case: Path, exchange: Exchange, backend: str
) -> None:
    marie = identity(exchange.pki, "Marie Weber")
    chosen = keyring.backends.fail.Keyring() if backend == "fail" else _RecordingPlaintextKeyring()
    keyring.set_keyring(chosen)
    with open_services(case, MARC) as services:
        with pytest.raises(KeyringUnavailable):
            services.credentials.import_pkcs12(
                marie.p12_path.read_bytes(), marie.password, remember_password=True
            )
        uid = services.case_file.actor.uid
        assert uid is not None and services.credentials.remembered_password(uid) is None
    if isinstance(chosen, _RecordingPlaintextKeyring):
        assert chosen.stored == {}
    assert all(marie.password.encode() not in path.read_bytes() for path in case.rglob("*") if path.is_file())


@pytest.mark.usefixtures("restore_keyring")
def test_a_refused_remember_password_leaves_the_case_file_unchanged(case: Path, exchange: Exchange) -> None:
    marie = identity(exchange.pki, "Marie Weber")
    keyring.set_keyring(keyring.backends.fail.Keyring())
    before = tree_snapshot(case)
    with open_services(case, MARC) as services:
        with pytest.raises(KeyringUnavailable):
            services.credentials.import_pkcs12(
                marie.p12_path.read_bytes(), marie.password, remember_password=True
            )
        assert [v.member for v in services.credentials.list()] == [CLAIRE, PIETER]
    assert tree_snapshot(case) == before
