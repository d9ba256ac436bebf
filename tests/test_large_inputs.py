"""Very large inputs are refused quickly, with a sentence, and without being read into memory.

A 2 GB attachment is a sparse file (`truncate`: no disk space used): it is refused from its size
alone, through the service and through the Cases page's drop, within a second and with the
process's peak memory (ru_maxrss) growing by less than 100 MB. A device or a named pipe offered as
an attachment (/dev/zero never ends, a FIFO nobody writes to never answers) is refused instead of
read. A package of 100,000 entries is refused by the importer in under a second; the other imports
refuse files over their limit by length before parsing them.

Already covered elsewhere: the 256 MB + 1 byte limit of `add_attachment_file`
(tests/test_cases_service_more.py), 100,000 entries in the container reader and in
`import_package` (tests/test_asice_hostile.py, tests/test_packages_hostile_import.py, the latter
without a clock), zip bombs, and the CSV and package size caps.
"""

from __future__ import annotations

import io
import os
import resource
import sys
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.exchange.asice import MIMETYPE
from desktop.models.enums import CaseKind
from desktop.services.errors import InvalidInput, ServiceError
from desktop.services.facade import Services
from tests.gui_cases_harness import _drop

TWO_GB = 2 << 30
MAX_RSS_GROWTH = 100 << 20


def _peak_rss() -> int:
    """The process's peak resident memory in bytes (ru_maxrss is kilobytes on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as out:
        out.truncate(size)
    assert path.stat().st_size == size
    return path


def _audit_count(services: Services) -> int:
    with services.case_file.reading() as session:
        return session.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()


def test_a_2_gb_attachment_is_refused_by_its_size_before_a_byte_is_read(tmp_case, open_as, tmp_path) -> None:  # type: ignore[no-untyped-def]
    huge = _sparse(tmp_path / "interview.mp4", TWO_GB)
    with open_as(tmp_case.path, "Anna") as services:
        reference = services.cases.create(CaseKind.PURSUIT, "Pursuit").reference
        entries = _audit_count(services)
        peak, started = _peak_rss(), time.perf_counter()
        with pytest.raises(InvalidInput) as refused:
            services.cases.add_attachment_file(reference, huge)
        elapsed = time.perf_counter() - started
        assert str(refused.value) == "interview.mp4 is larger than 256 MB; attach a smaller file."
        assert elapsed < 1.0, f"refusing took {elapsed:.2f} s"
        assert _peak_rss() - peak < MAX_RSS_GROWTH
        assert _audit_count(services) == entries
        assert services.cases.show(reference).attachments == ()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and /dev/zero are POSIX")
def test_a_device_or_a_pipe_is_refused_instead_of_read(tmp_case, open_as, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe = tmp_path / "evidence.fifo"
    os.mkfifo(pipe)  # nobody ever writes: reading it would wait forever
    with open_as(tmp_case.path, "Anna") as services:
        reference = services.cases.create(CaseKind.PURSUIT, "Pursuit").reference
        entries = _audit_count(services)
        peak = _peak_rss()
        for path in (Path("/dev/zero"), pipe):  # /dev/zero: read to its end, it fills the memory
            started = time.perf_counter()
            with pytest.raises(InvalidInput) as refused:
                services.cases.add_attachment_file(reference, path)
            assert str(refused.value) == (
                f"{path.name} is not an ordinary file (it is a device or a pipe); attach a file."
            )
            assert time.perf_counter() - started < 1.0
        assert _peak_rss() - peak < MAX_RSS_GROWTH
        assert _audit_count(services) == entries


def test_a_2_gb_file_dropped_on_the_cases_page_is_refused_with_its_sentence(ui, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The page hands the paths to the worker, which refuses the file by its size: the GUI never reads it."""
    huge = _sparse(tmp_path / "cctv-export.bin", TWO_GB)
    reference = ui.call(lambda svc: svc.cases.create(CaseKind.PURSUIT, "Pursuit with footage").reference)
    ui.open(reference)
    detail = ui.page.detail
    detail.set_tab("attachments")
    peak, started = _peak_rss(), time.perf_counter()
    entered, dropped = _drop([huge], detail.attachments.viewport())
    assert entered and dropped
    sentence = "cctv-export.bin is larger than 256 MB; attach a smaller file."
    ui.qtbot.waitUntil(lambda: ui.page.error_label.text() == sentence, timeout=5000)
    assert time.perf_counter() - started < 2.0
    assert _peak_rss() - peak < MAX_RSS_GROWTH
    assert ui.call(lambda svc: svc.cases.show(reference).attachments) == ()


def test_a_package_with_100000_entries_is_refused_by_the_importer_in_under_a_second(
    tmp_case, open_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:  # past 65,535 entries zipfile writes ZIP64 end records
        archive.writestr("mimetype", MIMETYPE)
        for index in range(100_000):
            archive.writestr(zipfile.ZipInfo(f"e/{index:06d}"), b"")
    data = buffer.getvalue()
    with open_as(tmp_case.path, "Sam") as services:
        entries = _audit_count(services)
        started = time.perf_counter()
        with pytest.raises(ServiceError) as refused:
            services.packages.import_package(data, "many.asice")
        elapsed = time.perf_counter() - started
        assert str(refused.value) == "Not imported: The container holds more than 1000 entries."
        assert elapsed < 1.0, f"refusing took {elapsed:.2f} s"
        assert _audit_count(services) == entries


@pytest.mark.parametrize(
    ("size", "call", "sentence"),
    [
        (2 << 20, lambda s, d: s.credentials.import_pkcs12(d, "x"), "A PKCS#12 file is at most 1 MB."),
        (
            6 << 20,
            lambda s, d: s.agencies.inspect(d),
            "The certificate file is larger than 5 MB, which no certificate bundle needs.",
        ),
        (
            6 << 20,
            lambda s, d: s.trust.add("NL-POLITIE-LIMBURG", d),
            "The certificate file is larger than 5 MB, which no certificate bundle needs.",
        ),
    ],
    ids=["pkcs12", "inspect", "trust-add"],
)
def test_oversized_credential_and_certificate_files_are_refused_by_length(
    tmp_case, open_as, size: int, call, sentence: str
) -> None:  # type: ignore[no-untyped-def]
    data = b"-----BEGIN CERTIFICATE-----\n" + b"A" * size
    with open_as(tmp_case.path, "Sam") as services:
        entries = _audit_count(services)
        started = time.perf_counter()
        with pytest.raises(ServiceError) as refused:
            call(services, data)
        assert time.perf_counter() - started < 0.5
        assert str(refused.value) == sentence
        assert _audit_count(services) == entries


def test_an_almanac_csv_over_its_limit_is_refused_whole_and_writes_nothing(tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    row = "Anne Dupont,BE-FEDPOL," + "x" * 400 + "\r\n"
    data = ("name,agency,notes\r\n" + row * (6 * 1024 * 1024 // len(row))).encode()
    with open_as(tmp_case.path, "Sam") as services:
        entries = _audit_count(services)
        started = time.perf_counter()
        report = services.almanac.import_csv(data)
        assert time.perf_counter() - started < 0.5
        assert (report.added, report.updated) == (0, 0)
        assert [str(error.message) for error in report.errors] == [
            "The file is larger than 5 MB and was not read."
        ]
        assert _audit_count(services) == entries
