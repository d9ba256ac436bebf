"""Render the application and file-type icons from their SVG sources (`resources/icons/app/*.svg`).

Run from the project root (PySide6 from the venv, no display needed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_app_icons.py

Writes, all committed:
- `resources/icons/app/hicolor/<N>x<N>/apps/casedesk.png` for N in SIZES, and
  `hicolor/scalable/apps/casedesk.svg` (the freedesktop icon theme layout: `Icon=casedesk`);
- the same for the file types, under `hicolor/<N>x<N>/mimetypes/` and `hicolor/scalable/mimetypes/`,
  named after their MIME type with `/` replaced by `-` (what shared-mime-info looks up):
  `application-x-casedesk` (a case file: the application icon), `application-vnd.etsi.asic-e+zip`
  (a signed request package) and `application-x-casedesk-encrypted-package` (an encrypted one);
- `installer/windows/casedesk.ico` (the icon of both exes, in installer/casedesk.spec, and Inno
  Setup's SetupIconFile) and `casedesk-package.ico`, `casedesk-encrypted-package.ico` (the file
  types' icons in Explorer):
  sizes ICO_SIZES, 32-bit BGRA DIB entries below 256 px and a PNG entry at 256 px, the layout
  Windows itself uses (every Windows since Vista reads it; old tools choke on small PNG entries).

With `--iconset DIR` it also writes a macOS iconset (the ten `icon_<S>x<S>[@2x].png` files that
`iconutil -c icns DIR` turns into an .icns), rendered from the SVG up to 1024 px; that one is
build output, not committed (see installer/README.md).

The output is a pure function of the SVG sources and the Qt version: re-running without a change
to the SVGs gives the same files.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "resources" / "icons" / "app"
HICOLOR = APP_DIR / "hicolor"
WINDOWS_DIR = ROOT / "installer" / "windows"
# Windows icons: file name in WINDOWS_DIR -> SVG source in APP_DIR (the exes' icon, the file types' icons)
ICOS = {
    "casedesk.ico": "casedesk.svg",
    "casedesk-package.ico": "application-vnd.etsi.asic-e+zip.svg",
    "casedesk-encrypted-package.ico": "application-x-casedesk-encrypted-package.svg",
}

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)

APP_ICON = "casedesk"
# icon name (MIME type with "/" -> "-") -> SVG source in APP_DIR
MIME_ICONS = {
    "application-x-casedesk": "casedesk.svg",
    "application-vnd.etsi.asic-e+zip": "application-vnd.etsi.asic-e+zip.svg",
    "application-x-casedesk-encrypted-package": "application-x-casedesk-encrypted-package.svg",
}
# macOS iconset: file name -> pixel size
ICONSET = {
    f"icon_{points}x{points}{suffix}.png": points * scale
    for points in (16, 32, 128, 256, 512)
    for suffix, scale in (("", 1), ("@2x", 2))
}


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_app_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def save_png(image: QImage, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"make_app_icons: cannot write {path}")


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA DIB as an ICO entry holds it: header with double height, bottom-up rows, AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    # Format_ARGB32 is 0xAARRGGBB per pixel in native (little-endian) order: bytes B, G, R, A.
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]
    mask_row = bytes(((size + 31) // 32) * 4)  # all 0: the alpha channel decides
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(svg: Path, sizes: tuple[int, ...]) -> bytes:
    entries = []
    for size in sizes:
        image = render(svg, size)
        entries.append((size, png_bytes(image) if size >= 256 else dib_bytes(image)))
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in entries)


def write_hicolor() -> list[Path]:
    written: list[Path] = []
    jobs = [("apps", APP_ICON, APP_DIR / f"{APP_ICON}.svg")]
    jobs += [("mimetypes", name, APP_DIR / source) for name, source in MIME_ICONS.items()]
    for context, name, svg in jobs:
        for size in SIZES:
            path = HICOLOR / f"{size}x{size}" / context / f"{name}.png"
            save_png(render(svg, size), path)
            written.append(path)
        scalable = HICOLOR / "scalable" / context / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, scalable)
        written.append(scalable)
    return written


def write_iconset(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, size in ICONSET.items():
        path = directory / name
        save_png(render(APP_DIR / f"{APP_ICON}.svg", size), path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iconset", type=Path, help="also write a macOS iconset into this directory")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QtSvg needs one)
    written = write_hicolor()
    for name, source in ICOS.items():
        (WINDOWS_DIR / name).write_bytes(ico_bytes(APP_DIR / source, ICO_SIZES))
        written.append(WINDOWS_DIR / name)
    if args.iconset:
        written += write_iconset(args.iconset)
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
