"""The "My signing credentials" tab: the members' signing certificates and the import of one's own.

A view only: the page loads the credentials and runs the import. GUI thread throughout.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.credentials import CredentialView
from desktop.ui.agencies.display import Expiry, expiry, expiry_text, group_fingerprint, local_time
from desktop.ui.agencies.partners import paint_expiry
from desktop.ui.i18n import arg, translate
from desktop.ui.widgets import list_table, state_label

_HEADERS = (
    QT_TRANSLATE_NOOP("AgenciesPage", "Member"),
    QT_TRANSLATE_NOOP("AgenciesPage", "Certificate"),
    QT_TRANSLATE_NOOP("AgenciesPage", "SHA-256 fingerprint"),
    QT_TRANSLATE_NOOP("AgenciesPage", "Valid until"),
    QT_TRANSLATE_NOOP("AgenciesPage", "Status"),
)
STATUS_COLUMN = 4


def credential_expiry(view: CredentialView) -> Expiry:
    # A credential's start is not kept (CredentialView); it was valid when imported, so its end counts.
    return expiry(None, view.not_after)


class CredentialsPanel(QWidget):
    """Every member's signing certificate, the acting member's in bold, and "Import PKCS#12…"."""

    EMPTY_TEXT = QT_TRANSLATE_NOOP(
        "AgenciesPage",
        "No member has a signing certificate yet — import yours with Import PKCS#12… to sign request packages.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._credentials: tuple[CredentialView, ...] = ()
        self._member = ""
        intro = QLabel(
            self.tr(
                "A supervisor signs the request packages they approved with their own certificate "
                "(a PKCS#12 file from their agency's PKI). Each member imports their own."
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(intro.text())
        self.table = list_table(
            tuple(translate("AgenciesPage", h) for h in _HEADERS),
            self.tr("Members' signing certificates"),
            alternating=False,
        )
        self.empty_label = state_label(
            translate("AgenciesPage", self.EMPTY_TEXT), object_name="credentialsEmpty"
        )
        self.empty_label.setWordWrap(True)
        self._body = QStackedWidget()
        self._body.addWidget(self.empty_label)
        self._body.addWidget(self.table)
        self.own_label = QLabel()
        self.own_label.setObjectName("ownCredential")
        self.own_label.setWordWrap(True)
        self.own_label.setAccessibleName(self.tr("Your signing certificate"))
        self.import_button = QPushButton(self.tr("&Import PKCS#12…"))
        self.import_button.setAccessibleName(self.tr("Import your signing certificate from a PKCS#12 file"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.own_label, 1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._body, 1)
        layout.addLayout(buttons)
        self.set_ready(False)

    def show_data(self, credentials: tuple[CredentialView, ...], member: str) -> None:
        self._credentials, self._member = credentials, member
        table = self.table
        table.setRowCount(len(credentials))
        bold = QFont(table.font())
        bold.setBold(True)
        own: CredentialView | None = None
        for row, view in enumerate(credentials):
            mine = view.member == member
            own = view if mine else own
            state = credential_expiry(view)
            name = arg(self.tr("%1 (you)"), view.member) if mine else view.member
            cells = (
                name,
                view.subject,
                group_fingerprint(view.fingerprint),
                local_time(view.not_after),
                self._status(view),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if mine:
                    item.setFont(bold)
                if column == STATUS_COLUMN:
                    paint_expiry(item, state)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in range(len(_HEADERS) - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 300))
        self._body.setCurrentWidget(table if credentials else self.empty_label)
        if own is None:
            self.own_label.setText(
                arg(self.tr("%1, you have no signing certificate in this case file."), member)
            )
        else:
            self.own_label.setText(arg(self.tr("Your certificate: %1 — %2."), own.subject, self._status(own)))

    @staticmethod
    def _status(view: CredentialView) -> str:
        return expiry_text(None, view.not_after)

    def clear(self) -> None:
        self._credentials, self._member = (), ""
        self.table.setRowCount(0)
        self.own_label.clear()
        self._body.setCurrentWidget(self.empty_label)

    @property
    def credentials(self) -> tuple[CredentialView, ...]:
        return self._credentials

    def set_ready(self, ready: bool) -> None:
        self.import_button.setEnabled(ready)
