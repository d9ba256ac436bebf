"""The export dialog: sign an approved request as a package and write it where the supervisor says.

It shows the plan before anything is signed — the recipient, whether the package will be
encrypted for it (and with which certificate), the case's attachments with a checkbox each, and
exactly what the handling codes hold back, with the reason for each (recomputed by
`PackageService.plan` whenever the choice changes). The export itself is one Op on the database
worker (`session_exchange.export_package_to`: the same `PackageService.export` the CLI calls, then the
file is written); the dialog is busy meanwhile and then says where the file went and its SHA-256.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.changes import Changes
from desktop.ui.i18n import arg, number, translate
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.widgets import error_label

AttachmentIdRole = Qt.ItemDataRole.UserRole + 1

_SAVE_TITLE = QT_TRANSLATE_NOOP("PackageFiles", "Save the package")
_SAVE_FILTER = QT_TRANSLATE_NOOP("PackageFiles", "Request packages (*.asice *.p7m)")

FileChooser = Callable[[QWidget, Path], "Path | None"]
"""(parent, suggested path) → the chosen destination, or None when the person cancelled."""


def choose_save_file(parent: QWidget, suggested: Path) -> Path | None:
    """The platform's Save dialog (production only; tests inject their own chooser)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("PackageFiles", _SAVE_TITLE),
        str(suggested),
        translate("PackageFiles", _SAVE_FILTER),
    )
    return Path(name) if name else None


def _default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


def _short(fingerprint: str) -> str:
    """The first 16 hex digits in pairs, as people read fingerprints out over the phone."""
    head = fingerprint[:16].upper()
    return " ".join(head[i : i + 2] for i in range(0, len(head), 2)) + " …"


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
        self._choose_file = choose_file or choose_save_file
        self._latest_plan = LatestOnly()
        self.context: Any = None  # session_api.ExportContext once loaded
        self.plan: Any = None  # packages.ExportPlan of the current choice
        self.exported: Any = None  # session_api.ExportDone after a successful export
        self._busy = False
        self._suffix = ".asice"
        self.setWindowTitle(arg(self.tr("Export %1"), reference))
        self.setAccessibleName(arg(self.tr("Export request %1 as a signed package"), reference))

        self.heading = QLabel(arg(self.tr("Loading %1…"), reference))
        self.heading.setObjectName("exportHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal_label = error_label("exportRefusal", self.tr("Why this request cannot be exported"))

        self.recipient_label = self._value_label(self.tr("Recipient agency"))
        self.signer_label = self._value_label(self.tr("Signed by"))
        self.encrypt_box = QCheckBox(self.tr("&Encrypt for the recipient"))
        self.encrypt_box.setAccessibleName(self.tr("Encrypt the package for the recipient agency"))
        self.encrypt_box.toggled.connect(self._encryption_toggled)
        self.encryption_label = self._value_label(self.tr("Encryption certificate"))
        form = QFormLayout()
        form.addRow(self.tr("Recipient:"), self.recipient_label)
        form.addRow(self.tr("Signed by:"), self.signer_label)
        encryption = QWidget()
        encryption_column = QVBoxLayout(encryption)
        encryption_column.setContentsMargins(0, 0, 0, 0)
        encryption_column.addWidget(self.encrypt_box)
        encryption_column.addWidget(self.encryption_label)
        form.addRow(self.tr("Encryption:"), encryption)

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
        self.cosign_box = QCheckBox(self.tr("Add the &filer's signature"))
        self.cosign_box.setAccessibleName(self.tr("Add the signature of the member who filed the request"))
        self.cosign_box.toggled.connect(self._cosign_toggled)
        self.filer_password_edit = QLineEdit()
        self.filer_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.filer_password_edit.setAccessibleName(self.tr("Password of the filer's signing certificate"))
        self.filer_password_edit.setEnabled(False)
        self.filer_password_edit.textChanged.connect(self._update_buttons)
        self.destination_edit = QLineEdit()
        self.destination_edit.setObjectName("exportDestination")
        self.destination_edit.setAccessibleName(self.tr("File the package is written to"))
        self.destination_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to write the package"))
        self.browse_button.clicked.connect(self.browse)
        destination_row = QHBoxLayout()
        destination_row.addWidget(self.destination_edit, 1)
        destination_row.addWidget(self.browse_button)
        signing = QFormLayout()
        password_caption = QLabel(self.tr("Certificate &password:"))
        password_caption.setBuddy(self.password_edit)
        signing.addRow(password_caption, self.password_edit)
        signing.addRow("", self.remembered_box)
        filer_caption = QLabel(self.tr("Filer's p&assword:"))
        filer_caption.setBuddy(self.filer_password_edit)
        signing.addRow("", self.cosign_box)
        signing.addRow(filer_caption, self.filer_password_edit)
        destination_caption = QLabel(self.tr("&Save to:"))
        destination_caption.setBuddy(self.destination_edit)
        signing.addRow(destination_caption, destination_row)

        self.status_label = QLabel()
        self.status_label.setObjectName("exportStatus")
        self.status_label.setAccessibleName(self.tr("Export status"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = error_label("exportError", self.tr("Error"))
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
        layout.addLayout(signing)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(680, 760)
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
        self.attachment_list.blockSignals(True)
        for offered in context.attachments:
            text = arg(self.tr("%1 (%2)"), offered.filename, offered.handling_code)
            if offered.held:
                text = arg(self.tr("%1 — held back: %2"), text, offered.reason)
            item = QListWidgetItem(text)
            item.setData(AttachmentIdRole, offered.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # What may leave is offered ticked; what a handling code holds back is not.
            item.setCheckState(Qt.CheckState.Unchecked if offered.held else Qt.CheckState.Checked)
            self.attachment_list.addItem(item)
        self.attachment_list.blockSignals(False)
        self.attachment_list.setVisible(bool(context.attachments))
        self.no_attachments_label.setVisible(not context.attachments)
        self.remembered_box.setVisible(context.password_remembered)
        self.remembered_box.setChecked(context.password_remembered)
        if not self.destination_edit.text():
            self.destination_edit.setText(str(_default_folder() / self._file_name()))
        self._show_refusal()
        self._set_inputs_enabled(context.can_export and context.has_credential)
        self._choice_changed()

    def _show_encryption(self, context: Any) -> None:
        certificates = context.encryption_certificates
        self.encrypt_box.setText(arg(self.tr("&Encrypt for %1"), context.recipient))
        if certificates:
            subject, fingerprint = certificates[0]
            self.encryption_label.setText(
                arg(self.tr("To the certificate %1 (SHA-256 %2)."), subject, _short(fingerprint))
            )
            self.encrypt_box.setChecked(True)
        else:
            self.encryption_label.setText(
                arg(
                    self.tr(
                        "Not encrypted: this case file holds no encryption certificate of %1 "
                        "(add one under Agencies and trust)."
                    ),
                    context.recipient,
                )
            )
            self.encrypt_box.setChecked(False)
        self.encrypt_box.setEnabled(bool(certificates))

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
            self.included_list.addItem(arg(self.tr("%1 — %2"), item.name, item.description))
        for item in plan.held_back:
            if override:
                self.included_list.addItem(
                    arg(self.tr("%1 — %2 (handling code overridden)"), item.name, item.description)
                )
            else:
                self.held_list.addItem(arg(self.tr("%1 — %2: %3"), item.name, item.description, item.reason))
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
            text = context.refusal
        elif plan is not None and plan.request_held and not self.override_box.isChecked():
            text = arg(
                self.tr("%1 is held back by its %2: nothing leaves unless you override it."),
                plan.request_reference,
                plan.held_back[0].reason,
            )
        self.refusal_label.setText(text)
        self.refusal_label.setVisible(bool(text))

    def _encryption_toggled(self, on: bool) -> None:
        suffix = ".asice.p7m" if on else ".asice"
        text = self.destination_edit.text()
        if text.endswith(self._suffix):
            self.destination_edit.setText(text[: -len(self._suffix)] + suffix)
        self._suffix = suffix

    def _file_name(self) -> str:
        return f"{self.reference}{self._suffix}"

    def _remembered_toggled(self, on: bool) -> None:
        self.password_edit.setEnabled(not on and not self._busy)
        if on:
            self.password_edit.clear()
        self._update_buttons()

    def _cosign_toggled(self, on: bool) -> None:
        self.filer_password_edit.setEnabled(on and not self._busy)
        if not on:
            self.filer_password_edit.clear()
        self._update_buttons()

    def browse(self) -> None:
        current = Path(self.destination_edit.text() or str(_default_folder() / self._file_name()))
        chosen = self._choose_file(self, current)
        if chosen is not None:
            self.destination_edit.setText(str(chosen))

    # -- export -----------------------------------------------------------------------------------

    def _ready(self) -> bool:
        context, plan = self.context, self.plan
        if context is None or plan is None or self._busy or self.exported is not None:
            return False
        if not (context.can_export and context.has_credential):
            return False
        if plan.request_held and not self.override_box.isChecked():
            return False
        if not self.destination_edit.text().strip():
            return False
        if self.cosign_box.isChecked() and not self.filer_password_edit.text():
            return False
        return self.remembered_box.isChecked() or bool(self.password_edit.text())

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self._ready())

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (
            self.attachment_list,
            self.override_box,
            self.remembered_box,
            self.cosign_box,
            self.destination_edit,
            self.browse_button,
        ):
            widget.setEnabled(enabled)
        self.encrypt_box.setEnabled(
            enabled and self.context is not None and bool(self.context.encryption_certificates)
        )
        self.password_edit.setEnabled(enabled and not self.remembered_box.isChecked())
        self.filer_password_edit.setEnabled(enabled and self.cosign_box.isChecked())

    def export(self) -> None:
        if not self._ready():
            return
        destination = Path(self.destination_edit.text().strip()).expanduser()
        options = {
            "password": None if self.remembered_box.isChecked() else self.password_edit.text(),
            "attachment_ids": self.chosen_attachments(),
            "override_handling": self.override_box.isChecked(),
            "filer_password": self.filer_password_edit.text() if self.cosign_box.isChecked() else None,
            "encrypt_for_agency": self.encrypt_box.isChecked(),
        }
        reference = self.reference
        self._busy = True
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
        self.password_edit.clear()
        self.filer_password_edit.clear()
        lines = [
            arg(self.tr("Written to %1 (%2 bytes)."), str(done.path), number(done.size)),
            arg(self.tr("SHA-256 of the file: %1"), done.sha256),
        ]
        for fingerprint in done.signer_fingerprints:
            lines.append(arg(self.tr("Signed with the certificate SHA-256 %1"), fingerprint))
        if done.encrypted_for:
            lines.append(arg(self.tr("Encrypted for %1."), done.encrypted_for))
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

    def forget_passwords(self) -> None:
        """Clear the passwords typed (the dialog is closing or the case file is being locked)."""
        self.password_edit.clear()
        self.filer_password_edit.clear()

    def reject(self) -> None:
        self.forget_passwords()
        super().reject()
