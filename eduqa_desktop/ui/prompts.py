"""Every message box and file dialog goes through here (tests patch this one seam)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from eduqa_desktop.services.access import LoginRequired
from eduqa_desktop.services.errors import MESSAGES_CONTEXT, UserError
from eduqa_desktop.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Qt's standard buttons (message boxes, dialog button boxes): Qt has no Uzbek catalogue of
# its own, so ours translates them — in every dialog, without each one renaming its buttons.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
)


def translate_message(template: str, **params: object) -> str:
    """A core-layer message (marked with QT_TRANSLATE_NOOP("Messages", …)) in the UI language."""
    text = QCoreApplication.translate(MESSAGES_CONTEXT, template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def user_error_text(error: UserError) -> str:
    return translate_message(error.template, **error.params)


def information(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_user_error(parent: QWidget | None, title: str, problem: UserError) -> None:
    warning(parent, title, user_error_text(problem))
    if isinstance(problem, LoginRequired):
        _ask_to_log_in_again()


# Who asks for a login when a refusal says nobody is logged in any more (an administrator
# disabled or removed the account while its window was open): the application's controller.
_log_in_again: Callable[[], None] | None = None
_asking = False


def on_login_required(handler: Callable[[], None] | None) -> None:
    global _log_in_again
    _log_in_again = handler


def _ask_to_log_in_again() -> None:
    """Once, however many refusals come together: after the message, the login dialog."""
    global _asking
    if _log_in_again is None or _asking:
        return
    _asking = True

    def ask() -> None:
        global _asking
        try:
            if _log_in_again is not None:
                _log_in_again()
        finally:
            _asking = False

    QTimer.singleShot(0, ask)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before an action that is hard to undo, with the action itself on the default
    button (Enter does it, Esc cancels): a Yes/No box defaulting to No made Enter cancel
    silently."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    do = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(do)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is do


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, accepted = QInputDialog.getText(parent, title, label, text=text)
    return value if accepted else None


def open_file(
    parent: QWidget | None, title: str, name_filter: str, directory: str = ""
) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, name_filter)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return path or None


def open_files(parent: QWidget | None, title: str, name_filter: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
    return list(paths)


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title) or None
