"""The Loans page's return dialog: the condition of every inventory line and what happened to it.

The dialog only collects; `LoansPage` records the return through an Op, and the service decides
(a damaged or lost line needs a description, which the dialog asks for before OK is enabled).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import ItemCondition
from desktop.services.dto import LoanItemView, LoanView
from desktop.services.loans import ItemReturn
from desktop.ui import theme
from desktop.ui.i18n import arg, translate
from desktop.ui.labels import choices


def _item_caption(item: LoanItemView) -> str:
    caption = f"{item.quantity} × {item.item_type}"
    return f"{caption} ({item.serial_numbers})" if item.serial_numbers else caption


class ReturnDialog(QDialog):
    """One row per inventory line: its condition and, for a damaged or lost line, what happened.

    OK stays disabled while a damaged or lost line has no description.
    """

    NOTICE = QT_TRANSLATE_NOOP(
        "ReturnDialog",
        "Loss of or damage to lent equipment is borne by the borrower: describe every damaged or lost item.",
    )
    COLUMNS = (
        QT_TRANSLATE_NOOP("ReturnDialog", "Item"),
        QT_TRANSLATE_NOOP("ReturnDialog", "Condition"),
        QT_TRANSLATE_NOOP("ReturnDialog", "Damage or loss"),
    )

    def __init__(self, loan: LoanView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = loan.request_reference
        self.item_ids = tuple(item.id for item in loan.items)
        self.setWindowTitle(arg(self.tr("Record the return of %1"), self.reference))
        self.setAccessibleName(arg(self.tr("Record the return of loan %1"), self.reference))
        notice = QLabel(translate("ReturnDialog", self.NOTICE))
        notice.setObjectName("returnNotice")
        notice.setWordWrap(True)
        notice.setAccessibleName(notice.text())
        notice.setStyleSheet(theme.colors().box_style("warning"))

        self.condition_combos: list[QComboBox] = []
        self.notes_edits: list[QLineEdit] = []
        lines = QWidget()
        grid = QGridLayout(lines)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, caption in enumerate(self.COLUMNS):
            header = QLabel(translate("ReturnDialog", caption))
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, column)
        for row, item in enumerate(loan.items, start=1):
            caption = QLabel(_item_caption(item))
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setWordWrap(True)
            combo = QComboBox()
            for text, value in choices(ItemCondition):
                combo.addItem(text, value)
            combo.setAccessibleName(arg(self.tr("Condition of %1"), item.item_type))
            caption.setBuddy(combo)
            notes = QLineEdit()
            notes.setAccessibleName(arg(self.tr("Damage or loss of %1"), item.item_type))
            notes.setPlaceholderText(self.tr("What is damaged or how it was lost"))
            combo.currentIndexChanged.connect(self._update_ok)
            notes.textChanged.connect(self._update_ok)
            grid.addWidget(caption, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(notes, row, 2)
            self.condition_combos.append(combo)
            self.notes_edits.append(notes)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(len(loan.items) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(lines)
        scroll.setAccessibleName(self.tr("Inventory lines"))

        self.return_notes = QLineEdit()
        self.return_notes.setAccessibleName(self.tr("Notes on the return"))
        notes_form = QFormLayout()
        notes_form.addRow(self.tr("Notes on the return:"), self.return_notes)

        self.hint_label = QLabel()
        self.hint_label.setObjectName("returnHint")
        self.hint_label.setStyleSheet(f"color: {theme.colors().error};")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("What is missing"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record return"))
        self.ok_button.setAccessibleName(self.tr("Record the return"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel the return"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addWidget(scroll, 1)
        layout.addLayout(notes_form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        self.resize(620, 180 + 40 * len(loan.items))
        self._update_ok()

    def set_condition(self, row: int, condition: ItemCondition) -> None:
        combo = self.condition_combos[row]
        combo.setCurrentIndex(combo.findData(condition.value))

    def returns(self) -> list[ItemReturn]:
        return [
            ItemReturn(item_id, ItemCondition(combo.currentData()), notes.text().strip())
            for item_id, combo, notes in zip(
                self.item_ids, self.condition_combos, self.notes_edits, strict=True
            )
        ]

    def notes(self) -> str:
        return self.return_notes.text().strip()

    def _update_ok(self) -> None:
        missing = False
        for combo, notes in zip(self.condition_combos, self.notes_edits, strict=True):
            needs_notes = combo.currentData() != ItemCondition.GOOD.value
            notes.setEnabled(needs_notes)
            if needs_notes and not notes.text().strip():
                missing = True
        self.ok_button.setEnabled(not missing)
        self.hint_label.setText(self.tr("Describe every damaged or lost item.") if missing else "")
