"""Base64 helpers for the key-slot file that fail with a plain ValueError on bad input."""

from __future__ import annotations

import base64
import binascii


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: object, *, max_length: int = 1 << 20) -> bytes:
    if not isinstance(text, str) or len(text) > max_length:
        raise ValueError("a base64 field is missing or too long")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise ValueError("a base64 field is malformed") from error
