"""Validation of a request package, reported in the style of the EU DSS.

TOTAL_PASSED: every file covered and intact, every signature intact and chaining to a trusted
certificate pinned to the sending agency, at the claimed signing time and now.
INDETERMINATE: nothing is broken, but trust cannot be established (unknown signer, incomplete
chain, expired certificate without proof of time, signer pinned to another agency).
TOTAL_FAILED: something changed or is malformed (a file's digest, a signature, the container).

Every outcome carries one plain sentence that says what it means and what to do: a `Said`
(desktop.sentences), English when printed, translated by the GUI. `to_json` gives the English.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cryptography import x509

from desktop.exchange.asice import Container, ContainerError, digest_matches, read_container
from desktop.exchange.cades import verify_detached
from desktop.exchange.pki import fingerprint
from desktop.exchange.request_document import PackageFormatError, RequestDocument, parse_request_document
from desktop.exchange.trust import validate_chain
from desktop.sentences import Said, said

PASSED, INDETERMINATE, FAILED = "TOTAL_PASSED", "INDETERMINATE", "TOTAL_FAILED"
FILE_PASSED, FILE_FAILED = "PASSED", "FAILED"  # per file, as DSS reports signed data objects
# A sender's clock a few minutes ahead is normal; a signing time beyond that is not believed.
_CLOCK_SKEW = timedelta(minutes=10)
_RANK = {PASSED: 0, FILE_PASSED: 0, INDETERMINATE: 1, FAILED: 2, FILE_FAILED: 2}


@dataclass(frozen=True)
class SignatureReport:
    signature: str
    manifest: str
    indication: str
    sub_indication: str | None
    sentence: Said
    signer: str | None = None
    signer_fingerprint: str | None = None
    signer_agency: str | None = None
    signing_time: str | None = None
    notes: tuple[Said, ...] = ()


@dataclass(frozen=True)
class FileReport:
    name: str
    indication: str
    sentence: Said
    covered_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValidationReport:
    indication: str
    sub_indication: str | None
    sentence: Said
    package_sha256: str
    signatures: tuple[SignatureReport, ...] = ()
    files: tuple[FileReport, ...] = ()
    document: RequestDocument | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, object]:
        """The report for scripts, its sentences in English."""
        return {
            "indication": self.indication,
            "sub_indication": self.sub_indication,
            "sentence": str(self.sentence),
            "package_sha256": self.package_sha256,
            "signatures": [
                vars(s) | {"sentence": str(s.sentence), "notes": [str(note) for note in s.notes]}
                for s in self.signatures
            ],
            "files": [
                vars(f) | {"sentence": str(f.sentence), "covered_by": list(f.covered_by)} for f in self.files
            ],
        }


def _worst(indications: Sequence[str]) -> str:
    return max(indications, key=_RANK.__getitem__) if indications else FAILED


def verify_package(
    data: bytes, anchors: Sequence[tuple[str, x509.Certificate]], *, now: datetime | None = None
) -> ValidationReport:
    """anchors: (agency code, certificate) pairs from the trust store. Never raises for bad input."""
    now = now or datetime.now(UTC)
    digest = hashlib.sha256(data).hexdigest()
    try:
        container = read_container(data)
    except ContainerError as error:
        return ValidationReport(FAILED, error.sub_indication, error.said, digest)
    try:
        document = parse_request_document(container.data_objects.get("request.json", b""))
    except PackageFormatError as error:
        sentence = (
            error.said
            if "request.json" in container.data_objects
            else said("The package has no request.json.")
        )
        return ValidationReport(FAILED, "FORMAT_FAILURE", sentence, digest, files=_files(container))
    files = _files(container)
    listed = _listed_attachment_problem(document, container)
    if listed is not None:
        return ValidationReport(FAILED, "FORMAT_FAILURE", listed, digest, files=files, document=document)
    signatures = tuple(
        _signature(container, m.name, anchors, document.sender.agency, now) for m in container.manifests
    )
    indication = _worst([s.indication for s in signatures] + [f.indication for f in files])
    if indication == PASSED:
        sentence = said(
            "The package from {agency} is intact and signed by {signers}, whose certificates you trust.",
            agency=document.sender.agency,
            signers=", ".join(s.signer or "?" for s in signatures),
        )
        return ValidationReport(PASSED, None, sentence, digest, signatures, files, document)
    first = next((s for s in signatures if s.indication == indication), None)
    broken_file = next((f for f in files if f.indication == FILE_FAILED), None)
    if broken_file is not None:
        return ValidationReport(
            FAILED, "HASH_FAILURE", broken_file.sentence, digest, signatures, files, document
        )
    assert first is not None
    return ValidationReport(
        indication, first.sub_indication, first.sentence, digest, signatures, files, document
    )


def _listed_attachment_problem(document: RequestDocument, container: Container) -> Said | None:
    """request.json's attachment list must describe exactly the attachments the container holds."""
    carried = {name for name in container.data_objects if name not in ("request.json", "request.pdf")}
    listed = {entry.name: entry for entry in document.attachments}
    for name in sorted(set(listed) ^ carried):
        if name in listed:
            return said(
                "request.json lists the attachment {attachment!r}, but the container lacks it.",
                attachment=name,
            )
        return said(
            "request.json does not list the attachment {attachment!r}, but the container holds it.",
            attachment=name,
        )
    for name, entry in sorted(listed.items()):
        content = container.data_objects[name]
        if entry.size != len(content) or entry.sha256 != hashlib.sha256(content).hexdigest():
            return said(
                "The attachment {attachment!r} differs from the size or SHA-256 request.json gives for it.",
                attachment=name,
            )
    return None


def _files(container: Container) -> tuple[FileReport, ...]:
    reports = []
    for name, content in sorted(container.data_objects.items()):
        covering = [m for m in container.manifests if any(r.uri == name for r in m.references)]
        bad = [
            m.name for m in covering for r in m.references if r.uri == name and not digest_matches(r, content)
        ]
        if bad:
            reports.append(
                FileReport(
                    name,
                    FILE_FAILED,
                    said(
                        "{file} was changed after it was signed (its digest does not match {manifest}).",
                        file=name,
                        manifest=bad[0],
                    ),
                    tuple(m.name for m in covering),
                )
            )
        else:
            reports.append(
                FileReport(
                    name,
                    FILE_PASSED,
                    said("{file} is exactly as signed.", file=name),
                    tuple(m.name for m in covering),
                )
            )
    return tuple(reports)


def _signature(
    container: Container,
    manifest_name: str,
    anchors: Sequence[tuple[str, x509.Certificate]],
    sender: str,
    now: datetime,
) -> SignatureReport:
    manifest = next(m for m in container.manifests if m.name == manifest_name)
    check = verify_detached(container.signatures[manifest.signature_name], manifest.raw)
    base = {"signature": manifest.signature_name, "manifest": manifest.name}
    if check.signer is not None:
        base |= {
            "signer": check.signer.subject.rfc4514_string(),
            "signer_fingerprint": fingerprint(check.signer),
        }
    if check.signing_time is not None:
        base["signing_time"] = check.signing_time.isoformat()
    if not check.intact or check.signer is None:
        sentence = check.problems[0] if check.problems else said("The signature is broken.")
        return SignatureReport(
            **base,
            indication=FAILED,
            sub_indication=check.sub_indication or "SIG_CRYPTO_FAILURE",
            sentence=sentence,
            notes=check.problems,
        )
    notes = tuple(check.problems)
    if check.signing_time is not None and check.signing_time > now + _CLOCK_SKEW:
        return SignatureReport(
            **base,
            indication=INDETERMINATE,
            sub_indication="SIG_CONSTRAINTS_FAILURE",
            notes=notes,
            sentence=said(
                "The signature claims to be made on {signing_time:%Y-%m-%d %H:%M} UTC, in the future; "
                "check the sender's clock before believing it.",
                signing_time=check.signing_time,
            ),
        )
    intermediates = [c for c in check.certificates if c != check.signer]
    signed_at = check.signing_time or now
    results = []
    for agency, anchor in anchors:
        at_signing = validate_chain(check.signer, intermediates, [anchor], at=signed_at)
        if at_signing.trusted:
            results.append(
                (agency, at_signing, validate_chain(check.signer, intermediates, [anchor], at=now))
            )
    if not results:
        reason = validate_chain(check.signer, intermediates, [a for _, a in anchors], at=signed_at)
        sentence = (
            said(
                "The signer {signer} is not trusted: {reason}",
                signer=base.get("signer"),
                reason=reason.sentence,
            )
            if anchors
            else said(
                "Your trust store is empty: add the partner agency's CA certificate to check who signed."
            )
        )
        return SignatureReport(
            **base,
            indication=INDETERMINATE,
            sub_indication=reason.sub_indication or "NO_CERTIFICATE_CHAIN_FOUND",
            sentence=sentence,
            notes=notes,
        )
    pinned = [r for r in results if r[0] == sender]
    if not pinned:
        agencies = ", ".join(sorted({r[0] for r in results}))
        return SignatureReport(
            **base,
            indication=INDETERMINATE,
            sub_indication="CHAIN_CONSTRAINTS_FAILURE",
            signer_agency=results[0][0],
            sentence=said(
                "The signer's certificate is trusted for {agencies}, but the package says it comes from {sender}.",
                agencies=agencies,
                sender=sender,
            ),
            notes=notes,
        )
    agency, _at_signing, at_now = pinned[0]
    if not at_now.trusted:
        return SignatureReport(
            **base,
            indication=INDETERMINATE,
            sub_indication=at_now.sub_indication,
            signer_agency=agency,
            sentence=said(
                "The signature was valid at the claimed signing time, but the certificate is not valid now "
                "({reason}); without a timestamp the claimed time cannot be proven.",
                reason=at_now.sentence,
            ),
            notes=notes,
        )
    return SignatureReport(
        **base,
        indication=PASSED,
        sub_indication=None,
        signer_agency=agency,
        sentence=said(
            "Intact signature by {signer} of {agency}, trusted at the signing time and now.",
            signer=base.get("signer"),
            agency=agency,
        ),
        notes=notes,
    )
