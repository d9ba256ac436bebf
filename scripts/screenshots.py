"""Render every main screen on the demo data into docs/screenshots/, light and dark, English and French.

Run under a real X server or Xvfb so fonts and styles are those a user sees:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py [--only en-light]

Writes docs/screenshots/<language>-<theme>/<screen>.png. The demo file is made once (with its
demo PKI and a partner's answer, as `casedesk demo --packages` does) and copied for each variant,
so every variant shows the same data. Dialogs are grabbed on their own: a window grab does not
include top-level dialogs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402 - the project's own script, found through the path above

from desktop.exchange.pdf import render_request_pdf  # noqa: E402
from desktop.services.demo import make_demo  # noqa: E402
from desktop.services.demo_packages import make_demo_packages  # noqa: E402
from desktop.ui import theme  # noqa: E402
from desktop.ui.app import MainWindow  # noqa: E402
from desktop.ui.i18n import LanguageSwitcher  # noqa: E402
from desktop.ui.settings.registry import SettingsStore  # noqa: E402
from desktop.vault import KdfParams  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
VARIANTS = (("en", "light"), ("en", "dark"), ("fr", "light"), ("fr", "dark"))
SIZE = (1180, 700)


def _wait(condition: Callable[[], bool], timeout_ms: int = 20_000) -> bool:
    """Run the event loop until `condition()` holds (or the timeout); True if it held."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start(40)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not condition():
        loop.exec()
    timer.stop()
    return condition()


def _settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Shooter:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.taken: list[str] = []

    def __call__(self, widget: QWidget, name: str) -> None:
        _settle()
        QApplication.processEvents()
        # 256 colours: a quarter of the size of a full-colour PNG and no visible difference for
        # a user interface (flat colours, antialiased text); 0 is PNG's highest compression.
        image = (
            widget.grab()
            .toImage()
            .convertToFormat(
                QImage.Format.Format_Indexed8,
                Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.PreferDither,
            )
        )
        image.save(str(self.folder / f"{name}.png"), "PNG", 0)
        self.taken.append(name)


def _unlock(window: MainWindow, member: str) -> None:
    unlock = window.unlock_widget
    assert unlock is not None
    _wait(lambda: unlock.member.count() > 0)
    unlock.member.setCurrentText(member)
    unlock.passphrase.setText("demo")
    unlock.unlock()
    if not _wait(lambda: window._stack.currentWidget() is window.overview_widget):
        raise RuntimeError(f"could not unlock as {member}: {unlock.error.text()}")


def _variant(demo: Path, answer: Path, language: str, theme_name: str, workdir: Path) -> list[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, theme_name)
    switcher = LanguageSwitcher()
    switcher.install(language)
    path = workdir / f"{language}-{theme_name}" / "demo.casedesk"
    shutil.copytree(demo, path)
    store = SettingsStore(QSettings(str(path.parent / "settings.ini"), QSettings.Format.IniFormat))
    shoot = Shooter(OUT / f"{language}-{theme_name}")

    # The welcome screen, with the demo among the recent files.
    store.qsettings.setValue("welcome/recent_files", [str(path)])
    window = MainWindow(settings=store, language=switcher)
    window.resize(*SIZE)
    window.show()
    window.welcome_widget.refresh()
    shoot(window, "welcome")
    window.welcome_widget.create_case_file()
    dialog = window.welcome_widget.create_dialog
    if dialog is not None:
        shoot(dialog, "create-case-file")
        dialog.close()

    window.open_file(path, demo=True)
    shoot(window, "unlock")
    unlock = window.unlock_widget
    assert unlock is not None
    unlock.passphrase.setText("wrong passphrase")
    unlock.unlock()
    _wait(lambda: unlock.error.text() != "")
    shoot(window, "unlock-wrong-passphrase")
    # A package handed over by the file manager before unlocking waits, with its notice.
    window.launcher.open(answer)
    _settle()
    shoot(window, "unlock-package-waiting")
    window.launcher.forget()

    _unlock(window, "Pieter Janssens")
    shoot(window, "overview")

    window.show_page("Cases")
    cases = window.cases_page
    _wait(lambda: cases._rows is not None and bool(cases.references()))
    shoot(window, "cases")
    # A pursuit: its timeline has the crossing and the host's notification.
    pursuit = next((row.reference for row in cases.rows if row.kind == "pursuit"), None)
    references = [pursuit] if pursuit else cases.references()
    if references:
        cases.open_case(references[0])
        _wait(lambda: cases.is_showing_case() and cases.detail.view is not None)
        shoot(window, "case-timeline")
        cases.detail.set_tab("chart")
        _settle(400)
        shoot(window, "case-timeline-chart")
        cases.back_to_list()

    window.show_page("Requests")
    requests = window.requests_page
    _wait(lambda: requests.model.rowCount() > 0 and requests.model.index(0, 0).data() not in (None, "…"))
    shoot(window, "requests")
    new_request = requests.new_request()
    if new_request is not None:
        _wait(lambda: new_request._options is not None)
        shoot(new_request, "new-request")
        new_request.close()
    detail = getattr(requests, "detail", None)
    if detail is not None:
        requests.view.selectRow(0)
        requests.view.activated.emit(requests.model.index(0, 0))
        _wait(lambda: getattr(detail, "view", None) is not None)
        shoot(window, "request-detail")

    window.show_page("Loans")
    loans = window.loans_page
    _wait(lambda: loans._body.currentWidget() is not loans.loading_label)
    overdue = next((loan for loan in loans.loans if loan.overdue), None)
    if overdue is not None:
        loans.select_reference(overdue.request_reference)
    shoot(window, "loans")

    window.show_page("Almanac")
    almanac = window.almanac_page
    _wait(lambda: almanac.table.rowCount() > 0)
    almanac.table.selectRow(0)
    shoot(window, "almanac")

    window.show_page("Dashboard")
    dashboard = window.dashboard_page
    _wait(lambda: dashboard.board is not None and not dashboard.busy)
    _settle(400)
    shoot(window, "dashboard")

    window.show_page("Border map")
    border_map = window.border_map_page
    _wait(lambda: border_map.loaded is not None)
    _settle(400)
    shoot(window, "border-map")

    # A supervisor for Approvals, the trust store, the audit log and the packages.
    window.lock()
    _unlock(window, "Claire Dubois")
    window.show_page("Approvals")
    approvals = window.approvals_page
    _wait(lambda: approvals.table.rowCount() > 0 or approvals._body.currentWidget() is approvals.empty_label)
    if approvals.table.rowCount():
        approvals.table.selectRow(0)
    shoot(window, "approvals")

    window.show_page("Agencies and trust")
    agencies = window.agencies_page
    _wait(lambda: agencies.partners.agencies_table.rowCount() > 0)
    agencies.partners.select_agency("NL-POLITIE-LIMBURG")
    _wait(lambda: agencies.partners.certificates_table.rowCount() > 0, 5000)
    shoot(window, "agencies")

    window.show_page("Audit")
    audit = window.audit_page
    _wait(lambda: audit.status is not None and audit.banner.isVisible())
    shoot(window, "audit")

    window.show_page("Settings")
    shoot(window, "settings")

    # A partner's signed answer, dropped on the window: the plain-language report.
    window.verify_package(answer)
    verify = next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "VerifyDialog"), None)
    if verify is not None and _wait(lambda: getattr(verify, "report", None) is not None):
        shoot(verify, "verify-package")
        verify.close()

    window.lock()
    shoot(window, "locked")
    window.close()
    switcher.install("en")
    return shoot.taken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="one variant, e.g. en-light")
    args = parser.parse_args()
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="casedesk-shots-config-"))
    translations.build()
    app = QApplication(sys.argv)
    app.setApplicationName("Benelux Case Desk")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        demo = work / "template" / "demo.casedesk"
        make_demo(demo, "demo", cases=8, requests=60, kdf=KdfParams.minimum())
        packages = make_demo_packages(demo, "demo", work / "packages", render_request_pdf)
        answer = next(p for p in packages.files if p.name.startswith("answer-"))
        for language, theme_name in VARIANTS:
            if args.only and args.only != f"{language}-{theme_name}":
                continue
            taken = _variant(demo, answer, language, theme_name, work)
            print(f"{language}-{theme_name}: {len(taken)} screens: {', '.join(taken)}")
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
