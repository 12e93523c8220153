"""File ▸ Send to the district…, Receive school packages…, Submissions…: added by one call."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from eduqa_desktop.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from eduqa_desktop.ui.main_window import MainWindow

CONTEXT = "NetworkMenus"
ENTRIES = (
    ("send_package_action", QT_TRANSLATE_NOOP("NetworkMenus", "Send to the district…")),
    ("receive_packages_action", QT_TRANSLATE_NOOP("NetworkMenus", "Receive school packages…")),
    ("submissions_action", QT_TRANSLATE_NOOP("NetworkMenus", "Submissions…")),
)


def open_send(window: MainWindow) -> None:
    from eduqa_desktop.ui.network.send_dialog import SendDialog

    dialog = SendDialog(window.context, window)
    window.send_dialog = dialog  # type: ignore[attr-defined]  # kept alive while open
    dialog.open()


def open_receive(window: MainWindow, paths: list[Path] | None = None) -> None:
    from eduqa_desktop.ui.network.receive_dialog import ReceiveDialog

    dialog = ReceiveDialog(window.context, window)
    window.receive_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    if paths:
        dialog.add_paths(paths)


def open_submissions(window: MainWindow) -> None:
    from eduqa_desktop.ui.network.submissions_view import SubmissionsDialog

    dialog = SubmissionsDialog(window.context, window)
    window.submissions_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def install_network_menu(window: MainWindow) -> None:
    """The three entries after File ▸ Export, with a separator before them."""
    slots = (open_send, open_receive, open_submissions)
    actions = window.file_menu.actions()
    export_index = actions.index(window.export_menu.menuAction())
    before = actions[export_index + 1] if export_index + 1 < len(actions) else None
    if before is not None:
        window.file_menu.insertSeparator(before)
    for (name, text), slot in zip(ENTRIES, slots, strict=True):
        action = QAction(QCoreApplication.translate(CONTEXT, text), window)
        action.triggered.connect(lambda _checked=False, open_=slot: open_(window))
        if before is None:
            window.file_menu.addAction(action)
        else:
            window.file_menu.insertAction(before, action)
        setattr(window, name, action)
