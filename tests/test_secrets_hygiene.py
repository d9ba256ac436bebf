"""Secrets hygiene: a whole working day leaves no secret where nobody meant it to be.

While a full workflow runs — a new case file with its passphrases and recovery code, a member
added, a wrong passphrase and a wrong recovery code refused, a case with notes and an attachment,
a request filed, refused by the four-eyes rule, approved, signed with a PKCS#12 password (a wrong
one first) and exported, quick unlock through a real Secret Service when `./dev test` provides
one — everything that leaves the product by the side is captured:

* every log record of every logger (a handler on the root logger at DEBUG; SQLAlchemy's engine
  logger, which SQLAlchemy itself keeps at WARNING, is raised to INFO, so every SQL statement is
  logged as someone debugging would see it: the engine hides bound parameters),
* the text, repr and formatted traceback of every exception the product raised and the test
  caught (the refusals a person sees),
* the settings the window writes (an INI-file QSettings, as the other GUI tests use),
* every file created under the temporary directory (a private TMPDIR for the test),
* the process environment,
* and the decrypted database itself, for everything but the case content that belongs there,
* for the command line: its argv, stdout and stderr, and its TMPDIR.

None of them may hold a passphrase (also the mistyped ones), the recovery code, the data key (raw,
hex or base64), the device secret, a PKCS#12 password or a marker of the case's content, searched
as text and as UTF-8 / UTF-16-LE bytes. tests/test_plaintext_scan.py searches the case file's own
folder for the markers; this module covers everything around it.
"""

from __future__ import annotations

import base64
import io
import logging
import os
import subprocess
import sys
import tempfile
import traceback
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.models.enums import CaseKind, HandlingCode, RequestKind, Role
from desktop.services.casefile import CaseFile, create_case_file, open_case_file
from desktop.services.errors import InvalidInput, PermissionDenied
from desktop.services.facade import Services
from desktop.services.requests import NewRequest
from desktop.vault import KdfParams, WrongSecret
from tests.gui_helpers import WAIT
from tests.packages_fixtures import CLAIRE, NL, OWN, PASSPHRASES, PIETER, copy_case, open_services

SECRET_SERVICE = os.environ.get("CASEDESK_TEST_SECRET_SERVICE") == "1"


# -- what is secret, and where it must not be ----------------------------------------------------


@dataclass
class Secrets:
    """Named secrets; `texts` and `blobs` are the forms they are searched in."""

    items: list[tuple[str, str | bytes]] = field(default_factory=list)

    def add(self, what: str, value: str | bytes) -> None:
        assert value, f"{what} is empty: nothing to look for"
        self.items.append((what, value))

    def texts(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for what, value in self.items:
            if isinstance(value, bytes):
                found += [
                    (f"{what} (hex)", value.hex()),
                    (f"{what} (HEX)", value.hex().upper()),
                    (f"{what} (base64)", base64.b64encode(value).decode()),
                    (f"{what} (base64url)", base64.urlsafe_b64encode(value).decode().rstrip("=")),
                ]
            else:
                found += [(what, value), (f"{what} (lower-case)", value.lower())]
        return found

    def blobs(self) -> list[tuple[str, bytes]]:
        found = [(f"{what} (raw)", value) for what, value in self.items if isinstance(value, bytes)]
        for what, text in self.texts():
            found += [
                (f"{what} utf-8", text.encode("utf-8")),
                (f"{what} utf-16-le", text.encode("utf-16-le")),
            ]
        return found

    def in_text(self, where: str, text: str) -> list[str]:
        return [f"{what} in {where}" for what, needle in self.texts() if needle in text]

    def in_bytes(self, where: str, data: bytes) -> list[str]:
        return [f"{what} in {where}" for what, needle in self.blobs() if needle in data]

    def credentials(self) -> Secrets:
        """The secrets that open things (not case content, which belongs in the database)."""
        return Secrets([(w, v) for w, v in self.items if not w.startswith("case content")])

    def in_files(self, root: Path) -> list[str]:
        leaks = []
        for path in _files(root):
            leaks += self.in_bytes(str(path), path.read_bytes())
        return leaks

    def in_environment(self) -> list[str]:
        return self.in_text("os.environ", "\n".join(f"{k}={v}" for k, v in os.environ.items()))


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]


class _Records(logging.Handler):
    """Every record, formatted with its traceback, as a log file would hold it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@dataclass
class Capture:
    records: _Records
    temp: Path
    errors: list[str] = field(default_factory=list)

    def refused(self, kind: type[BaseException], action: Callable[[], object], match: str) -> None:
        """Run `action`, which must raise `kind` with `match` in its text; keep everything it says."""
        with pytest.raises(kind, match=match) as caught:
            action()
        error = caught.value
        self.errors += [str(error), repr(error), "".join(traceback.format_exception(error))]
        said = getattr(error, "said", None)
        if said is not None:
            self.errors.append(repr(said))

    @property
    def log(self) -> str:
        return "\n".join(self.records.lines)

    def leaks(self, secrets: Secrets) -> list[str]:
        return [
            *secrets.in_text("the log", self.log),
            *[leak for text in self.errors for leak in secrets.in_text("an exception", text)],
            *secrets.in_files(self.temp),
            *secrets.in_environment(),
        ]


@pytest.fixture
def capture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Capture]:
    """A private TMPDIR (tempfile, Qt and SQLCipher all honour it) and a DEBUG root handler."""
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    assert tempfile.gettempdir() == str(temp)
    records = _Records()
    root, engine = logging.getLogger(), logging.getLogger("sqlalchemy.engine")
    levels = root.level, engine.level
    root.addHandler(records)
    root.setLevel(logging.DEBUG)
    engine.setLevel(logging.INFO)
    try:
        yield Capture(records, temp)
    finally:
        root.removeHandler(records)
        root.setLevel(levels[0])
        engine.setLevel(levels[1])


def _database_bytes(case_file: CaseFile) -> bytes:
    """Every value of every table of the open database, decrypted (texts as UTF-8)."""
    connection = case_file.vault.raw_connection()
    tables = [n for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert {"member", "audit_entry", "signing_credential"} <= set(tables)
    values = [
        value if isinstance(value, bytes) else str(value).encode("utf-8")
        for table in tables
        for row in connection.execute(f'SELECT * FROM "{table}"')  # names from sqlite_master
        for value in row
    ]
    return b"\x00".join(values)


def _data_key(case_file: CaseFile) -> bytes:
    """The test reaches into the vault for the key it must never find anywhere else."""
    key = case_file.vault._data_key
    assert isinstance(key, bytes) and len(key) == 32
    return key


def test_the_search_finds_each_form_of_a_secret(tmp_path: Path) -> None:
    """Positive control: each form the checks below rely on is found."""
    secrets = Secrets()
    secrets.add("passphrase", "Control Passphrase 1")
    key = b"\xfb\xef\xbe" * 10 + b"\x01\x02"  # base64 "++++…", base64url "----…"
    secrets.add("key", key)
    assert secrets.in_text("t", "… control passphrase 1 …") == ["passphrase (lower-case) in t"]
    assert secrets.in_text("t", base64.b64encode(key).decode()) == ["key (base64) in t"]
    (tmp_path / "a").write_bytes(b"x" + "Control Passphrase 1".encode("utf-16-le"))
    (tmp_path / "b").write_bytes(key.hex().upper().encode())
    assert sorted(secrets.in_files(tmp_path)) == [
        f"key (HEX) utf-8 in {tmp_path / 'b'}",
        f"passphrase utf-16-le in {tmp_path / 'a'}",
    ]


# -- the services leg: a whole day, from a new case file to an exported package ------------------


def _new_case_file(directory: Path, token: str, capture: Capture, secrets: Secrets) -> tuple[Path, str, str]:
    creator, creator_secret = "Ines Maes", f"ines-{token}-lantern"
    member, member_secret = "Bram Peeters", f"bram-{token}-meadow"
    mistyped, wrong_code = f"ines-{token}-lanterm", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"
    secrets.add("creator's passphrase", creator_secret)
    secrets.add("member's passphrase", member_secret)
    secrets.add("a mistyped passphrase", mistyped)
    secrets.add("a wrong recovery code", wrong_code)
    path = directory / "new.casedesk"
    kdf = KdfParams.minimum()
    case_file, code = create_case_file(
        path, member_name=creator, role=Role.SUPERVISOR, passphrase=creator_secret, agency_code=OWN, kdf=kdf
    )
    secrets.add("recovery code", code)
    secrets.add("recovery code (as stored for derivation)", code.replace("-", ""))
    secrets.add("data key", _data_key(case_file))
    try:
        Services(case_file).members.add(member, Role.DUTY_OFFICER, member_secret, agency_code=OWN, kdf=kdf)
    finally:
        case_file.close()
    capture.refused(WrongSecret, lambda: open_case_file(path, mistyped, member=creator), "not correct for")
    capture.refused(WrongSecret, lambda: open_case_file(path, wrong_code, kind="recovery"), "not correct")
    capture.refused(WrongSecret, lambda: open_case_file(path, code[:-1], kind="recovery"), "32 letters")
    recovered = open_case_file(path, code, kind="recovery")
    recovered.close()
    case_file = open_case_file(path, creator_secret, member=creator)
    try:
        Services(case_file).members.remove(member)  # rotates the data key
        secrets.add("rotated data key", _data_key(case_file))
        if SECRET_SERVICE:
            _remember_this_device(case_file, secrets)
    finally:
        case_file.close()
    return path, creator, creator_secret


def _remember_this_device(case_file: CaseFile, secrets: Secrets) -> None:
    """Quick unlock through the real Secret Service of `./dev test` (never the passphrase)."""
    import keyring
    from keyring.backends import SecretService

    from desktop.services.session_start import remember_this_device, unlock_with_device
    from desktop.vault import device

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        assert remember_this_device(case_file, "remembered")[0] is True
        slot = next(s for s in case_file.vault.slots() if s.kind == "device")
        secret = device.load_device_secret(case_file.vault.file_id, slot.slot_id)
        assert secret is not None and len(secret) == 32
        secrets.add("device secret", secret)
        case_file.close()
        reopened = unlock_with_device(case_file.path, slot.slot_id)
        reopened.close()
        device.forget_device_secret(case_file.vault.file_id, slot.slot_id)
    finally:
        keyring.set_keyring(previous)


def _markers(token: str) -> dict[str, str]:
    names = ("case title", "case summary", "note", "attachment", "attachment name", "request title", "body")
    return {name: f"{name.title().replace(' ', '')}{token}" for name in names}


def test_a_whole_day_leaves_no_secret_in_logs_exceptions_temp_files_or_the_environment(
    qapp, tmp_path: Path, exchange, capture: Capture
) -> None:  # type: ignore[no-untyped-def]
    # `qapp`: the package's PDF needs a Qt application; a QApplication, so the GUI tests after this
    # one do not find a bare QGuiApplication made by the renderer.
    token = uuid.uuid4().hex[:12]
    secrets = Secrets()
    new_file = _new_case_file(tmp_path, token, capture, secrets)

    markers = _markers(token)
    for what, marker in markers.items():
        secrets.add(f"case content: {what}", marker)
    for member in (CLAIRE, PIETER):
        secrets.add(f"{member}'s passphrase", PASSPHRASES[member])
    secrets.add("Claire's PKCS#12 password", exchange.password(CLAIRE))
    secrets.add("a wrong PKCS#12 password", f"wrong-p12-{token}")
    path = copy_case(exchange, tmp_path, "day")
    with open_services(path, PIETER) as services:
        secrets.add("exchange data key", _data_key(services.case_file))
        case = services.cases.create(
            CaseKind.INFORMATION_EXCHANGE,
            markers["case title"],
            summary=markers["case summary"],
            partner_code=NL,
        )
        services.cases.add_note(case.reference, markers["note"])
        blob = b"\x00" * 64 + markers["attachment"].encode() + b"\x00" * 64
        attachment = services.cases.add_attachment(
            case.reference, markers["attachment name"] + ".txt", blob, "text/plain", HandlingCode.H1
        )
        request = services.requests.create(
            NewRequest(
                kind=RequestKind.INFORMATION_REQUEST,
                partner_code=NL,
                legal_basis="dir-2023-977:4",
                events_on=datetime.now(UTC) - timedelta(days=1),
                title=markers["request title"],
                body=markers["body"],
                form_values={"information_requested": "Keeper", "purpose": "Identify", "reasons": "Robbery"},
                case_reference=case.reference,
            )
        )
        services.requests.submit(request.reference)
        capture.refused(PermissionDenied, lambda: services.requests.approve(request.reference), "supervisor")
        assert services.cases.attachment_content(attachment)[1] == blob
    with open_services(path, CLAIRE) as services:
        services.requests.approve(request.reference)
        capture.refused(
            InvalidInput,
            lambda: services.packages.export(request.reference, password=f"wrong-p12-{token}"),
            "The PKCS#12 password is wrong",
        )
        result = services.packages.export(
            request.reference, password=exchange.password(CLAIRE), attachment_ids=(attachment,)
        )
    with zipfile.ZipFile(
        io.BytesIO(result.data)
    ) as package:  # the package is the product: it carries the case
        assert markers["body"] in package.read("request.json").decode()
    assert capture.records.lines, "the DEBUG handler saw nothing: the capture is not wired"
    assert any(
        line.startswith("sqlalchemy.engine.Engine INFO INSERT INTO note") for line in capture.records.lines
    )
    assert len(capture.errors) >= 4 * 3
    assert capture.leaks(secrets) == []
    # Nor inside the encrypted database itself: the audit log records who did what, not with what.
    new_path, creator, creator_secret = new_file
    credentials = secrets.credentials()
    for where, opened in (
        ("the new case file", open_case_file(new_path, creator_secret, member=creator)),
        ("the day's case file", open_case_file(path, PASSPHRASES[CLAIRE], member=CLAIRE)),
    ):
        try:
            data = _database_bytes(opened)
        finally:
            opened.close()
        assert credentials.in_bytes(where, data) == []
    assert markers["note"].encode() in data and markers["attachment"].encode() in data  # the dump is real


# -- the window: settings, the unlock screen, the log -------------------------------------------


def test_the_window_keeps_no_secret_in_its_settings_its_widgets_or_the_log(
    qtbot, tmp_path: Path, exchange, capture: Capture
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.app import MainWindow
    from desktop.ui.settings.registry import SettingsStore

    token = uuid.uuid4().hex[:12]
    secrets = Secrets()
    markers = _markers(token)
    for what, marker in markers.items():
        secrets.add(f"case content: {what}", marker)
    mistyped = PASSPHRASES[PIETER] + "x"
    for what, value in (("passphrase", PASSPHRASES[PIETER]), ("mistyped passphrase", mistyped)):
        secrets.add(what, value)
    path = copy_case(exchange, tmp_path, "window")
    with open_services(path, PIETER) as services:
        secrets.add("data key", _data_key(services.case_file))
        case = services.cases.create(CaseKind.PURSUIT, markers["case title"], summary=markers["case summary"])
        services.cases.add_note(case.reference, markers["note"])

    ini = tmp_path / "settings.ini"
    store = SettingsStore(QSettings(str(ini), QSettings.Format.IniFormat))
    win = MainWindow(path, settings=store)
    qtbot.addWidget(win)
    win.show()
    unlock = win.unlock_widget
    assert unlock is not None
    unlock.member.setCurrentText(PIETER)
    qtbot.keyClicks(unlock.passphrase, mistyped)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(unlock.error.text()), timeout=WAIT)
    assert unlock.error.text() == f"The passphrase is not correct for {PIETER}."
    assert unlock.passphrase.text() == ""  # the field let go of the secret when it was handed over
    unlock.remember.setChecked(SECRET_SERVICE)  # quick unlock where a real Secret Service is running
    qtbot.keyClicks(unlock.passphrase, PASSPHRASES[PIETER])
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win._stack.currentWidget() is win.overview_widget, timeout=WAIT)
    assert unlock.passphrase.text() == ""
    win.show_page("Cases")
    win.cases_page.open_case(case.reference)
    qtbot.waitUntil(
        lambda: (
            win.cases_page.detail.view is not None
            and win.cases_page.detail.view.title == markers["case title"]
        ),
        timeout=WAIT,
    )
    win.clipboard.copy(markers["note"])
    win.lock()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() != markers["note"]
    win.close()
    store.qsettings.sync()

    if SECRET_SERVICE:  # the device secret the keyring now holds must be nowhere else either
        assert unlock.remember_status.text() == "This device now remembers you: next time, use quick unlock."
        _forget_device_secrets(path, secrets)

    settings = {key: str(store.qsettings.value(key)) for key in store.qsettings.allKeys()}
    assert settings, "the window wrote no settings at all: the capture is not wired"
    assert str(path) in "\n".join(settings.values())  # the recent files: a path, not a secret
    leaks = [
        *secrets.in_text("QSettings", "\n".join(f"{k}={v}" for k, v in settings.items())),
        *secrets.in_bytes("the settings file", ini.read_bytes()),
        *secrets.in_text("the unlock screen", unlock.error.text() + unlock.remember_status.text()),
        *capture.leaks(secrets),
    ]
    assert leaks == []


def _forget_device_secrets(path: Path, secrets: Secrets) -> None:
    import json

    import keyring
    from keyring.backends import SecretService

    from desktop.services.session_start import quick_unlock_members
    from desktop.vault import device

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        remembered = quick_unlock_members(path)
        assert list(remembered) == [PIETER]
        file_id = json.loads((path / "keyslots.json").read_text())["file_id"]
        secret = device.load_device_secret(file_id, remembered[PIETER])
        assert secret is not None
        secrets.add("device secret", secret)
        device.forget_device_secret(file_id, remembered[PIETER])
    finally:
        keyring.set_keyring(previous)


# -- the command line ------------------------------------------------------------------------------


def _casedesk(argv: list[str], env: dict[str, str], secrets: Secrets) -> subprocess.CompletedProcess[str]:
    for what, needle in secrets.texts():
        assert all(needle not in arg for arg in argv), f"{what} on the command line"
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", *argv],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_the_command_line_takes_secrets_from_its_variables_and_never_prints_them(
    tmp_path: Path, exchange, capture: Capture
) -> None:  # type: ignore[no-untyped-def]
    secrets = Secrets()
    for member in (CLAIRE, PIETER):
        secrets.add(f"{member}'s passphrase", PASSPHRASES[member])
    secrets.add("a wrong passphrase", "pieter-wrong-passphrase-0")
    secrets.add("Claire's PKCS#12 password", exchange.password(CLAIRE))
    secrets.add("a wrong PKCS#12 password", "wrong-p12-password-0")
    path = copy_case(exchange, tmp_path, "cli")
    submitted = exchange.refs["submitted"]
    approved = exchange.refs["info"]
    base = {k: v for k, v in os.environ.items() if k not in ("CASEDESK_PASSPHRASE", "CASEDESK_P12_PASSWORD")}
    base |= {"PYTHONIOENCODING": "utf-8", "TMPDIR": str(capture.temp)}

    def run(argv: list[str], passphrase: str, p12: str | None = None) -> subprocess.CompletedProcess[str]:
        env = base | {"CASEDESK_PASSPHRASE": passphrase}
        if p12 is not None:
            env["CASEDESK_P12_PASSWORD"] = p12
        return _casedesk(argv, env, secrets)

    wrong = run(["request", "list", str(path), "--as", PIETER], "pieter-wrong-passphrase-0")
    assert (wrong.returncode, wrong.stderr) == (2, f"casedesk: The passphrase is not correct for {PIETER}.\n")
    own = run(["request", "approve", str(path), "--as", PIETER, submitted], PASSPHRASES[PIETER])
    assert own.returncode == 2 and own.stderr.startswith("casedesk: "), own.stderr
    out = tmp_path / "out.asice"
    bad_p12 = run(
        ["package", "export", str(path), "--as", CLAIRE, approved, "--out", str(out)],
        PASSPHRASES[CLAIRE],
        "wrong-p12-password-0",
    )
    assert bad_p12.returncode == 2 and "The PKCS#12 password is wrong" in bad_p12.stderr, bad_p12.stderr
    assert not out.exists()
    good = run(
        ["package", "export", str(path), "--as", CLAIRE, approved, "--out", str(out)],
        PASSPHRASES[CLAIRE],
        exchange.password(CLAIRE),
    )
    assert good.returncode == 0, good.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    leaks = [
        leak
        for number, done in enumerate((wrong, own, bad_p12, good))
        for leak in secrets.in_text(f"run {number}", done.stdout + done.stderr)
    ]
    assert leaks + secrets.in_files(capture.temp) == []
