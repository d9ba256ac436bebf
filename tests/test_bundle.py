"""The PyInstaller bundle (installer/casedesk.spec) builds and passes its own self-check.

`casedesk --self-check` (desktop/self_check.py) opens a fresh demo case file, signs and verifies
packages, renders a PDF with PDFium and draws every page of the main window offscreen: run inside
the built bundle, it fails on anything the spec forgot (a data file, a Qt plugin, a module only
one screen imports). The build takes about a minute, once per session.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    build = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
            "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
            str(ROOT / "installer" / "casedesk.spec"),
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False, env=_env(),
    )  # fmt: skip
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    folder = work / "dist" / "casedesk"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nbundle: {folder} {size / 1e6:.1f} MB")  # the closing note's figure (pytest -s)
    return folder


def _run(program: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=300, check=False, env=_env()
    )


def test_the_bundle_reports_the_projects_one_version(bundle: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    run = _run(bundle / "casedesk", "--version")
    assert (run.returncode, run.stdout) == (0, f"casedesk {version}\n"), run.stderr


def test_the_bundle_passes_its_self_check(bundle: Path) -> None:
    run = _run(bundle / "casedesk", "--self-check")
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[1:-1]] == [
        "ok   Qt",
        "ok   resources",
        "ok   case file",
        "ok   packages",
        "ok   window",
    ]
    assert "_internal" in lines[2], "the resources were read from inside the bundle"
    assert "11 pages drawn" in lines[5] and "Vue d'ensemble" in lines[5]
    assert lines[-1].startswith("Result: OK in ")


def test_the_bundle_holds_both_programs_and_no_unused_qt(bundle: Path) -> None:
    assert (bundle / "casedesk-gui").is_file() and os.access(bundle / "casedesk-gui", os.X_OK)
    names = {path.name for path in bundle.rglob("*")}
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Sql.so.6", "libqvnc.so", "libqeglfs.so"):
        assert unused not in names
    assert not list(bundle.rglob("*.ts")), "translation sources stay out; the .qm go in"
    assert {"casedesk_fr.qm", "casedesk_nl.qm", "casedesk_de.qm", "qtbase_fr.qm"} <= names


def test_a_bundle_missing_a_resource_fails_its_self_check(bundle: Path, tmp_path: Path) -> None:
    broken = tmp_path / "casedesk"
    shutil.copytree(bundle, broken, symlinks=True)
    (broken / "_internal" / "resources" / "i18n" / "casedesk_nl.qm").unlink()
    run = _run(broken / "casedesk", "--self-check")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "FAIL resources: translation catalogues missing: nl" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr
