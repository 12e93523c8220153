"""File ▸ Import and File ▸ Export: the Excel exchange actions of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from eduqa_desktop.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from eduqa_desktop.ui.main_window import MainWindow


CONTEXT = "ExchangeMenus"
# Marked with the context spelled out: lupdate only sees `QT_TRANSLATE_NOOP("Ctx", "text")`
# (or `tr`/`translate`) calls, never a call of a private wrapper such as `_tr("text")`.
IMPORT = QT_TRANSLATE_NOOP("ExchangeMenus", "Import…")
EXPORT_ENTRIES = (
    ("template", QT_TRANSLATE_NOOP("ExchangeMenus", "Export…"), "Ctrl+E"),
    ("template", QT_TRANSLATE_NOOP("ExchangeMenus", "Blank template…"), None),
    ("observations", QT_TRANSLATE_NOOP("ExchangeMenus", "Observations package…"), None),
    ("district-report", QT_TRANSLATE_NOOP("ExchangeMenus", "District report…"), None),
    ("results", QT_TRANSLATE_NOOP("ExchangeMenus", "Results…"), None),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def open_import(window: MainWindow) -> None:
    from eduqa_desktop.ui.exchange.import_dialog import ImportDialog

    dialog = ImportDialog(window.context, window)
    window._import_dialog = dialog  # type: ignore[attr-defined]  # kept alive while open
    dialog.open()


def open_export(window: MainWindow, what: str = "template") -> None:
    from eduqa_desktop.ui.exchange.export_dialog import ExportDialog

    dialog = ExportDialog(window.context, what, window)
    window._export_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def populate_import_menu(menu: QMenu, window: MainWindow) -> None:
    """Import… (Ctrl+I): any exchange file, checked in a preview before anything is written."""
    action = QAction(_tr(IMPORT), window)
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.triggered.connect(lambda: open_import(window))
    menu.addAction(action)
    window.addAction(action)
    window.import_action = action  # type: ignore[attr-defined]


def populate_export_menu(menu: QMenu, window: MainWindow) -> None:
    """Export… (Ctrl+E) and one entry per kind of file."""
    for index, (what, text, shortcut) in enumerate(EXPORT_ENTRIES):
        action = QAction(_tr(text), window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            window.addAction(action)
            window.export_action = action  # type: ignore[attr-defined]
        action.triggered.connect(lambda _checked=False, w=what: open_export(window, w))
        menu.addAction(action)
        if index == 0:
            menu.addSeparator()
