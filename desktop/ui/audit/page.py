"""The Audit page: verifies the audit log's hash chain and lists its newest entries.

One trip to the database worker (`session_api.audit_status`) walks the whole chain, checks the
signed heads (anchors, services/audit_anchor.py) and brings back the newest entries as plain
tuples; the text filter works on those rows in the widget (a few hundred at most). A supervisor
with a signing credential may sign the head ("Sign the log's head…"), so a later truncation of
the log below it is detected; "Save the signed head…" writes the newest one to a file to keep
outside the case file (services/audit_anchor_file.py), which `casedesk audit verify --anchor`
checks even if the anchors inside were deleted.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
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
from desktop.ui.files import SaveFileChooser, ask_save_file, confirm_replace, write_private_file
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


def save_newest_anchor(svc: object, path: str) -> tuple[int, str]:  # worker thread
    """Write the newest good signed head to `path` (owner-only, whole or not at all); the entry it
    signs (newer than the page showed if a package signed one since) and the path."""
    kept = svc.audit_anchors.newest_file()  # type: ignore[attr-defined]
    write_private_file(path, kept.data)
    return kept.seq, path


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
        self.sign_dialog: QInputDialog | None = None  # the password prompt while it is open
        self.sign_button = QPushButton(self.tr("&Sign the log's head…"))
        self.sign_button.setAccessibleName(self.tr("Sign the head of the audit log with your certificate"))
        self.sign_button.setToolTip(
            self.tr("Sign the newest entry with your signing certificate: a log later cut short is detected.")
        )
        self.sign_button.clicked.connect(self._ask_and_sign)
        self.sign_button.hide()
        top.addWidget(self.sign_button)
        # Injectable (tests): (parent, caption, suggested name, filter) → the chosen path or None.
        self.choose_anchor_file: SaveFileChooser = ask_save_file
        self.save_anchor_button = QPushButton(self.tr("Sa&ve the signed head…"))
        self.save_anchor_button.setAccessibleName(self.tr("Save the newest signed head to a file"))
        self.save_anchor_button.setToolTip(
            self.tr(
                "Keep the newest signed head outside the case file: casedesk audit verify --anchor "
                "then detects a truncation even if the signed heads inside were deleted."
            )
        )
        self.save_anchor_button.clicked.connect(self.save_anchor)
        self.save_anchor_button.hide()
        top.addWidget(self.save_anchor_button)
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
        self.status_label = QLabel()
        self.status_label.setObjectName("auditStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Last action"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self._body, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)

    # -- wiring ---------------------------------------------------------------------------------

    def attach(self, worker: ServicesWorker) -> None:
        """Verify the audit log of the case file that was just unlocked."""
        self.error_label.clear()
        super().attach(worker)  # loads now if shown, else when first shown

    def detach(self) -> None:
        """The case file is being locked: forget every entry and the verdict."""
        self._close_sign_dialog()
        self._worker = None
        self._latest.invalidate()
        self._status = None
        self.table.setRowCount(0)
        self.banner.clear()
        self.banner.hide()
        self.sign_button.hide()
        self.save_anchor_button.hide()
        self.status_label.clear()
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

    def sign_head(self, password: str | None) -> None:
        """Sign the log's head with the acting supervisor's credential (None: the remembered password)."""
        worker = self._worker
        if worker is None:
            return
        self.sign_button.setEnabled(False)
        self.error_label.clear()
        Op(self, worker, lambda svc: svc.audit_anchors.anchor(password)).success(self._signed).failure(
            self._sign_failed
        ).run()

    def save_anchor(self) -> None:
        """Ask where, then write the newest signed head there on the worker."""
        worker, status = self._worker, self._status
        if worker is None or status is None or status.kept_anchor_name is None:
            return
        chosen = self.choose_anchor_file(
            self, self.tr("Save the signed head"), status.kept_anchor_name, self.tr("Signed heads (*.json)")
        )
        if not chosen:
            return
        path = chosen if Path(chosen).suffix else f"{chosen}.json"

        def saved(result: tuple[int, str]) -> None:
            seq, written = result
            self.status_label.setText(
                arg(
                    self.tr("The signed head of entry %1 was saved as %2; keep it outside the case file."),
                    number(seq),
                    Path(written).name,
                )
            )

        def write(target: str) -> None:
            self.status_label.clear()
            self.error_label.clear()
            Op(self, worker, lambda svc: save_newest_anchor(svc, target)).success(saved).failure(
                self.error_label.setText
            ).run()

        confirm_replace(self, chosen, path, write)

    def _ask_and_sign(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Sign the log's head"))
        dialog.setLabelText(
            self.tr("Password of your signing certificate (empty: the one remembered on this computer):")
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        edit = dialog.findChild(QLineEdit)
        if edit is not None:
            edit.setAccessibleName(self.tr("Password of your signing certificate"))
        # Window-modal without a nested event loop, and closed on lock (detach) with the password.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda password: self.sign_head(password or None))
        self.sign_dialog = dialog
        dialog.open()

    def _close_sign_dialog(self) -> None:
        dialog, self.sign_dialog = self.sign_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.setTextValue("")
            dialog.reject()

    def _signed(self, _view: object) -> None:
        self.sign_button.setEnabled(True)
        self.emit_changes()
        self.refresh()

    def _sign_failed(self, sentence: str) -> None:
        self.sign_button.setEnabled(True)
        self.error_label.setText(sentence)

    def visible_rows(self) -> list[int]:
        return [row for row in range(self.table.rowCount()) if not self.table.isRowHidden(row)]

    # -- loading --------------------------------------------------------------------------------

    def _arrived(self, status: AuditStatus) -> None:
        self._status = status
        self.error_label.clear()
        if status.ok:
            lines = [
                arg(self.tr("Audit log intact: %1 entries"), number(status.entries)),
                self._anchor_line(status),
            ]
            self.banner.setStyleSheet(intact_style())
        else:
            heading = (
                self.tr("Audit log BROKEN: %1 entries, cut short or rewritten below a signed head.")
                if status.truncated
                else self.tr("Audit log BROKEN: %1 entries, the chain does not verify.")
            )
            lines = [
                arg(heading, number(status.entries)),
                *(tell(problem) for problem in status.problems[:MAX_BANNER_PROBLEMS]),
            ]
            if len(status.problems) > MAX_BANNER_PROBLEMS:
                rest = len(status.problems) - MAX_BANNER_PROBLEMS
                lines.append(arg(self.tr("… and %1 more (run `casedesk check`)."), rest))
            self.banner.setStyleSheet(broken_style())
        self.banner.setText("\n".join(lines))
        self.banner.show()
        self.sign_button.setVisible(status.can_sign)
        self.save_anchor_button.setVisible(status.kept_anchor_name is not None)
        self._fill_table(status)
        if not status.recent:
            self._body.setCurrentWidget(self.empty_label)
            self.count_label.clear()
            return
        self._body.setCurrentWidget(self._entries)
        self._apply_filter()

    def _anchor_line(self, status: AuditStatus) -> str:
        if status.anchored_seq is None:
            return self.tr("Its head was never signed: a log cut short would not be noticed.")
        line = arg(
            self.tr("Head signed at entry %1 by %2, %3."),
            number(status.anchored_seq),
            status.anchored_by or "",
            local_text(status.anchored_at),
        )
        if status.anchor_due:
            # Signed on its own when a supervisor signs a package; this says it has not happened lately.
            line += " " + self.tr(
                "A new signature is due: a supervisor's next package signs it, or sign it here."
            )
        return line

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
