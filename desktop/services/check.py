"""`casedesk check`: everything that can be verified about an open case file, as sentences."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy.exc
import sqlcipher3

from desktop.services import audit, schema
from desktop.services.casefile import CaseFile
from desktop.vault.database import integrity_problems


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    lines: tuple[str, ...]


def check_case_file(case_file: CaseFile) -> CheckReport:
    """Never raises for a damaged file: every failure becomes a line and ok=False."""
    lines: list[str] = []
    problems = integrity_problems(case_file.vault.raw_connection())
    if problems:
        lines.extend(problems)
    else:
        lines.append("Encrypted pages: every page's HMAC verified (cipher_integrity_check).")
        lines.append("Database structure: SQLite integrity_check ok.")
    slots = case_file.vault.slots()
    kinds = sorted({s.kind for s in slots})
    lines.append(f"Key slots: {len(slots)} ({', '.join(kinds)}), slot file MAC valid.")
    lines.extend(f"Note: {w}" for w in case_file.vault.warnings)
    try:
        revision = schema.current_revision(case_file.vault.engine())
        lines.append(f"Schema version: {revision} (current {schema.head_revision()}).")
        with case_file.reading() as session:
            report = audit.verify_chain(session.connection())
    except (sqlalchemy.exc.DatabaseError, sqlcipher3.DatabaseError):
        lines.append("The schema version and the audit log could not be read: damaged pages (see above).")
        return CheckReport(False, tuple(lines))
    if report.ok:
        lines.append(f"Audit log: {report.entries} entries, chain intact (head {report.head[:16]}…).")
    else:
        lines.append(f"Audit log: {report.entries} entries, chain BROKEN:")
        lines.extend(f"  {p}" for p in report.problems)
    return CheckReport(not problems and report.ok, tuple(lines))
