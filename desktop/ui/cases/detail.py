"""One case in full: its facts on the left, its timeline, subjects, notes, tasks, linked requests
and attachments in tabs on the right (GUI thread only).

The widget only shows a `CaseView` and offers buttons; the page wires the buttons to its
operations. Files dropped on the attachment list are announced with `sig_files_dropped(paths)`.
The selected note is shown in full under the notes. A closed case takes nothing more: its add
buttons are disabled (the service does not refuse yet, so the page must not offer it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QDropEvent, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import CaseKind, CaseStatus, EventKind, RequestKind, RequestStatus, SubjectKind
from desktop.services.cases import AttachmentItem, CaseView, NoteItem
from desktop.services.dto import RequestView
from desktop.ui import theme
from desktop.ui.cases import details
from desktop.ui.cases.common import handling_combo, local, size_text
from desktop.ui.cases.note_reader import NoteReader
from desktop.ui.cases.timeline_view import CaseTimelineView
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import arg, translate
from desktop.ui.labels import label_of
from desktop.ui.widgets import list_table

IdRole = Qt.ItemDataRole.UserRole + 1
_C = "CaseDetail"
TIMELINE = (
    QT_TRANSLATE_NOOP("CaseDetail", "When"),
    QT_TRANSLATE_NOOP("CaseDetail", "Event"),
    QT_TRANSLATE_NOOP("CaseDetail", "Description"),
    QT_TRANSLATE_NOOP("CaseDetail", "Location"),
    QT_TRANSLATE_NOOP("CaseDetail", "Agency"),
)
SUBJECTS = (
    QT_TRANSLATE_NOOP("CaseDetail", "Kind"),
    QT_TRANSLATE_NOOP("CaseDetail", "Name or plate"),
    QT_TRANSLATE_NOOP("CaseDetail", "Details"),
)
NOTES = (
    QT_TRANSLATE_NOOP("CaseDetail", "Written"),
    QT_TRANSLATE_NOOP("CaseDetail", "Handling"),
    QT_TRANSLATE_NOOP("CaseDetail", "Note"),
)
TASKS = (
    QT_TRANSLATE_NOOP("CaseDetail", "Task"),
    QT_TRANSLATE_NOOP("CaseDetail", "Due"),
    QT_TRANSLATE_NOOP("CaseDetail", "Done"),
)
REQUESTS = (
    QT_TRANSLATE_NOOP("CaseDetail", "Reference"),
    QT_TRANSLATE_NOOP("CaseDetail", "Kind"),
    QT_TRANSLATE_NOOP("CaseDetail", "Status"),
)
ATTACHMENTS = (
    QT_TRANSLATE_NOOP("CaseDetail", "Name"),
    QT_TRANSLATE_NOOP("CaseDetail", "Size"),
    QT_TRANSLATE_NOOP("CaseDetail", "Type"),
    QT_TRANSLATE_NOOP("CaseDetail", "SHA-256"),
    QT_TRANSLATE_NOOP("CaseDetail", "Handling"),
)
_FACTS = (
    ("kind", QT_TRANSLATE_NOOP("CaseDetail", "Kind")),
    ("status", QT_TRANSLATE_NOOP("CaseDetail", "Status")),
    ("partner", QT_TRANSLATE_NOOP("CaseDetail", "Partner")),
    ("lead", QT_TRANSLATE_NOOP("CaseDetail", "Lead agency")),
    ("handling", QT_TRANSLATE_NOOP("CaseDetail", "Handling code")),
    ("opened", QT_TRANSLATE_NOOP("CaseDetail", "Opened")),
    ("closed", QT_TRANSLATE_NOOP("CaseDetail", "Closed")),
)


def _table(headers: tuple[str, ...], accessible_name: str) -> QTableWidget:
    table = list_table([translate(_C, h) for h in headers], accessible_name, alternating=False)
    table.setTabKeyNavigation(False)
    return table


def _fill(table: QTableWidget, rows: list[tuple[object, tuple[str, ...]]]) -> None:
    """Rows of (id, cells); the id is kept on every cell under IdRole."""
    table.setRowCount(len(rows))
    for row, (ident, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(IdRole, ident)
            item.setToolTip(text)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def selected_id(table: QTableWidget) -> object | None:
    rows = table.selectionModel().selectedRows()
    return table.item(rows[0].row(), 0).data(IdRole) if rows else None


class FileDropFilter(QObject):
    """Lets local files be dropped on a list's viewport; emits their paths.

    `accepting` is False while the case shown takes no more files (closed): drops are refused.
    """

    sig_files_dropped = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.accepting = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            mime = event.mimeData()  # type: ignore[attr-defined]
            paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
            if not paths or not self.accepting:
                event.ignore()
                return kind == QEvent.Type.Drop
            event.setDropAction(Qt.DropAction.CopyAction)  # type: ignore[attr-defined]
            event.accept()
            if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
                self.sig_files_dropped.emit(paths)
            return True
        return super().eventFilter(watched, event)


class CaseDetail(QWidget):
    """Shows one `CaseView`; `clear()` forgets it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.view: CaseView | None = None
        self.linked_requests: tuple[RequestView, ...] = ()  # the linked requests' views, as loaded
        self.back_button = QPushButton(self.tr("← &Back to the list"))
        self.back_button.setAccessibleName(self.tr("Back to the list of cases"))
        self.heading = QLabel()
        self.heading.setObjectName("caseHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a long title must not widen the window beyond the screen
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setAccessibleName(self.tr("Case"))
        self._build_print_menu()  # before Close: Tab reaches them in the order they are shown
        self.close_button = QPushButton(self.tr("&Close case…"))
        self.close_button.setAccessibleName(self.tr("Close this case"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.heading, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.close_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_facts())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the case"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        # The facts read as "Label: value" lines: room for about 45 characters of them.
        width = self.fontMetrics().averageCharWidth() * 55
        splitter.setSizes([width, width * 2])
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- building -------------------------------------------------------------------------------

    def _build_print_menu(self) -> None:
        """The "Print / save as PDF…" button: a menu of Print… and Save as PDF… (cases/report.py)."""
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print / save as PDF…"))
        self.print_button.setAccessibleName(self.tr("Print this case or save it as PDF"))
        self.print_button.setToolTip(
            self.tr("Print the case summary with its timeline, or save it as PDF (Ctrl+P)")
        )
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.print_menu = QMenu(self.print_button)
        self.print_menu.setAccessibleName(self.tr("Print or save as PDF"))
        self.print_action = QAction(self.tr("&Print…"), self.print_menu)
        self.pdf_action = QAction(self.tr("Save as P&DF…"), self.print_menu)
        self.print_menu.addAction(self.print_action)
        self.print_menu.addAction(self.pdf_action)
        self.print_button.setMenu(self.print_menu)

    def show_print_menu(self) -> None:
        """Ctrl+P: the print menu under its button (a popup: no nested event loop)."""
        if self.view is None:
            return
        self.print_menu.popup(self.print_button.mapToGlobal(self.print_button.rect().bottomLeft()))
        self.print_menu.setActiveAction(self.print_action)

    def _build_facts(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        form = QFormLayout()
        # Long captions (French, Dutch) put their value on the next line rather than squeeze it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts: dict[str, QLabel] = {}
        for key, caption in _FACTS:
            value = self._value_label(translate(_C, caption))
            form.addRow(arg(self.tr("%1:"), translate(_C, caption)), value)
            self.facts[key] = value
        self.summary = self._value_label(self.tr("Summary"))
        self.summary.setObjectName("caseSummary")
        self.details_form = QFormLayout()
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(form)
        column.addWidget(self.summary)
        column.addLayout(self.details_form)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)
        scroll.setAccessibleName(self.tr("Facts of the case"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        return scroll

    @staticmethod
    def _value_label(accessible_name: str) -> QLabel:
        value = QLabel()
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAccessibleName(accessible_name)
        return value

    def _tab(self, body: QWidget, buttons: list[QWidget], hint: QLabel | None = None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(body, 1)
        if hint is not None:
            layout.addWidget(hint)
        row = FlowLayout(align_right=True)  # wraps instead of widening the window in French
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return page

    def _button(self, text: str, accessible_name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible_name)
        return button

    def _build_tabs(self) -> None:
        self.timeline = _table(TIMELINE, self.tr("Timeline, oldest first"))
        self.timeline_chart = CaseTimelineView()
        self.timeline_chart.sig_event_activated.connect(self.select_event)
        self.crossed_button = self._button(
            self.tr("Crossed the &border at…"), self.tr("Record the border crossing")
        )
        self.notified_button = self._button(
            self.tr("&Host notified at…"), self.tr("Record when the host was notified")
        )
        self.event_button = self._button(self.tr("Add &event…"), self.tr("Add an event to the timeline"))
        self.subjects = _table(SUBJECTS, self.tr("Persons, vehicles and objects"))
        self.subject_button = self._button(
            self.tr("Add &person or vehicle…"), self.tr("Add a person, vehicle or object")
        )
        self.notes = _table(NOTES, self.tr("Notes"))
        self.notes.setWordWrap(True)
        self.note_button = self._button(self.tr("Add &note…"), self.tr("Add a note"))
        notes_body = self._build_note_reader()
        self.tasks = _table(TASKS, self.tr("Tasks"))
        self.task_button = self._button(self.tr("Add &task…"), self.tr("Add a task"))
        self.done_button = self._button(self.tr("&Mark done"), self.tr("Mark the selected task done"))
        self.requests = _table(REQUESTS, self.tr("Linked requests"))
        self.link_button = self._button(
            self.tr("&Link a request…"), self.tr("Link an existing request to this case")
        )
        self.open_request_button = self._button(
            self.tr("&Open request"), self.tr("Open the selected request")
        )
        self.attachments = _table(ATTACHMENTS, self.tr("Attachments (drop files here to attach them)"))
        self.attachments.setAcceptDrops(True)
        self.attachments.viewport().setAcceptDrops(True)
        # The window's package-drop filter runs first; this tells it to leave drops here to us.
        self.attachments.setProperty("casedeskOwnDrops", True)
        self.attachments.viewport().setProperty("casedeskOwnDrops", True)
        self.drop_filter = FileDropFilter(self)
        self.attachments.viewport().installEventFilter(self.drop_filter)
        self.attach_handling = handling_combo(self.tr("Handling code of files attached next"))
        self.attach_button = self._button(self.tr("&Attach files…"), self.tr("Attach files to this case"))
        self.view_button = self._button(self.tr("&View"), self.tr("View the selected attachment"))
        self.save_button = self._button(
            self.tr("&Save a decrypted copy…"), self.tr("Save a decrypted copy of the selected attachment")
        )
        hint = QLabel(
            self.tr("Drop files on the list to attach them; they are stored encrypted in the case file.")
        )
        hint.setWordWrap(True)
        handling_caption = QLabel(self.tr("New files: &handling"))
        handling_caption.setBuddy(self.attach_handling)
        self.tab_pages: dict[str, QWidget] = {
            "timeline": self._tab(
                self.timeline, [self.crossed_button, self.notified_button, self.event_button]
            ),
            "chart": self.timeline_chart,
            "subjects": self._tab(self.subjects, [self.subject_button]),
            "notes": self._tab(notes_body, [self.note_button]),
            "tasks": self._tab(self.tasks, [self.done_button, self.task_button]),
            "requests": self._tab(self.requests, [self.open_request_button, self.link_button]),
            "attachments": self._tab(
                self.attachments,
                [
                    handling_caption,
                    self.attach_handling,
                    self.attach_button,
                    self.view_button,
                    self.save_button,
                ],
                hint,
            ),
        }
        for page in self.tab_pages.values():
            self.tabs.addTab(page, "")
        self.tasks.itemSelectionChanged.connect(self._update_buttons)
        self.attachments.itemSelectionChanged.connect(self._update_buttons)
        self.requests.itemSelectionChanged.connect(self._update_buttons)
        self.notes.itemSelectionChanged.connect(self._show_selected_note)
        # Enter on a note moves to its text, to read or select it with the keyboard.
        self.notes.activated.connect(lambda _index: self.note_reader.text.setFocus())
        QWidget.setTabOrder(self.notes, self.note_reader.text)
        QWidget.setTabOrder(self.note_reader.text, self.note_button)
        self._set_tab_titles(None)
        self._update_buttons()

    def _build_note_reader(self) -> QWidget:
        """The notes, and under them the selected one in full."""
        self.note_reader = NoteReader()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.notes)
        splitter.addWidget(self.note_reader)
        self._show_selected_note()
        return splitter

    def selected_note(self) -> NoteItem | None:
        ident = selected_id(self.notes)
        if self.view is None or ident is None:
            return None
        return next((n for n in self.view.note_items if n.id == ident), None)

    def _show_selected_note(self) -> None:
        any_notes = self.view is not None and bool(self.view.note_items)
        self.note_reader.show_note(self.selected_note(), any_notes=any_notes)

    def select_note(self, note_id: int) -> bool:
        for row in range(self.notes.rowCount()):
            if self.notes.item(row, 0).data(IdRole) == note_id:
                self.notes.selectRow(row)
                return True
        return False

    def _set_tab_titles(self, view: CaseView | None) -> None:
        counts = (
            len(view.timeline) if view else 0,
            len(view.timeline) if view else 0,
            len(view.subjects) if view else 0,
            len(view.notes) if view else 0,
            len(view.tasks) if view else 0,
            len(view.requests) if view else 0,
            len(view.attachments) if view else 0,
        )
        titles = (
            self.tr("T&imeline (%1)"),
            self.tr("Timeline chart (%1)"),
            self.tr("Persons and &vehicles (%1)"),
            self.tr("N&otes (%1)"),
            self.tr("Tas&ks (%1)"),
            self.tr("&Requests (%1)"),
            self.tr("Attach&ments (%1)"),
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, arg(title, count))

    # -- showing --------------------------------------------------------------------------------

    def show_case(self, view: CaseView, requests: Sequence[RequestView] = ()) -> None:
        """Show `view`; `requests`: its linked requests' views, for their spans on the chart."""
        self.view = view
        self.linked_requests = tuple(requests)
        self.heading.setText(f"{view.reference} — {view.title}")
        closed = view.status == CaseStatus.CLOSED.value
        values = {
            "kind": label_of(CaseKind, view.kind),
            "status": label_of(CaseStatus, view.status),
            "partner": view.partner_agency or "—",
            "lead": view.lead_agency or "—",
            "handling": view.handling_code,
            "opened": local(view.opened_at),
            "closed": local(view.closed_at) or "—",
        }
        for key, text in values.items():
            self.facts[key].setText(text)
        self.summary.setText(view.summary or self.tr("No summary."))
        self._clear_details()
        for caption, text in details.rows(view.kind, view.details):
            value = self._value_label(caption)
            value.setText(text)
            self.details_form.addRow(arg(self.tr("%1:"), caption), value)
        self.close_button.setEnabled(not closed)
        _fill(
            self.timeline,
            [
                (
                    e.id,
                    (
                        e.local_time,
                        label_of(EventKind, e.kind),
                        e.description,
                        e.location,
                        e.agency_code or "",
                    ),
                )
                for e in view.timeline
            ],
        )
        self.timeline_chart.set_case(view, requests)
        _fill(self.subjects, [(s[0], (label_of(SubjectKind, s[1]), s[2], s[3])) for s in view.subjects])
        note = self.selected_note()
        _fill(self.notes, [(n.id, (local(n.created_at), n.handling_code, n.body)) for n in view.note_items])
        self.notes.clearSelection()
        if note is None or not self.select_note(note.id):
            self._show_selected_note()
        self._fill_tasks(view)
        _fill(
            self.requests,
            [
                (r[0], (r[0], label_of(RequestKind, r[1]), label_of(RequestStatus, r[2])))
                for r in view.requests
            ],
        )
        _fill(self.attachments, [(a.id, self._attachment_cells(a)) for a in view.attachment_items])
        self._set_tab_titles(view)
        self._update_buttons()

    @staticmethod
    def _attachment_cells(a: AttachmentItem) -> tuple[str, ...]:
        return (a.filename, size_text(a.size), a.media_type, a.sha256[:12] + "…", a.handling_code)

    def _fill_tasks(self, view: CaseView) -> None:
        now = datetime.now(UTC)
        rows = [(t[0], (t[1], local(t[2]), local(t[3]) if t[3] else "")) for t in view.tasks]
        _fill(self.tasks, rows)
        bold = QFont(self.tasks.font())
        bold.setBold(True)
        overdue_colour = QBrush(QColor(theme.colors().overdue))
        for row, (_id, _title, due_at, done_at) in enumerate(view.tasks):
            overdue = done_at is None and due_at is not None and due_at < now
            for column in range(self.tasks.columnCount()):
                item = self.tasks.item(row, column)
                item.setData(Qt.ItemDataRole.UserRole + 2, done_at is not None)
                if overdue:
                    item.setFont(bold)
                    item.setForeground(overdue_colour)
                    item.setToolTip(arg(self.tr("Overdue since %1"), local(due_at)))

    def detail_rows(self) -> dict[str, str]:
        """The kind-specific facts shown, label → text (as read on screen, without the colon)."""
        form, role = self.details_form, QFormLayout.ItemRole
        shown: dict[str, str] = {}
        for row in range(form.rowCount()):
            caption = form.itemAt(row, role.LabelRole).widget().text()
            shown[caption.rstrip(":")] = form.itemAt(row, role.FieldRole).widget().text()
        return shown

    def _clear_details(self) -> None:
        while self.details_form.rowCount():
            self.details_form.removeRow(0)

    def clear(self) -> None:
        """Forget the case: every label and row."""
        self.view = None
        self.linked_requests = ()
        self.print_menu.hide()
        self.heading.clear()
        for label in self.facts.values():
            label.clear()
        self.summary.clear()
        self._clear_details()
        for table in (self.timeline, self.subjects, self.notes, self.tasks, self.requests, self.attachments):
            table.setRowCount(0)
        self.timeline_chart.clear()
        self._show_selected_note()
        self._set_tab_titles(None)
        self._update_buttons()

    # -- selection ------------------------------------------------------------------------------

    def selected_task(self) -> tuple[int, bool] | None:
        """(task id, already done) of the selected task."""
        rows = self.tasks.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.tasks.item(rows[0].row(), 0)
        return int(item.data(IdRole)), bool(item.data(Qt.ItemDataRole.UserRole + 2))

    def selected_attachment(self) -> AttachmentItem | None:
        ident = selected_id(self.attachments)
        if self.view is None or ident is None:
            return None
        return next((a for a in self.view.attachment_items if a.id == ident), None)

    def selected_request(self) -> str | None:
        ident = selected_id(self.requests)
        return None if ident is None else str(ident)

    def is_closed(self) -> bool:
        return self.view is not None and self.view.status == CaseStatus.CLOSED.value

    def _update_buttons(self) -> None:
        shown = self.view is not None
        closed = self.is_closed()
        why = self.tr("This case is closed.") if closed else ""
        for widget in (
            self.crossed_button,
            self.notified_button,
            self.event_button,
            self.subject_button,
            self.note_button,
            self.task_button,
            self.link_button,
            self.attach_button,
            self.attach_handling,
        ):
            widget.setEnabled(shown and not closed)
            if widget is not self.attach_handling:  # its tooltip explains the codes
                widget.setToolTip(why)
        self.drop_filter.accepting = not closed
        task = self.selected_task() if shown else None
        self.done_button.setEnabled(task is not None and not task[1])
        attachment = self.selected_attachment()
        self.view_button.setEnabled(attachment is not None)
        self.save_button.setEnabled(attachment is not None)
        self.open_request_button.setEnabled(shown and self.selected_request() is not None)
        self.print_button.setEnabled(shown)
        if not shown:
            self.close_button.setEnabled(False)

    def select_event(self, event_id: int) -> bool:
        """Bring the timeline table to the front with event `event_id` selected (the chart's click)."""
        for row in range(self.timeline.rowCount()):
            item = self.timeline.item(row, 0)
            if item.data(IdRole) == event_id:
                self.set_tab("timeline")
                self.timeline.selectRow(row)
                self.timeline.scrollToItem(item)
                self.timeline.setFocus()
                return True
        return False

    def select_attachment(self, attachment_id: int) -> bool:
        for row in range(self.attachments.rowCount()):
            if self.attachments.item(row, 0).data(IdRole) == attachment_id:
                self.attachments.selectRow(row)
                return True
        return False

    def current_tab(self) -> str:
        return list(self.tab_pages)[max(0, self.tabs.currentIndex())]

    def set_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.tab_pages[name])
