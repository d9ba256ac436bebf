"""The Settings page: language, appearance, locking and the clipboard, applied as they change.

Each control writes its setting through the `SettingsStore` at once and emits a `sig_*` signal
saying what the user wants; the window applies it (installs the language, the theme, the new
auto-lock delay). The page reaches into nothing else. Below, the "Quick unlock on this device"
section asks the open case file (through an Op) and can forget this device.

GUI thread only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import LANGUAGES
from desktop.ui.operations import ServicesWorker
from desktop.ui.page import Page
from desktop.ui.settings.quick_unlock import Probe, QuickUnlockBox
from desktop.ui.settings.registry import (
    AUTO_LOCK_MINUTES,
    CLIPBOARD_CLEAR_SECONDS,
    LANGUAGE,
    LOCK_ON_SESSION_LOCK,
    THEME,
    Setting,
    SettingsStore,
    effective_language,
)

if TYPE_CHECKING:
    from desktop.services.facade import Services
    from desktop.services.members import QuickUnlockStatus

_LANGUAGE_NAMES = dict(LANGUAGES)


def _members_quick_unlock_status(svc: Services) -> QuickUnlockStatus:  # worker thread
    return svc.members.quick_unlock_status()


class SettingsPage(Page):
    """Preferences of this computer's user (QSettings), and quick unlock for the open case file."""

    sig_language_changed = Signal(str)  # the catalogue to install: "en", "fr" or "nl"
    sig_theme_changed = Signal(str)  # "system", "light" or "dark"
    sig_auto_lock_changed = Signal(int)  # minutes (1–60: the registry's range)
    sig_lock_on_session_lock_changed = Signal(bool)
    sig_clipboard_seconds_changed = Signal(int)

    def __init__(
        self, store: SettingsStore, parent: QWidget | None = None, *, quick_unlock: Probe | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self._store = store

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        for code in LANGUAGE.choices:
            self.language_combo.addItem(_LANGUAGE_NAMES.get(code, code), code)
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("theme")
        for name in THEME.choices:
            self.theme_combo.addItem(name, name)
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language_combo)
        self.theme_caption = QLabel()
        self.theme_caption.setBuddy(self.theme_combo)
        self.appearance = QGroupBox()
        appearance = _form(self.appearance)
        appearance.addRow(self.language_caption, self.language_combo)
        appearance.addRow(self.theme_caption, self.theme_combo)

        self.auto_lock_spin = _spin(AUTO_LOCK_MINUTES, "autoLockMinutes")
        self.session_lock_check = QCheckBox()
        self.session_lock_check.setObjectName("lockOnSessionLock")
        self.clipboard_spin = _spin(CLIPBOARD_CLEAR_SECONDS, "clipboardSeconds")
        self.auto_lock_caption = QLabel()
        self.auto_lock_caption.setBuddy(self.auto_lock_spin)
        self.clipboard_caption = QLabel()
        self.clipboard_caption.setBuddy(self.clipboard_spin)
        self.locking = QGroupBox()
        locking = _form(self.locking)
        locking.addRow(self.auto_lock_caption, self.auto_lock_spin)
        locking.addRow(self.session_lock_check)
        locking.addRow(self.clipboard_caption, self.clipboard_spin)

        self.quick_unlock = QuickUnlockBox(quick_unlock or _members_quick_unlock_status)
        self.quick_unlock.sig_forgotten.connect(lambda: self.emit_changes())

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.appearance)
        layout.addWidget(self.locking)
        layout.addWidget(self.quick_unlock)
        layout.addStretch(1)
        for first, second in (
            (self.language_combo, self.theme_combo),
            (self.theme_combo, self.auto_lock_spin),
            (self.auto_lock_spin, self.session_lock_check),
            (self.session_lock_check, self.clipboard_spin),
            (self.clipboard_spin, self.quick_unlock.forget_button),
        ):
            QWidget.setTabOrder(first, second)

        self.load()
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.theme_combo.currentIndexChanged.connect(self._theme_chosen)
        self.auto_lock_spin.valueChanged.connect(self._auto_lock_chosen)
        self.session_lock_check.toggled.connect(self._session_lock_chosen)
        self.clipboard_spin.valueChanged.connect(self._clipboard_chosen)
        store.sig_changed.connect(self._stored)
        self._retranslate()

    @property
    def store(self) -> SettingsStore:
        return self._store

    # -- Page ---------------------------------------------------------------------------------

    def attach(self, worker: ServicesWorker) -> None:
        self._worker = worker
        self.quick_unlock.attach(worker)

    def detach(self) -> None:
        """The preferences stay (they are not case data); quick unlock forgets what it showed."""
        self._worker = None
        self.quick_unlock.detach()

    def refresh(self) -> None:
        self.quick_unlock.refresh()

    # -- the controls -------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored values (without emitting: nothing changed)."""
        for widget, setting in (
            (self.language_combo, LANGUAGE),
            (self.theme_combo, THEME),
        ):
            widget.blockSignals(True)
            widget.setCurrentIndex(max(0, widget.findData(self._store.get(setting))))
            widget.blockSignals(False)
        for spin, setting in (
            (self.auto_lock_spin, AUTO_LOCK_MINUTES),
            (self.clipboard_spin, CLIPBOARD_CLEAR_SECONDS),
        ):
            spin.blockSignals(True)
            spin.setValue(self._store.get(setting))
            spin.blockSignals(False)
        self.session_lock_check.blockSignals(True)
        self.session_lock_check.setChecked(self._store.get(LOCK_ON_SESSION_LOCK))
        self.session_lock_check.blockSignals(False)

    def _stored(self, _key: str, _value: object) -> None:
        """A setting changed, here or elsewhere (another window, the start-up): show it."""
        self.load()

    def _save(self, setting: Setting[Any], value: object) -> bool:
        """Store `value`; False (and the stored value shown again) if it is refused."""
        try:
            self._store.set(setting, value)
        except ValueError:
            self.load()
            return False
        return True

    def _language_chosen(self, _index: int) -> None:
        value = self.language_combo.currentData()
        if self._save(LANGUAGE, value):
            self.sig_language_changed.emit(effective_language(value))

    def _theme_chosen(self, _index: int) -> None:
        value = self.theme_combo.currentData()
        if self._save(THEME, value):
            self.sig_theme_changed.emit(value)

    def _auto_lock_chosen(self, minutes: int) -> None:
        if self._save(AUTO_LOCK_MINUTES, minutes):
            self.sig_auto_lock_changed.emit(minutes)

    def _session_lock_chosen(self, checked: bool) -> None:
        if self._save(LOCK_ON_SESSION_LOCK, checked):
            self.sig_lock_on_session_lock_changed.emit(checked)

    def _clipboard_chosen(self, seconds: int) -> None:
        if self._save(CLIPBOARD_CLEAR_SECONDS, seconds):
            self.sig_clipboard_seconds_changed.emit(seconds)

    # -- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.heading.setAccessibleName(self.tr("Settings"))
        self.appearance.setTitle(self.tr("Language and appearance"))
        self.language_caption.setText(self.tr("&Language:"))
        self.language_combo.setItemText(0, self.tr("Same as the system"))
        self.language_combo.setAccessibleName(self.tr("Language of the interface"))
        self.theme_caption.setText(self.tr("&Appearance:"))
        for index, text in enumerate((self.tr("Same as the system"), self.tr("Light"), self.tr("Dark"))):
            self.theme_combo.setItemText(index, text)
        self.theme_combo.setAccessibleName(self.tr("Light or dark appearance"))
        self.locking.setTitle(self.tr("Locking and the clipboard"))
        self.auto_lock_caption.setText(self.tr("Loc&k after:"))
        self.auto_lock_spin.setSuffix(self.tr(" min without input"))
        self.auto_lock_spin.setAccessibleName(self.tr("Minutes without input before the case file locks"))
        self.session_lock_check.setText(self.tr("Lock when the &computer's session is locked"))
        self.session_lock_check.setAccessibleName(self.tr("Lock when the computer's session is locked"))
        self.clipboard_caption.setText(self.tr("Clear the clip&board after:"))
        self.clipboard_spin.setSuffix(self.tr(" s"))
        self.clipboard_spin.setAccessibleName(self.tr("Seconds before copied text leaves the clipboard"))
        for widget, setting in (
            (self.language_combo, LANGUAGE),
            (self.theme_combo, THEME),
            (self.auto_lock_spin, AUTO_LOCK_MINUTES),
            (self.session_lock_check, LOCK_ON_SESSION_LOCK),
            (self.clipboard_spin, CLIPBOARD_CLEAR_SECONDS),
        ):
            widget.setToolTip(setting.describe())
            widget.setAccessibleDescription(setting.describe())
        self.quick_unlock.retranslate()


def _form(parent: QWidget) -> QFormLayout:
    """A form whose fields keep their natural width instead of spanning a wide window."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def _spin(setting: Setting[int], object_name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(object_name)
    assert setting.minimum is not None and setting.maximum is not None
    spin.setRange(setting.minimum, setting.maximum)
    # Typing "120" must not store 1 and 12 on the way: the value counts on Enter or leaving the box.
    spin.setKeyboardTracking(False)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin
