"""A read-only table as tall as its rows, so a panel on the scrolling dashboard shows every
row without a scroll bar of its own — kept so when a narrower column makes its text wrap; a
long one (`max_rows`) shows that many rows and scrolls the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget, QWidget


class FittedTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None, *, max_rows: int | None = None) -> None:
        super().__init__(0, 0, parent)
        # Beyond this many rows (50 schools side by side) the table scrolls within itself.
        self.max_rows = max_rows
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)

    def fit(self) -> None:
        """Rows to their text, the table to its rows."""
        self.resizeRowsToContents()
        header = self.horizontalHeader()
        # isHidden, not isVisible: a table laid out while its window is not shown (lent to
        # the printed page) still has its header.
        shown_header = not header.isHidden()
        height = max(header.height(), header.sizeHint().height()) if shown_header else 0
        shown = self.rowCount()
        if self.max_rows is not None and shown > self.max_rows:
            shown = self.max_rows
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        else:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height += sum(self.rowHeight(row) for row in range(shown))
        self.setFixedHeight(height + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
