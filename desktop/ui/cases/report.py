"""A case on paper: its summary with the timeline as a table and as a chart, its subjects, notes, open
tasks, attachments and linked requests, printed or saved as PDF in the interface's language.

`CaseReport` is what is printed (the case shown, its linked requests' views, who prints, the chart's
zone); `CaseReportWriter` turns it into an HTML `QTextDocument` (every value escaped with
`html.escape`: case data may hold "<", "&" and quotes, and is printed as typed, never interpreted)
and draws it on A4 pages through `desktop/ui/printing.py` ("Page 1 of 3" under each page, the case
and its most restrictive handling code above). Long tables break between rows with their header
repeated. The timeline chart is a `CaseTimelineView` of its own, laid out for the page, fitted to
every event and drawn in the light palette; the one on screen is not touched.

Handling codes: nothing is left out (the printout is the officer's own), but every note, attachment
and linked request shows its code, H2 and H3 ones marked; the header names the most restrictive code
found in the case and what it means. Attachments are listed (name, type, size, code), never their
content.

`CasePrinting` is the case detail's "Print / save as PDF…": the platform's print dialog
(window-modal), or "Save as PDF…" through the page's file chooser — the PDF is made in memory
(`QPdfWriter` on a buffer) and written owner-only by `desktop.ui.files.export_file` on the
database worker (an `Op`), which records it in the audit log (`export.case_report_pdf`, with the
case's reference); a PDF the print dialog is asked to print to a file is written the same way.
GUI thread only.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QUrl
from PySide6.QtGui import QImage, QPagedPaintDevice, QPalette, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from desktop.models.enums import (
    CaseKind,
    CaseStatus,
    EventKind,
    HandlingCode,
    RequestKind,
    RequestStatus,
    SubjectKind,
)
from desktop.services.cases import CaseView, EventView
from desktop.services.dto import RequestView
from desktop.services.exports import ExportKind
from desktop.ui.cases import details
from desktop.ui.cases.common import size_text
from desktop.ui.cases.timeline_items import (
    KIND_SYMBOLS,
    SpanState,
    kind_colour,
    palette,
    span_colour,
    span_pixmap,
    symbol_pixmap,
)
from desktop.ui.cases.timeline_view import CaseTimelineView
from desktop.ui.files import (
    SaveFileChooser,
    ask_save_file,
    close_replace_questions,
    confirm_replace,
    export_file,
)
from desktop.ui.i18n import arg, plural, translate
from desktop.ui.labels import label_of, meaning
from desktop.ui.operations import Op
from desktop.ui.plot_export import render_image
from desktop.ui.printing import (
    PageFrame,
    PrintFailed,
    ensure_margins,
    paper_palette,
    pdf_bytes,
    print_document,
)
from desktop.ui.timefmt import local_text

if TYPE_CHECKING:
    from desktop.ui.cases.page import CasesPage

# The case detail's own words, translated there already: the printout reads like the screen.
_D = "CaseDetail"
_DETAIL = {
    "kind": QT_TRANSLATE_NOOP("CaseDetail", "Kind"),
    "status": QT_TRANSLATE_NOOP("CaseDetail", "Status"),
    "partner": QT_TRANSLATE_NOOP("CaseDetail", "Partner"),
    "lead": QT_TRANSLATE_NOOP("CaseDetail", "Lead agency"),
    "handling_code": QT_TRANSLATE_NOOP("CaseDetail", "Handling code"),
    "opened": QT_TRANSLATE_NOOP("CaseDetail", "Opened"),
    "closed": QT_TRANSLATE_NOOP("CaseDetail", "Closed"),
    "summary": QT_TRANSLATE_NOOP("CaseDetail", "Summary"),
    "no_summary": QT_TRANSLATE_NOOP("CaseDetail", "No summary."),
    "details": QT_TRANSLATE_NOOP("CaseDetail", "Details"),
    "timeline": QT_TRANSLATE_NOOP("CaseDetail", "Timeline, oldest first"),
    "when": QT_TRANSLATE_NOOP("CaseDetail", "When"),
    "event": QT_TRANSLATE_NOOP("CaseDetail", "Event"),
    "agency": QT_TRANSLATE_NOOP("CaseDetail", "Agency"),
    "description": QT_TRANSLATE_NOOP("CaseDetail", "Description"),
    "location": QT_TRANSLATE_NOOP("CaseDetail", "Location"),
    "subjects": QT_TRANSLATE_NOOP("CaseDetail", "Persons, vehicles and objects"),
    "name_or_plate": QT_TRANSLATE_NOOP("CaseDetail", "Name or plate"),
    "notes": QT_TRANSLATE_NOOP("CaseDetail", "Notes"),
    "written": QT_TRANSLATE_NOOP("CaseDetail", "Written"),
    "handling": QT_TRANSLATE_NOOP("CaseDetail", "Handling"),
    "note": QT_TRANSLATE_NOOP("CaseDetail", "Note"),
    "task": QT_TRANSLATE_NOOP("CaseDetail", "Task"),
    "due": QT_TRANSLATE_NOOP("CaseDetail", "Due"),
    "overdue": QT_TRANSLATE_NOOP("CaseDetail", "Overdue since %1"),
    "requests": QT_TRANSLATE_NOOP("CaseDetail", "Linked requests"),
    "reference": QT_TRANSLATE_NOOP("CaseDetail", "Reference"),
    "name": QT_TRANSLATE_NOOP("CaseDetail", "Name"),
    "size": QT_TRANSLATE_NOOP("CaseDetail", "Size"),
    "type": QT_TRANSLATE_NOOP("CaseDetail", "Type"),
    "colon": QT_TRANSLATE_NOOP("CaseDetail", "%1:"),
}
_LEGEND = {
    SpanState.OPEN: QT_TRANSLATE_NOOP("Legend", "Request open"),
    SpanState.ANSWERED: QT_TRANSLATE_NOOP("Legend", "Request answered"),
    SpanState.OVERDUE: QT_TRANSLATE_NOOP("Legend", "Request overdue"),
    SpanState.ENDED: QT_TRANSLATE_NOOP("Legend", "Request ended without answer"),
}

_RANK = {code.value: rank for rank, code in enumerate(HandlingCode)}
RESTRICTIVE = _RANK[HandlingCode.H2.value]
"""H2 and H3 (and codes unknown here) hold an item back from packages (services/packages.py): on
paper they are marked."""
CHART_WIDTH = 820  # logical pixels the chart is laid out in: its labels print at about 8 pt
CHART_SCALE = 3.0  # pixels per logical pixel in the picture: sharp at 300 dpi
LANE_HEIGHT = 44
MARK = "#8b0000"  # restricted items: dark red on a pale red ground (8:1 contrast)
MARK_GROUND = "#fde4e4"

_STYLE = f"""
body {{ color: #1b1b1b; }}
h1 {{ font-size: 15pt; font-weight: 600; margin-top: 2px; margin-bottom: 6px; }}
h2 {{ font-size: 11.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; color: #1a3d70; }}
p {{ margin-top: 0px; margin-bottom: 4px; }}
.kicker {{ font-size: 8.5pt; color: #555555; margin-bottom: 0px; }}
.muted {{ color: #555555; }}
.restricted {{ color: {MARK}; background-color: {MARK_GROUND}; font-weight: 600; }}
.overdue {{ color: {MARK}; font-weight: 600; }}
table.grid {{ border-collapse: collapse; border-style: solid; border-color: #b8b8b8; }}
table.grid td, table.grid th {{ border-width: 1px; border-style: solid; border-color: #b8b8b8; }}
table.grid th {{ background-color: #e8edf3; font-weight: 600; text-align: left; }}
table.facts td {{ padding-right: 10px; }}
td.key {{ color: #555555; }}
"""


def _e(value: object) -> str:
    """`value` as HTML text: printed as typed ("<b>&</b>" stays those seven characters)."""
    return html.escape(str(value), quote=True)


def _lines(value: str) -> str:
    return "<br>".join(_e(line) for line in value.split("\n"))


def rank(code: str) -> int:
    """How restrictive a handling code is (H0 = 0 … H3 = 3); a code this version does not know
    counts as the most restrictive, so it is never printed as harmless."""
    return _RANK.get(code, len(_RANK))


def most_restrictive(codes: Sequence[str]) -> str:
    return max(codes, key=rank)


@dataclass(frozen=True)
class CaseReport:
    """What one printout shows."""

    view: CaseView
    requests: tuple[RequestView, ...] = ()
    """The linked requests' views (deadlines, handling codes, dates for the chart)."""
    member: str | None = None
    """Who prints ("Printed on … by …"); None leaves the "by" out."""
    zone: str | None = None
    """The zone of the chart's time axis (the one chosen on screen); None: the events' own."""
    printed_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def handling_codes(self) -> list[str]:
        """The case's code and those of its notes, attachments and linked requests."""
        view = self.view
        return [
            view.handling_code,
            *(n.handling_code for n in view.note_items),
            *(a.handling_code for a in view.attachment_items),
            *(r.handling_code for r in self.requests),
        ]

    def most_restrictive(self) -> str:
        return most_restrictive(self.handling_codes())


def timeline_picture(report: CaseReport) -> tuple[QImage, list[tuple[QImage, str]]] | None:
    """The case's timeline chart fitted to every event, in the light palette, and its legend as
    (symbol, caption) pairs; None if the case has no events.

    Drawn by a `CaseTimelineView` of its own (never shown on screen), so the chart the user is
    looking at keeps its zoom, cursor and selection.
    """
    view = report.view
    if not view.timeline:
        return None
    with paper_palette():
        chart = CaseTimelineView()
        try:
            chart.set_case(view, report.requests)
            if report.zone:
                chart.zone.setCurrentIndex(max(0, chart.zone.findData(report.zone)))
            lanes = len(chart.lane_names)
            height = 120 + LANE_HEIGHT * lanes
            # Laid out for the page without being shown: the plot's scene only.
            chart.plot.resize(CHART_WIDTH, height)
            item = chart.plot.getPlotItem()
            item.setGeometry(0, 0, CHART_WIDTH, height)
            item.layout.invalidate()
            item.layout.activate()
            chart.fit_all()
            chart.cursor.hide()
            background = palette().color(QPalette.ColorRole.Base)
            image = render_image(chart.plot, background, CHART_SCALE)
            legend = [
                (
                    symbol_pixmap(KIND_SYMBOLS.get(kind, "t1"), kind_colour(kind), 28).toImage(),
                    label_of(EventKind, kind),
                )
                for kind in dict.fromkeys(e.kind for e in chart.events)
            ]
            states = {span.state for span in chart.spans}
            legend += [
                (span_pixmap(span_colour(state), 24).toImage(), translate("Legend", text))
                for state, text in _LEGEND.items()
                if state in states
            ]
        finally:
            shiboken6.delete(chart)  # now: it listens to the palette notifier
    return image, legend


class CaseReportWriter(QObject):
    """Lays one `CaseReport` out as a document and prints it on a paged device."""

    def __init__(self, report: CaseReport, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report

    # -- the words ----------------------------------------------------------------------------------

    def d(self, key: str) -> str:
        return translate(_D, _DETAIL[key])

    def handling_text(self, code: str) -> str:
        return label_of(HandlingCode, code)

    def handling_cell(self, code: str) -> str:
        text = _e(self.handling_text(code))
        return f'<td class="restricted">{text}</td>' if rank(code) >= RESTRICTIVE else f"<td>{text}</td>"

    def page_text(self, page: int, pages: int) -> str:
        return arg(self.tr("Page %1 of %2"), page, pages)

    def printed_text(self) -> str:
        when = local_text(self.report.printed_at)
        if self.report.member:
            return arg(self.tr("Printed on %1 by %2."), when, self.report.member)
        return arg(self.tr("Printed on %1."), when)

    def title(self) -> str:
        return f"{self.report.view.reference} — {self.report.view.title}"

    def frame(self) -> PageFrame:
        code = self.report.most_restrictive()
        return PageFrame(
            header_left=self.title(),
            header_right=code,
            page_text=self.page_text,
            mark_colour=MARK if rank(code) >= RESTRICTIVE else "#1b1b1b",
        )

    # -- the document -------------------------------------------------------------------------------

    def html(self, width: int, picture: tuple[QImage, list[tuple[QImage, str]]] | None) -> str:
        """The whole printout as HTML; `width`: the page's text width in screen pixels (for the chart)."""
        parts = [
            "<html><body>",
            *self._header(),
            *self._summary(),
            *self._timeline(width, picture),
            *self._subjects(),
            *self._notes(),
            *self._tasks(),
            *self._attachments(),
            *self._requests(),
            "</body></html>",
        ]
        return "\n".join(parts)

    def _header(self) -> list[str]:
        view = self.report.view
        facts = [
            (self.d("kind"), label_of(CaseKind, view.kind)),
            (self.d("status"), label_of(CaseStatus, view.status)),
            (self.d("partner"), view.partner_agency or "—"),
            (self.d("lead"), view.lead_agency or "—"),
            (self.d("opened"), local_text(view.opened_at)),
        ]
        if view.closed_at is not None:
            facts.append((self.d("closed"), local_text(view.closed_at)))
        rows = [
            f'<tr><td class="key">{_e(arg(self.d("colon"), k))}</td><td>{_e(v)}</td></tr>' for k, v in facts
        ]
        rows.append(
            f'<tr><td class="key">{_e(arg(self.d("colon"), self.d("handling_code")))}</td>'
            f"{self.handling_cell(view.handling_code)}</tr>"
        )
        out = [
            f'<p class="kicker">{_e(self.tr("Case summary"))}</p>',
            f"<h1>{_e(self.title())}</h1>",
            f'<table class="facts" cellspacing="0" cellpadding="1">{"".join(rows)}</table>',
        ]
        top = self.report.most_restrictive()
        sentence = arg(
            self.tr("Most restrictive handling code in this case: %1. %2"),
            self.handling_text(top),
            meaning(HandlingCode(top)) if top in _RANK else "",
        ).strip()
        if rank(top) >= RESTRICTIVE:
            out.append(
                '<table width="100%" cellspacing="0" cellpadding="4" border="1" '
                f'style="border-color: {MARK}; margin-top: 6px;"><tr><td class="restricted">{_e(sentence)}<br>'
                f"{_e(self.tr('Items under H2 or H3 are marked; do not pass this printout on.'))}"
                "</td></tr></table>"
            )
        else:
            out.append(f'<p style="margin-top: 6px;">{_e(sentence)}</p>')
        out.append(f'<p class="muted" style="margin-top: 4px;">{_e(self.printed_text())}</p>')
        return out

    def _summary(self) -> list[str]:
        view = self.report.view
        out = [f"<h2>{_e(self.d('summary'))}</h2>", f"<p>{_lines(view.summary or self.d('no_summary'))}</p>"]
        rows = details.rows(view.kind, view.details)
        if rows:
            out.append(f"<h2>{_e(self.d('details'))}</h2>")
            cells = "".join(
                f'<tr><td class="key">{_e(arg(self.d("colon"), caption))}</td><td>{_lines(text)}</td></tr>'
                for caption, text in rows
            )
            out.append(f'<table class="facts" cellspacing="0" cellpadding="1">{cells}</table>')
        return out

    def _grid(self, headers: Sequence[tuple[str, int]], rows: Sequence[str], empty: str) -> str:
        """A table that repeats its header on every page; `headers`: (caption, width in %)."""
        if not rows:
            return f'<p class="muted">{_e(empty)}</p>'
        head = "".join(f'<th width="{w}%">{_e(h)}</th>' for h, w in headers)
        return (
            '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def _timeline(self, width: int, picture: tuple[QImage, list[tuple[QImage, str]]] | None) -> list[str]:
        view = self.report.view
        out = [f"<h2>{_e(self.d('timeline'))}</h2>"]
        if picture is not None:
            image, legend = picture
            shown = min(width, CHART_WIDTH)
            tall = round(image.height() * shown / image.width())
            chart = f'<img src="report:chart" width="{shown}" height="{tall}">'
            entries = "&nbsp;&nbsp; ".join(
                f'<img src="report:legend{i}" width="{round(img.width() / 2)}" height="{round(img.height() / 2)}">'
                f"&nbsp;{_e(text)}"
                for i, (img, text) in enumerate(legend)
            )
            out.append(f'<p class="muted">{chart}<br>{entries}</p>')
        rows = [self._event_row(e) for e in view.timeline]
        headers = (
            (self.d("when"), 24),
            (self.d("event"), 15),
            (self.d("agency"), 15),
            (self.d("description"), 28),
            (self.d("location"), 18),
        )
        out.append(self._grid(headers, rows, self.tr("No events recorded.")))
        return out

    def _event_row(self, event: EventView) -> str:
        place = [event.location] if event.location else []
        if event.latitude is not None and event.longitude is not None:
            place.append(f"{event.latitude:.5f}, {event.longitude:.5f}")
        cells = (
            event.local_time,
            label_of(EventKind, event.kind),
            event.agency_code or "",
            event.description,
            "\n".join(place),
        )
        return "<tr>" + "".join(f"<td>{_lines(c)}</td>" for c in cells) + "</tr>"

    def _subjects(self) -> list[str]:
        rows = [
            f"<tr><td>{_e(label_of(SubjectKind, kind))}</td><td>{_lines(name)}</td><td>{_lines(more)}</td></tr>"
            for _id, kind, name, more in self.report.view.subjects
        ]
        headers = ((self.d("kind"), 18), (self.d("name_or_plate"), 32), (self.d("details"), 50))
        return [f"<h2>{_e(self.d('subjects'))}</h2>", self._grid(headers, rows, self.tr("None recorded."))]

    def _notes(self) -> list[str]:
        rows = [
            f"<tr><td>{_e(local_text(n.created_at))}</td><td>{_e(n.author or '—')}</td>"
            f"{self.handling_cell(n.handling_code)}<td>{_lines(n.body)}</td></tr>"
            for n in self.report.view.note_items
        ]
        headers = (
            (self.d("written"), 18),
            (self.tr("Author"), 14),
            (self.d("handling"), 16),
            (self.d("note"), 52),
        )
        return [f"<h2>{_e(self.d('notes'))}</h2>", self._grid(headers, rows, self.tr("None recorded."))]

    def _tasks(self) -> list[str]:
        now = datetime.now(UTC)
        open_tasks = [t for t in self.report.view.tasks if t[3] is None]
        done = len(self.report.view.tasks) - len(open_tasks)
        rows = []
        for _id, title, due_at, _done in open_tasks:
            if due_at is not None and due_at < now:
                due = f'<td class="overdue">{_e(arg(self.d("overdue"), local_text(due_at)))}</td>'
            else:
                due = f"<td>{_e(local_text(due_at))}</td>"
            rows.append(f"<tr><td>{_lines(title)}</td>{due}</tr>")
        out = [
            f"<h2>{_e(self.tr('Open tasks'))}</h2>",
            self._grid(((self.d("task"), 65), (self.d("due"), 35)), rows, self.tr("No open tasks.")),
        ]
        if done:
            out.append(
                f'<p class="muted">{_e(arg(self.tr("Tasks already done (not listed): %1."), done))}</p>'
            )
        return out

    def _attachments(self) -> list[str]:
        rows = [
            f"<tr><td>{_e(a.filename)}</td><td>{_e(a.media_type)}</td><td>{_e(size_text(a.size))}</td>"
            f"{self.handling_cell(a.handling_code)}</tr>"
            for a in self.report.view.attachment_items
        ]
        headers = ((self.d("name"), 40), (self.d("type"), 22), (self.d("size"), 14), (self.d("handling"), 24))
        out = [f"<h2>{_e(self.tr('Attachments'))}</h2>", self._grid(headers, rows, self.tr("None recorded."))]
        if rows:
            out.append(f'<p class="muted">{_e(self.tr("Listed only: their content is not printed."))}</p>')
        return out

    def _requests(self) -> list[str]:
        views = {r.reference: r for r in self.report.requests}
        rows = []
        for reference, kind, status in self.report.view.requests:
            request = views.get(reference)
            deadline = local_text(request.due_at) if request is not None else "—"
            code = request.handling_code if request is not None else ""
            handling = self.handling_cell(code) if code else "<td>—</td>"
            rows.append(
                f"<tr><td>{_e(reference)}</td><td>{_e(label_of(RequestKind, kind))}</td>"
                f"<td>{_e(label_of(RequestStatus, status))}</td><td>{_e(deadline)}</td>{handling}</tr>"
            )
        headers = (
            (self.d("reference"), 22),
            (self.d("kind"), 24),
            (self.d("status"), 14),
            (self.tr("Deadline"), 20),
            (self.d("handling"), 20),
        )
        return [f"<h2>{_e(self.d('requests'))}</h2>", self._grid(headers, rows, self.tr("None recorded."))]

    def document(self, width: int) -> QTextDocument:
        """The printout as a document, the chart and its legend among its resources."""
        picture = timeline_picture(self.report)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(_STYLE)
        font = document.defaultFont()
        font.setPointSizeF(9)
        document.setDefaultFont(font)
        if picture is not None:
            image, legend = picture
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("report:chart"), image)
            for index, (symbol, _text) in enumerate(legend):
                document.addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(f"report:legend{index}"), symbol
                )
        document.setHtml(self.html(width, picture))
        return document

    def print_to(self, device: QPagedPaintDevice) -> int:
        """Draw the printout on `device` (a printer or a PDF writer); the number of pages.

        Raises PrintFailed if the device cannot be opened.
        """
        page = device.pageLayout().paintRect(device.pageLayout().Unit.Inch)
        width = int(page.width() * 96)  # the text width in screen pixels, the unit of <img width>
        return print_document(device, self.document(width), self.frame())


def case_pdf(report: CaseReport) -> tuple[bytes, int]:
    """The printout as an A4 PDF made in memory, and its number of pages."""
    writer = CaseReportWriter(report)
    pages: list[int] = []
    data = pdf_bytes(lambda device: pages.append(writer.print_to(device)), writer.title())
    return data, pages[0]


class CasePrinting(QObject):
    """The case detail's print menu on the Cases page (GUI thread).

    `choose_save_file` is the page's file chooser for "Save as PDF…" (the platform's dialog; tests
    give a path). The print dialog is kept in `print_dialog` while it is open.
    """

    def __init__(self, page: CasesPage) -> None:
        super().__init__(page)
        self.page = page
        self.choose_save_file: SaveFileChooser = ask_save_file
        self.print_dialog: QPrintDialog | None = None
        detail = page.detail
        detail.print_action.triggered.connect(self.open_print_dialog)
        detail.pdf_action.triggered.connect(self.save_pdf)

    def report(self) -> CaseReport | None:
        """The case shown, as it is shown (its chart's zone too); None if no case is shown."""
        detail = self.page.detail
        if detail.view is None:
            return None
        chart = detail.timeline_chart
        return CaseReport(
            view=detail.view,
            requests=tuple(detail.linked_requests),
            member=self.page.member_name,
            zone=None if chart.is_empty() else chart.zone_name(),
        )

    def save_pdf(self) -> str | None:
        """Ask where to save the case as PDF, make it and write it owner-only on the worker; the
        path being written, or None (cancelled, or no case shown: nothing is made or written)."""
        report, worker = self.report(), self.page.worker
        if report is None or worker is None:
            return None
        chosen = self.choose_save_file(
            self.page,
            self.tr("Save the case as PDF"),
            f"{report.view.reference}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = chosen if Path(chosen).suffix.lower() == ".pdf" else f"{chosen}.pdf"
        # ".pdf" added here: an existing file the dialog did not ask about is replaced only on Yes
        confirm_replace(self.page, chosen, path, lambda target: self._write(report, target))
        return path

    def _write(self, report: CaseReport, path: str) -> None:
        worker = self.page.worker
        if worker is None:
            return
        try:
            data, _pages = case_pdf(report)
        except PrintFailed:
            self.page.show_error(arg(self.tr("The case could not be saved to %1."), path))
            return
        reference = report.view.reference
        self.page.error_label.clear()
        Op(
            self.page,
            worker,
            lambda svc: export_file(svc, ExportKind.CASE_REPORT_PDF, path, data, subject=reference),
        ).success(
            lambda _none: self.page.show_status(arg(self.tr("Case %1 saved as PDF to %2."), reference, path))
        ).failure(self.page.show_error).run()

    def open_print_dialog(self) -> QPrintDialog | None:
        """The platform's print dialog (window-modal, no nested event loop); prints when accepted."""
        if self.page.detail.view is None or self.page.worker is None:
            return None
        self.close_dialog()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.page)
        dialog.setWindowTitle(self.tr("Print the case"))
        dialog.setAccessibleName(self.tr("Print the case"))
        dialog.accepted.connect(lambda: self._print_accepted(printer))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.print_dialog = dialog
        # QDialog.open(): QPrintDialog's own open(receiver, slot) hides it in PySide.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def _forget_dialog(self, dialog: QPrintDialog) -> None:
        if self.print_dialog is dialog:
            self.print_dialog = None

    def close_dialog(self) -> None:
        """The case is left or the file locked: close the print dialog without printing."""
        close_replace_questions(self.page)
        dialog, self.print_dialog = self.print_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reject()

    def _print_accepted(self, printer: QPrinter) -> None:
        report = self.report()
        if report is None:
            return
        if printer.outputFileName():
            # "Print to file", whatever format the platform offers it in: made in memory as PDF
            # and written owner-only, like "Save as PDF…" — never by QPrinter with default rights.
            self._write(report, printer.outputFileName())
            return
        ensure_margins(printer)
        try:
            pages = CaseReportWriter(report).print_to(printer)
        except PrintFailed:
            self.page.show_error(self.tr("The case could not be printed."))
            return
        self.page.show_status(
            plural(
                arg(self.tr("Case %1 sent to the printer: %n page(s).", "", pages), report.view.reference),
                pages,
            )
        )
