"""Case data the user takes out of the case file as a file of their own: every export is in the log.

A chart (PNG, SVG), the dashboard or a case report (PDF) is made by the GUI and handed here as
bytes; `ExportService.write` writes it owner-only (`private_files.write_private`) and appends an
audit entry `export.<kind>` naming who took what out, where to (the full path: the reviewer needs
it, and a path is not case content), and the size and SHA-256 of exactly the bytes written. Any
member who can see the data may export it; nothing else is changed.

Order (why the log stays truthful when the disk or the destination refuses):

1. The destination is checked (`check_private_destination`): a place that cannot be written is
   refused before anything is recorded or written.
2. `write_private` writes the bytes, owner-only and synced, to its hidden partial file beside the
   destination. A write the destination's disk refuses fails here: no entry is made, and
   `write_private` leaves nothing behind.
3. Its `before_replace` hook appends and commits the entry in one unit of work. If the commit
   fails (the case file's disk is full), `write_private` removes the partial file: no file, no
   entry.
4. Only then does the partial file take the destination's place (a rename in the same folder:
   no data is written, so a full disk does not refuse it). Should the rename still fail, a second
   entry, `export.failed`, says so with the reason.

So a file the log does not mention never appears at the destination, and an entry that claims a
file is contradicted by the log itself if the file was not written. The one window left is a crash
between 3 and 4: the log then over-reports (an entry, and a hidden partial file beside the named
destination), never under-reports. Writing first to the final place and removing it if the
commit fails would leave the opposite window (a file nobody knows about after a crash) and could
not restore a file it had replaced.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services import audit
from desktop.services.errors import StorageFull
from desktop.services.private_files import (
    PrivateWriteError,
    check_private_destination,
    write_private,
)

if TYPE_CHECKING:
    from desktop.services.casefile import CaseFile

ENTITY = "export"
"""The audit entries' entity; their entity_id is the subject (case reference or chart name)."""
FAILED = "export.failed"
"""The second entry when the file could not be put in place after its export was recorded."""


class ExportKind(StrEnum):
    """What was taken out; the audit action is `export.<value>`."""

    CHART_PNG = "chart_png"
    CHART_SVG = "chart_svg"
    DASHBOARD_PDF = "dashboard_pdf"
    CASE_REPORT_PDF = "case_report_pdf"
    ALMANAC_CSV = "almanac_csv"
    """The liaison officers' contacts: no case content, but personal data that leaves the file."""

    @property
    def action(self) -> str:
        return f"export.{self.value}"


@dataclass(frozen=True)
class ExportDone:
    """The file written and what the log recorded of it."""

    path: Path
    size: int
    sha256: str


class ExportService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    def write(
        self, kind: ExportKind | str, path: Path | str, data: bytes, *, subject: str | None = None
    ) -> ExportDone:
        """Write `data` to `path` owner-only and record the export (see the module's order).

        `subject`: the case reference, the chart's name, … (the entry's entity_id; "" if None).
        Raises PrivateWriteError (the destination cannot be written: nothing recorded or written)
        or StorageFull (the case file's disk refused the entry: nothing recorded or written).
        """
        kind = ExportKind(kind)
        destination = Path(path).absolute()
        digest = hashlib.sha256(data).hexdigest()
        details = {
            "kind": kind.value,
            "subject": subject or "",
            "path": str(destination),
            "size": len(data),
            "sha256": digest,
        }
        check_private_destination(destination)
        recorded = False

        def record() -> None:  # the bytes are synced beside the destination, not yet in its place
            nonlocal recorded
            try:
                with self._cf.unit_of_work(kind.action) as session:
                    audit.append(
                        session.connection(), self._cf.actor, kind.action, ENTITY, subject or "", details
                    )
            except StorageFull:
                raise StorageFull(
                    "{path} was not written: the disk refused to record the export in the case file's "
                    "audit log (it may be full).",
                    path=destination,
                ) from None
            recorded = True

        try:
            write_private(destination, data, before_replace=record)
        except PrivateWriteError as error:
            if recorded:  # the entry is committed, the file did not take its place: say so
                self._record_failure(destination, subject or "", details | {"reason": error.reason})
            raise
        return ExportDone(destination, len(data), digest)

    def _record_failure(self, destination: Path, subject: str, details: dict[str, object]) -> None:
        try:
            with self._cf.unit_of_work(FAILED) as session:
                audit.append(session.connection(), self._cf.actor, FAILED, ENTITY, subject, details)
        except StorageFull:
            raise StorageFull(
                "{path} could not be written ({reason}); the audit log records the export and may "
                "not record that it failed, because the disk refused to write to the case file "
                "(it may be full).",
                path=destination,
                reason=details["reason"],
            ) from None
