"""The Dashboard page: how cooperation is going, in four charts over a filter bar.

One operation per load (`svc.insight.dashboard(filter)`, every figure counted in SQL in one read
transaction, off the GUI thread); `LatestOnly` drops an older load overtaken by a newer one.
A click (or Enter) on a bar or point asks the window to open the list behind it:

* `sig_open_requests(RequestFilter)` — the requests of a month and kind, or a partner's answers;
* `sig_open_request(reference)` — the request of an answer-time point;
* `sig_open_loans(LoanSlice)` — the loans behind a loan bar;
* `sig_open_case(reference)` — the case of a notification point;
* `sig_open_cases(CaseSelection)` — the cases behind a segment of a rule group's bar.

The page never opens those itself: the window wires them to the Requests, Loans and Cases pages.
Each chart exports as PNG or SVG through `choose_save_file` (the platform's dialog; tests give a
path), written owner-only on the worker (desktop/ui/plot_export.py); "Print / save as PDF…" prints
the whole dashboard (desktop/ui/dashboard/export.py) through the platform's print dialog
(window-modal, no nested event loop), or makes its PDF in memory and writes it owner-only on the
worker (`desktop.ui.files.export_file`), like the case report (desktop/ui/cases/report.py);
a PDF the print dialog is asked to print to a file is written the same way. Every file written is
recorded in the audit log by the services (`export.chart_png`, `export.chart_svg`,
`export.dashboard_pdf`, with the chart's name or the filters' summary).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QPagedPaintDevice, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.dto import AgencyView
from desktop.services.exports import ExportKind
from desktop.services.insight_rules import LoanSlice
from desktop.services.insight_views import CaseSelection, Dashboard
from desktop.services.requests import RequestFilter
from desktop.ui.dashboard.answers_chart import AnswersChart
from desktop.ui.dashboard.chart import CaseRef, RequestRef
from desktop.ui.dashboard.export import PrintHeader, chart_bytes, dashboard_pdf, print_dashboard
from desktop.ui.dashboard.filters import FilterBar
from desktop.ui.dashboard.loans_chart import LoansChart
from desktop.ui.dashboard.notifications_chart import NotificationsChart
from desktop.ui.dashboard.panel import ChartPanel
from desktop.ui.dashboard.requests_chart import RequestsChart
from desktop.ui.dashboard.style import chart_style
from desktop.ui.files import (
    SaveFileChooser,
    ask_save_file,
    close_replace_questions,
    confirm_replace,
    export_file,
)
from desktop.ui.i18n import arg, current_language, translate
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.page import Page
from desktop.ui.plot_export import save_plot
from desktop.ui.printing import PrintFailed, ensure_margins
from desktop.ui.timefmt import local_text
from desktop.ui.widgets import error_label, filter_combo, state_label

TWO_COLUMNS_FROM_PX = 1500
# The case report's words, translated there already: every printout numbers its pages alike.
_PAGE_OF = QT_TRANSLATE_NOOP("CaseReportWriter", "Page %1 of %2")


class DashboardPage(Page):
    """Filters over four charts; see the module's docstring for what a click opens.

    `clock` gives "now" (UTC) for the default months and the loans due or overdue; tests pass a
    fixed one. None: the services' clock.
    """

    WATCHES = ("requests", "loans", "cases")

    sig_open_requests = Signal(object)  # a RequestFilter
    sig_open_request = Signal(str)  # a request reference
    sig_open_loans = Signal(object)  # a LoanSlice
    sig_open_case = Signal(str)  # a case reference
    sig_open_cases = Signal(object)  # a CaseSelection

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.clock = clock
        self.choose_save_file: SaveFileChooser = ask_save_file
        self.board: Dashboard | None = None
        self.busy = False
        self.print_dialog: QPrintDialog | None = None
        self._latest = LatestOnly()
        self._latest_agencies = LatestOnly()
        self._agencies_loaded = False
        self._columns = 0

        heading = QLabel(self.tr("Dashboard"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        heading.setAccessibleName(self.tr("Dashboard"))
        self.filters = FilterBar()
        self.filters.sig_changed.connect(self.refresh)
        self.busy_label = QLabel(self.tr("Loading…"))
        self.busy_label.setObjectName("dashboardBusy")
        self.busy_label.setAccessibleName(self.tr("Loading"))
        self.busy_label.hide()
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Reload the dashboard"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print / save as PDF…"))
        self.print_button.setAccessibleName(self.tr("Print the dashboard or save it as PDF"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        menu = QMenu(self.print_button)
        self.print_action = QAction(self.tr("&Print…"), menu)
        self.pdf_action = QAction(self.tr("Save as P&DF…"), menu)
        self.print_action.triggered.connect(self.open_print_dialog)
        self.pdf_action.triggered.connect(self.save_pdf)
        menu.addAction(self.print_action)
        menu.addAction(self.pdf_action)
        self.print_button.setMenu(menu)
        self.print_button.setEnabled(False)

        # Two rows: the filters' captions are longer in French and Dutch than one laptop-wide row.
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.busy_label)
        top.addWidget(self.refresh_button)
        top.addWidget(self.print_button)

        self.requests_chart = RequestsChart()
        self.answers_chart = AnswersChart()
        self.loans_chart = LoansChart()
        self.notifications_chart = NotificationsChart()
        self.requests_panel = ChartPanel(
            "requestsPanel", self.tr("Requests per month, by kind"), self.requests_chart, "requests-per-month"
        )
        self.answers_panel = ChartPanel(
            "answersPanel",
            self.tr("Answer times against the legal deadline"),
            self.answers_chart,
            "answer-times",
        )
        self.loans_panel = ChartPanel(
            "loansPanel", self.tr("Equipment loans"), self.loans_chart, "equipment-loans"
        )
        self.loans_grouping = filter_combo(self.tr("Group the loans"), characters=14)
        self.loans_grouping.addItem(self.tr("Per partner agency"), "partner")
        self.loans_grouping.addItem(self.tr("Per equipment type"), "item_type")
        self.loans_grouping.currentIndexChanged.connect(self._loans_grouping_changed)
        self.loans_panel.add_header_widget(self.loans_grouping)
        self.notifications_panel = ChartPanel(
            "notificationsPanel",
            self.tr("Notifying the host after crossing the border"),
            self.notifications_chart,
            "notification-delays",
        )
        self.panels = (self.requests_panel, self.answers_panel, self.loans_panel, self.notifications_panel)
        for panel in self.panels:
            panel.sig_export.connect(lambda fmt, chosen=panel: self.export_panel(chosen, fmt))
            panel.chart.sig_activated.connect(self._open)

        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        content.setObjectName("dashboardContent")
        content.setLayout(self._grid)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Dashboard charts"))
        self._arrange(1)

        self.loading_label = state_label(self.tr("Loading…"), self.tr("Loading"))
        self._body = QStackedWidget()
        self._body.addWidget(self.loading_label)
        self._body.addWidget(self.scroll)

        self.status_label = QLabel()
        self.status_label.setObjectName("dashboardStatus")
        self.status_label.setAccessibleName(self.tr("Last action"))
        self.error_label = error_label("dashboardError", self.tr("Error"))
        footer = QHBoxLayout()
        footer.addWidget(self.status_label)
        footer.addWidget(self.error_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self._body, 1)
        layout.addLayout(footer)
        self.filters.reset(self._now().date())
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Reading order: the filters, the page's buttons, then each chart's controls and the chart."""
        bar = self.filters
        chain: list[QWidget] = [
            bar.partner, bar.direction, bar.first_month, bar.last_month, bar.last_year_button,
            self.refresh_button, self.print_button,
        ]  # fmt: skip
        for panel in self.panels:
            if panel is self.loans_panel:
                chain.append(self.loans_grouping)
            chain += [panel.export_button, panel.chart]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # -- wiring ---------------------------------------------------------------------------------

    def _now(self) -> datetime:
        return self.clock() if self.clock is not None else datetime.now(UTC)

    def attach(self, worker: ServicesWorker) -> None:
        """The case file was unlocked: the last 12 months, every partner; loads when shown."""
        self.error_label.clear()
        self.status_label.clear()
        self._agencies_loaded = False
        self.filters.reset(self._now().date())
        super().attach(worker)

    def detach(self) -> None:
        """The case file is being locked: forget every figure, the agencies offered and the filters."""
        self._worker = None
        self._latest.invalidate()
        self._latest_agencies.invalidate()
        self._agencies_loaded = False
        self.board = None
        self.close_print_dialog()
        for panel in self.panels:
            panel.clear()
        self.filters.clear()
        self.loans_grouping.blockSignals(True)
        self.loans_grouping.setCurrentIndex(0)
        self.loans_grouping.blockSignals(False)
        self.loans_chart.mode = "partner"
        self._set_busy(False)
        self.print_button.setEnabled(False)
        for label in (self.status_label, self.error_label):
            label.clear()
        self._body.setCurrentWidget(self.loading_label)

    def refresh(self) -> None:
        """Reload every chart for the filters as set (one operation)."""
        worker = self._worker
        if worker is None:
            return
        if not self._agencies_loaded:
            self._load_agencies(worker)
        guard = self._latest.start()
        chosen = self.filters.current()
        now = self.clock() if self.clock is not None else None
        self._set_busy(True)
        Op(self, worker, lambda svc: svc.insight.dashboard(chosen, now=now)).success(
            guard(self._arrived)
        ).failure(guard(self._failed)).run()

    def _load_agencies(self, worker: ServicesWorker) -> None:
        self._agencies_loaded = True
        guard = self._latest_agencies.start()
        language = current_language()
        Op(self, worker, lambda svc: list(svc.agencies.list(lang=language))).success(
            guard(self._agencies_arrived)
        ).failure(guard(self.error_label.setText)).run()

    def _agencies_arrived(self, agencies: list[AgencyView]) -> None:
        self.filters.set_agencies(agencies)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_label.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    # -- showing --------------------------------------------------------------------------------

    def _arrived(self, board: Dashboard) -> None:
        self._set_busy(False)
        self.error_label.clear()
        self.board = board
        period = (board.period_start.timestamp(), board.period_end.timestamp())

        self.requests_chart.set_data(board.requests)
        self._show(self.requests_panel, board.requests.total == 0, self.tr("No requests in this period."))
        self.requests_panel.describe(self.requests_chart.description())

        self.answers_chart.set_data(board.answers, period)
        self._show(
            self.answers_panel,
            board.answers.answered == 0,
            self.tr("No answered requests with a legal answer deadline in this period."),
        )
        self.answers_panel.describe(self.answers_chart.description())
        self.answers_panel.set_note(self.answers_chart.note())

        self._show_loans()

        self.notifications_chart.set_data(board.notifications, period)
        self._show(
            self.notifications_panel,
            board.notifications.cases == 0,
            self.tr("No pursuit or observation crossed the border in this period."),
        )
        self.notifications_panel.describe(self.notifications_chart.description())
        self.notifications_panel.set_note(
            self.notifications_chart.note(direction_chosen=board.filters.direction is not None)
        )
        self.print_button.setEnabled(True)
        self._body.setCurrentWidget(self.scroll)

    def _show_loans(self) -> None:
        board = self.board
        if board is None:
            return
        self.loans_chart.set_data(board.loans)
        self._show(
            self.loans_panel,
            not self.loans_chart.groups(),
            self.tr("No loans out, due, overdue or returned lost or damaged in this period."),
        )
        self.loans_panel.describe(self.loans_chart.description())
        self.loans_panel.set_note(self.loans_chart.note())

    def _show(self, panel: ChartPanel, empty: bool, sentence: str) -> None:
        panel.set_empty(sentence if empty else None)

    def _failed(self, sentence: str) -> None:
        self._set_busy(False)
        self.error_label.setText(sentence)
        if self.board is None:
            for panel in self.panels:
                panel.clear()
            self._body.setCurrentWidget(self.scroll)

    def _loans_grouping_changed(self, _index: int) -> None:
        self.loans_chart.mode = self.loans_grouping.currentData()
        self._show_loans()

    def _open(self, payload: object) -> None:
        if isinstance(payload, RequestFilter):
            self.sig_open_requests.emit(payload)
        elif isinstance(payload, RequestRef):
            self.sig_open_request.emit(payload.reference)
        elif isinstance(payload, LoanSlice):
            self.sig_open_loans.emit(payload)
        elif isinstance(payload, CaseRef):
            self.sig_open_case.emit(payload.reference)
        elif isinstance(payload, CaseSelection):
            self.sig_open_cases.emit(payload)

    # -- layout and palette ---------------------------------------------------------------------

    def _arrange(self, columns: int) -> None:
        """The four panels in one column, or two on a wide window."""
        if columns == self._columns:
            return
        self._columns = columns
        for panel in self.panels:
            self._grid.removeWidget(panel)
        for index, panel in enumerate(self.panels):
            self._grid.addWidget(panel, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= TWO_COLUMNS_FROM_PX else 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()
        super().changeEvent(event)

    def restyle(self) -> None:
        """Draw every chart in the colours of the palette now in use."""
        style = chart_style(self.palette())
        for panel in self.panels:
            panel.chart.restyle(style)

    # -- export and print -----------------------------------------------------------------------

    def export_panel(self, panel: ChartPanel, fmt: str) -> str | None:
        """Ask where to save `panel`'s chart as "png" or "svg" and write it there owner-only (on the
        worker; the status line says when it is written); the path, or None."""
        if fmt == "png":
            caption, name_filter = self.tr("Save the chart as a PNG image"), self.tr("PNG images (*.png)")
        else:
            caption, name_filter = (
                self.tr("Save the chart as an SVG drawing"),
                self.tr("SVG drawings (*.svg)"),
            )
        return save_plot(
            self,
            self._worker,
            self.choose_save_file,
            caption=caption,
            suggested=f"{panel.export_name}.{fmt}",
            name_filter=name_filter,
            default_format=fmt,
            render=lambda chosen: chart_bytes(panel, chosen),
            saved=lambda path: arg(self.tr("Chart saved to %1."), path),
            status=self.status_label,
            error=self.error_label,
        )

    def print_header(self) -> PrintHeader:
        now = datetime.now(UTC)
        local = now.astimezone()
        printed = QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
        summary = self.filters.summary()
        lines = [summary]
        if self.board is not None:
            lines.append(
                arg(
                    self.tr("Figures as of %1; loans out are counted at that moment."),
                    local_text(self.board.now),
                )
            )
        lines.append(arg(self.tr("Printed on %1, %2."), printed, local_text(now)))
        title = self.tr("Dashboard — Benelux Case Desk")
        return PrintHeader(title, tuple(lines), running=summary, mark=self.tr("Dashboard"))

    def page_text(self, page: int, pages: int) -> str:
        return arg(translate("CaseReportWriter", _PAGE_OF), page, pages)

    def print_to(self, device: QPagedPaintDevice) -> int:
        """Print the dashboard as shown on `device` (a printer or a PDF writer); the page count.

        Raises PrintFailed if the device cannot be opened.
        """
        return print_dashboard(device, self.print_header(), self.panels, self.page_text)

    def pdf(self) -> tuple[bytes, int]:
        """The dashboard as shown, as an A4 PDF made in memory, and its page count."""
        return dashboard_pdf(self.print_header(), self.panels, self.page_text)

    def save_pdf(self) -> str | None:
        """Ask where to save the dashboard as PDF, make it and write it owner-only on the worker;
        the path being written, or None (cancelled, or no case file open: nothing is written)."""
        if self._worker is None:
            return None
        chosen = self.choose_save_file(
            self, self.tr("Save the dashboard as PDF"), "dashboard.pdf", self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return None
        path = chosen if Path(chosen).suffix.lower() == ".pdf" else f"{chosen}.pdf"
        # ".pdf" added here: an existing file the dialog did not ask about is replaced only on Yes
        confirm_replace(self, chosen, path, self._write_pdf)
        return path

    def _write_pdf(self, path: str) -> None:
        worker = self._worker
        if worker is None:
            return
        self.error_label.clear()
        self.status_label.clear()
        try:
            data, _pages = self.pdf()
        except PrintFailed:
            self.error_label.setText(arg(self.tr("The dashboard could not be saved to %1."), path))
            return
        summary = self.filters.summary()
        Op(
            self,
            worker,
            lambda svc: export_file(svc, ExportKind.DASHBOARD_PDF, path, data, subject=summary),
        ).success(
            lambda _none: self.status_label.setText(arg(self.tr("Dashboard saved to %1."), path))
        ).failure(self.error_label.setText).run()

    def open_print_dialog(self) -> QPrintDialog | None:
        """The platform's print dialog (window-modal, no nested event loop); prints when accepted.
        None while no case file is open."""
        if self._worker is None:
            return None
        self.close_print_dialog()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the dashboard"))
        dialog.setAccessibleName(self.tr("Print the dashboard"))
        dialog.accepted.connect(lambda: self._print_accepted(printer))
        dialog.finished.connect(lambda _result: self._forget_print_dialog(dialog))
        self.print_dialog = dialog
        # QDialog.open(): QPrintDialog's own open(receiver, slot) hides it in PySide.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def _forget_print_dialog(self, dialog: QPrintDialog) -> None:
        if self.print_dialog is dialog:
            self.print_dialog = None

    def close_print_dialog(self) -> None:
        """The file is being locked: close the print dialog without printing (and a pending
        "replace the file?" question without writing)."""
        close_replace_questions(self)
        dialog, self.print_dialog = self.print_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reject()

    def _print_accepted(self, printer: QPrinter) -> None:
        if self._worker is None:
            return
        if printer.outputFileName():
            # "Print to file": made in memory and written owner-only, like "Save as PDF…".
            self._write_pdf(printer.outputFileName())
            return
        self.error_label.clear()
        self.status_label.clear()
        ensure_margins(printer)
        try:
            self.print_to(printer)
        except PrintFailed:
            self.error_label.setText(self.tr("The dashboard could not be printed."))
            return
        self.status_label.setText(self.tr("Dashboard sent to the printer."))
