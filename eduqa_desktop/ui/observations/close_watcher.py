"""Saving before a window closes: the main window is closed (and rebuilt) on a language or
school change, and its children get no close event of their own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class CloseWatcher(QObject):
    """Calls `on_close` when the window closes (before a language change rebuilds it, too)."""

    def __init__(self, window: QWidget, on_close: Callable[[], object]) -> None:
        super().__init__(window)
        self.watched = window
        self.on_close = on_close
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.watched and event.type() == QEvent.Type.Close:
            self.on_close()
        return False
