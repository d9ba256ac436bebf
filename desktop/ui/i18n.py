"""Languages of the interface: the compiled Qt catalogues and the one placeholder helper.

Strings are marked with `self.tr("…")` in widgets, or `QT_TRANSLATE_NOOP("Context", "…")` for
module constants translated later with `translate("Context", text)`. Placeholders are Qt's
numbered `%1`, `%2`… so a translation may reorder them; `arg` fills them in one pass, so a value
that itself contains "%2" is never substituted again.

The `.ts` sources live in `resources/i18n/`; the `.qm` files beside them are built by the set-up
(`pyside6-lrelease`), never edited or committed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import RESOURCES_DIR

I18N_DIR = RESOURCES_DIR / "i18n"
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("fr", "Français"),
    ("nl", "Nederlands"),
    ("de", "Deutsch"),
)
"""(code, name in its own language); German covers the welcome screen only."""

_PLACEHOLDER = re.compile(r"%(\d)")


def arg(text: str, *values: object) -> str:
    """`text` with %1, %2… replaced by `values` in one pass."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, text)


def number(value: int) -> str:
    """`value` with the digit grouping of the interface's language ("12 345" in French)."""
    return QLocale().toString(value)


def plural(text: str, n: int) -> str:
    """A Qt numerus message, `self.tr("%Ln case(s)", "", n)`, with English's own forms.

    The French and Dutch catalogues hold each language's plural forms (`<numerusform>`). English
    is the source language and has no catalogue, so Qt returns the source with only %n filled in:
    its "(s)" is resolved here, "1 case" / "2 cases". A translated text holds no "(s)".
    """
    return text.replace("(s)", "" if n == 1 else "s")


def separated_list(items: list[str]) -> str:
    """ "a, b and c" in the interface's language (QLocale's own list pattern, "a, b et c")."""
    return QLocale().createSeparatedList(items)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in dict(LANGUAGES) else "en"


_current = "en"


def current_language() -> str:
    """The code of the language the interface is in now (set by `LanguageSwitcher.install`).

    For what the services write in a language (the catalogue's subjects and notes, the agencies'
    names): ask it when the text is needed, so a language switch is followed.
    """
    return _current


class LanguageSwitcher:
    """Installs the catalogue of one language on the application; switching replaces it.

    Qt sends every widget a LanguageChange event when a translator is installed or removed; the
    pages that can retranslate in place do so in `changeEvent`.
    """

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.current = "en"

    def install(self, code: str) -> bool:
        """Switch to `code`; False (and English) if its catalogue is missing."""
        global _current
        app = QCoreApplication.instance()
        if app is None:
            return False
        for installed in self._translators:
            app.removeTranslator(installed)
        self._translators = []
        self.current = _current = "en"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        if code == "en":
            return True
        translator = QTranslator(app)
        if not translator.load(str(I18N_DIR / f"casedesk_{code}.qm")):
            return False
        app.installTranslator(translator)
        self._translators.append(translator)
        # Qt's own strings (OK, Cancel, Yes, the file dialog) from the catalogues PySide6 ships.
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            self._translators.append(qt_own)
        self.current = _current = code
        QLocale.setDefault(QLocale(code))
        return True
