"""What the export and answer dialogs share: signing with the member's certificate and saving a file.

- `SigningForm`: the certificate password (handed over once: `take_password()` clears the field,
  as the unlock screen does with a passphrase), "use the password remembered in the keyring",
  and the file to write with Browse… and the `.asice` / `.asice.p7m` suffix kept in step.
- `EncryptionChoice`: "Encrypt for <agency>" and which pinned certificate it would use.
- `signer_text`, `written_lines`, `value_label`, `status_lines`: the rest both dialogs show.

GUI thread only. The strings both dialogs show stay in the "ExportDialog" translation context,
where the French and Dutch catalogues already hold them; move them to a context of their own
the next time the catalogues are updated (`scripts/translations.py update`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import arg, number, translate
from desktop.ui.widgets import error_label

FileChooser = Callable[[QWidget, Path], "Path | None"]
"""(parent, suggested path) → the chosen destination, or None when the person cancelled."""

PLAIN_SUFFIX = ".asice"
ENCRYPTED_SUFFIX = ".asice.p7m"

_SAVE_TITLE = QT_TRANSLATE_NOOP("PackageFiles", "Save the package")
_SAVE_FILTER = QT_TRANSLATE_NOOP("PackageFiles", "Request packages (*.asice *.p7m)")

_CONTEXT = "ExportDialog"
_PASSWORD_NAME = QT_TRANSLATE_NOOP("ExportDialog", "Password of your signing certificate")
_PASSWORD_CAPTION = QT_TRANSLATE_NOOP("ExportDialog", "Certificate &password:")
_REMEMBERED = QT_TRANSLATE_NOOP("ExportDialog", "Use the password &remembered in the keyring")
_REMEMBERED_NAME = QT_TRANSLATE_NOOP("ExportDialog", "Use the certificate password remembered in the keyring")
_BROWSE = QT_TRANSLATE_NOOP("ExportDialog", "&Browse…")
_SAVE_TO = QT_TRANSLATE_NOOP("ExportDialog", "&Save to:")
_SIGNED_BY_NAME = QT_TRANSLATE_NOOP("ExportDialog", "Signed by")
_SIGNED_BY = QT_TRANSLATE_NOOP("ExportDialog", "Signed by:")
_ENCRYPTION = QT_TRANSLATE_NOOP("ExportDialog", "Encryption:")
_ENCRYPTION_NAME = QT_TRANSLATE_NOOP("ExportDialog", "Encryption certificate")
_ERROR = QT_TRANSLATE_NOOP("ExportDialog", "Error")
_SIGNER = QT_TRANSLATE_NOOP("ExportDialog", "%1, certificate SHA-256 %2")
_NO_CREDENTIAL = QT_TRANSLATE_NOOP(
    "ExportDialog", "%1 has no signing certificate in this case file: import a PKCS#12 file first."
)
_ENCRYPT_FOR = QT_TRANSLATE_NOOP("ExportDialog", "&Encrypt for %1")
_TO_CERTIFICATE = QT_TRANSLATE_NOOP("ExportDialog", "To the certificate %1 (SHA-256 %2).")
_NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Not encrypted: this case file holds no encryption certificate of %1 (add one under Agencies and trust).",
)
_WRITTEN = QT_TRANSLATE_NOOP("ExportDialog", "Written to %1 (%2 bytes).")
_FILE_SHA = QT_TRANSLATE_NOOP("ExportDialog", "SHA-256 of the file: %1")
_SIGNED_WITH = QT_TRANSLATE_NOOP("ExportDialog", "Signed with the certificate SHA-256 %1")
_ENCRYPTED_FOR = QT_TRANSLATE_NOOP("ExportDialog", "Encrypted for %1.")


def _t(text: str) -> str:
    return translate(_CONTEXT, text)


def choose_save_file(parent: QWidget, suggested: Path) -> Path | None:
    """The platform's Save dialog (production only; tests inject their own chooser)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("PackageFiles", _SAVE_TITLE),
        str(suggested),
        translate("PackageFiles", _SAVE_FILTER),
    )
    return Path(name) if name else None


def default_folder() -> Path:
    """Where a package is suggested: the Documents folder, or home when there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


def short_fingerprint(fingerprint: str) -> str:
    """The first 16 hex digits in pairs, as people read fingerprints out over the phone."""
    head = fingerprint[:16].upper()
    return " ".join(head[i : i + 2] for i in range(0, len(head), 2)) + " …"


def value_label(accessible: str) -> QLabel:
    """A read-only value the person may select and copy (plain text: it may come from a partner)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible)
    return label


def signer_label() -> QLabel:
    return value_label(_t(_SIGNED_BY_NAME))


def signer_text(member: str, has_credential: bool, fingerprint: str) -> str:
    """Who signs, with which certificate — or that the member has none yet."""
    if has_credential:
        return arg(_t(_SIGNER), member, short_fingerprint(fingerprint))
    return arg(_t(_NO_CREDENTIAL), member)


def status_lines(prefix: str, status_accessible: str) -> tuple[QLabel, QLabel]:
    """The status line (what happened, selectable) and the error line of a dialog."""
    status = QLabel()
    status.setObjectName(f"{prefix}Status")
    status.setAccessibleName(status_accessible)
    status.setWordWrap(True)
    status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return status, error_label(f"{prefix}Error", _t(_ERROR))


def written_lines(
    path: Path, size: int, sha256: str, signers: tuple[str, ...], encrypted_for: str | None
) -> list[str]:
    """What a written package is: where, how big, its SHA-256, who signed it, for whom encrypted."""
    lines = [arg(_t(_WRITTEN), str(path), number(size)), arg(_t(_FILE_SHA), sha256)]
    lines.extend(arg(_t(_SIGNED_WITH), fingerprint) for fingerprint in signers if fingerprint)
    if encrypted_for:
        lines.append(arg(_t(_ENCRYPTED_FOR), encrypted_for))
    return lines


def take_text(edit: QLineEdit) -> str:
    """The secret typed in `edit`, which is cleared at once: the widget does not keep it."""
    text = edit.text()
    edit.clear()
    return text


class EncryptionChoice(QWidget):
    """ "Encrypt for <agency>" and the certificate it would be encrypted to (GUI thread)."""

    def __init__(self, initial_text: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encrypt_box = QCheckBox(initial_text)
        self.encrypt_box.setAccessibleName(accessible)
        self.encryption_label = value_label(_t(_ENCRYPTION_NAME))
        self.available = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.encrypt_box)
        column.addWidget(self.encryption_label)

    def show_for(self, agency: str, certificates: tuple[tuple[str, str], ...]) -> None:
        """Offer encryption (ticked) when `agency` has a pinned encryption certificate, say why not otherwise."""
        self.available = bool(certificates)
        self.encrypt_box.setText(arg(_t(_ENCRYPT_FOR), agency))
        if certificates:
            subject, fingerprint = certificates[0]
            self.encryption_label.setText(arg(_t(_TO_CERTIFICATE), subject, short_fingerprint(fingerprint)))
        else:
            self.encryption_label.setText(arg(_t(_NOT_ENCRYPTED), agency))
        self.encrypt_box.setChecked(self.available)

    def set_enabled(self, enabled: bool) -> None:
        self.encrypt_box.setEnabled(enabled and self.available)


def add_signing_rows(form: QFormLayout, signer: QLabel, encryption: EncryptionChoice) -> None:
    """The "Signed by:" and "Encryption:" rows of a dialog's summary."""
    form.addRow(_t(_SIGNED_BY), signer)
    form.addRow(_t(_ENCRYPTION), encryption)


class SigningForm(QWidget):
    """Certificate password, the keyring's remembered password, and the file to write (GUI thread).

    `file_stem` names the suggested file (the suffix follows `set_encrypted`); `choose_file`
    replaces the Save dialog (tests). Emits `sig_changed` whenever an input changes, for the
    dialog to re-check its button. The password is handed over once: `take_password()` returns
    it and clears the field, so the dialog holds no copy while the worker signs or after.
    """

    sig_changed = Signal()

    def __init__(
        self,
        file_stem: str,
        choose_file: FileChooser,
        *,
        destination_name: str,
        destination_accessible: str,
        browse_accessible: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._file_stem = file_stem
        self._choose_file = choose_file
        self._suffix = PLAIN_SUFFIX
        self._asked_about: Path | None = None
        self._enabled = False

        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(_t(_PASSWORD_NAME))
        self.password_edit.textChanged.connect(self.sig_changed)
        self.remembered_box = QCheckBox(_t(_REMEMBERED))
        self.remembered_box.setAccessibleName(_t(_REMEMBERED_NAME))
        self.remembered_box.toggled.connect(self._remembered_toggled)
        self.remembered_box.hide()
        self.destination_edit = QLineEdit()
        self.destination_edit.setObjectName(destination_name)
        self.destination_edit.setAccessibleName(destination_accessible)
        self.destination_edit.textChanged.connect(self.sig_changed)
        self.browse_button = QPushButton(_t(_BROWSE))
        self.browse_button.setAccessibleName(browse_accessible)
        self.browse_button.clicked.connect(self.browse)

        destination_row = QHBoxLayout()
        destination_row.addWidget(self.destination_edit, 1)
        destination_row.addWidget(self.browse_button)
        self.rows = QFormLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        password_caption = QLabel(_t(_PASSWORD_CAPTION))
        password_caption.setBuddy(self.password_edit)
        self.rows.addRow(password_caption, self.password_edit)
        self.rows.addRow("", self.remembered_box)
        destination_caption = QLabel(_t(_SAVE_TO))
        destination_caption.setBuddy(self.destination_edit)
        self.rows.addRow(destination_caption, destination_row)

    def insert_row(self, caption: QLabel | str, field: QWidget) -> None:
        """A row of the dialog's own (the filer's signature) above "Save to"."""
        self.rows.insertRow(self.rows.rowCount() - 1, caption, field)

    # -- the password -----------------------------------------------------------------------------

    def offer_remembered(self, remembered: bool) -> None:
        """Show "use the remembered password", ticked, when the keyring holds one."""
        self.remembered_box.setVisible(remembered)
        self.remembered_box.setChecked(remembered)

    def has_password(self) -> bool:
        return self.remembered_box.isChecked() or bool(self.password_edit.text())

    def take_password(self) -> str | None:
        """The password typed (cleared from the field now), or None for the remembered one."""
        if self.remembered_box.isChecked():
            self.password_edit.clear()
            return None
        return take_text(self.password_edit)

    def forget(self) -> None:
        self.password_edit.clear()

    def _remembered_toggled(self, on: bool) -> None:
        self.password_edit.setEnabled(self._enabled and not on)
        if on:
            self.password_edit.clear()
        self.sig_changed.emit()

    # -- the file ---------------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        return default_folder() / f"{self._file_stem}{self._suffix}"

    def suggest(self) -> None:
        """Fill in the suggested file unless the person already chose one."""
        if not self.destination_edit.text():
            self.destination_edit.setText(str(self.suggested_path()))

    def destination(self) -> Path | None:
        text = self.destination_edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_encrypted(self, on: bool) -> None:
        """Keep the file name's suffix in step with encryption (.asice or .asice.p7m)."""
        suffix = ENCRYPTED_SUFFIX if on else PLAIN_SUFFIX
        text = self.destination_edit.text()
        if text.endswith(self._suffix):
            self.destination_edit.setText(text[: -len(self._suffix)] + suffix)
        self._suffix = suffix

    def browse(self) -> None:
        current = self.destination() or self.suggested_path()
        chosen = self._choose_file(self.window(), current)
        if chosen is not None:
            self._asked_about = chosen
            self.destination_edit.setText(str(chosen))

    def asked_about(self) -> str:
        """The file whose replacement the platform's Save dialog already asked about ('' if none):
        a name typed, or renamed by `set_encrypted` since, is asked about again (`confirm_replace`)."""
        return str(self._asked_about) if self._asked_about is not None else ""

    # -- state ------------------------------------------------------------------------------------

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        for widget in (self.remembered_box, self.destination_edit, self.browse_button):
            widget.setEnabled(enabled)
        self.password_edit.setEnabled(enabled and not self.remembered_box.isChecked())
