"""Icons by semantic name and the light and dark themes: every icon visible on both, colours readable."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from defusedxml import ElementTree
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.ui import icons, theme

Role = QPalette.ColorRole


@pytest.fixture
def app(qapp) -> Iterator[QApplication]:  # type: ignore[no-untyped-def]
    """The application, with its palette and style put back after the test."""
    palette, style = QApplication.palette(), qapp.style().name()
    yield qapp
    theme.apply_theme(qapp, "light")  # stops following the system's scheme
    qapp.styleHints().setColorScheme(Qt.ColorScheme.Unknown)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    icons.refresh()


def _ink(image: QImage) -> list[QColor]:
    """The colours of the pixels that are drawn (mostly opaque)."""
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]


contrast = theme.contrast


# -- the SVG files -----------------------------------------------------------------------------


def test_every_name_has_one_svg_and_every_svg_a_name() -> None:
    files = {path.stem for path in icons.ICON_DIR.glob("*.svg")}
    assert files == set(icons.NAMES)
    assert len(icons.NAMES) == len(set(icons.NAMES)) == 23


@pytest.mark.parametrize("name", icons.NAMES)
def test_svg_is_a_single_colour_line_icon_on_a_24_grid(name: str) -> None:
    path: Path = icons.ICON_DIR / f"{name}.svg"
    root = ElementTree.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke") == "currentColor"
    text = path.read_text(encoding="utf-8")
    # One colour, chosen at render time: no literal colour anywhere, no scripts, no external refs.
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgb\(", text)
    assert "<script" not in text and "href" not in text


# -- rendering ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", icons.NAMES)
def test_every_icon_is_drawn_in_the_text_colour_of_light_and_dark(app: QApplication, name: str) -> None:
    for palette in (theme.light_palette(), theme.dark_palette()):
        text = palette.color(Role.WindowText)
        drawn = icons.icon(name, palette)
        assert not drawn.isNull()
        image = drawn.pixmap(24, 24).toImage()
        ink = _ink(image)
        assert len(ink) > 20, f"{name} is (almost) empty"
        # The ink is the text colour, which stands out from the window it sits on.
        assert all(abs(color.lightness() - text.lightness()) < 8 for color in ink)
        assert contrast(ink[0], palette.color(Role.Window)) >= 4.5


def test_high_dpi_pixmaps_are_rendered_at_the_device_pixel_ratio(app: QApplication) -> None:
    pixmap = icons.render("lock", 24, QColor("#000000"), 2.0)
    assert (pixmap.width(), pixmap.height()) == (48, 48)
    assert pixmap.devicePixelRatio() == 2.0
    assert len(_ink(pixmap.toImage())) > len(_ink(icons.render("lock", 24, QColor("#000000")).toImage()))


def test_disabled_icons_are_drawn_in_the_disabled_text_colour(app: QApplication) -> None:
    palette = theme.dark_palette()
    image = icons.icon("add", palette).pixmap(24, 24, icons.QIcon.Mode.Disabled).toImage()
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.WindowText)
    assert all(abs(color.lightness() - disabled.lightness()) < 8 for color in _ink(image))


def test_unknown_name_raises_key_error() -> None:
    with pytest.raises(KeyError):
        icons.icon("does-not-exist")
    with pytest.raises(KeyError):
        icons.icon("../lock")


def test_icons_are_read_and_drawn_once(app: QApplication) -> None:
    palette = theme.light_palette()
    assert icons.icon("search", palette).cacheKey() == icons.icon("search", palette).cacheKey()
    assert icons.icon("search", palette).cacheKey() != icons.icon("search", theme.dark_palette()).cacheKey()


def test_bound_icons_follow_the_theme(qtbot, app: QApplication) -> None:  # type: ignore[no-untyped-def]
    theme.apply_theme(app, "light")
    button = QPushButton()
    qtbot.addWidget(button)
    icons.bind(button, "lock")
    assert _ink(button.icon().pixmap(24, 24).toImage())[0].lightness() < 80
    with qtbot.waitSignal(theme.notifier().sig_palette_changed, timeout=1000):
        theme.apply_theme(app, "dark")
    assert _ink(button.icon().pixmap(24, 24).toImage())[0].lightness() > 180
    with pytest.raises(KeyError):
        icons.bind(button, "nope")


# -- the theme ---------------------------------------------------------------------------------


def test_dark_theme_makes_the_window_dark_and_the_text_light(app: QApplication) -> None:
    assert theme.apply_theme(app, "dark") == "dark"
    palette = QApplication.palette()
    assert palette.color(Role.Window).lightness() < 60
    assert palette.color(Role.Base).lightness() < 60
    assert palette.color(Role.WindowText).lightness() > 200
    assert palette.color(Role.Text).lightness() > 200
    assert app.style().name().casefold() == "fusion"
    assert theme.is_dark() and theme.colors() is theme.DARK_STATUS
    assert theme.current_theme() == "dark"


def test_light_theme(app: QApplication) -> None:
    assert theme.apply_theme(app, "light") == "light"
    palette = QApplication.palette()
    assert palette.color(Role.Window).lightness() > 200
    assert palette.color(Role.WindowText).lightness() < 60
    assert not theme.is_dark() and theme.colors() is theme.LIGHT_STATUS


def test_system_follows_the_desktop_scheme(app: QApplication) -> None:
    expected = theme.resolve("system", app)
    assert expected in ("light", "dark")
    assert theme.apply_theme(app, "system") == expected
    assert theme.is_dark() == (expected == "dark")
    assert theme.current_theme() == "system"


def test_unknown_theme_is_refused(app: QApplication) -> None:
    with pytest.raises(ValueError, match="unknown theme"):
        theme.apply_theme(app, "purple")


@pytest.mark.parametrize(
    ("palette", "status"),
    [(theme.light_palette, theme.LIGHT_STATUS), (theme.dark_palette, theme.DARK_STATUS)],
    ids=["light", "dark"],
)
def test_status_colours_are_readable_where_they_are_shown(app: QApplication, palette, status) -> None:  # type: ignore[no-untyped-def]
    colours = palette()
    assert theme.colors(colours) is status
    backgrounds = (colours.color(Role.Base), colours.color(Role.Window), colours.color(Role.AlternateBase))
    # Text shown straight on the page: error labels, overdue rows, passphrase hints.
    for background in backgrounds:
        for foreground in (status.overdue, status.error, status.ok, status.warning, status.due_soon):
            assert contrast(foreground, background) >= 4.5, (foreground, background.name())
    assert contrast(status.due_soon, status.due_soon_background) >= 4.5
    # Boxes (notices, the audit banner, verdicts): text on its own background, and a box that is
    # set off from the window by its border.
    for kind in ("ok", "warning", "error"):
        text, background, border = status.box(kind)
        assert contrast(text, background) >= 4.5, (kind, text, background)
        assert contrast(border, background) >= 1.5, (kind, border, background)
        for window in backgrounds:
            assert contrast(text, window) >= 4.5, (kind, text, window.name())
            assert contrast(border, window) >= 1.5, (kind, border, window.name())
    # The palette's own text and selection read well too.
    assert contrast(colours.color(Role.Text), colours.color(Role.Base)) >= 7
    assert contrast(colours.color(Role.HighlightedText), colours.color(Role.Highlight)) >= 4.5


def test_system_keeps_following_the_desktop_and_the_others_do_not(qtbot, app: QApplication) -> None:  # type: ignore[no-untyped-def]
    hints = app.styleHints()
    theme.apply_theme(app, "system")
    # The desktop switches its scheme (the offscreen platform cannot, so its signal is sent here).
    with qtbot.waitSignal(theme.notifier().sig_palette_changed, timeout=1000):
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    theme.apply_theme(app, "dark")
    with qtbot.assertNotEmitted(theme.notifier().sig_palette_changed, wait=100):
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.is_dark()


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#ffffff", "#000000") == pytest.approx(21)
    assert contrast("#b00020", "#b00020") == pytest.approx(1)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest AA grey on white
    assert contrast(QColor("#777777"), QColor("#ffffff")) < 4.5


@pytest.mark.parametrize("status", [theme.LIGHT_STATUS, theme.DARK_STATUS], ids=["light", "dark"])
def test_boxes_and_their_style_sheets(status: theme.StatusColors) -> None:
    assert status.box("ok") == (status.ok, status.ok_background, status.ok_border)
    assert status.box("warning") == (status.warning, status.warning_background, status.warning_border)
    assert status.box("error") == (status.error, status.error_background, status.error_border)
    style = status.box_style("warning")
    assert style == (
        f"background: {status.warning_background}; color: {status.warning}; "
        f"border: 1px solid {status.warning_border}; padding: 4px;"
    )
    assert status.box_style("error", padding="6px", bold=True).endswith("padding: 6px; font-weight: 600;")
    with pytest.raises(ValueError, match="unknown box kind"):
        status.box("purple")  # type: ignore[arg-type]


def test_light_and_dark_differ_in_every_colour() -> None:
    """A colour left the same in both would be one tuned for a single palette."""
    light, dark = vars(theme.LIGHT_STATUS), vars(theme.DARK_STATUS)
    assert light.keys() == dark.keys()
    assert all(light[name] != dark[name] for name in light)
