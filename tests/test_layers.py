"""The import rules of the three layers, checked on the source (no module is imported to check it).

models and services never import Qt; the UI never imports sqlalchemy or the models' internals;
the vault never imports services or Qt.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


RULES = [
    ("models", ("PySide6", "PyQt", "desktop.services", "desktop.ui", "desktop.cli")),
    ("services", ("PySide6", "PyQt", "desktop.ui", "desktop.cli")),
    ("vault", ("PySide6", "PyQt", "desktop.services", "desktop.ui", "desktop.cli", "desktop.models")),
    ("migrations", ("PySide6", "desktop.services", "desktop.ui")),
    ("cli", ("PySide6", "desktop.ui")),
    ("ui", ("sqlalchemy", "sqlcipher3", "desktop.models", "desktop.vault", "alembic")),
]
# The closed vocabularies are plain enums the UI may show and pick from; no ORM comes with them.
ALLOWED = {"desktop.models.enums"}


@pytest.mark.parametrize(("package", "banned"), RULES, ids=[r[0] for r in RULES])
def test_layer_import_rules(package: str, banned: tuple[str, ...]) -> None:
    modules = _modules(package)
    assert modules, f"desktop/{package} has no modules"
    violations = [
        f"{path.relative_to(ROOT.parent)} imports {name}"
        for path in modules
        for name in sorted(_imports(path))
        if name not in ALLOWED and any(name == b or name.startswith(b + ".") for b in banned)
    ]
    assert violations == []


def test_the_rule_itself_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from sqlalchemy.orm import Session\nimport PySide6.QtWidgets\n")
    assert {"sqlalchemy.orm", "PySide6.QtWidgets"} <= _imports(bad)


def test_services_and_cli_start_without_loading_qt() -> None:
    """Not only no direct import: loading the services and the CLI pulls no Qt module in at all
    (the PDF writer is injected by the front end and imported only when a package is made)."""
    import subprocess
    import sys

    probe = (
        "import sys, desktop.services.facade, desktop.services.demo_packages, desktop.cli.main;"
        "desktop.cli.main.build_parser();"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')));"
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
