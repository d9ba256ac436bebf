"""Key derivation for key slots: Argon2id for human secrets, HKDF for random device secrets.

Parameters are stored per slot, so a slot made on a slow machine stays openable on a fast one
and the cost can be raised for new slots without touching old ones.
"""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.vault.encoding import b64d, b64e
from desktop.vault.errors import DamagedCaseFile

KEY_LENGTH = 32

# Measured on the reference machine (2 cores): about 0.5 s per unlock.
DEFAULT_MEMORY_KIB = 256 * 1024
DEFAULT_ITERATIONS = 2
DEFAULT_LANES = 4

# OWASP's minimum for Argon2id (19 MiB, t=2). Nothing weaker is accepted from a slot file, so a
# tampered slot cannot downgrade the work an attacker needs.
MIN_MEMORY_KIB = 19 * 1024
MIN_ITERATIONS = 2
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64


@dataclass(frozen=True)
class KdfParams:
    """How a slot's key-encryption key is derived from its secret."""

    algorithm: str  # "argon2id" or "hkdf-sha256"
    salt: bytes
    memory_kib: int = 0
    iterations: int = 0
    lanes: int = 0

    @classmethod
    def argon2id(
        cls,
        *,
        memory_kib: int = DEFAULT_MEMORY_KIB,
        iterations: int = DEFAULT_ITERATIONS,
        lanes: int = DEFAULT_LANES,
    ) -> KdfParams:
        params = cls("argon2id", os.urandom(16), memory_kib, iterations, lanes)
        params.check()
        return params

    @classmethod
    def minimum(cls) -> KdfParams:
        """The weakest accepted Argon2id cost; for tests and throw-away files only."""
        return cls.argon2id(memory_kib=MIN_MEMORY_KIB, iterations=MIN_ITERATIONS, lanes=1)

    @classmethod
    def hkdf(cls) -> KdfParams:
        """For 256-bit random secrets (device slots), where stretching adds nothing."""
        return cls("hkdf-sha256", os.urandom(16))

    @classmethod
    def calibrated(cls, target_seconds: float) -> KdfParams:
        """Argon2id taking about target_seconds here: iterations first, then less memory, never below the floor.

        Like KeePassXC's decryption-time setting; the default (about 0.5 s) is what people get
        unless they choose.
        """
        probe = cls.argon2id(iterations=MIN_ITERATIONS)
        started = time.perf_counter()
        derive_key(probe, b"calibration")
        per_iteration = (time.perf_counter() - started) / MIN_ITERATIONS
        iterations = round(target_seconds / max(per_iteration, 1e-6))
        if iterations >= MIN_ITERATIONS:
            return cls.argon2id(iterations=min(MAX_ITERATIONS, iterations))
        # Shorter than two passes at the default memory: scale the memory down instead.
        share = target_seconds / max(per_iteration * MIN_ITERATIONS, 1e-6)
        memory = max(MIN_MEMORY_KIB, int(DEFAULT_MEMORY_KIB * share) // 1024 * 1024)
        return cls.argon2id(memory_kib=memory, iterations=MIN_ITERATIONS)

    def with_fresh_salt(self) -> KdfParams:
        return KdfParams(self.algorithm, os.urandom(16), self.memory_kib, self.iterations, self.lanes)

    def check(self) -> None:
        """Refuse parameters that are malformed or weaker than the floor.

        Our own code never makes such parameters: only a damaged or tampered key-slot file gives
        them, so the refusal is a DamagedCaseFile sentence."""
        if len(self.salt) < 16:
            raise DamagedCaseFile("The key-slot file gives a key-derivation salt that is too short.")
        if self.algorithm == "argon2id":
            if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
                raise DamagedCaseFile(
                    "The key-slot file gives an Argon2id memory cost of {memory_kib} KiB, "
                    "outside the accepted range of {minimum} to {maximum} KiB.",
                    memory_kib=self.memory_kib,
                    minimum=MIN_MEMORY_KIB,
                    maximum=MAX_MEMORY_KIB,
                )
            if not (MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS):
                raise DamagedCaseFile(
                    "The key-slot file gives an Argon2id iteration count of {iterations}, "
                    "outside the accepted range of {minimum} to {maximum}.",
                    iterations=self.iterations,
                    minimum=MIN_ITERATIONS,
                    maximum=MAX_ITERATIONS,
                )
            if not (1 <= self.lanes <= 16):
                raise DamagedCaseFile(
                    "The key-slot file gives an Argon2id lane count of {lanes}, "
                    "outside the accepted range of 1 to 16.",
                    lanes=self.lanes,
                )
        elif self.algorithm != "hkdf-sha256":
            raise DamagedCaseFile(
                "The key-slot file names an unknown key-derivation algorithm {algorithm!r}.",
                algorithm=self.algorithm[:40],
            )

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["salt"] = b64e(self.salt)
        if self.algorithm != "argon2id":
            for key in ("memory_kib", "iterations", "lanes"):
                data.pop(key)
        return data

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        """The parameters of a slot in the key-slot file; DamagedCaseFile when they are not usable."""
        if not isinstance(data, dict):
            raise DamagedCaseFile("The key-slot file gives key-derivation parameters that are not an object.")
        algorithm = data.get("algorithm")
        if not isinstance(algorithm, str):
            raise DamagedCaseFile("The key-slot file gives no key-derivation algorithm.")
        numbers = {}
        for key in ("memory_kib", "iterations", "lanes"):
            value = data.get(key, 0)
            if not isinstance(value, int) or isinstance(value, bool):
                raise DamagedCaseFile(
                    "The key-slot file gives a key-derivation parameter {parameter} that is not a number.",
                    parameter=key,
                )
            numbers[key] = value
        try:
            salt = b64d(data.get("salt"))
        except ValueError:
            raise DamagedCaseFile("The key-slot file gives a malformed key-derivation salt.") from None
        params = cls(algorithm, salt, **numbers)
        params.check()
        return params


def encode_passphrase(passphrase: str) -> bytes:
    """UTF-8 of the NFC form: the same passphrase typed on macOS (NFD input) or Windows opens the file."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(params: KdfParams, secret: bytes) -> bytes:
    """The 256-bit key-encryption key for a slot; runs 0.5 s for default Argon2id (off the GUI thread)."""
    params.check()
    if params.algorithm == "argon2id":
        return Argon2id(
            salt=params.salt,
            length=KEY_LENGTH,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive(secret)
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_LENGTH, salt=params.salt, info=b"casedesk/v1/device-slot"
    ).derive(secret)
