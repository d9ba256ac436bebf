"""Request packages: export-and-sign and verify, our code beside stock `openssl cms`, in one run.

    PYTHONPATH=. .venv/bin/python bench/bench_packages.py [--count 1000] [--exports 10] [--keep DIR]

For an EC P-256 signer and an RSA-3072 signer of a throw-away demo PKI (`make_demo_pki`, the same
people as `casedesk demo --packages`), on --count packages each:

(a) export-and-sign, our code: per package build request.json (`RequestDocument.to_json`), the data
    objects (request.json + request.pdf) and the container, signed with
    `desktop.exchange.cades.sign_detached` through `desktop.exchange.asice.build_container` — the
    path of `PackageService.export` minus the database. The PDFs are rendered beforehand (--pdfs
    distinct documents, reused in turn) and their rendering is timed on its own. Breakdown:
    `sign_detached` alone over the same manifests, and `build_container` with the signatures
    already made (manifest + ZIP).
    Beside it, stock OpenSSL on the SAME manifest bytes: `openssl cms -sign -binary -md sha256
    -cades -outform DER -signer … -inkey … -certfile CA` — one openssl process per package, run
    by one `sh` loop (what a partner's script does), and the same loop running `openssl version`
    (three times per signer, the median kept) to show what starting a process costs.
    Then a handful (--exports) of full `PackageService.export` calls through a demo case file
    (minimal KDF), beside the credential unlock (PKCS#12) and the PDF rendering timed alone, so
    that the database's share can be read off.

(b) verify: `desktop.exchange.verify.verify_package` on the --count containers made in (a), with
    the demo trust store (three root CAs and an encryption certificate, each pinned to its
    agency); breakdown: `read_container`, `verify_detached`, and `validate_chain` as verify_package
    calls it (against each pinned certificate at the claimed signing time, then the sender's one
    now). Beside it, `openssl cms -verify -binary -inform DER -in SIG -content
    MANIFEST -CAfile CA -out /dev/null` on the same signatures and manifests (one process per
    package), and the partner guide's whole check (unzip, then docs/partner-guide.md's check.sh:
    signature, signer subject, a digest per file, coverage) per package; the bench warns when its
    copy of check.sh differs from the guide's.

Every signature is checked across: OpenSSL must verify each of ours and `verify_detached` each
of OpenSSL's; every package must come out TOTAL_PASSED. Figures are means over --count packages
(ms per package and packages per second) measured in this run. Speed is reported, never asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import stat
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.backends.openssl.backend import backend as _crypto_backend
from cryptography.hazmat.primitives import serialization

from desktop.exchange.asice import DataObject, build_container, read_container
from desktop.exchange.cades import sign_detached, verify_detached
from desktop.exchange.pki import Credential, load_pkcs12, make_demo_pki
from desktop.exchange.request_document import (
    Party,
    RequestDocument,
    RequestSection,
    form_languages,
    utc_text,
)
from desktop.exchange.trust import load_certificates, validate_chain
from desktop.exchange.verify import PASSED, verify_package
from desktop.services.demo import DEMO_PKI_AGENCIES, DEMO_PKI_PEOPLE, DEMO_PKI_RSA_PEOPLE

SIGNERS = (("EC P-256", "Claire Dubois"), ("RSA-3072", "Marc Wagner"))
SENDER = Party("BE-FEDPOL-CGI", "BE")
RECIPIENT = Party("NL-POLITIE-LIMBURG", "NL")
LANGUAGES = form_languages(("nl",))

# docs/partner-guide.md, "check.sh" (kept identical: the bench times what the guide tells partners to run).
CHECK_SH = r"""#!/bin/sh
# check.sh CA.pem -- run inside the unzipped package; exit status 0 only when every check passed
ca=$1; tmp=$(mktemp -d); status=0
for m in META-INF/ASiCManifest*.xml; do
  sig=$(sed -n 's/.*<asic:SigReference .*URI="\([^"]*\)".*/\1/p' "$m")
  if openssl cms -verify -binary -inform DER -in "$sig" -content "$m" -CAfile "$ca" \
       -signer "$tmp/signer.pem" -out /dev/null 2>"$tmp/err"
  then echo "signed:  $m by $(openssl x509 -in "$tmp/signer.pem" -noout -subject)"
  else echo "FAILED:  $sig: $(tail -n 1 "$tmp/err")"; status=1; fi
  sed -n -e 's/.*<asic:DataObjectReference .*URI="\([^"]*\)".*/\1/p' \
         -e 's/.*<ds:DigestValue>\(.*\)<\/ds:DigestValue>.*/\1/p' "$m" > "$tmp/refs"
  while read -r name && read -r want; do
    if [ "$(openssl dgst -sha256 -binary "$name" | base64)" = "$want" ]
    then echo "intact:  $name"; else echo "FAILED:  $name differs from $m"; status=1; fi
  done < "$tmp/refs"
  cat "$tmp/refs" >> "$tmp/all"
done
find . -type f ! -name mimetype ! -path './META-INF/*' | sed 's|^\./||' > "$tmp/files"
while read -r f; do
  grep -qxF -e "$f" "$tmp/all" || { echo "FAILED:  $f is signed by no manifest"; status=1; }
done < "$tmp/files"
rm -rf "$tmp"; exit $status
"""


@dataclass
class Side:
    """The figures of one signer (key type), in seconds for the whole --count unless named otherwise."""

    label: str
    seconds: dict[str, float] = field(default_factory=dict)
    containers: list[bytes] = field(default_factory=list)
    manifests: list[bytes] = field(default_factory=list)
    signatures: list[bytes] = field(default_factory=list)
    spawns: list[float] = field(default_factory=list)  # `openssl version` loops, before and after the others


def guide_check_sh_differs() -> bool:
    """Whether docs/partner-guide.md's check.sh is no longer the copy timed here."""
    guide = Path(__file__).resolve().parent.parent / "docs" / "partner-guide.md"
    if not guide.exists():
        return False
    found = re.search(r"```sh\n(#!/bin/sh\n.*?)```", guide.read_text(encoding="utf-8"), re.DOTALL)
    return found is None or found.group(1) != CHECK_SH


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def openssl_cli_version() -> str:
    return subprocess.run(["openssl", "version"], capture_output=True, text=True, check=True).stdout.strip()


def document(index: int) -> RequestDocument:
    """A request like the demo's information request, different in every package."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    section = RequestSection(
        reference=f"OUT-2026-{index:06d}",
        kind="information_request",
        legal_basis="dir-2023-977:4",
        legal_basis_reference="Directive (EU) 2023/977 art. 4",
        legal_basis_confirmed=True,
        events_on=utc_text(now - dt.timedelta(days=1 + index % 30)),  # type: ignore[arg-type]
        urgency="urgent" if index % 3 == 0 else "normal",
        information_access="direct",
        title=f"Keeper of a grey Audi A6 seen at Lanaken ({index})",
        body=(
            f"Please provide the registered keeper and recent checks of plate {index % 10}-ABC-{index % 1000:03d}. "
            "The vehicle was used in an armed robbery in Hasselt; witnesses saw it cross into Maastricht."
        ),
        fields={
            "information_requested": "Registered keeper, recent checks",
            "purpose": "Identify the suspects",
            "reasons": "The vehicle was used in an armed robbery in Hasselt",
        },
        handling_code="H1",
        source_evaluation="B",
        information_evaluation="2",
        due_at=None,
        approved_by="Claire Dubois",
        approved_at=utc_text(now),
    )
    return RequestDocument(
        package_id=str(uuid.uuid4()),
        kind="request",
        created_at=utc_text(now),  # type: ignore[arg-type]
        sender=SENDER,
        recipient=RECIPIENT,
        request=section,
    )


def run_sh(script: Path, cwd: Path) -> tuple[float, str]:
    """Run a shell script once; its wall time and its standard output."""
    started = time.perf_counter()
    done = subprocess.run(["sh", str(script)], cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{script.name} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed, done.stdout


def write_private(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


# ------------------------------------------------------------------------------------------------ (a)


def sign_ours(
    side: Side, credential: Credential, documents: list[RequestDocument], pdfs: list[bytes]
) -> None:
    captured: list[bytes] = []

    def signer(manifest: bytes) -> bytes:
        captured.append(manifest)
        return sign_detached(manifest, credential)

    started = time.perf_counter()
    for index, doc in enumerate(documents):
        objects = [
            DataObject("request.json", doc.to_json(), "application/json"),
            DataObject("request.pdf", pdfs[index % len(pdfs)], "application/pdf"),
        ]
        side.containers.append(build_container(objects, [signer]))
    side.seconds["ours_export"] = time.perf_counter() - started
    side.manifests = captured
    side.signatures = [read_container(c).signatures["META-INF/signature001.p7s"] for c in side.containers]

    started = time.perf_counter()
    for manifest in side.manifests:
        sign_detached(manifest, credential)
    side.seconds["ours_sign_only"] = time.perf_counter() - started

    jsons = [doc.to_json() for doc in documents]
    started = time.perf_counter()
    for index, (raw, signature) in enumerate(zip(jsons, side.signatures, strict=True)):
        objects = [
            DataObject("request.json", raw, "application/json"),
            DataObject("request.pdf", pdfs[index % len(pdfs)], "application/pdf"),
        ]
        build_container(objects, [lambda _manifest, s=signature: s])
    side.seconds["ours_container_only"] = time.perf_counter() - started


def openssl_files(work: Path, side: Side, credential: Credential, ca_pem: bytes) -> Path:
    folder = work / side.label.replace(" ", "-").lower()
    shutil.rmtree(folder, ignore_errors=True)
    for sub in ("m", "s", "o", "p", "x"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    write_private(
        folder / "key.pem",
        credential.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )
    (folder / "cert.pem").write_bytes(credential.certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "ca.pem").write_bytes(ca_pem)
    (folder / "check.sh").write_text(CHECK_SH, encoding="ascii")
    for index, (manifest, signature, container) in enumerate(
        zip(side.manifests, side.signatures, side.containers, strict=True)
    ):
        (folder / "m" / f"{index}.xml").write_bytes(manifest)
        (folder / "s" / f"{index}.p7s").write_bytes(signature)
        (folder / "p" / f"{index}.asice").write_bytes(container)
    count = len(side.manifests)
    loop = f"i=0\nwhile [ $i -lt {count} ]; do\n  {{body}}\n  i=$((i + 1))\ndone\n"
    scripts = {
        "spawn.sh": "openssl version > /dev/null",
        "sign.sh": "openssl cms -sign -binary -md sha256 -cades -outform DER -in m/$i.xml "
        "-signer cert.pem -inkey key.pem -certfile ca.pem -out o/$i.p7s || echo FAIL $i",
        "verify.sh": "openssl cms -verify -binary -inform DER -in s/$i.p7s -content m/$i.xml "
        "-CAfile ca.pem -out /dev/null 2>/dev/null || echo FAIL $i",
        "partner.sh": "mkdir x/$i && unzip -q -d x/$i p/$i.asice && "
        "(cd x/$i && sh ../../check.sh ../../ca.pem > /dev/null) || echo FAIL $i",
    }
    for name, body in scripts.items():
        (folder / name).write_text(loop.replace("{body}", body), encoding="ascii")
    return folder


def sign_openssl(side: Side, folder: Path) -> None:
    side.spawns.append(run_sh(folder / "spawn.sh", folder)[0])
    side.seconds["openssl_sign"], out = run_sh(folder / "sign.sh", folder)
    if "FAIL" in out:
        raise SystemExit(f"openssl cms -sign failed: {out[:500]}")
    bad = 0
    for index, manifest in enumerate(side.manifests):
        check = verify_detached((folder / "o" / f"{index}.p7s").read_bytes(), manifest)
        if not check.intact or check.problems:
            bad += 1
    if bad:
        raise SystemExit(f"{bad} OpenSSL signatures did not pass verify_detached cleanly.")


# ------------------------------------------------------------------------------------------------ (b)


def verify_all(side: Side, anchors: list, folder: Path) -> None:  # type: ignore[type-arg]
    started = time.perf_counter()
    reports = [verify_package(container, anchors) for container in side.containers]
    side.seconds["ours_verify"] = time.perf_counter() - started
    failed = [r for r in reports if r.indication != PASSED]
    if failed:
        raise SystemExit(f"{len(failed)} packages did not pass: {failed[0].sentence}")

    side.seconds["ours_read_container"] = sum(timed(lambda c=c: read_container(c)) for c in side.containers)
    checks = []
    started = time.perf_counter()
    for signature, manifest in zip(side.signatures, side.manifests, strict=True):
        checks.append(verify_detached(signature, manifest))
    side.seconds["ours_verify_detached"] = time.perf_counter() - started
    # The trust part of verify_package: each pinned certificate at the claimed signing time, then
    # the sender's again now (verify._signature does the same calls).
    now = dt.datetime.now(dt.UTC)
    started = time.perf_counter()
    for check in checks:
        assert check.signer is not None
        intermediates = [c for c in check.certificates if c != check.signer]
        signed_at = check.signing_time or now
        for _agency, anchor in anchors:
            if validate_chain(check.signer, intermediates, [anchor], at=signed_at).trusted:
                validate_chain(check.signer, intermediates, [anchor], at=now)
    side.seconds["ours_chain"] = time.perf_counter() - started

    side.spawns.append(run_sh(folder / "spawn.sh", folder)[0])
    side.seconds["openssl_verify"], out = run_sh(folder / "verify.sh", folder)
    if "FAIL" in out:
        raise SystemExit(f"openssl cms -verify refused our signatures: {out[:500]}")
    side.seconds["partner_check"], out = run_sh(folder / "partner.sh", folder)
    if "FAIL" in out:
        raise SystemExit(f"the partner guide's check failed: {out[:500]}")
    side.spawns.append(run_sh(folder / "spawn.sh", folder)[0])
    side.seconds["openssl_spawn"] = statistics.median(side.spawns)


# ------------------------------------------------------------------------------------------ case file


@dataclass
class ExportFigures:
    count: int
    export_ms: list[float]
    unlock_ms: list[float]
    pdf_ms: list[float]


def full_exports(work: Path, count: int) -> ExportFigures:
    """`PackageService.export` through a demo case file (minimal KDF), and its parts timed alone."""
    from sqlalchemy import select

    from desktop.exchange.pdf import render_request_pdf
    from desktop.models import Member
    from desktop.models.enums import InformationAccess, RequestKind, Urgency
    from desktop.services.casefile import open_case_file
    from desktop.services.demo import make_demo
    from desktop.services.demo_packages import make_demo_packages
    from desktop.services.facade import Services
    from desktop.services.requests import NewRequest
    from desktop.vault import KdfParams

    passphrase = "bench packages"
    path = work / "exports.casedesk"
    make_demo(path, passphrase, cases=1, requests=0, kdf=KdfParams.minimum())
    made = make_demo_packages(path, passphrase, work / "demo-packages", render_request_pdf)
    claire = next(i for i in made.pki.identities if i.name == "Claire Dubois")

    duty = open_case_file(path, passphrase, member="Pieter Janssens")
    try:
        services = Services(duty)
        refs = []
        for index in range(count):
            view = services.requests.create(
                NewRequest(
                    kind=RequestKind.INFORMATION_REQUEST,
                    partner_code="NL-POLITIE-LIMBURG",
                    legal_basis="dir-2023-977:4",
                    events_on=dt.datetime.now(dt.UTC) - dt.timedelta(days=1),
                    title=f"Keeper of a grey Audi A6 seen at Lanaken ({index})",
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
            services.requests.submit(view.reference)
            refs.append(view.reference)
    finally:
        duty.close()

    supervisor = open_case_file(path, passphrase, member="Claire Dubois")
    try:
        services = Services(supervisor, render_pdf=render_request_pdf)
        for ref in refs:
            services.requests.approve(ref)
        with supervisor.reading() as session:
            member_id = session.scalar(select(Member.id).where(Member.name == "Claire Dubois"))
        export_ms, unlock_ms, pdf_ms = [], [], []
        for ref in refs:
            started = time.perf_counter()
            result = services.packages.export(ref, password=claire.password)
            export_ms.append((time.perf_counter() - started) * 1000)
            report = verify_package(result.data, services.trust.anchors(), now=dt.datetime.now(dt.UTC))
            if report.indication != PASSED or report.document is None:
                raise SystemExit(f"an exported package did not verify: {report.sentence}")
            unlock_ms.append(timed(lambda: services.credentials.unlock(member_id, claire.password)) * 1000)
            doc = report.document
            pdf_ms.append(timed(lambda d=doc: render_request_pdf(d, LANGUAGES)) * 1000)
    finally:
        supervisor.close()
    return ExportFigures(count, export_ms, unlock_ms, pdf_ms)


# ---------------------------------------------------------------------------------------------- output


def line(label: str, figures: list[tuple[float, float] | None]) -> str:
    cells = []
    for pair in figures:
        cells += ["        —", "        —"] if pair is None else [f"{pair[0]:9.3f}", f"{pair[1]:9.0f}"]
    return f"{label:<60}" + "".join(cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="packages per signer (default 1000)")
    parser.add_argument("--exports", type=int, default=10, help="full PackageService.export calls")
    parser.add_argument("--pdfs", type=int, default=20, help="distinct request.pdf files rendered")
    parser.add_argument("--keep", type=Path, help="work in DIR and leave the files there")
    args = parser.parse_args(argv)
    if args.count < 1 or args.pdfs < 1 or args.exports < 0:
        parser.error("--count and --pdfs must be at least 1, --exports at least 0")
    if shutil.which("openssl") is None or shutil.which("unzip") is None:
        parser.error("openssl and unzip must be on PATH")

    if guide_check_sh_differs():
        print("warning: check.sh in docs/partner-guide.md differs from the copy timed here", file=sys.stderr)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="casedesk-bench-packages-"))
    work.mkdir(parents=True, exist_ok=True)
    log = lambda message: print(message, file=sys.stderr)  # noqa: E731
    try:
        log(f"demo PKI and {args.pdfs} request.pdf files in {work} …")
        pki = make_demo_pki(
            work / "pki", DEMO_PKI_PEOPLE, agencies=DEMO_PKI_AGENCIES, rsa_people=DEMO_PKI_RSA_PEOPLE
        )
        anchors = [
            (agency, load_certificates(pki.ca_paths[country].read_bytes())[0])
            for agency, country in DEMO_PKI_AGENCIES
        ]
        enc = pki.agency_encryption["NL-POLITIE-LIMBURG"]
        anchors.append(("NL-POLITIE-LIMBURG", load_certificates(enc.certificate_path.read_bytes())[0]))

        from desktop.exchange.pdf import ensure_gui_application, render_request_pdf

        ensure_gui_application()
        render_request_pdf(document(0), LANGUAGES)  # fonts and Qt's first-use set-up, not timed
        pdf_documents = [document(i) for i in range(args.pdfs)]
        started = time.perf_counter()
        pdfs = [render_request_pdf(doc, LANGUAGES) for doc in pdf_documents]
        pdf_seconds = time.perf_counter() - started

        documents = [document(i) for i in range(args.count)]
        sides: list[Side] = []
        for label, person in SIGNERS:
            identity = next(i for i in pki.identities if i.name == person)
            credential = load_pkcs12(identity.p12_path.read_bytes(), identity.password.encode())
            side = Side(label)
            log(f"{label}: signing {args.count} packages with our code …")
            sign_ours(side, credential, documents, pdfs)
            folder = openssl_files(work, side, credential, pki.ca_paths["BE"].read_bytes())
            log(f"{label}: openssl cms -sign, one process per package …")
            sign_openssl(side, folder)
            log(f"{label}: verifying with verify_package and openssl cms -verify …")
            verify_all(side, anchors, folder)
            sides.append(side)
        exports = None
        if args.exports:
            log(f"{args.exports} full PackageService.export calls through a case file …")
            exports = full_exports(work, args.exports)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    n = args.count
    per = lambda seconds: (seconds * 1000 / n, n / seconds if seconds else float("inf"))  # noqa: E731
    pkg = len(sides[0].containers[0])
    print(f"Benelux Case Desk: package bench, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine()}")
    print(
        f"ours: cryptography (bundled {_crypto_backend.openssl_version_text()}) + asn1crypto; "
        f"stock: {openssl_cli_version()}, one process per package from one sh loop"
    )
    print(
        f"packages: {n:,} per signer; request.json + request.pdf ({args.pdfs} distinct PDFs reused), "
        f"about {pkg // 1024} KiB each; trust store: {len(anchors)} pinned certificates"
    )
    print()
    header = f"{'per package':<60}{'EC ms':>9}{'pkg/s':>9}{'RSA ms':>9}{'pkg/s':>9}"
    print(header)
    print("-" * len(header))
    get = lambda key: [per(s.seconds[key]) for s in sides]  # noqa: E731
    print("(a) export-and-sign")
    print(line("ours: to_json + data objects + sign + container", get("ours_export")))
    print(line("  of which sign_detached alone", get("ours_sign_only")))
    print(line("  of which manifest + ZIP alone (build_container)", get("ours_container_only")))
    print(line("openssl cms -sign -cades (one process each)", get("openssl_sign")))
    print(line("  of which process spawn (openssl version, median of 3)", get("openssl_spawn")))
    print(
        line(
            "  openssl cms -sign minus spawn",
            [per(s.seconds["openssl_sign"] - s.seconds["openssl_spawn"]) for s in sides],
        )
    )
    print("(b) verify")
    print(line("ours: verify_package (ZIP, request.json, CMS, trust)", get("ours_verify")))
    print(line("  of which read_container alone", get("ours_read_container")))
    print(line("  of which verify_detached alone", get("ours_verify_detached")))
    print(line(f"  of which validate_chain: {len(anchors)} pinned certs + now", get("ours_chain")))
    print(line("openssl cms -verify (one process each)", get("openssl_verify")))
    print(
        line(
            "  openssl cms -verify minus spawn",
            [per(s.seconds["openssl_verify"] - s.seconds["openssl_spawn"]) for s in sides],
        )
    )
    print(line("partner guide: unzip + check.sh (about 20 processes)", get("partner_check")))
    print()
    print("ratios ours/openssl (below 1: ours is faster)")
    for s in sides:
        sec = s.seconds
        sign_net = sec["openssl_sign"] - sec["openssl_spawn"]
        verify_net = sec["openssl_verify"] - sec["openssl_spawn"]
        print(
            f"  {s.label:<9} sign: export {sec['ours_export'] / sec['openssl_sign']:.2f}, "
            f"export vs openssl minus spawn {sec['ours_export'] / sign_net:.2f}, "
            f"sign_detached vs openssl minus spawn {sec['ours_sign_only'] / sign_net:.2f}; "
            f"verify: verify_package {sec['ours_verify'] / sec['openssl_verify']:.2f}, "
            f"vs openssl minus spawn {sec['ours_verify'] / verify_net:.2f}, "
            f"verify_detached vs openssl minus spawn {sec['ours_verify_detached'] / verify_net:.2f}"
        )
    print()
    print(
        f"request.pdf rendering alone (Qt, {args.pdfs} documents): {pdf_seconds * 1000 / args.pdfs:.1f} ms each"
    )
    if exports is not None:
        med = statistics.median
        export, unlock, pdf = med(exports.export_ms), med(exports.unlock_ms), med(exports.pdf_ms)
        sign = sides[0].seconds["ours_export"] * 1000 / n
        print(
            f"full PackageService.export through a case file, EC signer, median of {exports.count}: "
            f"{export:.1f} ms (min {min(exports.export_ms):.1f}, max {max(exports.export_ms):.1f})"
        )
        print(
            f"  parts timed alone: credential unlock (PKCS#12) {unlock:.1f} ms, PDF {pdf:.1f} ms, "
            f"sign + container {sign:.1f} ms; the rest (database reads, plan, package row, "
            f"status change, commit) about {export - unlock - pdf - sign:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
