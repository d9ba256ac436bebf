"""Build hook: the wheel carries the top-level `resources/` as `desktop/resources`.

Everything else about the package is declared in pyproject.toml. The design keeps `resources/`
beside `desktop/` (the source tree and the PyInstaller bundle read it there); an installed wheel
has no "beside", so `build_py` copies the tree into the package, where `desktop.RESOURCES_DIR`
looks first. The translation catalogues (.qm) are build output of the committed .ts sources: they
are compiled here when the build environment has Qt's lrelease (`python -m build --no-isolation`
from the project's venv, or an sdist that already holds them); a wheel without them is refused
rather than shipped half-translated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
LANGUAGES = ("fr", "nl", "de")
SKIPPED = ("*.ts",)  # translation sources: the .qm catalogues are what the application reads


def _ensure_translations() -> None:
    missing = [code for code in LANGUAGES if not (RESOURCES / "i18n" / f"casedesk_{code}.qm").is_file()]
    if not missing:
        return
    script = ROOT / "scripts" / "translations.py"
    if script.is_file():
        subprocess.run([sys.executable, str(script), "build"], check=False, cwd=ROOT)
    missing = [code for code in LANGUAGES if not (RESOURCES / "i18n" / f"casedesk_{code}.qm").is_file()]
    if missing:
        raise SystemExit(
            "The translation catalogues are not built (" + ", ".join(missing) + "): run "
            "`python scripts/translations.py build` in the project's venv, or build with "
            "`python -m build --no-isolation` from it."
        )


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the source tree's resources/ in place
        _ensure_translations()
        target = Path(self.build_lib) / "desktop" / "resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns(*SKIPPED))


setup(cmdclass={"build_py": BuildWithResources})
