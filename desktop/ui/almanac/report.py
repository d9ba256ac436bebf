"""The report of the last almanac import: how many officers were added and updated, and every
rejected line with the reason, so the sender of the file can be told what to correct."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.services.almanac import ImportReport
from desktop.services.almanac_csv import RowError
from desktop.ui.i18n import arg
from desktop.ui.sentences import tell

REPORT_VISIBLE_LINES = 7


def whole_file_error(report: ImportReport) -> RowError | None:
    """The one problem that stopped the whole file from being read (bad header, not UTF-8, …)."""
    if len(report.errors) == 1 and report.errors[0].line == 1 and report.errors[0].column is None:
        return report.errors[0]
    return None


class ImportReportPanel(QGroupBox):
    """Hidden until an import finishes; "Close report" hides it again (GUI thread)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Last import"))
        self.setObjectName("almanacReport")
        self.setAccessibleName(self.tr("Report of the last import"))
        self.summary = QLabel()
        self.summary.setObjectName("almanacReportSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the import"))
        self.lines = QListWidget()
        self.lines.setObjectName("almanacReportLines")
        self.lines.setAccessibleName(self.tr("Rejected lines and why"))
        self.lines.setMaximumHeight(self.lines.fontMetrics().height() * REPORT_VISIBLE_LINES)
        self.close_button = QPushButton(self.tr("&Close report"))
        self.close_button.setAccessibleName(self.tr("Close the import report"))
        self.close_button.clicked.connect(self.clear)
        header = QHBoxLayout()
        header.addWidget(self.summary, 1)
        header.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.lines)
        self.hide()

    def show_report(self, report: ImportReport) -> None:
        self.summary.setText(
            arg(
                self.tr("%1 officers added, %2 updated, %3 problems found in the file."),
                report.added,
                report.updated,
                len(report.errors),
            )
        )
        self.lines.clear()
        for error in report.errors:
            self.lines.addItem(self._line(error))
        self.lines.setVisible(bool(report.errors))
        self.show()

    def _line(self, error: RowError) -> str:
        if error.column:
            return arg(self.tr("Line %1, column %2: %3"), error.line, error.column, tell(error.message))
        return arg(self.tr("Line %1: %2"), error.line, tell(error.message))

    def line_texts(self) -> list[str]:
        return [self.lines.item(row).text() for row in range(self.lines.count())]

    def clear(self) -> None:
        self.summary.clear()
        self.lines.clear()
        self.hide()
