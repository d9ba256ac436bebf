"""Benelux Case Desk: encrypted case files and signed request packages for cross-border police work."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

try:
    __version__ = metadata.version("benelux-case-desk")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
"""Data shipped with the application (agreements catalogue, agencies, schemas)."""
