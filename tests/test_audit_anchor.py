"""Anchors of the audit log: a supervisor signs its head, so a log cut short (or rewritten and
re-hashed) below a signed head is reported, and a forged anchor is reported as forged.

Every test works on its own copy of the session's exchange-ready case file (packages_fixtures):
Claire Dubois (supervisor) and Pieter Janssens (duty officer) have signing credentials.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from desktop.exchange.cades import sign_detached
from desktop.models import AuditEntry, Member, utcnow
from desktop.models.enums import CaseKind, Role
from desktop.services.audit_anchor import ANCHOR_EVERY, AnchorReport, anchor_due, statement
from desktop.services.casefile import open_case_file
from desktop.services.errors import InvalidInput, PermissionDenied
from desktop.services.facade import Services
from desktop.services.session_api import audit_status
from tests.packages_fixtures import CLAIRE, MARC, NL, PASSPHRASES, PIETER, Exchange, copy_case, open_services
from tests.pki_fixtures import identity, load


@pytest.fixture
def case(tmp_path: Path, exchange: Exchange) -> Path:
    return copy_case(exchange, tmp_path)


def _anchor(case: Path, exchange: Exchange) -> int:
    """Claire signs the head; the seq she signed."""
    with open_services(case, CLAIRE) as services:
        view = services.audit_anchors.anchor(exchange.password(CLAIRE))
        assert view.member == CLAIRE
        return view.seq


def _raw(case: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Statements through the raw database, behind the application's back (triggers dropped)."""
    case_file = open_case_file(case, PASSPHRASES[CLAIRE], member=CLAIRE)
    try:
        connection = case_file.vault.raw_connection()
        for trigger in ("audit_entry_no_delete", "audit_entry_no_update", "audit_anchor_no_update"):
            connection.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for sql, parameters in statements:
            connection.execute(sql, parameters)
        connection.commit()
    finally:
        case_file.close()


def _report(case: Path) -> AnchorReport:
    with open_services(case, CLAIRE) as services:
        return services.audit_anchors.report()


def _problems(report: AnchorReport) -> list[str]:
    return [str(problem) for problem in report.problems]


def test_a_supervisor_signs_the_head_and_it_verifies(case: Path, exchange: Exchange) -> None:
    seq = _anchor(case, exchange)
    with open_services(case, CLAIRE) as services:
        status = audit_status(services.case_file)
        report = services.audit_anchors.report()
    assert status.ok and status.problems == ()
    assert status.entries == seq + 1  # the anchor itself is audited
    assert (status.anchors, status.anchored_seq, status.anchored_by, status.truncated) == (
        1,
        seq,
        CLAIRE,
        False,
    )
    assert (report.anchors, report.good, report.latest_seq, report.ok) == (1, 1, seq, True)
    assert report.latest_at is not None and len(report.latest_at) == 27


def test_truncation_below_an_anchor_is_detected(case: Path, exchange: Exchange) -> None:
    seq = _anchor(case, exchange)
    _raw(case, ("DELETE FROM audit_entry WHERE seq >= ?", (seq - 2,)))
    with open_services(case, CLAIRE) as services:
        status = audit_status(services.case_file)
    assert status.entries == seq - 3
    assert not status.ok and status.truncated
    assert [str(p) for p in status.problems] == [
        f"The log was cut short: it ends at entry {seq - 3}, but {CLAIRE} signed its head at entry {seq}."
    ]


def test_a_log_cut_and_grown_again_is_reported_as_rewritten(case: Path, exchange: Exchange) -> None:
    seq = _anchor(case, exchange)
    _raw(case, ("DELETE FROM audit_entry WHERE seq >= ?", (seq,)))
    with open_services(case, PIETER) as services:  # new entries take the removed seqs, validly chained
        services.cases.create(CaseKind.INFORMATION_EXCHANGE, "Another robbery", partner_code=NL)
        status = audit_status(services.case_file)
    assert status.entries >= seq
    report = _report(case)
    assert report.truncated
    assert _problems(report) == [
        f"Entry {seq} is not the one {CLAIRE} signed: the log was rewritten at or before it."
    ]


def test_an_edited_anchor_is_reported_as_forged(case: Path, exchange: Exchange) -> None:
    seq = _anchor(case, exchange)
    _raw(case, ("UPDATE audit_anchor SET seq = ? WHERE seq = ?", (seq - 5, seq)))
    report = _report(case)
    assert (report.anchors, report.good, report.latest_seq, report.truncated) == (1, 0, None, False)
    assert _problems(report) == [
        f"The signed head of the log at entry {seq - 5} (by {CLAIRE}) is forged: "
        "The signed file was changed after it was signed: its digest does not match."
    ]


def test_garbage_in_place_of_a_signature_is_reported_as_forged(case: Path, exchange: Exchange) -> None:
    seq = _anchor(case, exchange)
    _raw(case, ("UPDATE audit_anchor SET signature = ? WHERE seq = ?", (b"\x30\x03\x02\x01\x01", seq)))
    assert _problems(_report(case)) == [
        f"The signed head of the log at entry {seq} (by {CLAIRE}) is forged: "
        "The signature file is damaged or is not a CMS signature."
    ]


def _insert_signed_by(case: Path, exchange: Exchange, person: str, member: str) -> int:
    """An anchor over the true head, signed with `person`'s credential, claimed for `member`."""
    credential = load(identity(exchange.pki, person))
    case_file = open_case_file(case, PASSPHRASES[CLAIRE], member=CLAIRE)
    try:
        connection = case_file.vault.raw_connection()
        seq, head = connection.execute(
            "SELECT seq, entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        (member_id,) = connection.execute("SELECT id FROM member WHERE name = ?", (member,)).fetchone()
        at = "2026-11-29T00:00:00.000000Z"
        signature = sign_detached(statement(case_file.vault.file_id, seq, head, at), credential)
        connection.execute(
            "INSERT INTO audit_anchor (seq, entry_hash, at, member_id, signer_fingerprint, signature) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (seq, head, at, member_id, credential.fingerprint, signature),
        )
        connection.commit()
    finally:
        case_file.close()
    return int(seq)


def test_an_anchor_signed_with_another_certificate_is_refused(case: Path, exchange: Exchange) -> None:
    seq = _insert_signed_by(case, exchange, "Joris de Vries", CLAIRE)  # a partner's valid signature
    report = _report(case)
    assert (report.anchors, report.good) == (1, 0)
    assert _problems(report) == [
        f"The signed head of the log at entry {seq} was not signed with {CLAIRE}'s own certificate."
    ]


def test_an_anchor_by_a_non_supervisor_is_refused(case: Path, exchange: Exchange) -> None:
    with open_services(case, PIETER) as services, pytest.raises(PermissionDenied) as refused:
        services.audit_anchors.anchor(exchange.password(PIETER))
    assert str(refused.value) == "Only a supervisor signs the head of the audit log."
    seq = _insert_signed_by(case, exchange, PIETER, PIETER)  # written raw, with his own credential
    report = _report(case)
    assert (report.anchors, report.good) == (1, 0)
    assert _problems(report) == [
        f"The signed head of the log at entry {seq} was signed by {PIETER}, who is not a supervisor."
    ]


def _change_role(case: Path, member: str, role: Role) -> int:
    """Marc (a supervisor) changes `member`'s role through the ORM, as the application would:
    the seq of the audited member.update entry."""
    with open_services(case, MARC) as services:
        with services.case_file.unit_of_work("member.role") as session:
            target = session.scalar(select(Member).where(Member.name == member))
            assert target is not None
            old, target.role = target.role, role.value
            member_id = target.id
        with services.case_file.reading() as session:
            seq, details = session.execute(
                select(AuditEntry.seq, AuditEntry.details).order_by(AuditEntry.seq.desc()).limit(1)
            ).one()
            action, entity_id = session.execute(
                select(AuditEntry.action, AuditEntry.entity_id).where(AuditEntry.seq == seq)
            ).one()
    assert (action, entity_id) == ("member.update", str(member_id))
    assert json.loads(details)["changes"] == {"role": {"from": old, "to": role.value}}
    return int(seq)


def test_an_anchor_still_verifies_after_its_signer_is_demoted(case: Path, exchange: Exchange) -> None:
    seq = _anchor(case, exchange)
    demoted_at = _change_role(case, CLAIRE, Role.DUTY_OFFICER)
    assert demoted_at > seq
    report = _report(case)
    assert (report.anchors, report.good, report.latest_seq, report.latest_by) == (1, 1, seq, CLAIRE)
    assert (report.ok, report.truncated, report.problems) == (True, False, ())
    run = _casedesk("audit", "verify", case, "--as", CLAIRE)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1].startswith(
        f"Signed heads: 1 (1 verify); the newest signs entry {seq} "
    )
    # Her anchor still guards against truncation.
    _raw(case, ("DELETE FROM audit_entry WHERE seq > ?", (seq - 2,)))
    assert _problems(_report(case)) == [
        f"The log was cut short: it ends at entry {seq - 2}, but {CLAIRE} signed its head at entry {seq}."
    ]


def test_a_later_promotion_does_not_make_an_earlier_anchor_good(case: Path, exchange: Exchange) -> None:
    seq = _insert_signed_by(case, exchange, PIETER, PIETER)  # a duty officer then
    _change_role(case, PIETER, Role.SUPERVISOR)
    report = _report(case)
    assert (report.anchors, report.good) == (1, 0)
    assert _problems(report) == [
        f"The signed head of the log at entry {seq} was signed by {PIETER}, who is not a supervisor."
    ]


def test_an_anchor_signed_while_a_supervisor_between_two_role_changes(case: Path, exchange: Exchange) -> None:
    """Promoted, signs, demoted: good; the role at the anchor's seq is the one that counts."""
    _change_role(case, PIETER, Role.SUPERVISOR)
    with open_services(case, PIETER) as services:
        seq = services.audit_anchors.anchor(exchange.password(PIETER)).seq
    _change_role(case, PIETER, Role.INVESTIGATOR)
    report = _report(case)
    assert (report.anchors, report.good, report.latest_by, report.ok) == (1, 1, PIETER, True)
    assert report.latest_seq == seq


def test_a_supervisor_without_a_credential_or_password_signs_nothing(case: Path, exchange: Exchange) -> None:
    with open_services(case, MARC) as services, pytest.raises(Exception) as refused:
        services.audit_anchors.anchor("whatever")
    assert str(refused.value) == (
        f"{MARC} has no signing certificate in this case file; import a PKCS#12 file first."
    )
    with open_services(case, CLAIRE) as services, pytest.raises(InvalidInput):
        services.audit_anchors.anchor("not-the-password")
    assert _report(case).anchors == 0


def test_triggers_refuse_plain_sql_edits_of_the_anchors(case: Path, exchange: Exchange) -> None:
    _anchor(case, exchange)
    case_file = open_case_file(case, PASSPHRASES[CLAIRE], member=CLAIRE)
    try:
        connection = case_file.vault.raw_connection()
        with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
            connection.execute("UPDATE audit_anchor SET seq = 1")
        with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
            connection.execute("DELETE FROM audit_anchor")
        assert Services(case_file).audit_anchors.report().good == 1
    finally:
        case_file.close()


def _casedesk(*args: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    env["CASEDESK_PASSPHRASE"] = PASSPHRASES[CLAIRE]
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", *(str(a) for a in args)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def test_cli_anchor_and_verify_exit_codes(case: Path, exchange: Exchange, tmp_path: Path) -> None:
    password_file = tmp_path / "p12-password"
    password_file.write_text(exchange.password(CLAIRE))
    password_file.chmod(0o600)
    run = _casedesk("audit", "verify", case, "--as", CLAIRE)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1] == (
        "Signed heads: none; a truncation of the newest entries is not detectable (casedesk audit anchor)."
    )
    run = _casedesk("audit", "anchor", case, "--as", CLAIRE, "--p12-password-file", password_file)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("Signed the head of the audit log: entry ")
    report = _report(case)
    seq = report.latest_seq
    assert seq is not None
    run = _casedesk("audit", "verify", case, "--as", CLAIRE)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[0].startswith(f"Audit log intact: {seq + 1} entries, head ")
    assert run.stdout.splitlines()[1] == (
        f"Signed heads: 1 (1 verify); the newest signs entry {seq} ({report.latest_hash}), "
        f"by {CLAIRE} at {report.latest_at}."
    )
    _raw(case, ("DELETE FROM audit_entry WHERE seq > ?", (seq - 4,)))
    run = _casedesk("audit", "verify", case, "--as", CLAIRE)
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stdout.splitlines()[0].startswith(f"Audit log intact: {seq - 4} entries, head ")
    assert run.stdout.splitlines()[-1] == (
        f"  The log was cut short: it ends at entry {seq - 4}, but {CLAIRE} signed its head at entry {seq}."
    )


# -- the Audit page ---------------------------------------------------------------------------------


def _page(qtbot, case: Path, member: str):  # type: ignore[no-untyped-def]
    from desktop.ui.audit.page import AuditPage
    from tests.gui_helpers import WAIT
    from tests.gui_page_harness import PageHarness

    harness = PageHarness(qtbot, case, member, PASSPHRASES[member])
    page = AuditPage()
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    harness.attach(page)
    qtbot.waitUntil(lambda: page.status is not None and page.banner.isVisible(), timeout=WAIT)
    return page, harness


def test_gui_banner_signs_the_head_and_shows_a_truncation(qtbot, case: Path, exchange: Exchange) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.audit.page import broken_style, intact_style
    from desktop.ui.timefmt import local_text
    from tests.gui_helpers import WAIT

    page, harness = _page(qtbot, case, CLAIRE)
    try:
        status = page.status
        assert status is not None and status.ok and status.can_sign
        assert page.banner.text() == (
            f"Audit log intact: {status.entries:,} entries\n"
            "Its head was never signed: a log cut short would not be noticed."
        )
        assert page.sign_button.isVisible() and page.sign_button.accessibleName()
        page.sign_head("not-the-password")
        qtbot.waitUntil(lambda: bool(page.error_label.text()), timeout=WAIT)
        assert page.error_label.text().startswith(f"{CLAIRE}'s signing certificate: ")
        page.sign_head(exchange.password(CLAIRE))
        qtbot.waitUntil(lambda: page.status is not None and page.status.anchors == 1, timeout=WAIT)
        signed = page.status
        assert signed is not None and signed.anchored_seq == status.entries
        assert page.banner.text() == (
            f"Audit log intact: {signed.entries:,} entries\n"
            f"Head signed at entry {signed.anchored_seq:,} by {CLAIRE}, {local_text(signed.anchored_at)}."
        )
        assert page.banner.styleSheet() == intact_style()
        assert page.error_label.text() == ""
    finally:
        page.detach()
        harness.close()
    seq = signed.anchored_seq
    _raw(case, ("DELETE FROM audit_entry WHERE seq > ?", (seq - 3,)))
    page, harness = _page(qtbot, case, CLAIRE)
    try:
        assert page.banner.text() == (
            f"Audit log BROKEN: {seq - 3:,} entries, cut short or rewritten below a signed head.\n"
            f"The log was cut short: it ends at entry {seq - 3}, but {CLAIRE} signed its head at entry {seq}."
        )
        assert page.banner.styleSheet() == broken_style()
    finally:
        page.detach()
        harness.close()


def test_gui_sign_button_is_for_supervisors_only(qtbot, case: Path) -> None:  # type: ignore[no-untyped-def]
    page, harness = _page(qtbot, case, PIETER)
    try:
        assert page.status is not None and not page.status.can_sign
        assert not page.sign_button.isVisible()
    finally:
        page.detach()
        harness.close()


def test_the_password_prompt_is_window_modal_and_closed_on_lock(qtbot, case: Path) -> None:  # type: ignore[no-untyped-def]
    """No nested event loop for the certificate's password, and nothing of it left after a lock."""
    page, harness = _page(qtbot, case, CLAIRE)
    try:
        assert page.sign_button.isVisible()
        page.sign_button.click()  # returns at once: the dialog is opened, not exec'd
        dialog = page.sign_dialog
        assert dialog is not None and dialog.isVisible() and dialog.isModal()
        dialog.setTextValue("typed but not sent")
        page.detach()
        assert page.sign_dialog is None
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    finally:
        harness.close()


# -- when the head is signed: on demand, and on its own with a supervisor's package signature --------


def _due(case: Path, *, later: timedelta = timedelta(0)) -> bool:
    with open_services(case, CLAIRE) as services, services.case_file.reading() as session:
        return anchor_due(session.connection(), utcnow() + later)


def test_an_anchor_is_due_when_none_exists_a_day_has_passed_or_many_entries_were_added(
    case: Path, exchange: Exchange, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _due(case), "a log with entries and no signed head"
    _anchor(case, exchange)
    assert not _due(case)
    assert not _due(case, later=ANCHOR_EVERY - timedelta(minutes=1))
    assert _due(case, later=ANCHOR_EVERY)
    monkeypatch.setattr("desktop.services.audit_anchor.ANCHOR_EVERY_ENTRIES", 2)
    assert not _due(case), "one entry (the anchor's own) since the signed head"
    with open_services(case, PIETER) as services:
        services.cases.create(CaseKind.OBSERVATION, "Observation Maas", partner_code=NL)
    assert _due(case), "the new case added one more entry: two since the signed head"


def test_a_supervisors_package_signature_signs_the_head_when_one_is_due(
    case: Path, exchange: Exchange
) -> None:
    with open_services(case, CLAIRE) as services:
        services.packages.export(exchange.refs["info"], password=exchange.password(CLAIRE))
    first = _report(case)
    assert (first.anchors, first.good, first.ok) == (1, 1, True), "none existed: the signature signed one"
    with open_services(case, CLAIRE) as services:
        services.packages.export(exchange.refs["lu"], password=exchange.password(CLAIRE))
    assert _report(case).anchors == 1, "the head was signed minutes ago: no second anchor"
    assert not _due(case)


def test_a_duty_officers_credential_never_signs_the_head(case: Path, exchange: Exchange) -> None:
    credential = load(identity(exchange.pki, PIETER))
    with open_services(case, PIETER) as services:
        assert services.audit_anchors.anchor_with(credential) is None
    with open_services(case, CLAIRE) as services:
        view = services.audit_anchors.anchor_with(load(identity(exchange.pki, CLAIRE)))
        assert view is not None and view.member == CLAIRE
        assert services.audit_anchors.anchor_with(load(identity(exchange.pki, CLAIRE))) is None
    assert _report(case).anchors == 1


def test_cli_anchor_if_due_signs_once(case: Path, exchange: Exchange, tmp_path: Path) -> None:
    password_file = tmp_path / "p12-password"
    password_file.write_text(exchange.password(CLAIRE))
    password_file.chmod(0o600)
    command = ("audit", "anchor", case, "--as", CLAIRE, "--p12-password-file", password_file, "--if-due")
    run = _casedesk(*command)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("Signed the head of the audit log: entry ")
    run = _casedesk(*command)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == "The head of the audit log was signed recently; no signature is due.\n"
    assert _report(case).anchors == 1


def test_gui_says_when_a_new_signature_is_due(qtbot, case: Path, exchange: Exchange, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _anchor(case, exchange)
    monkeypatch.setattr("desktop.services.audit_anchor.ANCHOR_EVERY_ENTRIES", 1)
    page, harness = _page(qtbot, case, CLAIRE)
    try:
        status = page.status
        assert status is not None and status.ok and status.anchor_due
        assert page.banner.text().endswith(
            "A new signature is due: a supervisor's next package signs it, or sign it here."
        )
    finally:
        page.detach()
        harness.close()
