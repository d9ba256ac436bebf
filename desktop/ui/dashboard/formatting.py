"""Numbers, shares, durations and months as the dashboard writes them, in the interface's language.

Counts use `i18n.number` (digit grouping of the language); decimals, months and dates the default
QLocale, which `LanguageSwitcher` sets to the interface's language. Units are marked for
translation here once ("%1 h", "%1 min", "%1%") so every chart writes them alike.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale

from desktop.ui.i18n import arg, number, translate

_CONTEXT = "Dashboard"
_PERCENT = QT_TRANSLATE_NOOP("Dashboard", "%1%")
_SECONDS = QT_TRANSLATE_NOOP("Dashboard", "%1 s")
_MINUTES = QT_TRANSLATE_NOOP("Dashboard", "%1 min")
_HOURS = QT_TRANSLATE_NOOP("Dashboard", "%1 h")
_HOURS_MINUTES = QT_TRANSLATE_NOOP("Dashboard", "%1 h %2 min")
_DAYS = QT_TRANSLATE_NOOP("Dashboard", "%1 d")
MINUS = "\u2212"
MS_PER_HOUR = 3_600_000


def count_text(value: int) -> str:
    return number(value)


def decimal_text(value: float, digits: int) -> str:
    """`value` with at most `digits` decimals, trailing zeros dropped ("2,5" in French)."""
    rounded = round(value, digits)
    if rounded == int(rounded):
        return number(int(rounded))
    text = QLocale().toString(float(rounded), "f", digits)
    point = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def percent_text(share: float) -> str:
    """0.75 → "75%" (a translation may write "75 %"); one decimal only when it is not whole."""
    return arg(translate(_CONTEXT, _PERCENT), decimal_text(share * 100, 1))


def duration_text(hours: float) -> str:
    """A delay as people say it: "4 h 15 min", "20 min", "−10 min", "0.001 s", "168 h".

    Under a minute it is exact to the millisecond (an answer 1 ms late reads as late by 0.001 s);
    from a minute on it is rounded to the nearest minute.
    """
    ms = round(abs(hours) * MS_PER_HOUR)
    sign = MINUS if hours < 0 and ms else ""
    if ms < 60_000:
        return sign + arg(translate(_CONTEXT, _SECONDS), decimal_text(ms / 1000, 3))
    minutes = round(ms / 60_000)
    whole_hours, rest = divmod(minutes, 60)
    if whole_hours == 0:
        text = arg(translate(_CONTEXT, _MINUTES), number(rest))
    elif rest == 0:
        text = arg(translate(_CONTEXT, _HOURS), number(whole_hours))
    else:
        text = arg(translate(_CONTEXT, _HOURS_MINUTES), number(whole_hours), number(rest))
    return sign + text


def hours_label(hours: float) -> str:
    """An axis tick: "8 h", "3 d", "−1 h" (whole days from 24 h on)."""
    sign = MINUS if hours < 0 else ""
    value = abs(hours)
    if value >= 24 and value % 24 == 0:
        return sign + arg(translate(_CONTEXT, _DAYS), number(int(value // 24)))
    return sign + arg(translate(_CONTEXT, _HOURS), decimal_text(value, 1))


def month_text(month: date, *, long: bool = False) -> str:
    """ "Mar 2026" ("mars 2026"); `long`: "March 2026"."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy" if long else "MMM yyyy")


def month_tick(month: date, first: bool) -> str:
    """A month under its bar: "Mar", with the year on the first bar and on January."""
    name = QLocale().toString(QDate(month.year, month.month, 1), "MMM")
    return f"{name}\n{month.year}" if first or month.month == 1 else name
