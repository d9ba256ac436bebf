"""Key material is dropped on lock: after the window locks, nothing reachable holds the open file.

`MainWindow.lock()` forgets the Services (ServicesWorker.close), queues `CaseFile.close()` on the
database worker (the vault drops its engine and its data key, closes the SQLCipher connection and
releases the bundle's lock) and detaches every page. This test looks at the Python heap itself:
after lock and a full garbage collection, `gc.get_objects()` holds no CaseFile, Vault, Services,
SQLAlchemy Engine any more (the engine held the one SQLCipher connection; the connection
object itself is not tracked by the collector), and the Vault that was open is gone (its weak
reference is dead). The same scan before the lock is the positive control.

What this cannot see: bytes and str objects are not tracked by the garbage collector, so a stray
copy of the key's bytes (or of its hex in the `PRAGMA key` statement, freed but not wiped) is
outside its reach; docs/security.md says so.
"""

from __future__ import annotations

import fcntl
import gc
import os
import weakref
from collections import Counter
from pathlib import Path

from sqlalchemy import Engine

from desktop.services.casefile import CaseFile
from desktop.services.facade import Services
from desktop.vault import Vault
from tests.gui_helpers import WAIT, open_window

HOLDERS: tuple[type, ...] = (CaseFile, Vault, Services, Engine)


def _live_holders() -> Counter[str]:
    """How many objects of each key-holding type the heap still reaches (no reference kept)."""
    gc.collect()
    return Counter(type(o).__name__ for o in gc.get_objects() if isinstance(o, HOLDERS))


def _open_vault_ref() -> weakref.ref[Vault]:
    vaults = [o for o in gc.get_objects() if isinstance(o, Vault) and o.is_open]  # only ours is open
    assert len(vaults) == 1, f"expected one open vault, found {len(vaults)}"
    return weakref.ref(vaults[0])


def test_after_lock_no_case_file_vault_services_or_engine_is_reachable(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    before = _live_holders()  # whatever earlier tests in this process left (nothing, normally)
    win = open_window(qtbot, tmp_case.path, "Sam", tmp_case.passphrase("Sam"))
    win.show_page("Settings")  # its quick-unlock status asks the keyring (what pinned the file)
    win.show_page("Cases")
    qtbot.waitUntil(lambda: not win._worker.busy, timeout=WAIT)

    unlocked = _live_holders()
    assert unlocked - before == Counter({"CaseFile": 1, "Vault": 1, "Engine": 1, "Services": 1})
    vault = _open_vault_ref()

    win.lock()
    qtbot.waitUntil(lambda: not win._worker.busy, timeout=WAIT)
    qtbot.wait(50)  # let the queued results of the last operations be delivered and dropped

    assert _live_holders() - before == Counter()
    assert vault() is None
    # The bundle's lock went with the key: another process may open the file now.
    fd = os.open(Path(tmp_case.path) / ".lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
    assert win._stack.currentWidget() is win.unlock_widget
    win.close()
