"""Recovery codes: 160 random bits, shown once, typed back by a person.

Crockford base32 in groups of four, so a code read over the phone survives confusions between
O/0 and I/L/1 and any spacing or dashes the reader adds.
"""

from __future__ import annotations

import secrets

from desktop.vault.errors import WrongSecret

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
CODE_SYMBOLS = 32  # 32 symbols x 5 bits = 160 bits


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(_ALPHABET) for _ in range(CODE_SYMBOLS))
    return "-".join(symbols[i : i + 4] for i in range(0, CODE_SYMBOLS, 4))


def normalise_recovery_code(text: str) -> bytes:
    """The canonical bytes a code derives its key from; raises WrongSecret on a malformed code."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_CONFUSABLE)
    if len(cleaned) != CODE_SYMBOLS or any(ch not in _ALPHABET for ch in cleaned):
        raise WrongSecret("A recovery code has 32 letters and digits, in eight groups of four.")
    return cleaned.encode("ascii")
