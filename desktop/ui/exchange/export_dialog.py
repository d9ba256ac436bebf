"""The export dialog: sign an approved request as a package and write it where the supervisor says.

It shows the plan before anything is signed — the recipient, whether the package will be
encrypted for it (and with which certificate), the case's attachments with a checkbox each, and
exactly what the handling codes hold back, with the reason for each (recomputed by
`PackageService.plan` whenever the choice changes). The export itself is one Op on the database
worker (`session_exchange.export_package_to`: the same `PackageService.export` the CLI calls, then the
file is written); the dialog is busy meanwhile and then says where the file went and its SHA-256.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.changes import Changes
from desktop.ui.exchange.signing import (
    EncryptionChoice,
    FileChooser,
    SigningForm,
    add_signing_rows,
    choose_save_file,
    signer_label,
    signer_text,
    status_lines,
    take_text,
    value_label,
    written_lines,
)
from desktop.ui.files import confirm_replace
from desktop.ui.i18n import arg
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.sentences import tell
from desktop.ui.widgets import error_label

__all__ = ["AttachmentIdRole", "ExportDialog", "FileChooser", "choose_save_file"]

AttachmentIdRole = Qt.ItemDataRole.UserRole + 1


def _run_export(svc: Any, reference: str, destination: Path, options: dict[str, Any]) -> Any:  # worker
    from desktop.services.session_exchange import export_package_to

    return export_package_to(svc, reference, destination, **options)


class ExportDialog(QDialog):
    """Export one approved request as a signed package (GUI thread).

    `choose_file` replaces the Save dialog (tests). Emits `sig_exported(reference, path)` once the
    file is written, and `sig_changed(Changes)` for the window to broadcast (the request is sent).
    """

    sig_exported = Signal(str, str)
    sig_changed = Signal(object)

    def __init__(
        self,
        worker: ServicesWorker,
        reference: str,
        parent: QWidget | None = None,
        *,
        choose_file: FileChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._worker = worker
        self.reference = reference
        self._latest_plan = LatestOnly()
        self.context: Any = None  # session_api.ExportContext once loaded
        self.plan: Any = None  # packages.ExportPlan of the current choice
        self.exported: Any = None  # session_api.ExportDone after a successful export
        self._busy = False
        self.setWindowTitle(arg(self.tr("Export %1"), reference))
        self.setAccessibleName(arg(self.tr("Export request %1 as a signed package"), reference))

        self.heading = QLabel(arg(self.tr("Loading %1…"), reference))
        self.heading.setObjectName("exportHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal_label = error_label("exportRefusal", self.tr("Why this request cannot be exported"))

        self.recipient_label = value_label(self.tr("Recipient agency"))
        self.signer_label = signer_label()
        self.encryption = EncryptionChoice(
            self.tr("&Encrypt for the recipient"), self.tr("Encrypt the package for the recipient agency")
        )
        self.encrypt_box = self.encryption.encrypt_box
        self.encryption_label = self.encryption.encryption_label
        form = QFormLayout()
        form.addRow(self.tr("Recipient:"), self.recipient_label)
        add_signing_rows(form, self.signer_label, self.encryption)

        self.attachment_list = QListWidget()
        self.attachment_list.setObjectName("exportAttachments")
        self.attachment_list.setAccessibleName(self.tr("Attachments of the case to send with the request"))
        self.attachment_list.itemChanged.connect(self._choice_changed)
        self.no_attachments_label = QLabel(self.tr("The request's case has no attachments."))
        self.override_box = QCheckBox(
            self.tr("&Override the handling codes and send what they hold back (recorded in the audit log)")
        )
        self.override_box.setAccessibleName(self.tr("Override the handling codes"))
        self.override_box.toggled.connect(self._choice_changed)
        attachments = QGroupBox(self.tr("Attachments offered"))
        box = QVBoxLayout(attachments)
        box.addWidget(self.attachment_list)
        box.addWidget(self.no_attachments_label)

        self.included_list = QListWidget()
        self.included_list.setObjectName("exportIncluded")
        self.included_list.setAccessibleName(self.tr("What goes in the package"))
        self.held_list = QListWidget()
        self.held_list.setObjectName("exportHeldBack")
        self.held_list.setAccessibleName(self.tr("What the handling codes hold back, with the reason"))
        for plan_list in (self.included_list, self.held_list):
            plan_list.setWordWrap(True)
            plan_list.setResizeMode(QListWidget.ResizeMode.Adjust)
            plan_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            plan_list.setMinimumHeight(plan_list.fontMetrics().height() * 3 + 12)
        plan_box = QGroupBox(self.tr("The package"))
        plan_layout = QVBoxLayout(plan_box)
        included_caption = QLabel(self.tr("Goes &in:"))
        included_caption.setBuddy(self.included_list)
        held_caption = QLabel(self.tr("&Held back:"))
        held_caption.setBuddy(self.held_list)
        plan_layout.addWidget(included_caption)
        plan_layout.addWidget(self.included_list, 3)
        plan_layout.addWidget(held_caption)
        plan_layout.addWidget(self.held_list, 2)

        self.signing = SigningForm(
            reference,
            choose_file or choose_save_file,
            destination_name="exportDestination",
            destination_accessible=self.tr("File the package is written to"),
            browse_accessible=self.tr("Choose where to write the package"),
        )
        self.signing.sig_changed.connect(self._update_buttons)
        self.encrypt_box.toggled.connect(self.signing.set_encrypted)
        # The names the tests and the window know, kept on the dialog.
        self.password_edit = self.signing.password_edit
        self.remembered_box = self.signing.remembered_box
        self.destination_edit = self.signing.destination_edit
        self.browse_button = self.signing.browse_button
        self.cosign_box = QCheckBox(self.tr("Add the &filer's signature"))
        self.cosign_box.setAccessibleName(self.tr("Add the signature of the member who filed the request"))
        self.cosign_box.toggled.connect(self._cosign_toggled)
        self.filer_password_edit = QLineEdit()
        self.filer_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.filer_password_edit.setAccessibleName(self.tr("Password of the filer's signing certificate"))
        self.filer_password_edit.setEnabled(False)
        self.filer_password_edit.textChanged.connect(self._update_buttons)
        filer_caption = QLabel(self.tr("Filer's p&assword:"))
        filer_caption.setBuddy(self.filer_password_edit)
        self.signing.insert_row("", self.cosign_box)
        self.signing.insert_row(filer_caption, self.filer_password_edit)
        # Tab follows the rows as they are shown: the filer's rows sit above "Save to".
        QWidget.setTabOrder(self.remembered_box, self.cosign_box)
        QWidget.setTabOrder(self.cosign_box, self.filer_password_edit)
        QWidget.setTabOrder(self.filer_password_edit, self.destination_edit)

        self.status_label, self.error_label = status_lines("export", self.tr("Export status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("Sign and e&xport"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName(self.tr("Sign the package and write it"))
        self.export_button.setDefault(True)
        self.export_button.setEnabled(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the export dialog"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.refusal_label)
        layout.addLayout(form)
        layout.addWidget(attachments)
        layout.addWidget(self.override_box)
        layout.addWidget(plan_box, 1)
        layout.addWidget(self.signing)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(680, 760)
        self._set_inputs_enabled(False)
        self.load()

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        reference = self.reference

        def fetch(svc: Any) -> Any:
            from desktop.services.session_exchange import export_context

            return export_context(svc, reference)

        Op(self, self._worker, fetch).success(self._context_arrived).failure(self._load_failed).run()

    def _load_failed(self, sentence: str) -> None:
        self.heading.setText(arg(self.tr("%1 cannot be exported."), self.reference))
        self.error_label.setText(sentence)

    def _context_arrived(self, context: Any) -> None:
        self.context = context
        self.heading.setText(arg(self.tr("%1 — %2"), context.reference, context.title))
        self.recipient_label.setText(context.recipient)
        self.signer_label.setText(
            signer_text(context.member, context.has_credential, context.credential_fingerprint)
        )
        self.encryption.show_for(context.recipient, context.encryption_certificates)
        self.attachment_list.blockSignals(True)
        for offered in context.attachments:
            text = arg(self.tr("%1 (%2)"), offered.filename, offered.handling_code)
            if offered.held:
                text = arg(self.tr("%1 — held back: %2"), text, tell(offered.reason))
            item = QListWidgetItem(text)
            item.setData(AttachmentIdRole, offered.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # What may leave is offered ticked; what a handling code holds back is not.
            item.setCheckState(Qt.CheckState.Unchecked if offered.held else Qt.CheckState.Checked)
            self.attachment_list.addItem(item)
        self.attachment_list.blockSignals(False)
        self.attachment_list.setVisible(bool(context.attachments))
        self.no_attachments_label.setVisible(not context.attachments)
        self.signing.offer_remembered(context.password_remembered)
        self.signing.suggest()
        self._show_refusal()
        self._set_inputs_enabled(context.can_export and context.has_credential)
        self._choice_changed()

    # -- the choice -------------------------------------------------------------------------------

    def chosen_attachments(self) -> tuple[int, ...]:
        return tuple(
            int(item.data(AttachmentIdRole))
            for item in (self.attachment_list.item(row) for row in range(self.attachment_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_attachment_checked(self, attachment_id: int, checked: bool) -> None:
        for row in range(self.attachment_list.count()):
            item = self.attachment_list.item(row)
            if int(item.data(AttachmentIdRole)) == attachment_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def held_back_texts(self) -> list[str]:
        return [self.held_list.item(row).text() for row in range(self.held_list.count())]

    def included_texts(self) -> list[str]:
        return [self.included_list.item(row).text() for row in range(self.included_list.count())]

    def _choice_changed(self, *_args: object) -> None:
        if self.context is None:
            return
        reference, chosen = self.reference, self.chosen_attachments()
        guard = self._latest_plan.start()
        self.plan = None
        self._update_buttons()
        Op(self, self._worker, lambda svc: svc.packages.plan(reference, chosen)).success(
            guard(self._plan_arrived)
        ).failure(guard(self.error_label.setText)).run()

    def _plan_arrived(self, plan: Any) -> None:
        self.plan = plan
        override = self.override_box.isChecked()
        self.included_list.clear()
        self.held_list.clear()
        for item in plan.included:
            self.included_list.addItem(arg(self.tr("%1 — %2"), item.name, tell(item.description)))
        for item in plan.held_back:
            if override:
                self.included_list.addItem(
                    arg(self.tr("%1 — %2 (handling code overridden)"), item.name, tell(item.description))
                )
            else:
                self.held_list.addItem(
                    arg(self.tr("%1 — %2: %3"), item.name, tell(item.description), tell(item.reason))
                )
        if not plan.held_back:
            self.held_list.addItem(self.tr("Nothing is held back."))
        self.override_box.setVisible(bool(plan.held_back))
        self._show_refusal()
        self._update_buttons()

    def _show_refusal(self) -> None:
        """Why Export stays disabled, when the reason is the request itself rather than an input."""
        context, plan = self.context, self.plan
        text = ""
        if context is not None and not context.can_export:
            text = tell(context.refusal) if context.refusal is not None else ""
        elif plan is not None and plan.request_held and not self.override_box.isChecked():
            text = arg(
                self.tr("%1 is held back by its %2: nothing leaves unless you override it."),
                plan.request_reference,
                tell(plan.held_back[0].reason),
            )
        self.refusal_label.setText(text)
        self.refusal_label.setVisible(bool(text))

    def _cosign_toggled(self, on: bool) -> None:
        self.filer_password_edit.setEnabled(on and not self._busy)
        if not on:
            self.filer_password_edit.clear()
        self._update_buttons()

    def browse(self) -> None:
        self.signing.browse()

    # -- export -----------------------------------------------------------------------------------

    def _ready(self) -> bool:
        context, plan = self.context, self.plan
        if context is None or plan is None or self._busy or self.exported is not None:
            return False
        if not (context.can_export and context.has_credential):
            return False
        if plan.request_held and not self.override_box.isChecked():
            return False
        if self.signing.destination() is None:
            return False
        if self.cosign_box.isChecked() and not self.filer_password_edit.text():
            return False
        return self.signing.has_password()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self._ready())

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.attachment_list, self.override_box, self.cosign_box):
            widget.setEnabled(enabled)
        self.signing.set_enabled(enabled)
        self.encryption.set_enabled(enabled)
        self.filer_password_edit.setEnabled(enabled and self.cosign_box.isChecked())

    def export(self) -> None:
        if not self._ready():
            return
        destination = self.signing.destination()
        assert destination is not None
        # An existing file is replaced only after a Yes: typed names and a suffix changed by the
        # encryption box were never asked about by the Save dialog.
        confirm_replace(
            self, self.signing.asked_about(), str(destination), lambda _path: self._export_to(destination)
        )

    def _export_to(self, destination: Path) -> None:
        if not self._ready():
            return
        self._busy = True  # before the fields are cleared: their textChanged re-checks the button
        # The passwords are handed to the Op once and leave the fields now (as the unlock screen
        # does): nothing of them stays in the dialog while the worker signs, or after a failure.
        options = {
            "password": self.signing.take_password(),
            "attachment_ids": self.chosen_attachments(),
            "override_handling": self.override_box.isChecked(),
            "filer_password": take_text(self.filer_password_edit) if self.cosign_box.isChecked() else None,
            "encrypt_for_agency": self.encrypt_box.isChecked(),
        }
        reference = self.reference
        self._set_inputs_enabled(False)
        self.error_label.clear()
        self.status_label.setText(self.tr("Signing and writing the package…"))
        self._update_buttons()
        Op(self, self._worker, lambda svc: _run_export(svc, reference, destination, options)).success(
            self._exported
        ).failure(self._export_failed).run()

    def _exported(self, done: Any) -> None:
        self._busy = False
        self.exported = done
        lines = written_lines(done.path, done.size, done.sha256, done.signer_fingerprints, done.encrypted_for)
        if done.overridden:
            lines.append(self.tr("Handling codes were overridden; this is recorded in the audit log."))
        elif done.held_back:
            lines.append(arg(self.tr("Held back: %1."), ", ".join(done.held_back)))
        self.status_label.setText("\n".join(lines))
        self._update_buttons()
        self.sig_exported.emit(self.reference, str(done.path))
        self.sig_changed.emit(Changes(requests=True, origin=self))

    def _export_failed(self, sentence: str) -> None:
        self._busy = False
        self.status_label.clear()
        self.error_label.setText(sentence)
        self._set_inputs_enabled(True)
        self._update_buttons()
        if self.password_edit.isEnabled():
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # typed again, once more

    def forget_passwords(self) -> None:
        """Clear the passwords typed (the dialog is closing or the case file is being locked)."""
        self.signing.forget()
        self.filer_password_edit.clear()

    def reject(self) -> None:
        self.forget_passwords()
        super().reject()
