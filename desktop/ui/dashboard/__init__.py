"""The Dashboard page: requests per month, answer times, equipment loans and notification delays."""

from __future__ import annotations

from desktop.ui.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
