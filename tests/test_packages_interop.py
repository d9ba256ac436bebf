"""Request packages against the partners' stock tools: real OpenSSL 3.0 and Info-ZIP subprocesses.

A partner without Benelux Case Desk must be able to check what we send with `openssl cms -verify`
and `openssl dgst`, open what we encrypt with `openssl cms -decrypt`, and send us a package made
with nothing but `printf`, `zip` and `openssl cms -sign -cades`. Exports come from a copy of the
session's exchange-ready case file; keys leave the demo PKCS#12 files only into this test's tmp.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import select

from desktop.exchange.asice import DS_NS, MANIFEST_NS, MIMETYPE, SHA256_URI, read_container
from desktop.exchange.envelope import decrypt
from desktop.exchange.pki import Credential
from desktop.exchange.verify import PASSED
from desktop.models import Request
from tests.packages_fixtures import (
    CLAIRE,
    NL,
    OWN,
    PIETER,
    Exchange,
    copy_case,
    open_services,
)
from tests.pki_fixtures import identity, load

OPENSSL = shutil.which("openssl") or "/usr/bin/openssl"
ZIP = shutil.which("zip") or "/usr/bin/zip"
SCHEMA = Path(__file__).resolve().parents[1] / "resources" / "schemas" / "request-package-v1.schema.json"

pytestmark = pytest.mark.skipif(not Path(OPENSSL).exists(), reason="needs the openssl command line tool")


def run(
    *argv: str | Path, cwd: Path | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(a) for a in argv], cwd=cwd, input=stdin, capture_output=True, check=False, timeout=60
    )


def must(*argv: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    done = run(*argv, cwd=cwd)
    assert done.returncode == 0, f"{' '.join(map(str, argv))} failed:\n{done.stderr.decode(errors='replace')}"
    return done


def dgst_base64(path: Path) -> str:
    """`openssl dgst -sha256 -binary FILE | base64`, as a partner would type it."""
    digest = must(OPENSSL, "dgst", "-sha256", "-binary", path).stdout
    return subprocess.run(["base64"], input=digest, capture_output=True, check=True).stdout.decode().strip()


def write_key_and_certificate(credential: Credential, folder: Path, stem: str) -> tuple[Path, Path]:
    """The credential as PEM files an OpenSSL user would export from the .p12 (key file 0600)."""
    certificate, key = folder / f"{stem}.pem", folder / f"{stem}.key"
    certificate.write_bytes(credential.certificate.public_bytes(Encoding.PEM))
    fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(credential.private_key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    return certificate, key


@dataclass(frozen=True)
class Exported:
    single: bytes
    cosigned: bytes
    encrypted: bytes
    reference: str


@pytest.fixture(scope="module")
def exported(exchange: Exchange, tmp_path_factory: pytest.TempPathFactory) -> Exported:
    """Three exports of the same approved request: signed by Claire, co-signed by Pieter, encrypted for NL."""
    case = copy_case(exchange, tmp_path_factory.mktemp("interop"))
    reference = exchange.refs["info"]
    password = exchange.password(CLAIRE)
    with open_services(case, CLAIRE) as services:
        single = services.packages.export(reference, password=password)
        cosigned = services.packages.export(
            reference, password=password, filer_password=exchange.password(PIETER)
        )
        encrypted = services.packages.export(reference, password=password, encrypt_for_agency=True)
    return Exported(single.data, cosigned.data, encrypted.data, reference)


def _extract(data: bytes, folder: Path) -> Path:
    folder.mkdir()
    (folder.parent / f"{folder.name}.asice").write_bytes(data)
    with zipfile.ZipFile(folder.parent / f"{folder.name}.asice") as archive:
        archive.extractall(folder)
    return folder


def _openssl_verifies(folder: Path, index: int, ca: Path) -> subprocess.CompletedProcess[bytes]:
    return run(
        OPENSSL, "cms", "-verify", "-binary", "-inform", "DER",
        "-in", f"META-INF/signature{index:03d}.p7s", "-content", f"META-INF/ASiCManifest{index:03d}.xml",
        "-CAfile", ca, "-out", os.devnull,
        cwd=folder,
    )  # fmt: skip


@pytest.mark.parametrize(("which", "signatures"), [("single", 1), ("cosigned", 2)])
def test_every_signature_and_digest_of_an_exported_package_checks_out_with_openssl(
    exported: Exported, exchange: Exchange, tmp_path: Path, which: str, signatures: int
) -> None:
    folder = _extract(getattr(exported, which), tmp_path / which)
    ca = exchange.pki.ca_paths["BE"]
    manifests = sorted((folder / "META-INF").glob("ASiCManifest*.xml"))
    assert len(manifests) == signatures
    for index in range(1, signatures + 1):
        done = _openssl_verifies(folder, index, ca)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        assert b"Verification successful" in done.stderr

    references = 0
    for manifest in manifests:
        root = ET.fromstring(manifest.read_bytes())  # noqa: S314 - our own export, checked just above
        for reference in root.iter(f"{{{MANIFEST_NS}}}DataObjectReference"):
            assert reference.find(f"{{{DS_NS}}}DigestMethod").get("Algorithm") == SHA256_URI  # type: ignore[union-attr]
            value = reference.findtext(f"{{{DS_NS}}}DigestValue")
            assert value == dgst_base64(folder / reference.get("URI", "")), reference.get("URI")
            references += 1
    assert references == 2 * signatures  # request.json and request.pdf in every manifest

    # The check is not vacuous: a manifest changed by one byte no longer verifies.
    first = folder / "META-INF" / "ASiCManifest001.xml"
    first.write_bytes(first.read_bytes().replace(b"request.pdf", b"request.PDF", 1))
    assert _openssl_verifies(folder, 1, ca).returncode != 0
    # Nor does a signature checked against another country's root.
    first.write_bytes(first.read_bytes().replace(b"request.PDF", b"request.pdf", 1))
    assert _openssl_verifies(folder, 1, exchange.pki.ca_paths["NL"]).returncode != 0


def test_openssl_decrypts_an_encrypted_export_into_the_valid_package_we_would_decrypt(
    exported: Exported, exchange: Exchange, tmp_path: Path
) -> None:
    agency = load(exchange.pki.agency_encryption[NL])
    certificate, key = write_key_and_certificate(agency, tmp_path, "enc")
    envelope = tmp_path / f"{exported.reference}.asice.p7m"
    envelope.write_bytes(exported.encrypted)
    must(
        OPENSSL, "cms", "-decrypt", "-binary", "-inform", "DER", "-in", envelope.name,
        "-recip", certificate, "-inkey", key, "-out", "x.asice",
        cwd=tmp_path,
    )  # fmt: skip
    decrypted = (tmp_path / "x.asice").read_bytes()
    assert decrypted == decrypt(exported.encrypted, agency.certificate, agency.private_key)  # type: ignore[arg-type]
    assert decrypted[:4] == b"PK\x03\x04" and decrypted[30:38] == b"mimetype"
    folder = _extract(decrypted, tmp_path / "opened")
    assert _openssl_verifies(folder, 1, exchange.pki.ca_paths["BE"]).returncode == 0
    with open_services(exchange.path, CLAIRE) as services:  # the template is only read here
        report = services.packages.verify(decrypted)
    assert report.indication == PASSED, report.sentence


# --- a package made by a partner with stock tools only ---------------------------------------------


def _hand_written_request_json(kind: str, in_reply_to: str) -> dict[str, object]:
    now = datetime.now(UTC).replace(microsecond=0)
    document: dict[str, object] = {
        "format": "casedesk-request-package",
        "version": 1,
        "package_id": str(uuid.uuid4()),
        "kind": kind,
        "created_at": now.isoformat(),
        "sender": {"agency": NL, "country": "NL"},
        "recipient": {"agency": OWN, "country": "BE"},
        "request": {
            "reference": "NL-LIM-2026-0815",
            "kind": "information_request",
            "legal_basis": "dir-2023-977:4",
            "legal_basis_reference": "Directive (EU) 2023/977 art. 4",
            "legal_basis_confirmed": True,
            "events_on": (now - timedelta(days=2)).isoformat(),
            "urgency": "normal",
            "information_access": None,
            "title": "Vehicle seen at Maastricht-Noord",
            "body": "Written by hand by the Limburg duty desk.",
            "fields": {"plate": "1-ABC-234"},
            "handling_code": "H1",
            "source_evaluation": "B",
            "information_evaluation": "2",
            "due_at": None,
            "approved_by": "Joris de Vries",
            "approved_at": now.isoformat(),
            "loan": None,
        },
        "attachments": [],
    }
    if kind == "answer":
        document["answer"] = {
            "in_reply_to": in_reply_to,
            "text": "The keeper is a leasing company in Maastricht.",
            "answered_at": now.isoformat(),
        }
    return document


def _hand_written_manifest(digest: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<asic:ASiCManifest xmlns:asic="{MANIFEST_NS}" xmlns:ds="{DS_NS}">\n'
        '  <asic:SigReference URI="META-INF/signature001.p7s" MimeType="application/pkcs7-signature"/>\n'
        '  <asic:DataObjectReference URI="request.json" MimeType="application/json">\n'
        f'    <ds:DigestMethod Algorithm="{SHA256_URI}"/>\n'
        f"    <ds:DigestValue>{digest}</ds:DigestValue>\n"
        "  </asic:DataObjectReference>\n"
        "</asic:ASiCManifest>\n"
    )


@pytest.mark.skipif(not Path(ZIP).exists(), reason="needs Info-ZIP's zip command")
@pytest.mark.parametrize("kind", ["answer", "request"])
def test_a_package_assembled_by_a_partner_with_stock_tools_verifies_and_imports(
    exchange: Exchange, tmp_path: Path, kind: str
) -> None:
    case = copy_case(exchange, tmp_path)
    our_reference = exchange.refs["sent"]
    work = tmp_path / "partner"
    (work / "META-INF").mkdir(parents=True)
    signer, key = write_key_and_certificate(load(identity(exchange.pki, "Joris de Vries")), tmp_path, "joris")

    (work / "request.json").write_text(
        json.dumps(_hand_written_request_json(kind, our_reference), indent=2), encoding="utf-8"
    )
    with (work / "mimetype").open("wb") as out:
        subprocess.run(["printf", "%s", MIMETYPE], stdout=out, check=True)
    must(ZIP, "-X", "-0", "pkg.asice", "mimetype", cwd=work)
    (work / "META-INF" / "ASiCManifest001.xml").write_text(
        _hand_written_manifest(dgst_base64(work / "request.json")), encoding="utf-8"
    )
    must(
        OPENSSL, "cms", "-sign", "-binary", "-md", "sha256", "-cades", "-outform", "DER",
        "-signer", signer, "-inkey", key,
        "-in", "META-INF/ASiCManifest001.xml", "-out", "META-INF/signature001.p7s",
        cwd=work,
    )  # fmt: skip
    must(ZIP, "-X", "-r", "pkg.asice", "request.json", "META-INF", cwd=work)
    data = (work / "pkg.asice").read_bytes()
    assert set(read_container(data).data_objects) == {"request.json"}

    with open_services(case, PIETER) as services:
        report = services.packages.verify(data)
        assert report.indication == PASSED, report.sentence
        assert [s.notes for s in report.signatures] == [()], (
            "openssl -cades gives a CAdES baseline-B signature"
        )
        result = services.packages.import_package(data, "pkg.asice")
        if kind == "answer":
            assert (result.outcome, result.request_reference) == ("answered", our_reference)
            assert services.requests.show(our_reference).status == "answered"
        else:
            assert result.outcome == "created"
            with services.case_file.reading() as session:
                request = session.scalar(select(Request).where(Request.reference == result.request_reference))
            assert request is not None and request.direction == "incoming"
            assert (request.status, request.external_reference) == ("received", "NL-LIM-2026-0815")


def test_the_request_json_we_export_validates_against_the_published_schema(exported: Exported) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for data in (exported.single, exported.cosigned):
        document = json.loads(read_container(data).data_objects["request.json"])
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    assert hashlib.sha256(exported.single).hexdigest() != hashlib.sha256(exported.cosigned).hexdigest()
