"""The Agencies page: partner agencies and the certificates pinned to them, and members' signing credentials.

One trip to the database worker loads everything shown (31 agencies, a trust store of a few dozen
certificates, one credential per member), so switching agency or country needs no further trip.
Pinning is two trips: the file is read and its certificates described (`AgencyService.inspect`),
the user compares the fingerprint with the partner's, and only then is it pinned
(`AgencyService.pin`, which checks the file still holds exactly what was compared). The rules
(who may change the trust store, expired PKCS#12 files) are the services'; the page greys out what
they would refuse anyway.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.trust import MAX_CERTIFICATE_FILE_BYTES
from desktop.models.enums import Role
from desktop.services.agency_service import CertificateDetails, PinnedCertificate
from desktop.services.credentials import MAX_PKCS12_BYTES, CredentialView
from desktop.services.dto import AgencyView
from desktop.ui.agencies.credentials import CredentialsPanel
from desktop.ui.agencies.dialogs import PinConfirmDialog, Pkcs12Dialog
from desktop.ui.agencies.display import group_fingerprint
from desktop.ui.agencies.partners import PartnersPanel
from desktop.ui.files import OpenFileChooser, ask_open_file, read_file
from desktop.ui.i18n import arg, translate
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.page import Page
from desktop.ui.widgets import error_label, state_label

CERTIFICATE_FILTER = QT_TRANSLATE_NOOP(
    "AgenciesPage", "Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)"
)
PKCS12_FILTER = QT_TRANSLATE_NOOP("AgenciesPage", "PKCS#12 files (*.p12 *.pfx);;All files (*)")
TRUST_ROLES = frozenset({Role.ADMINISTRATOR.value, Role.SUPERVISOR.value})


@dataclass(frozen=True)
class Loaded:
    """What one trip to the worker brings back."""

    member: str
    role: str | None
    agencies: tuple[AgencyView, ...]
    pinned: Mapping[str, tuple[PinnedCertificate, ...]]
    credentials: tuple[CredentialView, ...]

    @property
    def can_change_trust(self) -> bool:
        return self.role in TRUST_ROLES


def load(svc: Any, language: str) -> Loaded:  # worker thread
    from desktop.services.session_api import acting_member

    member, role = acting_member(svc.case_file)
    counts = svc.agencies.pinned_counts()
    return Loaded(
        member=member,
        role=role,
        agencies=tuple(svc.agencies.list(lang=language)),
        pinned={code: tuple(svc.agencies.pinned(code)) for code in counts},
        credentials=tuple(svc.credentials.list()),
    )


def inspect_file(svc: Any, path: str) -> tuple[bytes, list[CertificateDetails]]:  # worker thread
    data = read_file(path, max_bytes=MAX_CERTIFICATE_FILE_BYTES)
    return data, svc.agencies.inspect(data)


class AgenciesPage(Page):
    """Two tabs: "Partner agencies" (filter, details, pinned certificates) and "My signing credentials".

    Injectable (tests, the window): `choose_certificate_file` and `choose_pkcs12_file` ask for a
    path. `set_language(code)` names the agencies in the interface language (en, fr, nl).
    """

    WATCHES = ("trust", "credentials")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agencies")
        self._worker: ServicesWorker | None = None
        self._latest = LatestOnly()
        self._loaded: Loaded | None = None
        self._busy = False
        self._language = "en"
        self.choose_certificate_file: OpenFileChooser = ask_open_file
        self.choose_pkcs12_file: OpenFileChooser = ask_open_file
        self.pin_dialog: PinConfirmDialog | None = None
        self.remove_confirm: QMessageBox | None = None
        self.pkcs12_dialog: Pkcs12Dialog | None = None

        heading = QLabel(self.tr("Agencies and trust"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        heading.setAccessibleName(self.tr("Agencies and trust"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Reload the agencies and certificates"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.partners = PartnersPanel()
        self.partners.pin_button.clicked.connect(self.pin_certificate)
        self.partners.remove_button.clicked.connect(self.remove_certificate)
        self.credentials = CredentialsPanel()
        self.credentials.import_button.clicked.connect(self.import_pkcs12)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Agencies and trust"))
        self.tabs.addTab(self.partners, self.tr("&Partner agencies"))
        self.tabs.addTab(self.credentials, self.tr("&My signing credentials"))

        self.loading_label = state_label(self.tr("Loading…"), self.tr("Loading"))
        self._body = QStackedWidget()
        self._body.addWidget(self.loading_label)
        self._body.addWidget(self.tabs)

        self.status_label = QLabel()
        self.status_label.setObjectName("agenciesStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Last action"))
        self.error_label = error_label("agenciesError", self.tr("Error"))
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.error_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._body, 1)
        layout.addLayout(footer)
        self._update_buttons()

    # -- wiring ---------------------------------------------------------------------------------

    def attach(self, worker: ServicesWorker) -> None:
        """Show the agencies and certificates of the case file that was just unlocked."""
        self.error_label.clear()
        self.status_label.clear()
        super().attach(worker)  # loads now if shown, else when first shown

    def detach(self) -> None:
        """The case file is being locked: forget every agency, certificate and open dialog."""
        self._worker = None
        self._latest.invalidate()
        self._loaded = None
        self._busy = False
        for dialog in (self.pin_dialog, self.remove_confirm, self.pkcs12_dialog):
            if dialog is not None:
                dialog.close()
        self.pin_dialog = self.remove_confirm = self.pkcs12_dialog = None  # type: ignore[assignment]
        self.partners.clear()
        self.credentials.clear()
        self.status_label.clear()
        self.error_label.clear()
        self._body.setCurrentWidget(self.loading_label)
        self._update_buttons()

    def refresh(self) -> None:
        worker = self._worker
        if worker is None:
            return
        guard = self._latest.start()
        language = self._language
        if self._loaded is None:
            self._body.setCurrentWidget(self.loading_label)
        Op(self, worker, lambda svc: load(svc, language)).success(guard(self._arrived)).failure(
            guard(self._failed)
        ).run()

    def set_language(self, code: str) -> None:
        """Name the agencies in `code` (en, fr, nl; another gets each agency's own name)."""
        if code != self._language:
            self._language = code
            self.refresh()

    @property
    def loaded(self) -> Loaded | None:
        return self._loaded

    # -- loading --------------------------------------------------------------------------------

    def _arrived(self, loaded: Loaded) -> None:
        self._loaded = loaded
        self.partners.show_data(loaded.agencies, loaded.pinned, can_change=loaded.can_change_trust)
        self.credentials.show_data(loaded.credentials, loaded.member)
        self._body.setCurrentWidget(self.tabs)
        self._update_buttons()

    def _failed(self, sentence: str) -> None:
        self.error_label.setText(sentence)

    def _update_buttons(self) -> None:
        ready = self._worker is not None and not self._busy and self._loaded is not None
        self.partners.set_ready(ready)
        self.credentials.set_ready(ready)
        self.refresh_button.setEnabled(self._worker is not None)

    def _start_action(self) -> None:
        self._busy = True
        self.error_label.clear()
        self.status_label.clear()
        self._update_buttons()

    def _action_failed(self, sentence: str) -> None:
        self._busy = False
        self.error_label.setText(sentence)
        self._update_buttons()

    def _done(self, message: str, **changes: bool) -> None:
        self._busy = False
        self.status_label.setText(message)
        self.emit_changes(**changes)
        self.refresh()

    # -- pinning --------------------------------------------------------------------------------

    def pin_certificate(self) -> None:
        """Choose a file, describe its certificates, then ask for the fingerprint comparison."""
        agency = self.partners.selected_agency()
        worker = self._worker
        if agency is None or worker is None or self._busy:
            return
        path = self.choose_certificate_file(
            self,
            arg(self.tr("Certificate of %1"), agency.code),
            translate("AgenciesPage", CERTIFICATE_FILTER),
        )
        if not path:
            return
        code = agency.code
        self._start_action()
        Op(self, worker, lambda svc: inspect_file(svc, path)).success(
            lambda result: self._inspected(code, Path(path).name, *result)
        ).failure(self._action_failed).run()

    def _inspected(
        self, code: str, file_name: str, data: bytes, certificates: list[CertificateDetails]
    ) -> None:
        self._busy = False
        self._update_buttons()
        if self._worker is None:
            return
        dialog = PinConfirmDialog(code, file_name, data, certificates, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._pin(dialog.agency_code, dialog.data, dialog.fingerprints))
        dialog.finished.connect(lambda _result: self._pin_dialog_closed(dialog))
        self.pin_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _pin_dialog_closed(self, dialog: PinConfirmDialog) -> None:
        if self.pin_dialog is dialog:
            self.pin_dialog = None

    def _pin(self, code: str, data: bytes, fingerprints: tuple[str, ...]) -> None:
        worker = self._worker
        if worker is None:
            return
        self._start_action()
        Op(self, worker, lambda svc: svc.agencies.pin(code, data, confirmed=fingerprints)).success(
            lambda added: self._pinned(code, fingerprints, len(added))
        ).failure(self._action_failed).run()

    def _pinned(self, code: str, fingerprints: tuple[str, ...], added: int) -> None:
        if added:
            self.partners.select_agency(code)
            if added == 1:
                message = arg(self.tr("The certificate is pinned to %1."), code)
            else:
                message = arg(self.tr("%1 certificates are pinned to %2."), added, code)
            self._done(message, trust=True)
            return
        self._busy = False
        self._update_buttons()
        self.status_label.setText(
            self.tr("Nothing new: this certificate is already in the trust store.")
            if len(fingerprints) == 1
            else self.tr("Nothing new: these certificates are already in the trust store.")
        )

    # -- removing -------------------------------------------------------------------------------

    def remove_certificate(self) -> None:
        certificate = self.partners.selected_certificate()
        if certificate is None or self._worker is None or self._busy or self.remove_confirm is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove a pinned certificate"),
            arg(
                self.tr(
                    "Remove %1 from the trust store of %2? Packages signed under it will no longer be "
                    "trusted.\n\nSHA-256 %3"
                ),
                certificate.subject,
                certificate.agency_code,
                group_fingerprint(certificate.fingerprint),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("removeCertificateConfirm")
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Remove"))
        yes.setAccessibleName(self.tr("Remove the certificate from the trust store"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fingerprint, code = certificate.fingerprint, certificate.agency_code
        box.buttonClicked.connect(
            lambda button: (
                self._remove(fingerprint, code)
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        box.finished.connect(lambda _result: self._remove_confirm_closed(box))
        self.remove_confirm = box
        box.open()

    def _remove_confirm_closed(self, box: QMessageBox) -> None:
        if self.remove_confirm is box:
            self.remove_confirm = None

    def _remove(self, fingerprint: str, code: str) -> None:
        worker = self._worker
        if worker is None:
            return
        self._start_action()
        Op(self, worker, lambda svc: svc.trust.remove(fingerprint, code)).success(
            lambda _none: self._done(arg(self.tr("The certificate was removed from %1."), code), trust=True)
        ).failure(self._action_failed).run()

    # -- signing credentials ----------------------------------------------------------------------

    def import_pkcs12(self) -> None:
        loaded = self._loaded
        if loaded is None or self._worker is None or self._busy or self.pkcs12_dialog is not None:
            return
        path = self.choose_pkcs12_file(
            self, self.tr("Your signing certificate"), translate("AgenciesPage", PKCS12_FILTER)
        )
        if not path:
            return
        dialog = Pkcs12Dialog(Path(path).name, loaded.member, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_submitted.connect(
            lambda password, remember: self._import(dialog, path, password, remember)
        )
        dialog.finished.connect(lambda _result: self._pkcs12_dialog_closed(dialog))
        self.pkcs12_dialog = dialog
        self.error_label.clear()
        self.status_label.clear()
        dialog.open()

    def _pkcs12_dialog_closed(self, dialog: Pkcs12Dialog) -> None:
        if self.pkcs12_dialog is dialog:
            self.pkcs12_dialog = None

    def _import(self, dialog: Pkcs12Dialog, path: str, password: str, remember: bool) -> None:
        worker = self._worker
        if worker is None:
            dialog.close()
            return

        def run(svc: Any) -> CredentialView:  # worker thread
            # One byte past the limit, so the service's own sentence says the file is too large.
            data = read_file(path, max_bytes=MAX_PKCS12_BYTES, refuse_larger=False)
            return svc.credentials.import_pkcs12(data, password, remember_password=remember)

        self._busy = True
        self._update_buttons()
        Op(self, worker, run).success(lambda view: self._imported(dialog, view)).failure(
            lambda sentence: self._import_failed(dialog, sentence)
        ).run()

    def _imported(self, dialog: Pkcs12Dialog, view: CredentialView) -> None:
        if self.pkcs12_dialog is dialog:  # not closed (nor deleted) meanwhile
            dialog.accept()
        self.tabs.setCurrentWidget(self.credentials)
        self._done(
            arg(self.tr("Signing certificate of %1 imported: %2."), view.member, view.subject),
            credentials=True,
        )

    def _import_failed(self, dialog: Pkcs12Dialog, sentence: str) -> None:
        self._busy = False
        self._update_buttons()
        if self.pkcs12_dialog is dialog:
            dialog.show_error(sentence)
        else:
            self.error_label.setText(sentence)
