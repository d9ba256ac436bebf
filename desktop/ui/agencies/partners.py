"""The "Partner agencies" tab: agencies by country, the selected one's details and pinned certificates.

A view only: the page loads the data, runs the operations and connects to the buttons here.
GUI thread throughout.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.agency_service import PinnedCertificate
from desktop.services.dto import AgencyView
from desktop.ui.agencies.display import (
    Expiry,
    country_name,
    expiry,
    expiry_colors,
    expiry_text,
    fingerprint_lines,
    kind_name,
    local_time,
)
from desktop.ui.i18n import arg, translate
from desktop.ui.widgets import list_table, state_label

ALL_COUNTRIES = ""
_AGENCY_HEADERS = (
    QT_TRANSLATE_NOOP("AgenciesPage", "Code"),
    QT_TRANSLATE_NOOP("AgenciesPage", "Name"),
    QT_TRANSLATE_NOOP("AgenciesPage", "Pinned"),
    QT_TRANSLATE_NOOP("AgenciesPage", "Country"),
    QT_TRANSLATE_NOOP("AgenciesPage", "Kind"),
)
_CERTIFICATE_HEADERS = (
    QT_TRANSLATE_NOOP("AgenciesPage", "Subject"),
    QT_TRANSLATE_NOOP("AgenciesPage", "Status"),
    QT_TRANSLATE_NOOP("AgenciesPage", "Valid until"),
    QT_TRANSLATE_NOOP("AgenciesPage", "Type"),
    QT_TRANSLATE_NOOP("AgenciesPage", "Issuer"),
)
# (key of the selected certificate's detail field, caption)
_CERTIFICATE_FIELDS = (
    ("subject", QT_TRANSLATE_NOOP("AgenciesPage", "Subject")),
    ("issuer", QT_TRANSLATE_NOOP("AgenciesPage", "Issuer")),
    ("validity", QT_TRANSLATE_NOOP("AgenciesPage", "Valid")),
    ("fingerprint", QT_TRANSLATE_NOOP("AgenciesPage", "SHA-256")),
    ("pinned", QT_TRANSLATE_NOOP("AgenciesPage", "Pinned")),
)
_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("AgenciesPage", "Name")),
    ("code", QT_TRANSLATE_NOOP("AgenciesPage", "Code")),
    ("country", QT_TRANSLATE_NOOP("AgenciesPage", "Country")),
    ("kind", QT_TRANSLATE_NOOP("AgenciesPage", "Kind")),
    ("languages", QT_TRANSLATE_NOOP("AgenciesPage", "Languages")),
    ("contact", QT_TRANSLATE_NOOP("AgenciesPage", "24/7 contact")),
    ("notes", QT_TRANSLATE_NOOP("AgenciesPage", "Notes")),
)
STATUS_COLUMN = 1  # second: red or amber is seen even when the list is narrow
PINNED_COLUMN = 2
LIST_WIDTH = 560
MAX_COLUMN_WIDTH = 240
FINGERPRINT_PAIRS_PER_ROW = 16  # two lines: fits beside the list


def _tr(text: str) -> str:
    return translate("AgenciesPage", text)


def paint_expiry(item: QTableWidgetItem, state: Expiry) -> None:
    """Red for an expired certificate, amber for one expiring soon (shared with the credentials tab)."""
    if state is Expiry.EXPIRED or state is Expiry.NOT_YET_VALID:
        bold = QFont(item.font())
        bold.setBold(True)
        item.setFont(bold)
        item.setForeground(QBrush(QColor(expiry_colors().expired)))
    elif state is Expiry.EXPIRING:
        colors = expiry_colors()
        item.setBackground(QBrush(QColor(colors.expiring_background)))
        item.setForeground(QBrush(QColor(colors.expiring)))


class PartnersPanel(QWidget):
    """Country filter and agency list on the left; details and the trust store's entries on the right."""

    NO_CERTIFICATE_TEXT = QT_TRANSLATE_NOOP(
        "AgenciesPage", "No certificate is pinned to this agency: its signed packages cannot be verified."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._agencies: tuple[AgencyView, ...] = ()
        self._shown: tuple[AgencyView, ...] = ()
        self._pinned: Mapping[str, tuple[PinnedCertificate, ...]] = {}
        self._can_change = False
        self._ready = False

        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Show the agencies of which country"))
        country_caption = QLabel(self.tr("C&ountry:"))
        country_caption.setBuddy(self.country_combo)
        self.country_combo.currentIndexChanged.connect(lambda _index: self._apply_filter())
        filter_row = QHBoxLayout()
        filter_row.addWidget(country_caption)
        filter_row.addWidget(self.country_combo, 1)
        self.agencies_table = list_table(
            tuple(_tr(h) for h in _AGENCY_HEADERS), self.tr("Partner agencies"), alternating=True
        )
        self.agencies_table.itemSelectionChanged.connect(self._agency_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.agencies_table, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([LIST_WIDTH, LIST_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.country_combo, self.agencies_table)
        self.setTabOrder(self.agencies_table, self.certificates_table)
        self.setTabOrder(self.certificates_table, self.pin_button)
        self.setTabOrder(self.pin_button, self.remove_button)
        self._show_agency(None)

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption in _FIELDS:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(_tr(caption))
            form.addRow(arg(self.tr("%1:"), _tr(caption)), value)
            self.fields[key] = value

        self.certificates_table = list_table(
            tuple(_tr(h) for h in _CERTIFICATE_HEADERS),
            self.tr("Certificates pinned to the selected agency"),
            alternating=False,
        )
        self.certificates_table.itemSelectionChanged.connect(self._certificate_changed)
        certificates_caption = QLabel(self.tr("Pinned &certificates:"))
        certificates_caption.setBuddy(self.certificates_table)
        self.no_certificate_label = state_label(
            _tr(self.NO_CERTIFICATE_TEXT), object_name="noPinnedCertificate"
        )
        self.no_certificate_label.setWordWrap(True)

        self.certificate_fields: dict[str, QLabel] = {}
        certificate_form = QFormLayout()
        certificate_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption in _CERTIFICATE_FIELDS:
            value = QLabel()
            value.setWordWrap(key != "fingerprint")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(arg(self.tr("%1 of the selected certificate"), _tr(caption)))
            certificate_form.addRow(arg(self.tr("%1:"), _tr(caption)), value)
            self.certificate_fields[key] = value
        self.fingerprint_label = self.certificate_fields["fingerprint"]
        self.fingerprint_label.setObjectName("pinnedFingerprint")
        self.fingerprint_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # The form lays out its word-wrapped rows by width and would give this unwrapped one a single line.
        lines = -(-32 // FINGERPRINT_PAIRS_PER_ROW)
        self.fingerprint_label.setMinimumHeight(
            self.fingerprint_label.fontMetrics().lineSpacing() * lines + 4
        )
        self.certificate_detail = QWidget()
        self.certificate_detail.setLayout(certificate_form)

        self.pin_button = QPushButton(self.tr("P&in a certificate…"))
        self.pin_button.setAccessibleName(self.tr("Pin a certificate to the selected agency"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected certificate from the trust store"))
        self.permission_label = QLabel(
            self.tr("Only an administrator or a supervisor can change the trust store.")
        )
        self.permission_label.setObjectName("trustPermission")
        self.permission_label.setWordWrap(True)
        self.permission_label.setAccessibleName(self.permission_label.text())
        self.permission_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.permission_label, 1)
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.remove_button)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(certificates_caption)
        layout.addWidget(self.certificates_table, 1)
        layout.addWidget(self.no_certificate_label)
        layout.addWidget(self.certificate_detail)
        layout.addLayout(buttons)
        return panel

    # -- data -------------------------------------------------------------------------------------

    def show_data(
        self,
        agencies: tuple[AgencyView, ...],
        pinned: Mapping[str, tuple[PinnedCertificate, ...]],
        *,
        can_change: bool,
    ) -> None:
        previous = self.selected_agency()
        previous_certificate = self.selected_certificate()
        self._agencies, self._pinned, self._can_change = agencies, pinned, can_change
        self.permission_label.setVisible(not can_change)
        self._fill_countries()
        self._apply_filter(keep=previous.code if previous else None)
        if previous_certificate is not None:
            self.select_certificate(previous_certificate.fingerprint)

    def clear(self) -> None:
        self._agencies, self._shown, self._pinned, self._can_change = (), (), {}, False
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        self.country_combo.blockSignals(False)
        self.agencies_table.setRowCount(0)
        self._show_agency(None)

    @property
    def shown_agencies(self) -> tuple[AgencyView, ...]:
        return self._shown

    def selected_agency(self) -> AgencyView | None:
        rows = self.agencies_table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def select_agency(self, code: str) -> bool:
        for row, agency in enumerate(self._shown):
            if agency.code == code:
                self.agencies_table.selectRow(row)
                return True
        return False

    def set_country(self, country: str) -> None:
        index = self.country_combo.findData(country)
        if index < 0:
            raise KeyError(country)
        self.country_combo.setCurrentIndex(index)

    def certificates(self) -> tuple[PinnedCertificate, ...]:
        agency = self.selected_agency()
        return self._pinned.get(agency.code, ()) if agency else ()

    def selected_certificate(self) -> PinnedCertificate | None:
        rows = self.certificates_table.selectionModel().selectedRows()
        shown = self.certificates()
        if not rows:
            return None
        row = rows[0].row()
        return shown[row] if 0 <= row < len(shown) else None

    def select_certificate(self, fingerprint: str) -> bool:
        for row, certificate in enumerate(self.certificates()):
            if certificate.fingerprint == fingerprint:
                self.certificates_table.selectRow(row)
                return True
        return False

    # -- filling ------------------------------------------------------------------------------------

    def _fill_countries(self) -> None:
        current = self.country_combo.currentData()
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        self.country_combo.addItem(self.tr("All countries"), ALL_COUNTRIES)
        for country in dict.fromkeys(a.country for a in self._agencies):
            self.country_combo.addItem(country_name(country), country)
        index = self.country_combo.findData(current) if current is not None else 0
        self.country_combo.setCurrentIndex(max(index, 0))
        self.country_combo.blockSignals(False)

    def _apply_filter(self, keep: str | None = None) -> None:
        if keep is None:
            selected = self.selected_agency()
            keep = selected.code if selected else None
        country = self.country_combo.currentData() or ALL_COUNTRIES
        self._shown = tuple(a for a in self._agencies if not country or a.country == country)
        table = self.agencies_table
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(self._shown))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, agency in enumerate(self._shown):
            count = len(self._pinned.get(agency.code, ()))
            name = arg(self.tr("%1 (our agency)"), agency.name) if agency.own else agency.name
            cells = (
                agency.code,
                name,
                str(count or ""),
                country_name(agency.country),
                kind_name(agency.kind),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == 1 else "")
                if agency.own:
                    item.setFont(bold)
                if column == PINNED_COLUMN:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in range(len(_AGENCY_HEADERS) - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, MAX_COLUMN_WIDTH))
        table.blockSignals(False)
        if not (keep and self.select_agency(keep)) and self._shown:
            table.selectRow(0)
        self._agency_changed()

    def _agency_changed(self) -> None:
        self._show_agency(self.selected_agency())

    def _show_agency(self, agency: AgencyView | None) -> None:
        if agency is None:
            for label in self.fields.values():
                label.clear()
        else:
            notes = []
            if agency.is_spoc:
                notes.append(self.tr("The national single point of contact (SPOC)."))
            if agency.own:
                notes.append(self.tr("Our own agency."))
            values = {
                "name": agency.name,
                "code": agency.code,
                "country": country_name(agency.country),
                "kind": kind_name(agency.kind),
                "languages": ", ".join(agency.languages),
                "contact": agency.contact_24_7 or self.tr("Not recorded"),
                "notes": "\n".join(notes),
            }
            for key, text in values.items():
                self.fields[key].setText(text)
        self._fill_certificates(self.certificates() if agency else ())

    def _fill_certificates(self, certificates: tuple[PinnedCertificate, ...]) -> None:
        table = self.certificates_table
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(certificates))
        for row, certificate in enumerate(certificates):
            state = expiry(certificate.not_before, certificate.not_after)
            kind = self.tr("CA") if certificate.is_ca else self.tr("End entity")
            cells = (
                (certificate.subject_name, certificate.subject),
                (expiry_text(certificate.not_before, certificate.not_after),) * 2,
                (local_time(certificate.not_after), local_time(certificate.not_after)),
                (kind, kind),
                (certificate.issuer_name, certificate.issuer),
            )
            for column, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if column == STATUS_COLUMN:
                    paint_expiry(item, state)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in range(len(_CERTIFICATE_HEADERS) - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, MAX_COLUMN_WIDTH))
        table.blockSignals(False)
        agency = self.selected_agency()
        self.no_certificate_label.setVisible(agency is not None and not certificates)
        table.setVisible(bool(certificates))
        if certificates:
            table.selectRow(0)
        self._certificate_changed()

    def _certificate_changed(self) -> None:
        certificate = self.selected_certificate()
        self.certificate_detail.setVisible(certificate is not None)
        if certificate is None:
            for label in self.certificate_fields.values():
                label.clear()
        else:
            pinned = local_time(certificate.added_at)
            values = {
                "subject": certificate.subject,
                "issuer": certificate.issuer,
                "validity": arg(
                    self.tr("%1 to %2"), local_time(certificate.not_before), local_time(certificate.not_after)
                ),
                "fingerprint": fingerprint_lines(certificate.fingerprint, FINGERPRINT_PAIRS_PER_ROW),
                "pinned": arg(self.tr("%1 by %2"), pinned, certificate.added_by)
                if certificate.added_by
                else pinned,
            }
            for key, text in values.items():
                self.certificate_fields[key].setText(text)
        self._update_buttons()

    def set_ready(self, ready: bool) -> None:
        """`ready`: the page is attached and runs no operation; the buttons follow."""
        self._ready = ready
        self._update_buttons()

    def _update_buttons(self) -> None:
        allowed = self._ready and self._can_change
        self.pin_button.setEnabled(allowed and self.selected_agency() is not None)
        self.remove_button.setEnabled(allowed and self.selected_certificate() is not None)
