"""One page attached to a real case file on a real database worker, without the main window.

For pages the window does not show yet: the file is unlocked on the worker thread exactly as the
window does (`session_api.unlock` then `open_services`), and the page gets the same
`ServicesWorker`. `call` runs a service function on that worker, so a test can check the case
file while the page still holds it open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.exchange.pdf import render_request_pdf
from desktop.services.session_api import open_services, unlock
from desktop.ui.changes import Changes
from desktop.ui.operations import ServicesWorker
from desktop.ui.page import Page
from desktop.ui.worker import DatabaseWorker
from tests.gui_helpers import WAIT


class PageHarness:
    def __init__(self, qtbot, path: Path, member: str, passphrase: str) -> None:  # type: ignore[no-untyped-def]
        self._qtbot = qtbot
        self.worker = DatabaseWorker()
        self._opened: Any = self._wait(
            lambda: open_services(unlock(path, passphrase, member), render_pdf=render_request_pdf)
        )
        self.services = ServicesWorker(self.worker, self._opened)
        self.changes: list[Changes] = []

    def _wait(self, fn: Callable[[], Any]) -> Any:
        box: dict[str, Any] = {}
        self.worker.run(
            fn, lambda value: box.setdefault("value", value), lambda e: box.setdefault("error", e)
        )
        self._qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
        if "error" in box:
            raise box["error"]
        return box["value"]

    def attach(self, page: Page) -> None:
        page.sig_changed.connect(self.changes.append)
        page.attach(self.services)

    def call(self, fn: Callable[[Any], Any]) -> Any:
        """fn(services) on the database worker; its result (or its exception, raised here)."""
        services = self._opened
        assert services is not None, "the case file is closed"
        return self._wait(lambda: fn(services))

    def close(self) -> None:
        services, self._opened = self._opened, None
        self.services.close()
        if services is not None:
            self._wait(services.case_file.close)
        self.worker.stop()
