"""`casedesk --self-check`: proof that an installation has everything it needs, end to end.

An installer bundle (installer/casedesk.spec) can miss a Qt plugin, a data file or a library
that only one screen loads, and nothing shows until a user reaches that screen. This check does
what a user would do, in a temporary folder that is removed afterwards, and prints a line per
step:

1. the shipped resources: agreements catalogue, agencies, border map, package schema, icons,
   the French, Dutch and German translation catalogues;
2. a fresh demo case file (SQLCipher, Alembic migrations, Argon2id key slots at the minimum cost),
   with `casedesk check`'s integrity check;
3. the demo's signed packages (demo PKI, CAdES signing, the request PDF drawn by Qt), the
   partner's answer verified against the pinned partner CA, its PDF rendered by PDFium;
4. the main window offscreen: unlocked through its own unlock screen, every navigation page shown
   and drawn, the interface switched to French and back, then locked and closed.

It runs every layer (services, exchange, the Qt interface) in one process, so it sits above the
layers in `desktop/` rather than in one of them. Nothing is written outside the temporary folder:
the window gets its own settings file there, and the keyring is not touched. Exit 0 when every
step passed, 1 otherwise; no traceback for an expected failure, the step says what is missing.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

DEMO_PASSPHRASE = "self-check"  # noqa: S105 - a throw-away file in a temporary folder
WINDOW_TIMEOUT_S = 60.0


class StepFailed(Exception):
    """A step's plain-language failure."""


class SelfCheck:
    def __init__(self, out: Callable[[str], None]) -> None:
        self._out = out
        self.failures = 0

    def step(self, name: str, action: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = action()
        except StepFailed as failure:
            self.failures += 1
            self._out(f"FAIL {name}: {failure}")
            return
        except Exception as error:
            self.failures += 1
            where = traceback.extract_tb(error.__traceback__)[-1]
            self._out(
                f"FAIL {name}: {type(error).__name__}: {error} ({Path(where.filename).name}:{where.lineno})"
            )
            return
        self._out(f"ok   {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")


def _application() -> str:
    """The one application object, a QApplication, made first: the request PDF's renderer would
    otherwise make a plain QGuiApplication, under which no window can be made later."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    return f"PySide6 {pyside_version}, {type(app).__name__} on the {app.platformName()} platform"


def _resources() -> str:
    from desktop import RESOURCES_DIR
    from desktop.services.casefile import default_catalogue
    from desktop.services.geo import border_map, crossing_points
    from desktop.services.seed_data import load_agencies

    catalogue = default_catalogue()
    agencies = load_agencies()
    borders = border_map()
    points = crossing_points()
    schema = RESOURCES_DIR / "schemas" / "request-package-v1.schema.json"
    if not schema.is_file():
        raise StepFailed(f"{schema} is missing")
    missing = [
        code for code in ("fr", "nl", "de") if not (RESOURCES_DIR / "i18n" / f"casedesk_{code}.qm").is_file()
    ]
    if missing:
        raise StepFailed("translation catalogues missing: " + ", ".join(missing))
    return (
        f"catalogue edition {catalogue.edition}, {len(agencies)} agencies, {len(borders.countries)} countries "
        f"and {len(points)} crossing points on the map, in {RESOURCES_DIR}"
    )


def _demo_case_file(folder: Path) -> Callable[[], str]:
    def run() -> str:
        from desktop.services.casefile import open_case_file
        from desktop.services.check import check_case_file
        from desktop.services.demo import make_demo
        from desktop.vault import KdfParams

        made = make_demo(
            folder / "self-check.casedesk", DEMO_PASSPHRASE, cases=3, requests=8, kdf=KdfParams.minimum()
        )
        case_file = open_case_file(made.path, DEMO_PASSPHRASE, member=made.members[0])
        try:
            cipher = case_file.vault.raw_connection().execute("PRAGMA cipher_version").fetchone()
            report = check_case_file(case_file)
        finally:
            case_file.close()
        if not report.ok:
            raise StepFailed("the new case file does not pass its check: " + "; ".join(report.lines))
        return f"{made.cases} cases, {made.requests} requests, SQLCipher {cipher[0] if cipher else '?'}, check passed"

    return run


def _packages(folder: Path) -> Callable[[], str]:
    def run() -> str:
        import pypdfium2

        from desktop.exchange.asice import read_container
        from desktop.exchange.pdf import render_request_pdf
        from desktop.exchange.verify import PASSED
        from desktop.services.casefile import open_case_file
        from desktop.services.demo_packages import make_demo_packages
        from desktop.services.facade import Services

        case = folder / "self-check.casedesk"
        made = make_demo_packages(case, DEMO_PASSPHRASE, folder / "packages", render_request_pdf)
        answer = next(f for f in made.files if f.name.startswith("answer-"))
        case_file = open_case_file(case, DEMO_PASSPHRASE, member="Pieter Janssens")
        try:
            report = Services(case_file).packages.verify(answer.read_bytes())
        finally:
            case_file.close()
        if report.indication != PASSED:
            raise StepFailed(f"the partner's answer does not verify: {report.indication}")
        pdf = read_container(answer.read_bytes()).data_objects["request.pdf"]
        document = pypdfium2.PdfDocument(pdf)
        try:
            page = document[0]
            bitmap = page.render(scale=0.5)
            width, height = bitmap.width, bitmap.height
        finally:
            document.close()
        return (
            f"{len(made.files)} packages signed, the partner's answer verified ({report.indication}), "
            f"its PDF rendered {width}x{height}"
        )

    return run


def _window(folder: Path) -> Callable[[], str]:
    def run() -> str:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from desktop.ui import icons
        from desktop.ui.app import MainWindow
        from desktop.ui.i18n import LanguageSwitcher
        from desktop.ui.settings.registry import SettingsStore

        app = QApplication.instance()
        assert app is not None
        settings = SettingsStore(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        language = LanguageSwitcher()
        for code in ("fr", "nl", "de"):
            if not language.install(code):
                raise StepFailed(f"the {code} translation catalogue does not load")
        language.install("en")
        drawn_icons = [name for name in icons.NAMES if not icons.icon(name).pixmap(24, 24).isNull()]
        if len(drawn_icons) != len(icons.NAMES):
            raise StepFailed("icons not drawn: " + ", ".join(sorted(set(icons.NAMES) - set(drawn_icons))))
        window = MainWindow(folder / "self-check.casedesk", settings=settings, language=language)
        try:
            window.show()
            unlock = window.unlock_widget
            _wait(app, lambda: unlock.member.count() > 0, "the unlock screen did not list the members")
            unlock.member.setCurrentText("Claire Dubois")
            unlock.passphrase.setText(DEMO_PASSPHRASE)
            unlock.unlock()
            _wait(
                app,
                lambda: window._stack.currentWidget() is window.overview_widget,
                "the window did not unlock the demo case file",
            )
            pages = window.pages.navigation()
            for label, _icon, _page in pages:
                window.show_page(label)
                _settle(app, 0.3)
                image = window.grab().toImage()
                if image.isNull() or image.width() < 100:
                    raise StepFailed(f"the {label} page was not drawn")
            window.set_language("fr")  # as the Settings page does: every page retranslated
            _settle(app, 0.3)
            french = window.navigation.item(0).text()
            if french == "Overview":
                raise StepFailed("the window did not switch to French")
            window.set_language("en")
            window.lock()
            _settle(app, 0.2)
            platform = app.platformName()
        finally:
            window.close()
            window.deleteLater()
            _settle(app, 0.2)
        return f"{len(pages)} pages drawn on the {platform} platform, in French the first page is “{french}”, locked"

    return run


def _wait(app: object, done: Callable[[], bool], failure: str) -> None:
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise StepFailed(failure)
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def _settle(app: object, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def run(out: Callable[[str], None] = print) -> int:
    """Run every step; 0 if all passed."""
    from desktop import __version__

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    out(f"Benelux Case Desk {__version__}, self-check (Python {sys.version.split()[0]}, {sys.platform})")
    folder = Path(tempfile.mkdtemp(prefix="casedesk-self-check-"))
    check = SelfCheck(out)
    check.step("Qt", _application)
    try:
        check.step("resources", _resources)
        check.step("case file", _demo_case_file(folder))
        if check.failures == 0:
            check.step("packages", _packages(folder))
            check.step("window", _window(folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    total = time.perf_counter() - started
    out(f"Result: {'OK' if check.failures == 0 else f'{check.failures} step(s) FAILED'} in {total:.1f} s")
    return 0 if check.failures == 0 else 1
