"""The Qt binding must not corrupt the interpreter: a long-running window makes millions of calls.

PySide6-Essentials 6.12.0 dropped a reference to None on every call returning nothing, so a
window aborted ("Fatal Python error: none_dealloc") after a few seconds of events on Python
3.11. pyproject.toml keeps that release out; this test fails if such a build comes back.
Run in a subprocess: the failure mode is an abort, which would take the test session with it.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
timer = QTimer()
before = sys.getrefcount(None)
for _ in range(3000):
    app.processEvents()
    timer.setInterval(5)
print(sys.getrefcount(None) - before)
"""


def test_calls_returning_nothing_keep_none_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout.strip()) >= -10, "the Qt binding leaks references to None"
