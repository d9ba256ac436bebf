"""The members page of the create-case-file dialog: the first member, and optionally more.

Every member gets their own passphrase, typed twice. The passphrases stay in this page only
until the dialog hands them to the worker, then `clear()` drops them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Role
from desktop.services.session_start import NewMember
from desktop.ui.i18n import arg
from desktop.ui.labels import choices, label_of
from desktop.ui.welcome.passphrase import PassphrasePair
from desktop.ui.widgets import error_label

MANAGER_ROLES = (Role.ADMINISTRATOR.value, Role.SUPERVISOR.value)


def _role_combo(accessible_name: str, default: Role) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for text, value in choices(Role):
        combo.addItem(text, value)
    combo.setCurrentIndex(combo.findData(default.value))
    return combo


class MembersPage(QWidget):
    """Who may open the new case file (GUI thread)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._others: list[NewMember] = []
        intro = QLabel(
            self.tr(
                "You are the first member. Other members can be added now or later; "
                "each opens the case file with their own passphrase."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("firstMemberName")
        self.name.setAccessibleName(self.tr("Your name"))
        self.role = _role_combo(self.tr("Your role"), Role.SUPERVISOR)
        self.passphrase = PassphrasePair(
            first_name=self.tr("Your passphrase"), repeat_name=self.tr("Repeat your passphrase")
        )
        first = QFormLayout()
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.name)
        role_label = QLabel(self.tr("Your &role:"))
        role_label.setBuddy(self.role)
        first.addRow(name_label, self.name)
        first.addRow(role_label, self.role)

        self.other_name = QLineEdit()
        self.other_name.setObjectName("otherMemberName")
        self.other_name.setAccessibleName(self.tr("Name of another member"))
        self.other_role = _role_combo(self.tr("Role of another member"), Role.DUTY_OFFICER)
        self.other_passphrase = PassphrasePair(
            first_name=self.tr("Passphrase of the other member"),
            repeat_name=self.tr("Repeat the other member's passphrase"),
        )
        self.add_button = QPushButton(self.tr("&Add this member"))
        self.add_button.setAccessibleName(self.tr("Add this member"))
        self.add_button.clicked.connect(self.add_other)
        self.others = QListWidget()
        self.others.setObjectName("otherMembers")
        self.others.setAccessibleName(self.tr("Other members"))
        self.others.setMaximumHeight(90)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected member"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.others.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.error = error_label("membersError", self.tr("Members error"))
        other_form = QFormLayout()
        other_name_label = QLabel(self.tr("Na&me:"))
        other_name_label.setBuddy(self.other_name)
        other_role_label = QLabel(self.tr("Ro&le:"))
        other_role_label.setBuddy(self.other_role)
        other_form.addRow(other_name_label, self.other_name)
        other_form.addRow(other_role_label, self.other_role)
        group = QGroupBox(self.tr("Other members (optional)"))
        group_layout = QVBoxLayout(group)
        group_layout.addLayout(other_form)
        group_layout.addWidget(self.other_passphrase)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        group_layout.addLayout(row)
        group_layout.addWidget(self.others)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(first)
        layout.addWidget(self.passphrase)
        layout.addWidget(group)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for before, after in (
            (self.name, self.role),
            (self.role, self.passphrase.first),
            (self.passphrase.first, self.passphrase.second),
            (self.passphrase.second, self.other_name),
            (self.other_name, self.other_role),
            (self.other_role, self.other_passphrase.first),
            (self.other_passphrase.first, self.other_passphrase.second),
            (self.other_passphrase.second, self.add_button),
            (self.add_button, self.others),
            (self.others, self.remove_button),
        ):
            self.setTabOrder(before, after)

    def _names(self) -> list[str]:
        return [self.name.text().strip(), *(m.name for m in self._others)]

    def add_other(self) -> None:
        name = self.other_name.text().strip()
        if not name:
            self.error.setText(self.tr("Give the other member a name."))
            return
        if name in self._names():
            self.error.setText(arg(self.tr("There is already a member named %1."), name))
            return
        if not self.other_passphrase.check():
            self.error.clear()
            return
        member = NewMember(name, str(self.other_role.currentData()), self.other_passphrase.value())
        self._others.append(member)
        item = QListWidgetItem(arg(self.tr("%1 (%2)"), name, label_of(Role, member.role)))
        item.setData(Qt.ItemDataRole.UserRole, name)
        self.others.addItem(item)
        self.other_name.clear()
        self.other_passphrase.clear()
        self.error.clear()
        self.other_name.setFocus()

    def remove_selected(self) -> None:
        row = self.others.currentRow()
        if row < 0:
            return
        item = self.others.takeItem(row)
        name = item.data(Qt.ItemDataRole.UserRole)
        self._others = [m for m in self._others if m.name != name]

    def check(self) -> bool:
        """Show the first problem on the page; True when the members can be created."""
        name = self.name.text().strip()
        if not name:
            self.error.setText(self.tr("Type your name: you are the case file's first member."))
            self.name.setFocus()
            return False
        if not self.passphrase.check():
            self.error.clear()
            self.passphrase.first.setFocus()
            return False
        if name in (m.name for m in self._others):
            self.error.setText(arg(self.tr("There is already a member named %1."), name))
            return False
        if self._others and self.role.currentData() not in MANAGER_ROLES:
            self.error.setText(
                self.tr(
                    "Only an administrator or a supervisor can add the other members: "
                    "choose one of those roles for yourself, or add the others later."
                )
            )
            return False
        if self.other_name.text().strip() or self.other_passphrase.value():
            self.error.setText(
                self.tr("Add the other member you started typing, or clear their name and passphrase.")
            )
            return False
        self.error.clear()
        return True

    def members(self) -> list[NewMember]:
        """Everyone to create, the first member first."""
        first = NewMember(self.name.text().strip(), str(self.role.currentData()), self.passphrase.value())
        return [first, *self._others]

    def conceal(self) -> None:
        """Mask every passphrase field again (the page's passphrases have been checked and used)."""
        self.passphrase.conceal()
        self.other_passphrase.conceal()

    def clear_secrets(self) -> None:
        """Drop every passphrase this page holds (the case file was created with them)."""
        self.passphrase.clear()
        self.other_passphrase.clear()
        self._others = []
        self.others.clear()
