"""One account in a form: login, name, role and its schools, and the password when it is new;
and the administrator's new password for an account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.roles import MIN_PASSWORD_LENGTH, Role
from eduqa_desktop.services.accounts import (
    AccountFields,
    AccountInfo,
    create_account,
    reset_password,
    update_account,
)
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.ui.accounts.menus import role_name
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.prompts import user_error_text


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


def _problem_label() -> QLabel:
    label = QLabel()
    label.setProperty("role", "problem")
    label.setWordWrap(True)
    return label


class AccountEditor(QDialog):
    """Add an account (`existing` None; the first one can only be an administrator) or change
    one. Save is enabled once the form is complete; a refusal is shown in place."""

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
        *,
        existing: AccountInfo | None = None,
        first: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.existing = existing
        self.saved: AccountInfo | None = None
        self.setWindowTitle(self.tr("Change the account") if existing else self.tr("New account"))
        self.login_edit = QLineEdit(existing.login if existing else "")
        self.login_edit.setReadOnly(existing is not None)
        self.name_edit = QLineEdit(existing.display_name if existing else "")
        self.role_box = QComboBox()
        for role in [Role.ADMINISTRATOR] if first else list(Role):
            self.role_box.addItem(role_name(role), role.value)
        if existing is not None:
            self.role_box.setCurrentIndex(self.role_box.findData(existing.role.value))
        schools = list_schools(context.db)
        self.school_box = QComboBox()
        self.schools_list = QListWidget()
        self.schools_list.setMaximumHeight(140)
        for school in schools:
            self.school_box.addItem(school.name, school.id)
            item = QListWidgetItem(school.name)
            item.setData(Qt.ItemDataRole.UserRole, school.id)
            chosen = existing is not None and school.id in existing.school_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.schools_list.addItem(item)
        if existing is not None and existing.school_id is not None:
            self.school_box.setCurrentIndex(self.school_box.findData(existing.school_id))
        self.password_edit = _password_edit(self.tr("Password"))
        self.repeat_edit = _password_edit(self.tr("The same password again"))
        self.active_box = QCheckBox(self.tr("Active (may log in)"))
        self.active_box.setChecked(existing.active if existing else True)
        self.problem_label = _problem_label()

        self.form = QFormLayout()
        self.form.addRow(self.tr("Login name:"), self.login_edit)
        self.form.addRow(self.tr("Name shown:"), self.name_edit)
        self.form.addRow(self.tr("Role:"), self.role_box)
        self.form.addRow(self.tr("School:"), self.school_box)
        self.form.addRow(self.tr("Schools:"), self.schools_list)
        if existing is None:
            self.form.addRow(self.tr("Password:"), self.password_edit)
            self.form.addRow(self.tr("Again:"), self.repeat_edit)
        else:
            self.form.addRow(self.active_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        for edit in (self.login_edit, self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self._validate)
        self.role_box.currentIndexChanged.connect(self._validate)
        self.schools_list.itemChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(440)

    def role(self) -> Role:
        return Role(self.role_box.currentData())

    def chosen_schools(self) -> tuple[int, ...]:
        items = (self.schools_list.item(i) for i in range(self.schools_list.count()))
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def fields(self) -> AccountFields:
        role = self.role()
        school = self.school_box.currentData()
        return AccountFields(
            login=self.login_edit.text().strip(),
            display_name=self.name_edit.text().strip(),
            role=role,
            school_id=int(school) if role is Role.SCHOOL and school is not None else None,
            school_ids=self.chosen_schools() if role is Role.METHODOLOGIST else (),
            active=self.active_box.isChecked(),
        )

    def _problem(self) -> str:
        """What still keeps the form from being saved, in words ('' when complete)."""
        if not self.login_edit.text().strip():
            return self.tr("Write a login name.")
        role = self.role()
        if role is Role.SCHOOL and self.school_box.currentData() is None:
            return self.tr("Choose the school of this account.")
        if role is Role.METHODOLOGIST and not self.chosen_schools():
            return self.tr("Tick the schools this methodologist or inspector works with.")
        if self.existing is None:
            if len(self.password_edit.text()) < MIN_PASSWORD_LENGTH:
                return self.tr("A password needs at least {count} characters.").format(
                    count=MIN_PASSWORD_LENGTH
                )
            if self.password_edit.text() != self.repeat_edit.text():
                return self.tr("The two passwords are not the same.")
        return ""

    def _validate(self) -> None:
        role = self.role()
        self.form.setRowVisible(self.school_box, role is Role.SCHOOL)
        self.form.setRowVisible(self.schools_list, role is Role.METHODOLOGIST)
        problem = self._problem()
        self.problem_label.setText(problem)
        self.save_button.setEnabled(not problem)

    def _save(self) -> None:
        try:
            if self.existing is None:
                self.saved = create_account(
                    self.context.db, self.fields(), self.password_edit.text()
                )
            else:
                self.saved = update_account(self.context.db, self.existing.id, self.fields())
        except UserError as refusal:
            self.problem_label.setText(user_error_text(refusal))
            return
        self.accept()


class PasswordDialog(QDialog):
    """The administrator sets a new password for an account (and so unlocks it)."""

    def __init__(self, context: UiContext, account: AccountInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.account = account
        self.setWindowTitle(self.tr("New password for “{login}”").format(login=account.login))
        self.password_edit = _password_edit(self.tr("Password"))
        self.repeat_edit = _password_edit(self.tr("The same password again"))
        self.problem_label = _problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Again:"), self.repeat_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        for edit in (self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        if len(self.password_edit.text()) < MIN_PASSWORD_LENGTH:
            problem = self.tr("A password needs at least {count} characters.").format(
                count=MIN_PASSWORD_LENGTH
            )
        elif self.password_edit.text() != self.repeat_edit.text():
            problem = self.tr("The two passwords are not the same.")
        else:
            problem = ""
        self.problem_label.setText(problem)
        self.save_button.setEnabled(not problem)

    def _save(self) -> None:
        try:
            reset_password(self.context.db, self.account.id, self.password_edit.text())
        except UserError as refusal:
            self.problem_label.setText(user_error_text(refusal))
            return
        self.accept()
