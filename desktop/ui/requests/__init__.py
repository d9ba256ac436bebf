"""The Requests page: a lazily loaded list of every request, filtered and ordered in SQL."""

from __future__ import annotations

from desktop.ui.requests.model import Column, RequestTableModel
from desktop.ui.requests.page import RequestsPage

__all__ = ["Column", "RequestTableModel", "RequestsPage"]
