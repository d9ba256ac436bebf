"""`python -m build` makes an sdist and a wheel that carry every resource, and the wheel installs
into a fresh venv where `casedesk --version` and `casedesk demo` work.

The build runs on a copy of exactly what the sdist is made from (MANIFEST.in and pyproject), so
the test cannot pass on a file that only the working tree has. `--no-isolation` uses this venv's
setuptools and Qt tools (setup.py compiles the .qm there when they are missing); the fresh venv
then installs the wheel's dependencies from the package index, as a user's pip would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow
SOURCES = (
    "pyproject.toml",
    "setup.py",
    "MANIFEST.in",
    "README.md",
    "desktop",
    "resources",
    "scripts/translations.py",
)


def _copy_sources(target: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    env.pop("PYTHONPATH", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("build")
    source = _copy_sources(work / "src")
    run = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(work / "dist"), str(source)],
        capture_output=True, text=True, timeout=600, check=False, env=_env(),
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    [wheel] = (work / "dist").glob("*.whl")
    [sdist] = (work / "dist").glob("*.tar.gz")
    return wheel, sdist


def _version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_the_wheel_and_sdist_carry_every_resource(built: tuple[Path, Path]) -> None:
    wheel, sdist = built
    assert wheel.name == f"benelux_case_desk-{_version()}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    shipped = {
        f"desktop/resources/{path.relative_to(ROOT / 'resources').as_posix()}"
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix not in {".ts", ".qm"}
    }
    assert shipped and shipped <= names, sorted(shipped - names)[:5]
    for code in ("fr", "nl", "de"):
        assert f"desktop/resources/i18n/casedesk_{code}.qm" in names
    revisions = {p.name for p in (ROOT / "desktop" / "migrations" / "versions").glob("*.py")}
    assert {f"desktop/migrations/versions/{name}" for name in revisions} <= names
    assert "desktop/self_check.py" in names and not any(n.startswith("tests/") for n in names)
    with tarfile.open(sdist) as archive:
        members = {m.name.split("/", 1)[1] for m in archive.getmembers() if "/" in m.name}
    assert {"setup.py", "MANIFEST.in", "scripts/translations.py", "resources/i18n/casedesk_fr.ts"} <= members


def test_the_wheel_installs_into_a_fresh_venv_and_runs(built: tuple[Path, Path], tmp_path: Path) -> None:
    wheel, _sdist = built
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    install = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
        capture_output=True, text=True, timeout=900, check=False, env=_env(),
    )  # fmt: skip
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    casedesk = venv / "bin" / "casedesk"
    elsewhere = tmp_path / "elsewhere"  # not the source tree: only the installed package is found
    elsewhere.mkdir()

    def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(casedesk), *args], cwd=elsewhere, capture_output=True, text=True, timeout=300,
            check=False, env={**_env(), **env},
        )  # fmt: skip

    version = run("--version")
    assert (version.returncode, version.stdout) == (0, f"casedesk {_version()}\n"), version.stderr
    demo = run(
        "demo",
        str(elsewhere / "demo.casedesk"),
        "--cases",
        "2",
        "--requests",
        "4",
        CASEDESK_PASSPHRASE="wheel demo",
    )
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert demo.stdout.startswith(f"Demo case file {elsewhere / 'demo.casedesk'}: 2 cases, 4 requests.")
    check = run(
        "check", str(elsewhere / "demo.casedesk"), "--as", "Claire Dubois", CASEDESK_PASSPHRASE="wheel demo"
    )
    assert check.returncode == 0 and check.stdout.splitlines()[-1] == "Result: OK", (
        check.stdout + check.stderr
    )
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import desktop; print(desktop.RESOURCES_DIR)"],
        cwd=elsewhere, capture_output=True, text=True, timeout=60, check=True, env=_env(),
    )  # fmt: skip
    assert where.stdout.strip() == str(
        venv
        / "lib"
        / f"python{sys.version_info.major}.{sys.version_info.minor}"
        / "site-packages"
        / "desktop"
        / "resources"
    )
