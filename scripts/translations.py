"""Keep the interface's translations in step with the code.

    python scripts/translations.py update   # refresh resources/i18n/*.ts from desktop/ui (lupdate)
    python scripts/translations.py build    # compile the .ts into .qm (lrelease); run by ./dev

The `.ts` files are the sources translators edit (Qt Linguist, `pyside6-linguist`); the `.qm`
files are build output and are not committed. `update` keeps existing translations and drops
strings that left the code, so a review of the .ts diff shows exactly what changed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "nl", "de")


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "desktop" / "ui").rglob("*.py"))


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        target = I18N / f"casedesk_{code}.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                code,
                "-ts",
                str(target.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def build() -> None:
    for ts in sorted(I18N.glob("casedesk_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        update()
    elif argv[1:] == ["build"]:
        build()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
