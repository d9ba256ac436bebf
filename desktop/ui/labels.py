"""The few label kinds every page uses, declared once so they look and read the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

ERROR_COLOR = "#b00020"


def error_label(object_name: str, accessible_name: str) -> QLabel:
    """Where a page shows a refusal's sentence: red, wrapped, read out by screen readers."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    return label


def state_label(text: str, accessible_name: str | None = None, object_name: str = "") -> QLabel:
    """A centred sentence standing in for a list: loading, empty, not allowed."""
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(accessible_name or text)
    return label
