"""Shared fixtures: real, temporary SQLCipher case files with three members, and helpers to open them.

A case file is created once per test session (the "template": Sam supervisor and creator, Anna
duty officer, Sue supervisor, all at the minimum Argon2id cost) and copied into each test's own
tmp_path. A bundle is self-contained, so a copy opens like the original; copies share the
template's file_id, which no test relies on being unique.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import settings

from desktop.models.enums import Role
from desktop.services.casefile import create_case_file, open_case_file
from desktop.services.facade import Services
from desktop.vault import KdfParams

# CI runs the property tests with a fixed seed and no example database: a run is then
# reproducible from its log, and a submission cannot fail on a draw nobody can replay. Locally
# they keep exploring new inputs each run.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Fixtures shared by several GUI test modules (`ui`, `with_files` of the Cases page).
pytest_plugins = ["tests.gui_cases_harness", "tests.gui_dashboard_harness"]

OWN_AGENCY = "BE-FEDPOL"
PASSPHRASES: Mapping[str, str] = MappingProxyType(
    {
        "Sam": "sam correct horse 1",
        "Anna": "anna battery staple 2",
        "Sue": "sue tr0ub4dor 3",
    }
)
ROLES: Mapping[str, Role] = MappingProxyType(
    {"Sam": Role.SUPERVISOR, "Anna": Role.DUTY_OFFICER, "Sue": Role.SUPERVISOR}
)


@dataclass(frozen=True)
class CaseFixture:
    """A closed case file on disk and everything needed to reopen it as anyone."""

    path: Path
    recovery_code: str
    passphrases: Mapping[str, str]
    roles: Mapping[str, Role]
    file_id: str
    own_agency: str = OWN_AGENCY

    def passphrase(self, name: str) -> str:
        return self.passphrases[name]


@contextmanager
def _open_as(path: Path, name: str, passphrase: str | None = None) -> Iterator[Services]:
    """Open the case file as member `name`, yield its Services, close on exit (even on error)."""
    case_file = open_case_file(path, passphrase if passphrase is not None else PASSPHRASES[name], member=name)
    try:
        yield Services(case_file)
    finally:
        case_file.close()


def _snapshot(root: Path) -> dict[str, str]:
    """Every file and folder under root (recursive, hidden ones too) → SHA-256 of its bytes ('<dir>')."""
    result: dict[str, str] = {}
    for item in sorted(root.rglob("*")):
        relative = item.relative_to(root).as_posix()
        if item.is_dir():
            result[relative + "/"] = "<dir>"
        else:
            result[relative] = hashlib.sha256(item.read_bytes()).hexdigest()
    return result


@pytest.fixture(scope="session")
def _case_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("template") / "template.casedesk"
    kdf = KdfParams.minimum()
    case_file, code = create_case_file(
        path,
        member_name="Sam",
        role=ROLES["Sam"],
        passphrase=PASSPHRASES["Sam"],
        agency_code=OWN_AGENCY,
        kdf=kdf,
    )
    try:
        services = Services(case_file)
        for name in ("Anna", "Sue"):
            services.members.add(name, ROLES[name], PASSPHRASES[name], agency_code=OWN_AGENCY, kdf=kdf)
    finally:
        case_file.close()
    leftovers = {p.name for p in path.iterdir()} - {
        "case.db",
        "keyslots.json",
        "keyslots.bak.json",
        ".lock",
        "backups",
    }
    assert not leftovers, f"the closed template still has {leftovers}"
    return path, code


@pytest.fixture(scope="session")
def case_copy(_case_template: tuple[Path, str]) -> Callable[[Path, str], CaseFixture]:
    """`case_copy(directory, name)` → a fresh copy of the three-member case file at directory/name.casedesk
    (for module-scoped fixtures that build a richer file once)."""
    template, code = _case_template

    def make(directory: Path, name: str = "case") -> CaseFixture:
        target = directory / f"{name}.casedesk"
        shutil.copytree(template, target)
        file_id = json.loads((target / "keyslots.json").read_text())["file_id"]
        return CaseFixture(target, code, PASSPHRASES, ROLES, file_id)

    return make


@pytest.fixture
def tmp_case_factory(
    tmp_path: Path, case_copy: Callable[[Path, str], CaseFixture]
) -> Callable[[str], CaseFixture]:
    """Call with a name to get another independent copy of the three-member case file."""

    def make(name: str = "case") -> CaseFixture:
        return case_copy(tmp_path, name)

    return make


@pytest.fixture
def tmp_case(tmp_case_factory: Callable[[str], CaseFixture]) -> CaseFixture:
    """A closed case file in this test's tmp_path: Sam (supervisor), Anna (duty officer), Sue (supervisor)."""
    return tmp_case_factory("case")


@pytest.fixture(scope="session")
def open_as() -> Callable[..., AbstractContextManager[Services]]:
    """`with open_as(path, "Anna") as services:` (passphrase optional) — closes the file on exit."""
    return _open_as


@pytest.fixture(scope="session")
def snapshot() -> Callable[[Path], dict[str, str]]:
    """`snapshot(bundle)` → {relative path: sha256} of every file under it, for byte-for-byte comparisons."""
    return _snapshot


@pytest.fixture(scope="session")
def exchange(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The session's exchange-ready case file (credentials imported, partners pinned): copy before use."""
    from tests.packages_fixtures import exchange_template

    return exchange_template(tmp_path_factory)


@pytest.fixture(autouse=True)
def _collect_cycles_between_tests() -> Iterator[None]:
    """Once a GUI test made a worker, automatic garbage collection is off for the session
    (desktop/ui/gc_guard.py) and only the GUI thread's timer collects, which runs only while a
    test spins the event loop. Between tests the same threshold check runs here, on the main
    thread, so the many tests that never spin a loop do not pile up cycles."""
    yield
    from desktop.ui import gc_guard

    if gc_guard._collector is not None:
        gc_guard._collector.check()
