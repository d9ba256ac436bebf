"""The Border map page: where pursuits and observations crossed, and whether the host was told in time.

One `Op` per refresh (`data.load_map`) brings the shipped map, its crossing points and the case
file's crossings under the filters (case kind, period of the first crossing, partner). The map
(`MapCanvas`) and the list beside it (`CrossingsTable`) show the same crossings; choosing one in
either rings it in the other. A click on a case's marker or Enter in the list emits
`sig_open_case(reference)`: the window decides what opening means. "Pick on the map" makes a click
emit `sig_point_picked(lat, lon)` and name the nearest seeded crossing point. The map is exported
as PNG or SVG to a file the user chooses, owner-only (desktop/ui/plot_export.py). GUI thread only.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import CaseKind
from desktop.services.geo import MAX_CROSSINGS, distance_km
from desktop.services.insight_rules import NOTIFIED_CASE_KINDS
from desktop.ui.files import SaveFileChooser, ask_save_file, close_replace_questions
from desktop.ui.i18n import arg, number, plural
from desktop.ui.map.canvas import MapCanvas
from desktop.ui.map.crossings_table import CrossingsTable
from desktop.ui.map.data import MapLoad, MapQuery, load_map
from desktop.ui.map.texts import degrees_text, nearest_text
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.page import Page
from desktop.ui.plot_export import save_plot
from desktop.ui.widgets import error_label, filter_combo, partner_combo

DEBOUNCE_MS = 300
NO_DATE = QDate(2000, 1, 1)  # the date edits' "any" value


class BorderMapPage(Page):
    """Filters, the map with its tools, the list of crossings, and what was picked."""

    WATCHES = ("cases",)

    sig_open_case = Signal(str)
    sig_point_picked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("borderMap")
        self.loaded: MapLoad | None = None
        self._latest = LatestOnly()
        self.choose_export_file: SaveFileChooser = ask_save_file

        self.kind = filter_combo(self.tr("Kind of case"), characters=16)
        self.kind.addItem(self.tr("Pursuits and observations"), "")
        self.kind.addItem(self.tr("Pursuits"), CaseKind.PURSUIT.value)
        self.kind.addItem(self.tr("Observations"), CaseKind.OBSERVATION.value)
        self.since = self._date_edit(self.tr("First crossing from"))
        self.until = self._date_edit(self.tr("First crossing until"))
        self.partner = partner_combo(
            self.tr("Partner agency code"), self.tr("Code or its start, e.g. NL-"), characters=14
        )
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Reload the map"))
        filters = QHBoxLayout()
        for caption, field in (
            (self.tr("&Kind"), self.kind),
            (self.tr("Crossed &from"), self.since),
            (self.tr("&until"), self.until),
            (self.tr("&Partner"), self.partner),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)

        self.pick_button = QPushButton(self.tr("P&ick on the map"))
        self.pick_button.setCheckable(True)
        self.pick_button.setAccessibleName(self.tr("Pick a place on the map"))
        self.pick_button.setToolTip(self.tr("While this is on, a click on the map picks that place."))
        self.zoom_out_button = self._tool("−", self.tr("Zoom out"), self.tr("Zoom out (−)"))
        self.zoom_in_button = self._tool("+", self.tr("Zoom in"), self.tr("Zoom in (+)"))
        self.fit_button = self._tool(
            self.tr("Fit"), self.tr("Show the whole region"), self.tr("Show the whole region (Home)")
        )
        self.export_button = self._tool(
            self.tr("E&xport…"), self.tr("Export the map"), self.tr("Save the map as a PNG or SVG image")
        )
        tools = QHBoxLayout()
        tools.addWidget(self.pick_button)
        tools.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.export_button):
            tools.addWidget(button)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("mapEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAccessibleName(self.tr("No crossings"))
        self.empty_label.hide()
        self.canvas = MapCanvas()
        self.crossings = CrossingsTable()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of crossings shown"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.crossings, 1)
        side_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 520])
        self.pick_label = QLabel()
        self.pick_label.setObjectName("mapPicked")
        self.pick_label.setWordWrap(True)
        self.pick_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pick_label.setAccessibleName(self.tr("Picked place"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Last action"))
        # One line kept for it: a status appearing or clearing does not resize the map under the
        # cursor (nor between an export and the next).
        self.status_label.setMinimumHeight(self.status_label.fontMetrics().lineSpacing())
        self.error_label = error_label("mapError", self.tr("Error"))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(tools)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.pick_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.partner.editTextChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.since.dateChanged.connect(self._debounce.start)
        self.until.dateChanged.connect(self._debounce.start)
        self.refresh_button.clicked.connect(self.refresh)
        self.pick_button.toggled.connect(self._pick_toggled)
        self.zoom_out_button.clicked.connect(lambda: self.canvas.zoom(2.0))
        self.zoom_in_button.clicked.connect(lambda: self.canvas.zoom(0.5))
        self.fit_button.clicked.connect(self.canvas.fit_all)
        self.export_button.clicked.connect(self.export)
        self.canvas.sig_case_activated.connect(self.sig_open_case)
        self.canvas.sig_selected.connect(self.crossings.select)
        self.canvas.sig_point_picked.connect(self._picked)
        self.crossings.sig_current.connect(lambda reference: self.canvas.select(reference, reveal=True))
        self.crossings.sig_open_case.connect(self.sig_open_case)
        order = (
            self.kind, self.since, self.until, self.partner, self.refresh_button, self.pick_button,
            self.zoom_out_button, self.zoom_in_button, self.fit_button, self.export_button,
            self.canvas.plot, self.crossings.table,
        )  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._set_enabled(False)

    def _tool(self, text: str, accessible_name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible_name)
        button.setToolTip(tip)
        return button

    def _date_edit(self, accessible_name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(accessible_name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(NO_DATE)
        return edit

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.kind, self.since, self.until, self.partner, self.refresh_button, self.pick_button,
            self.export_button,
        ):  # fmt: skip
            widget.setEnabled(enabled)

    # -- the page contract ----------------------------------------------------------------------

    def attach(self, worker: ServicesWorker) -> None:
        self._worker = worker
        self._set_enabled(True)
        self.mark_stale()

    def detach(self) -> None:
        """The case file is being locked: drop the crossings, the filters, the partners and the pick."""
        close_replace_questions(self)  # an export's "replace the file?" question, answered No
        self._worker = None
        self._debounce.stop()
        self._latest.invalidate()
        self.loaded = None
        self.canvas.clear()
        self.crossings.clear()
        self.pick_button.setChecked(False)
        for widget in (self.kind, self.since, self.until, self.partner):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.since.setDate(NO_DATE)
        self.until.setDate(NO_DATE)
        self.partner.clear()
        self.partner.clearEditText()
        for widget in (self.kind, self.since, self.until, self.partner):
            widget.blockSignals(False)
        for label in (
            self.empty_label,
            self.count_label,
            self.pick_label,
            self.status_label,
            self.error_label,
        ):
            label.clear()
        self.empty_label.hide()
        self._set_enabled(False)

    def refresh(self) -> None:
        worker = self._worker
        self._debounce.stop()
        if worker is None:
            return
        self.error_label.clear()
        query = self.query()
        if query.since is not None and query.until is not None and query.since >= query.until:
            self.error_label.setText(self.tr("The period starts after it ends."))
            return
        guard = self._latest.start()
        Op(self, worker, lambda svc: load_map(svc, query)).success(guard(self._arrived)).failure(
            guard(self.error_label.setText)
        ).run()

    # -- filters and data -----------------------------------------------------------------------

    def query(self) -> MapQuery:
        kind = self.kind.currentData()
        kinds = (CaseKind(kind),) if kind else NOTIFIED_CASE_KINDS
        return MapQuery(
            kinds=kinds,
            since=_local_midnight(self.since.date()),
            until=_local_midnight(self.until.date(), days_after=1),
            partner=self.partner.currentText().strip().upper() or None,
        )

    def filtered(self) -> bool:
        query = self.query()
        return (
            bool(self.kind.currentData())
            or query.since is not None
            or query.until is not None
            or bool(query.partner)
        )

    def _arrived(self, load: MapLoad) -> None:
        self.loaded = load
        self.canvas.set_map(load.world, load.points)
        self.canvas.set_crossings(load.crossings)
        self.crossings.show_crossings(load.crossings)
        self._fill_partners(load)
        count = len(load.crossings)
        if count:
            self.empty_label.clear()
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("No border crossing with a position matches the filters.")
                if self.filtered()
                else self.tr("No border crossing with a position in this case file.")
            )
            self.empty_label.show()
        text = plural(self.tr("%Ln crossing(s) shown", "", count), count)
        if load.truncated:
            text = arg(self.tr("The first %1 crossings are shown."), number(MAX_CROSSINGS))
        self.count_label.setText(text)

    def _fill_partners(self, load: MapLoad) -> None:
        typed = self.partner.currentText()
        self.partner.blockSignals(True)
        self.partner.clear()
        self.partner.addItem("", "")
        for agency in load.partners:
            if not agency.own:
                self.partner.addItem(agency.code, agency.code)
                self.partner.setItemData(self.partner.count() - 1, agency.name, Qt.ItemDataRole.ToolTipRole)
        self.partner.setEditText(typed)
        self.partner.blockSignals(False)

    # -- picking and export ---------------------------------------------------------------------

    def _pick_toggled(self, on: bool) -> None:
        self.canvas.set_picking(on)
        if on:
            self.pick_label.setText(self.tr("Click the map to pick a place."))
        else:
            self.canvas.clear_pick()
            self.pick_label.clear()

    def _picked(self, lat: float, lon: float) -> None:
        parts = [arg(self.tr("Picked: %1"), degrees_text(lat, lon))]
        if self.loaded is not None and self.loaded.points:
            nearest = min(self.loaded.points, key=lambda p: distance_km(lat, lon, p.lat, p.lon))
            parts.append(nearest_text(nearest, distance_km(lat, lon, nearest.lat, nearest.lon)))
        self.pick_label.setText(" — ".join(parts))
        self.sig_point_picked.emit(lat, lon)

    def export(self) -> str | None:
        """Ask for a PNG or SVG file and write the map there owner-only; the path, or None."""
        return save_plot(
            self,
            self._worker,
            self.choose_export_file,
            caption=self.tr("Export the border map"),
            suggested=self.tr("border-map.png"),
            name_filter=self.tr("PNG image (*.png);;SVG image (*.svg)"),
            default_format="png",
            render=lambda fmt: self.canvas.svg_bytes() if fmt == "svg" else self.canvas.png_bytes(),
            saved=lambda path: arg(self.tr("The map was saved as %1."), Path(path).name),
            status=self.status_label,
            error=self.error_label,
        )


def _local_midnight(day: QDate, *, days_after: int = 0) -> datetime | None:
    """The start of a day on this computer's clock (None for "any day"), as an aware moment."""
    if day <= NO_DATE:
        return None
    value = date(day.year(), day.month(), day.day()) + timedelta(days=days_after)
    return datetime.combine(value, time()).astimezone()
