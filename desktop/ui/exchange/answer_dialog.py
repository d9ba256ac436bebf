"""The answer dialog: answer an INCOMING request with a package signed by the acting member.

It shows who the answer goes to, whose certificate signs it and whether it can be encrypted for
the partner, asks for the answer's text (or, for a request already answered, shows the recorded
answer to send again), the certificate's password (or uses the one remembered in the keyring)
and the file to write. Signing is one Op on the database worker
(`session_requests.answer_package_to`: the same `PackageService.export_answer` the CLI's
`package answer` calls, then the file is written); the dialog then says where the file went.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.exchange.export_dialog import FileChooser, choose_save_file
from desktop.ui.i18n import arg, number
from desktop.ui.operations import Op, ServicesWorker
from desktop.ui.widgets import error_label


def _default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


def _short(fingerprint: str) -> str:
    """The first 16 hex digits in pairs, as people read fingerprints out over the phone."""
    head = fingerprint[:16].upper()
    return " ".join(head[i : i + 2] for i in range(0, len(head), 2)) + " …"


def _context(svc: Any, reference: str) -> Any:  # worker thread
    from desktop.services.session_requests import answer_context

    return answer_context(svc, reference)


def _answer(svc: Any, reference: str, destination: Path, options: dict[str, Any]) -> Any:  # worker thread
    from desktop.services.session_requests import answer_package_to

    return answer_package_to(svc, reference, destination, **options)


class AnswerDialog(QDialog):
    """Answer one incoming request with a signed package (GUI thread).

    `choose_file` replaces the Save dialog (tests). Emits `sig_answered(reference, path)` once the
    file is written; the request is then answered in the case file.
    """

    sig_answered = Signal(str, str)

    def __init__(
        self,
        worker: ServicesWorker,
        reference: str,
        parent: QWidget | None = None,
        *,
        choose_file: FileChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answerDialog")
        self._worker = worker
        self.reference = reference
        self._choose_file = choose_file or choose_save_file
        self.context: Any = None  # session_requests.AnswerContext once loaded
        self.done_result: Any = None  # session_requests.AnswerDone after the answer was written
        self._busy = False
        self._suffix = ".asice"
        self.setWindowTitle(arg(self.tr("Answer %1"), reference))
        self.setAccessibleName(arg(self.tr("Answer request %1 with a signed package"), reference))

        self.heading = QLabel(arg(self.tr("Loading %1…"), reference))
        self.heading.setObjectName("answerHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.refusal_label = error_label("answerRefusal", self.tr("Why this request cannot be answered"))
        self.refusal_label.hide()
        self.partner_label = self._value_label(self.tr("Answer goes to"))
        self.signer_label = self._value_label(self.tr("Signed by"))
        self.encrypt_box = QCheckBox(self.tr("&Encrypt for the partner"))
        self.encrypt_box.setAccessibleName(self.tr("Encrypt the answer for the partner agency"))
        self.encrypt_box.toggled.connect(self._encryption_toggled)
        self.encryption_label = self._value_label(self.tr("Encryption certificate"))

        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setObjectName("answerText")
        self.answer_edit.setAccessibleName(self.tr("Text of the answer"))
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.textChanged.connect(self._update_buttons)
        answer_caption = QLabel(self.tr("A&nswer:"))
        answer_caption.setBuddy(self.answer_edit)

        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password of your signing certificate"))
        self.password_edit.textChanged.connect(self._update_buttons)
        self.remembered_box = QCheckBox(self.tr("Use the password &remembered in the keyring"))
        self.remembered_box.setAccessibleName(
            self.tr("Use the certificate password remembered in the keyring")
        )
        self.remembered_box.toggled.connect(self._remembered_toggled)
        self.remembered_box.hide()
        self.destination_edit = QLineEdit()
        self.destination_edit.setObjectName("answerDestination")
        self.destination_edit.setAccessibleName(self.tr("File the answer package is written to"))
        self.destination_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to write the answer package"))
        self.browse_button.clicked.connect(self.browse)
        destination_row = QHBoxLayout()
        destination_row.addWidget(self.destination_edit, 1)
        destination_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow(self.tr("To:"), self.partner_label)
        form.addRow(self.tr("Signed by:"), self.signer_label)
        encryption = QWidget()
        encryption_column = QVBoxLayout(encryption)
        encryption_column.setContentsMargins(0, 0, 0, 0)
        encryption_column.addWidget(self.encrypt_box)
        encryption_column.addWidget(self.encryption_label)
        form.addRow(self.tr("Encryption:"), encryption)
        signing = QFormLayout()
        password_caption = QLabel(self.tr("Certificate &password:"))
        password_caption.setBuddy(self.password_edit)
        signing.addRow(password_caption, self.password_edit)
        signing.addRow("", self.remembered_box)
        destination_caption = QLabel(self.tr("&Save to:"))
        destination_caption.setBuddy(self.destination_edit)
        signing.addRow(destination_caption, destination_row)

        self.status_label = QLabel()
        self.status_label.setObjectName("answerStatus")
        self.status_label.setAccessibleName(self.tr("Answer status"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = error_label("answerError", self.tr("Error"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.answer_button = QPushButton(self.tr("Sign and &write"))
        self.answer_button.setObjectName("answerButton")
        self.answer_button.setAccessibleName(self.tr("Sign the answer package and write it"))
        self.answer_button.setDefault(True)
        self.answer_button.setEnabled(False)
        self.buttons.addButton(self.answer_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.answer_button.clicked.connect(self.answer)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the answer dialog"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.refusal_label)
        layout.addLayout(form)
        layout.addWidget(answer_caption)
        layout.addWidget(self.answer_edit, 1)
        layout.addLayout(signing)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(600, 560)
        self._set_inputs_enabled(False)
        self.load()

    def _value_label(self, accessible: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible)
        return label

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        reference = self.reference
        Op(self, self._worker, lambda svc: _context(svc, reference)).success(self._context_arrived).failure(
            self._load_failed
        ).run()

    def _load_failed(self, sentence: str) -> None:
        self.heading.setText(arg(self.tr("%1 cannot be answered."), self.reference))
        self.error_label.setText(sentence)

    def _context_arrived(self, context: Any) -> None:
        self.context = context
        if context.resend:
            self.heading.setText(
                arg(self.tr("Send the answer to %1 again — %2"), context.reference, context.title)
            )
            self.answer_edit.setPlainText(context.answer)
            self.answer_edit.setReadOnly(True)
        else:
            self.heading.setText(arg(self.tr("Answer %1 — %2"), context.reference, context.title))
        self.partner_label.setText(context.partner)
        if context.has_credential:
            self.signer_label.setText(
                arg(
                    self.tr("%1, certificate SHA-256 %2"),
                    context.member,
                    _short(context.credential_fingerprint),
                )
            )
        else:
            self.signer_label.setText(
                arg(
                    self.tr("%1 has no signing certificate in this case file: import a PKCS#12 file first."),
                    context.member,
                )
            )
        self._show_encryption(context)
        self.refusal_label.setText(context.refusal)
        self.refusal_label.setVisible(bool(context.refusal))
        self.remembered_box.setVisible(context.password_remembered)
        self.remembered_box.setChecked(context.password_remembered)
        if not self.destination_edit.text():
            self.destination_edit.setText(str(_default_folder() / self._file_name()))
        self._set_inputs_enabled(context.can_answer and context.has_credential)
        self._update_buttons()
        if not context.resend:
            self.answer_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_encryption(self, context: Any) -> None:
        certificates = context.encryption_certificates
        self.encrypt_box.setText(arg(self.tr("&Encrypt for %1"), context.partner))
        if certificates:
            subject, fingerprint = certificates[0]
            self.encryption_label.setText(
                arg(self.tr("To the certificate %1 (SHA-256 %2)."), subject, _short(fingerprint))
            )
        else:
            self.encryption_label.setText(
                arg(
                    self.tr(
                        "Not encrypted: this case file holds no encryption certificate of %1 "
                        "(add one under Agencies and trust)."
                    ),
                    context.partner,
                )
            )
        self.encrypt_box.setChecked(bool(certificates))

    # -- inputs -----------------------------------------------------------------------------------

    def _file_name(self) -> str:
        return f"{self.reference}-answer{self._suffix}"

    def _encryption_toggled(self, on: bool) -> None:
        suffix = ".asice.p7m" if on else ".asice"
        text = self.destination_edit.text()
        if text.endswith(self._suffix):
            self.destination_edit.setText(text[: -len(self._suffix)] + suffix)
        self._suffix = suffix

    def _remembered_toggled(self, on: bool) -> None:
        self.password_edit.setEnabled(not on and not self._busy and self.context is not None)
        if on:
            self.password_edit.clear()
        self._update_buttons()

    def browse(self) -> None:
        current = Path(self.destination_edit.text() or str(_default_folder() / self._file_name()))
        chosen = self._choose_file(self, current)
        if chosen is not None:
            self.destination_edit.setText(str(chosen))

    def _ready(self) -> bool:
        context = self.context
        if context is None or self._busy or self.done_result is not None:
            return False
        if not (context.can_answer and context.has_credential):
            return False
        if not context.resend and not self.answer_edit.toPlainText().strip():
            return False
        if not self.destination_edit.text().strip():
            return False
        return self.remembered_box.isChecked() or bool(self.password_edit.text())

    def _update_buttons(self) -> None:
        self.answer_button.setEnabled(self._ready())

    def _set_inputs_enabled(self, enabled: bool) -> None:
        resend = self.context is not None and self.context.resend
        self.answer_edit.setEnabled(enabled)
        self.answer_edit.setReadOnly(resend or not enabled)
        for widget in (self.remembered_box, self.destination_edit, self.browse_button):
            widget.setEnabled(enabled)
        self.encrypt_box.setEnabled(
            enabled and self.context is not None and bool(self.context.encryption_certificates)
        )
        self.password_edit.setEnabled(enabled and not self.remembered_box.isChecked())

    # -- answering --------------------------------------------------------------------------------

    def answer(self) -> None:
        if not self._ready():
            return
        destination = Path(self.destination_edit.text().strip()).expanduser()
        options = {
            "password": None if self.remembered_box.isChecked() else self.password_edit.text(),
            "answer": None if self.context.resend else self.answer_edit.toPlainText().strip(),
            "encrypt_for_agency": self.encrypt_box.isChecked(),
        }
        reference = self.reference
        self._busy = True
        self._set_inputs_enabled(False)
        self.error_label.clear()
        self.status_label.setText(self.tr("Signing and writing the answer…"))
        self._update_buttons()
        Op(self, self._worker, lambda svc: _answer(svc, reference, destination, options)).success(
            self._answered
        ).failure(self._failed).run()

    def _answered(self, done: Any) -> None:
        self._busy = False
        self.done_result = done
        self.password_edit.clear()
        lines = [
            arg(self.tr("Written to %1 (%2 bytes)."), str(done.path), number(done.size)),
            arg(self.tr("SHA-256 of the file: %1"), done.sha256),
        ]
        if done.signer_fingerprint:
            lines.append(arg(self.tr("Signed with the certificate SHA-256 %1"), done.signer_fingerprint))
        if done.encrypted_for:
            lines.append(arg(self.tr("Encrypted for %1."), done.encrypted_for))
        self.status_label.setText("\n".join(lines))
        self._update_buttons()
        self.sig_answered.emit(self.reference, str(done.path))

    def _failed(self, sentence: str) -> None:
        self._busy = False
        self.status_label.clear()
        self.error_label.setText(sentence)
        self._set_inputs_enabled(True)
        self._update_buttons()

    def forget_passwords(self) -> None:
        """Clear the password typed (the dialog is closing or the case file is being locked)."""
        self.password_edit.clear()

    def reject(self) -> None:
        self.forget_passwords()
        super().reject()
