"""The service side of the GUI's start screens (session_api): creating, the demo, quick unlock, recovery.

No Qt here: these are the functions the welcome, create and unlock screens run on the database
worker, checked against real case files (and, for quick unlock, a keyring the product trusts).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.sentences import Said
from desktop.services import session_api, session_start
from desktop.services.casefile import open_case_file
from desktop.services.errors import InvalidInput, NotFound, PermissionDenied
from desktop.services.facade import Services
from desktop.services.session_start import NewMember
from desktop.vault import (
    CaseFileLocked,
    DamagedCaseFile,
    KdfParams,
    KeyringUnavailable,
    NewerFormat,
    NotACaseFile,
    SlotError,
    WrongSecret,
    read_slot_infos,
)
from tests.test_keyring_quick_unlock import InMemorySecretStore

NOTICE = "remembered here"


@pytest.fixture(autouse=True)
def _restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (WrongSecret("x"), "wrong_secret"),
        (DamagedCaseFile("x"), "damaged"),
        (NewerFormat("x"), "newer"),
        (CaseFileLocked("x"), "locked"),
        (NotACaseFile("x"), "not_a_case_file"),
        (KeyringUnavailable("x"), "keyring"),
        (SlotError("x"), "no_slot"),
        (PermissionDenied("x"), "user"),
        (RuntimeError("x"), "internal"),
    ],
)
def test_failure_kind_names_each_failure(error: Exception, kind: str) -> None:
    assert session_start.failure_kind(error) == kind


def test_passphrase_problem_uses_the_cli_floor() -> None:
    assert session_start.passphrase_problem("", "") == "empty"
    assert session_start.passphrase_problem("seven77", "seven77") == "short"
    assert session_start.passphrase_problem("eight888", "eight889") == "mismatch"
    assert session_start.passphrase_problem("eight888", "eight888") is None


def test_agency_choices_are_the_seeded_directory_by_country() -> None:
    choices = session_start.agency_choices("fr")
    codes = [choice.code for choice in choices]
    assert {"BE-FEDPOL", "BE-FEDPOL-CGI", "NL-POLITIE-LIMBURG", "LU-POLICE"} <= set(codes)
    assert [c.country for c in choices] == sorted(c.country for c in choices)
    assert next(c for c in choices if c.code == "BE-FEDPOL").name == "Police fédérale"


def _members(*extra: tuple[str, str]) -> list[NewMember]:
    return [
        NewMember("Claire", "supervisor", "claire long pass"),
        *(NewMember(n, r, f"{n} long pass") for n, r in extra),
    ]


@pytest.mark.parametrize(
    ("members", "options", "sentence"),
    [
        ([], {}, "A case file needs a first member."),
        (_members(("Claire", "investigator")), {}, "Two members have the same name"),
        (
            [
                NewMember("Ivo", "investigator", "ivo long pass"),
                NewMember("Pieter", "duty_officer", "pieter pass"),
            ],
            {},
            "Only an administrator or a supervisor can add the other members",
        ),
        ([NewMember("Claire", "supervisor", "short")], {}, "needs at least 8 characters"),
        (_members(), {"escrow_certificate": Path("/nonexistent/escrow.pem")}, "escrow.pem could not be read"),
        (_members(), {"agency_code": "XX-NOBODY"}, "There is no agency with the code 'XX-NOBODY'"),
    ],
    ids=["nobody", "duplicate", "investigator-adds", "short", "no-certificate", "unknown-agency"],
)
def test_create_refuses_with_a_sentence_and_leaves_nothing(
    tmp_path: Path, members, options, sentence
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "new.casedesk"
    with pytest.raises(InvalidInput, match=sentence):
        session_start.create_new_case_file(target, members, kdf=KdfParams.minimum(), **options)
    assert not target.exists()


def test_create_makes_every_member_and_returns_the_recovery_code(tmp_path: Path) -> None:
    target = tmp_path / "new.casedesk"
    code = session_start.create_new_case_file(
        target, _members(("Pieter", "duty_officer")), agency_code="BE-FEDPOL-CGI", kdf=KdfParams.minimum()
    )
    case_file = open_case_file(target, code, kind="recovery")
    try:
        members = {(m.name, m.role, m.agency_code) for m in Services(case_file).members.list()}
    finally:
        case_file.close()
    assert members == {("Claire", "supervisor", "BE-FEDPOL-CGI"), ("Pieter", "duty_officer", "BE-FEDPOL-CGI")}
    open_case_file(target, "Pieter long pass", member="Pieter").close()
    assert "NewMember" in repr(_members()[0]) and "long pass" not in repr(_members()[0])


def test_ensure_demo_makes_the_demo_once(tmp_path: Path) -> None:
    demo = tmp_path / "demo.casedesk"
    assert session_start.ensure_demo(demo, kdf=KdfParams.minimum()) == demo
    made = (demo / "keyslots.json").read_bytes()
    assert session_start.ensure_demo(demo, kdf=KdfParams.minimum()) == demo
    assert (demo / "keyslots.json").read_bytes() == made
    open_case_file(demo, session_start.DEMO_PASSPHRASE, member="Claire Dubois").close()


def test_remember_quick_unlock_and_forget_with_a_trusted_store(tmp_case) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(InMemorySecretStore())
    assert session_start.quick_unlock_members(tmp_case.path) == {}
    case_file = session_api.unlock(tmp_case.path, tmp_case.passphrase("Anna"), "Anna")
    try:
        assert session_start.remember_this_device(case_file, NOTICE, label="laptop") == (True, NOTICE)
        assert session_start.remember_this_device(case_file, NOTICE) == (True, NOTICE)  # no second slot
        assert case_file.notices[-2:] == (NOTICE, NOTICE)
        [device] = [slot for slot in case_file.vault.slots() if slot.kind == "device"]
        assert device.label == "laptop"
    finally:
        case_file.close()
    assert session_start.quick_unlock_members(tmp_case.path) == {"Anna": device.slot_id}
    opened = session_start.unlock_with_device(tmp_case.path, device.slot_id)
    try:
        assert (opened.actor.name, opened.vault.principal.kind) == ("Anna", "device")
        # Opened with the device, there is nothing to remember: no slot, no notice.
        assert session_start.remember_this_device(opened, NOTICE) == (False, "")
        Services(opened).members.forget_device(device.slot_id)
    finally:
        opened.close()
    assert session_start.quick_unlock_members(tmp_case.path) == {}
    with pytest.raises(NotFound, match="Nothing is remembered for this case file on this device"):
        session_start.unlock_with_device(tmp_case.path, device.slot_id)


def test_without_a_secure_keyring_nothing_is_remembered_and_the_reason_is_a_notice(tmp_case) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(fail.Keyring())
    case_file = session_api.unlock(tmp_case.path, tmp_case.passphrase("Sam"), "Sam")
    try:
        ok, sentence = session_start.remember_this_device(case_file, NOTICE)
        assert not ok and str(sentence).startswith("No secure system keyring is available")
        assert isinstance(sentence, Said)  # the unlock screen tells it in the user's language
        assert case_file.notices[-1] == str(sentence)  # the notices are plain English text
        assert all(slot.kind != "device" for slot in case_file.vault.slots())
    finally:
        case_file.close()
    assert session_start.quick_unlock_members(tmp_case.path) == {}


def test_recover_and_unlock(tmp_case, snapshot) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(tmp_case.path)
    with pytest.raises(InvalidInput, match="at least 8 characters"):
        session_start.recover_and_unlock(tmp_case.path, tmp_case.recovery_code, "Sue", "short")
    with pytest.raises(WrongSecret, match="recovery code is not correct"):
        session_start.recover_and_unlock(
            tmp_case.path, "0000-0000-0000-0000-0000-0000-0000-0000", "Sue", "sue's new passphrase"
        )
    assert snapshot(tmp_case.path) == before
    case_file = session_start.recover_and_unlock(
        tmp_case.path, tmp_case.recovery_code, "Sue", "sue's new passphrase", kdf=KdfParams.minimum()
    )
    try:
        assert (case_file.actor.name, case_file.vault.principal.kind) == ("Sue", "member")
    finally:
        case_file.close()
    with pytest.raises(WrongSecret):
        open_case_file(tmp_case.path, tmp_case.passphrase("Sue"), member="Sue")
    assert sorted(s.kind for s in read_slot_infos(tmp_case.path)) == [
        "member",
        "member",
        "member",
        "recovery",
    ]
