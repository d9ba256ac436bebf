"""How the Agencies page writes certificates for people: fingerprints, validity, expiry warnings.

Pure functions and constants (no widgets), so the rules are tested and shared by the page and its
dialogs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from desktop.ui import theme
from desktop.ui.i18n import arg, plural, translate
from desktop.ui.timefmt import date_text, local_text

EXPIRY_WARNING_DAYS = 30
"""A certificate ending within this many days is shown in amber: time to ask for its renewal."""

FINGERPRINT_PAIRS_PER_LINE = 8

_CONTEXT = "AgenciesPage"
COUNTRY_NAMES = {
    "BE": QT_TRANSLATE_NOOP("AgenciesPage", "Belgium"),
    "NL": QT_TRANSLATE_NOOP("AgenciesPage", "Netherlands"),
    "LU": QT_TRANSLATE_NOOP("AgenciesPage", "Luxembourg"),
    "DE": QT_TRANSLATE_NOOP("AgenciesPage", "Germany"),
    "FR": QT_TRANSLATE_NOOP("AgenciesPage", "France"),
}
KIND_NAMES = {
    "police": QT_TRANSLATE_NOOP("AgenciesPage", "Police"),
    "customs": QT_TRANSLATE_NOOP("AgenciesPage", "Customs"),
    "joint_centre": QT_TRANSLATE_NOOP("AgenciesPage", "Joint centre"),
    "military_police": QT_TRANSLATE_NOOP("AgenciesPage", "Military police"),
    "administrative": QT_TRANSLATE_NOOP("AgenciesPage", "Administrative authority"),
}
_EXPIRED = QT_TRANSLATE_NOOP("AgenciesPage", "Expired on %1")
_EXPIRES_TODAY = QT_TRANSLATE_NOOP("AgenciesPage", "Expires today (%1)")
_NOT_YET = QT_TRANSLATE_NOOP("AgenciesPage", "Not valid before %1")
_VALID = QT_TRANSLATE_NOOP("AgenciesPage", "Valid")


class CertificateExpiry(QObject):
    """The expiry sentences that count days: only `tr` gives them each language's plural forms."""

    def expires_in(self, days: int, day: str) -> str:
        return arg(plural(self.tr("Expires in %Ln day(s) (%1)", "", days), days), day)


class Expiry(Enum):
    VALID = "valid"
    EXPIRING = "expiring"  # within EXPIRY_WARNING_DAYS
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"


def expiry(not_before: datetime | None, not_after: datetime, now: datetime | None = None) -> Expiry:
    """`not_before` None: only the end is known (a member's credential)."""
    now = now or datetime.now(UTC)
    if now >= not_after:
        return Expiry.EXPIRED
    if not_before is not None and now < not_before:
        return Expiry.NOT_YET_VALID
    if not_after - now <= timedelta(days=EXPIRY_WARNING_DAYS):
        return Expiry.EXPIRING
    return Expiry.VALID


@dataclass(frozen=True)
class ExpiryColors:
    """How a certificate's state is painted, in the palette in use (`expiry_colors()`)."""

    expired: str  # text of an expired or not yet valid certificate
    expiring: str  # text of one expiring soon, on `expiring_background`
    expiring_background: str


def expiry_colors() -> ExpiryColors:
    """Red for expired, amber for expiring soon: the current palette's status colours."""
    status = theme.colors()
    return ExpiryColors(
        expired=status.error, expiring=status.due_soon, expiring_background=status.due_soon_background
    )


def expiry_text(not_before: datetime | None, not_after: datetime, now: datetime | None = None) -> str:
    """ "Valid", "Expires in 12 days (2026-03-01)", "Expired on 2026-01-31" — translated."""
    now = now or datetime.now(UTC)
    state = expiry(not_before, not_after, now)
    if state is Expiry.EXPIRED:
        return arg(translate(_CONTEXT, _EXPIRED), local_date(not_after))
    if state is Expiry.NOT_YET_VALID and not_before is not None:
        return arg(translate(_CONTEXT, _NOT_YET), local_time(not_before))
    if state is Expiry.EXPIRING:
        days = (not_after - now).days
        if days == 0:
            return arg(translate(_CONTEXT, _EXPIRES_TODAY), local_time(not_after))
        return CertificateExpiry().expires_in(days, local_date(not_after))
    return translate(_CONTEXT, _VALID)


# The page's dialogs format validity with these names; one formatter for every page (`timefmt`).
local_time = local_text
local_date = date_text


def group_fingerprint(hex_digest: str) -> str:
    """ "ab12cd…" → "AB:12:CD:…", the way `openssl x509 -fingerprint -sha256` prints it."""
    digits = hex_digest.strip().upper()
    return ":".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def fingerprint_lines(hex_digest: str, pairs_per_line: int = FINGERPRINT_PAIRS_PER_LINE) -> str:
    """The grouped fingerprint on several short lines, for reading aloud and comparing."""
    pairs = group_fingerprint(hex_digest).split(":")
    return "\n".join(":".join(pairs[i : i + pairs_per_line]) for i in range(0, len(pairs), pairs_per_line))


def country_name(code: str) -> str:
    name = COUNTRY_NAMES.get(code)
    return translate(_CONTEXT, name) if name else code


def kind_name(kind: str) -> str:
    name = KIND_NAMES.get(kind)
    return translate(_CONTEXT, name) if name else kind.replace("_", " ").capitalize()
