"""A dialog to pick a place on the border map: a click, a seeded crossing point, or typed degrees.

`MapPickerDialog(worker, lat=…, lon=…)` loads the shipped map on the database worker (its first
read parses the JSON file) unless it is given one, and shows it in pick mode. A click marks the
place and names the nearest crossing point; the keyboard can choose a crossing point from a list
or type the latitude and longitude. OK emits `sig_picked(lat, lon)`; `picked()` answers the
same afterwards. Open it with `open()` (window-modal, no nested loop). GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.geo import BorderMap, CrossingPoint, distance_km
from desktop.ui.i18n import arg
from desktop.ui.map.canvas import MapCanvas
from desktop.ui.map.data import load_base_map, to_plot
from desktop.ui.map.texts import degrees_text, nearest_text
from desktop.ui.operations import Op, ServicesWorker
from desktop.ui.widgets import error_label


class MapPickerDialog(QDialog):
    sig_picked = Signal(float, float)

    def __init__(
        self,
        worker: ServicesWorker | None,
        parent: QWidget | None = None,
        *,
        lat: float | None = None,
        lon: float | None = None,
        base: tuple[BorderMap, Sequence[CrossingPoint]] | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Pick a place on the map")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.points: tuple[CrossingPoint, ...] = ()
        self._place: tuple[float, float] | None = None
        self.canvas = MapCanvas(cases=False)
        self.canvas.set_picking(True)
        self.canvas.plot.setAccessibleDescription(
            self.tr(
                "A click picks a place; wheel or + and − zoom; drag or the arrow keys pan; Home shows the "
                "whole region. Or choose a crossing point, or type the latitude and longitude, below."
            )
        )
        self.canvas.setMinimumSize(560, 420)
        self.point = QComboBox()
        self.point.setAccessibleName(self.tr("Crossing point"))
        self.latitude = self._degrees(self.tr("Latitude in degrees north"), -90.0, 90.0)
        self.longitude = self._degrees(self.tr("Longitude in degrees east"), -180.0, 180.0)
        self.nearest = QLabel()
        self.nearest.setWordWrap(True)
        self.nearest.setAccessibleName(self.tr("Picked place"))
        self.error_label = error_label("pickerError", self.tr("Error"))
        form = QFormLayout()
        self._row(form, self.tr("Crossing &point:"), self.point)
        degrees = QHBoxLayout()
        lat_caption, lon_caption = QLabel(self.tr("&Latitude:")), QLabel(self.tr("L&ongitude:"))
        lat_caption.setBuddy(self.latitude)
        lon_caption.setBuddy(self.longitude)
        for widget in (lat_caption, self.latitude, lon_caption, self.longitude):
            degrees.addWidget(widget)
        degrees.addStretch(1)
        form.addRow(degrees)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use this place"))
        self.ok_button.setAccessibleName(self.tr("Use this place"))
        self.ok_button.setEnabled(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(form)
        layout.addWidget(self.nearest)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.canvas.sig_point_picked.connect(self._clicked)
        self.point.activated.connect(self._point_chosen)
        self.latitude.valueChanged.connect(self._typed)
        self.longitude.valueChanged.connect(self._typed)
        QWidget.setTabOrder(self.canvas.plot, self.point)
        QWidget.setTabOrder(self.point, self.latitude)
        QWidget.setTabOrder(self.latitude, self.longitude)
        self.resize(720, 640)
        if lat is not None and lon is not None:
            self.set_place(lat, lon)
        if base is not None:
            self.set_base(*base)
        elif worker is not None:
            Op(self, worker, lambda _svc: load_base_map()).success(
                lambda loaded: self.set_base(*loaded)
            ).failure(self.error_label.setText).run()

    def _row(self, form: QFormLayout, caption: str, widget: QWidget) -> None:
        label = QLabel(caption)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _degrees(self, accessible_name: str, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setAccessibleName(accessible_name)
        spin.setDecimals(4)
        spin.setRange(low, high)
        spin.setSingleStep(0.01)
        spin.setValue(50.8 if high == 90.0 else 4.5)
        return spin

    def set_base(self, world: BorderMap, points: Sequence[CrossingPoint]) -> None:
        """Show the map and offer its crossing points by name."""
        self.points = tuple(sorted(points, key=lambda p: p.name))
        self.canvas.set_map(world, self.points)
        self.point.clear()
        self.point.addItem(self.tr("— choose a crossing point —"), "")
        for point in self.points:
            self.point.addItem(arg(self.tr("%1 (%2)"), point.name, point.road), point.id)
        if self._place is not None:
            self.set_place(*self._place)

    def picked(self) -> tuple[float, float] | None:
        """The place chosen, (lat, lon); None until one is."""
        return self._place

    def set_place(self, lat: float, lon: float) -> None:
        """Mark a place, show its degrees and the nearest crossing point, and allow OK."""
        self._place = (lat, lon)
        self.canvas.show_pick(lat, lon)
        for spin, value in ((self.latitude, lat), (self.longitude, lon)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        parts = [degrees_text(lat, lon)]
        if self.points:
            nearest = min(self.points, key=lambda p: distance_km(lat, lon, p.lat, p.lon))
            parts.append(nearest_text(nearest, distance_km(lat, lon, nearest.lat, nearest.lon)))
        self.nearest.setText(" — ".join(parts))
        self.ok_button.setEnabled(True)

    def _clicked(self, lat: float, lon: float) -> None:
        self.point.setCurrentIndex(0)
        self.set_place(lat, lon)

    def _point_chosen(self, index: int) -> None:
        point_id = self.point.itemData(index)
        point = next((p for p in self.points if p.id == point_id), None)
        if point is None:
            return
        self.set_place(point.lat, point.lon)
        rect = self.canvas.view_rect()
        x, y = to_plot(point.lat, point.lon)
        self.canvas.box.translateBy(x=x - rect.center().x(), y=y - rect.center().y())

    def _typed(self) -> None:
        self.point.setCurrentIndex(0)
        self.set_place(round(self.latitude.value(), 4), round(self.longitude.value(), 4))

    def accept(self) -> None:
        if self._place is None:
            return
        self.sig_picked.emit(*self._place)
        super().accept()
