"""A third party opens a case file with only `cryptography` and `sqlcipher3`.

The case files are made with our API; everything that *opens* them is the recipe of
docs/case-file-format.md, copied verbatim between the RECIPE markers below (a test checks the copy
still matches the document), plus the short snippets the document gives for recovery codes,
escrow slots and the audit chain. Nothing from `desktop` is used to open or read.
"""

# isort: skip_file
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

# Our API, used only to *make* the case files; nothing below the recipe uses it to open them.
from desktop.models.enums import RequestKind, Role
from desktop.services.casefile import create_case_file, open_case_file
from desktop.services.facade import Services
from desktop.services.requests import LoanLine, NewRequest
from desktop.vault import KdfParams

# --- RECIPE BEGIN (docs/case-file-format.md, section 11) ---
import base64
import hmac
import json
import pathlib
import unicodedata

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

b64 = base64.b64decode


def hkdf32(key, salt, info):
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def derive_kek(kdf, secret):
    if kdf["algorithm"] == "argon2id":
        return Argon2id(
            salt=b64(kdf["salt"]),
            length=32,
            iterations=kdf["iterations"],
            lanes=kdf["lanes"],
            memory_cost=kdf["memory_kib"],
        ).derive(secret)
    assert kdf["algorithm"] == "hkdf-sha256"  # device slot: 32 random bytes from the OS keyring
    return hkdf32(secret, b64(kdf["salt"]), b"casedesk/v1/device-slot")


def slot_keys(doc, slot, secret):
    """(data key, pending data key or None); raises cryptography's InvalidTag for a wrong secret."""
    fid, sid = doc["file_id"], slot["id"]
    sealed = slot["private_key"]
    raw = AESGCM(derive_kek(slot["kdf"], secret)).decrypt(
        b64(sealed["nonce"]), b64(sealed["ciphertext"]), f"casedesk/v1/private-key/{fid}/{sid}".encode()
    )
    private = X25519PrivateKey.from_private_bytes(raw)

    def open_data_key(sealed):
        eph, info = b64(sealed["ephemeral"]), f"casedesk/v1/data-key/{fid}/{sid}".encode()
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph))
        key = hkdf32(shared, eph + b64(slot["public_key"]), info)
        return AESGCM(key).decrypt(b64(sealed["nonce"]), b64(sealed["ciphertext"]), info)

    pending = slot.get("pending_data_key")
    return open_data_key(slot["data_key"]), (open_data_key(pending) if pending else None)


def mac_valid(doc, data_key):
    body = json.dumps({k: v for k, v in doc.items() if k != "mac"}, sort_keys=True, separators=(",", ":"))
    key = hkdf32(data_key, None, f"casedesk/v1/keyslot-mac/{doc['file_id']}".encode())
    expected = hmac.new(key, body.encode(), "sha256").digest()
    return doc["mac"]["algorithm"] == "hmac-sha256" and hmac.compare_digest(
        expected, b64(doc["mac"]["value"])
    )


def open_database(bundle, data_key, pending=None):
    for key in (data_key, pending):  # pending: a key rotation was interrupted, see section 7
        if key is None:
            continue
        db = sqlcipher3.connect(pathlib.Path(bundle, "case.db").resolve().as_uri() + "?mode=ro", uri=True)
        db.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        db.execute("PRAGMA cipher_compatibility = 4")
        db.execute("PRAGMA temp_store = MEMORY")
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlcipher3.DatabaseError:
            db.close()
    raise ValueError("no key of this slot opens case.db")


def open_case_db(bundle, member, passphrase, slots_name="keyslots.json"):
    doc = json.loads(pathlib.Path(bundle, slots_name).read_bytes())
    slot = next(s for s in doc["slots"] if s["kind"] == "member" and s["label"] == member)
    data_key, pending = slot_keys(doc, slot, unicodedata.normalize("NFC", passphrase).encode("utf-8"))
    if not mac_valid(doc, data_key):
        raise ValueError(f"{slots_name} fails its MAC: altered or damaged (try keyslots.bak.json)")
    return open_database(bundle, data_key, pending)


# --- RECIPE END ---

DOC = Path(__file__).resolve().parent.parent / "docs" / "case-file-format.md"
PASSPHRASE = "pass phrase with ünïcode"
MEMBER = "Sam Peeters"


@dataclass
class Made:
    path: Path
    marker: str
    recovery_code: str


def _make(tmp_path: Path) -> Made:
    path = tmp_path / "third-party.casedesk"
    marker = f"MARKER-{tmp_path.name[-12:]}-Lanaken"
    case_file, code = create_case_file(
        path,
        member_name=MEMBER,
        role=Role.SUPERVISOR,
        passphrase=PASSPHRASE,
        agency_code="BE-FEDPOL",
        kdf=KdfParams.minimum(),
    )
    try:
        services = Services(case_file)
        services.members.add(
            "Anna", Role.DUTY_OFFICER, "anna's pw", agency_code="BE-FEDPOL", kdf=KdfParams.minimum()
        )
        now = datetime.now(UTC)
        view = services.requests.create(
            NewRequest(
                kind=RequestKind.EQUIPMENT_LOAN,
                partner_code="NL-POLITIE-LIMBURG",
                legal_basis="benelux-2018:equipment-loan",
                events_on=now,
                title=marker,
                body="Two thermal cameras for the observation near Lanaken.",
                form_values={"purpose": "Observation"},
                loan_start=now,
                loan_end=now + timedelta(days=10),
                loan_lines=(LoanLine("Thermal camera", 2, "TC-1, TC-2"),),
            )
        )
        services.requests.submit(view.reference)
    finally:
        case_file.close()
    return Made(path, marker, code)


@pytest.fixture
def made(tmp_path: Path) -> Made:
    return _make(tmp_path)


def _marker_row(db: sqlcipher3.Connection, marker: str) -> tuple[object, ...] | None:
    return db.execute(
        "SELECT reference, status, created_at FROM request WHERE title = ?", (marker,)
    ).fetchone()


def _recipe_source(text: str) -> str:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "RECIPE BEGIN" in line)
    end = next(i for i, line in enumerate(lines) if "RECIPE END" in line)
    body = [line for line in lines[start + 1 : end] if not line.startswith("```")]  # the doc's fences
    return "\n".join(body).strip()


# -- the recipe --------------------------------------------------------------------------------------


def test_the_copied_recipe_is_the_documented_one() -> None:
    documented = _recipe_source(DOC.read_text(encoding="utf-8"))
    assert documented == _recipe_source(Path(__file__).read_text(encoding="utf-8"))


def test_recipe_opens_the_database_and_reads_the_marker(made: Made) -> None:
    db = open_case_db(made.path, MEMBER, PASSPHRASE)
    try:
        row = _marker_row(db, made.marker)
        assert row is not None
        reference, status, created_at = row
        assert status == "submitted"
        assert re.fullmatch(r"OUT-\d{4}-\d{6}", str(reference))
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", str(created_at))
        # The FTS5 index is inside the same encrypted database.
        hits = db.execute(
            "SELECT r.title FROM request_fts JOIN request r ON r.id = request_fts.rowid "
            "WHERE request_fts MATCH ?",
            ('"thermal" "lanaken"',),
        ).fetchall()
        assert (made.marker,) in hits
        (version,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
        assert re.fullmatch(r"\d{4}", version)
        members = dict(db.execute("SELECT name, role FROM member").fetchall())
        assert members == {MEMBER: "supervisor", "Anna": "duty_officer"}
    finally:
        db.close()


def test_any_members_slot_opens_the_same_database(made: Made) -> None:
    db = open_case_db(made.path, "Anna", "anna's pw")
    try:
        assert _marker_row(db, made.marker) is not None
    finally:
        db.close()


def test_wrong_passphrase_is_an_invalid_tag(made: Made) -> None:
    with pytest.raises(InvalidTag):
        open_case_db(made.path, MEMBER, PASSPHRASE + "x")


def test_mac_passes_then_fails_after_a_label_edit(made: Made) -> None:
    doc = json.loads((made.path / "keyslots.json").read_bytes())
    slot = next(s for s in doc["slots"] if s["label"] == MEMBER)
    data_key, pending = slot_keys(doc, slot, PASSPHRASE.encode())
    assert pending is None
    assert mac_valid(doc, data_key)

    slot["label"] = "Mallory"
    assert not mac_valid(doc, data_key)

    # On disk: the label is outside every AEAD, so the slot still unwraps; only the MAC catches it.
    (made.path / "keyslots.json").write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")
    with pytest.raises(ValueError, match="fails its MAC"):
        open_case_db(made.path, "Mallory", PASSPHRASE)
    db = open_case_db(made.path, MEMBER, PASSPHRASE, slots_name="keyslots.bak.json")
    db.close()


def test_the_backup_mirrors_the_primary_and_the_database_has_no_plaintext_header(made: Made) -> None:
    primary = (made.path / "keyslots.json").read_bytes()
    assert primary == (made.path / "keyslots.bak.json").read_bytes()
    text = primary.decode("ascii")  # json.dumps escapes every non-ASCII character
    doc = json.loads(text)
    assert {s["kind"] for s in doc["slots"]} == {"member", "recovery"}
    assert {s["label"] for s in doc["slots"]} == {MEMBER, "Anna", "Recovery code"}  # readable by anyone
    assert (made.path / "case.db").read_bytes()[:16] != b"SQLite format 3\x00"
    assert doc["database"] == {"cipher": "sqlcipher", "compatibility": 4, "key": "raw-256"}


# -- the other kinds of slot ---------------------------------------------------------------------------

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def normalise_recovery_code(text: str) -> bytes:  # docs/case-file-format.md, section 6
    cleaned = "".join(c for c in text.upper() if c not in " -\t\r\n").translate(str.maketrans("OILU", "011V"))
    if len(cleaned) != 32 or any(c not in ALPHABET for c in cleaned):
        raise ValueError("not a recovery code")
    return cleaned.encode("ascii")


def test_recovery_code_opens_the_database(made: Made) -> None:
    typed = made.recovery_code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_recovery_code(typed) == made.recovery_code.replace("-", "").encode()
    doc = json.loads((made.path / "keyslots.json").read_bytes())
    slot = next(s for s in doc["slots"] if s["kind"] == "recovery")
    data_key, pending = slot_keys(doc, slot, normalise_recovery_code(typed))
    assert mac_valid(doc, data_key)
    db = open_database(made.path, data_key, pending)
    try:
        assert _marker_row(db, made.marker) is not None
    finally:
        db.close()


def test_device_slot_opens_the_database(made: Made) -> None:
    case_file = open_case_file(made.path, PASSPHRASE, member=MEMBER)
    try:
        member_uid = case_file.vault.principal.member_uid
        assert member_uid is not None
        slot_id, secret = case_file.vault.add_device_slot(member_uid, "Test laptop")
    finally:
        case_file.close()
    doc = json.loads((made.path / "keyslots.json").read_bytes())
    slot = next(s for s in doc["slots"] if s["id"] == slot_id)
    assert slot["kind"] == "device" and slot["member"] == member_uid
    assert set(slot["kdf"]) == {"algorithm", "salt"}
    data_key, pending = slot_keys(doc, slot, secret)
    assert mac_valid(doc, data_key)
    open_database(made.path, data_key, pending).close()


def _certificate() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Escrow test agency")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return key, certificate


def test_escrow_slot_opens_the_database(made: Made) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    private_key, certificate = _certificate()
    case_file = open_case_file(made.path, PASSPHRASE, member=MEMBER)
    try:
        case_file.vault.add_escrow_slot(certificate, "Agency escrow")
    finally:
        case_file.close()
    doc = json.loads((made.path / "keyslots.json").read_bytes())
    slot = next(s for s in doc["slots"] if s["kind"] == "escrow")
    assert slot["fingerprint"] == hashlib.sha256(certificate.public_bytes(Encoding.DER)).hexdigest()
    assert (
        "Escrow test agency"
        in x509.load_pem_x509_certificate(slot["certificate"].encode()).subject.rfc4514_string()
    )
    assert slot["data_key"]["scheme"] == "rsa-oaep-sha256"
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    data_key = private_key.decrypt(b64(slot["data_key"]["ciphertext"]), oaep)
    assert mac_valid(doc, data_key)
    db = open_database(made.path, data_key)
    try:
        assert _marker_row(db, made.marker) is not None
    finally:
        db.close()


# -- rotation ------------------------------------------------------------------------------------------


class _Crash(Exception):
    pass


def _crash() -> None:
    raise _Crash


def test_interrupted_rotation_after_the_rekey_opens_with_the_pending_key(made: Made) -> None:
    case_file = open_case_file(made.path, PASSPHRASE, member=MEMBER)
    try:
        with pytest.raises(_Crash):
            case_file.vault.rotate_data_key(after_rekey=_crash)
    finally:
        case_file.close()
    doc = json.loads((made.path / "keyslots.json").read_bytes())
    assert all("pending_data_key" in s for s in doc["slots"])
    slot = next(s for s in doc["slots"] if s["label"] == MEMBER)
    data_key, pending = slot_keys(doc, slot, PASSPHRASE.encode())
    assert pending is not None
    assert mac_valid(doc, data_key)  # the MAC is still under the current (old) data key
    db = open_case_db(made.path, MEMBER, PASSPHRASE)  # falls through to the pending key
    try:
        assert _marker_row(db, made.marker) is not None
    finally:
        db.close()
    with pytest.raises(ValueError, match="no key"):
        open_database(made.path, data_key)


def test_interrupted_rotation_before_the_rekey_opens_with_the_current_key(
    made: Made, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.vault.bundle as bundle

    def failing_rekey(_connection: object, _key: bytes) -> None:
        raise _Crash

    case_file = open_case_file(made.path, PASSPHRASE, member=MEMBER)
    monkeypatch.setattr(bundle, "rekey", failing_rekey)
    try:
        with pytest.raises(_Crash):
            case_file.vault.rotate_data_key()
    finally:
        case_file.close()
    doc = json.loads((made.path / "keyslots.json").read_bytes())
    slot = next(s for s in doc["slots"] if s["label"] == MEMBER)
    data_key, pending = slot_keys(doc, slot, PASSPHRASE.encode())
    assert pending is not None
    open_database(made.path, data_key).close()


# -- the audit chain ---------------------------------------------------------------------------------


def entry_hash(prev_hash: str, row: dict[str, object]) -> str:  # docs/case-file-format.md, section 9
    fields = {
        k: row[k]
        for k in ("seq", "at", "actor_uid", "actor_name", "action", "entity", "entity_id", "details")
    }
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical.encode("utf-8")).hexdigest()


def _audit_rows(db: sqlcipher3.Connection) -> Iterator[dict[str, object]]:
    cursor = db.execute("SELECT * FROM audit_entry ORDER BY seq")
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def test_the_audit_chain_recomputes_from_its_definition(made: Made) -> None:
    db = open_case_db(made.path, MEMBER, PASSPHRASE)
    try:
        prev, count = "0" * 64, 0
        actions = set()
        for count, row in enumerate(_audit_rows(db), start=1):
            assert row["seq"] == count
            assert row["prev_hash"] == prev
            assert entry_hash(prev, row) == row["entry_hash"]
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", str(row["at"]))
            json.loads(str(row["details"]))
            actions.add(row["action"])
            prev = str(row["entry_hash"])
        assert count > 30
        assert {"request.create", "request.update", "member.create"} <= actions
    finally:
        db.close()


def test_the_document_lists_every_table_and_the_current_revision(made: Made) -> None:
    text = DOC.read_text(encoding="utf-8")
    db = open_case_db(made.path, MEMBER, PASSPHRASE)
    try:
        tables = {
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith(("sqlite_", "request_fts_"))
        }
        (version,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        db.close()
    undocumented = sorted(t for t in tables if f"`{t}`" not in text)
    assert undocumented == []
    assert f"The current revision is `{version}`." in " ".join(text.split())
