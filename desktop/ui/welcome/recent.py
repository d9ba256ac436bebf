"""The recently opened case files: paths only, newest first, kept in QSettings.

QSettings holds interface state, never case data: a path and nothing else is stored here (no
member name, no title), so the settings file tells nobody more than a file manager would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "welcome/recent_files"
RECENT_LIMIT = 10


class RecentFiles:
    """The list of recent case-file paths over one QSettings (GUI thread)."""

    def __init__(self, settings: QSettings | None = None, *, limit: int = RECENT_LIMIT) -> None:
        self._settings = settings if settings is not None else QSettings()
        self._limit = limit

    def paths(self) -> list[Path]:
        """Newest first; whatever the settings hold that is not a list of text is ignored."""
        stored = self._settings.value(RECENT_KEY, [])
        if isinstance(stored, str):  # QSettings gives a one-element list back as a plain string
            stored = [stored]
        if not isinstance(stored, list):
            return []
        result: list[Path] = []
        for item in stored:
            if isinstance(item, str) and item and Path(item) not in result:
                result.append(Path(item))
        return result[: self._limit]

    def add(self, path: Path) -> None:
        """Put `path` first (moving it if it was listed), keeping at most `limit` entries."""
        path = Path(path).absolute()
        kept = [p for p in self.paths() if p != path]
        self._store([path, *kept][: self._limit])

    def remove(self, path: Path) -> None:
        gone = {Path(path), Path(path).absolute()}
        self._store([p for p in self.paths() if p not in gone])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(RECENT_KEY, [str(p) for p in paths])
        self._settings.sync()
