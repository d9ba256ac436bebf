"""Icons by semantic name, drawn from hand-written SVG files in the palette's text colour.

    button.setIcon(icon("lock"))   # resources/icons/lock.svg
    bind(button, "lock")           # the same, and redrawn when the palette changes (dark mode)

Every SVG is a single-colour line drawing on a 24×24 view box; it is rendered with QSvgRenderer
into pixmaps at the screen's device pixel ratio (sharp on high-DPI screens) and recoloured to the
palette's text colour, so an icon never disappears on a dark window. An unknown name raises
KeyError: a typo shows in the tests, not as a blank button.

GUI thread only.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop import RESOURCES_DIR
from desktop.ui import theme

ICON_DIR = RESOURCES_DIR / "icons"

NAMES = (
    "overview",
    "dashboard",
    "cases",
    "requests",
    "approvals",
    "loans",
    "map",
    "almanac",
    "agencies",
    "audit",
    "settings",
    "lock",
    "add",
    "import",
    "export",
    "verify-ok",
    "verify-warn",
    "verify-fail",
    "attachment",
    "search",
    "back",
    "eye",
    "eye-off",
)
"""Every name `icon` knows; each has resources/icons/NAME.svg."""

SIZES = (16, 20, 24, 32, 48)
"""Logical sizes prepared in every icon (menus, buttons, the navigation list, toolbars)."""

_svg_cache: dict[str, QByteArray] = {}
_icon_cache: dict[tuple[str, int, int, int, float], QIcon] = {}


def _svg(name: str) -> QByteArray:
    """The SVG source of `name`, read from disk once."""
    cached = _svg_cache.get(name)
    if cached is None:
        if name not in NAMES:
            raise KeyError(name)
        cached = QByteArray((ICON_DIR / f"{name}.svg").read_bytes())
        _svg_cache[name] = cached
    return cached


def render(name: str, size: int, color: QColor, device_pixel_ratio: float = 1.0) -> QPixmap:
    """`name` drawn `size` logical pixels square in `color`, at `device_pixel_ratio`."""
    renderer = QSvgRenderer(_svg(name))
    if not renderer.isValid():
        raise ValueError(f"resources/icons/{name}.svg is not a valid SVG")
    pixels = max(1, round(size * device_pixel_ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    # Keep the drawing's coverage (alpha), replace its colour: whatever colour the file uses, the
    # icon comes out in the palette's.
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), color)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


def _device_pixel_ratio() -> float:
    app = QGuiApplication.instance()
    return float(app.devicePixelRatio()) if isinstance(app, QGuiApplication) else 1.0


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon `name` in the text colour of `palette` (the application's by default).

    Raises KeyError for a name that is not in NAMES.
    """
    palette = palette or QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    ratio = _device_pixel_ratio()
    key = (name, normal.rgba(), disabled.rgba(), selected.rgba(), ratio)
    cached = _icon_cache.get(key)
    if cached is not None:
        return cached
    result = QIcon()
    for size in SIZES:
        result.addPixmap(render(name, size, normal, ratio), QIcon.Mode.Normal)
        result.addPixmap(render(name, size, disabled, ratio), QIcon.Mode.Disabled)
        result.addPixmap(render(name, size, selected, ratio), QIcon.Mode.Selected)
    _icon_cache[key] = result
    return result


_bound: list[tuple[QObject, str]] = []


def bind(target: QObject, name: str) -> None:
    """Set `name` on `target` (a button or an action) and redraw it whenever the palette changes."""
    icon(name)  # an unknown name fails here, at the call, not later
    _bound[:] = [(obj, n) for obj, n in _bound if shiboken6.isValid(obj) and obj is not target]
    _bound.append((target, name))
    _connect()
    target.setIcon(icon(name))  # type: ignore[attr-defined]


def refresh() -> None:
    """Forget drawn icons and redraw the bound ones in the current palette's colours."""
    _icon_cache.clear()
    _bound[:] = [(obj, n) for obj, n in _bound if shiboken6.isValid(obj)]
    for target, name in _bound:
        target.setIcon(icon(name))  # type: ignore[attr-defined]


_connected: list[theme.ThemeNotifier] = []


def _connect() -> None:
    notifier = theme.notifier()
    if notifier not in _connected:
        notifier.sig_palette_changed.connect(refresh)
        _connected.append(notifier)
