"""The validation report in plain language: a colour per indication, a sentence per sub-indication.

The verifier (desktop.exchange.verify) reports like the EU DSS: TOTAL_PASSED, INDETERMINATE or
TOTAL_FAILED, with an ETSI EN 319 102-1 sub-indication. A person at the desk needs to know what
that means and what to do next, so each sub-indication has one explanation and one piece of
advice here, declared once and marked for translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.ui import theme, timefmt
from desktop.ui.i18n import arg, translate

PASSED, INDETERMINATE, FAILED = "TOTAL_PASSED", "INDETERMINATE", "TOTAL_FAILED"
FILE_PASSED = "PASSED"  # a signed file of the package, as desktop.exchange.verify reports it
_CONTEXT = "ValidationReport"

# The box of the verdict banner: green, amber, red (colours from the palette in use).
BOXES: dict[str, theme.BoxKind] = {PASSED: "ok", INDETERMINATE: "warning", FAILED: "error"}

HEADLINES: dict[str, str] = {
    PASSED: QT_TRANSLATE_NOOP("ValidationReport", "Valid: the package is intact and its signer is trusted."),
    INDETERMINATE: QT_TRANSLATE_NOOP(
        "ValidationReport", "Not confirmed: nothing is broken, but the signer cannot be trusted yet."
    ),
    FAILED: QT_TRANSLATE_NOOP(
        "ValidationReport", "Invalid: the package was changed or is damaged. Do not use it."
    ),
}

# sub-indication → (what it means, what to do). %1 is the agency the package says it comes from.
_EXPLAINED: dict[str, tuple[str, str]] = {
    "NO_CERTIFICATE_CHAIN_FOUND": (
        QT_TRANSLATE_NOOP(
            "ValidationReport", "No certificate in your trust store vouches for the signer's certificate."
        ),
        QT_TRANSLATE_NOOP(
            "ValidationReport",
            "The signer's certificate is not pinned for agency %1: add %1's CA certificate under "
            "Agencies and trust, after checking its fingerprint with them by phone.",
        ),
    ),
    "CHAIN_CONSTRAINTS_FAILURE": (
        QT_TRANSLATE_NOOP(
            "ValidationReport",
            "The signer's certificate is trusted, but for another agency than the one the package "
            "names, or it may not be used for signing.",
        ),
        QT_TRANSLATE_NOOP(
            "ValidationReport",
            "The signer's certificate is not pinned for agency %1: add it under Agencies and trust "
            "only if %1 confirms that this person signs for them.",
        ),
    ),
    "OUT_OF_BOUNDS_NO_POE": (
        QT_TRANSLATE_NOOP(
            "ValidationReport",
            "The signer's certificate has expired, and nothing proves the signature was made before.",
        ),
        QT_TRANSLATE_NOOP("ValidationReport", "Ask %1 to sign the package again with a valid certificate."),
    ),
    "NOT_YET_VALID": (
        QT_TRANSLATE_NOOP(
            "ValidationReport", "The signer's certificate was not yet valid at the time checked."
        ),
        QT_TRANSLATE_NOOP("ValidationReport", "Check this computer's clock, then ask %1 to check theirs."),
    ),
    "SIG_CONSTRAINTS_FAILURE": (
        QT_TRANSLATE_NOOP("ValidationReport", "The signature claims to be made in the future."),
        QT_TRANSLATE_NOOP(
            "ValidationReport", "Ask %1 to check their computer's clock and send the package again."
        ),
    ),
    "HASH_FAILURE": (
        QT_TRANSLATE_NOOP("ValidationReport", "A file in the package was changed after it was signed."),
        QT_TRANSLATE_NOOP(
            "ValidationReport",
            "Do not use it: ask %1 to send the package again, by another channel if you can.",
        ),
    ),
    "SIG_CRYPTO_FAILURE": (
        QT_TRANSLATE_NOOP(
            "ValidationReport", "A signature does not match what it signs: it was damaged or forged."
        ),
        QT_TRANSLATE_NOOP(
            "ValidationReport",
            "Do not use it: ask %1 to send the package again, by another channel if you can.",
        ),
    ),
    "FORMAT_FAILURE": (
        QT_TRANSLATE_NOOP(
            "ValidationReport", "The file is not a well-formed request package, or it is damaged."
        ),
        QT_TRANSLATE_NOOP(
            "ValidationReport",
            "Check that this is the package you expected; if it is, ask the sender to send it again.",
        ),
    ),
    "SIGNED_DATA_NOT_FOUND": (
        QT_TRANSLATE_NOOP(
            "ValidationReport",
            "A file in the package is not covered by any signature, or a signed file is missing.",
        ),
        QT_TRANSLATE_NOOP("ValidationReport", "Do not use it: ask the sender to send the package again."),
    ),
    "NO_SIGNING_CERTIFICATE_FOUND": (
        QT_TRANSLATE_NOOP("ValidationReport", "The signature does not carry the signer's certificate."),
        QT_TRANSLATE_NOOP(
            "ValidationReport", "Ask %1 to sign again so that the signature includes their certificate."
        ),
    ),
}
_UNKNOWN = (
    QT_TRANSLATE_NOOP("ValidationReport", "The verifier reported %1."),
    QT_TRANSLATE_NOOP("ValidationReport", "Do not import it; ask the sender to send the package again."),
)
_THE_SENDER = QT_TRANSLATE_NOOP("ValidationReport", "the sender")
_PASSED_ADVICE = QT_TRANSLATE_NOOP(
    "ValidationReport", "You can import it: it will be filed in this case file as it was signed."
)


@dataclass(frozen=True)
class Explained:
    """One sub-indication for a person: its code, what it means and what to do."""

    code: str
    meaning: str
    advice: str


def colour_of(indication: str) -> tuple[str, str, str]:
    """(background, text, border) of the verdict banner, in the current palette; unknown → failed."""
    text, background, border = theme.colors().box(BOXES.get(indication, "error"))
    return background, text, border


def headline(indication: str) -> str:
    return translate(_CONTEXT, HEADLINES.get(indication, HEADLINES[FAILED]))


def explain(sub_indication: str | None, indication: str, agency: str) -> Explained:
    """What `sub_indication` means and what to do, for a package that says it comes from `agency`."""
    who = agency or translate(_CONTEXT, _THE_SENDER)
    if sub_indication is None:
        if indication == PASSED:
            return Explained("", "", translate(_CONTEXT, _PASSED_ADVICE))
        meaning, advice = _UNKNOWN
        return Explained("", arg(translate(_CONTEXT, meaning), indication), translate(_CONTEXT, advice))
    if sub_indication not in _EXPLAINED:
        meaning, advice = _UNKNOWN
        return Explained(
            sub_indication, arg(translate(_CONTEXT, meaning), sub_indication), translate(_CONTEXT, advice)
        )
    meaning, advice = _EXPLAINED[sub_indication]
    return Explained(sub_indication, translate(_CONTEXT, meaning), arg(translate(_CONTEXT, advice), who))


def local_text(moment: datetime | str | None) -> str:
    """`2026-03-29 14:10 CEST` in this computer's zone (`timefmt`); "" when the report has none."""
    return timefmt.local_text(moment, empty="")
