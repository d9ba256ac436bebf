"""Settings: the typed registry on a real INI file, and the Settings page clicked through.

The quick-unlock section is attached to a real case file on a real database worker
(tests/gui_page_harness.py) with a real Secret Service where `./dev test` provides one.
`quick_unlock_status` below answers the page's question with the vault's own keyring functions:
it is what `MemberService.quick_unlock_status()` should do (the UI may not import the vault).
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService, fail
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from desktop.services.facade import Services
from desktop.services.session_api import audit_status
from desktop.ui.settings import SettingsPage
from desktop.ui.settings.registry import (
    AUTO_LOCK_MINUTES,
    CLIPBOARD_CLEAR_SECONDS,
    DECLARED_KEYS,
    LANGUAGE,
    LOCK_ON_SESSION_LOCK,
    SETTINGS,
    SETTINGS_VERSION,
    THEME,
    VERSION_KEY,
    Setting,
    SettingsStore,
    effective_language,
    migrate,
)
from desktop.vault import device as device_keyring
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness

SECRET_SERVICE = os.environ.get("CASEDESK_TEST_SECRET_SERVICE") == "1"
needs_secret_service = pytest.mark.skipif(
    not SECRET_SERVICE,
    reason="needs gnome-keyring on a session bus (./dev test sets CASEDESK_TEST_SECRET_SERVICE=1)",
)


def _ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def _ini_keys(path: Path) -> dict[str, str]:
    """Every key the INI file holds, read with configparser (not QSettings): what is on disk."""
    parser = configparser.RawConfigParser()
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return {
        (key if section == "General" else f"{section}/{key}"): value
        for section in parser.sections()
        for key, value in parser.items(section)
    }


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "casedesk.ini"


@pytest.fixture
def store(ini: Path) -> SettingsStore:
    return SettingsStore(_ini(ini))


# -- the registry ------------------------------------------------------------------------------


def test_defaults_and_types_on_a_fresh_file(store: SettingsStore, ini: Path) -> None:
    assert store.values() == {
        "language": "system",
        "auto_lock_minutes": 10,
        "lock_on_session_lock": True,
        "clipboard_clear_seconds": 30,
        "theme": "system",
    }
    for setting in SETTINGS:
        assert isinstance(store.get(setting), setting.type)
        assert setting.describe().endswith(".")
    # A fresh file gets the version and nothing else: defaults are not written.
    assert _ini_keys(ini) == {VERSION_KEY: str(SETTINGS_VERSION)}
    assert store.migrated_from == 0


def test_values_survive_a_new_store_with_their_types(store: SettingsStore, ini: Path) -> None:
    store.set(AUTO_LOCK_MINUTES, 1)
    store.set(LOCK_ON_SESSION_LOCK, False)
    store.set(CLIPBOARD_CLEAR_SECONDS, 45)
    store.set(THEME, "dark")
    store.set(LANGUAGE, "nl")
    again = SettingsStore(_ini(ini))
    assert again.values() == {
        "language": "nl",
        "auto_lock_minutes": 1,
        "lock_on_session_lock": False,
        "clipboard_clear_seconds": 45,
        "theme": "dark",
    }
    assert again.migrated_from == SETTINGS_VERSION


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        (AUTO_LOCK_MINUTES, 61),
        (AUTO_LOCK_MINUTES, 0),  # "never" is no longer a choice
        (AUTO_LOCK_MINUTES, -1),
        (AUTO_LOCK_MINUTES, "10"),
        (AUTO_LOCK_MINUTES, True),
        (CLIPBOARD_CLEAR_SECONDS, 4),
        (CLIPBOARD_CLEAR_SECONDS, 121),
        (LOCK_ON_SESSION_LOCK, 1),
        (THEME, "blue"),
        (LANGUAGE, "de"),
        (LANGUAGE, None),
    ],
)
def test_wrong_values_are_refused_and_nothing_is_written(
    store: SettingsStore, ini: Path, setting: Setting[object], value: object
) -> None:
    before = _ini_keys(ini)
    with pytest.raises(ValueError, match=setting.key):
        store.set(setting, value)
    assert _ini_keys(ini) == before
    assert store.get(setting) == setting.default


def test_an_undeclared_setting_is_refused(store: SettingsStore, ini: Path) -> None:
    stray = Setting("last_case_file", "", str, "Where the last case file was")
    with pytest.raises(KeyError):
        store.set(stray, "/home/anna/secret.casedesk")
    with pytest.raises(KeyError):
        store.get(stray)
    # Same key as a declared one, but not the declared object: still refused.
    with pytest.raises(KeyError):
        store.set(Setting("theme", "system", str, "x", choices=("system", "light", "dark")), "dark")
    assert "last_case_file" not in _ini_keys(ini)


def test_hand_edited_nonsense_reads_as_the_defaults(ini: Path) -> None:
    ini.write_text(
        f"[General]\nsettings_version={SETTINGS_VERSION}\nauto_lock_minutes=soon\nlock_on_session_lock=maybe\n"
        "clipboard_clear_seconds=99999\ntheme=purple\nlanguage=xx\n",
        encoding="utf-8",
    )
    store = SettingsStore(_ini(ini))
    assert store.values() == {setting.key: setting.default for setting in SETTINGS}


def test_changes_are_signalled_once(store: SettingsStore, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, object]] = []
    store.sig_changed.connect(lambda key, value: seen.append((key, value)))
    store.set(THEME, "light")
    store.set(THEME, "light")  # no change, no signal
    store.reset(THEME)
    store.reset(THEME)
    assert seen == [("theme", "light"), ("theme", "system")]


def test_migration_from_an_unversioned_file(ini: Path) -> None:
    ini.write_text(
        "[General]\nlanguage=fr_BE\nauto_lock_minutes=abc\nclipboard_clear_seconds=20\n"
        "last_case=/home/anna/JIT-2026.casedesk\nrecent_member=Anna\n"
        "[window]\ngeometry=@ByteArray(xyz)\n",
        encoding="utf-8",
    )
    settings = _ini(ini)
    assert migrate(settings) == 0
    settings.sync()
    assert _ini_keys(ini) == {
        "language": "fr",
        "clipboard_clear_seconds": "20",
        VERSION_KEY: str(SETTINGS_VERSION),
    }
    store = SettingsStore(_ini(ini))
    assert store.migrated_from == SETTINGS_VERSION
    assert store.get(LANGUAGE) == "fr"
    assert store.get(AUTO_LOCK_MINUTES) == 10
    assert store.get(CLIPBOARD_CLEAR_SECONDS) == 20


@pytest.mark.parametrize(
    ("version", "stored", "expected"),
    [
        # Version 1 allowed auto-lock 0 (never) to 240 min and the clipboard 5 to 600 s.
        ("1", ("0", "600"), (10, 120)),
        ("1", ("240", "121"), (60, 120)),
        ("1", ("61", "120"), (60, 120)),
        ("1", ("60", "5"), (60, 5)),
        ("1", ("1", "30"), (1, 30)),
        (None, ("0", "600"), (10, 120)),  # an unversioned file goes through both steps
        (None, ("240", "45"), (60, 45)),
        ("1", ("soon", "later"), (10, 30)),  # nonsense stays nonsense: the defaults
    ],
)
def test_migration_bounds_the_security_delays(
    ini: Path, version: str | None, stored: tuple[str, str], expected: tuple[int, int]
) -> None:
    lines = ["[General]", f"auto_lock_minutes={stored[0]}", f"clipboard_clear_seconds={stored[1]}"]
    if version is not None:
        lines.append(f"settings_version={version}")
    ini.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = SettingsStore(_ini(ini))
    assert store.migrated_from == (int(version) if version else 0)
    assert (store.get(AUTO_LOCK_MINUTES), store.get(CLIPBOARD_CLEAR_SECONDS)) == expected
    on_disk = _ini_keys(ini)
    assert on_disk[VERSION_KEY] == str(SETTINGS_VERSION) == "2"
    if stored[0] == "0":
        assert "auto_lock_minutes" not in on_disk  # "never" is gone; the default applies
    again = SettingsStore(_ini(ini))
    assert again.migrated_from == SETTINGS_VERSION and again.values() == store.values()


def test_the_security_delays_have_floors() -> None:
    assert (AUTO_LOCK_MINUTES.minimum, AUTO_LOCK_MINUTES.maximum, AUTO_LOCK_MINUTES.default) == (1, 60, 10)
    assert (CLIPBOARD_CLEAR_SECONDS.minimum, CLIPBOARD_CLEAR_SECONDS.maximum) == (5, 120)
    assert CLIPBOARD_CLEAR_SECONDS.default == 30
    assert "never" not in AUTO_LOCK_MINUTES.description.lower()


def test_a_file_of_a_newer_version_is_left_alone(ini: Path) -> None:
    text = "[General]\nsettings_version=7\ntheme=dark\nfuture_option=on\n"
    ini.write_text(text, encoding="utf-8")
    store = SettingsStore(_ini(ini))
    assert store.migrated_from == 7
    assert store.get(THEME) == "dark"
    assert _ini_keys(ini) == {"settings_version": "7", "theme": "dark", "future_option": "on"}


def test_effective_language() -> None:
    assert effective_language("nl") == "nl"
    assert effective_language("system") in ("en", "fr", "nl")


# -- the page ----------------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, store: SettingsStore) -> SettingsPage:  # type: ignore[no-untyped-def]
    widget = SettingsPage(store)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(qtbot, combo, data: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry of a combo box with the keyboard, as a user without a mouse would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentData() == data


def _type_number(qtbot, spin, value: int) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_the_page_shows_the_stored_values(qtbot, ini: Path) -> None:  # type: ignore[no-untyped-def]
    first = SettingsStore(_ini(ini))
    first.set(THEME, "dark")
    first.set(AUTO_LOCK_MINUTES, 45)
    first.set(LOCK_ON_SESSION_LOCK, False)
    first.set(CLIPBOARD_CLEAR_SECONDS, 90)
    first.set(LANGUAGE, "fr")
    page = SettingsPage(SettingsStore(_ini(ini)))
    qtbot.addWidget(page)
    assert page.theme_combo.currentData() == "dark"
    assert page.language_combo.currentData() == "fr"
    assert page.language_combo.currentText() == "Français"
    assert page.auto_lock_spin.value() == 45
    assert not page.session_lock_check.isChecked()
    assert page.clipboard_spin.value() == 90


def test_each_control_emits_its_signal_and_persists(qtbot, page: SettingsPage, ini: Path) -> None:  # type: ignore[no-untyped-def]
    emitted: dict[str, list[object]] = {}
    for name in (
        "sig_theme_changed",
        "sig_language_changed",
        "sig_auto_lock_changed",
        "sig_lock_on_session_lock_changed",
        "sig_clipboard_seconds_changed",
    ):
        getattr(page, name).connect(lambda value, name=name: emitted.setdefault(name, []).append(value))
    # Live: every step of the keyboard through the list applies at once.
    _choose(qtbot, page.theme_combo, "dark")
    assert emitted.pop("sig_theme_changed") == ["light", "dark"]
    _choose(qtbot, page.language_combo, "nl")
    assert emitted.pop("sig_language_changed") == ["en", "fr", "nl"]
    _choose(qtbot, page.language_combo, "system")
    assert emitted.pop("sig_language_changed")[-1] == effective_language("system")
    _type_number(qtbot, page.auto_lock_spin, 25)
    page.session_lock_check.setFocus()
    qtbot.keyClick(page.session_lock_check, Qt.Key.Key_Space)
    _type_number(qtbot, page.clipboard_spin, 12)
    assert emitted == {
        "sig_auto_lock_changed": [25],
        "sig_lock_on_session_lock_changed": [False],
        "sig_clipboard_seconds_changed": [12],
    }

    assert SettingsStore(_ini(ini)).values() == {
        "language": "system",
        "auto_lock_minutes": 25,
        "lock_on_session_lock": False,
        "clipboard_clear_seconds": 12,
        "theme": "dark",
    }


def test_typing_a_delay_stores_only_the_final_value(qtbot, page: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    emitted: list[int] = []
    page.sig_auto_lock_changed.connect(emitted.append)
    _type_number(qtbot, page.auto_lock_spin, 45)
    assert emitted == [45]
    assert page.store.get(AUTO_LOCK_MINUTES) == 45


def test_a_delay_out_of_range_is_clamped_by_the_control(qtbot, page: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    _type_number(qtbot, page.clipboard_spin, 1)  # below the 5 s minimum: the box refuses it
    assert page.store.get(CLIPBOARD_CLEAR_SECONDS) == page.clipboard_spin.value() >= 5


def test_the_controls_take_their_ranges_from_the_registry(qtbot, page: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    spins = ((page.auto_lock_spin, AUTO_LOCK_MINUTES), (page.clipboard_spin, CLIPBOARD_CLEAR_SECONDS))
    for spin, setting in spins:
        assert (spin.minimum(), spin.maximum()) == (setting.minimum, setting.maximum)
    _type_number(qtbot, page.auto_lock_spin, 0)  # "never" cannot be typed
    _type_number(qtbot, page.auto_lock_spin, 999)
    _type_number(qtbot, page.clipboard_spin, 999)
    assert 1 <= page.store.get(AUTO_LOCK_MINUTES) <= 60
    assert 5 <= page.store.get(CLIPBOARD_CLEAR_SECONDS) <= 120


def test_one_minute_reads_as_one_minute_not_never(qtbot, page: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    page.store.set(AUTO_LOCK_MINUTES, 1)
    again = SettingsPage(page.store)
    qtbot.addWidget(again)
    assert again.auto_lock_spin.value() == 1
    assert again.auto_lock_spin.text() != "Never"


def test_after_every_setting_the_file_holds_only_declared_keys(qtbot, page: SettingsPage, ini: Path) -> None:  # type: ignore[no-untyped-def]
    for theme in ("light", "dark", "system"):
        _choose(qtbot, page.theme_combo, theme)
    for language in ("fr", "nl", "en"):
        _choose(qtbot, page.language_combo, language)
    _type_number(qtbot, page.auto_lock_spin, 1)
    _type_number(qtbot, page.auto_lock_spin, 60)
    qtbot.keyClick(page.session_lock_check, Qt.Key.Key_Space)
    _type_number(qtbot, page.clipboard_spin, 120)
    for setting in SETTINGS:
        page.store.reset(setting)
        page.store.set(setting, setting.default)
    keys = set(_ini_keys(ini))
    assert keys == DECLARED_KEYS


def test_controls_are_named_for_screen_readers(page: SettingsPage) -> None:
    for widget in (
        page.language_combo,
        page.theme_combo,
        page.auto_lock_spin,
        page.session_lock_check,
        page.clipboard_spin,
        page.quick_unlock.forget_button,
    ):
        assert widget.accessibleName(), widget.objectName()
    assert page.language_caption.buddy() is page.language_combo
    assert page.auto_lock_caption.buddy() is page.auto_lock_spin


# -- quick unlock ------------------------------------------------------------------------------


def quick_unlock_status(svc: Services):  # type: ignore[no-untyped-def]
    return svc.members.quick_unlock_status()


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def _attached(qtbot, store: SettingsStore, tmp_case, member: str = "Anna"):  # type: ignore[no-untyped-def]
    page = SettingsPage(store, quick_unlock=quick_unlock_status)
    qtbot.addWidget(page)
    page.show()
    harness = PageHarness(qtbot, tmp_case.path, member, tmp_case.passphrase(member))
    harness.attach(page)
    return page, harness


def _device_slots(harness: PageHarness) -> list[tuple[str, str | None]]:
    return harness.call(
        lambda s: [
            (slot.label, slot.member_uid) for slot in s.case_file.vault.slots() if slot.kind == "device"
        ]
    )


@needs_secret_service
def test_forget_this_device(
    qtbot, store: SettingsStore, tmp_case, open_as, restore_keyring, ini: Path
) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(SecretService.Keyring())
    with open_as(tmp_case.path, "Anna") as services:
        slot_id = services.members.remember_on_device("Anna's laptop")
        # Another device of Anna's: its secret is in another computer's keyring, not this one.
        elsewhere = services.members.remember_on_device("Anna's desktop")
    device_keyring.forget_device_secret(tmp_case.file_id, elsewhere)

    page, harness = _attached(qtbot, store, tmp_case)
    box = page.quick_unlock
    try:
        qtbot.waitUntil(lambda: box.status is not None, timeout=WAIT)
        assert box.status.remembered == ((slot_id, "Anna's laptop"),)
        assert "Anna's laptop" in box.status_label.text()
        assert "Anna's desktop" not in box.status_label.text()
        assert box.forget_button.isEnabled()

        qtbot.mouseClick(box.forget_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: box.status is not None and not box.status.remembered, timeout=WAIT)
        assert box.status_label.text() == "Forgotten: this device asks for your passphrase again."
        assert not box.forget_button.isEnabled()
        assert box.error_label.text() == ""
        assert harness.changes and harness.changes[-1].audit
        assert device_keyring.load_device_secret(tmp_case.file_id, slot_id) is None
        # Only this device's slot went; the other device keeps its own.
        assert [label for label, _uid in _device_slots(harness)] == ["Anna's desktop"]
        recent = harness.call(lambda s: audit_status(s.case_file, limit=5).recent)
        assert "member.quick_unlock_disabled" in [action for _seq, _at, _who, action, _e, _id in recent]
    finally:
        harness.close()
    # Nothing of the case file went into the preferences.
    text = ini.read_text(encoding="utf-8")
    for needle in ("Anna", tmp_case.path.name, tmp_case.file_id, slot_id):
        assert needle not in text


@needs_secret_service
def test_forgetting_a_slot_that_is_already_gone_says_so(
    qtbot, store, tmp_case, open_as, restore_keyring
) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(SecretService.Keyring())
    with open_as(tmp_case.path, "Anna") as services:
        slot_id = services.members.remember_on_device("Anna's laptop")
    page, harness = _attached(qtbot, store, tmp_case)
    box = page.quick_unlock
    try:
        qtbot.waitUntil(lambda: box.status is not None and bool(box.status.remembered), timeout=WAIT)
        # Meanwhile the slot is forgotten through the services (another window, the CLI).
        harness.call(lambda s: s.members.forget_device(slot_id))
        qtbot.mouseClick(box.forget_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: box.error_label.text() != "", timeout=WAIT)
        assert box.error_label.text() == "There is no such quick-unlock slot in this case file."
    finally:
        harness.close()


@needs_secret_service
def test_nothing_remembered_here(qtbot, store, tmp_case, restore_keyring) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(SecretService.Keyring())
    page, harness = _attached(qtbot, store, tmp_case)
    box = page.quick_unlock
    try:
        qtbot.waitUntil(lambda: box.status is not None, timeout=WAIT)
        assert box.status_label.text() == (
            "This device does not remember you for this case file: it asks for your passphrase."
        )
        assert not box.forget_button.isEnabled()
    finally:
        harness.close()


def test_without_a_secure_keyring_the_page_says_so(qtbot, store, tmp_case, restore_keyring) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(fail.Keyring())
    page, harness = _attached(qtbot, store, tmp_case)
    box = page.quick_unlock
    try:
        qtbot.waitUntil(lambda: box.status is not None, timeout=WAIT)
        assert box.status.keyring_problem
        assert box.status_label.text().startswith("No secure system keyring is available on this computer")
        assert not box.forget_button.isEnabled()
    finally:
        harness.close()


def test_locking_clears_the_quick_unlock_section(qtbot, store, tmp_case, restore_keyring) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(fail.Keyring())
    page, harness = _attached(qtbot, store, tmp_case)
    box = page.quick_unlock
    try:
        qtbot.waitUntil(lambda: box.status is not None, timeout=WAIT)
        page.store.set(THEME, "dark")
        page.detach()
        assert box.status is None
        assert box.status_label.text() == "Unlock a case file to see whether this device remembers you."
        assert not box.forget_button.isEnabled()
        assert page.theme_combo.currentData() == "dark"  # preferences are not case data: they stay
    finally:
        harness.close()


def test_every_shortcut_letter_is_used_once(page: SettingsPage) -> None:
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    texts += [box.title() for box in page.findChildren(QGroupBox)]
    letters = [text[text.index("&") + 1].casefold() for text in texts if "&" in text]
    assert len(letters) == 6
    assert len(set(letters)) == len(letters), letters
