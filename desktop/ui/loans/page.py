"""The Loans page: equipment loans by state, their inventory lines, hand-over and return.

One trip to the database worker fetches the chosen list (`LoanService.list`); a case file holds a
few dozen loans at most, so the page shows them all. Recording a hand-over or a return is an Op;
the rules (which status allows what, notes for damaged or lost items) are the service's, the page
only greys out what the service would refuse anyway. The return dialog lives in `dialogs.py`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Direction, ItemCondition, RequestStatus
from desktop.services.dto import LoanView
from desktop.services.facade import Services
from desktop.services.insight_views import LoanSlice
from desktop.services.loans import ItemReturn
from desktop.ui import theme
from desktop.ui.i18n import arg, plural, translate
from desktop.ui.labels import label_of
from desktop.ui.loans.dialogs import ReturnDialog
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.page import Page
from desktop.ui.timefmt import date_text, local_text
from desktop.ui.widgets import error_label, list_table, state_label

DUE_SOON_DAYS = 7
ReferenceRole = Qt.ItemDataRole.UserRole + 1

# (service state, label) in the order of the filter.
STATES = (
    ("all", QT_TRANSLATE_NOOP("LoansPage", "All")),
    ("out", QT_TRANSLATE_NOOP("LoansPage", "Out")),
    ("due_soon", QT_TRANSLATE_NOOP("LoansPage", "Due within 7 days")),
    ("overdue", QT_TRANSLATE_NOOP("LoansPage", "Overdue")),
    ("returned", QT_TRANSLATE_NOOP("LoansPage", "Returned")),
)
_HEADERS = (
    QT_TRANSLATE_NOOP("LoansPage", "Reference"),
    QT_TRANSLATE_NOOP("LoansPage", "Partner"),
    QT_TRANSLATE_NOOP("LoansPage", "Status"),
    QT_TRANSLATE_NOOP("LoansPage", "From"),
    QT_TRANSLATE_NOOP("LoansPage", "Until"),
    QT_TRANSLATE_NOOP("LoansPage", "Items"),
)
_ITEM_HEADERS = (
    QT_TRANSLATE_NOOP("LoansPage", "Type"),
    QT_TRANSLATE_NOOP("LoansPage", "Quantity"),
    QT_TRANSLATE_NOOP("LoansPage", "Serial numbers"),
    QT_TRANSLATE_NOOP("LoansPage", "Condition"),
    QT_TRANSLATE_NOOP("LoansPage", "Damage notes"),
)
# (key of the detail field, caption with its colon: French puts a space before it)
_FIELDS = (
    ("reference", QT_TRANSLATE_NOOP("LoansPage", "Reference:")),
    ("partner", QT_TRANSLATE_NOOP("LoansPage", "Partner:")),
    ("direction", QT_TRANSLATE_NOOP("LoansPage", "Direction:")),
    ("status", QT_TRANSLATE_NOOP("LoansPage", "Status:")),
    ("period", QT_TRANSLATE_NOOP("LoansPage", "Period:")),
    ("handed_over", QT_TRANSLATE_NOOP("LoansPage", "Handed over:")),
    ("returned", QT_TRANSLATE_NOOP("LoansPage", "Returned:")),
    ("return_notes", QT_TRANSLATE_NOOP("LoansPage", "Return notes:")),
)


def is_due_soon(loan: LoanView, now: datetime | None = None) -> bool:
    """Out, not overdue, and ending within DUE_SOON_DAYS days (the service's "due_soon" list)."""
    now = now or datetime.now(UTC)
    return (
        loan.status == RequestStatus.HANDED_OVER.value
        and not loan.overdue
        and now <= loan.period_end <= now + timedelta(days=DUE_SOON_DAYS)
    )


def items_summary(loan: LoanView) -> str:
    return ", ".join(f"{item.quantity} × {item.item_type}" for item in loan.items)


class LoansPage(Page):
    """The loans of the chosen list above the selected one's inventory lines and actions.

    A hand-over or a return is broadcast as a `loans` and `requests` change.
    """

    WATCHES = ("loans", "requests")

    EMPTY_TEXT = QT_TRANSLATE_NOOP("LoansPage", "No loans in this list.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loans")
        self._worker: ServicesWorker | None = None
        self._latest = LatestOnly()
        self._loans: tuple[LoanView, ...] | None = None
        self._busy = False
        self.return_dialog: ReturnDialog | None = None

        heading = QLabel(self.tr("Equipment loans"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        heading.setAccessibleName(self.tr("Equipment loans"))
        self.state_combo = QComboBox()
        for state, text in STATES:
            self.state_combo.addItem(translate("LoansPage", text), state)
        self.state_combo.setAccessibleName(self.tr("Which loans to show"))
        state_caption = QLabel(self.tr("&Show:"))
        state_caption.setBuddy(self.state_combo)
        self.state_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.count_label = QLabel()
        self.count_label.setObjectName("loansCount")
        self.count_label.setAccessibleName(self.tr("Number of loans shown"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Reload the loans"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(state_caption)
        top.addWidget(self.state_combo)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        # Set while the list shows the loans behind a dashboard figure (a partner or an equipment
        # type the state list alone does not narrow to); the next reload shows the whole state.
        self.scope_label = QLabel()
        self.scope_label.setObjectName("loansScope")
        self.scope_label.setAccessibleName(self.tr("List scope"))
        self.scope_label.hide()
        top.addWidget(self.scope_label)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.table = list_table(
            [translate("LoansPage", h) for h in _HEADERS], self.tr("Loans"), alternating=False
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.detail = self._build_detail()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        # The list gets most of the height: the detail's inventory is rarely more than a few lines.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self._splitter = splitter

        self.empty_label = state_label(translate("LoansPage", self.EMPTY_TEXT), object_name="loansEmpty")
        self.loading_label = state_label(self.tr("Loading…"), self.tr("Loading"))
        self._body = QStackedWidget()
        for widget in (self.loading_label, splitter, self.empty_label):
            self._body.addWidget(widget)

        self.status_label = QLabel()
        self.status_label.setObjectName("loansStatus")
        self.status_label.setAccessibleName(self.tr("Last action"))
        self.error_label = error_label("loansError", self.tr("Error"))
        footer = QHBoxLayout()
        footer.addWidget(self.status_label)
        footer.addWidget(self.error_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._body, 1)
        layout.addLayout(footer)
        self._show_detail(None)

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("loanDetail")
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption in _FIELDS:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text = translate("LoansPage", caption)
            # The accessible name is the caption without its colon (and French's space before it).
            value.setAccessibleName(text.rstrip(" :\u00a0"))
            form.addRow(text, value)
            self.fields[key] = value
        self.items_table = list_table(
            [translate("LoansPage", h) for h in _ITEM_HEADERS],
            self.tr("Inventory lines of the selected loan"),
            alternating=False,
        )
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items_table.setTabKeyNavigation(False)
        items_caption = QLabel(self.tr("&Inventory:"))
        items_caption.setBuddy(self.items_table)
        self.hand_over_button = QPushButton(self.tr("Record &hand-over"))
        self.hand_over_button.setAccessibleName(self.tr("Record the hand-over of the selected loan"))
        self.hand_over_button.clicked.connect(self.hand_over_selected)
        self.return_button = QPushButton(self.tr("Record &return…"))
        self.return_button.setAccessibleName(self.tr("Record the return of the selected loan"))
        self.return_button.clicked.connect(self.return_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.hand_over_button)
        buttons.addWidget(self.return_button)
        items_column = QVBoxLayout()
        items_column.addWidget(items_caption)
        items_column.addWidget(self.items_table, 1)
        items_column.addLayout(buttons)
        columns = QHBoxLayout(panel)
        columns.setContentsMargins(0, 8, 0, 0)
        columns.addLayout(form, 2)
        columns.addSpacing(12)
        columns.addLayout(items_column, 3)
        return panel

    # -- wiring ---------------------------------------------------------------------------------

    def attach(self, worker: ServicesWorker) -> None:
        """Show the loans of the case file that was just unlocked."""
        self.error_label.clear()
        self.status_label.clear()
        super().attach(worker)  # loads now if shown, else when first shown

    def detach(self) -> None:
        """The case file is being locked: forget every row and close the return dialog."""
        self._worker = None
        self._latest.invalidate()
        self._loans = None
        self._busy = False
        if self.return_dialog is not None:
            self.return_dialog.close()
            self.return_dialog = None
        self.table.setRowCount(0)
        self._show_detail(None)
        self.count_label.clear()
        self.scope_label.hide()
        self.status_label.clear()
        self.error_label.clear()
        self._body.setCurrentWidget(self.loading_label)

    def state(self) -> str:
        return str(self.state_combo.currentData())

    def set_state(self, state: str) -> None:
        index = self.state_combo.findData(state)
        if index < 0:
            raise KeyError(state)
        self.state_combo.setCurrentIndex(index)

    def refresh(self) -> None:
        """Reload the chosen list (keeps the selected loan selected if it is still listed)."""
        worker = self._worker
        if worker is None:
            return
        guard = self._latest.start()
        state = self.state()
        self.scope_label.hide()
        if self._loans is None:
            self._body.setCurrentWidget(self.loading_label)
        Op(self, worker, lambda svc: tuple(svc.loans.list(state=state))).success(
            guard(self._loans_arrived)
        ).failure(guard(self._failed)).run()

    def show_slice(self, chosen: LoanSlice) -> None:
        """The loans behind a dashboard figure: its state's list, kept to those the figure counted."""
        worker = self._worker
        if worker is None:
            return
        self.state_combo.blockSignals(True)
        self.set_state(chosen.list_state)
        self.state_combo.blockSignals(False)
        guard = self._latest.start()
        self._body.setCurrentWidget(self.loading_label)
        self.scope_label.setText(self.tr("— the loans behind the dashboard figure; Refresh shows them all."))
        self.scope_label.show()

        def load(svc: Services) -> tuple[LoanView, ...]:
            listed = svc.loans.list(state=chosen.list_state, within_days=chosen.within_days)
            return tuple(view for view in listed if chosen.matches(view))

        Op(self, worker, load).success(guard(self._loans_arrived)).failure(guard(self._failed)).run()

    @property
    def loans(self) -> tuple[LoanView, ...]:
        return self._loans or ()

    def selected(self) -> LoanView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._loans is None:
            return None
        row = rows[0].row()
        return self._loans[row] if 0 <= row < len(self._loans) else None

    def select_reference(self, reference: str) -> bool:
        for row, loan in enumerate(self.loans):
            if loan.request_reference == reference:
                self.table.selectRow(row)
                return True
        return False

    # -- loading --------------------------------------------------------------------------------

    def _loans_arrived(self, loans: tuple[LoanView, ...]) -> None:
        previous = self.selected()
        self._loans = loans
        self._fill_table(loans)
        self.count_label.setText(plural(self.tr("%Ln loan(s)", "", len(loans)), len(loans)))
        if not loans:
            self._body.setCurrentWidget(self.empty_label)
            self._show_detail(None)
            return
        self._body.setCurrentWidget(self._splitter)
        if previous is None or not self.select_reference(previous.request_reference):
            self.table.selectRow(0)
        self._selection_changed()

    def _fill_table(self, loans: tuple[LoanView, ...]) -> None:
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(loans))
        bold = QFont(self.table.font())
        bold.setBold(True)
        now = datetime.now(UTC)
        status_colors = theme.colors()
        overdue_colour = QBrush(QColor(status_colors.overdue))
        due_soon_colour = QBrush(QColor(status_colors.due_soon))
        due_soon_background = QBrush(QColor(status_colors.due_soon_background))
        for row, loan in enumerate(loans):
            status = label_of(RequestStatus, loan.status)
            tip = ""
            if loan.overdue:
                status = arg(self.tr("%1 (overdue)"), status)
                tip = arg(self.tr("Overdue: due back on %1"), date_text(loan.period_end))
            elif is_due_soon(loan, now):
                tip = arg(self.tr("Due back within %1 days"), DUE_SOON_DAYS)
            cells = (
                loan.request_reference,
                loan.partner_code,
                status,
                date_text(loan.period_start),
                date_text(loan.period_end),
                items_summary(loan),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ReferenceRole, loan.request_reference)
                if loan.overdue:
                    item.setFont(bold)
                    item.setForeground(overdue_colour)
                elif tip:
                    item.setBackground(due_soon_background)
                    item.setForeground(due_soon_colour)
                item.setToolTip(tip or (text if column == len(cells) - 1 else ""))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(len(_HEADERS) - 1):
            header.resizeSection(column, header.sectionSize(column) + 12)
        self.table.blockSignals(False)

    def _failed(self, sentence: str) -> None:
        self.error_label.setText(sentence)
        if self._loans is None:
            self._body.setCurrentWidget(self.empty_label)

    # -- detail ---------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        self._show_detail(self.selected())

    def _show_detail(self, loan: LoanView | None) -> None:
        self.detail.setEnabled(loan is not None)
        if loan is None:
            for label in self.fields.values():
                label.clear()
            self.items_table.setRowCount(0)
            self._update_buttons()
            return
        status = label_of(RequestStatus, loan.status)
        if loan.overdue:
            status = arg(self.tr("%1 — overdue"), status)
        direction = (
            self.tr("Incoming (the partner's request)")
            if loan.direction == Direction.INCOMING.value
            else self.tr("Outgoing (our request)")
        )
        values = {
            "reference": loan.request_reference,
            "partner": loan.partner_code,
            "direction": direction,
            "status": status,
            "period": f"{date_text(loan.period_start)} – {date_text(loan.period_end)}",
            "handed_over": local_text(loan.handed_over_at, empty=self.tr("Not yet")),
            "returned": local_text(loan.returned_at, empty=self.tr("Not yet")),
            "return_notes": loan.return_notes,
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.fields["status"].setStyleSheet(
            f"color: {theme.colors().overdue}; font-weight: 600;" if loan.overdue else ""
        )
        self.items_table.setRowCount(len(loan.items))
        damaged_colour = QBrush(QColor(theme.colors().error))
        for row, line in enumerate(loan.items):
            cells = (
                line.item_type,
                str(line.quantity),
                line.serial_numbers,
                label_of(ItemCondition, line.condition),
                line.damage_notes,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3 and line.condition not in (None, ItemCondition.GOOD.value):
                    item.setForeground(damaged_colour)
                self.items_table.setItem(row, column, item)
        self.items_table.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        loan = self.selected()
        ready = loan is not None and self._worker is not None and not self._busy
        self.hand_over_button.setEnabled(ready and loan.status == RequestStatus.ANSWERED.value)  # type: ignore[union-attr]
        self.return_button.setEnabled(ready and loan.status == RequestStatus.HANDED_OVER.value)  # type: ignore[union-attr]

    # -- actions --------------------------------------------------------------------------------

    def hand_over_selected(self) -> None:
        loan = self.selected()
        worker = self._worker
        if loan is None or worker is None or self._busy:
            return
        reference = loan.request_reference
        self._start_action()
        Op(self, worker, lambda svc: svc.loans.hand_over(reference)).success(
            lambda _view: self._done(arg(self.tr("%1 handed over."), reference), reference)
        ).failure(self._action_failed).run()

    def return_selected(self) -> None:
        loan = self.selected()
        if loan is None or self._busy:
            return
        dialog = ReturnDialog(loan, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._record_return(dialog.reference, dialog.returns(), dialog.notes())
        )
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.return_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _dialog_closed(self, dialog: ReturnDialog) -> None:
        if self.return_dialog is dialog:
            self.return_dialog = None

    def _record_return(self, reference: str, returns: list[ItemReturn], notes: str) -> None:
        worker = self._worker
        if worker is None:
            return
        self._start_action()
        Op(self, worker, lambda svc: svc.loans.record_return(reference, returns, notes=notes)).success(
            lambda _view: self._done(arg(self.tr("%1 returned."), reference), reference)
        ).failure(self._action_failed).run()

    def _start_action(self) -> None:
        self._busy = True
        self.error_label.clear()
        self.status_label.clear()
        self._update_buttons()

    def _done(self, message: str, reference: str) -> None:
        self._busy = False
        self.status_label.setText(message)
        self.emit_changes(loans=True, requests=True)
        self.refresh()

    def _action_failed(self, sentence: str) -> None:
        self._busy = False
        self.error_label.setText(sentence)
        self._update_buttons()
