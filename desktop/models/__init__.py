"""The ORM: one model per module, SQLAlchemy 2 typed mappings, no Qt.

Importing this package registers every table on `Base.metadata`.
"""

from __future__ import annotations

from desktop.models.agency import Agency
from desktop.models.attachment import Attachment
from desktop.models.attachment_blob import AttachmentBlob
from desktop.models.audit_anchor import AuditAnchor
from desktop.models.audit_entry import AuditEntry
from desktop.models.base import Base, UTCDateTime, utcnow
from desktop.models.case import Case
from desktop.models.case_assistance import AssistanceDetails
from desktop.models.case_event import CaseEvent
from desktop.models.case_jit import JitDetails
from desktop.models.case_observation import ObservationDetails
from desktop.models.case_pursuit import PursuitDetails
from desktop.models.case_subject import CaseSubject
from desktop.models.catalogue_overlay import CatalogueOverlay
from desktop.models.liaison_officer import LiaisonOfficer
from desktop.models.loan import Loan
from desktop.models.loan_item import LoanItem
from desktop.models.member import Member
from desktop.models.note import Note
from desktop.models.package import Package
from desktop.models.request import Request
from desktop.models.signing_credential import SigningCredential
from desktop.models.task import Task
from desktop.models.trusted_certificate import TrustedCertificate

__all__ = [
    "Agency",
    "AssistanceDetails",
    "Attachment",
    "AttachmentBlob",
    "AuditAnchor",
    "AuditEntry",
    "Base",
    "Case",
    "CaseEvent",
    "CaseSubject",
    "CatalogueOverlay",
    "JitDetails",
    "LiaisonOfficer",
    "Loan",
    "LoanItem",
    "Member",
    "Note",
    "ObservationDetails",
    "Package",
    "PursuitDetails",
    "Request",
    "SigningCredential",
    "Task",
    "TrustedCertificate",
    "UTCDateTime",
    "utcnow",
]
