"""The Agencies page: partner agencies, the certificates pinned to them, and members' signing credentials."""

from __future__ import annotations

from desktop.ui.agencies.dialogs import PinConfirmDialog, Pkcs12Dialog
from desktop.ui.agencies.page import AgenciesPage

__all__ = ["AgenciesPage", "PinConfirmDialog", "Pkcs12Dialog"]
