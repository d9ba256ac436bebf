"""The Audit page: the audit log's hash chain verdict and its newest entries."""

from __future__ import annotations

from desktop.ui.audit.page import AuditPage

__all__ = ["AuditPage"]
