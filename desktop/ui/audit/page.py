"""The Audit page: verifies the audit log's hash chain and lists its newest entries.

One trip to the database worker (`session_api.audit_status`) walks the whole chain and brings
back the newest entries as plain tuples; the text filter works on those rows in the widget
(a few hundred at most).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.session_api import AuditStatus
from desktop.ui import theme
from desktop.ui.i18n import arg, number, translate
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.page import Page
from desktop.ui.sentences import tell
from desktop.ui.timefmt import local_text
from desktop.ui.widgets import error_label, list_table, state_label

MAX_BANNER_PROBLEMS = 6  # more would push the entries off a small window
_HEADERS = (
    QT_TRANSLATE_NOOP("AuditPage", "#"),
    QT_TRANSLATE_NOOP("AuditPage", "When"),
    QT_TRANSLATE_NOOP("AuditPage", "Member"),
    QT_TRANSLATE_NOOP("AuditPage", "Action"),
    QT_TRANSLATE_NOOP("AuditPage", "Entity"),
    QT_TRANSLATE_NOOP("AuditPage", "Entity id"),
)


def intact_style() -> str:
    """The banner of a chain that verifies: green, in the palette in use."""
    return theme.colors().box_style("ok", padding="6px", bold=True)


def broken_style() -> str:
    """The banner of a broken chain: red, in the palette in use."""
    return theme.colors().box_style("error", padding="6px", bold=True)


def load_status(svc: object) -> AuditStatus:  # worker thread
    from desktop.services.session_api import audit_status

    return audit_status(svc.case_file)  # type: ignore[attr-defined]


class AuditPage(Page):
    """A banner with the chain's verdict above the newest entries and a filter for them."""

    WATCHES = ("audit",)

    EMPTY_TEXT = QT_TRANSLATE_NOOP("AuditPage", "The audit log has no entries.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit")
        self._worker: ServicesWorker | None = None
        self._latest = LatestOnly()
        self._status: AuditStatus | None = None

        heading = QLabel(self.tr("Audit log"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        heading.setAccessibleName(self.tr("Audit log"))
        self.refresh_button = QPushButton(self.tr("&Verify again"))
        self.refresh_button.setAccessibleName(self.tr("Verify the audit log again"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.banner = QLabel()
        self.banner.setObjectName("auditBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setAccessibleName(self.tr("Audit log verification"))
        self.banner.hide()

        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Filter the entries"))
        self.filter_edit.setPlaceholderText(self.tr("Member, action, entity…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        filter_caption = QLabel(self.tr("F&ilter:"))
        filter_caption.setBuddy(self.filter_edit)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.count_label.setAccessibleName(self.tr("Number of entries shown"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_caption)
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addSpacing(12)
        filter_row.addWidget(self.count_label)

        self.table = list_table(
            [translate("AuditPage", h) for h in _HEADERS], self.tr("Newest audit log entries")
        )

        entries = QWidget()
        entries_layout = QVBoxLayout(entries)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.addLayout(filter_row)
        entries_layout.addWidget(self.table, 1)
        self._entries = entries

        self.empty_label = state_label(translate("AuditPage", self.EMPTY_TEXT), object_name="auditEmpty")
        self.loading_label = state_label(
            self.tr("Verifying the audit log…"), self.tr("Verifying the audit log")
        )
        self._body = QStackedWidget()
        for widget in (self.loading_label, entries, self.empty_label):
            self._body.addWidget(widget)

        self.error_label = error_label("auditError", self.tr("Error"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self._body, 1)
        layout.addWidget(self.error_label)

    # -- wiring ---------------------------------------------------------------------------------

    def attach(self, worker: ServicesWorker) -> None:
        """Verify the audit log of the case file that was just unlocked."""
        self.error_label.clear()
        super().attach(worker)  # loads now if shown, else when first shown

    def detach(self) -> None:
        """The case file is being locked: forget every entry and the verdict."""
        self._worker = None
        self._latest.invalidate()
        self._status = None
        self.table.setRowCount(0)
        self.banner.clear()
        self.banner.hide()
        self.count_label.clear()
        self.filter_edit.clear()
        self.error_label.clear()
        self._body.setCurrentWidget(self.loading_label)

    def refresh(self) -> None:
        """Verify the chain again and reload the newest entries."""
        worker = self._worker
        if worker is None:
            return
        guard = self._latest.start()
        if self._status is None:
            self._body.setCurrentWidget(self.loading_label)
        Op(self, worker, load_status).success(guard(self._arrived)).failure(guard(self._failed)).run()

    @property
    def status(self) -> AuditStatus | None:
        return self._status

    def visible_rows(self) -> list[int]:
        return [row for row in range(self.table.rowCount()) if not self.table.isRowHidden(row)]

    # -- loading --------------------------------------------------------------------------------

    def _arrived(self, status: AuditStatus) -> None:
        self._status = status
        self.error_label.clear()
        if status.ok:
            self.banner.setText(arg(self.tr("Audit log intact: %1 entries"), number(status.entries)))
            self.banner.setStyleSheet(intact_style())
        else:
            lines = [
                arg(
                    self.tr("Audit log BROKEN: %1 entries, the chain does not verify."),
                    number(status.entries),
                ),
                *(tell(problem) for problem in status.problems[:MAX_BANNER_PROBLEMS]),
            ]
            if len(status.problems) > MAX_BANNER_PROBLEMS:
                rest = len(status.problems) - MAX_BANNER_PROBLEMS
                lines.append(arg(self.tr("… and %1 more (run `casedesk check`)."), rest))
            self.banner.setText("\n".join(lines))
            self.banner.setStyleSheet(broken_style())
        self.banner.show()
        self._fill_table(status)
        if not status.recent:
            self._body.setCurrentWidget(self.empty_label)
            self.count_label.clear()
            return
        self._body.setCurrentWidget(self._entries)
        self._apply_filter()

    def _fill_table(self, status: AuditStatus) -> None:
        self.table.setUpdatesEnabled(False)
        self.table.clearSelection()
        self.table.setRowCount(len(status.recent))
        for row, (seq, at, actor, action, entity, entity_id) in enumerate(status.recent):
            for column, text in enumerate(
                (str(seq), local_text(at, seconds=True), actor, action, entity, entity_id)
            ):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(len(_HEADERS) - 1):
            header.resizeSection(column, header.sectionSize(column) + 16)
        self.table.setUpdatesEnabled(True)

    def _apply_filter(self) -> None:
        status = self._status
        if status is None:
            return
        needle = self.filter_edit.text().strip().casefold()
        shown = 0
        for row in range(self.table.rowCount()):
            text = " ".join(self.table.item(row, c).text() for c in range(self.table.columnCount()))
            hidden = bool(needle) and needle not in text.casefold()
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        total = len(status.recent)
        if needle:
            self.count_label.setText(arg(self.tr("%1 of the newest %2 entries match"), shown, total))
        else:
            self.count_label.setText(arg(self.tr("the newest %1 entries"), total))

    def _failed(self, sentence: str) -> None:
        self.error_label.setText(sentence)
        if self._status is None:
            self._body.setCurrentWidget(self.empty_label)
