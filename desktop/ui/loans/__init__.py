"""The Loans page: equipment lent to or borrowed from partners, hand-over and return."""

from __future__ import annotations

from desktop.ui.loans.page import LoansPage, ReturnDialog

__all__ = ["LoansPage", "ReturnDialog"]
