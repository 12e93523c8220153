"""File ▸ Accounts…, File ▸ Log out / switch user…, and who is logged in, in the status bar;
then the window's entries the account may not use are hidden (role_view)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from eduqa_desktop.domain.roles import Action, Role
from eduqa_desktop.text import QT_TRANSLATE_NOOP
from eduqa_desktop.ui.accounts.role_view import restrict_window

if TYPE_CHECKING:
    from eduqa_desktop.ui.main_window import MainWindow

CONTEXT = "AccountMenus"
ROLE_NAMES = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("AccountMenus", "administrator"),
    Role.METHODOLOGIST: QT_TRANSLATE_NOOP("AccountMenus", "methodologist / inspector"),
    Role.SCHOOL: QT_TRANSLATE_NOOP("AccountMenus", "school"),
    Role.VIEWER: QT_TRANSLATE_NOOP("AccountMenus", "viewer"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate(CONTEXT, ROLE_NAMES[role])


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def open_accounts(window: MainWindow) -> None:
    from eduqa_desktop.ui.accounts.accounts_dialog import AccountsDialog

    was_local = window.context.principal.local
    AccountsDialog(window.context, window).exec()
    if was_local and not window.context.principal.local:  # the first administrator was made
        window.session_changed.emit()


def install_account_menus(window: MainWindow) -> None:
    principal = window.context.principal
    accounts = QAction(_tr(QT_TRANSLATE_NOOP("AccountMenus", "Accounts…")), window)
    accounts.triggered.connect(lambda: open_accounts(window))
    switch = QAction(_tr(QT_TRANSLATE_NOOP("AccountMenus", "Log out / switch user…")), window)
    switch.triggered.connect(window.switch_user_requested.emit)
    window.file_menu.insertAction(window.quit_action, accounts)
    window.file_menu.insertAction(window.quit_action, switch)
    window.file_menu.insertSeparator(window.quit_action)
    accounts.setVisible(window.context.may(Action.ACCOUNTS))
    switch.setVisible(not principal.local)
    window.accounts_action = accounts  # type: ignore[attr-defined]
    window.switch_user_action = switch  # type: ignore[attr-defined]

    who = QLabel()
    if not principal.local:
        who.setText(
            _tr(QT_TRANSLATE_NOOP("AccountMenus", "Logged in: {name} ({role})")).format(
                name=principal.display_name, role=role_name(principal.role)
            )
        )
        window.statusBar().insertPermanentWidget(0, who)
    who.setVisible(not principal.local)
    window.user_label = who  # type: ignore[attr-defined]
    restrict_window(window)
