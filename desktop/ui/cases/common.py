"""What the Cases page's widgets share: time zones, times and sizes as text, handling codes.

Times are stored in UTC. Lists show them in the workstation's local time with the zone's
abbreviation (`desktop.ui.timefmt`); the timeline shows each event in the zone it was entered in,
with the zone's name (`EventView.local_time`), because an officer who crossed into the Netherlands
typed Dutch time. The zone and handling-code combos are shared with the new-request form.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QComboBox, QDateTimeEdit

from desktop.models.enums import HandlingCode
from desktop.services.cases import wall_clock_to_utc
from desktop.ui.labels import label, meaning
from desktop.ui.timefmt import local_text

# Zones an officer of the Benelux enters times in; the workstation's own zone is added first.
ZONES = ("Europe/Brussels", "Europe/Amsterdam", "Europe/Luxembourg", "Europe/Berlin", "Europe/Paris", "UTC")
local = local_text  # the case detail's name for the one formatter (desktop.ui.timefmt)
_UTC = QTimeZone(QTimeZone.Initialization.UTC)


def system_zone() -> str:
    """The workstation's IANA zone (e.g. Europe/Brussels); UTC if Qt names one Python does not know."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def size_text(size: int) -> str:
    """ "12,3 KB" in the interface's language: its decimal mark, its unit names, its plural."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def zone_combo(accessible_name: str, zone: str | None = None) -> QComboBox:
    """The zones to enter a time in, the workstation's first; `zone` selected (default: the workstation's)."""
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    own = system_zone()
    for name in (own, *(z for z in ZONES if z != own)):
        combo.addItem(name, name)
    combo.setCurrentIndex(max(0, combo.findData(zone or own)))
    return combo


def meaning_combo(accessible_name: str, items: list[tuple[str, str, str]], default: str) -> QComboBox:
    """A combo of (stored value, label, meaning); the meaning is each item's tooltip and the combo's."""
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for value, text, tip in items:
        combo.addItem(text, value)
        combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)

    def show_meaning(index: int) -> None:
        combo.setToolTip(str(combo.itemData(index, Qt.ItemDataRole.ToolTipRole) or ""))

    combo.currentIndexChanged.connect(show_meaning)
    combo.setCurrentIndex(max(0, combo.findData(default)))
    show_meaning(combo.currentIndex())
    return combo


def handling_combo(accessible_name: str, code: HandlingCode = HandlingCode.H1) -> QComboBox:
    """The handling codes with what each restricts (labels.py), `code` selected; data: "H0"…"H3"."""
    items = [(member.value, label(member), meaning(member)) for member in HandlingCode]
    return meaning_combo(accessible_name, items, code.value)


def wall_clock_edit(accessible_name: str, zone: str) -> QDateTimeEdit:
    """A date-and-time field holding a wall-clock time (no zone of its own), set to now in `zone`.

    The field itself runs in UTC so that Qt never shifts a time through the workstation's DST
    gap; which zone the digits mean is chosen beside it, and `to_utc` converts.
    """
    edit = QDateTimeEdit()
    edit.setAccessibleName(accessible_name)
    edit.setTimeZone(_UTC)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    set_wall_clock(edit, datetime.now(ZoneInfo(zone)).replace(tzinfo=None, second=0, microsecond=0))
    return edit


def set_wall_clock(edit: QDateTimeEdit, wall_clock: datetime) -> None:
    edit.setDateTime(
        QDateTime(
            QDate(wall_clock.year, wall_clock.month, wall_clock.day),
            QTime(wall_clock.hour, wall_clock.minute),
            _UTC,
        )
    )


def wall_clock(edit: QDateTimeEdit) -> datetime:
    day, time = edit.date(), edit.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def to_utc(edit: QDateTimeEdit, zone: str) -> datetime:
    """The field's digits read in `zone`, as UTC; InvalidInput for the skipped or repeated DST hour."""
    return wall_clock_to_utc(wall_clock(edit), zone)


def day_start(day: date, zone: str) -> datetime:
    """Midnight of `day` in `zone`, aware (a date-only fact such as a JIT's period)."""
    return datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(zone))
