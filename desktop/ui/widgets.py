"""The few widget kinds every page uses, declared once so they look and read the same everywhere."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QHeaderView, QLabel, QTableWidget

from desktop.ui import theme


def error_label(object_name: str, accessible_name: str) -> QLabel:
    """Where a page shows a refusal's sentence: red, wrapped, read out by screen readers.

    The red is the current palette's (`theme.colors().error`): pages are rebuilt on a theme change.
    """
    label = QLabel()
    label.setObjectName(object_name)
    label.setStyleSheet(f"color: {theme.colors().error};")
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


def list_table(headers: Sequence[str], accessible_name: str, *, alternating: bool = True) -> QTableWidget:
    """A read-only, row-selecting table of one-line rows with fixed, font-sized row heights.

    `headers` are already translated: the caller marks them in its own context
    (`[translate("LoansPage", h) for h in _HEADERS]`). `alternating=False` for tables that
    colour their own rows (overdue, due soon).
    """
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(alternating)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionsClickable(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def filter_combo(accessible_name: str, *, characters: int = 10) -> QComboBox:
    """A combo of a filter bar, as wide as `characters` rather than as its longest entry.

    Entries like "Équipe commune d'enquête" would otherwise set the bar's (and the window's)
    minimum width; the popup still shows them whole.
    """
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def partner_combo(accessible_name: str, placeholder: str, *, characters: int = 18) -> QComboBox:
    """The partner filter: any start of an agency code typed, or one of the file's agencies chosen.

    A popup, not inline completion: what is typed stays a prefix ("NL-" lists every Dutch agency).
    """
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setAccessibleName(accessible_name)
    combo.setMinimumContentsLength(characters)
    combo.lineEdit().setPlaceholderText(placeholder)
    combo.lineEdit().setClearButtonEnabled(True)
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
    combo.setCompleter(completer)
    return combo
