"""The Cases page: the case list and one case with its timeline, subjects, notes, tasks and attachments."""

from __future__ import annotations

from desktop.ui.cases.actions import FileDialogs
from desktop.ui.cases.page import CasesPage

__all__ = ["CasesPage", "FileDialogs"]
