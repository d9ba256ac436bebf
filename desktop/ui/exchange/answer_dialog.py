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

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.exchange.signing import (
    EncryptionChoice,
    FileChooser,
    SigningForm,
    add_signing_rows,
    choose_save_file,
    signer_label,
    signer_text,
    status_lines,
    value_label,
    written_lines,
)
from desktop.ui.files import confirm_replace
from desktop.ui.i18n import arg
from desktop.ui.operations import Op, ServicesWorker
from desktop.ui.sentences import tell
from desktop.ui.widgets import error_label


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
        self.context: Any = None  # session_requests.AnswerContext once loaded
        self.done_result: Any = None  # session_requests.AnswerDone after the answer was written
        self._busy = False
        self.setWindowTitle(arg(self.tr("Answer %1"), reference))
        self.setAccessibleName(arg(self.tr("Answer request %1 with a signed package"), reference))

        self.heading = QLabel(arg(self.tr("Loading %1…"), reference))
        self.heading.setObjectName("answerHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.refusal_label = error_label("answerRefusal", self.tr("Why this request cannot be answered"))
        self.refusal_label.hide()
        self.partner_label = value_label(self.tr("Answer goes to"))
        self.signer_label = signer_label()
        self.encryption = EncryptionChoice(
            self.tr("&Encrypt for the partner"), self.tr("Encrypt the answer for the partner agency")
        )
        self.encrypt_box = self.encryption.encrypt_box
        self.encryption_label = self.encryption.encryption_label

        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setObjectName("answerText")
        self.answer_edit.setAccessibleName(self.tr("Text of the answer"))
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.textChanged.connect(self._update_buttons)
        answer_caption = QLabel(self.tr("A&nswer:"))
        answer_caption.setBuddy(self.answer_edit)

        self.signing = SigningForm(
            f"{reference}-answer",
            choose_file or choose_save_file,
            destination_name="answerDestination",
            destination_accessible=self.tr("File the answer package is written to"),
            browse_accessible=self.tr("Choose where to write the answer package"),
        )
        self.signing.sig_changed.connect(self._update_buttons)
        self.encrypt_box.toggled.connect(self.signing.set_encrypted)
        # The names the tests and the window know, kept on the dialog.
        self.password_edit = self.signing.password_edit
        self.remembered_box = self.signing.remembered_box
        self.destination_edit = self.signing.destination_edit
        self.browse_button = self.signing.browse_button

        form = QFormLayout()
        form.addRow(self.tr("To:"), self.partner_label)
        add_signing_rows(form, self.signer_label, self.encryption)
        self.status_label, self.error_label = status_lines("answer", self.tr("Answer status"))
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
        layout.addWidget(self.signing)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(600, 560)
        self._set_inputs_enabled(False)
        self.load()

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
        self.signer_label.setText(
            signer_text(context.member, context.has_credential, context.credential_fingerprint)
        )
        self.encryption.show_for(context.partner, context.encryption_certificates)
        refusal = tell(context.refusal) if context.refusal is not None else ""
        self.refusal_label.setText(refusal)
        self.refusal_label.setVisible(bool(refusal))
        self.signing.offer_remembered(context.password_remembered)
        self.signing.suggest()
        self._set_inputs_enabled(context.can_answer and context.has_credential)
        self._update_buttons()
        if not context.resend:
            self.answer_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- inputs -----------------------------------------------------------------------------------

    def browse(self) -> None:
        self.signing.browse()

    def _ready(self) -> bool:
        context = self.context
        if context is None or self._busy or self.done_result is not None:
            return False
        if not (context.can_answer and context.has_credential):
            return False
        if not context.resend and not self.answer_edit.toPlainText().strip():
            return False
        if self.signing.destination() is None:
            return False
        return self.signing.has_password()

    def _update_buttons(self) -> None:
        self.answer_button.setEnabled(self._ready())

    def _set_inputs_enabled(self, enabled: bool) -> None:
        resend = self.context is not None and self.context.resend
        self.answer_edit.setEnabled(enabled)
        self.answer_edit.setReadOnly(resend or not enabled)
        self.signing.set_enabled(enabled)
        self.encryption.set_enabled(enabled)

    # -- answering --------------------------------------------------------------------------------

    def answer(self) -> None:
        if not self._ready():
            return
        destination = self.signing.destination()
        assert destination is not None
        # An existing file is replaced only after a Yes: typed names and a suffix changed by the
        # encryption box were never asked about by the Save dialog.
        confirm_replace(
            self, self.signing.asked_about(), str(destination), lambda _path: self._answer_to(destination)
        )

    def _answer_to(self, destination: Path) -> None:
        if not self._ready():
            return
        self._busy = True  # before the field is cleared: its textChanged re-checks the button
        # The password is handed to the Op once and leaves the field now (as the unlock screen
        # does): nothing of it stays in the dialog while the worker signs, or after a failure.
        options = {
            "password": self.signing.take_password(),
            "answer": None if self.context.resend else self.answer_edit.toPlainText().strip(),
            "encrypt_for_agency": self.encrypt_box.isChecked(),
        }
        reference = self.reference
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
        lines = written_lines(
            done.path, done.size, done.sha256, (done.signer_fingerprint,), done.encrypted_for
        )
        self.status_label.setText("\n".join(lines))
        self._update_buttons()
        self.sig_answered.emit(self.reference, str(done.path))

    def _failed(self, sentence: str) -> None:
        self._busy = False
        self.status_label.clear()
        self.error_label.setText(sentence)
        self._set_inputs_enabled(True)
        self._update_buttons()
        if self.password_edit.isEnabled():
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # typed again, once more

    def forget_passwords(self) -> None:
        """Clear the password typed (the dialog is closing or the case file is being locked)."""
        self.signing.forget()

    def reject(self) -> None:
        self.forget_passwords()
        super().reject()
