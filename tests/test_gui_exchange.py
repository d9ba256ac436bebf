"""The export dialog and the verify / import dialog, clicked through on real case files and a real PKI.

Every test works on its own copy of the session's exchange-ready case file (packages_fixtures):
Claire Dubois approved the requests Pieter Janssens filed, both have signing credentials, the BE,
NL and LU roots are pinned to their agencies. The dialogs run their work on a real database
worker (PageHarness); what they show is checked, and so is the case file afterwards. An exported
package is checked by our verifier and by `openssl cms -verify`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMessageBox, QVBoxLayout, QWidget

from desktop.exchange.envelope import encrypt_for
from desktop.exchange.verify import FAILED, INDETERMINATE, PASSED
from desktop.ui.exchange import (
    ExportDialog,
    VerifyDialog,
    close_exchange_dialogs,
    import_package_action,
    install_drop_target,
    open_verify_dialog,
)
from desktop.ui.exchange.report_text import colour_of
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness
from tests.packages_fixtures import (
    ANSWER_TEXT,
    CLAIRE,
    LU,
    MARC,
    NL,
    PASSPHRASES,
    PIETER,
    Exchange,
    copy_case,
    partner_document,
    partner_package,
    replace_entry,
    tree_snapshot,
)
from tests.pki_fixtures import identity, load, make_test_pki

OPENSSL = shutil.which("openssl") or "/usr/bin/openssl"


@pytest.fixture
def case(tmp_path: Path, exchange: Exchange) -> Path:
    return copy_case(exchange, tmp_path)


@pytest.fixture
def as_claire(qtbot, case: Path) -> Iterator[PageHarness]:  # type: ignore[no-untyped-def]
    harness = PageHarness(qtbot, case, CLAIRE, PASSPHRASES[CLAIRE])
    yield harness
    harness.close()


@pytest.fixture
def as_pieter(qtbot, case: Path) -> Iterator[PageHarness]:  # type: ignore[no-untyped-def]
    harness = PageHarness(qtbot, case, PIETER, PASSPHRASES[PIETER])
    yield harness
    harness.close()


def _export_dialog(qtbot, harness: PageHarness, reference: str, destination: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(harness.services, reference, choose_file=lambda _parent, _suggested: destination)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.context is not None and dialog.plan is not None, timeout=WAIT)
    return dialog


def _verify_dialog(qtbot, harness: PageHarness, path: Path, **kwargs) -> VerifyDialog:  # type: ignore[no-untyped-def]
    dialog = VerifyDialog(harness.services, path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _wait_report(qtbot, dialog: VerifyDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.report is not None or bool(dialog.error_label.text()), timeout=WAIT)


def _items(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(row).text() for row in range(widget.count())]


def _openssl_verifies(data: bytes, folder: Path, ca: Path) -> subprocess.CompletedProcess[bytes]:
    """`unzip` then `openssl cms -verify` of signature001 over its manifest, as a partner would."""
    folder.mkdir()
    archive = folder.parent / "exported.asice"
    archive.write_bytes(data)
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(folder)
    return subprocess.run(
        [
            OPENSSL, "cms", "-verify", "-binary", "-inform", "DER",
            "-in", "META-INF/signature001.p7s", "-content", "META-INF/ASiCManifest001.xml",
            "-CAfile", str(ca), "-out", os.devnull,
        ],
        cwd=folder, capture_output=True, check=False, timeout=60,
    )  # fmt: skip


# --- export --------------------------------------------------------------------------------------


def test_export_through_the_dialog_lists_what_is_held_back_writes_the_file_and_it_verifies(  # type: ignore[no-untyped-def]
    qtbot, as_claire: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    reference = exchange.refs["info"]
    destination = tmp_path / "out" / f"{reference}.asice"
    destination.parent.mkdir()
    dialog = _export_dialog(qtbot, as_claire, reference, destination)

    assert dialog.recipient_label.text() == NL
    assert dialog.signer_label.text().startswith(f"{CLAIRE}, certificate SHA-256 ")
    # NL's RSA encryption certificate is pinned: encryption is offered, on, and names it.
    assert dialog.encrypt_box.isEnabled() and dialog.encrypt_box.isChecked()
    assert "To the certificate" in dialog.encryption_label.text()
    offered = _items(dialog.attachment_list)
    assert offered == [
        "scene-photo.jpg (H1)",
        "informant.txt (H3) — held back: handling code H3",
    ]
    assert dialog.chosen_attachments() == (exchange.attachments["photo"],)
    assert dialog.held_back_texts() == ["Nothing is held back."]

    # Ticking the H3 note shows exactly what the handling code keeps back, and why.
    dialog.set_attachment_checked(exchange.attachments["informant"], True)
    qtbot.waitUntil(lambda: dialog.plan is not None and len(dialog.plan.held_back) == 1, timeout=WAIT)
    assert dialog.held_back_texts() == ["attachments/informant.txt — informant.txt: handling code H3"]
    assert dialog.included_texts() == [
        "request.json — the request's data",
        "request.pdf — the request as a readable form",
        "attachments/scene-photo.jpg — scene-photo.jpg",
    ]
    assert dialog.override_box.isVisible() and not dialog.override_box.isChecked()

    # Not encrypted this time, so that OpenSSL can check it as it is.
    dialog.encrypt_box.setChecked(False)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.destination_edit.text() == str(destination)
    assert not dialog.export_button.isEnabled(), "no password typed yet"
    qtbot.keyClicks(dialog.password_edit, exchange.password(CLAIRE))
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_exported, timeout=WAIT) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert not dialog.export_button.isEnabled() and not dialog.password_edit.isEnabled()  # busy
        assert dialog.password_edit.text() == "", "handed to the worker, not kept while it signs"
    assert exported.args == [reference, str(destination)]

    data = destination.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    status = dialog.status_label.text()
    assert f"Written to {destination}" in status and f"SHA-256 of the file: {digest}" in status
    assert "Held back: attachments/informant.txt." in status
    claire_fingerprint = load(identity(exchange.pki, CLAIRE)).fingerprint
    assert f"Signed with the certificate SHA-256 {claire_fingerprint}" in status
    assert dialog.password_edit.text() == ""
    assert not dialog.export_button.isEnabled(), "one export per dialog"

    report = as_claire.call(lambda svc: svc.packages.verify(data))
    assert report.indication == PASSED, report.sentence
    assert [f.name for f in report.files] == [
        "attachments/scene-photo.jpg",
        "request.json",
        "request.pdf",
    ]
    assert as_claire.call(lambda svc: svc.requests.show(reference).status) == "sent"
    if Path(OPENSSL).exists():
        done = _openssl_verifies(data, tmp_path / "unzipped", exchange.pki.ca_paths["BE"])
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        assert b"Verification successful" in done.stderr


def test_an_encrypted_export_gets_the_p7m_name_and_says_for_whom(  # type: ignore[no-untyped-def]
    qtbot, as_claire: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    reference = exchange.refs["info"]
    dialog = _export_dialog(qtbot, as_claire, reference, tmp_path / "unused.asice")
    dialog.destination_edit.setText(str(tmp_path / f"{reference}.asice"))
    dialog.encrypt_box.setChecked(False)
    dialog.encrypt_box.setChecked(True)
    assert dialog.destination_edit.text() == str(tmp_path / f"{reference}.asice.p7m")
    qtbot.keyClicks(dialog.password_edit, exchange.password(CLAIRE))
    with qtbot.waitSignal(dialog.sig_changed, timeout=WAIT) as changed:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].requests
    assert f"Encrypted for {NL}." in dialog.status_label.text()
    data = (tmp_path / f"{reference}.asice.p7m").read_bytes()
    assert data[:1] == b"\x30" and b"request.json" not in data
    assert (tmp_path / f"{reference}.asice.p7m").stat().st_mode & 0o777 == 0o600


def test_a_file_renamed_by_the_encryption_box_is_not_replaced_without_asking(  # type: ignore[no-untyped-def]
    qtbot, as_claire: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    from desktop.ui.files import REPLACE_QUESTION

    reference = exchange.refs["info"]
    chosen = tmp_path / f"{reference}.asice"
    renamed = tmp_path / f"{reference}.asice.p7m"
    renamed.write_bytes(b"an earlier package the Save dialog never asked about")
    dialog = _export_dialog(qtbot, as_claire, reference, chosen)
    dialog.encrypt_box.setChecked(False)
    qtbot.mouseClick(dialog.signing.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.destination_edit.text() == str(chosen)
    dialog.encrypt_box.setChecked(True)
    assert dialog.destination_edit.text() == str(renamed)
    qtbot.keyClicks(dialog.password_edit, exchange.password(CLAIRE))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    question = dialog.findChild(QMessageBox, REPLACE_QUESTION)
    assert question is not None and renamed.name in question.text()
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert renamed.read_bytes() == b"an earlier package the Save dialog never asked about"
    assert dialog.exported is None and dialog.export_button.isEnabled(), "nothing signed: try again"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    question = dialog.findChild(QMessageBox, REPLACE_QUESTION)
    with qtbot.waitSignal(dialog.sig_changed, timeout=WAIT):
        qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert renamed.read_bytes()[:1] == b"\x30" and not chosen.exists()


def test_the_file_the_save_dialog_asked_about_is_replaced_without_a_second_question(  # type: ignore[no-untyped-def]
    qtbot, as_claire: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    from desktop.ui.files import REPLACE_QUESTION

    reference = exchange.refs["info"]
    chosen = tmp_path / f"{reference}.asice"
    chosen.write_bytes(b"replace me: the platform dialog asked")
    dialog = _export_dialog(qtbot, as_claire, reference, chosen)
    dialog.encrypt_box.setChecked(False)
    qtbot.mouseClick(dialog.signing.browse_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.password_edit, exchange.password(CLAIRE))
    with qtbot.waitSignal(dialog.sig_changed, timeout=WAIT):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.findChild(QMessageBox, REPLACE_QUESTION) is None
    assert chosen.read_bytes()[:2] == b"PK"


def test_the_passwords_leave_the_fields_when_handed_over_even_if_signing_fails(  # type: ignore[no-untyped-def]
    qtbot, as_claire: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    reference = exchange.refs["info"]
    destination = tmp_path / "cosigned.asice"
    dialog = _export_dialog(qtbot, as_claire, reference, destination)
    dialog.destination_edit.setText(str(destination))
    qtbot.keyClicks(dialog.password_edit, exchange.password(CLAIRE))
    dialog.cosign_box.setChecked(True)
    assert not dialog.export_button.isEnabled(), "the filer's password is missing"
    qtbot.keyClicks(dialog.filer_password_edit, "not-the-filers-password")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    # Cleared in the click itself, before the worker even starts.
    assert dialog.password_edit.text() == "" and dialog.filer_password_edit.text() == ""
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=WAIT)
    assert "password" in dialog.error_label.text().lower()
    assert dialog.password_edit.text() == "" and dialog.filer_password_edit.text() == ""
    assert not dialog.export_button.isEnabled(), "nothing kept to try again with"
    assert not destination.exists()
    assert as_claire.call(lambda svc: svc.requests.show(reference).status) == "approved"


def test_a_wrong_password_is_one_sentence_and_nothing_is_written(  # type: ignore[no-untyped-def]
    qtbot, as_claire: PageHarness, case: Path, exchange: Exchange, tmp_path: Path
) -> None:
    reference = exchange.refs["info"]
    destination = tmp_path / "x.asice"
    dialog = _export_dialog(qtbot, as_claire, reference, destination)
    dialog.destination_edit.setText(str(destination))
    before = tree_snapshot(case)
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=WAIT)
    assert dialog.error_label.text().startswith(
        "Claire Dubois's signing certificate: The PKCS#12 password is wrong"
    )
    assert not destination.exists()
    assert dialog.password_edit.text() == "", "the refused password is not kept in the field"
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.password_edit, "another-try")
    assert dialog.export_button.isEnabled(), "the supervisor may type the password again and retry"
    assert as_claire.call(lambda svc: svc.requests.show(reference).status) == "approved"
    assert tree_snapshot(case) == before


def test_a_destination_that_cannot_be_written_is_refused_before_anything_is_signed(  # type: ignore[no-untyped-def]
    qtbot, as_claire: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    reference = exchange.refs["info"]
    dialog = _export_dialog(qtbot, as_claire, reference, tmp_path / "x.asice")
    dialog.destination_edit.setText(str(tmp_path / "no-such-folder" / "x.asice"))
    qtbot.keyClicks(dialog.password_edit, exchange.password(CLAIRE))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=WAIT)
    assert (
        dialog.error_label.text() == f"Cannot write into {tmp_path / 'no-such-folder'}; choose another place."
    )
    assert as_claire.call(lambda svc: svc.requests.show(reference).status) == "approved"


def test_a_held_request_needs_the_override_before_export_is_possible(  # type: ignore[no-untyped-def]
    qtbot, as_claire: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    dialog = _export_dialog(qtbot, as_claire, exchange.refs["h3"], tmp_path / "h3.asice")
    assert dialog.held_back_texts() == [
        "request.json — the request's data: handling code H3",
        "request.pdf — the request as a readable form: handling code H3",
    ]
    assert "is held back by its handling code H3" in dialog.refusal_label.text()
    qtbot.keyClicks(dialog.password_edit, exchange.password(CLAIRE))
    assert not dialog.export_button.isEnabled()
    dialog.override_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=WAIT)
    assert dialog.refusal_label.text() == ""
    assert all("handling code overridden" in text for text in dialog.included_texts())


@pytest.mark.parametrize(
    ("member", "sentence"),
    [
        (MARC, "The supervisor who approved the request signs and exports it."),
        (PIETER, "The supervisor who approved the request signs and exports it."),
    ],
)
def test_only_the_approving_supervisor_can_export(  # type: ignore[no-untyped-def]
    qtbot, case: Path, exchange: Exchange, tmp_path: Path, member: str, sentence: str
) -> None:
    harness = PageHarness(qtbot, case, member, PASSPHRASES[member])
    try:
        dialog = _export_dialog(qtbot, harness, exchange.refs["info"], tmp_path / "x.asice")
        assert dialog.refusal_label.text() == sentence
        qtbot.keyClicks(dialog.password_edit, "anything")
        assert not dialog.export_button.isEnabled() and not dialog.password_edit.isEnabled()
    finally:
        harness.close()


def test_a_request_that_is_not_approved_says_so(  # type: ignore[no-untyped-def]
    qtbot, as_claire: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    reference = exchange.refs["draft"]
    dialog = _export_dialog(qtbot, as_claire, reference, tmp_path / "x.asice")
    assert (
        dialog.refusal_label.text()
        == f"{reference} has the status Draft; only an approved request is exported."
    )
    assert not dialog.export_button.isEnabled()


def test_an_unknown_request_is_one_sentence(qtbot, as_claire: PageHarness) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(as_claire.services, "OUT-1999-000001")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=WAIT)
    assert dialog.error_label.text() == "There is no request 'OUT-1999-000001' in this case file."
    assert not dialog.export_button.isEnabled()


# --- verify and import ---------------------------------------------------------------------------


def _answer(
    exchange: Exchange, tmp_path: Path, signer: str = "Joris de Vries", name: str = "answer.asice"
) -> Path:
    data = partner_package(
        partner_document(in_reply_to=exchange.refs["sent"]), [load(identity(exchange.pki, signer))]
    )
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_good_answer_shows_green_and_importing_it_answers_our_request(  # type: ignore[no-untyped-def]
    qtbot, as_pieter: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    path = _answer(exchange, tmp_path)
    dialog = _verify_dialog(qtbot, as_pieter, path)
    _wait_report(qtbot, dialog)
    assert dialog.report.indication == PASSED
    assert dialog.verdict_label.property("indication") == PASSED
    assert colour_of(PASSED)[0] in dialog.verdict_label.styleSheet()
    assert dialog.verdict_label.text().startswith("Valid:")
    assert dialog.advice_label.text().startswith("You can import it")
    assert dialog.fields["sender"].text() == f"{NL} (NL)"
    assert dialog.fields["in_reply_to"].text() == exchange.refs["sent"]
    assert dialog.fields["sha256"].text() == hashlib.sha256(path.read_bytes()).hexdigest()
    [signature] = _items(dialog.signature_list)
    zone = datetime.now().astimezone().tzname()
    assert signature.startswith(f"Joris de Vries — trusted for {NL} — signed ")
    assert signature.endswith(f" {zone}")
    assert _items(dialog.file_list) == [
        "request.json — exactly as signed.",
        "request.pdf — exactly as signed.",
    ]
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.sig_imported, timeout=WAIT) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert (result.outcome, result.request_reference) == ("answered", exchange.refs["sent"])
    assert (
        dialog.result_label.text()
        == f"The answer from {NL} was linked to {exchange.refs['sent']}, now answered."
    )
    assert not dialog.import_button.isEnabled()
    view = as_pieter.call(lambda svc: svc.requests.show(exchange.refs["sent"]))
    assert (view.status, view.answer) == ("answered", ANSWER_TEXT)


def test_importing_the_same_package_again_says_it_was_already_imported(  # type: ignore[no-untyped-def]
    qtbot, as_pieter: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    path = _answer(exchange, tmp_path)
    as_pieter.call(lambda svc: svc.packages.import_package(path.read_bytes(), path.name))
    dialog = _verify_dialog(qtbot, as_pieter, path)
    _wait_report(qtbot, dialog)
    changes: list[object] = []
    dialog.sig_changed.connect(changes.append)
    with qtbot.waitSignal(dialog.sig_imported, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "already imported" in dialog.result_label.text()
    assert changes == [], "a duplicate changes nothing"


def test_a_signer_pinned_to_another_agency_is_amber_with_the_advice_and_cannot_be_imported(  # type: ignore[no-untyped-def]
    qtbot, as_pieter: PageHarness, case: Path, exchange: Exchange, tmp_path: Path
) -> None:
    path = _answer(exchange, tmp_path, signer="Marie Weber")  # LU's signer, claiming to be NL
    before = tree_snapshot(case)
    dialog = _verify_dialog(qtbot, as_pieter, path)
    _wait_report(qtbot, dialog)
    assert (dialog.report.indication, dialog.report.sub_indication) == (
        INDETERMINATE,
        "CHAIN_CONSTRAINTS_FAILURE",
    )
    assert dialog.verdict_label.property("indication") == INDETERMINATE
    assert colour_of(INDETERMINATE)[0] in dialog.verdict_label.styleSheet()
    assert dialog.verdict_label.text().startswith("Not confirmed:")
    assert f"The signer's certificate is not pinned for agency {NL}: add it under Agencies and trust" in (
        dialog.advice_label.text()
    )
    [signature] = _items(dialog.signature_list)
    assert f"Marie Weber — trusted for {LU} — signed" in signature
    assert not dialog.import_button.isEnabled()
    assert tree_snapshot(case) == before


def test_an_unknown_signer_is_amber_and_says_to_add_the_partners_ca(  # type: ignore[no-untyped-def]
    qtbot, as_pieter: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    stranger = make_test_pki(tmp_path / "elsewhere")  # same names, other roots: none of them pinned
    data = partner_package(
        partner_document(in_reply_to=exchange.refs["sent"]), [load(identity(stranger, "Joris de Vries"))]
    )
    path = tmp_path / "stranger.asice"
    path.write_bytes(data)
    dialog = _verify_dialog(qtbot, as_pieter, path)
    _wait_report(qtbot, dialog)
    assert (dialog.report.indication, dialog.report.sub_indication) == (
        INDETERMINATE,
        "NO_CERTIFICATE_CHAIN_FOUND",
    )
    assert dialog.advice_label.text().startswith(
        "No certificate in your trust store vouches for the signer's certificate."
    )
    assert f"add {NL}'s CA certificate under Agencies and trust" in dialog.advice_label.text()
    assert "no agency you trust" in _items(dialog.signature_list)[0]
    assert not dialog.import_button.isEnabled()


def _flip_inside(data: bytes) -> bytes:
    """One byte of request.pdf's stored data flipped, in place: the ZIP's CRC no longer matches."""
    offset = data.index(b"request.pdf") + len(b"request.pdf") + 20
    return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1 :]


@pytest.mark.parametrize("how", ["flipped byte", "changed answer"])
def test_a_tampered_package_is_red_import_stays_disabled_and_the_case_file_is_unchanged(  # type: ignore[no-untyped-def]
    qtbot, as_pieter: PageHarness, case: Path, exchange: Exchange, tmp_path: Path, how: str
) -> None:
    good = _answer(exchange, tmp_path).read_bytes()
    if how == "flipped byte":
        tampered = _flip_inside(good)
    else:
        document = partner_document(in_reply_to=exchange.refs["sent"], answer_text="Nothing found.")
        tampered = replace_entry(good, "request.json", document.to_json())
    path = tmp_path / "tampered.asice"
    path.write_bytes(tampered)
    before = tree_snapshot(case)
    dialog = _verify_dialog(qtbot, as_pieter, path)
    _wait_report(qtbot, dialog)
    assert dialog.report.indication == FAILED
    assert dialog.verdict_label.property("indication") == FAILED
    assert colour_of(FAILED)[0] in dialog.verdict_label.styleSheet()
    assert dialog.verdict_label.text().startswith("Invalid:")
    assert not dialog.import_button.isEnabled()
    if how == "changed answer":
        assert dialog.report.sub_indication == "HASH_FAILURE"
        assert "request.json — request.json was changed after it was signed" in _items(dialog.file_list)[0]
        assert dialog.advice_label.text().startswith("A file in the package was changed after it was signed.")
    dialog.import_package()  # even called directly, nothing is imported
    assert dialog.result is None
    assert as_pieter.call(lambda svc: svc.requests.show(exchange.refs["sent"]).status) == "sent"
    assert tree_snapshot(case) == before


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"this is not a package at all\n" * 40,
        b"PK\x03\x04" + os.urandom(300),
        b"\x30\x82\x01\x00garbage",
    ],
    ids=["empty", "text", "zip-looking", "der-looking"],
)
def test_garbage_is_one_red_sentence_and_no_traceback(  # type: ignore[no-untyped-def]
    qtbot, as_pieter: PageHarness, case: Path, tmp_path: Path, garbage: bytes
) -> None:
    path = tmp_path / "garbage.asice"
    path.write_bytes(garbage)
    before = tree_snapshot(case)
    dialog = _verify_dialog(qtbot, as_pieter, path)
    _wait_report(qtbot, dialog)
    shown = [dialog.sentence_label.text(), dialog.error_label.text()]
    sentence = next(text for text in shown if text)
    assert "Traceback" not in sentence and "\n" not in sentence
    assert sentence.endswith(".") and sentence[0].isupper()
    assert dialog.verdict_label.property("indication") in (FAILED, "")
    assert not dialog.details_box.isVisible()
    assert not dialog.import_button.isEnabled()
    assert tree_snapshot(case) == before


def test_a_file_over_the_importers_limit_is_refused_without_being_read(  # type: ignore[no-untyped-def]
    qtbot, as_pieter: PageHarness, tmp_path: Path
) -> None:
    path = tmp_path / "huge.asice"
    with path.open("wb") as handle:
        handle.truncate((64 << 20) + 1)  # sparse: no 64 MB written to the disk
    dialog = _verify_dialog(qtbot, as_pieter, path)
    _wait_report(qtbot, dialog)
    assert dialog.error_label.text() == "The package is larger than 64 MB; nothing was imported."
    assert dialog.verdict_label.text() == "This file cannot be verified."
    assert not dialog.import_button.isEnabled()


def test_a_missing_file_is_one_sentence(qtbot, as_pieter: PageHarness, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _verify_dialog(qtbot, as_pieter, tmp_path / "gone.asice")
    _wait_report(qtbot, dialog)
    assert dialog.error_label.text() == "gone.asice is not a file that can be read."


def test_an_encrypted_answer_is_opened_with_the_agency_key_then_verified_and_imported(  # type: ignore[no-untyped-def]
    qtbot, as_pieter: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    ours = exchange.pki.agency_encryption["BE-FEDPOL-CGI"]
    signed = _answer(exchange, tmp_path).read_bytes()
    path = tmp_path / "answer.asice.p7m"
    path.write_bytes(encrypt_for(signed, [load(ours).certificate]))
    dialog = _verify_dialog(qtbot, as_pieter, path, choose_key=lambda _parent: ours.p12_path)
    qtbot.waitUntil(lambda: dialog.key_box.isVisible(), timeout=WAIT)
    assert dialog.verdict_label.text().startswith("This package is encrypted")
    assert not dialog.decrypt_button.isEnabled() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.key_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.decrypt_button.isEnabled(), timeout=WAIT)
    assert dialog.key_path_label.text() == ours.p12_path.name

    qtbot.keyClicks(dialog.key_password_edit, "wrong password")
    qtbot.mouseClick(dialog.decrypt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=WAIT)
    assert dialog.error_label.text().startswith("The decryption key: ")
    assert dialog.report is None

    dialog.key_password_edit.setText(ours.password)
    qtbot.mouseClick(dialog.decrypt_button, Qt.MouseButton.LeftButton)
    _wait_report(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.report.indication == PASSED
    with qtbot.waitSignal(dialog.sig_imported, timeout=WAIT) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].outcome == "answered"
    # Used for the last time: the key's bytes, its password and the package go at once.
    assert dialog.key_password_edit.text() == ""
    assert dialog._key is None and dialog._data is None
    assert dialog.key_path_label.text() == "" and not dialog.decrypt_button.isEnabled()


def test_a_partner_request_is_filed_as_received(  # type: ignore[no-untyped-def]
    qtbot, as_pieter: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    document = partner_document(kind="request", reference="NL-LIM-2026-0107")
    path = tmp_path / "request.asice"
    path.write_bytes(partner_package(document, [load(identity(exchange.pki, "Joris de Vries"))]))
    dialog = _verify_dialog(qtbot, as_pieter, path)
    _wait_report(qtbot, dialog)
    assert dialog.fields["kind"].text() == "A request to us"
    assert not dialog.fields["in_reply_to"].isVisible()
    with qtbot.waitSignal(dialog.sig_changed, timeout=WAIT) as changed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].requests
    assert dialog.result.outcome == "created"
    view = as_pieter.call(lambda svc: svc.requests.show(dialog.result.request_reference))
    assert (view.direction, view.status) == ("incoming", "received")


# --- the ways in: drop, Import package…, lock ----------------------------------------------------


def _drag(widget: QWidget, path: Path) -> tuple[QDragEnterEvent, QDropEvent]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        QEvent.Type.Drop,
    )  # fmt: skip
    enter.mime = mime  # type: ignore[attr-defined] # keep the data alive as long as the events
    return enter, drop


@pytest.fixture
def window(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """A window with a line edit in it (which on its own would take a dropped file as text)."""
    top = QWidget()
    top.setWindowTitle("test window")
    edit = QLineEdit(top)
    edit.setObjectName("edit")
    QVBoxLayout(top).addWidget(edit)
    qtbot.addWidget(top)
    top.show()
    return top


def test_dropping_a_package_anywhere_on_the_window_opens_the_verify_dialog(  # type: ignore[no-untyped-def]
    qtbot, window: QWidget, as_pieter: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    path = _answer(exchange, tmp_path)
    opened: list[VerifyDialog] = []
    install_drop_target(
        window, lambda dropped: opened.append(open_verify_dialog(window, as_pieter.services, dropped))
    )
    edit = window.findChild(QLineEdit, "edit")
    enter, drop = _drag(edit, path)
    enter.setAccepted(False)
    drop.setAccepted(False)
    QApplication.sendEvent(edit, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(edit, drop)
    assert drop.isAccepted()
    assert edit.text() == "", "the line edit did not take the file's path as text"
    [dialog] = opened
    assert dialog.path == path and dialog.parent() is window
    _wait_report(qtbot, dialog)
    assert dialog.report.indication == PASSED

    # Anything else is left alone.
    other = tmp_path / "notes.txt"
    other.write_text("not a package")
    enter, drop = _drag(window, other)
    enter.setAccepted(False)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    QApplication.sendEvent(window, drop)
    assert len(opened) == 1

    # On lock the window closes every exchange dialog.
    close_exchange_dialogs(window)
    assert not dialog.isVisible()
    assert dialog._data is None, "the package's bytes are dropped with the dialog"


def test_a_drop_on_another_window_is_not_ours(qtbot, window: QWidget, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opened: list[Path] = []
    install_drop_target(window, opened.append)
    elsewhere = QWidget()
    elsewhere.setAcceptDrops(True)
    qtbot.addWidget(elsewhere)
    path = tmp_path / "a.asice"
    path.write_bytes(b"x")
    enter, drop = _drag(elsewhere, path)
    enter.setAccepted(False)
    QApplication.sendEvent(elsewhere, enter)
    QApplication.sendEvent(elsewhere, drop)
    assert opened == []
    enter, drop = _drag(window, path.with_suffix(".P7M"))
    QApplication.sendEvent(window, enter)
    QApplication.sendEvent(window, drop)
    assert opened == [path.with_suffix(".P7M")], "suffixes are matched whatever their case"


class _OwnDrops(QListWidget):
    """A list that takes dropped files itself, like the Cases page's attachments."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setProperty("casedeskOwnDrops", True)
        self.dropped: list[Path] = []

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.dropped += [Path(url.toLocalFile()) for url in event.mimeData().urls()]
        event.acceptProposedAction()


def test_a_widget_that_takes_its_own_drops_keeps_packages_dropped_on_it(  # type: ignore[no-untyped-def]
    qtbot, window: QWidget, tmp_path: Path
) -> None:
    from desktop.ui.exchange.drop import OWN_DROPS_PROPERTY

    assert OWN_DROPS_PROPERTY == "casedeskOwnDrops"
    opened: list[Path] = []
    install_drop_target(window, opened.append)
    attachments = _OwnDrops(window)
    window.layout().addWidget(attachments)
    path = tmp_path / "answer.asice"
    path.write_bytes(b"x")
    target = attachments.viewport()  # where a drag over a list really arrives: inside the widget
    enter, drop = _drag(target, path)
    enter.setAccepted(False)
    QApplication.sendEvent(target, enter)
    QApplication.sendEvent(target, drop)
    assert opened == [] and attachments.dropped == [path], "attached, not verified"
    # Elsewhere on the same window a package still opens the verify dialog.
    edit = window.findChild(QLineEdit, "edit")
    enter, drop = _drag(edit, path)
    QApplication.sendEvent(edit, enter)
    QApplication.sendEvent(edit, drop)
    assert opened == [path]


def test_import_package_action_chooses_a_file_and_opens_the_same_dialog(  # type: ignore[no-untyped-def]
    qtbot, window: QWidget, as_pieter: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    path = _answer(exchange, tmp_path)
    opened: list[VerifyDialog] = []
    action = import_package_action(
        window,
        lambda chosen: opened.append(open_verify_dialog(window, as_pieter.services, chosen)),
        choose_file=lambda _parent: path,
    )
    assert action.text() == "&Import package…" and action.shortcut().toString() == "Ctrl+Shift+I"
    action.trigger()
    [dialog] = opened
    _wait_report(qtbot, dialog)
    assert dialog.report.indication == PASSED
    cancelled = import_package_action(window, opened.append, choose_file=lambda _parent: None)
    cancelled.trigger()
    assert len(opened) == 1


def test_a_password_remembered_in_the_keyring_is_offered_and_used(  # type: ignore[no-untyped-def]
    qtbot, as_claire: PageHarness, exchange: Exchange, tmp_path: Path
) -> None:
    from desktop.services.credentials import _password_account
    from desktop.vault import KeyringUnavailable
    from desktop.vault import device as device_keyring

    claire = identity(exchange.pki, CLAIRE)
    try:
        as_claire.call(
            lambda svc: svc.credentials.import_pkcs12(
                claire.p12_path.read_bytes(), claire.password, remember_password=True
            )
        )
    except KeyringUnavailable:
        pytest.skip("no secure keyring in this session")
    file_id, uid = as_claire.call(lambda svc: (svc.case_file.vault.file_id, svc.case_file.actor.uid))
    try:
        reference = exchange.refs["info"]
        destination = tmp_path / f"{reference}.asice.p7m"
        dialog = _export_dialog(qtbot, as_claire, reference, destination)
        assert dialog.remembered_box.isVisible() and dialog.remembered_box.isChecked()
        assert not dialog.password_edit.isEnabled()
        dialog.destination_edit.setText(str(destination))
        assert dialog.export_button.isEnabled(), "no password to type"
        with qtbot.waitSignal(dialog.sig_exported, timeout=WAIT):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert destination.exists()
    finally:
        device_keyring.secure_backend().delete_password(
            device_keyring.SERVICE, _password_account(file_id, uid)
        )
