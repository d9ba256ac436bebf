"""The sentences of the layers without Qt reach the user in their language, and stay English elsewhere.

The services, the vault and the exchange layer raise `Sentence` errors and report `Said` lines: an
English template with named values (desktop/sentences.py). `scripts/translations.py update`
extracts the templates into `resources/i18n/sentences_<language>.ts`; the GUI translates them
with `desktop.ui.sentences.tell`. These tests hold the catalogue complete and in step with the
code, the placeholders intact, and show a real refusal in French and Dutch.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree

from desktop.models.enums import RequestStatus
from desktop.sentences import CONTEXT, Said, Sentence, said
from desktop.services.errors import FourEyesViolation, IllegalTransition, InvalidInput, ServiceError
from desktop.vault.errors import VaultError, WrongSecret

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402 - the project's own script, found through the path above

COMPLETE = ("fr", "nl")
FIELD = re.compile(r"\{[^{}]*\}")


def _catalogue(code: str) -> dict[str, tuple[str, bool]]:
    """source → (translation, finished) of `sentences_<code>.ts`."""
    path = ROOT / "resources" / "i18n" / f"sentences_{code}.ts"
    result: dict[str, tuple[str, bool]] = {}
    root = ElementTree.parse(path).getroot()
    assert [name.text for name in root.iter("name")] == [CONTEXT]
    for message in root.iter("message"):
        node = message.find("translation")
        text = (node.text or "") if node is not None else ""
        finished = node is not None and node.get("type") is None and bool(text.strip())
        result[message.findtext("source") or ""] = (text, finished)
    return result


# --- the extraction -------------------------------------------------------------------------


def test_no_sentence_is_composed_on_the_spot() -> None:
    """An f-string, `+` or str() given to a Sentence cannot be translated: each place is listed."""
    assert translations.composed_sentences() == []


def test_the_extraction_finds_the_classes_and_their_templates() -> None:
    classes = translations.sentence_classes()
    assert {"ServiceError", "FourEyesViolation", "VaultError", "WrongSecret", "ContainerError"} <= classes
    templates = translations.sentences()
    assert len(templates) > 300
    assert all(isinstance(text, str) and text.strip() for text in templates)
    assert len(set(templates)) == len(templates)


def test_the_extraction_flags_a_composed_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    layer = tmp_path / "desktop" / "services"
    layer.mkdir(parents=True)
    (layer / "bad.py").write_text(
        "from desktop.sentences import Sentence\n"
        "class Refusal(Sentence):\n    pass\n"
        "def f(name):\n"
        "    raise Refusal(f'No {name}.')\n"
        "def g(name):\n"
        "    raise Refusal('No {name}.', name=name)\n"
        "def h(error):\n"
        "    raise Refusal(str(error))\n"
    )
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    monkeypatch.setattr(translations, "SENTENCE_LAYERS", ("services",))
    assert translations.composed_sentences() == ["desktop/services/bad.py:5", "desktop/services/bad.py:9"]
    assert translations.sentences() == ["No {name}."]


# --- the catalogues -------------------------------------------------------------------------


@pytest.mark.parametrize("code", COMPLETE)
def test_every_sentence_is_translated(code: str) -> None:
    catalogue = _catalogue(code)
    templates = translations.sentences()
    missing = [text for text in templates if not catalogue.get(text, ("", False))[1]]
    assert not missing, (
        f"{len(missing)} sentences untranslated in {code} (run scripts/translations.py update): "
        + "; ".join(repr(text) for text in missing[:20])
    )
    stale = sorted(set(catalogue) - set(templates))
    assert not stale, f"{len(stale)} sentences in sentences_{code}.ts left the code: {stale[:10]}"


@pytest.mark.parametrize("code", (*COMPLETE, "de"))
def test_translated_sentences_keep_their_placeholders(code: str) -> None:
    for source, (text, finished) in _catalogue(code).items():
        if finished:
            assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(source)), (code, source, text)


# --- Sentence and Said ----------------------------------------------------------------------


def test_a_sentence_is_english_for_the_cli_and_keeps_its_parts() -> None:
    error = InvalidInput("There is no case {reference!r}.", reference="BE-2026-0001")
    assert str(error) == "There is no case 'BE-2026-0001'."
    assert error.template == "There is no case {reference!r}."
    assert error.values == {"reference": "BE-2026-0001"}
    assert isinstance(error, ServiceError) and isinstance(error, Sentence)
    assert (
        str(InvalidInput("Braces {stay} when there are no values."))
        == "Braces {stay} when there are no values."
    )


def test_retold_keeps_template_and_values_across_layers() -> None:
    lower = WrongSecret("The passphrase of {member} is wrong.", member="Marc")
    upper = InvalidInput.retold(lower)
    assert isinstance(upper, InvalidInput) and not isinstance(upper, VaultError)
    assert (upper.template, upper.values, str(upper)) == (lower.template, lower.values, str(lower))
    assert str(InvalidInput.retold(OSError("disk full"))) == "disk full"
    assert InvalidInput.retold(said("Sent to {agency}.", agency="KLPD")).values == {"agency": "KLPD"}


def test_said_is_a_value() -> None:
    line = said("Signed by {signer} at {time:%H:%M}.", signer="Marc", time=__import__("datetime").time(9, 5))
    assert str(line) == "Signed by Marc at 09:05."
    assert line == Said("Signed by {signer} at {time:%H:%M}.", line.values)


# --- in the user's language -----------------------------------------------------------------


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    """Install a language for one test, back to English afterwards."""
    from desktop.ui import i18n

    translations.build()
    switcher = i18n.LanguageSwitcher()
    yield switcher.install
    switcher.install("en")


@pytest.mark.parametrize("code", COMPLETE)
def test_a_real_four_eyes_refusal_is_told_in_the_users_language(code: str, language, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.sentences import tell

    refusal = _four_eyes_refusal(tmp_path)
    assert isinstance(refusal, FourEyesViolation)
    english = str(refusal)
    assert tell(refusal) == english  # English before a catalogue is installed
    assert language(code)
    told = tell(refusal)
    translation = _catalogue(code)[refusal.template][0]
    assert told == translation.format(**refusal.values)
    assert told != english


@pytest.mark.parametrize("code", COMPLETE)
def test_enum_values_are_told_by_their_label(code: str, language) -> None:  # type: ignore[no-untyped-def]
    """A status in a sentence is shown as the interface shows it, not as it is stored."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.sentences import tell

    refusal = IllegalTransition(
        "A request in status {status} cannot be changed.", status=RequestStatus.APPROVED
    )
    assert str(refusal) == "A request in status approved cannot be changed."  # the CLI: the stored value
    assert tell(refusal) == "A request in status Approved cannot be changed."
    assert language(code)
    label = QCoreApplication.translate("Labels", "Approved")
    assert label != "Approved"
    assert label in tell(refusal)


def test_a_translation_that_does_not_fit_falls_back_to_english(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A translator's slip ({nmae}) never loses the sentence: the English one is shown."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.ui.sentences import tell

    source = "There is no member named {name!r}."
    ts = tmp_path / "slip.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">\n'
        f"<context><name>{CONTEXT}</name><message><source>{source}</source>"
        "<translation>Aucun membre nommé {nmae!r}.</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "slip.qm"
    subprocess.run([translations._tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        error = InvalidInput(source, name="Marc")
        assert QCoreApplication.translate(CONTEXT, source) == "Aucun membre nommé {nmae!r}."
        assert tell(error) == "There is no member named 'Marc'."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_tell_leaves_plain_text_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.sentences import tell

    assert tell("Already a sentence.") == "Already a sentence."
    assert tell(ValueError("x")) == "x"


def _four_eyes_refusal(tmp_path: Path) -> Exception:
    """Marc files and submits a request, then tries to approve it himself: the service refuses."""
    from datetime import UTC, datetime, timedelta

    from desktop.models.enums import RequestKind, Role
    from desktop.services.casefile import create_case_file
    from desktop.services.facade import Services
    from desktop.services.requests import NewRequest
    from desktop.vault import KdfParams

    case_file, _code = create_case_file(
        tmp_path / "four-eyes.casedesk",
        member_name="Marc",
        role=Role.SUPERVISOR,
        passphrase="marc passphrase",
        agency_code="BE-FEDPOL-CGI",
        kdf=KdfParams.minimum(),
    )
    try:
        requests = Services(case_file).requests
        reference = requests.create(
            NewRequest(
                kind=RequestKind.INFORMATION_REQUEST,
                partner_code="NL-POLITIE-LIMBURG",
                legal_basis="dir-2023-977:4",
                events_on=datetime.now(UTC) - timedelta(days=1),
                title="Keeper of a grey Audi",
                body="Who keeps the car?",
                form_values={
                    "information_requested": "Registered keeper",
                    "purpose": "Identify the suspects",
                    "reasons": "The vehicle was used in a robbery",
                },
            )
        ).reference
        requests.submit(reference)
        try:
            requests.approve(reference)
        except FourEyesViolation as error:
            return error
    finally:
        case_file.close()
    raise AssertionError("the service approved its filer's own request")
