"""File ▸ Import and File ▸ Export: the Excel exchange actions of the main window."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from eduqa_desktop.text import QT_TRANSLATE_NOOP
from eduqa_desktop.ui.context import UiContext


class MenuHost(Protocol):
    """What these menus need of the window (the main window is one): no import of
    main_window here, which imports this module."""

    context: UiContext

    def addAction(self, action: QAction) -> None: ...


def _widget(window: MenuHost) -> QWidget:
    assert isinstance(window, QWidget)
    return window


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


def open_import(window: MenuHost) -> None:
    from eduqa_desktop.ui.exchange.import_dialog import ImportDialog

    dialog = ImportDialog(window.context, _widget(window))
    window._import_dialog = dialog  # type: ignore[attr-defined]  # kept alive while open
    dialog.open()


def open_export(window: MenuHost, what: str = "template") -> None:
    from eduqa_desktop.ui.exchange.export_dialog import ExportDialog

    dialog = ExportDialog(window.context, what, _widget(window))
    window._export_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def populate_import_menu(menu: QMenu, window: MenuHost) -> None:
    """Import… (Ctrl+I): any exchange file, checked in a preview before anything is written."""
    action = QAction(_tr(IMPORT), _widget(window))
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.triggered.connect(lambda: open_import(window))
    menu.addAction(action)
    window.addAction(action)
    window.import_action = action  # type: ignore[attr-defined]


def populate_export_menu(menu: QMenu, window: MenuHost) -> None:
    """Export… (Ctrl+E) and one entry per kind of file."""
    for index, (what, text, shortcut) in enumerate(EXPORT_ENTRIES):
        action = QAction(_tr(text), _widget(window))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            window.addAction(action)
            window.export_action = action  # type: ignore[attr-defined]
        action.triggered.connect(lambda _checked=False, w=what: open_export(window, w))
        menu.addAction(action)
        if index == 0:
            menu.addSeparator()
