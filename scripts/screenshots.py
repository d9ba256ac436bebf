"""Render the GUI's screens on a fresh demo case file into docs/screenshots/ (for the README).

Run under a real X server or Xvfb so fonts and styles are those a user sees:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.services.demo import make_demo  # noqa: E402 - after the path set-up above
from desktop.ui.app import MainWindow  # noqa: E402
from desktop.vault import KdfParams  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def _wait(app: QApplication, condition, timeout_ms: int = 15_000) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start(50)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def main() -> int:
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.casedesk"
        make_demo(path, "demo", cases=6, requests=40, kdf=KdfParams.minimum())
        window = MainWindow(path)
        window.resize(1100, 620)
        window.show()
        _wait(app, lambda: window.isVisible(), 2000)
        app.processEvents()
        window.grab().save(str(OUT / "unlock.png"))
        unlock = window.unlock_widget
        unlock.passphrase.setText("wrong passphrase")
        unlock.unlock()
        _wait(app, lambda: unlock.error.text() != "")
        window.grab().save(str(OUT / "unlock-wrong-passphrase.png"))
        unlock.passphrase.setText("demo")
        unlock.unlock()
        _wait(app, lambda: window._stack.currentWidget() is window.overview_widget)
        app.processEvents()
        window.grab().save(str(OUT / "unlocked-overview.png"))
        window.show_page("Requests")
        page = window.requests_page
        _wait(
            app,
            lambda: page.model.rowCount() > 0 and page.model.data(page.model.index(0, 0)) not in (None, "…"),
        )
        app.processEvents()
        window.grab().save(str(OUT / "requests.png"))
        # The Approvals page needs a supervisor: lock, then unlock as Claire (she files none of the
        # demo's pending requests, so every row can be decided).
        window.lock()
        unlock.member.setCurrentText("Claire Dubois")
        unlock.passphrase.setText("demo")
        unlock.unlock()
        _wait(app, lambda: window._stack.currentWidget() is window.overview_widget)
        window.show_page("Approvals")
        approvals = window.approvals_page
        _wait(
            app,
            lambda: (
                approvals.table.rowCount() > 0 or approvals._body.currentWidget() is approvals.empty_label
            ),
        )
        if approvals.table.rowCount() == 0:
            print("warning: the demo has no request waiting for approval", file=sys.stderr)
        app.processEvents()
        window.grab().save(str(OUT / "approvals.png"))
        # The Loans page, all loans, with an overdue one selected (red rows; due soon in amber).
        window.show_page("Loans")
        loans = window.loans_page
        _wait(app, lambda: loans._body.currentWidget() is not loans.loading_label)
        overdue = next((loan for loan in loans.loans if loan.overdue), None)
        if overdue is None:
            print("warning: the demo has no overdue loan", file=sys.stderr)
        else:
            loans.select_reference(overdue.request_reference)
        app.processEvents()
        window.grab().save(str(OUT / "loans.png"))
        window.show_page("Audit")
        audit = window.audit_page
        _wait(app, lambda: audit.status is not None and audit.banner.isVisible())
        app.processEvents()
        window.grab().save(str(OUT / "audit.png"))
        window.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
