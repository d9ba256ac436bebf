"""The border map's words: statuses, delays, degrees and the tool tips of its markers.

Translated in the "BorderMap" context; times through `desktop.ui.timefmt` (the workstation's local
time with the zone's abbreviation). GUI thread only.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.models.enums import CaseKind
from desktop.services.geo import CrossingPoint
from desktop.services.insight_rules import NotificationStatus
from desktop.ui.i18n import arg
from desktop.ui.labels import label_of
from desktop.ui.map.data import PlottedCrossing
from desktop.ui.timefmt import local_text


def status_text(status: NotificationStatus) -> str:
    if status is NotificationStatus.IN_TIME:
        return QCoreApplication.translate("BorderMap", "Notified in time")
    if status is NotificationStatus.LATE:
        return QCoreApplication.translate("BorderMap", "Notified late")
    return QCoreApplication.translate("BorderMap", "Not notified")


def _decimal(value: float, digits: int, *, keep_zeros: bool = False) -> str:
    """`value` in the interface language's number format ("50,8123" in French and Dutch)."""
    if not keep_zeros and value == int(value):
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", digits)


def rule_text(limit_hours: float) -> str:
    if limit_hours <= 0:
        return QCoreApplication.translate("BorderMap", "Rule: notify at the latest on crossing")
    return arg(
        QCoreApplication.translate("BorderMap", "Rule: notify within %1 hours of crossing"),
        _decimal(limit_hours, 1),
    )


def delay_text(delay: timedelta | None) -> str:
    """ "10 min", "1 h 10 min", "−40 min" (told before crossing), "5 h 00 min 30 s"; "—" if none."""
    if delay is None:
        return "—"
    total = round(delay.total_seconds())
    sign = "−" if total < 0 else ""
    hours, rest = divmod(abs(total), 3600)
    minutes, seconds = divmod(rest, 60)
    if hours and seconds:
        text = arg(
            QCoreApplication.translate("BorderMap", "%1 h %2 min %3 s"), hours, f"{minutes:02d}", seconds
        )
    elif hours:
        text = arg(QCoreApplication.translate("BorderMap", "%1 h %2 min"), hours, f"{minutes:02d}")
    elif seconds:
        text = arg(QCoreApplication.translate("BorderMap", "%1 min %2 s"), minutes, seconds)
    else:
        text = arg(QCoreApplication.translate("BorderMap", "%1 min"), minutes)
    return sign + text


def crossed_text(item: PlottedCrossing) -> str:
    return local_text(item.crossing.crossed_at)


def case_tip(item: PlottedCrossing) -> str:
    """The tool tip of a case's marker."""
    crossing = item.crossing
    lines = [
        arg(
            QCoreApplication.translate("BorderMap", "%1 — %2"),
            crossing.case_reference,
            label_of(CaseKind, crossing.case_kind),
        ),
        crossing.case_title,
        arg(QCoreApplication.translate("BorderMap", "Crossed at: %1"), crossed_text(item)),
    ]
    if crossing.location:
        lines.append(arg(QCoreApplication.translate("BorderMap", "Place: %1"), crossing.location))
    if crossing.delay is None:
        lines.append(QCoreApplication.translate("BorderMap", "Delay: the host was not notified"))
    else:
        lines.append(arg(QCoreApplication.translate("BorderMap", "Delay: %1"), delay_text(crossing.delay)))
    lines.append(
        arg(
            QCoreApplication.translate("BorderMap", "%1 (%2)"),
            status_text(item.status),
            rule_text(item.limit_hours),
        )
    )
    return "\n".join(lines)


def point_tip(point: CrossingPoint) -> str:
    """The tool tip of a seeded crossing point."""
    lines = [point.name, point.road, "–".join(point.countries)]
    if point.approximate:
        lines.append(QCoreApplication.translate("BorderMap", "Approximate position"))
    return "\n".join(lines)


def more_text(count: int) -> str:
    return arg(QCoreApplication.translate("BorderMap", "… and %1 more here"), count)


def degrees_text(lat: float, lon: float) -> str:
    """ "50.8900° N, 5.6800° E" (west and south with their own letters)."""
    north = (
        QCoreApplication.translate("BorderMap", "N")
        if lat >= 0
        else QCoreApplication.translate("BorderMap", "S")
    )
    east = (
        QCoreApplication.translate("BorderMap", "E")
        if lon >= 0
        else QCoreApplication.translate("BorderMap", "W")
    )
    return arg(
        QCoreApplication.translate("BorderMap", "%1° %2, %3° %4"),
        _decimal(abs(lat), 4, keep_zeros=True),
        north,
        _decimal(abs(lon), 4, keep_zeros=True),
        east,
    )


def nearest_text(point: CrossingPoint, km: float) -> str:
    return arg(
        QCoreApplication.translate(
            "BorderMap", "Nearest crossing point: %1 (%2), %3 km away (approximate position)"
        ),
        point.name,
        point.road,
        _decimal(km, 1, keep_zeros=True),
    )
