"""The time of the events on the new-request form: a wall-clock time and the zone it was read in.

As on a case's timeline (`cases.dialogs.EventDialog`), the officer types the time a clock showed
and chooses that clock's zone beside it; the field itself never shifts the digits through the
workstation's own daylight-saving change. `moment()` is that time as an aware datetime IN THE
CHOSEN ZONE, because its day there is what decides the treaty: `request_options.options_for` and
`RequestService.create` both take `events_at.date()` in the zone of the moment they are given, so
handing both the same moment keeps the bases offered and the basis filed in step (the services
store the moment in UTC). GUI thread only.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.services.errors import InvalidInput
from desktop.ui.cases.common import set_wall_clock, to_utc, wall_clock_edit, zone_combo


class EventsTime(QWidget):
    """`edit` (date and time, as on the clock) and `zone` (where that clock was); `sig_changed` on either."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone_combo(self.tr("Time zone of the time of the events"))
        self.zone.setToolTip(
            self.tr("The zone of the clock the time was read on; the day of the events is the day there.")
        )
        self.edit = wall_clock_edit(self.tr("Date and time of the events"), self.zone_name())
        self.edit.setToolTip(
            self.tr(
                "Decides which treaty applies: the 2004 treaty before 1 October 2023, the 2018 treaty from then."
            )
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.zone)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self.sig_changed)
        self.zone.currentIndexChanged.connect(self.sig_changed)

    def zone_name(self) -> str:
        """The IANA zone the time was typed in."""
        return str(self.zone.currentData())

    def moment(self) -> datetime | None:
        """The moment typed, aware in the chosen zone; None for a time a clock change skips or repeats."""
        zone = self.zone_name()
        try:
            return to_utc(self.edit, zone).astimezone(ZoneInfo(zone))
        except InvalidInput:
            return None

    def set_moment(self, moment: datetime, zone: str | None = None) -> None:
        """Show `moment` as a clock in `zone` reads it (default: the zone chosen now)."""
        if zone is not None:
            index = self.zone.findData(zone)
            if index < 0:
                self.zone.addItem(zone, zone)
                index = self.zone.count() - 1
            self.zone.setCurrentIndex(index)
        wall = moment.astimezone(ZoneInfo(self.zone_name())).replace(tzinfo=None, second=0, microsecond=0)
        set_wall_clock(self.edit, wall)
