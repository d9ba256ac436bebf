"""All services of one open case file, as the CLI and the GUI's operations see them."""

from __future__ import annotations

from desktop.services.agency_service import AgencyService
from desktop.services.almanac import AlmanacService
from desktop.services.arrangements import ArrangementService
from desktop.services.audit_anchor import AuditAnchorService
from desktop.services.casefile import CaseFile
from desktop.services.cases import CaseService
from desktop.services.credentials import CredentialService, TrustService
from desktop.services.due import DueService
from desktop.services.exports import ExportService
from desktop.services.geo import GeoService
from desktop.services.insight import InsightService
from desktop.services.loans import LoanService
from desktop.services.members import MemberService
from desktop.services.packages import PackageService, PdfRenderer
from desktop.services.requests import RequestService


class Services:
    def __init__(self, case_file: CaseFile, *, render_pdf: PdfRenderer | None = None) -> None:
        self.case_file = case_file
        self.cases = CaseService(case_file)
        self.requests = RequestService(case_file)
        self.loans = LoanService(case_file)
        self.members = MemberService(case_file)
        self.almanac = AlmanacService(case_file)
        self.due = DueService(case_file)
        self.arrangements = ArrangementService(case_file)
        self.credentials = CredentialService(case_file)
        self.trust = TrustService(case_file)
        self.agencies = AgencyService(case_file)
        self.packages = PackageService(case_file, render_pdf)
        self.insight = InsightService(case_file)
        self.geo = GeoService(case_file)
        self.audit_anchors = AuditAnchorService(case_file)
        self.exports = ExportService(case_file)
