"""The start of the application: welcome screen, recent files, creating a case file, the demo."""

from __future__ import annotations

from desktop.ui.welcome.create import CreateCaseFileDialog
from desktop.ui.welcome.page import WelcomeWidget
from desktop.ui.welcome.recent import RecentFiles

__all__ = ["CreateCaseFileDialog", "RecentFiles", "WelcomeWidget"]
