"""Keep the interface's translations in step with the code.

    python scripts/translations.py update   # refresh resources/i18n/*.ts from the code
    python scripts/translations.py build    # compile the .ts into .qm (lrelease); run by ./dev

Two catalogues per language, compiled into one `.qm`:
- `casedesk_<code>.ts`: the interface's strings, extracted from desktop/ui by lupdate;
- `sentences_<code>.ts`: the sentences the layers without Qt (services, vault, exchange) refuse
  or report with, extracted here from the source (see desktop/sentences.py): every literal
  template given to a `Sentence` class, to `said(...)` or to `template(...)`.

The `.ts` files are the sources translators edit (Qt Linguist, `pyside6-linguist`); the `.qm`
files are build output and are not committed. `update` keeps existing translations and drops
strings that left the code, so a review of the .ts diff shows exactly what changed.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "nl", "de")
SENTENCE_LAYERS = ("services", "vault", "exchange")
SENTENCES_CONTEXT = "Sentences"  # desktop.sentences.CONTEXT (not imported: this script runs without the app)
_MARKERS = {"said", "Said", "template"}


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "desktop" / "ui").rglob("*.py"))


def _sentence_modules() -> list[Path]:
    return sorted(path for layer in SENTENCE_LAYERS for path in (ROOT / "desktop" / layer).rglob("*.py"))


def _trees() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for path in _sentence_modules()
    ]


def sentence_classes(trees: list[tuple[Path, ast.Module]] | None = None) -> set[str]:
    """Names of the classes that derive from desktop.sentences.Sentence, found in the source."""
    classes = {"Sentence"}
    definitions = [
        (
            node.name,
            {base.id if isinstance(base, ast.Name) else getattr(base, "attr", "") for base in node.bases},
        )
        for _, tree in trees or _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]
    grown = True
    while grown:
        grown = False
        for name, bases in definitions:
            if name not in classes and bases & classes:
                classes.add(name)
                grown = True
    return classes


def _sentence_calls(trees: list[tuple[Path, ast.Module]]) -> list[tuple[Path, ast.Call]]:
    """Every call that takes a template first: a Sentence class, said(), Said() or template()."""
    names = sentence_classes(trees) | _MARKERS
    calls = []
    for path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = (
                    func.id
                    if isinstance(func, ast.Name)
                    else func.attr
                    if isinstance(func, ast.Attribute)
                    else ""
                )
                if name in names and not isinstance(node.args[0], ast.Starred):
                    calls.append((path, node))
    return calls


def sentences() -> list[str]:
    """The templates of the layers below the interface, in the order they first appear."""
    found: dict[str, None] = {}
    for _, call in _sentence_calls(_trees()):
        first = call.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.setdefault(first.value, None)
    return list(found)


def composed_sentences() -> list[str]:
    """Places that give a Sentence a text made on the spot (f-string, +, %, .format or str()):
    such a text cannot be translated, so it is a defect; tests/test_translations.py lists them."""
    found = []
    for path, call in _sentence_calls(_trees()):
        first = call.args[0]
        composed = isinstance(first, ast.JoinedStr | ast.BinOp) or (
            isinstance(first, ast.Call)
            and (
                (isinstance(first.func, ast.Name) and first.func.id in {"str", "repr"})
                or (isinstance(first.func, ast.Attribute) and first.func.attr in {"format", "join"})
            )
        )
        if composed:
            found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    return found


def _existing(ts: Path) -> dict[str, str]:
    """source → finished translation of a sentences catalogue (empty if there is none yet)."""
    if not ts.exists():
        return {}
    kept = {}
    for message in ElementTree.parse(ts).getroot().iter("message"):
        node = message.find("translation")
        if node is not None and node.text and node.get("type") not in ("unfinished", "vanished", "obsolete"):
            kept[message.findtext("source") or ""] = node.text
    return kept


def write_sentences(code: str, templates: list[str]) -> Path:
    """Write `sentences_<code>.ts` in lupdate's layout, keeping the translations already made."""
    target = I18N / f"sentences_{code}.ts"
    kept = _existing(target)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{code}">',
        "<context>",
        f"    <name>{SENTENCES_CONTEXT}</name>",
    ]
    for source in templates:
        lines += ["    <message>", f"        <source>{escape(source)}</source>"]
        if source in kept:
            lines.append(f"        <translation>{escape(kept[source])}</translation>")
        else:
            lines.append('        <translation type="unfinished"></translation>')
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    target.write_text("\n".join(lines), encoding="utf-8")
    return target


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    templates = sentences()
    for code in LANGUAGES:
        write_sentences(code, templates)
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
        sources = [
            ts,
            *[path for path in [ts.with_name(ts.name.replace("casedesk_", "sentences_"))] if path.exists()],
        ]
        if qm.exists() and all(qm.stat().st_mtime >= source.stat().st_mtime for source in sources):
            continue
        subprocess.run([_tool("lrelease"), "-silent", *map(str, sources), "-qm", str(qm)], check=True)


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
