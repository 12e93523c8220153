"""File ▸ Import and File ▸ Export: the Excel exchange actions of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from eduqa_desktop.ui.main_window import MainWindow


def populate_import_menu(menu: QMenu, window: MainWindow) -> None:
    """Import actions (filled by the Excel exchange feature)."""
    del menu, window


def populate_export_menu(menu: QMenu, window: MainWindow) -> None:
    """Export actions (filled by the Excel exchange feature)."""
    del menu, window
