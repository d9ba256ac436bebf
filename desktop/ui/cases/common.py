"""What the Cases page's widgets share: time zones, times and sizes as text, handling codes.

Times are stored in UTC. Lists show them in the workstation's local time with the zone's
abbreviation; the timeline shows each event in the zone it was entered in, with the zone's name
(`EventView.local_time`), because an officer who crossed into the Netherlands typed Dutch time.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QComboBox, QDateTimeEdit

from desktop.models.enums import HandlingCode
from desktop.services.cases import wall_clock_to_utc
from desktop.ui.i18n import arg

# Zones an officer of the Benelux enters times in; the workstation's own zone is added first.
ZONES = ("Europe/Brussels", "Europe/Amsterdam", "Europe/Luxembourg", "Europe/Berlin", "Europe/Paris", "UTC")
HANDLING_HINT = QT_TRANSLATE_NOOP(
    "CasesPage", "Handling code: H0 no restriction … H3 no further use without permission"
)
_UTC = QTimeZone(QTimeZone.Initialization.UTC)


def system_zone() -> str:
    """The workstation's IANA zone (e.g. Europe/Brussels); UTC if Qt names one Python does not know."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def local(when: datetime | None) -> str:
    """`2026-03-29 03:10 CEST`: a stored UTC moment in the workstation's local time."""
    if when is None:
        return ""
    moment = when.astimezone()
    return f"{moment:%Y-%m-%d %H:%M} {moment.tzname()}"


def size_text(size: int) -> str:
    if size < 1024:
        return arg(QCoreApplication.translate("CasesPage", "%1 bytes"), size)
    if size < 1024 * 1024:
        return arg(QCoreApplication.translate("CasesPage", "%1 KB"), f"{size / 1024:.1f}")
    return arg(QCoreApplication.translate("CasesPage", "%1 MB"), f"{size / (1024 * 1024):.1f}")


def zone_combo(accessible_name: str, zone: str | None = None) -> QComboBox:
    """The zones to enter a time in, the workstation's first; `zone` selected (default: the workstation's)."""
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    own = system_zone()
    for name in (own, *(z for z in ZONES if z != own)):
        combo.addItem(name, name)
    combo.setCurrentIndex(max(0, combo.findData(zone or own)))
    return combo


def handling_combo(accessible_name: str, code: HandlingCode = HandlingCode.H1) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for member in HandlingCode:
        combo.addItem(member.value, member.value)
    combo.setCurrentIndex(combo.findData(code.value))
    combo.setToolTip(QCoreApplication.translate("CasesPage", HANDLING_HINT))
    return combo


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
