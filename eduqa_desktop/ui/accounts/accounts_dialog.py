"""File ▸ Accounts…: the administrator's list of who may log in, with what role.

On a database without accounts it explains that anyone who opens the file may do everything
and offers to add the first administrator (who is then logged in).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.access import has_accounts
from eduqa_desktop.services.accounts import AccountInfo, fields_of, list_accounts, update_account
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.accounts.account_editor import AccountEditor, PasswordDialog
from eduqa_desktop.ui.accounts.menus import role_name
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.look import icon

LOGIN, NAME, ROLE, SCHOOLS, STATE = range(5)


class AccountsDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.accounts: list[AccountInfo] = []
        self.setWindowTitle(self.tr("Accounts"))
        self.empty_label = QLabel(
            self.tr(
                "No accounts yet: anyone who opens this database may do everything. Add the "
                "first administrator, and from then on everyone logs in with their own name "
                "and password."
            )
        )
        self.empty_label.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Schools"),
             self.tr("State")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(icon("add"), self.tr("Add…"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Change…"))
        self.password_button = QPushButton(self.tr("New password…"))
        self.disable_button = QPushButton(self.tr("Disable"))
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.password_button,
                       self.disable_button):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.password_button.clicked.connect(self._new_password)
        self.disable_button.clicked.connect(self._toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        any_accounts = has_accounts(self.context.db)
        self.accounts = list_accounts(self.context.db) if any_accounts else []
        self.empty_label.setVisible(not any_accounts)
        self.table.setVisible(any_accounts)
        self.add_button.setText(
            self.tr("Add…") if any_accounts else self.tr("Add the administrator…")
        )
        names = {s.id: s.name for s in list_schools(self.context.db)}
        now = datetime.now(UTC).replace(tzinfo=None)  # the stored times are UTC
        self.table.setRowCount(len(self.accounts))
        for index, account in enumerate(self.accounts):
            schools = (account.school_id,) if account.school_id else account.school_ids
            values = {
                LOGIN: account.login,
                NAME: account.display_name,
                ROLE: role_name(account.role),
                SCHOOLS: ", ".join(names.get(s, "?") for s in schools) or "—",
                STATE: self._state(account, now),
            }
            for column, text in values.items():
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _state(self, account: AccountInfo, now: datetime) -> str:
        if not account.active:
            return self.tr("disabled")
        if account.locked_until is not None and account.locked_until > now:
            return self.tr("locked (too many wrong passwords)")
        return self.tr("active")

    def selected(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.password_button, self.disable_button):
            button.setEnabled(account is not None)
        self.disable_button.setText(
            self.tr("Enable") if account is not None and not account.active else self.tr("Disable")
        )

    def _add(self) -> None:
        editor = AccountEditor(self.context, self, first=not self.accounts)
        if editor.exec():
            self.refresh()

    def _edit(self) -> None:
        account = self.selected()
        if account is not None and AccountEditor(self.context, self, existing=account).exec():
            self.refresh()

    def _new_password(self) -> None:
        account = self.selected()
        if account is not None and PasswordDialog(self.context, account, self).exec():
            self.refresh()

    def _toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            update_account(
                self.context.db, account.id, replace(fields_of(account), active=not account.active)
            )
        except UserError as refusal:
            prompts.show_user_error(self, self.tr("Accounts"), refusal)
        self.refresh()
