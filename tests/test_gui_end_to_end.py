"""One working day through the real main window, from an empty folder to a partner's answer.

Create a case file on the welcome screen (a supervisor and a duty officer, production key
derivation) → as the supervisor, import her signing certificate and pin the Belgian and Dutch
CAs → as the duty officer, open a pursuit case with two timeline events, file an equipment-loan
request for it and submit it → as the supervisor, approve it and sign the package in the dialog
that follows → verify that package by dropping it on the window → drop the Dutch partner's
signed answer on the window, verify and import it → the request is answered.

Every step is a click or keystroke on the window's own widgets; file choosers are the only
things replaced (by the paths a person would pick). The PKI is the session's real test PKI, and
OpenSSL checks the exported signature as a partner would.
"""

from __future__ import annotations

import subprocess
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.exchange.verify import PASSED
from desktop.models.enums import CaseKind, EventKind, RequestKind
from desktop.ui.app import MainWindow
from desktop.ui.cases.dialogs import EventDialog, NewCaseDialog
from desktop.ui.exchange import ExportDialog, VerifyDialog
from desktop.ui.settings.registry import SettingsStore
from tests.gui_helpers import WAIT
from tests.packages_fixtures import partner_document, partner_package
from tests.pki_fixtures import identity, load, session_test_pki

CLAIRE, CLAIRE_SECRET = "Claire Dubois", "claire's long passphrase 1"
PIETER, PIETER_SECRET = "Pieter Janssens", "pieter's long passphrase 2"
OWN, PARTNER = "BE-FEDPOL-CGI", "NL-POLITIE-LIMBURG"
LONG = 60_000  # ms: steps that derive a production-cost key (two members at creation)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return session_test_pki(tmp_path_factory)


def _dialog(kind: type) -> object | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)


def _unlock(qtbot, win: MainWindow, member: str, secret: str) -> None:  # type: ignore[no-untyped-def]
    unlock = win.unlock_widget
    assert unlock is not None
    qtbot.waitUntil(lambda: unlock.member.findText(member) >= 0, timeout=WAIT)
    unlock.member.setCurrentText(member)
    unlock.passphrase.clear()
    qtbot.keyClicks(unlock.passphrase, secret)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win._stack.currentWidget() is win.overview_widget, timeout=LONG)


def _drop(win: MainWindow, path: Path) -> None:
    """A file dragged from the desktop and dropped on the window's request list."""
    target = win.requests_page.view.viewport() if win.requests_page.isVisible() else win.centralWidget()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the window refused a package"
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        QEvent.Type.Drop,
    )  # fmt: skip
    QApplication.sendEvent(target, drop)


def _verified(qtbot) -> VerifyDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: _dialog(VerifyDialog) is not None, timeout=WAIT)
    dialog = _dialog(VerifyDialog)
    assert isinstance(dialog, VerifyDialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    return dialog


def test_a_new_case_file_from_creation_to_a_partners_imported_answer(qtbot, tmp_path: Path, pki) -> None:  # type: ignore[no-untyped-def]
    store = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings=store)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()

    # 1. Create the case file on the welcome screen.
    welcome = win.welcome_widget
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    create = welcome.create_dialog
    assert create is not None
    create.folder.setText(str(tmp_path))
    qtbot.keyClicks(create.file_name, "limburg-2026")
    create.agency.setCurrentIndex(create.agency.findData(OWN))
    qtbot.mouseClick(create.next_button, Qt.MouseButton.LeftButton)
    members = create.members_page
    qtbot.keyClicks(members.name, CLAIRE)
    members.role.setCurrentIndex(members.role.findData("supervisor"))
    qtbot.keyClicks(members.passphrase.first, CLAIRE_SECRET)
    qtbot.keyClicks(members.passphrase.second, CLAIRE_SECRET)
    qtbot.keyClicks(members.other_name, PIETER)
    members.other_role.setCurrentIndex(members.other_role.findData("duty_officer"))
    qtbot.keyClicks(members.other_passphrase.first, PIETER_SECRET)
    qtbot.keyClicks(members.other_passphrase.second, PIETER_SECRET)
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(create.next_button, Qt.MouseButton.LeftButton)  # to the escrow step
    qtbot.mouseClick(create.next_button, Qt.MouseButton.LeftButton)  # Create (no escrow)
    qtbot.waitUntil(lambda: bool(create.code_panel.code_label.text()), timeout=LONG)
    qtbot.mouseClick(create.code_panel.stored, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(create.finish_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "limburg-2026.casedesk"
    qtbot.waitUntil(lambda: win._stack.currentWidget() is win.unlock_widget, timeout=WAIT)
    assert win.unlock_widget is not None and win.unlock_widget.path == path

    # 2. The supervisor brings her signing certificate and pins the two countries' CAs.
    _unlock(qtbot, win, CLAIRE, CLAIRE_SECRET)
    win.show_page("Agencies and trust")
    agencies = win.agencies_page
    claire = identity(pki, CLAIRE)
    agencies.tabs.setCurrentWidget(agencies.credentials)
    agencies.choose_pkcs12_file = lambda *_args: str(claire.p12_path)
    qtbot.waitUntil(agencies.credentials.import_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(agencies.credentials.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: agencies.pkcs12_dialog is not None, timeout=WAIT)
    pkcs12 = agencies.pkcs12_dialog
    assert pkcs12 is not None
    qtbot.keyClicks(pkcs12.password_edit, claire.password)
    qtbot.mouseClick(pkcs12.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: agencies.credentials.table.rowCount() == 1, timeout=WAIT)
    agencies.tabs.setCurrentIndex(0)
    for agency, country in ((OWN, "BE"), (PARTNER, "NL")):
        qtbot.waitUntil(lambda a=agency: agencies.partners.select_agency(a), timeout=WAIT)
        agencies.choose_certificate_file = lambda *_args, c=country: str(pki.ca_paths[c])
        qtbot.mouseClick(agencies.partners.pin_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: agencies.pin_dialog is not None, timeout=WAIT)
        pin = agencies.pin_dialog
        qtbot.mouseClick(pin.compared_check, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(pin.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: agencies.partners.certificates_table.rowCount() == 1, timeout=WAIT)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win._stack.currentWidget() is win.unlock_widget

    # 3. The duty officer opens a pursuit case and puts the crossing on its timeline.
    _unlock(qtbot, win, PIETER, PIETER_SECRET)
    win.show_page("Cases")
    cases = win.cases_page
    qtbot.waitUntil(lambda: cases.new_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(cases.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(cases.actions.dialog, NewCaseDialog), timeout=WAIT)
    new_case = cases.actions.dialog
    new_case.set_kind(CaseKind.PURSUIT)
    qtbot.keyClicks(new_case.title_edit, "Pursuit of a grey Audi into Limburg")
    new_case.partner.setCurrentText(PARTNER)
    qtbot.keyClicks(new_case.details_form().inputs["offence"], "Armed robbery")
    new_case.ok_button.click()
    qtbot.waitUntil(lambda: cases.is_showing_case() and cases.detail.view is not None, timeout=WAIT)
    case_reference = cases.detail.view.reference
    crossing = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    for button, when in (
        (cases.detail.notified_button, crossing - timedelta(minutes=5)),
        (cases.detail.crossed_button, crossing),
    ):
        button.click()
        qtbot.waitUntil(lambda: isinstance(cases.actions.dialog, EventDialog), timeout=WAIT)
        event = cases.actions.dialog
        event.zone.setCurrentIndex(event.zone.findData("Europe/Brussels"))
        event.set_wall_clock(when)
        event.ok_button.click()
        qtbot.waitUntil(lambda: cases.actions.dialog is None, timeout=WAIT)
    qtbot.waitUntil(lambda: len(cases.detail.view.timeline) == 2, timeout=WAIT)
    assert [e.kind for e in cases.detail.view.timeline] == [EventKind.HOST_NOTIFIED, EventKind.BORDER_CROSSED]
    assert cases.detail.timeline.item(0, 0).text().endswith("(Europe/Brussels)")

    # 4. An equipment-loan request for the case, filed and submitted.
    win.show_page("Requests")
    requests = win.requests_page
    form = requests.new_request()
    assert form is not None
    start = datetime.now().astimezone().replace(second=0, microsecond=0) + timedelta(days=1)
    form.set_kind(RequestKind.EQUIPMENT_LOAN)
    qtbot.waitUntil(lambda: form.set_partner(PARTNER), timeout=WAIT)  # once the agencies arrived
    from tests.test_gui_new_request import fill, to_qdatetime  # the form's own test helpers

    form.events.set_moment(start)
    qtbot.waitUntil(lambda: "benelux-2018:equipment-loan" in form.offered_bases(), timeout=WAIT)
    assert form.set_basis("benelux-2018:equipment-loan")
    qtbot.keyClicks(form.title_edit, "Two thermal cameras for the Limburg pursuit")
    fill(qtbot, form, {"purpose": "Night observation after the pursuit"})
    kind, count, serials, _remove = form.loan.line_widgets(0)
    qtbot.keyClicks(kind, "Thermal camera")
    count.setValue(2)
    qtbot.keyClicks(serials, "TC-1, TC-2")
    form.loan.start_edit.setDateTime(to_qdatetime(start))
    form.loan.end_edit.setDateTime(to_qdatetime(start + timedelta(days=7)))
    form.case_combo.setCurrentText(case_reference)
    qtbot.waitUntil(form.ok_button.isEnabled, timeout=WAIT)
    with qtbot.waitSignal(form.sig_created, timeout=WAIT) as created:
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    reference = created.args[0]
    requests.show_reference(reference)
    detail = requests.detail
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.reference == reference, timeout=WAIT)
    assert detail.view.case_reference == case_reference
    qtbot.waitUntil(lambda: detail.buttons["submit"].isEnabled(), timeout=WAIT)
    qtbot.mouseClick(detail.buttons["submit"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.status == "submitted", timeout=WAIT)
    win.lock()

    # 5. The supervisor approves it and signs the package in the dialog that follows.
    _unlock(qtbot, win, CLAIRE, CLAIRE_SECRET)
    win.show_page("Approvals")
    approvals = win.approvals_page
    qtbot.waitUntil(lambda: approvals.table.rowCount() == 1, timeout=WAIT)
    approvals.table.selectRow(0)
    qtbot.waitUntil(approvals.approve_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(approvals.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _dialog(ExportDialog) is not None, timeout=WAIT)
    export = _dialog(ExportDialog)
    assert isinstance(export, ExportDialog)
    qtbot.waitUntil(lambda: export.context is not None, timeout=WAIT)
    package = tmp_path / "outgoing.asice"
    export.destination_edit.setText(str(package))
    qtbot.keyClicks(export.password_edit, claire.password)
    qtbot.waitUntil(export.export_button.isEnabled, timeout=WAIT)
    with qtbot.waitSignal(export.sig_exported, timeout=WAIT):
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert package.exists()
    export.close()
    # A partner with OpenSSL alone: the detached CAdES signature verifies against the BE root.
    with zipfile.ZipFile(package) as container:
        signature = container.read("META-INF/signature001.p7s")
        manifest = container.read("META-INF/ASiCManifest001.xml")
    (tmp_path / "sig.p7s").write_bytes(signature)
    (tmp_path / "manifest.xml").write_bytes(manifest)
    checked = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "sig.p7s"),
         "-content", str(tmp_path / "manifest.xml"), "-CAfile", str(pki.ca_paths["BE"]), "-out", "/dev/null"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr

    # 6. The package, dropped on the window, verifies green.
    win.show_page("Requests")
    _drop(win, package)
    ours = _verified(qtbot)
    assert ours.report.indication == PASSED
    ours.close()

    # 7. The Dutch partner's signed answer, dropped on the window, verified and imported.
    answer = tmp_path / "answer.asice"
    answer.write_bytes(
        partner_package(
            partner_document(in_reply_to=reference, sender=PARTNER, recipient=OWN),
            [load(identity(pki, "Joris de Vries"))],
        )
    )
    _drop(win, answer)
    theirs = _verified(qtbot)
    assert theirs.report.indication == PASSED
    assert theirs.import_button.isEnabled()
    with qtbot.waitSignal(theirs.sig_imported, timeout=WAIT) as imported:
        qtbot.mouseClick(theirs.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].outcome == "answered"
    theirs.close()
    requests.show_reference(reference)
    qtbot.waitUntil(
        lambda: (
            detail.view is not None
            and detail.view.reference == reference
            and detail.view.status == "answered"
        ),
        timeout=WAIT,
    )
    win.close()
