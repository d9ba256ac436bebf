"""The welcome screen and the create-case-file wizard, clicked through with pytest-qt.

Recent files live in a QSettings of the test's own (an INI file in tmp_path); file choosers are
replaced by functions returning tmp paths; key derivation runs at the minimum Argon2id cost.
Every file the wizard makes is then opened with the services, as the unlock screen would.
"""

from __future__ import annotations

import re
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit

from desktop.services.casefile import open_case_file
from desktop.services.facade import Services
from desktop.services.session_start import DEMO_PASSPHRASE
from desktop.ui.welcome import CreateCaseFileDialog, RecentFiles, WelcomeWidget
from desktop.ui.welcome.create import CODE, ESCROW, MEMBERS, WHERE
from desktop.ui.welcome.recent import RECENT_KEY
from desktop.ui.worker import DatabaseWorker
from desktop.vault import KdfParams, read_slot_infos
from tests.gui_helpers import WAIT

CODE_PATTERN = re.compile(r"^([0-9A-Z]{4}-){3}[0-9A-Z]{4}\n([0-9A-Z]{4}-){3}[0-9A-Z]{4}$")
CLAIRE = "claire's long passphrase"
PIETER = "pieter's long passphrase"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def worker(qtbot):  # type: ignore[no-untyped-def]
    database_worker = DatabaseWorker()
    yield database_worker
    database_worker.stop()


def _welcome(qtbot, worker, settings, tmp_path: Path, **options) -> WelcomeWidget:  # type: ignore[no-untyped-def]
    welcome = WelcomeWidget(
        worker,
        settings=settings,
        demo_path=tmp_path / "demo" / "demo.casedesk",
        kdf=KdfParams.minimum(),
        **options,
    )
    qtbot.addWidget(welcome)
    welcome.show()
    return welcome


def _rows(welcome: WelcomeWidget) -> list[str]:
    return [welcome.recent.item(i).text() for i in range(welcome.recent.count())]


# -- recent files --------------------------------------------------------------------------------


def test_recent_files_are_paths_only_newest_first_without_duplicates_and_capped(settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    recent = RecentFiles(settings)
    assert recent.paths() == []
    for index in range(12):
        recent.add(tmp_path / f"f{index}.casedesk")
    recent.add(tmp_path / "f5.casedesk")  # opened again: moves to the top, listed once
    paths = recent.paths()
    assert len(paths) == 10
    assert paths[:3] == [tmp_path / "f5.casedesk", tmp_path / "f11.casedesk", tmp_path / "f10.casedesk"]
    assert paths.count(tmp_path / "f5.casedesk") == 1
    recent.remove(tmp_path / "f11.casedesk")
    assert tmp_path / "f11.casedesk" not in recent.paths()
    # The settings file holds one key, a list of paths, and nothing else.
    assert settings.allKeys() == [RECENT_KEY]
    assert all(isinstance(item, str) and item.endswith(".casedesk") for item in settings.value(RECENT_KEY))
    settings.setValue(RECENT_KEY, 42)  # whatever else a hand-edited file holds is ignored
    assert RecentFiles(settings).paths() == []


def test_welcome_lists_recent_files_greys_missing_ones_and_emits_sig_open(
    qtbot, worker, settings, tmp_case_factory, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    older, newer = tmp_case_factory("older"), tmp_case_factory("newer")
    gone = tmp_path / "gone.casedesk"
    recent = RecentFiles(settings)
    for path in (gone, older.path, newer.path):
        recent.add(path)
    welcome = _welcome(qtbot, worker, settings, tmp_path)
    assert welcome.findChild(type(welcome.error), "welcomeTitle").text() == "Benelux Case Desk"
    assert _rows(welcome) == [str(newer.path), str(older.path), f"{gone} — not found"]
    assert not welcome.empty.isVisibleTo(welcome)
    missing = welcome.recent.item(2)
    assert missing.foreground().color() != welcome.recent.item(0).foreground().color()

    # A missing file cannot be opened, only removed.
    welcome.recent.setCurrentRow(2)
    assert not welcome.open_recent_button.isEnabled() and welcome.remove_button.isEnabled()
    welcome.open_selected()
    assert "gone.casedesk was not found" in welcome.error.text()
    qtbot.mouseClick(welcome.remove_button, Qt.MouseButton.LeftButton)
    assert _rows(welcome) == [str(newer.path), str(older.path)]
    assert gone not in RecentFiles(settings).paths()

    # Activating (double-click or Enter) an existing one asks to unlock it and moves it to the top.
    welcome.recent.setCurrentRow(1)
    with qtbot.waitSignal(welcome.sig_open, timeout=WAIT) as opened:
        qtbot.keyClick(welcome.recent, Qt.Key.Key_Return)
    assert opened.args == [older.path]
    assert RecentFiles(settings).paths()[0] == older.path
    assert welcome.error.text() == ""


def test_an_empty_recent_list_says_what_to_do(qtbot, worker, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    welcome = _welcome(qtbot, worker, settings, tmp_path)
    assert welcome.empty.isVisibleTo(welcome)
    assert welcome.empty.text() == "No recent case files — create one, open one, or try the demo."
    assert not welcome.remove_button.isEnabled() and not welcome.open_recent_button.isEnabled()


def test_open_uses_the_chooser_and_refuses_what_is_not_a_case_file(
    qtbot, worker, settings, tmp_case, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    answers: list[Path | None] = [None, tmp_path, tmp_path / "absent.casedesk", tmp_case.path]
    welcome = _welcome(qtbot, worker, settings, tmp_path, choose_case_file=lambda _parent: answers.pop(0))
    with qtbot.assertNotEmitted(welcome.sig_open):
        qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)  # cancelled
        assert welcome.error.text() == ""
        qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
        assert welcome.error.text() == "Choose a case-file folder: its name ends in .casedesk."
        qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
        assert welcome.error.text() == f"There is no case file at {tmp_path / 'absent.casedesk'}."
    with qtbot.waitSignal(welcome.sig_open, timeout=WAIT) as opened:
        qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [tmp_case.path]
    assert _rows(welcome) == [str(tmp_case.path)]


def test_open_the_demo_makes_it_off_the_gui_thread_once_then_reuses_it(
    qtbot, worker, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    welcome = _welcome(qtbot, worker, settings, tmp_path)
    demo = welcome.demo_path
    with qtbot.waitSignal(welcome.sig_open_demo, timeout=60_000) as ready:
        qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
        assert welcome.busy.isVisibleTo(welcome)
        assert not welcome.demo_button.isEnabled() and not welcome.create_button.isEnabled()
        assert welcome.status.text().startswith("Making the demo case file")
    assert ready.args == [demo]
    assert not welcome.busy.isVisibleTo(welcome) and welcome.demo_button.isEnabled()
    case_file = open_case_file(demo, DEMO_PASSPHRASE, member="Claire Dubois")
    try:
        assert Services(case_file).requests.count() > 0
    finally:
        case_file.close()
    made = (demo / "case.db").stat().st_mtime_ns
    with qtbot.waitSignal(welcome.sig_open_demo, timeout=WAIT) as again:
        qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert again.args == [demo]
    assert (demo / "case.db").stat().st_mtime_ns == made
    assert _rows(welcome) == [str(demo)]


# -- the create wizard ---------------------------------------------------------------------------


def _dialog(qtbot, worker, tmp_path: Path, **options) -> CreateCaseFileDialog:  # type: ignore[no-untyped-def]
    dialog = CreateCaseFileDialog(worker, kdf=KdfParams.minimum(), folder=tmp_path, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill_where(qtbot, dialog: CreateCaseFileDialog, name: str, agency: str = "BE-FEDPOL") -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.file_name, name)
    dialog.agency.setCurrentIndex(dialog.agency.findData(agency))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


def _fill_first_member(qtbot, dialog: CreateCaseFileDialog, role: str = "supervisor") -> None:  # type: ignore[no-untyped-def]
    page = dialog.members_page
    qtbot.keyClicks(page.name, "Claire")
    page.role.setCurrentIndex(page.role.findData(role))
    qtbot.keyClicks(page.passphrase.first, CLAIRE)
    qtbot.keyClicks(page.passphrase.second, CLAIRE)


def _add_pieter(qtbot, dialog: CreateCaseFileDialog) -> None:  # type: ignore[no-untyped-def]
    page = dialog.members_page
    qtbot.keyClicks(page.other_name, "Pieter")
    page.other_role.setCurrentIndex(page.other_role.findData("duty_officer"))
    qtbot.keyClicks(page.other_passphrase.first, PIETER)
    qtbot.keyClicks(page.other_passphrase.second, PIETER)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)


def test_create_a_case_file_through_the_welcome_screen(qtbot, worker, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    welcome = _welcome(qtbot, worker, settings, tmp_path)
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = welcome.create_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.folder.setText(str(tmp_path))
    _fill_where(qtbot, dialog, "pursuits-2026")
    assert dialog.pages.currentIndex() == MEMBERS
    _fill_first_member(qtbot, dialog)
    assert dialog.members_page.passphrase.hint.text() == "Strong."
    _add_pieter(qtbot, dialog)
    assert [dialog.members_page.others.item(i).text() for i in range(dialog.members_page.others.count())] == [
        "Pieter (Duty officer)"
    ]
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == ESCROW and dialog.next_button.text() == "&Create"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisibleTo(dialog) and not dialog.cancel_button.isVisibleTo(dialog)
    dialog.reject()  # Escape while the file is being made does nothing
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == CODE, timeout=WAIT)

    panel = dialog.code_panel
    shown = panel.code_label.text()
    assert CODE_PATTERN.match(shown), shown
    assert panel.code_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert panel.code_label.font().pointSize() == 20  # large, in the system's monospace font
    assert not dialog.finish_button.isEnabled()
    dialog.reject()  # closing without confirming would lose the code: refused
    assert dialog.isVisible()
    qtbot.mouseClick(panel.stored, Qt.MouseButton.LeftButton)
    assert dialog.finish_button.isEnabled()
    path = tmp_path / "pursuits-2026.casedesk"
    with qtbot.waitSignal(welcome.sig_open, timeout=WAIT) as opened:
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert opened.args == [path]
    assert panel.code_label.text() == "" and panel._code == ""
    assert dialog.members_page.passphrase.value() == ""
    assert RecentFiles(settings).paths()[0] == path

    # The file opens with the services: both members, the own agency, and the code shown once.
    case_file = open_case_file(path, CLAIRE, member="Claire")
    try:
        members = {m.name: (m.role, m.agency_code) for m in Services(case_file).members.list()}
    finally:
        case_file.close()
    assert members == {"Claire": ("supervisor", "BE-FEDPOL"), "Pieter": ("duty_officer", "BE-FEDPOL")}
    open_case_file(path, PIETER, member="Pieter").close()
    open_case_file(path, shown.replace("\n", "-"), kind="recovery").close()


def test_the_wizard_refuses_bad_input_with_a_sentence_and_writes_nothing(qtbot, worker, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "taken.casedesk").mkdir()
    dialog = _dialog(qtbot, worker, tmp_path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Give the case file a name."
    _fill_where(qtbot, dialog, "taken")
    assert dialog.error.text() == "taken.casedesk already exists; choose another name."
    assert dialog.pages.currentIndex() == WHERE
    dialog.file_name.setText("fresh")
    assert dialog.preview.text() == f"The case file will be {tmp_path / 'fresh.casedesk'}"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == MEMBERS

    page = dialog.members_page
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == "Type your name: you are the case file's first member."
    qtbot.keyClicks(page.name, "Claire")
    qtbot.keyClicks(page.passphrase.first, "short")
    assert page.passphrase.hint.text() == "Too short: at least 8 characters."
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert page.passphrase.error.text() == "A passphrase needs at least 8 characters."
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase.first, CLAIRE)
    qtbot.keyClicks(page.passphrase.second, CLAIRE + "x")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert page.passphrase.error.text() == "The two passphrases differ; type the same one twice."
    page.passphrase.second.clear()
    qtbot.keyClicks(page.passphrase.second, CLAIRE)
    page.role.setCurrentIndex(page.role.findData("investigator"))
    _add_pieter(qtbot, dialog)
    qtbot.keyClicks(page.other_name, "Claire")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == "There is already a member named Claire."
    page.other_name.clear()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert page.error.text().startswith("Only an administrator or a supervisor can add the other members")
    page.others.setCurrentRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == ESCROW
    qtbot.keyClicks(dialog.certificate, str(tmp_path / "absent.pem"))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == f"There is no certificate file at {tmp_path / 'absent.pem'}."
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == MEMBERS
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.casedesk"]


def _certificate(tmp_path: Path, key) -> Path:  # type: ignore[no-untyped-def]
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Agency escrow")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / "escrow.pem"
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path


def _create_with_certificate(qtbot, worker, tmp_path: Path, certificate: Path) -> CreateCaseFileDialog:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, worker, tmp_path, choose_certificate=lambda _parent: certificate)
    _fill_where(qtbot, dialog, "escrowed")
    _fill_first_member(qtbot, dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.certificate_button, Qt.MouseButton.LeftButton)
    assert dialog.certificate.text() == str(certificate)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() in (CODE, ESCROW) and not dialog.busy.isVisibleTo(dialog),
        timeout=WAIT,
    )
    return dialog


def test_an_escrow_certificate_gets_its_slot(qtbot, worker, tmp_path) -> None:  # type: ignore[no-untyped-def]
    certificate = _certificate(tmp_path, rsa.generate_private_key(public_exponent=65537, key_size=2048))
    dialog = _create_with_certificate(qtbot, worker, tmp_path, certificate)
    assert dialog.pages.currentIndex() == CODE, dialog.error.text()
    kinds = sorted(slot.kind for slot in read_slot_infos(tmp_path / "escrowed.casedesk"))
    assert kinds == ["escrow", "member", "recovery"]


def test_a_certificate_that_cannot_be_an_escrow_is_refused_before_anything_is_written(
    qtbot, worker, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    certificate = _certificate(tmp_path, ec.generate_private_key(ec.SECP256R1()))
    dialog = _create_with_certificate(qtbot, worker, tmp_path, certificate)
    assert dialog.pages.currentIndex() == ESCROW
    assert dialog.error.text() == "An escrow certificate must hold an RSA key of at least 2048 bits."
    assert not (tmp_path / "escrowed.casedesk").exists()
    certificate.write_text("not a certificate")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.error.text() == "escrow.pem is not a readable X.509 certificate.", timeout=WAIT
    )
    assert not (tmp_path / "escrowed.casedesk").exists()


def test_the_recovery_code_can_be_saved_and_printed_by_choice_only(qtbot, worker, tmp_path) -> None:  # type: ignore[no-untyped-def]
    saved = tmp_path / "kept" / "code.txt"
    saved.parent.mkdir()
    missing = tmp_path / "gone" / "code.txt"
    targets = [saved, saved, missing]
    dialog = _dialog(qtbot, worker, tmp_path, choose_save_path=lambda _parent: targets.pop(0))
    _fill_where(qtbot, dialog, "printed")
    _fill_first_member(qtbot, dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == CODE, timeout=WAIT)
    panel = dialog.code_panel
    code = panel.code_label.text().replace("\n", "-")
    assert not saved.exists()  # nothing leaves the screen unless asked

    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert code in saved.read_text(encoding="utf-8")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert panel.status.text() == f"Saved to {saved}. Move it somewhere safe, offline."
    # Saved again over a file that became world-readable: replaced, owner-only again.
    saved.chmod(0o644)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600 and code in saved.read_text(encoding="utf-8")
    assert [p.name for p in saved.parent.iterdir()] == ["code.txt"]  # no temporary file left
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.error.text() == (
        f"The recovery code could not be saved to {missing} (No such file or directory)."
    )
    assert not missing.parent.exists()
    warning = panel.findChild(type(panel.status), "saveWarning")
    assert "never next to the case file" in warning.text()

    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    print_dialog = panel.print_dialog
    assert print_dialog is not None and print_dialog.isVisible()
    # No printer here, and no file name: printing fails with a sentence, the code stays shown.
    print_dialog.findChild(QLineEdit, "filename").setText("")
    print_dialog.accept()
    assert panel.error.text() == "The recovery code could not be printed; write it down instead."
    assert panel.code_label.text() != ""
    # The person prints to a file of their choice in the print dialog.
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    print_dialog = panel.print_dialog
    printed = tmp_path / "kept" / "printed.pdf"
    print_dialog.findChild(QLineEdit, "filename").setText(str(printed))
    print_dialog.accept()
    assert panel.error.text() == ""
    assert panel.status.text() == "The recovery code was sent to the printer."
    assert printed.read_bytes().startswith(b"%PDF")
    assert code.replace("-", "") in panel.document().toPlainText().replace("-", "").replace("\n", "")

    qtbot.mouseClick(panel.stored, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.sig_created, timeout=WAIT):
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert panel.code_label.text() == "" and panel.print_dialog is None


def test_passphrase_fields_say_whose_they_are_and_hide_again_once_used(qtbot, worker, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, worker, tmp_path)
    _fill_where(qtbot, dialog, "reveal")
    page = dialog.members_page
    # Whole sentences for a screen reader, not "New passphrase for" + a fragment.
    assert page.passphrase.first.accessibleName() == "Your passphrase"
    assert page.passphrase.second.accessibleName() == "Repeat your passphrase"
    assert page.other_passphrase.first.accessibleName() == "Passphrase of the other member"
    assert page.other_passphrase.second.accessibleName() == "Repeat the other member's passphrase"
    _fill_first_member(qtbot, dialog)
    pair = page.passphrase
    assert pair.first.echoMode() == QLineEdit.EchoMode.Password
    button = pair.reveal_first.button()
    assert button is not None and button.accessibleName() == "Show the passphrase"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert pair.first.echoMode() == QLineEdit.EchoMode.Normal and pair.first.text() == CLAIRE
    assert pair.reveal_second.button().accessibleName() == "Show the repeated passphrase"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == ESCROW
    assert pair.first.echoMode() == QLineEdit.EchoMode.Password  # used: hidden again
    assert button.accessibleName() == "Show the passphrase"


@pytest.mark.parametrize(("code", "name"), [("en", "Federal Police"), ("fr", "Police fédérale")])
def test_the_wizard_names_the_agencies_in_the_interface_language(qtbot, worker, tmp_path, code, name) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    try:
        assert switcher.install(code)
        dialog = _dialog(qtbot, worker, tmp_path)
        text = dialog.agency.itemText(dialog.agency.findData("BE-FEDPOL"))
        assert name in text, text
    finally:
        switcher.install("en")
