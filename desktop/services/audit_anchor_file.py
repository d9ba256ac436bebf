"""Signed heads of the audit log kept outside the case file, and checked against it.

The anchors in the `audit_anchor` table detect a truncated log, but someone who can write the
database raw can delete them together with the newest entries. A copy kept elsewhere (a shared
folder of the unit, a supervisor's removable drive, a printout of its hash) closes that gap:
`casedesk audit anchor --out FOLDER` or `casedesk audit export-anchor` writes the newest signed
head as a small JSON file, and `casedesk audit verify --anchor FILE` checks the log against it.

The file carries no case content, only what the signature covers (canonical JSON, see
`audit_anchor.statement`: kind, file_id, seq, entry_hash, at), the detached CAdES signature
(base64) and the signer's name for people (not signed, so never believed: the name reported is that of the
member whose pinned certificate verifies the signature). It is checked as untrusted input: size, shape and
types first; the statement is rebuilt from the fields, never taken as given bytes; the signer is
judged by her certificate (pinned for a member of this case file, now or earlier in the log) and
by her role at the signed entry, as for the anchors inside the file.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from desktop.exchange.cades import verify_detached
from desktop.exchange.pki import fingerprint
from desktop.models.enums import Role
from desktop.sentences import Said, said
from desktop.services.audit_anchor import (
    STATEMENT_KIND,
    chain_length,
    log_problem,
    pinned_certificates,
    role_at,
    role_changes,
    statement,
)

FILE_KIND = "casedesk-audit-anchor-file/1"
MAX_FILE_BYTES = 64 * 1024
"""An anchor file is about 3 KB; anything far larger is not one (and is not read further)."""
_HASH = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class AnchorFileCheck:
    """`seq` and `signed_by` are known once the file parsed; `ok` when it proves the log reaches
    the signed entry unchanged."""

    seq: int | None
    signed_by: str | None
    problems: tuple[Said, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def anchor_file(file_id: str, seq: int, entry_hash: str, at: str, signature: bytes, signed_by: str) -> bytes:
    """The bytes of an anchor file (UTF-8 JSON, one field per line for people who open it)."""
    document = {
        "kind": FILE_KIND,
        "statement": json.loads(statement(file_id, seq, entry_hash, at)),
        "signature": base64.b64encode(signature).decode("ascii"),
        "signed_by": signed_by,
    }
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def newest_anchor_file(connection: Connection, file_id: str, row_id: int) -> bytes | None:
    """The anchor file of the stored anchor `row_id` (`verify_anchors` names the newest good
    one). None when no such row exists."""
    row = connection.execute(
        text(
            "SELECT a.seq, a.entry_hash, a.at, a.signature, m.name FROM audit_anchor a "
            "LEFT JOIN member m ON m.id = a.member_id WHERE a.id = :id"
        ),
        {"id": row_id},
    ).first()
    if row is None:
        return None
    seq, entry_hash, at, signature, name = row
    return anchor_file(file_id, int(seq), str(entry_hash), str(at), bytes(signature), name or "?")


def _refused(problem: Said, seq: int | None = None) -> AnchorFileCheck:
    return AnchorFileCheck(seq, None, (problem,))


def _fields(data: bytes) -> tuple[dict[str, Any], bytes] | Said:
    """The statement's fields and the signature; or why the file is not one. The file's
    `signed_by` is for people only: it is not signed, so it is never read back."""
    not_one = said("This is not an anchor file of Benelux Case Desk.")
    if len(data) > MAX_FILE_BYTES:
        return not_one
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return not_one
    if not isinstance(document, dict) or document.get("kind") != FILE_KIND:
        return not_one
    fields, signature = document.get("statement"), document.get("signature")
    if (
        not isinstance(fields, dict)
        or fields.get("kind") != STATEMENT_KIND
        or not isinstance(fields.get("file_id"), str)
        or type(fields.get("seq")) is not int
        or fields["seq"] < 1
        or not isinstance(fields.get("entry_hash"), str)
        or not _HASH.fullmatch(fields["entry_hash"])
        or not isinstance(fields.get("at"), str)
        or len(fields["at"]) > 64
        or not isinstance(signature, str)
    ):
        return said("The anchor file is damaged: a field is missing or has the wrong form.")
    try:
        signature_der = base64.b64decode(signature.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return said("The anchor file is damaged: its signature is not base64.")
    return fields, signature_der


def check_anchor_file(connection: Connection, file_id: str, data: bytes) -> AnchorFileCheck:
    """Judge `data` (an anchor file from anywhere) against this case file's log. Never raises."""
    parsed = _fields(data)
    if isinstance(parsed, Said):
        return _refused(parsed)
    fields, signature = parsed
    seq, head, at = int(fields["seq"]), str(fields["entry_hash"]), str(fields["at"])
    if fields["file_id"] != file_id:
        return _refused(said("This signed head belongs to another case file."), seq)
    check = verify_detached(signature, statement(file_id, seq, head, at))
    if not check.intact or check.signer is None:
        reason = check.problems[0] if check.problems else said("The signature does not verify.")
        return _refused(
            said("The signed head of entry {entry} is forged: {problem}", entry=seq, problem=reason), seq
        )
    signer = fingerprint(check.signer)
    members = [member for member, prints in pinned_certificates(connection).items() if signer in prints]
    if not members:
        return _refused(
            said("The signed head of entry {entry} was not signed by a member of this case file.", entry=seq),
            seq,
        )
    roles = role_changes(connection)
    current = {
        str(member_id): (name, role)
        for member_id, name, role in connection.execute(text("SELECT id, name, role FROM member"))
    }
    supervisors = [
        member
        for member in members
        if role_at(roles, member, seq, current.get(member, (None, None))[1]) == Role.SUPERVISOR.value
    ]
    if not supervisors:
        return _refused(
            said(
                "The signed head of entry {entry} was signed by someone who was not a supervisor.", entry=seq
            ),
            seq,
        )
    # Who signed is read from the certificate, never from the file's own `signed_by` (unsigned).
    signer_name = current.get(supervisors[0], (None, None))[0] or "?"
    problem = log_problem(connection, chain_length(connection), seq, head, signer_name)
    return AnchorFileCheck(seq, signer_name, (problem,) if problem is not None else ())
