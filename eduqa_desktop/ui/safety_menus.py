"""File ▸ Restore…, added to the main window by one call; the restore itself.

Restoring replaces the open database's content: the window's unsaved input is refused first,
the pooled connections are let go, the backup is put in place (the present state backed up
before), and the database is opened again through the controller, which builds a new window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication

from eduqa_desktop.services.access import principal_of
from eduqa_desktop.services.backups import restore
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.look import icon

if TYPE_CHECKING:
    from eduqa_desktop.ui.main_window import MainWindow


def install_safety_menus(window: MainWindow) -> None:
    """File ▸ Restore… right after Backup…; Help ▸ Verify the record before About."""
    action = QAction(icon("backup"), QCoreApplication.translate("SafetyMenus", "Restore…"), window)
    action.triggered.connect(lambda: open_restore_dialog(window))
    actions = window.file_menu.actions()
    index = actions.index(window.backup_action) if window.backup_action in actions else -1
    before = actions[index + 1] if 0 <= index < len(actions) - 1 else None
    window.file_menu.insertAction(before, action)
    window.restore_action = action  # type: ignore[attr-defined]
    verify = QAction(
        QCoreApplication.translate("SafetyMenus", "Verify the record of changes"), window
    )
    verify.triggered.connect(lambda: verify_the_record(window))
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is not None and window.about_action in menu.actions():
            menu.insertAction(window.about_action, verify)
    window.verify_record_action = verify  # type: ignore[attr-defined]


def verify_the_record(window: MainWindow) -> bool:
    """Help ▸ Verify the record of changes: whether the audit chain is whole."""
    from eduqa_desktop.services.audit import verify_record

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        chain = verify_record(window.context.db)
    finally:
        QGuiApplication.restoreOverrideCursor()
    title = QCoreApplication.translate("SafetyMenus", "Verify the record of changes")
    if chain.whole:
        prompts.information(
            window,
            title,
            QCoreApplication.translate(
                "SafetyMenus",
                "The record of changes is whole: {count} entries, each holding the fingerprint "
                "of the one before. Nothing was edited behind the program's back.",
            ).format(count=chain.entries),
        )
        return True
    why = (
        QCoreApplication.translate("SafetyMenus", "its content was changed")
        if chain.reason == "changed"
        else QCoreApplication.translate("SafetyMenus", "the entry before it was removed or changed")
    )
    prompts.warning(
        window,
        title,
        QCoreApplication.translate(
            "SafetyMenus",
            "The record of changes was edited outside the program: it breaks at entry {entry} "
            "({why}). What it says from there on cannot be trusted; keep a copy of the file "
            "and tell whoever is responsible for the data.",
        ).format(entry=chain.broken_at, why=why),
    )
    return False


def open_restore_dialog(window: MainWindow) -> None:
    from eduqa_desktop.ui.dialogs.restore_dialog import RestoreDialog

    path = window.context.db.path
    if path is None:
        prompts.information(
            window,
            QCoreApplication.translate("SafetyMenus", "Restore a backup"),
            QCoreApplication.translate(
                "SafetyMenus",
                "This database is not a file; restore it with its server's own tools.",
            ),
        )
        return
    dialog = RestoreDialog(path, window)
    dialog.restore_requested.connect(lambda source: restore_from(window, Path(source)))
    window.restore_dialog = dialog  # type: ignore[attr-defined]  # kept alive while open
    dialog.open()


def restore_from(window: MainWindow, source: Path) -> bool:
    unsaved = window.unsaved_tabs()
    if unsaved:
        prompts.warning(
            window,
            QCoreApplication.translate("SafetyMenus", "Restore a backup"),
            QCoreApplication.translate(
                "SafetyMenus", "{tabs}: some changes are not saved yet. Save or discard them first."
            ).format(tabs=", ".join(unsaved)),
        )
        return False
    database = window.context.db
    assert database.path is not None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        by = principal_of(database)  # read before the pool is let go
        database.engine.dispose()  # no pooled connection keeps the old pages
        done = restore(database.path, source, by=by)
    except UserError as problem:
        QGuiApplication.restoreOverrideCursor()
        prompts.show_user_error(
            window, QCoreApplication.translate("SafetyMenus", "Restore a backup"), problem
        )
        return False
    QGuiApplication.restoreOverrideCursor()
    kept = done.safety_backup.path.name if done.safety_backup else ""
    window.show_message(
        QCoreApplication.translate(
            "SafetyMenus", "Restored from {source}; the state before is kept as {kept}."
        ).format(source=source.name, kept=kept)
    )
    window.open_database_requested.emit(str(database.path))
    return True
