"""Every export of case data leaves an entry in the audit log (desktop/services/exports.py).

Through the services on real case files: each kind is written owner-only with exactly its bytes
and recorded as `export.<kind>` with the subject, the full path, the size and the SHA-256; a
destination that cannot be written is refused with its sentence, with no entry and no file. The
failures that need a disk that refuses at one exact moment run in a forked child, where a Python
audit hook (sys.addaudithook: it only watches, nothing of ours is replaced) either limits the size
of files from then on (RLIMIT_FSIZE 0: the write fails with EFBIG, as on a full disk) or lets the
operating system call fail. And once through the Dashboard page: a chart exported there is read
back as the Audit page reads the log.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import AuditEntry
from desktop.services.audit import verify_chain
from desktop.services.casefile import open_case_file
from desktop.services.exports import ExportKind
from desktop.services.facade import Services
from desktop.services.private_files import PrivateWriteError
from desktop.services.session_api import audit_status
from desktop.ui.dashboard import DashboardPage
from tests.conftest import CaseFixture
from tests.forked_child import limit_file_size, refused_in_child
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness

DATA = {
    ExportKind.CHART_PNG: (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "requests-by-month", "png"),
    ExportKind.CHART_SVG: (
        b'<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0Z"/></svg>',
        "loans",
        "svg",
    ),
    ExportKind.DASHBOARD_PDF: (b"%PDF-1.4\n" + b"dashboard " * 500, "July 2025 to June 2026", "pdf"),
    ExportKind.CASE_REPORT_PDF: (b"%PDF-1.4\n" + b"case report " * 700, "BE-2026-0042", "pdf"),
    ExportKind.ALMANAC_CSV: (b"\xef\xbb\xbfname,agency\r\nJan Peeters,BE-FEDPOL\r\n", "almanac", "csv"),
}


def _entries(services: Services) -> list[tuple[str, str, str, str, dict[str, object]]]:
    with services.case_file.reading() as session:
        return [
            (e.action, e.actor_name, e.entity, e.entity_id, json.loads(e.details))
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]


def _chain_ok(services: Services) -> bool:
    with services.case_file.reading() as session:
        return verify_chain(session.connection()).ok


@pytest.mark.parametrize("kind", list(ExportKind))
def test_each_kind_is_written_owner_only_and_recorded(
    kind: ExportKind, tmp_case: CaseFixture, tmp_path: Path, open_as
) -> None:  # type: ignore[no-untyped-def]
    data, subject, suffix = DATA[kind]
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"export.{suffix}"
    with open_as(tmp_case.path, "Anna") as services:  # a duty officer: any member may export
        before = _entries(services)
        done = services.exports.write(kind, str(target), data, subject=subject)
        after = _entries(services)
        assert _chain_ok(services)

    assert (done.path, done.size, done.sha256) == (target, len(data), hashlib.sha256(data).hexdigest())
    assert target.read_bytes() == data and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # no staging file left
    assert after[: len(before)] == before
    assert after[len(before) :] == [
        (
            f"export.{kind.value}",
            "Anna",
            "export",
            subject,
            {
                "kind": kind.value,
                "subject": subject,
                "path": str(target),
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            },
        )
    ]


def test_a_relative_path_is_recorded_in_full_and_a_wider_file_is_replaced(
    tmp_case: CaseFixture, tmp_path: Path, open_as, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "chart.png"
    existing.write_bytes(b"old")
    existing.chmod(0o644)
    monkeypatch.chdir(tmp_path)
    with open_as(tmp_case.path, "Sam") as services:
        services.exports.write("chart_png", "chart.png", b"new bytes", subject="answers")
        (action, actor, _entity, entity_id, details) = _entries(services)[-1]
    assert existing.read_bytes() == b"new bytes" and stat.S_IMODE(existing.stat().st_mode) == 0o600
    assert (action, actor, entity_id, details["path"]) == (
        "export.chart_png",
        "Sam",
        "answers",
        str(existing),
    )


def test_an_unwritable_destination_is_refused_without_entry_or_file(
    tmp_case: CaseFixture, tmp_path: Path, open_as
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    folder = out / "a-folder.pdf"
    folder.mkdir(parents=True)
    missing = out / "no-such-folder" / "case.pdf"
    with open_as(tmp_case.path, "Sam") as services:
        before = _entries(services)
        with pytest.raises(PrivateWriteError) as refused:
            services.exports.write(ExportKind.CASE_REPORT_PDF, missing, b"%PDF", subject="BE-1")
        assert str(refused.value) == f"The file {missing} could not be written (No such file or directory)."
        with pytest.raises(PrivateWriteError) as refused:
            services.exports.write(ExportKind.DASHBOARD_PDF, folder, b"%PDF", subject="all")
        assert str(refused.value) == f"The file {folder} could not be written (Is a directory)."
        with pytest.raises(ValueError):
            services.exports.write("case_dump", out / "x.bin", b"x")  # not a kind of export
        assert _entries(services) == before and _chain_ok(services)
    assert sorted(p.name for p in out.iterdir()) == ["a-folder.pdf"]
    assert list(folder.iterdir()) == []


# -- the disk refusing at one exact moment, in a forked child ----------------------------------------


def _export(tmp_case: CaseFixture, target: Path, data: bytes) -> Callable[[], object]:
    def step() -> object:
        case_file = open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam")
        return Services(case_file).exports.write(ExportKind.CHART_PNG, target, data, subject="loans")

    return step


def test_a_write_the_destinations_disk_refuses_leaves_no_entry_and_no_file(
    tmp_case: CaseFixture, tmp_path: Path, open_as
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "chart.png"
    with open_as(tmp_case.path, "Sam") as services:
        before = _entries(services)

    def full_from_the_data(event: str, args: tuple[object, ...]) -> None:
        # The bytes' first write (write_private's temporary file) finds the disk full.
        if event == "open" and str(args[0]).endswith(".part"):
            limit_file_size(0)

    refusal = refused_in_child(_export(tmp_case, target, b"\x89PNG" * 5000), full_from_the_data)
    assert refusal == {
        "refused": "PrivateWriteError",
        "sentence": f"The file {target} could not be written ({os.strerror(errno.EFBIG)}).",
        "template": "The file {path} could not be written ({reason}).",
        "values": {"path": str(target), "reason": os.strerror(errno.EFBIG)},
    }
    assert list(out.iterdir()) == []
    with open_as(tmp_case.path, "Sam") as services:
        assert _entries(services) == before and _chain_ok(services)


def test_an_entry_the_case_files_disk_refuses_leaves_no_file(
    tmp_case: CaseFixture, tmp_path: Path, open_as
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "chart.png"
    with open_as(tmp_case.path, "Sam") as services:
        before = _entries(services)

    data = b"\x89PNG" * 100

    def full_once_staged(event: str, args: tuple[object, ...]) -> None:
        # Room for exactly the bytes beside the destination, none for the case file's log after them.
        if event == "open" and str(args[0]).endswith(".part"):
            limit_file_size(len(data))

    refusal = refused_in_child(_export(tmp_case, target, data), full_once_staged)
    assert refusal == {
        "refused": "StorageFull",
        "sentence": f"{target} was not written: the disk refused to record the export in the case file's "
        "audit log (it may be full).",
        "template": "{path} was not written: the disk refused to record the export in the case file's "
        "audit log (it may be full).",
        "values": {"path": str(target)},
    }
    assert list(out.iterdir()) == []  # the staged copy was removed
    with open_as(tmp_case.path, "Sam") as services:
        assert _entries(services) == before and _chain_ok(services)


def test_a_file_that_cannot_be_put_in_place_after_its_entry_is_recorded_as_failed(
    tmp_case: CaseFixture, tmp_path: Path, open_as
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "chart.png"
    data = b"\x89PNG" * 100
    with open_as(tmp_case.path, "Sam") as services:
        before = _entries(services)

    def refuse_the_rename(event: str, args: tuple[object, ...]) -> None:
        if event == "os.rename" and str(args[0]).endswith(".part"):  # after the entry's commit
            raise OSError(errno.EIO, os.strerror(errno.EIO))

    refusal = refused_in_child(_export(tmp_case, target, data), refuse_the_rename)
    assert refusal == {
        "refused": "PrivateWriteError",
        "sentence": f"The file {target} could not be written ({os.strerror(errno.EIO)}).",
        "template": "The file {path} could not be written ({reason}).",
        "values": {"path": str(target), "reason": os.strerror(errno.EIO)},
    }
    assert list(out.iterdir()) == []
    details = {
        "kind": "chart_png",
        "subject": "loans",
        "path": str(target),
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    with open_as(tmp_case.path, "Sam") as services:
        assert _entries(services)[len(before) :] == [
            ("export.chart_png", "Sam", "export", "loans", details),
            ("export.failed", "Sam", "export", "loans", details | {"reason": os.strerror(errno.EIO)}),
        ]
        assert _chain_ok(services)


# -- through the Dashboard page ----------------------------------------------------------------------


def test_a_chart_exported_from_the_dashboard_is_in_the_audit_log(
    qtbot, page: DashboardPage, harness: PageHarness, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = page.panels[0]
    target = tmp_path / f"{panel.export_name}.svg"
    page.choose_save_file = lambda _p, _c, suggested, _f: str(tmp_path / suggested)  # type: ignore[assignment]
    assert page.export_panel(panel, "svg") == str(target)
    qtbot.waitUntil(lambda: page.status_label.text() == f"Chart saved to {target}.", timeout=WAIT)
    data = target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    status = harness.call(lambda svc: audit_status(svc.case_file))  # as the Audit page reads it
    assert status.ok
    _seq, _at, actor, action, entity, entity_id = status.recent[0]
    assert (actor, action, entity, entity_id) == ("Sam", "export.chart_svg", "export", panel.export_name)
    details = harness.call(lambda svc: _entries(svc)[-1][4])
    assert details == {
        "kind": "chart_svg",
        "subject": panel.export_name,
        "path": str(target),
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }

    # A place that cannot be written: the page's sentence, and nothing new in the log.
    page.choose_save_file = lambda *_a: str(tmp_path / "no-such-folder" / "chart.png")  # type: ignore[assignment]
    page.export_panel(panel, "png")
    qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=WAIT)
    assert page.error_label.text() == "The file chart.png could not be written: No such file or directory."
    assert harness.call(lambda svc: audit_status(svc.case_file)).recent[0] == status.recent[0]
