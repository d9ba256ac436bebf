"""The dashboard's filter bar: partner agency, direction and a range of months.

`current()` is the `DashboardFilter` the page asks the services for. The partner combo lists the
case file's agencies other than our own (`set_agencies`, from `svc.agencies.list`); the months
are UTC months, edited as "Mar 2026" in the interface's language. A choice in a combo applies at
once, months after a short pause (one query per pause, not one per arrow key).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.models.enums import Direction
from desktop.services.dto import AgencyView
from desktop.services.insight_views import DashboardFilter
from desktop.ui.dashboard.formatting import month_text
from desktop.ui.i18n import arg
from desktop.ui.labels import label
from desktop.ui.widgets import filter_combo

MONTH_DEBOUNCE_MS = 400


def months_back(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


class FilterBar(QWidget):
    """Partner, direction, first and last month; `sig_changed` when the user changes one."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partner = filter_combo(self.tr("Partner agency"), characters=16)
        self.partner.setObjectName("dashboardPartner")
        self.partner.addItem(self.tr("All partner agencies"), "")
        self.direction = filter_combo(self.tr("Direction"), characters=12)
        self.direction.setObjectName("dashboardDirection")
        self.direction.addItem(self.tr("Both directions"), "")
        for value in (Direction.INCOMING, Direction.OUTGOING):
            self.direction.addItem(label(value), value.value)
        self.first_month = self._month_edit(self.tr("First month"), "dashboardFirstMonth")
        self.last_month = self._month_edit(self.tr("Last month"), "dashboardLastMonth")
        self.last_year_button = QPushButton(self.tr("Last &12 months"))
        self.last_year_button.setAccessibleName(self.tr("Show the last 12 months"))
        self._today = date.today()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, field in (
            (self.tr("&Partner:"), self.partner),
            (self.tr("&Direction:"), self.direction),
            (self.tr("&From:"), self.first_month),
            (self.tr("&To:"), self.last_month),
        ):
            text = QLabel(caption)
            text.setBuddy(field)
            layout.addWidget(text)
            layout.addWidget(field)
        layout.addWidget(self.last_year_button)
        layout.addStretch(1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(MONTH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.sig_changed)
        self.partner.currentIndexChanged.connect(self._changed_now)
        self.direction.currentIndexChanged.connect(self._changed_now)
        self.first_month.dateChanged.connect(lambda _d: self._debounce.start())
        self.last_month.dateChanged.connect(lambda _d: self._debounce.start())
        self.last_year_button.clicked.connect(self._last_year)

    def _month_edit(self, accessible_name: str, object_name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(object_name)
        edit.setAccessibleName(accessible_name)
        edit.setLocale(QLocale())
        edit.setDisplayFormat("MMM yyyy")
        edit.setCalendarPopup(False)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(2100, 12, 1))
        edit.setCurrentSection(QDateEdit.Section.MonthSection)
        return edit

    def _changed_now(self, _index: int) -> None:
        self._debounce.stop()
        self.sig_changed.emit()

    def _last_year(self) -> None:
        self.set_months(months_back(self._today, 11), self._today)
        self._debounce.stop()
        self.sig_changed.emit()

    # -- values ---------------------------------------------------------------------------------

    def reset(self, today: date) -> None:
        """Every partner, both directions, the 12 months ending with `today`'s (no signal)."""
        self._today = today
        self._debounce.stop()
        for combo in (self.partner, self.direction):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.set_months(months_back(today, 11), today)

    def set_months(self, first: date, last: date) -> None:
        """Show `first` to `last` (no signal)."""
        for edit, month in ((self.first_month, first), (self.last_month, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(month.year, month.month, 1))
            edit.blockSignals(False)

    def set_agencies(self, agencies: list[AgencyView]) -> None:
        """Offer the partner agencies (not our own); the chosen one stays chosen if still offered."""
        chosen = self.partner.currentData() or ""
        self.partner.blockSignals(True)
        while self.partner.count() > 1:
            self.partner.removeItem(1)
        for agency in agencies:
            if agency.own:
                continue
            self.partner.addItem(agency.code, agency.code)
            self.partner.setItemData(self.partner.count() - 1, agency.name, Qt.ItemDataRole.ToolTipRole)
        index = self.partner.findData(chosen)
        self.partner.setCurrentIndex(max(index, 0))
        self.partner.blockSignals(False)
        if chosen and index < 0:
            self.sig_changed.emit()

    def set_partner(self, code: str) -> None:
        index = self.partner.findData(code)
        if index < 0:
            raise KeyError(code)
        self.partner.setCurrentIndex(index)

    def set_direction(self, direction: Direction | None) -> None:
        self.direction.setCurrentIndex(self.direction.findData(direction.value if direction else ""))

    def current(self) -> DashboardFilter:
        first, last = self.first_month.date(), self.last_month.date()
        direction = self.direction.currentData()
        return DashboardFilter(
            partner_code=self.partner.currentData() or None,
            direction=Direction(direction) if direction else None,
            first_month=date(first.year(), first.month(), 1),
            last_month=date(last.year(), last.month(), 1),
        )

    def summary(self) -> str:
        """The filters in one line, for the printed page."""
        chosen = self.current()
        assert chosen.first_month is not None and chosen.last_month is not None
        return arg(
            self.tr("Partner agency: %1 · Direction: %2 · Months: %3 to %4 (UTC)"),
            self.partner.currentText(),
            self.direction.currentText(),
            month_text(chosen.first_month, long=True),
            month_text(chosen.last_month, long=True),
        )

    def clear(self) -> None:
        """Forget the agencies offered and the choices made (the case file is being locked)."""
        self.partner.blockSignals(True)
        while self.partner.count() > 1:
            self.partner.removeItem(1)
        self.partner.blockSignals(False)
        self.reset(date.today())
