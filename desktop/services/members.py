"""Members and their key slots: add, list, remove (with data-key rotation), passphrases, quick unlock."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from desktop.models import Agency, Member
from desktop.models.enums import Role
from desktop.sentences import Said
from desktop.services import audit
from desktop.services.agencies import agency_by_code
from desktop.services.casefile import CaseFile
from desktop.services.dto import MemberView
from desktop.services.errors import InvalidInput, NotFound, PermissionDenied, StorageFull
from desktop.vault import KdfParams, KeyringUnavailable
from desktop.vault import device as device_keyring


@dataclass(frozen=True)
class QuickUnlockStatus:
    """Whether this device remembers the acting member: a keyring problem (the keyring's sentence),
    or (slot id, label) pairs."""

    keyring_problem: Said | None
    remembered: tuple[tuple[str, str], ...]


_MANAGERS = frozenset({Role.ADMINISTRATOR.value, Role.SUPERVISOR.value})


class MemberService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    def _require_manager(self) -> None:
        # The recovery principal (no member) may manage members: that is what it is for.
        if self._cf.actor.member_id is not None and self._cf.actor.role not in _MANAGERS:
            raise PermissionDenied("Only an administrator or a supervisor can manage members.")

    def list(self) -> list[MemberView]:
        with self._cf.reading() as session:
            rows = session.execute(
                select(Member, Agency.code)
                .outerjoin(Agency, Agency.id == Member.agency_id)
                .order_by(Member.name)
            ).all()
        return [
            MemberView(m.id, m.uid, m.name, m.role, code, m.active, m.certificate_fingerprint)
            for m, code in rows
        ]

    def add(
        self,
        name: str,
        role: Role,
        passphrase: str,
        *,
        agency_code: str | None = None,
        kdf: KdfParams | None = None,
    ) -> MemberView:
        self._require_manager()
        name = name.strip()
        if not name:
            raise InvalidInput("A member needs a name.")
        if not passphrase:
            raise InvalidInput("A passphrase cannot be empty.")
        uid = uuid.uuid4().hex
        with self._cf.unit_of_work("member.add") as session:
            if session.scalar(select(Member).where(Member.name == name)) is not None:
                raise InvalidInput("There is already a member named {name!r}.", name=name)
            agency_id = agency_by_code(session, agency_code).id if agency_code else None
            member = Member(uid=uid, name=name, role=role.value, agency_id=agency_id)
            session.add(member)
            session.flush()
            # The slot is written inside the transaction: if writing it fails, the row rolls back.
            self._cf.vault.add_member_slot(name, uid, passphrase, kdf)
            return MemberView(member.id, uid, name, role.value, agency_code, True, None)

    def remove(self, name: str) -> None:
        """Delete the member's slots (and device slots) with a data-key rotation, then mark her removed.

        In this order so that a crash in between (power cut, killed process) leaves a member
        still listed who can no longer open the file (removing her again finishes the job),
        never a member shown as removed whose slot still unwraps the data key.
        """
        self._require_manager()
        with self._cf.reading() as session:
            member = session.scalar(select(Member).where(Member.name == name, Member.active.is_(True)))
            if member is None:
                raise NotFound("There is no active member named {name!r}.", name=name)
            if member.id == self._cf.actor.member_id:
                raise InvalidInput("You cannot remove yourself; ask another administrator or supervisor.")
            uid = member.uid
        self._cf.vault.remove_slots(lambda slot: slot.member_uid == uid)
        # After the rotation: the audit entries of the removal are encrypted under the new key too.
        try:
            with self._cf.unit_of_work("member.remove") as session:
                member = session.scalar(select(Member).where(Member.uid == uid))
                assert member is not None
                member.active = False
                session.flush()
                audit.append(
                    session.connection(),
                    self._cf.actor,
                    "casefile.rotate_key",
                    "member",
                    uid,
                    {"reason": "member removed"},
                )
        except StorageFull:
            # Not the unit of work's "nothing was changed": her key slots are already gone.
            raise StorageFull(
                "{name} can no longer open the case file, but the disk refused to record the removal "
                "(it may be full), so {name} may still be listed: free some space, open the case file "
                "again and remove {name} again to finish.",
                name=name,
            ) from None

    def rotate_data_key(self) -> None:
        """New data key for everyone (after a passphrase or an old slot-file copy may have leaked).

        Every slot keeps working; an old copy of keyslots.json, with any secret, opens nothing
        written from now on.
        """
        self._require_manager()
        self._cf.vault.rotate_data_key()
        with self._cf.unit_of_work("casefile.rotate_key") as session:
            audit.append(
                session.connection(),
                self._cf.actor,
                "casefile.rotate_key",
                "casefile",
                "",
                {"reason": "requested"},
            )

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        principal = self._cf.vault.principal
        if principal.kind != "member":
            raise InvalidInput("Open the case file with your own passphrase to change it.")
        if not new:
            raise InvalidInput("The new passphrase cannot be empty.")
        self._cf.vault.change_secret(principal.slot_id, old, new, kdf)
        with self._cf.unit_of_work("member.passphrase") as session:
            audit.append(
                session.connection(),
                self._cf.actor,
                "member.passphrase_changed",
                "member",
                principal.member_uid or "",
                {},
            )

    def reset_passphrase(self, name: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Recovery path: the recovery principal (or an administrator) sets a member's new passphrase."""
        self._require_manager()
        with self._cf.reading() as session:
            member = session.scalar(select(Member).where(Member.name == name, Member.active.is_(True)))
        if member is None:
            raise NotFound("There is no active member named {name!r}.", name=name)
        self._cf.vault.reset_member_secret(member.uid, new, kdf)
        with self._cf.unit_of_work("member.passphrase_reset") as session:
            audit.append(
                session.connection(), self._cf.actor, "member.passphrase_reset", "member", member.uid, {}
            )

    def remember_on_device(self, label: str) -> str:
        """Quick unlock: a device slot whose secret goes to the OS keyring. Raises KeyringUnavailable."""
        principal = self._cf.vault.principal
        if principal.kind != "member" or principal.member_uid is None:
            raise InvalidInput("Open the case file with your own passphrase first.")
        device_keyring.secure_backend()  # refuse before creating a slot nobody could use
        slot_id, secret = self._cf.vault.add_device_slot(principal.member_uid, label)
        try:
            device_keyring.store_device_secret(self._cf.vault.file_id, slot_id, secret)
        except KeyringUnavailable:
            self._cf.vault.remove_slots(lambda slot: slot.slot_id == slot_id, rotate=False)
            raise
        with self._cf.unit_of_work("member.device") as session:
            audit.append(
                session.connection(),
                self._cf.actor,
                "member.quick_unlock_enabled",
                "member",
                principal.member_uid,
                {"slot": slot_id},
            )
        return slot_id

    def quick_unlock_status(self) -> QuickUnlockStatus:
        """The acting member's quick-unlock slots whose secret this computer's keyring holds.

        Only the keyring knows which device slot is "this device": each of the member's device
        slots is looked up there, the same search as the CLI's `--device` unlock.
        """
        try:
            device_keyring.secure_backend()
        except KeyringUnavailable as error:
            return QuickUnlockStatus(error.said, ())
        vault = self._cf.vault
        mine = [
            slot for slot in vault.slots() if slot.kind == "device" and slot.member_uid == self._cf.actor.uid
        ]
        return QuickUnlockStatus(
            None,
            tuple(
                (slot.slot_id, slot.label)
                for slot in mine
                if device_keyring.load_device_secret(vault.file_id, slot.slot_id) is not None
            ),
        )

    def forget_device(self, slot_id: str) -> None:
        """Drop a quick-unlock slot (one's own, or any for a manager) and rotate the data key."""
        slot = next((s for s in self._cf.vault.slots() if s.slot_id == slot_id and s.kind == "device"), None)
        if slot is None:
            raise NotFound("There is no such quick-unlock slot in this case file.")
        if slot.member_uid != self._cf.actor.uid:
            self._require_manager()
        device_keyring.forget_device_secret(self._cf.vault.file_id, slot_id)
        self._cf.vault.remove_slots(lambda candidate: candidate.slot_id == slot_id, rotate=True)
        with self._cf.unit_of_work("member.device_forgotten") as session:
            audit.append(
                session.connection(),
                self._cf.actor,
                "member.quick_unlock_disabled",
                "member",
                slot.member_uid or "",
                {"slot": slot_id},
            )
