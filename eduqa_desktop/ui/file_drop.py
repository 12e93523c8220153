"""Files dragged onto the main window: a spreadsheet (.xlsx, .xls, .ods) opens the import
dialog with the file and the kind its headers tell; an observations package opens the same
import as a package; a school's package opens Receive school packages with it; a database file
(.sqlite3, .db) is opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.file_kinds import (
    DATABASE_SUFFIXES,
    SPREADSHEET_SUFFIXES,
    recognise_file,
)
from eduqa_desktop.ui import prompts

if TYPE_CHECKING:
    from eduqa_desktop.ui.exchange.import_dialog import ImportDialog
    from eduqa_desktop.ui.main_window import MainWindow

ACCEPTED = (*SPREADSHEET_SUFFIXES, *DATABASE_SUFFIXES)


def dropped_path(mime: QMimeData) -> Path | None:
    """The first local file of an accepted kind among the dragged URLs."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in ACCEPTED:
                return path
    return None


class FileDrop(QObject):
    """Event filter on the main window (drag events of child widgets reach it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if dropped_path(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = dropped_path(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                open_dropped(self.window, path)
                return True
        return False


def install_file_drop(window: MainWindow) -> None:
    window.setAcceptDrops(True)
    window.file_drop = FileDrop(window)  # type: ignore[attr-defined]
    window.installEventFilter(window.file_drop)  # type: ignore[attr-defined]


def open_dropped(window: MainWindow, path: Path) -> ImportDialog | None:
    """What a drop of `path` does; the import dialog it opened, if any."""
    if path.suffix.lower() in DATABASE_SUFFIXES:
        window.open_database_requested.emit(str(path))
        return None
    title = QCoreApplication.translate("FileDrop", "Import")
    try:
        found = recognise_file(path)
    except UserError as problem:
        prompts.show_user_error(window, title, problem)
        return None
    if found.is_school_package:  # the district receives it with the others
        from eduqa_desktop.ui.network.menus import open_receive

        open_receive(window, [path])
        return None
    from eduqa_desktop.ui.exchange.import_dialog import ImportDialog

    dialog = ImportDialog(window.context, window)
    dialog.path.setText(str(path))
    if found.kind is not None:
        dialog.kind.setCurrentIndex(max(0, dialog.kind.findData(found.kind)))
    window._import_dialog = dialog  # type: ignore[attr-defined]  # kept alive while open
    dialog.open()
    if found.is_package:
        window.show_message(
            QCoreApplication.translate(
                "FileDrop", "An observations package: check it, then import it."
            )
        )
    elif found.kind is None:
        window.show_message(
            QCoreApplication.translate(
                "FileDrop", "The columns of “{name}” match no import: choose what it holds."
            ).format(name=path.name)
        )
    return dialog
