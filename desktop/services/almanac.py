"""The liaison-officer almanac: search, CSV import (row-level errors) and export."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from desktop.models import Agency, LiaisonOfficer
from desktop.services.almanac_csv import OfficerRecord, RowError, parse_almanac_csv, write_almanac_csv
from desktop.services.casefile import CaseFile


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    errors: tuple[RowError, ...]


class AlmanacService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    def search(self, text: str = "", *, limit: int = 500) -> list[OfficerRecord]:
        query = select(LiaisonOfficer, Agency.code).join(Agency, Agency.id == LiaisonOfficer.agency_id)
        if text.strip():
            pattern = f"%{text.strip()}%"
            query = query.where(
                or_(
                    LiaisonOfficer.name.ilike(pattern),
                    LiaisonOfficer.posting.ilike(pattern),
                    LiaisonOfficer.coverage.ilike(pattern),
                    LiaisonOfficer.languages.ilike(pattern),
                    Agency.code.ilike(pattern),
                )
            )
        with self._cf.reading() as session:
            rows = session.execute(query.order_by(LiaisonOfficer.name).limit(limit)).all()
        return [_record(officer, code) for officer, code in rows]

    def import_csv(self, data: bytes) -> ImportReport:
        """Good rows are added (or update the officer with the same name and agency); bad rows are reported."""
        with self._cf.unit_of_work("almanac.import") as session:
            agencies = {
                code: agency_id for agency_id, code in session.execute(select(Agency.id, Agency.code))
            }
            result = parse_almanac_csv(data, known_agencies=agencies.keys())
            added = updated = 0
            # Names match without regard to case, as the CSV parser's duplicate check does; in Python,
            # because SQLite's lower() only folds ASCII ("Élise" / "élise").
            existing = {
                (officer.name.casefold(), officer.agency_id): officer
                for officer in session.scalars(select(LiaisonOfficer))
            }
            for record in result.records:
                agency_id = agencies[record.agency_code]
                officer = existing.get((record.name.casefold(), agency_id))
                if officer is None:
                    officer = LiaisonOfficer(name=record.name, agency_id=agency_id)
                    session.add(officer)
                    existing[(record.name.casefold(), agency_id)] = officer
                    added += 1
                else:
                    updated += 1
                officer.posting, officer.languages = record.posting, ",".join(record.languages)
                officer.phone, officer.email = record.phone, record.email
                officer.coverage, officer.notes = record.coverage, record.notes
            return ImportReport(added, updated, result.errors)

    def export_csv(self) -> bytes:
        return write_almanac_csv(self.search(limit=1_000_000))


def _record(officer: LiaisonOfficer, agency_code: str) -> OfficerRecord:
    return OfficerRecord(
        name=officer.name,
        agency_code=agency_code,
        posting=officer.posting,
        languages=tuple(x for x in officer.languages.split(",") if x),
        phone=officer.phone,
        email=officer.email,
        coverage=officer.coverage,
        notes=officer.notes,
    )
