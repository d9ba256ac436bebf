"""The audit log: every change is an entry attributed to the acting member, and the hash chain exposes
entries that were edited, removed or reordered behind the application's back.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from datetime import timedelta

import keyring
import keyring.backend
import keyring.errors
import pytest
import sqlcipher3
from keyring.compat import properties
from sqlalchemy import text

from desktop.models import utcnow
from desktop.models.enums import CaseKind, RequestKind, Role
from desktop.services.audit import GENESIS, verify_chain
from desktop.services.check import check_case_file
from desktop.services.facade import Services
from desktop.services.requests import NewRequest
from desktop.vault import KdfParams


def _entries(services: Services, after: int = 0) -> list[dict[str, object]]:
    with services.case_file.reading() as session:
        rows = session.execute(
            text("SELECT * FROM audit_entry WHERE seq > :after ORDER BY seq"), {"after": after}
        ).mappings()
        return [dict(row) for row in rows]


def _head(services: Services) -> int:
    with services.case_file.reading() as session:
        return session.execute(text("SELECT coalesce(max(seq), 0) FROM audit_entry")).scalar_one()


def _chain(services: Services):  # type: ignore[no-untyped-def]
    with services.case_file.reading() as session:
        return verify_chain(session.connection())


def _info_request(title: str = "Keeper of a grey Audi") -> NewRequest:
    return NewRequest(
        kind=RequestKind.INFORMATION_REQUEST,
        partner_code="NL-POLITIE-LIMBURG",
        legal_basis="dir-2023-977:4",
        events_on=utcnow() - timedelta(days=1),
        title=title,
        form_values={"information_requested": "Keeper", "purpose": "Burglaries", "reasons": "Seen at scenes"},
    )


class _InMemoryTrustedKeyring(keyring.backend.KeyringBackend):
    """A stand-in for a desktop secret store; never picked by keyring's own discovery."""

    __module__ = "keyring.backends.SecretService"

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test backend")

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not stored")


@pytest.fixture
def trusted_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(_InMemoryTrustedKeyring())
    yield
    keyring.set_keyring(previous)


# -- attribution ---------------------------------------------------------------------------------


def test_every_service_change_is_audited_under_the_acting_members_name(tmp_case, open_as) -> None:
    def audited(services: Services, action):  # type: ignore[no-untyped-def]
        head = _head(services)
        action()
        new = _entries(services, after=head)
        assert new, "the change left no audit entry"
        actor = services.case_file.actor
        assert {(e["actor_name"], e["actor_uid"]) for e in new} == {(actor.name, actor.uid)}
        return new

    with open_as(tmp_case.path, "Anna") as s:
        case = s.cases.create(CaseKind.PURSUIT, "Pursuit on the A2")
        new = audited(s, lambda: s.cases.add_note(case.reference, "Suspect wore a red jacket"))
        assert [e["action"] for e in new] == ["note.create"]
        assert json.loads(new[0]["details"])["intent"] == "case.note"

        new = audited(s, lambda: s.cases.add_attachment(case.reference, "photo.jpg", b"\xff\xd8 jpeg bytes"))
        assert [e["action"] for e in new] == [
            "attachment.create"
        ]  # the blob itself is not copied into the log
        assert "jpeg bytes" not in new[0]["details"]

        created = {}
        new = audited(s, lambda: created.setdefault("request", s.requests.create(_info_request())))
        assert [e["action"] for e in new] == ["request.create"]
        ref = created["request"].reference
        new = audited(s, lambda: s.requests.submit(ref))
        assert [e["action"] for e in new] == ["request.update"]
        details = json.loads(new[0]["details"])
        assert details["intent"] == "request.submit"
        assert details["changes"]["status"] == {"from": "draft", "to": "submitted"}

        new = audited(s, lambda: s.almanac.import_csv(b"name,agency\nJan Peeters,BE-FEDPOL\n"))
        assert [e["action"] for e in new] == ["liaison_officer.create"]
        new = audited(
            s,
            lambda: s.members.change_passphrase(
                tmp_case.passphrase("Anna"), "anna new 4", kdf=KdfParams.minimum()
            ),
        )
        assert [e["action"] for e in new] == ["member.passphrase_changed"]

    with open_as(tmp_case.path, "Sue") as s:
        new = audited(s, lambda: s.requests.approve(ref))
        assert json.loads(new[0]["details"])["changes"]["status"]["to"] == "approved"
        assert new[0]["actor_name"] == "Sue"

    with open_as(tmp_case.path, "Sam") as s:
        new = audited(s, lambda: s.members.add("Tom", Role.INVESTIGATOR, "tom pass", kdf=KdfParams.minimum()))
        assert [e["action"] for e in new] == ["member.create"]
        new = audited(s, lambda: s.members.remove("Tom"))
        assert [e["action"] for e in new] == ["member.update", "casefile.rotate_key"]
        report = _chain(s)
        assert report.ok and report.entries == _head(s)


def test_refused_action_leaves_no_audit_entry(tmp_case, open_as) -> None:
    from desktop.services.errors import FourEyesViolation

    with open_as(tmp_case.path, "Sam") as s:
        ref = s.requests.create(_info_request()).reference
        s.requests.submit(ref)
        head = _head(s)
        with pytest.raises(FourEyesViolation):
            s.requests.approve(ref)
        assert _head(s) == head


def test_enabling_quick_unlock_is_audited(tmp_case, open_as, trusted_keyring) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        head = _head(s)
        slot_id = s.members.remember_on_device("Anna's laptop")
        new = _entries(s, after=head)
        assert [(e["action"], e["actor_name"]) for e in new] == [("member.quick_unlock_enabled", "Anna")]
        assert json.loads(new[0]["details"]) == {"slot": slot_id}


def test_forgetting_a_device_is_audited(tmp_case, open_as, trusted_keyring) -> None:
    with open_as(tmp_case.path, "Anna") as s:
        slot_id = s.members.remember_on_device("Anna's laptop")
        head = _head(s)
        s.members.forget_device(slot_id)
        new = _entries(s, after=head)
    assert [e["actor_name"] for e in new] == ["Anna"] * len(new) and new


# -- the chain -----------------------------------------------------------------------------------


def test_untouched_chain_verifies_from_genesis_to_head(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as s:
        entries = _entries(s)
        report = _chain(s)
        assert report.ok and report.problems == ()
        assert report.entries == len(entries) > 10
        assert entries[0]["prev_hash"] == GENESIS
        assert report.head == entries[-1]["entry_hash"]
        assert all(b["prev_hash"] == a["entry_hash"] for a, b in itertools.pairwise(entries))
        assert check_case_file(s.case_file).ok


def test_triggers_refuse_plain_sql_edits_of_the_log(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as s:
        connection = s.case_file.vault.raw_connection()
        with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
            connection.execute("UPDATE audit_entry SET actor_name = 'Mallory' WHERE seq = 3")
        with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
            connection.execute("DELETE FROM audit_entry WHERE seq = 3")
        assert _chain(s).ok


def _tamper(services: Services, *statements: tuple[str, tuple[object, ...]]) -> None:
    connection = services.case_file.vault.raw_connection()
    connection.execute("DROP TRIGGER audit_entry_no_update")
    connection.execute("DROP TRIGGER audit_entry_no_delete")
    for statement, parameters in statements:
        connection.execute(statement, parameters)


def _assert_broken(services: Services, *expected: str) -> None:
    report = _chain(services)
    assert not report.ok
    problems = [str(problem) for problem in report.problems]  # Said: str() is the English sentence
    for sentence in expected:
        assert sentence in problems, problems
    check = check_case_file(services.case_file)
    assert not check.ok
    assert any("chain BROKEN" in line for line in check.lines)


def test_edited_entry_is_reported_as_changed(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as s:
        _tamper(s, ("UPDATE audit_entry SET details = ? WHERE seq = 5", ('{"intent":"nothing happened"}',)))
        _assert_broken(s, "Entry 5 was changed after it was written.")
        assert len(_chain(s).problems) == 1  # the entries after it still chain to its stored hash


def test_edited_actor_name_is_reported_as_changed(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as s:
        _tamper(s, ("UPDATE audit_entry SET actor_name = 'Sue' WHERE seq = 2", ()))
        _assert_broken(s, "Entry 2 was changed after it was written.")


def test_deleted_middle_entry_is_reported_as_missing(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as s:
        _tamper(s, ("DELETE FROM audit_entry WHERE seq = 7", ()))
        _assert_broken(
            s,
            "Entries 7 to 7 are missing (removed from the log).",
            "Entry 8 does not follow the entry before it (removed or reordered).",
        )


def test_swapped_entries_are_reported_as_reordered(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as s:
        _tamper(
            s,
            ("UPDATE audit_entry SET seq = -1 WHERE seq = 3", ()),
            ("UPDATE audit_entry SET seq = 3 WHERE seq = 4", ()),
            ("UPDATE audit_entry SET seq = 4 WHERE seq = -1", ()),
        )
        _assert_broken(
            s,
            "Entry 3 does not follow the entry before it (removed or reordered).",
            "Entry 3 was changed after it was written.",
            "Entry 4 was changed after it was written.",
        )


def test_rehashed_forgery_is_still_caught_by_the_next_entry(tmp_case, open_as) -> None:
    """Recomputing the edited entry's own hash is not enough: the next entry points at the old one."""
    from desktop.services.audit import entry_hash

    with open_as(tmp_case.path, "Sam") as s:
        victim = _entries(s)[5]
        fields = {
            k: victim[k]
            for k in ("seq", "at", "actor_uid", "actor_name", "action", "entity", "entity_id", "details")
        }
        fields["actor_name"] = "Sue"
        forged = entry_hash(str(victim["prev_hash"]), fields)
        _tamper(
            s,
            (
                "UPDATE audit_entry SET actor_name = 'Sue', entry_hash = ? WHERE seq = ?",
                (forged, victim["seq"]),
            ),
        )
        _assert_broken(
            s, f"Entry {victim['seq'] + 1} does not follow the entry before it (removed or reordered)."
        )


def test_tampering_survives_reopening_and_is_still_reported(tmp_case, open_as) -> None:
    with open_as(tmp_case.path, "Sam") as s:
        _tamper(s, ("DELETE FROM audit_entry WHERE seq = 4", ()))
    with open_as(tmp_case.path, "Sue") as s:
        report = check_case_file(s.case_file)
    assert not report.ok
    assert "  Entries 4 to 4 are missing (removed from the log)." in report.lines
