"""The Approvals page: submitted outgoing requests waiting for a supervisor's decision."""

from __future__ import annotations

from desktop.ui.approvals.page import ApprovalsPage, RejectDialog

__all__ = ["ApprovalsPage", "RejectDialog"]
