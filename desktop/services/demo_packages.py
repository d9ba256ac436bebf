"""`casedesk demo PATH --packages DIR`: a demo PKI, signed packages and a partner's answer to try verification.

Written into DIR: `pki/` (root CAs per country, PKCS#12 files and their printed passwords),
`trust/` (the CA certificates a partner would need), our outgoing packages (one encrypted for
the Limburg unit) and an answer package signed by the Dutch partner, ready to import.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.exchange.asice import DataObject, build_container
from desktop.exchange.cades import sign_detached
from desktop.exchange.pki import DemoPki, load_pkcs12, make_demo_pki
from desktop.exchange.request_document import AnswerSection, Party, RequestDocument, form_languages, utc_text
from desktop.models.enums import InformationAccess, RequestKind, Urgency
from desktop.services.casefile import open_case_file
from desktop.services.demo import DEMO_PKI_AGENCIES, DEMO_PKI_PEOPLE, DEMO_PKI_RSA_PEOPLE
from desktop.services.facade import Services
from desktop.services.packages import PdfRenderer
from desktop.services.requests import LoanLine, NewRequest


@dataclass(frozen=True)
class DemoPackages:
    directory: Path
    pki: DemoPki
    files: tuple[Path, ...]


def _identity(pki: DemoPki, name: str):  # type: ignore[no-untyped-def]
    return next(i for i in pki.identities if i.name == name)


def make_demo_packages(path: Path, passphrase: str, directory: Path, render_pdf: PdfRenderer) -> DemoPackages:
    directory.mkdir(parents=True, exist_ok=True)
    pki = make_demo_pki(
        directory / "pki", DEMO_PKI_PEOPLE, agencies=DEMO_PKI_AGENCIES, rsa_people=DEMO_PKI_RSA_PEOPLE
    )
    trust_dir = directory / "trust"
    trust_dir.mkdir(exist_ok=True)
    for country, ca in pki.ca_paths.items():
        shutil.copy(ca, trust_dir / f"ca-{country}.pem")
    claire, pieter = _identity(pki, "Claire Dubois"), _identity(pki, "Pieter Janssens")
    now = datetime.now(UTC)

    duty = open_case_file(path, passphrase, member="Pieter Janssens")
    try:
        services = Services(duty)
        services.credentials.import_pkcs12(pieter.p12_path.read_bytes(), pieter.password)
        info = services.requests.create(
            NewRequest(
                kind=RequestKind.INFORMATION_REQUEST,
                partner_code="NL-POLITIE-LIMBURG",
                legal_basis="dir-2023-977:4",
                events_on=now - timedelta(days=1),
                title="Keeper of a grey Audi A6 seen at Lanaken",
                body="Please provide the registered keeper and recent checks of plate 1-ABC-234.",
                urgency=Urgency.URGENT,
                information_access=InformationAccess.DIRECT,
                form_values={
                    "information_requested": "Registered keeper, recent checks",
                    "purpose": "Identify the suspects",
                    "reasons": "The vehicle was used in an armed robbery in Hasselt",
                },
            )
        )
        loan = services.requests.create(
            NewRequest(
                kind=RequestKind.EQUIPMENT_LOAN,
                partner_code="LU-POLICE-DRI",
                legal_basis="benelux-2018:equipment-loan",
                events_on=now,
                title="Loan of two thermal cameras for a joint operation",
                form_values={"purpose": "Joint observation on the E411"},
                loan_start=now + timedelta(days=2),
                loan_end=now + timedelta(days=9),
                loan_lines=(LoanLine("Thermal camera", 2, "TC-0101, TC-0102"),),
            )
        )
        for request in (info, loan):
            services.requests.submit(request.reference)
    finally:
        duty.close()

    supervisor = open_case_file(path, passphrase, member="Claire Dubois")
    files: list[Path] = []
    try:
        services = Services(supervisor, render_pdf=render_pdf)
        services.credentials.import_pkcs12(claire.p12_path.read_bytes(), claire.password)
        for agency, country in DEMO_PKI_AGENCIES:
            services.trust.add(agency, pki.ca_paths[country].read_bytes())
        services.trust.add(
            "NL-POLITIE-LIMBURG", pki.agency_encryption["NL-POLITIE-LIMBURG"].certificate_path.read_bytes()
        )
        for request in (info, loan):
            services.requests.approve(request.reference)
        plain = services.packages.export(loan.reference, password=claire.password)
        encrypted = services.packages.export(
            info.reference, password=claire.password, encrypt_for_agency=True
        )
        for result in (plain, encrypted):
            target = directory / result.file_name
            target.write_bytes(result.data)
            files.append(target)
    finally:
        supervisor.close()

    answer = _partner_answer(pki, info.reference, render_pdf)
    target = directory / f"answer-from-NL-POLITIE-LIMBURG-to-{info.reference}.asice"
    target.write_bytes(answer)
    files.append(target)
    (directory / "README.txt").write_text(_readme(files, pki), encoding="utf-8")
    return DemoPackages(directory, pki, tuple(files))


def _partner_answer(pki: DemoPki, our_reference: str, render_pdf: PdfRenderer) -> bytes:
    """What the Limburg unit would send back, signed by its officer (made here with our own library)."""
    from desktop.exchange.request_document import RequestSection

    joris = _identity(pki, "Joris de Vries")
    credential = load_pkcs12(joris.p12_path.read_bytes(), joris.password.encode())
    now = datetime.now(UTC)
    section = RequestSection(
        reference=f"NL-LIM-{now:%Y}-0042",
        kind="information_request",
        legal_basis="dir-2023-977:4",
        legal_basis_reference="Directive (EU) 2023/977 art. 4",
        legal_basis_confirmed=True,
        events_on=utc_text(now - timedelta(days=1)),
        urgency="urgent",
        information_access="direct",  # type: ignore[arg-type]
        title="Keeper of a grey Audi A6 seen at Lanaken",
        body="",
        fields={},
        handling_code="H1",
        source_evaluation="B",
        information_evaluation="2",
        due_at=None,
        approved_by=None,
        approved_at=None,
    )
    document = RequestDocument(
        package_id=str(uuid.uuid4()),
        kind="answer",
        created_at=utc_text(now),  # type: ignore[arg-type]
        sender=Party("NL-POLITIE-LIMBURG", "NL"),
        recipient=Party("BE-FEDPOL-CGI", "BE"),
        request=section,
        answer=AnswerSection(
            our_reference,
            "Registered keeper: a leasing company in Maastricht; the car was reported "
            "stolen on the morning of the robbery.",
            utc_text(now),
        ),  # type: ignore[arg-type]
    )
    objects = [
        DataObject("request.json", document.to_json(), "application/json"),
        DataObject("request.pdf", render_pdf(document, form_languages(("fr", "nl"))), "application/pdf"),
    ]
    return build_container(objects, [lambda manifest: sign_detached(manifest, credential)])


def _readme(files: list[Path], pki: DemoPki) -> str:
    lines = [
        "Benelux Case Desk demo packages — for trying the product only, never for real cases.",
        "",
        "Verify with this application:",
        *(
            f"  casedesk package verify {f.name} --trust trust/ca-BE.pem"
            for f in files
            if "answer" not in f.name and not f.name.endswith(".p7m")
        ),
        "  (the .p7m is encrypted for the Limburg unit: add --decrypt-key pki/encryption-nl-politie-limburg.p12)",
        "Import the partner's answer into the demo case file:",
        *(f"  casedesk package import DEMO.casedesk {f.name}" for f in files if "answer" in f.name),
        "",
        "Verify with OpenSSL alone (see docs/partner-guide.md):",
        "  unzip -q -d x PACKAGE.asice && openssl cms -verify -binary -inform DER -in x/META-INF/signature001.p7s \\",
        "    -content x/META-INF/ASiCManifest001.xml -CAfile trust/ca-BE.pem -out /dev/null",
        "",
        "Passwords of the PKCS#12 files are in pki/passwords.txt.",
    ]
    return "\n".join(lines) + "\n"
