"""The user's interface preferences, each declared once: key, default, type, description.

    store = SettingsStore()                       # QSettings("Benelux Case Desk", "casedesk")
    minutes = store.get(AUTO_LOCK_MINUTES)        # an int in 1..60, 10 unless changed
    store.set(THEME, "dark")                      # validated; ValueError if not a known theme

QSettings holds UI preferences ONLY — language, appearance, when to lock, how long the clipboard
keeps a copy. Nothing of a case file (names, references, paths of case data), no passphrase and no
key ever goes there: those stay in the encrypted case file or the OS keyring. The store refuses
any key that is not declared in SETTINGS, and the migration drops undeclared keys it finds.

Values are read leniently (a hand-edited or damaged file gives the default, never an exception)
and written strictly (a wrong value is refused). The file carries SETTINGS_VERSION; `migrate`
upgrades older files step by step and leaves files of a newer version untouched.

GUI thread only (QSettings is not shared across threads here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Signal

from desktop.ui.i18n import system_language, translate

T = TypeVar("T")

ORGANISATION = "Benelux Case Desk"
APPLICATION = "casedesk"
SETTINGS_VERSION = 2
VERSION_KEY = "settings_version"

INTERFACE_LANGUAGES = ("en", "fr", "nl")
"""Languages the whole interface is translated into (German covers the welcome screen only)."""


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: its QSettings key, default, Python type and what it means (for people)."""

    key: str
    default: T
    type: type
    description: str  # marked with QT_TRANSLATE_NOOP("Settings", …); translated when shown
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def describe(self) -> str:
        """The description in the current interface language."""
        return translate("Settings", self.description)

    def validate(self, value: object) -> T:
        """`value` if this setting accepts it; ValueError naming the setting otherwise."""
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(f"{self.key} must be a whole number")
        if self.type is bool and not isinstance(value, bool):
            raise ValueError(f"{self.key} must be true or false")
        if self.type is str and not isinstance(value, str):
            raise ValueError(f"{self.key} must be text")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key} must be one of {', '.join(map(str, self.choices))}")
        if self.minimum is not None and value < self.minimum:  # type: ignore[operator]
            raise ValueError(f"{self.key} must be at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:  # type: ignore[operator]
            raise ValueError(f"{self.key} must be at most {self.maximum}")
        return value  # type: ignore[return-value]

    def read(self, raw: object) -> T:
        """What QSettings returned (text in an INI file, typed in the registry) as a valid value;
        ValueError if it is not one."""
        try:
            return self.validate(_coerce(raw, self.type))
        except TypeError:
            raise ValueError(f"{self.key} has a value of the wrong kind") from None

    def parse(self, raw: object) -> T:
        """Like `read`, but the default when the value is missing or not valid."""
        if raw is None:
            return self.default
        try:
            return self.read(raw)
        except ValueError:
            return self.default


def _coerce(raw: object, kind: type) -> object:
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().casefold()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise ValueError(text)
    if kind is int:
        if isinstance(raw, bool):
            raise ValueError(raw)
        return raw if isinstance(raw, int) else int(str(raw).strip())
    return raw if isinstance(raw, str) else str(raw)


LANGUAGE: Setting[str] = Setting(
    "language",
    "system",
    str,
    QT_TRANSLATE_NOOP("Settings", "Language of the interface; the system's language if it is one of them."),
    choices=("system", *INTERFACE_LANGUAGES),
)
# The two security delays live in the user's own, unprotected settings file: their bounds are
# floors a hand-edited file cannot lower (an invalid value reads as the default). A case file
# always locks after at most an hour without input, and a copy leaves the clipboard within two
# minutes.
AUTO_LOCK_MINUTES: Setting[int] = Setting(
    "auto_lock_minutes",
    10,
    int,
    QT_TRANSLATE_NOOP("Settings", "Lock the case file after this many minutes without input."),
    minimum=1,
    maximum=60,
)
LOCK_ON_SESSION_LOCK: Setting[bool] = Setting(
    "lock_on_session_lock",
    True,
    bool,
    QT_TRANSLATE_NOOP("Settings", "Lock the case file when the computer's session is locked."),
)
CLIPBOARD_CLEAR_SECONDS: Setting[int] = Setting(
    "clipboard_clear_seconds",
    30,
    int,
    QT_TRANSLATE_NOOP("Settings", "Clear copied text from the clipboard after this many seconds."),
    minimum=5,
    maximum=120,
)
THEME: Setting[str] = Setting(
    "theme",
    "system",
    str,
    QT_TRANSLATE_NOOP("Settings", "Light or dark appearance, or the system's."),
    choices=("system", "light", "dark"),
)

SETTINGS: tuple[Setting[Any], ...] = (
    LANGUAGE,
    AUTO_LOCK_MINUTES,
    LOCK_ON_SESSION_LOCK,
    CLIPBOARD_CLEAR_SECONDS,
    THEME,
)
BY_KEY: dict[str, Setting[Any]] = {setting.key: setting for setting in SETTINGS}
DECLARED_KEYS = frozenset({VERSION_KEY, *BY_KEY})
"""Every key this version may write to the settings file."""


def effective_language(value: str) -> str:
    """The catalogue to install for the LANGUAGE setting `value` ("system" asks the OS)."""
    if value != "system":
        return value
    code = system_language()
    return code if code in INTERFACE_LANGUAGES else "en"


# -- migration ---------------------------------------------------------------------------------


_VERSION_1_BOUNDS = {AUTO_LOCK_MINUTES.key: (0, 240), CLIPBOARD_CLEAR_SECONDS.key: (5, 600)}
"""What version 1 accepted for the delays; a step validates with the rules of its own version."""


def _from_unversioned(settings: QSettings) -> None:
    """0 → 1: a file written before the registry. Keep declared keys with valid values; a language
    stored as a locale ("fr_BE") becomes its language; anything else goes (it may be anything, and
    this file holds UI preferences only)."""
    language = settings.value(LANGUAGE.key)
    if isinstance(language, str) and "_" in language:
        settings.setValue(LANGUAGE.key, language.split("_", 1)[0].casefold())
    for key in settings.allKeys():
        setting = BY_KEY.get(key)
        if setting is None:
            if key != VERSION_KEY:
                settings.remove(key)
            continue
        if key in _VERSION_1_BOUNDS:
            low, high = _VERSION_1_BOUNDS[key]
            setting = replace(setting, minimum=low, maximum=high)
        try:
            setting.read(settings.value(key))
        except ValueError:
            settings.remove(key)  # not valid: the default applies, and the file says nothing


def _bounded_delays(settings: QSettings) -> None:
    """1 → 2: auto-lock must lock (1–60 min) and the clipboard clear within 2 min (5–120 s).
    "Never" (0) becomes the default 10 minutes (the key goes); a longer delay becomes the longest
    one allowed, the closest to what the person chose."""
    for setting, never_to_default in ((AUTO_LOCK_MINUTES, True), (CLIPBOARD_CLEAR_SECONDS, False)):
        raw = settings.value(setting.key)
        if raw is None:
            continue
        try:
            value = _coerce(raw, int)
        except ValueError:
            continue  # not a number: read as the default anyway
        assert isinstance(value, int) and setting.maximum is not None
        if value == 0 and never_to_default:
            settings.remove(setting.key)
        elif value > setting.maximum:
            settings.setValue(setting.key, setting.maximum)


MIGRATIONS: dict[int, Callable[[QSettings], None]] = {0: _from_unversioned, 1: _bounded_delays}
"""version → the step that brings a file of that version to the next one."""


def stored_version(settings: QSettings) -> int:
    raw = settings.value(VERSION_KEY)
    try:
        return max(0, int(str(raw))) if raw is not None else 0
    except ValueError:
        return 0


def migrate(settings: QSettings) -> int:
    """Bring `settings` up to SETTINGS_VERSION; returns the version it was at.

    A file of a newer version (written by a later release) is left as it is: this release reads
    the keys it knows and ignores the rest.
    """
    found = stored_version(settings)
    if found > SETTINGS_VERSION:
        return found
    for version in range(found, SETTINGS_VERSION):
        MIGRATIONS[version](settings)
    if found != SETTINGS_VERSION or settings.value(VERSION_KEY) is None:
        settings.setValue(VERSION_KEY, SETTINGS_VERSION)
        settings.sync()
    return found


def default_qsettings() -> QSettings:
    """The per-user settings file of the app (an INI file on Linux, the registry on Windows)."""
    return QSettings(ORGANISATION, APPLICATION)


class SettingsStore(QObject):
    """Reads and writes the declared settings on one QSettings (GUI thread).

    Pass a QSettings to use another file (tests use an INI file in a temporary folder).
    """

    sig_changed = Signal(str, object)  # key, new value

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else default_qsettings()
        self.migrated_from = migrate(self._settings)

    @property
    def qsettings(self) -> QSettings:
        return self._settings

    def get(self, setting: Setting[T]) -> T:
        """The stored value of `setting`, or its default."""
        return self._declared(setting).parse(self._settings.value(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        """Store `value` (ValueError if `setting` does not accept it); emits sig_changed if it changed."""
        declared = self._declared(setting)
        declared.validate(value)
        if self.get(declared) == value and self._settings.contains(declared.key):
            return
        self._settings.setValue(declared.key, value)
        self._settings.sync()
        self.sig_changed.emit(declared.key, value)

    def reset(self, setting: Setting[Any]) -> None:
        """Back to the default (the key leaves the file)."""
        declared = self._declared(setting)
        before = self.get(declared)
        self._settings.remove(declared.key)
        self._settings.sync()
        if before != declared.default:
            self.sig_changed.emit(declared.key, declared.default)

    def values(self) -> dict[str, Any]:
        """Every declared setting's current value by key."""
        return {setting.key: self.get(setting) for setting in SETTINGS}

    @staticmethod
    def _declared(setting: Setting[T]) -> Setting[T]:
        if BY_KEY.get(setting.key) is not setting:
            raise KeyError(f"{setting.key} is not a declared setting")
        return setting
