"""Log in: a name and a password, asked when the database has accounts.

The dialog stays open on a refusal and says why in the user's language (a wrong name or
password, locked for some minutes after too many tries, a disabled account); on success the
database handle is logged in (services.accounts.log_in binds the account to it).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.accounts import log_in
from eduqa_desktop.services.database import Database
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.ui.prompts import user_error_text


class LoginDialog(QDialog):
    def __init__(
        self, db: Database, parent: QWidget | None = None, *, login: str = "", place: str = ""
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Log in"))
        if place:
            text = self.tr(
                "“{place}” has accounts. Log in with the name and password the administrator "
                "gave you."
            ).format(place=place)
        else:
            text = self.tr(
                "This database has accounts. Log in with the name and password the "
                "administrator gave you."
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.login_edit = QLineEdit(login)
        self.login_edit.setAccessibleName(self.tr("Name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.problem_label = QLabel()
        self.problem_label.setProperty("role", "problem")
        self.problem_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.login_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("Log in"))
        self.buttons.accepted.connect(self._log_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.login_edit.textChanged.connect(self._validate)
        self.password_edit.textChanged.connect(self._validate)
        self._validate()
        (self.password_edit if login else self.login_edit).setFocus()
        self.setMinimumWidth(420)

    def _validate(self) -> None:
        self.login_button.setEnabled(
            bool(self.login_edit.text().strip() and self.password_edit.text())
        )

    def _log_in(self) -> None:
        try:
            log_in(self.db, self.login_edit.text(), self.password_edit.text())
        except UserError as refusal:
            self.problem_label.setText(user_error_text(refusal))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()
