"""One application-wide signal that says data changed; tabs refresh themselves on it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    # What changed: "teachers", "observations", "results", "activities", "checklists",
    # "plan", "settings", "school", "database" (everything).
    data_changed = Signal(str)


_signals: AppSignals | None = None


def app_signals() -> AppSignals:
    global _signals
    if _signals is None:
        _signals = AppSignals()
    return _signals
