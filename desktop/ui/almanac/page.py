"""The Almanac page: the liaison-officer directory, searched as one types, with CSV import and export.

Each search is one trip to the database worker (`AlmanacService.search`, at most SEARCH_LIMIT
officers); typing is debounced so a name typed quickly costs one search, and `LatestOnly` drops
the result of a search overtaken by the next. Import and export read and write the user's file on
the worker too. The phone and e-mail buttons go through `copy_sensitive`, which hands the value to
the injectable `copy_to_clipboard`: the window sets it to a clipboard that clears itself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.almanac import ImportReport
from desktop.services.almanac_csv import MAX_INPUT_BYTES, OfficerRecord
from desktop.services.exports import ExportKind
from desktop.ui.almanac.report import ImportReportPanel, whole_file_error
from desktop.ui.files import (
    Copier,
    OpenFileChooser,
    SaveFileChooser,
    ask_open_file,
    ask_save_file,
    copy_to_system_clipboard,
    export_file,
    read_file,
)
from desktop.ui.i18n import arg, translate
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.page import Page
from desktop.ui.sentences import tell
from desktop.ui.widgets import error_label, list_table, state_label

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 500  # the service's default; a directory of liaison officers is far smaller
CSV_FILTER = QT_TRANSLATE_NOOP("AlmanacPage", "CSV files (*.csv);;All files (*)")
_HEADERS = (
    QT_TRANSLATE_NOOP("AlmanacPage", "Name"),
    QT_TRANSLATE_NOOP("AlmanacPage", "Agency"),
    QT_TRANSLATE_NOOP("AlmanacPage", "Posting"),
    QT_TRANSLATE_NOOP("AlmanacPage", "Languages"),
    QT_TRANSLATE_NOOP("AlmanacPage", "Phone"),
    QT_TRANSLATE_NOOP("AlmanacPage", "E-mail"),
    QT_TRANSLATE_NOOP("AlmanacPage", "Coverage"),
)
# (key of the detail field, caption)
_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("AlmanacPage", "Name")),
    ("agency", QT_TRANSLATE_NOOP("AlmanacPage", "Agency")),
    ("posting", QT_TRANSLATE_NOOP("AlmanacPage", "Posting")),
    ("languages", QT_TRANSLATE_NOOP("AlmanacPage", "Languages")),
    ("phone", QT_TRANSLATE_NOOP("AlmanacPage", "Phone")),
    ("email", QT_TRANSLATE_NOOP("AlmanacPage", "E-mail")),
    ("coverage", QT_TRANSLATE_NOOP("AlmanacPage", "Coverage")),
    ("notes", QT_TRANSLATE_NOOP("AlmanacPage", "Notes")),
)


def _tr(text: str) -> str:
    return translate("AlmanacPage", text)


def _languages(record: OfficerRecord) -> str:
    return ", ".join(record.languages)


def _cells(record: OfficerRecord) -> tuple[str, ...]:
    return (
        record.name,
        record.agency_code,
        record.posting,
        _languages(record),
        record.phone,
        record.email,
        record.coverage,
    )


def import_file(svc: object, path: str) -> ImportReport:  # worker thread
    # Read one byte past the limit so the parser, not a second check, says the file is too large.
    data = read_file(path, max_bytes=MAX_INPUT_BYTES, refuse_larger=False)
    return svc.almanac.import_csv(data)  # type: ignore[attr-defined]


def export_almanac(svc: object, path: str) -> int:  # worker thread
    data: bytes = svc.almanac.export_csv()  # type: ignore[attr-defined]
    export_file(svc, ExportKind.ALMANAC_CSV, path, data, subject="almanac")
    return len(data)


class AlmanacPage(Page):
    """A search field above the officers found and the selected officer's details.

    Injectable (tests, the window): `copy_to_clipboard(text)`, through which `copy_sensitive` puts
    a phone number or an e-mail address on the clipboard; `choose_import_file` and
    `choose_export_file` ask for a path.
    """

    WATCHES = ("almanac",)

    EMPTY_TEXT = QT_TRANSLATE_NOOP(
        "AlmanacPage", "The almanac is empty — import a CSV file of liaison officers with Import CSV…"
    )
    NO_MATCH_TEXT = QT_TRANSLATE_NOOP("AlmanacPage", "No liaison officer matches “%1”.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("almanac")
        self._worker: ServicesWorker | None = None
        self._latest = LatestOnly()
        self._records: tuple[OfficerRecord, ...] | None = None
        self._shown_search = ""
        self._busy = False
        self.copy_to_clipboard: Copier = copy_to_system_clipboard
        self.choose_import_file: OpenFileChooser = ask_open_file
        self.choose_export_file: SaveFileChooser = ask_save_file
        self.export_confirm: QMessageBox | None = None

        heading = QLabel(self.tr("Liaison officers"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        heading.setAccessibleName(self.tr("Liaison officers"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setAccessibleName(self.tr("Import liaison officers from a CSV file"))
        self.import_button.clicked.connect(self.import_csv)
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the almanac to a CSV file"))
        self.export_button.clicked.connect(self.export_csv)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("almanacSearch")
        self.search_edit.setAccessibleName(self.tr("Search the almanac"))
        self.search_edit.setPlaceholderText(self.tr("Name, agency, posting, region, language…"))
        self.search_edit.setClearButtonEnabled(True)
        search_caption = QLabel(self.tr("&Search:"))
        search_caption.setBuddy(self.search_edit)
        self.count_label = QLabel()
        self.count_label.setObjectName("almanacCount")
        self.count_label.setAccessibleName(self.tr("Number of officers shown"))
        search_row = QHBoxLayout()
        search_row.addWidget(search_caption)
        search_row.addWidget(self.search_edit, 1)
        search_row.addSpacing(12)
        search_row.addWidget(self.count_label)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.refresh)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

        self.table = list_table(tuple(_tr(h) for h in _HEADERS), self.tr("Liaison officers found"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.detail = self._build_detail()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self._splitter = splitter

        self.empty_label = state_label(_tr(self.EMPTY_TEXT), object_name="almanacEmpty")
        self.empty_label.setWordWrap(True)
        self.loading_label = state_label(self.tr("Loading…"), self.tr("Loading"))
        self._body = QStackedWidget()
        for widget in (self.loading_label, splitter, self.empty_label):
            self._body.addWidget(widget)

        self.report = ImportReportPanel()

        self.status_label = QLabel()
        self.status_label.setObjectName("almanacStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Last action"))
        self.error_label = error_label("almanacError", self.tr("Error"))
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.error_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addWidget(self._body, 1)
        layout.addWidget(self.report)
        layout.addLayout(footer)
        self.setTabOrder(self.search_edit, self.table)
        self.setTabOrder(self.table, self.copy_phone_button)
        self.setTabOrder(self.copy_phone_button, self.copy_email_button)
        self.setTabOrder(self.copy_email_button, self.import_button)
        self.setTabOrder(self.import_button, self.export_button)
        self._show_detail(None)
        self._update_buttons()

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("officerDetail")
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
        self.copy_phone_button = QPushButton(self.tr("Copy &phone"))
        self.copy_phone_button.setAccessibleName(self.tr("Copy the officer's phone number"))
        self.copy_phone_button.clicked.connect(self.copy_phone)
        self.copy_email_button = QPushButton(self.tr("Copy &e-mail"))
        self.copy_email_button.setAccessibleName(self.tr("Copy the officer's e-mail address"))
        self.copy_email_button.clicked.connect(self.copy_email)
        buttons = QVBoxLayout()
        buttons.addWidget(self.copy_phone_button)
        buttons.addWidget(self.copy_email_button)
        buttons.addStretch(1)
        columns = QHBoxLayout(panel)
        columns.setContentsMargins(0, 8, 0, 0)
        columns.addLayout(form, 1)
        columns.addLayout(buttons)
        return panel

    # -- wiring ---------------------------------------------------------------------------------

    def attach(self, worker: ServicesWorker) -> None:
        """Show the almanac of the case file that was just unlocked."""
        self.error_label.clear()
        self.status_label.clear()
        super().attach(worker)  # loads now if shown, else when first shown

    def detach(self) -> None:
        """The case file is being locked: forget every officer, the search and the last report."""
        self._worker = None
        self._latest.invalidate()
        self._search_timer.stop()
        self._records = None
        self._shown_search = ""
        self._busy = False
        if self.export_confirm is not None:
            self.export_confirm.close()
            self.export_confirm = None
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.table.setRowCount(0)
        self._show_detail(None)
        self.report.clear()
        self.count_label.clear()
        self.status_label.clear()
        self.error_label.clear()
        self._body.setCurrentWidget(self.loading_label)
        self._update_buttons()

    def refresh(self) -> None:
        """Search again for the text in the search field (everyone when it is empty)."""
        self._search_timer.stop()
        worker = self._worker
        if worker is None:
            return
        guard = self._latest.start()
        text = self.search_edit.text().strip()
        if self._records is None:
            self._body.setCurrentWidget(self.loading_label)
        Op(self, worker, lambda svc: (text, tuple(svc.almanac.search(text, limit=SEARCH_LIMIT)))).success(
            guard(self._arrived)
        ).failure(guard(self._failed)).run()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @property
    def records(self) -> tuple[OfficerRecord, ...]:
        return self._records or ()

    @property
    def shown_search(self) -> str:
        """The search text whose result the table shows (it lags the field while typing)."""
        return self._shown_search

    def selected(self) -> OfficerRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._records is None:
            return None
        row = rows[0].row()
        return self._records[row] if 0 <= row < len(self._records) else None

    # -- loading --------------------------------------------------------------------------------

    def _arrived(self, result: tuple[str, tuple[OfficerRecord, ...]]) -> None:
        text, records = result
        previous = self.selected()
        self._records = records
        self._shown_search = text
        self._fill_table(records)
        if len(records) >= SEARCH_LIMIT:
            self.count_label.setText(arg(self.tr("the first %1 officers — narrow the search"), SEARCH_LIMIT))
        elif len(records) == 1:
            self.count_label.setText(self.tr("1 officer"))
        else:
            self.count_label.setText(arg(self.tr("%1 officers"), len(records)))
        self._update_buttons()
        if not records:
            self.empty_label.setText(arg(_tr(self.NO_MATCH_TEXT), text) if text else _tr(self.EMPTY_TEXT))
            self.empty_label.setAccessibleName(self.empty_label.text())
            self._body.setCurrentWidget(self.empty_label)
            self._show_detail(None)
            return
        self._body.setCurrentWidget(self._splitter)
        row = records.index(previous) if previous in records else 0
        self.table.selectRow(row)
        self._selection_changed()

    def _fill_table(self, records: tuple[OfficerRecord, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setUpdatesEnabled(False)
        self.table.clearSelection()
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            for column, text in enumerate(_cells(record)):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == len(_HEADERS) - 1 else "")
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(len(_HEADERS) - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 320))
        self.table.setUpdatesEnabled(True)
        self.table.blockSignals(False)

    def _failed(self, sentence: str) -> None:
        self.error_label.setText(sentence)
        if self._records is None:
            self.empty_label.setText(_tr(self.EMPTY_TEXT))
            self._body.setCurrentWidget(self.empty_label)

    # -- detail ---------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        self._show_detail(self.selected())

    def _show_detail(self, record: OfficerRecord | None) -> None:
        self.detail.setEnabled(record is not None)
        values = {
            "name": record.name if record else "",
            "agency": record.agency_code if record else "",
            "posting": record.posting if record else "",
            "languages": _languages(record) if record else "",
            "phone": record.phone if record else "",
            "email": record.email if record else "",
            "coverage": record.coverage if record else "",
            "notes": record.notes if record else "",
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.copy_phone_button.setEnabled(bool(record and record.phone))
        self.copy_email_button.setEnabled(bool(record and record.email))

    def copy_sensitive(self, text: str) -> None:
        """Every copy of case data from this page goes through here (and the injected clipboard)."""
        self.copy_to_clipboard(text)

    def copy_phone(self) -> None:
        record = self.selected()
        if record is None or not record.phone:
            return
        self.copy_sensitive(record.phone)
        self.status_label.setText(arg(self.tr("The phone number of %1 is on the clipboard."), record.name))

    def copy_email(self) -> None:
        record = self.selected()
        if record is None or not record.email:
            return
        self.copy_sensitive(record.email)
        self.status_label.setText(arg(self.tr("The e-mail address of %1 is on the clipboard."), record.name))

    # -- import ---------------------------------------------------------------------------------

    def import_csv(self) -> None:
        worker = self._worker
        if worker is None or self._busy:
            return
        path = self.choose_import_file(self, self.tr("Import liaison officers"), _tr(CSV_FILTER))
        if not path:
            return
        self._start_action()
        Op(self, worker, lambda svc: import_file(svc, path)).success(self._imported).failure(
            self._action_failed
        ).run()

    def _imported(self, report: ImportReport) -> None:
        self._busy = False
        self._update_buttons()
        self.report.show_report(report)
        changed = report.added + report.updated
        if changed:
            self.status_label.setText(self.tr("Import finished."))
            self.emit_changes(almanac=True)
            self.refresh()
            return
        problem = whole_file_error(report)
        if problem is not None:
            self.error_label.setText(arg(self.tr("Nothing was imported: %1"), tell(problem.message)))
        elif report.errors:
            self.error_label.setText(self.tr("Nothing was imported: every line was rejected."))
        else:
            self.error_label.setText(self.tr("Nothing was imported: the file lists no officers."))

    # -- export ---------------------------------------------------------------------------------

    def export_csv(self) -> None:
        """Say that the file will not be encrypted; on "Export…" ask where, then write it."""
        if self._worker is None or self._busy or self.export_confirm is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export the almanac"),
            self.tr(
                "The whole almanac will be written to a CSV file that is not encrypted: anyone who "
                "gets hold of it can read every officer's name, phone number and e-mail address. Keep "
                "it on an encrypted drive and delete it when it is no longer needed."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("almanacExportConfirm")
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Export…"))
        yes.setAccessibleName(self.tr("Export the almanac unencrypted"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                self._export_confirmed()
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        box.finished.connect(lambda _result: self._confirm_closed(box))
        self.export_confirm = box
        box.open()  # window-modal, without a nested event loop

    def _confirm_closed(self, box: QMessageBox) -> None:
        if self.export_confirm is box:
            self.export_confirm = None

    def _export_confirmed(self) -> None:
        worker = self._worker
        if worker is None:
            return
        path = self.choose_export_file(
            self, self.tr("Export the almanac"), self.tr("almanac.csv"), _tr(CSV_FILTER)
        )
        if not path:
            return
        self._start_action()
        Op(self, worker, lambda svc: export_almanac(svc, path)).success(
            lambda _size: self._exported(path)
        ).failure(self._action_failed).run()

    def _exported(self, path: str) -> None:
        self._busy = False
        self._update_buttons()
        self.status_label.setText(arg(self.tr("The almanac was written, unencrypted, to %1."), path))

    # -- actions --------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = self._worker is not None and not self._busy
        self.import_button.setEnabled(ready)
        self.export_button.setEnabled(ready)

    def _start_action(self) -> None:
        self._busy = True
        self.error_label.clear()
        self.status_label.clear()
        self._update_buttons()

    def _action_failed(self, sentence: str) -> None:
        self._busy = False
        self.error_label.setText(sentence)
        self._update_buttons()
