"""Calendar pop-ups tall enough for their six weeks."""

from __future__ import annotations

from PySide6.QtWidgets import QCalendarWidget, QTableView, QWidget


def fit_calendar(calendar: QCalendarWidget) -> None:
    """Make the calendar tall enough for its six weeks: its own size hint left the last
    row of days cut in half at our 10 pt font."""
    view = calendar.findChild(QTableView)
    bar = calendar.findChild(QWidget, "qt_calendar_navigationbar")
    if view is None:
        return
    rows = 7  # the names of the days and six weeks
    table = rows * (view.fontMetrics().height() + 8)
    calendar.setMinimumHeight(table + (bar.sizeHint().height() if bar else 0) + 4)
