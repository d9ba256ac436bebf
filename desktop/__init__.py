"""Benelux Case Desk: encrypted case files and signed request packages for cross-border police work."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

try:
    __version__ = metadata.version("benelux-case-desk")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"


def _resources_dir() -> Path:
    """`desktop/resources` in an installed wheel (setup.py copies the tree there); the top-level
    `resources/` beside the package in a source tree and in the PyInstaller bundle."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "agencies.json").is_file():
            return candidate
    return package.parent / "resources"


RESOURCES_DIR = _resources_dir()
"""Data shipped with the application: agreements catalogue, agencies, schemas, map, icons and
translations. Every reader finds them here, so the three layouts above need no other code."""
