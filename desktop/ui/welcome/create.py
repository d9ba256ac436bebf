"""Create a case file: where, own agency, members, an optional escrow certificate, the recovery code.

The same service as `casedesk init` (then `member add` and `escrow add`):
`session_api.create_new_case_file`, run on the database worker because each passphrase costs an
Argon2id derivation. The last page shows the recovery code once; Finish stays disabled until the
person ticks "I have stored the recovery code", and finishing clears it from the widgets.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.session_start import agency_choices, create_new_case_file, failure_kind
from desktop.ui.i18n import arg, current_language
from desktop.ui.sentences import tell
from desktop.ui.welcome.choosers import Chooser, choose_certificate, choose_folder, documents_folder
from desktop.ui.welcome.members import MembersPage
from desktop.ui.welcome.recovery_code import RecoveryCodePanel
from desktop.ui.widgets import error_label
from desktop.ui.worker import DatabaseWorker

if TYPE_CHECKING:
    from desktop.services.session_start import KdfParams

SUFFIX = ".casedesk"
WHERE, MEMBERS, ESCROW, BUSY, CODE = range(5)


class CreateCaseFileDialog(QDialog):
    """The create-case-file wizard (GUI thread). Emits `sig_created(Path)` when Finish is pressed."""

    sig_created = Signal(Path)

    def __init__(
        self,
        worker: DatabaseWorker,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
        folder: Path | None = None,
        choose_folder: Chooser = choose_folder,
        choose_certificate: Chooser = choose_certificate,
        choose_save_path: Chooser | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._kdf = kdf
        self._choose_folder = choose_folder
        self._choose_certificate = choose_certificate
        self._created: Path | None = None
        self.setWindowTitle(self.tr("Create a case file"))
        self.setObjectName("createCaseFile")
        self.setMinimumWidth(560)
        self.resize(600, 640)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._where_page(folder or documents_folder()))
        self.members_page = MembersPage()
        scroll = QScrollArea()  # a small screen still shows every field at its height
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.members_page)
        self.pages.addWidget(scroll)
        self.pages.addWidget(self._escrow_page())
        self.pages.addWidget(self._busy_page())
        self.code_panel = RecoveryCodePanel(choose_save_path=choose_save_path)
        self.code_panel.sig_stored.connect(self._stored_toggled)
        self.pages.addWidget(self.code_panel)
        self.error = error_label("createError", self.tr("Error"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button = QPushButton(self.tr("&Finish"))
        self.finish_button.setAccessibleName(self.tr("Finish and go to the unlock screen"))
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel creating a case file"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._go(WHERE)

    # -- pages ---------------------------------------------------------------------------------

    def _where_page(self, folder: Path) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "A case file is an encrypted folder ending in .casedesk. "
                "Keep it where your service's backups reach it."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(folder))
        self.folder.setObjectName("folder")
        self.folder.setAccessibleName(self.tr("Folder"))
        self.browse_button = QPushButton(self.tr("B&rowse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the folder"))
        self.browse_button.clicked.connect(self._browse)
        self.file_name = QLineEdit()
        self.file_name.setObjectName("fileName")
        self.file_name.setAccessibleName(self.tr("File name"))
        self.file_name.setPlaceholderText(self.tr("for example: pursuits-2026"))
        self.agency = QComboBox()
        self.agency.setObjectName("ownAgency")
        self.agency.setAccessibleName(self.tr("Your agency"))
        self.agency.addItem(self.tr("(choose later)"), "")
        for choice in agency_choices(current_language()):  # named in the interface's language
            self.agency.addItem(
                arg(self.tr("%1 — %2 (%3)"), choice.country, choice.name, choice.code), choice.code
            )
        self.preview = QLabel()
        self.preview.setObjectName("pathPreview")
        self.preview.setWordWrap(True)
        self.folder.textChanged.connect(self._update_preview)
        self.file_name.textChanged.connect(self._update_preview)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        folder_label = QLabel(self.tr("F&older:"))
        folder_label.setBuddy(self.folder)
        name_label = QLabel(self.tr("File &name:"))
        name_label.setBuddy(self.file_name)
        agency_label = QLabel(self.tr("Your &agency:"))
        agency_label.setBuddy(self.agency)
        form.addRow(folder_label, folder_row)
        form.addRow(name_label, self.file_name)
        form.addRow(agency_label, self.agency)
        form.addRow("", self.preview)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self._update_preview()
        return page

    def _escrow_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Optional: your agency's escrow certificate lets the holder of its private key open "
                "this case file when no member can. Ask your administrator for the certificate file (PEM)."
            )
        )
        intro.setWordWrap(True)
        self.certificate = QLineEdit()
        self.certificate.setObjectName("escrowCertificate")
        self.certificate.setAccessibleName(self.tr("Escrow certificate file"))
        self.certificate.setPlaceholderText(self.tr("no escrow certificate"))
        self.certificate_button = QPushButton(self.tr("C&hoose…"))
        self.certificate_button.setAccessibleName(self.tr("Choose the escrow certificate"))
        self.certificate_button.clicked.connect(self._choose_escrow)
        row = QHBoxLayout()
        row.addWidget(self.certificate, 1)
        row.addWidget(self.certificate_button)
        label = QLabel(self.tr("&Certificate:"))
        label.setBuddy(self.certificate)
        form = QFormLayout()
        form.addRow(label, row)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _busy_page(self) -> QWidget:
        page = QWidget()
        self.busy_label = QLabel(
            self.tr("Creating the case file and protecting each passphrase; this takes a few seconds…")
        )
        self.busy_label.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Creating the case file"))
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        return page

    # -- navigation ----------------------------------------------------------------------------

    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index in (MEMBERS, ESCROW))
        self.next_button.setVisible(index in (WHERE, MEMBERS, ESCROW))
        self.next_button.setText(self.tr("&Create") if index == ESCROW else self.tr("&Next"))
        self.finish_button.setVisible(index == CODE)
        self.finish_button.setEnabled(index == CODE and self.code_panel.stored.isChecked())
        self.cancel_button.setVisible(index in (WHERE, MEMBERS, ESCROW))
        focus = {WHERE: self.file_name, MEMBERS: self.members_page.name, ESCROW: self.certificate}
        if index in focus:
            focus[index].setFocus()
        elif index == CODE:
            self.code_panel.code_label.setFocus()

    def go_back(self) -> None:
        self.error.clear()
        if self.pages.currentIndex() in (MEMBERS, ESCROW):
            self._go(self.pages.currentIndex() - 1)

    def go_next(self) -> None:
        index = self.pages.currentIndex()
        if index == WHERE and self._check_where():
            self._go(MEMBERS)
        elif index == MEMBERS and self.members_page.check():
            self.members_page.conceal()  # a passphrase shown to check it is hidden again once used
            self._go(ESCROW)
        elif index == ESCROW and self._check_escrow():
            self._create()

    def target(self) -> Path | None:
        """The NAME.casedesk folder the form describes, or None while it is incomplete."""
        folder = self.folder.text().strip()
        name = self.file_name.text().strip()
        if not folder or not name:
            return None
        if not name.endswith(SUFFIX):
            name += SUFFIX
        return Path(folder).expanduser() / name

    def _update_preview(self) -> None:
        target = self.target()
        self.preview.setText(
            arg(self.tr("The case file will be %1"), target)
            if target
            else self.tr("Choose a folder and a name.")
        )

    def _check_where(self) -> bool:
        name = self.file_name.text().strip()
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or not folder.is_dir():
            self.error.setText(self.tr("Choose an existing folder for the case file."))
            return False
        if not name:
            self.error.setText(self.tr("Give the case file a name."))
            self.file_name.setFocus()
            return False
        if any(ch in name for ch in "/\\:") or name.startswith("."):
            self.error.setText(self.tr("A file name cannot contain / \\ or : nor start with a dot."))
            return False
        target = self.target()
        if target is not None and target.exists():
            self.error.setText(arg(self.tr("%1 already exists; choose another name."), target.name))
            return False
        self.error.clear()
        return True

    def _check_escrow(self) -> bool:
        text = self.certificate.text().strip()
        if text and not Path(text).expanduser().is_file():
            self.error.setText(arg(self.tr("There is no certificate file at %1."), text))
            return False
        self.error.clear()
        return True

    def _browse(self) -> None:
        chosen = self._choose_folder(self)
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _choose_escrow(self) -> None:
        chosen = self._choose_certificate(self)
        if chosen is not None:
            self.certificate.setText(str(chosen))

    # -- creating ------------------------------------------------------------------------------

    def _create(self) -> None:
        target = self.target()
        assert target is not None
        members = self.members_page.members()
        agency = str(self.agency.currentData() or "") or None
        text = self.certificate.text().strip()
        certificate = Path(text).expanduser() if text else None
        kdf = self._kdf
        self._go(BUSY)
        self._worker.run(
            lambda: create_new_case_file(
                target, members, agency_code=agency, escrow_certificate=certificate, kdf=kdf
            ),
            lambda code: self._created_file(target, code),
            self._create_failed,
        )

    def _created_file(self, target: Path, code: str) -> None:
        self._created = target
        self.members_page.clear_secrets()
        self.code_panel.show_code(code, target.name)
        self._go(CODE)

    def _create_failed(self, error: Exception) -> None:
        kind = failure_kind(error)
        if kind == "internal":
            self.error.setText(self.tr("The case file could not be created."))
        else:
            self.error.setText(tell(error))  # a service's own sentence: a duplicate, a bad certificate…
        self._go(ESCROW)

    def _stored_toggled(self, stored: bool) -> None:
        self.finish_button.setEnabled(stored and self.pages.currentIndex() == CODE)

    def finish(self) -> None:
        """Only once the code is stored: clear it from the widgets, announce the file, close."""
        if self._created is None or not self.code_panel.stored.isChecked():
            return
        created = self._created
        self.code_panel.clear()
        self.sig_created.emit(created)
        self.accept()

    def reject(self) -> None:
        # Never while the file is being made, and never past the recovery code unconfirmed: the
        # code would be lost with the dialog. Escape and the window's close button come here too.
        if self.pages.currentIndex() in (BUSY, CODE):
            return
        self.members_page.clear_secrets()
        super().reject()

    @property
    def created(self) -> Path | None:
        """The case file made by this dialog, once it exists."""
        return self._created
