"""The verify / import dialog: what a dropped or chosen package is, whether to believe it, and filing it.

The file is read (under the importer's 64 MB cap), verified against this case file's trust store
and, on request, imported — each step an Op on the database worker, never on the GUI thread.
The report is shown in plain language: a green, amber or red verdict, each sub-indication
explained with what to do, who signed it for which agency and when (local time and zone), the
request it concerns and the files inside. "Import" is enabled only for a report the importer would
accept (TOTAL_PASSED with a readable request.json); the importer checks everything again anyway.
An encrypted package (.p7m) needs the agency's decryption key (a PKCS#12 file and its password).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.changes import Changes
from desktop.ui.exchange.report_text import FILE_PASSED, PASSED, colour_of, explain, headline, local_text
from desktop.ui.i18n import arg, translate
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.sentences import tell
from desktop.ui.widgets import error_label

_KEY_TITLE = QT_TRANSLATE_NOOP("PackageFiles", "Decryption key")
_KEY_FILTER = QT_TRANSLATE_NOOP("PackageFiles", "PKCS#12 files (*.p12 *.pfx)")

KeyChooser = Callable[[QWidget], "Path | None"]
"""(parent) → the PKCS#12 file holding the agency's decryption key, or None when cancelled."""


def choose_key_file(parent: QWidget) -> Path | None:
    """The platform's Open dialog (production only; tests inject their own chooser)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, translate("PackageFiles", _KEY_TITLE), "", translate("PackageFiles", _KEY_FILTER)
    )
    return Path(name) if name else None


def _common_name(subject: str | None) -> str:
    """`Joris de Vries` out of `CN=Joris de Vries,O=…`; the whole subject if it has no CN."""
    if not subject:
        return "?"
    for part in subject.split(","):
        key, _sep, value = part.partition("=")
        if key.strip().upper() == "CN" and value:
            return value.strip()
    return subject


class VerifyDialog(QDialog):
    """Verify a package file and, if it is valid, import it (GUI thread).

    `data` skips reading `path` (the bytes are already in memory). Emits `sig_imported(result)`
    with the ImportResult after every import the service accepted (outcome "created",
    "answered" or "duplicate"), and `sig_changed(Changes)` when the case file changed.
    """

    sig_imported = Signal(object)
    sig_changed = Signal(object)
    sig_verified = Signal(object)  # the ValidationReport, whenever one is shown

    def __init__(
        self,
        worker: ServicesWorker,
        path: Path,
        parent: QWidget | None = None,
        *,
        data: bytes | None = None,
        choose_key: KeyChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self._worker = worker
        self.path = Path(path)
        self._choose_key = choose_key or choose_key_file
        self._latest = LatestOnly()
        self._data: bytes | None = data
        self._encrypted = False
        self._key: bytes | None = None
        self.report: Any = None
        self.result: Any = None
        self._busy = False
        self.setWindowTitle(arg(self.tr("Package %1"), self.path.name))
        self.setAccessibleName(arg(self.tr("Verify the package %1"), self.path.name))

        self.verdict_label = QLabel(self.tr("Reading the package…"))
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        self.verdict_label.setStyleSheet("padding: 8px; font-weight: 600;")
        self.sentence_label = self._text_label("verifySentence", self.tr("What the verifier found"))
        self.advice_label = self._text_label("verifyAdvice", self.tr("What to do"))

        self.key_box = QGroupBox(self.tr("The package is encrypted"))
        self.key_box.setObjectName("verifyKey")
        self.key_path_label = self._text_label("verifyKeyFile", self.tr("Decryption key file"))
        self.key_button = QPushButton(self.tr("Choose the &decryption key…"))
        self.key_button.setAccessibleName(self.tr("Choose your agency's decryption key (PKCS#12)"))
        self.key_button.clicked.connect(self.choose_key)
        self.key_password_edit = QLineEdit()
        self.key_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_password_edit.setAccessibleName(self.tr("Password of the decryption key"))
        self.key_password_edit.textChanged.connect(self._update_buttons)
        self.decrypt_button = QPushButton(self.tr("Decrypt and &verify"))
        self.decrypt_button.setAccessibleName(self.tr("Decrypt the package and verify it"))
        self.decrypt_button.clicked.connect(self.verify)
        key_form = QFormLayout(self.key_box)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_path_label, 1)
        key_row.addWidget(self.key_button)
        key_form.addRow(self.tr("Key file:"), key_row)
        key_caption = QLabel(self.tr("Key &password:"))
        key_caption.setBuddy(self.key_password_edit)
        key_form.addRow(key_caption, self.key_password_edit)
        key_form.addRow("", self.decrypt_button)
        self.key_box.hide()

        self.details_box = QGroupBox(self.tr("What the package says"))
        self.fields: dict[str, QLabel] = {}
        details = QFormLayout(self.details_box)
        for key, caption in (
            ("kind", self.tr("Kind:")),
            ("sender", self.tr("From agency:")),
            ("recipient", self.tr("To agency:")),
            ("reference", self.tr("Request reference:")),
            ("in_reply_to", self.tr("In reply to:")),
            ("title", self.tr("Title:")),
            ("sha256", self.tr("SHA-256 of the file:")),
        ):
            label = self._text_label("", caption.rstrip(":"))
            details.addRow(caption, label)
            self.fields[key] = label
        self.signature_list = QListWidget()
        self.signature_list.setObjectName("verifySignatures")
        self.signature_list.setAccessibleName(self.tr("Signatures: who signed, for which agency, when"))
        self.signature_list.setWordWrap(True)
        self.file_list = QListWidget()
        self.file_list.setObjectName("verifyFiles")
        self.file_list.setAccessibleName(self.tr("Files inside the package"))
        signatures_caption = QLabel(self.tr("Si&gnatures:"))
        signatures_caption.setBuddy(self.signature_list)
        files_caption = QLabel(self.tr("&Files inside:"))
        files_caption.setBuddy(self.file_list)
        details.addRow(signatures_caption, self.signature_list)
        details.addRow(files_caption, self.file_list)
        self.details_box.hide()

        self.result_label = self._text_label("verifyResult", self.tr("Import result"))
        self.error_label = error_label("verifyError", self.tr("Error"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(self.tr("Import the package into this case file"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_package)
        self.again_button = QPushButton(self.tr("Verify a&gain"))
        self.again_button.setAccessibleName(
            self.tr("Verify the package again, after changing the trust store")
        )
        self.again_button.setEnabled(False)
        self.again_button.clicked.connect(self.verify)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the package dialog")
        )
        # AcceptRole would close the dialog: Import is handled by its own clicked slot instead.
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.sentence_label)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.key_box)
        layout.addWidget(self.details_box, 10)
        layout.addStretch(1)  # takes the room when there are no details to show
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(640, 600)
        self._set_verdict_colour(None)
        if data is None:
            self.read()
        else:
            self._file_read(None)

    def _text_label(self, name: str, accessible: str) -> QLabel:
        label = QLabel()
        if name:
            label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible)
        return label

    # -- reading ----------------------------------------------------------------------------------

    def read(self) -> None:
        path = self.path

        def fetch(_svc: Any) -> Any:
            from desktop.services.session_exchange import read_package_file

            return read_package_file(path)

        self._start(self.tr("Reading the package…"))
        Op(self, self._worker, fetch).success(self._file_read).failure(self._failed).run()

    def _file_read(self, package: Any) -> None:
        from desktop.services.session_exchange import package_is_encrypted

        if package is not None:
            self._data = package.data
            self._encrypted = package.encrypted
        else:
            self._encrypted = package_is_encrypted(self._data or b"")
        self._busy = False
        if self._encrypted:
            self.key_box.show()
            self._set_verdict_colour(None)
            self.verdict_label.setText(
                self.tr("This package is encrypted: choose your agency's decryption key to verify it.")
            )
            self._update_buttons()
            return
        self.verify()

    # -- verifying --------------------------------------------------------------------------------

    def choose_key(self) -> None:
        chosen = self._choose_key(self)
        if chosen is None:
            return

        def fetch(_svc: Any) -> Any:
            from desktop.services.session_exchange import read_pkcs12_file

            return read_pkcs12_file(chosen)

        Op(self, self._worker, fetch).success(lambda data: self._key_read(chosen, data)).failure(
            self.error_label.setText
        ).run()

    def _key_read(self, path: Path, data: bytes) -> None:
        self._key = data
        self.key_path_label.setText(path.name)
        self.error_label.clear()
        self._update_buttons()

    def verify(self) -> None:
        data = self._data
        if data is None or self._busy:
            return
        key, password = (self._key, self.key_password_edit.text()) if self._encrypted else (None, None)
        if self._encrypted and key is None:
            self.error_label.setText(self.tr("Choose your agency's decryption key first."))
            return

        def check(svc: Any) -> Any:
            from desktop.services.session_exchange import verify_package_data

            return verify_package_data(svc, data, pkcs12=key, password=password)

        guard = self._latest.start()
        self._start(self.tr("Verifying the package…"))
        Op(self, self._worker, check).success(guard(self._verified)).failure(guard(self._failed)).run()

    def _verified(self, report: Any) -> None:
        self._busy = False
        self.report = report
        self.error_label.clear()
        self._set_verdict_colour(report.indication)
        self.verdict_label.setText(headline(report.indication))
        document = report.document
        if report.indication == PASSED and document is not None:
            # Worded with the signers' common names, not the verifier's full distinguished names.
            signers = QLocale().createSeparatedList([_common_name(s.signer) for s in report.signatures])
            self.sentence_label.setText(
                arg(
                    self.tr("The package from %1 is intact and signed by %2, whose certificates you trust."),
                    document.sender.agency,
                    signers,
                )
            )
        else:
            self.sentence_label.setText(tell(report.sentence))
        sender = document.sender.agency if document is not None else ""
        explained = explain(report.sub_indication, report.indication, sender)
        if document is None:
            # Not a package at all (garbage, a damaged container): its one sentence says it all.
            self.advice_label.clear()
        elif explained.meaning:
            self.advice_label.setText(arg(self.tr("%1 %2"), explained.meaning, explained.advice))
        else:
            self.advice_label.setText(explained.advice)
        self.advice_label.setVisible(bool(self.advice_label.text()))
        self._show_details(report)
        self._update_buttons()
        self.sig_verified.emit(report)

    def _show_details(self, report: Any) -> None:
        document = report.document
        self.signature_list.clear()
        self.file_list.clear()
        if document is None:
            # Nothing readable inside (garbage, a damaged container): the sentence says it all.
            self.details_box.hide()
            return
        answer = document.answer
        values = {
            "kind": self.tr("An answer to one of our requests") if answer else self.tr("A request to us"),
            "sender": arg(self.tr("%1 (%2)"), document.sender.agency, document.sender.country),
            "recipient": arg(self.tr("%1 (%2)"), document.recipient.agency, document.recipient.country),
            "reference": document.request.reference,
            "in_reply_to": answer.in_reply_to if answer else "",
            "title": document.request.title,
            "sha256": report.package_sha256,
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.fields["in_reply_to"].setVisible(bool(answer))
        for signature in report.signatures:
            when = local_text(signature.signing_time) or self.tr("no signing time")
            agency = signature.signer_agency or self.tr("no agency you trust")
            text = arg(
                self.tr("%1 — trusted for %2 — signed %3"), _common_name(signature.signer), agency, when
            )
            if signature.indication != PASSED:
                text = arg(self.tr("%1\n%2"), text, tell(signature.sentence))
                if signature.sub_indication != report.sub_indication:
                    # The advice above is about the first problem; this signature has another one.
                    advice = explain(signature.sub_indication, signature.indication, document.sender.agency)
                    text = arg(self.tr("%1 %2"), text, advice.advice)
            self.signature_list.addItem(text)
            item = self.signature_list.item(self.signature_list.count() - 1)
            item.setToolTip(signature.signer or "")
        for file in report.files:
            said = self.tr("exactly as signed.") if file.indication == FILE_PASSED else tell(file.sentence)
            self.file_list.addItem(arg(self.tr("%1 — %2"), file.name, said))
        self.details_box.show()

    # -- importing --------------------------------------------------------------------------------

    def can_import(self) -> bool:
        """What import_package requires before it writes: TOTAL_PASSED and a readable request.json."""
        report = self.report
        return (
            report is not None
            and report.indication == PASSED
            and report.document is not None
            and self.result is None
            and not self._busy
        )

    def import_package(self) -> None:
        if not self.can_import() or self._data is None:
            return
        data, name = self._data, self.path.name
        key, password = (self._key, self.key_password_edit.text()) if self._encrypted else (None, None)

        def run(svc: Any) -> Any:
            from desktop.services.session_exchange import import_package_data

            return import_package_data(svc, data, name, pkcs12=key, password=password)

        self._start(self.tr("Importing the package…"))
        Op(self, self._worker, run).success(self._imported).failure(self._failed).run()

    def _imported(self, result: Any) -> None:
        self._busy = False
        self.result = result
        # Used for the last time: nothing is verified or imported again from this dialog, so the
        # decryption key, its password and the package's bytes go now, not when it closes.
        self.forget_secrets()
        self.key_path_label.clear()
        self.result_label.setText(tell(result.sentence))
        self._update_buttons()
        self.sig_imported.emit(result)
        if result.outcome != "duplicate":
            self.sig_changed.emit(Changes(requests=True, loans=True, origin=self))

    # -- state ------------------------------------------------------------------------------------

    def _start(self, what: str) -> None:
        self._busy = True
        self.error_label.clear()
        if self.report is not None:
            self.result_label.setText(what)
        else:
            self.sentence_label.setText(what)
        self._update_buttons()

    def _failed(self, sentence: str) -> None:
        self._busy = False
        if self.report is None:
            self._set_verdict_colour("TOTAL_FAILED" if not self._encrypted else None)
            if not self._encrypted:
                self.verdict_label.setText(self.tr("This file cannot be verified."))
            self.sentence_label.clear()
        self.result_label.clear()
        self.error_label.setText(sentence)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self.can_import())
        self.again_button.setEnabled(
            self._data is not None and not self._busy and self.report is not None and self.result is None
        )
        ready_key = self._key is not None and not self._busy
        self.decrypt_button.setEnabled(ready_key)
        self.key_button.setEnabled(not self._busy)

    def _set_verdict_colour(self, indication: str | None) -> None:
        if indication is None:
            self.verdict_label.setStyleSheet("padding: 8px; font-weight: 600;")
            self.verdict_label.setProperty("indication", "")
            return
        background, text, border = colour_of(indication)
        self.verdict_label.setProperty("indication", indication)
        self.verdict_label.setStyleSheet(
            f"padding: 8px; font-weight: 600; background: {background}; color: {text}; "
            f"border: 1px solid {border};"
        )

    def forget_secrets(self) -> None:
        """Drop the key and its password, and the package bytes (closing, or the file is locked)."""
        self._key = None
        self._data = None
        self.key_password_edit.clear()

    def reject(self) -> None:
        self.forget_secrets()
        super().reject()
