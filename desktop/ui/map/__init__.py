"""The Border map page: Benelux and its neighbours, the common crossing points, and where the
cases crossed, coloured by how soon the host was notified; and a dialog to pick a place on it."""

from __future__ import annotations

from desktop.ui.map.page import BorderMapPage
from desktop.ui.map.picker import MapPickerDialog

__all__ = ["BorderMapPage", "MapPickerDialog"]
