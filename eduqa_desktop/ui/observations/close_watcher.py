"""Saving before a window closes: the main window is closed (and rebuilt) on a language or
school change, and its children get no close event of their own.

What cannot be saved yet (an observation without a teacher) is offered to the window that
replaces the closing one: a language or school change builds the new window before the old
one closes, so a form of the new window takes it over. When nobody takes it (the program is
closing), the form asks before anything is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget


class CloseWatcher(QObject):
    """Calls `on_close` when the window is about to close; False from it keeps it open."""

    def __init__(self, window: QWidget, on_close: Callable[[], bool]) -> None:
        super().__init__(window)
        self.watched = window
        self.on_close = on_close
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.watched and event.type() == QEvent.Type.Close and not self.on_close():
            event.ignore()
            return True
        return False


@dataclass(eq=False)
class Offer:
    """Input of a closing `window` on `db` that could not be saved; `taken` once a form has it."""

    window: QWidget
    db: object
    payload: object
    taken: bool = False


class Handover(QObject):
    offered = Signal(object)  # an Offer


_handover: Handover | None = None


def handover() -> Handover:
    """The one place where forms offer and take unsaved input."""
    global _handover
    if _handover is None:
        _handover = Handover()
    return _handover


def offer_to_successor(window: QWidget, db: object, payload: object) -> bool:
    """Offer `payload` to the forms of other windows; True when one took it."""
    offer = Offer(window, db, payload)
    handover().offered.emit(offer)
    return offer.taken
