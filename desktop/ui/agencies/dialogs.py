"""The Agencies page's two dialogs: confirming a fingerprint before pinning, and a PKCS#12 password.

Both are opened with `open()` (window-modal, no nested event loop) and are filled and accepted by
tests exactly as a person would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.agency_service import CertificateDetails
from desktop.ui.agencies.display import (
    Expiry,
    expiry,
    expiry_colors,
    expiry_text,
    fingerprint_lines,
    local_time,
)
from desktop.ui.i18n import arg
from desktop.ui.widgets import error_label

FINGERPRINT_POINT_SIZE = 15


def _value(text: str, accessible_name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible_name)
    return label


class PinConfirmDialog(QDialog):
    """Shows each certificate of the file with its SHA-256 fingerprint in large type, to be compared
    with the fingerprint the partner gives by another channel. "Pin" stays disabled until the user
    says they compared it."""

    def __init__(
        self,
        agency_code: str,
        file_name: str,
        data: bytes,
        certificates: list[CertificateDetails],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.agency_code = agency_code
        self.data = data
        self.fingerprints = tuple(c.fingerprint for c in certificates)
        self.setWindowTitle(arg(self.tr("Pin a certificate to %1"), agency_code))
        self.setAccessibleName(arg(self.tr("Confirm the fingerprint before pinning to %1"), agency_code))
        intro = QLabel(
            arg(
                self.tr(
                    "%1 holds %2 certificate(s). Before trusting it, ask %3 to read out the SHA-256 "
                    "fingerprint by telephone or in person — never from the e-mail or the medium that "
                    "brought the file — and compare every character with the one below."
                ),
                file_name,
                len(certificates),
                agency_code,
            )
        )
        intro.setObjectName("pinIntro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setAccessibleName(intro.text())

        self.fingerprint_labels: list[QLabel] = []
        certificates_widget = QWidget()
        column = QVBoxLayout(certificates_widget)
        column.setContentsMargins(0, 0, 0, 0)
        for details in certificates:
            column.addWidget(self._certificate_box(details))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(certificates_widget)
        scroll.setAccessibleName(self.tr("Certificates in the file"))

        self.compared_check = QCheckBox(
            self.tr(
                "I &compared the fingerprint with the one the partner gave me, and every character matches."
            )
        )
        self.compared_check.setAccessibleName(self.tr("I compared the fingerprint and it matches"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Pin"))
        self.ok_button.setAccessibleName(arg(self.tr("Pin to %1"), agency_code))
        self.ok_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Do not pin"))
        self.ok_button.setAutoDefault(False)
        self.compared_check.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.compared_check)
        layout.addWidget(self.buttons)
        self.resize(640, 300 + 180 * min(len(certificates), 2))
        self.compared_check.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Cancel is the default (the button box makes OK the default when shown): Return alone must
        # never pin a certificate nobody compared.
        self.cancel_button.setDefault(True)

    def _certificate_box(self, details: CertificateDetails) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kind = (
            self.tr("Certificate authority (CA)")
            if details.is_ca
            else self.tr("End entity (a person or a service)")
        )
        form.addRow(self.tr("Subject:"), _value(details.subject, self.tr("Subject")))
        form.addRow(self.tr("Issuer:"), _value(details.issuer, self.tr("Issuer")))
        form.addRow(self.tr("Type:"), _value(kind, self.tr("Type")))
        validity = arg(self.tr("%1 to %2"), local_time(details.not_before), local_time(details.not_after))
        form.addRow(self.tr("Valid:"), _value(validity, self.tr("Validity")))
        state = expiry(details.not_before, details.not_after)
        if state is not Expiry.VALID:
            warning = _value(expiry_text(details.not_before, details.not_after), self.tr("Expiry warning"))
            colors = expiry_colors()
            color = colors.expiring if state is Expiry.EXPIRING else colors.expired
            warning.setStyleSheet(f"color: {color}; font-weight: 600;")
            form.addRow(self.tr("Warning:"), warning)
        fingerprint = _value(fingerprint_lines(details.fingerprint), self.tr("SHA-256 fingerprint"))
        fingerprint.setObjectName("pinFingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(FINGERPRINT_POINT_SIZE)
        font.setWeight(QFont.Weight.DemiBold)
        fingerprint.setFont(font)
        fingerprint.setWordWrap(False)
        form.addRow(self.tr("SHA-256:"), fingerprint)
        self.fingerprint_labels.append(fingerprint)
        return box


class Pkcs12Dialog(QDialog):
    """The password of a PKCS#12 file being imported as the acting member's signing credential.

    "Import" emits `sig_submitted(password, remember)` and leaves the dialog open: the page closes
    it on success or shows the refusal in it (`show_error`), so a mistyped password can be retried.
    """

    sig_submitted = Signal(str, bool)

    def __init__(self, file_name: str, member: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_name = file_name
        self.setWindowTitle(self.tr("Import a signing certificate"))
        self.setAccessibleName(self.tr("Import a PKCS#12 signing certificate"))
        intro = QLabel(
            arg(
                self.tr(
                    "%1 becomes the signing certificate of %2 and replaces any earlier one. Its "
                    "password is never stored in the case file."
                ),
                file_name,
                member,
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setAccessibleName(intro.text())
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password of the PKCS#12 file"))
        password_caption = QLabel(self.tr("&Password:"))
        password_caption.setBuddy(self.password_edit)
        self.remember_check = QCheckBox(self.tr("&Remember the password in this computer's keyring"))
        self.remember_check.setAccessibleName(self.tr("Remember the password in the system keyring"))
        self.remember_check.setToolTip(
            self.tr("Signing then needs no password on this computer; refused if the keyring is not secure.")
        )
        form = QFormLayout()
        form.addRow(password_caption, self.password_edit)
        form.addRow("", self.remember_check)
        self.error_label = error_label("pkcs12Error", self.tr("Why the import failed"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        self.ok_button.setAccessibleName(self.tr("Import the signing certificate"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel the import")
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, 220)

    def _submit(self) -> None:
        password = self.password_edit.text()
        # The field is emptied at once: the password lives only as long as the import needs it.
        self.password_edit.clear()
        self.error_label.clear()
        self.set_busy(True)
        self.sig_submitted.emit(password, self.remember_check.isChecked())

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)

    def show_error(self, sentence: str) -> None:
        self.set_busy(False)
        self.error_label.setText(sentence)
        self.password_edit.setFocus()
