"""The Almanac page: the liaison-officer directory, its search, CSV import and export."""

from __future__ import annotations

from desktop.ui.almanac.page import AlmanacPage

__all__ = ["AlmanacPage"]
