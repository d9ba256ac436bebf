"""Signed heads kept outside the case file: a truncation that also deletes the anchors inside
the file is still detected against a kept copy; forged, foreign and hostile anchor files are
refused with one sentence, never an exception."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop.services.audit_anchor_file import FILE_KIND, MAX_FILE_BYTES, check_anchor_file
from desktop.services.casefile import open_case_file
from tests.packages_fixtures import CLAIRE, PASSPHRASES, PIETER, Exchange, copy_case, open_services
from tests.pki_fixtures import identity


@pytest.fixture
def case(tmp_path: Path, exchange: Exchange) -> Path:
    return copy_case(exchange, tmp_path)


def _kept(case: Path, exchange: Exchange) -> tuple[str, bytes, int]:
    """Claire signs the head; the kept file's suggested name, bytes and the seq it signs."""
    with open_services(case, CLAIRE) as services:
        view = services.audit_anchors.anchor(exchange.password(CLAIRE))
        kept = services.audit_anchors.newest_file()
    assert kept.seq == view.seq
    return kept.name, kept.data, view.seq


def _check(case: Path, data: bytes) -> list[str]:
    with open_services(case, PIETER) as services:
        return [str(problem) for problem in services.audit_anchors.check_file(data).problems]


def _raw(case: Path, *statements: str) -> None:
    case_file = open_case_file(case, PASSPHRASES[CLAIRE], member=CLAIRE)
    try:
        connection = case_file.vault.raw_connection()
        for trigger in ("audit_entry_no_delete", "audit_anchor_no_delete"):
            connection.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for sql in statements:
            connection.execute(sql)
        connection.commit()
    finally:
        case_file.close()


def test_a_kept_head_verifies_and_names_what_it_signs(case: Path, exchange: Exchange) -> None:
    name, data, seq = _kept(case, exchange)
    document = json.loads(data)
    assert name.endswith(f"-{seq:06d}.json") and document["kind"] == FILE_KIND
    assert (document["statement"]["seq"], document["signed_by"]) == (seq, CLAIRE)
    assert _check(case, data) == []


def test_a_truncation_that_deleted_the_anchors_too_is_caught_by_the_kept_head(
    case: Path, exchange: Exchange
) -> None:
    _name, data, seq = _kept(case, exchange)
    _raw(case, f"DELETE FROM audit_entry WHERE seq > {seq - 5}", "DELETE FROM audit_anchor")
    with open_services(case, PIETER) as services:
        assert services.audit_anchors.report().anchors == 0, "inside the file, nothing is left to notice it"
    assert _check(case, data) == [
        f"The log was cut short: it ends at entry {seq - 5}, but {CLAIRE} signed its head at entry {seq}."
    ]


def test_an_edited_statement_is_forged(case: Path, exchange: Exchange) -> None:
    _name, data, seq = _kept(case, exchange)
    document = json.loads(data)
    document["statement"]["seq"] = seq - 1
    [problem] = _check(case, json.dumps(document).encode())
    assert problem.startswith(f"The signed head of entry {seq - 1} is forged: ")


def test_another_case_files_head_is_refused(case: Path, exchange: Exchange) -> None:
    _name, data, _seq = _kept(case, exchange)
    document = json.loads(data)
    document["statement"]["file_id"] = "0" * 32
    assert _check(case, json.dumps(document).encode()) == ["This signed head belongs to another case file."]


def test_a_head_signed_by_someone_outside_the_file_is_refused(case: Path, exchange: Exchange) -> None:
    from desktop.exchange.cades import sign_detached
    from desktop.services.audit_anchor import statement
    from desktop.services.audit_anchor_file import anchor_file
    from tests.pki_fixtures import load

    _name, data, seq = _kept(case, exchange)
    fields = json.loads(data)["statement"]
    signed = statement(fields["file_id"], seq, fields["entry_hash"], fields["at"])

    def signed_by(name: str) -> bytes:
        signature = sign_detached(signed, load(identity(exchange.pki, name)))
        return anchor_file(fields["file_id"], seq, fields["entry_hash"], fields["at"], signature, CLAIRE)

    outsider = next(i for i in exchange.pki.identities if i.name not in (CLAIRE, PIETER))
    assert _check(case, signed_by(outsider.name)) == [
        f"The signed head of entry {seq} was not signed by a member of this case file."
    ]
    assert _check(case, signed_by(PIETER)) == [  # a member with a credential, but a duty officer
        f"The signed head of entry {seq} was signed by someone who was not a supervisor."
    ]


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"", "This is not an anchor file of Benelux Case Desk."),
        (b"\xff\xfe", "This is not an anchor file of Benelux Case Desk."),
        (b"[]", "This is not an anchor file of Benelux Case Desk."),
        (b"{" * 100_000, "This is not an anchor file of Benelux Case Desk."),
        (
            json.dumps({"kind": FILE_KIND}).encode(),
            "The anchor file is damaged: a field is missing or has the wrong form.",
        ),
    ],
)
def test_what_is_not_an_anchor_file_is_one_sentence(case: Path, data: bytes, sentence: str) -> None:
    assert _check(case, data) == [sentence]


def test_hostile_anchor_files_never_raise(case: Path, exchange: Exchange) -> None:
    _name, data, _seq = _kept(case, exchange)
    good = json.loads(data)
    case_file = open_case_file(case, PASSPHRASES[PIETER], member=PIETER)
    tried = 0

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        st.one_of(
            st.binary(max_size=2048),
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.text(max_size=80),
                lambda inner: (
                    st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
                ),
                max_leaves=20,
            ).map(lambda value: json.dumps({**good, "statement": value}).encode()),
            st.text(max_size=200).map(
                lambda value: json.dumps(
                    {**good, "signature": base64.b64encode(value.encode()).decode()}
                ).encode()
            ),
        )
    )
    def judge(candidate: bytes) -> None:
        nonlocal tried
        tried += 1
        with case_file.reading() as session:
            check = check_anchor_file(session.connection(), case_file.vault.file_id, candidate)
        assert not check.ok and len(check.problems) == 1

    try:
        judge()
    finally:
        case_file.close()
    assert tried >= 150
    assert MAX_FILE_BYTES < 100_000


def test_cli_writes_the_head_and_verify_uses_it(case: Path, exchange: Exchange, tmp_path: Path) -> None:
    password_file = tmp_path / "p12-password"
    password_file.write_text(exchange.password(CLAIRE))
    password_file.chmod(0o600)
    kept = tmp_path / "kept"
    kept.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    env["CASEDESK_PASSPHRASE"] = PASSPHRASES[CLAIRE]

    def casedesk(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop.cli.main", *(str(a) for a in args)],
            env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip

    run = casedesk(
        "audit", "anchor", case, "--as", CLAIRE, "--p12-password-file", password_file, "--out", kept
    )
    assert run.returncode == 0, run.stdout + run.stderr
    [written] = list(kept.iterdir())
    assert (
        run.stdout.splitlines()[-1]
        == f"Wrote the newest signed head to {written}; keep it outside the case file."
    )
    seq = json.loads(written.read_bytes())["statement"]["seq"]
    run = casedesk("audit", "verify", case, "--as", CLAIRE, "--anchor", written)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1] == (
        f"Kept signed head {written.name}: entry {seq}, by {CLAIRE}; the log still holds it."
    )
    _raw(case, f"DELETE FROM audit_entry WHERE seq > {seq - 3}", "DELETE FROM audit_anchor")
    run = casedesk("audit", "verify", case, "--as", CLAIRE, "--anchor", written)
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stdout.splitlines()[-2:] == [
        f"Kept signed head {written.name}: PROBLEM",
        f"  The log was cut short: it ends at entry {seq - 3}, but {CLAIRE} signed its head at entry {seq}.",
    ]
    again = casedesk("audit", "export-anchor", case, "--as", CLAIRE, "--out", tmp_path / "none.json")
    assert again.returncode == 2 and "No signed head of the log verifies" in again.stderr


def test_the_audit_page_saves_the_signed_head_for_safekeeping(
    qtbot, case: Path, exchange: Exchange, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.audit.page import AuditPage
    from tests.gui_helpers import WAIT
    from tests.gui_page_harness import PageHarness

    name, _data, seq = _kept(case, exchange)
    harness = PageHarness(qtbot, case, PIETER, PASSPHRASES[PIETER])  # any member may keep a copy
    page = AuditPage()
    qtbot.addWidget(page)
    page.show()
    harness.attach(page)
    asked: list[tuple[str, str]] = []
    target = tmp_path / "kept-head"  # typed without a suffix: .json is added

    def choose(_parent, caption: str, suggested: str, _filter: str) -> str:  # type: ignore[no-untyped-def]
        asked.append((caption, suggested))
        return str(target)

    page.choose_anchor_file = choose
    try:
        qtbot.waitUntil(lambda: page.status is not None and page.save_anchor_button.isVisible(), timeout=WAIT)
        assert not page.sign_button.isVisible(), "signing is for supervisors; keeping a copy is not"
        qtbot.mouseClick(page.save_anchor_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.status_label.text() != "", timeout=WAIT)
        assert asked == [("Save the signed head", name)]  # the service's name, as the CLI writes it
        saved = tmp_path / "kept-head.json"
        assert page.status_label.text() == (
            f"The signed head of entry {seq:,} was saved as kept-head.json; keep it outside the case file."
        )
        assert (saved.stat().st_mode & 0o777) == 0o600
        page.detach()
        assert not page.save_anchor_button.isVisible() and page.status_label.text() == ""
    finally:
        page.detach()
        harness.close()
    assert _check(case, saved.read_bytes()) == [], "the saved file is a good signed head of this log"


def test_the_signer_is_named_by_her_certificate_not_by_the_files_own_words(
    case: Path, exchange: Exchange
) -> None:
    _name, data, seq = _kept(case, exchange)
    document = json.loads(data)
    document["signed_by"] = "Chief Inspector B\u001b[31m"  # not covered by the signature
    with open_services(case, PIETER) as services:
        check = services.audit_anchors.check_file(json.dumps(document).encode())
    assert (check.ok, check.seq, check.signed_by) == (True, seq, CLAIRE)
