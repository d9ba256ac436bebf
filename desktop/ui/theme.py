"""Light and dark appearance: the Fusion style with one of two palettes, and status colours for both.

`apply_theme(app, "system" | "light" | "dark")` sets the palette; "system" follows the desktop's
colour scheme (`QStyleHints.colorScheme()`) and keeps following it while the app runs. Colours
that carry meaning (overdue, due soon, error, intact, notice boxes, verdicts) come from `colors()`,
which answers for the palette in use, so a page that paints a row red stays readable on a dark
window too. No widget hard-codes a colour of its own.

Icons are drawn in the palette's text colour (desktop/ui/icons.py); they redraw when
`notifier().sig_palette_changed` fires after every palette change made here.

GUI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QStyleHints
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


BoxKind = Literal["ok", "warning", "error"]


@dataclass(frozen=True)
class StatusColors:
    """Colours of status highlights for one palette.

    Every foreground reads at WCAG AA (4.5:1) or better both on the palette's Base, Window and
    AlternateBase and on its own box background; borders stand out from both (tests/test_icons_theme.py).
    """

    overdue: str  # text of an overdue row
    due_soon: str  # text of a row due soon, on `due_soon_background`
    due_soon_background: str
    error: str  # refusals and failures shown in a page
    ok: str  # an intact audit chain, a verified signature
    ok_background: str
    error_background: str
    ok_border: str
    error_border: str
    warning: str  # notices ("you cannot approve your own request"), a weak passphrase
    warning_background: str
    warning_border: str

    def box(self, kind: BoxKind) -> tuple[str, str, str]:
        """(text, background, border) of a boxed message: green "ok", amber "warning", red "error"."""
        if kind == "ok":
            return self.ok, self.ok_background, self.ok_border
        if kind == "warning":
            return self.warning, self.warning_background, self.warning_border
        if kind == "error":
            return self.error, self.error_background, self.error_border
        raise ValueError(f"unknown box kind {kind!r}")

    def box_style(self, kind: BoxKind, *, padding: str = "4px", bold: bool = False) -> str:
        """The style sheet of a QLabel shown as a coloured box (a notice, a verdict banner)."""
        text, background, border = self.box(kind)
        weight = " font-weight: 600;" if bold else ""
        return f"background: {background}; color: {text}; border: 1px solid {border}; padding: {padding};{weight}"


LIGHT_STATUS = StatusColors(
    overdue="#b00020",
    due_soon="#6b3d00",
    due_soon_background="#ffe3a3",
    error="#b00020",
    ok="#1b5e20",
    ok_background="#e3f4e1",
    error_background="#fde7e9",
    ok_border="#7cb77a",
    error_border="#e08890",
    warning="#6b3d00",
    warning_background="#fff4e0",
    warning_border="#e0b060",
)
DARK_STATUS = StatusColors(
    overdue="#ff8a95",
    due_soon="#ffd88a",
    due_soon_background="#4a3500",
    error="#ff8a95",
    ok="#8fd694",
    ok_background="#183d1c",
    error_background="#4a1219",
    ok_border="#4f8f55",
    error_border="#a04550",
    warning="#ffd88a",
    warning_background="#4a3500",
    warning_border="#9a7a30",
)


def _palette(colors: dict[Role, str], disabled: dict[Role, str]) -> QPalette:
    palette = QPalette()
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role, value in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(value))
    return palette


def light_palette() -> QPalette:
    return _palette(
        {
            Role.Window: "#f3f3f3",
            Role.WindowText: "#1b1b1b",
            Role.Base: "#ffffff",
            Role.AlternateBase: "#f0f3f7",
            Role.ToolTipBase: "#ffffdc",
            Role.ToolTipText: "#1b1b1b",
            Role.PlaceholderText: "#6b6b6b",
            Role.Text: "#1b1b1b",
            Role.Button: "#ececec",
            Role.ButtonText: "#1b1b1b",
            Role.BrightText: "#ffffff",
            Role.Light: "#ffffff",
            Role.Midlight: "#e3e3e3",
            Role.Mid: "#b8b8b8",
            Role.Dark: "#9f9f9f",
            Role.Shadow: "#767676",
            Role.Highlight: "#1f5fbf",
            Role.HighlightedText: "#ffffff",
            Role.Link: "#1a55b0",
            Role.LinkVisited: "#6a3fb0",
        },
        {Role.WindowText: "#8a8a8a", Role.Text: "#8a8a8a", Role.ButtonText: "#8a8a8a"},
    )


def dark_palette() -> QPalette:
    return _palette(
        {
            Role.Window: "#1f2023",
            Role.WindowText: "#e8e8e8",
            Role.Base: "#2b2d30",
            Role.AlternateBase: "#323438",
            Role.ToolTipBase: "#2f3134",
            Role.ToolTipText: "#e8e8e8",
            Role.PlaceholderText: "#9a9a9a",
            Role.Text: "#e8e8e8",
            Role.Button: "#35373b",
            Role.ButtonText: "#e8e8e8",
            Role.BrightText: "#ffffff",
            Role.Light: "#4a4d52",
            Role.Midlight: "#3e4044",
            Role.Mid: "#2c2e31",
            Role.Dark: "#141516",
            Role.Shadow: "#000000",
            Role.Highlight: "#2f67c7",
            Role.HighlightedText: "#ffffff",
            Role.Link: "#8ab4f8",
            Role.LinkVisited: "#c58af9",
        },
        {Role.WindowText: "#7a7a7a", Role.Text: "#7a7a7a", Role.ButtonText: "#7a7a7a"},
    )


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette's window is darker than its text (what a dark theme means)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(Role.Window).lightness() < palette.color(Role.WindowText).lightness()


def colors(palette: QPalette | None = None) -> StatusColors:
    """The status colours that read well on `palette` (the application's, by default).

    Read them when a widget is built or a row is painted: the window rebuilds its pages when the
    theme changes, so nothing needs to keep a colour of its own.
    """
    return DARK_STATUS if is_dark(palette) else LIGHT_STATUS


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2 contrast ratio of two colours: 1 (the same) to 21 (black on white); AA text needs 4.5."""
    la, lb = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class ThemeNotifier(QObject):
    """The theme in use, and the signal that tells whoever draws with palette colours (icons,
    status rows) that the palette changed. One per application: `notifier()`."""

    sig_palette_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.theme = "system"
        self._following: QStyleHints | None = None

    def follow_system(self, hints: QStyleHints, *, follow: bool) -> None:
        """Listen to the desktop's colour-scheme changes only while the theme is "system"."""
        if follow and self._following is None:
            hints.colorSchemeChanged.connect(self._system_scheme_changed)
            self._following = hints
        elif not follow and self._following is not None:
            self._following.colorSchemeChanged.disconnect(self._system_scheme_changed)
            self._following = None

    def _system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and self.theme == "system":
            _set_palette(app, resolve("system", app))


_notifier: ThemeNotifier | None = None


def notifier() -> ThemeNotifier:
    """The one notifier of this application (created on first use, parented to the app)."""
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier(QApplication.instance())
    return _notifier


def current_theme() -> str:
    """The theme last applied: "system", "light" or "dark"."""
    return notifier().theme


def resolve(name: str, app: QGuiApplication | None = None) -> str:
    """ "light" or "dark": what `name` means now ("system" asks the desktop; unknown → light)."""
    if name in ("light", "dark"):
        return name
    app = app or QGuiApplication.instance()  # type: ignore[assignment]
    scheme = app.styleHints().colorScheme() if app is not None else Qt.ColorScheme.Unknown
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply_theme(app: QApplication, name: str) -> str:
    """Fusion with the palette `name` stands for; returns "light" or "dark" as applied.

    Raises ValueError for a name that is not one of THEMES.
    """
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}")
    state = notifier()
    state.theme = name
    hints = app.styleHints()
    state.follow_system(hints, follow=name == "system")
    # Tell the platform too (Qt 6.8+): native title bars and dialogs then match. "system" hands
    # the choice back to the desktop.
    if hasattr(hints, "setColorScheme"):
        requested = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
        hints.setColorScheme(requested.get(name, Qt.ColorScheme.Unknown))
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().casefold() != "fusion":
        app.setStyle(fusion)
    applied = resolve(name, app)
    _set_palette(app, applied)
    return applied


def _set_palette(app: QApplication, applied: str) -> None:
    app.setPalette(dark_palette() if applied == "dark" else light_palette())
    notifier().sig_palette_changed.emit()
