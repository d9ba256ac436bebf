"""The French and Dutch catalogues are complete and in step with the code; placeholders survive.

`scripts/translations.py update` extracts the marked strings from desktop/ui with lupdate; here
the same extraction runs into a temporary file, so a string added to the code without a French
and Dutch translation fails the build, naming the string. German covers the welcome screen only.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402 - the project's own script, found through the path above

COMPLETE = ("fr", "nl")
WELCOME_CONTEXTS = (
    "WelcomeWidget",
    "CreateCaseFileDialog",
    "MembersPage",
    "PassphrasePair",
    "RecoveryCodePanel",
    "Choosers",
    "UnlockWidget",
)
PLACEHOLDER = re.compile(r"%\d")
COUNT = re.compile(r"%L?n")  # the count of a plural (numerus) message
MNEMONIC = re.compile(r"&(?=[^&\s])")


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) → (translation, finished) for every message of a .ts file.

    A plural message (numerus="yes") has one <numerusform> per plural form of the language: its
    translation is those forms joined by newlines, finished only if every form is filled in.
    """
    result: dict[tuple[str, str], tuple[str, bool]] = {}
    root = ElementTree.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            forms = [form.text or "" for form in node.iter("numerusform")] if node is not None else []
            if message.get("numerus") == "yes":
                text = "\n".join(forms)
                filled = bool(forms) and all(form.strip() for form in forms)
            else:
                text = (node.text or "") if node is not None else ""
                filled = bool(text.strip())
            finished = node is not None and node.get("type") not in ("unfinished", "vanished", "obsolete")
            result[(name, source)] = (text, finished and filled)
    return result


def _plural(ts: Path) -> set[tuple[str, str]]:
    """The (context, source) of the plural messages of a .ts file."""
    root = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in the code right now."""
    target = tmp_path_factory.mktemp("lupdate") / "extract.ts"
    subprocess.run(
        [translations._tool("lupdate"), *translations.sources(), "-locations", "none", "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return set(_messages(target))


@pytest.mark.parametrize("code", COMPLETE)
def test_every_string_of_the_interface_is_translated(code: str, extracted: set[tuple[str, str]]) -> None:
    catalogue = _messages(ROOT / "resources" / "i18n" / f"casedesk_{code}.ts")
    missing = sorted(key for key in extracted if not catalogue.get(key, ("", False))[1])
    assert not missing, (
        f"{len(missing)} untranslated in {code} (run scripts/translations.py update): "
        + "; ".join(f"{context}: {source!r}" for context, source in missing[:25])
    )


def test_german_covers_the_welcome_screen(extracted: set[tuple[str, str]]) -> None:
    catalogue = _messages(ROOT / "resources" / "i18n" / "casedesk_de.ts")
    welcome = [key for key in extracted if key[0] in WELCOME_CONTEXTS]
    assert welcome, "the welcome screen has no marked strings"
    missing = sorted(key for key in welcome if not catalogue.get(key, ("", False))[1])
    assert not missing, f"untranslated in German: {missing[:25]}"


@pytest.mark.parametrize("code", (*COMPLETE, "de"))
def test_translations_keep_placeholders_and_mnemonics(code: str) -> None:
    for (context, source), (text, finished) in _messages(
        ROOT / "resources" / "i18n" / f"casedesk_{code}.ts"
    ).items():
        if not finished:
            continue
        # Every plural form of a numerus message keeps every placeholder and the count.
        for form in text.split("\n") if COUNT.search(source) else [text]:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                code,
                context,
                source,
                form,
            )
            assert sorted(COUNT.findall(form)) == sorted(COUNT.findall(source)), (code, context, source, form)
        # A keyboard shortcut in the English label needs one in the translation, and only one.
        assert len(MNEMONIC.findall(text)) == len(MNEMONIC.findall(source)), (code, context, source, text)


@pytest.mark.parametrize("code", COMPLETE)
def test_plural_messages_have_each_plural_form_of_the_language(code: str) -> None:
    """French and Dutch have two plural forms each: a numerus message gives both, different or not."""
    ts = ROOT / "resources" / "i18n" / f"casedesk_{code}.ts"
    messages = _messages(ts)
    plural = _plural(ts)
    assert plural, "no plural message: counts would be English-only again"
    for key in plural:
        text, finished = messages[key]
        if finished:
            assert len(text.split("\n")) == 2, (code, key, text)


def test_a_plural_message_reads_right_in_english_french_and_dutch(qapp) -> None:  # type: ignore[no-untyped-def]
    """English takes its forms from the source ("(s)"); French puts 0 and 1 in the singular, Dutch 1 only."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n

    translations.build()

    def cases(n: int) -> str:
        return i18n.plural(QCoreApplication.translate("CasesPage", "%Ln case(s)", "", n), n)

    switcher = i18n.LanguageSwitcher()
    try:
        assert switcher.install("en")
        assert [cases(n) for n in (0, 1, 2, 12345)] == ["0 cases", "1 case", "2 cases", "12,345 cases"]
        assert switcher.install("fr")
        assert [cases(n) for n in (0, 1, 2)] == ["0 dossier", "1 dossier", "2 dossiers"]
        assert cases(12345).replace("\u202f", " ").replace("\xa0", " ") == "12 345 dossiers"
        assert switcher.install("nl")
        assert [cases(n) for n in (0, 1, 2, 12345)] == [
            "0 dossiers",
            "1 dossier",
            "2 dossiers",
            "12.345 dossiers",
        ]
    finally:
        switcher.install("en")


@pytest.mark.parametrize("code", COMPLETE)
def test_a_compiled_catalogue_switches_the_interface(code: str, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n

    if (
        shutil.which(translations._tool("lrelease")) is None
        and not Path(translations._tool("lrelease")).exists()
    ):
        pytest.fail("pyside6-lrelease is missing from the venv")
    translations.build()
    switcher = i18n.LanguageSwitcher()
    try:
        assert switcher.install(code)
        english = "Requests"
        shown = QCoreApplication.translate("MainWindow", english)
        expected = _messages(ROOT / "resources" / "i18n" / f"casedesk_{code}.ts")[("MainWindow", english)][0]
        assert shown == expected and shown != english
    finally:
        switcher.install("en")
    assert QCoreApplication.translate("MainWindow", "Requests") == "Requests"


def test_tr_is_only_called_with_literals() -> None:
    """lupdate sees only literal strings: `self.tr(variable)` would stay English forever."""
    import ast

    offenders = []
    for name in translations.sources():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and not (
                    node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                )
            ):
                offenders.append(f"{name}:{node.lineno}")
    assert not offenders, "tr() with a non-literal (use QT_TRANSLATE_NOOP + translate): " + ", ".join(
        offenders
    )


@pytest.mark.parametrize(("code", "cancel"), [("fr", "Annuler"), ("nl", "Annuleren")])
def test_qts_own_buttons_follow_the_language(code: str, cancel: str, qapp) -> None:  # type: ignore[no-untyped-def]
    """Standard buttons (OK, Cancel, Close) come from Qt's own catalogues, installed alongside ours."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui import i18n

    translations.build()
    switcher = i18n.LanguageSwitcher()
    try:
        assert switcher.install(code)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    finally:
        switcher.install("en")
