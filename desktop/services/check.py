"""`casedesk check`: everything that can be verified about an open case file, as sentences."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services import audit, schema
from desktop.services.casefile import CaseFile
from desktop.vault.database import integrity_problems


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    lines: tuple[str, ...]


def check_case_file(case_file: CaseFile) -> CheckReport:
    lines: list[str] = []
    ok = True
    problems = integrity_problems(case_file.vault.raw_connection())
    if problems:
        ok = False
        lines.extend(problems)
    else:
        lines.append("Encrypted pages: every page's HMAC verified (cipher_integrity_check).")
        lines.append("Database structure: SQLite integrity_check ok.")
    slots = case_file.vault.slots()
    kinds = sorted({s.kind for s in slots})
    lines.append(f"Key slots: {len(slots)} ({', '.join(kinds)}), slot file MAC valid.")
    if case_file.vault.warnings:
        lines.extend(f"Note: {w}" for w in case_file.vault.warnings)
    revision = schema.current_revision(case_file.vault.engine())
    lines.append(f"Schema version: {revision} (current {schema.head_revision()}).")
    with case_file.reading() as session:
        report = audit.verify_chain(session.connection())
    if report.ok:
        lines.append(f"Audit log: {report.entries} entries, chain intact (head {report.head[:16]}…).")
    else:
        ok = False
        lines.append(f"Audit log: {report.entries} entries, chain BROKEN:")
        lines.extend(f"  {p}" for p in report.problems)
    return CheckReport(ok, tuple(lines))
