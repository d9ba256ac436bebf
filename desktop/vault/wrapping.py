"""Key wrapping primitives of the key-slot file.

* A slot's private key (X25519) is sealed with AES-256-GCM under a key derived from the
  principal's secret (see kdf.py).
* The data key is sealed to the slot's public key, as age and CDOC2 do: an ephemeral X25519 key
  agreement, HKDF-SHA256 bound to both public keys, the case file and the slot, then AES-256-GCM.
  So anyone holding only public keys (an administrator removing a member) can rotate the data key.
* An agency escrow certificate gets the data key with RSA-OAEP (SHA-256).
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.vault.encoding import b64d, b64e
from desktop.vault.errors import DamagedCaseFile, WrongSecret

_RAW = serialization.Encoding.Raw


def _aad(file_id: str, slot_id: str, purpose: str) -> bytes:
    return f"casedesk/v1/{purpose}/{file_id}/{slot_id}".encode()


def seal_private_key(
    private_key: x25519.X25519PrivateKey, kek: bytes, *, file_id: str, slot_id: str
) -> dict[str, str]:
    raw = private_key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    nonce = os.urandom(12)
    sealed = AESGCM(kek).encrypt(nonce, raw, _aad(file_id, slot_id, "private-key"))
    return {"nonce": b64e(nonce), "ciphertext": b64e(sealed)}


def open_private_key(sealed: object, kek: bytes, *, file_id: str, slot_id: str) -> x25519.X25519PrivateKey:
    """Raises WrongSecret when the key-encryption key is not the right one (GCM tag mismatch)."""
    if not isinstance(sealed, dict):
        raise ValueError("a sealed private key is not an object")
    try:
        raw = AESGCM(kek).decrypt(
            b64d(sealed.get("nonce")), b64d(sealed.get("ciphertext")), _aad(file_id, slot_id, "private-key")
        )
    except InvalidTag:
        raise WrongSecret("The passphrase is not correct for this member.") from None
    return x25519.X25519PrivateKey.from_private_bytes(raw)


def public_key_bytes(public_key: x25519.X25519PublicKey) -> bytes:
    return public_key.public_bytes(_RAW, serialization.PublicFormat.Raw)


def _wrapping_key(shared: bytes, ephemeral: bytes, recipient: bytes, file_id: str, slot_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral + recipient,
        info=_aad(file_id, slot_id, "data-key"),
    ).derive(shared)


def seal_data_key(
    data_key: bytes, recipient: x25519.X25519PublicKey, *, file_id: str, slot_id: str
) -> dict[str, str]:
    ephemeral = x25519.X25519PrivateKey.generate()
    ephemeral_public = public_key_bytes(ephemeral.public_key())
    recipient_raw = public_key_bytes(recipient)
    key = _wrapping_key(ephemeral.exchange(recipient), ephemeral_public, recipient_raw, file_id, slot_id)
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, data_key, _aad(file_id, slot_id, "data-key"))
    return {"ephemeral": b64e(ephemeral_public), "nonce": b64e(nonce), "ciphertext": b64e(sealed)}


def open_data_key(
    sealed: object, private_key: x25519.X25519PrivateKey, *, file_id: str, slot_id: str
) -> bytes:
    if not isinstance(sealed, dict):
        raise ValueError("a sealed data key is not an object")
    ephemeral_raw = b64d(sealed.get("ephemeral"))
    ephemeral = x25519.X25519PublicKey.from_public_bytes(ephemeral_raw)
    recipient_raw = public_key_bytes(private_key.public_key())
    key = _wrapping_key(private_key.exchange(ephemeral), ephemeral_raw, recipient_raw, file_id, slot_id)
    try:
        return AESGCM(key).decrypt(
            b64d(sealed.get("nonce")), b64d(sealed.get("ciphertext")), _aad(file_id, slot_id, "data-key")
        )
    except InvalidTag:
        raise ValueError("a sealed data key does not open with its slot's key") from None


_OAEP = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def seal_data_key_rsa(data_key: bytes, public_key: rsa.RSAPublicKey) -> dict[str, str]:
    return {"scheme": "rsa-oaep-sha256", "ciphertext": b64e(public_key.encrypt(data_key, _OAEP))}


def open_data_key_rsa(sealed: object, private_key: rsa.RSAPrivateKey) -> bytes:
    """Raises WrongSecret for another key, DamagedCaseFile for a malformed escrow slot."""
    if not isinstance(sealed, dict) or sealed.get("scheme") != "rsa-oaep-sha256":
        raise DamagedCaseFile("The escrow slot of the key-slot file does not hold an RSA-OAEP sealed key.")
    try:
        ciphertext = b64d(sealed.get("ciphertext"))
    except ValueError:
        raise DamagedCaseFile("The escrow slot of the key-slot file is damaged.") from None
    try:
        return private_key.decrypt(ciphertext, _OAEP)
    except ValueError:
        raise WrongSecret("This escrow key does not open the case file.") from None
