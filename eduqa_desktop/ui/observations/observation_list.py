"""The table of observations: a model over `ObservationLine`s and a proxy that sorts by value
and searches with `search_key` (apostrophes, case and script ignored)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.services.observation_queries import ObservationLine, matches_search
from eduqa_desktop.ui.formatting import percent, short_date
from eduqa_desktop.ui.observations.labels import band_colour, band_name, purpose_name, status_name

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

DATE, TEACHER, CLASS, SUBJECT, PURPOSE, OBSERVER, CHECKLIST, SCORE, BAND, STATUS = range(10)


class ObservationListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[ObservationLine] = []
        self.headers = [
            self.tr("Date"),
            self.tr("Teacher"),
            self.tr("Class"),
            self.tr("Subject"),
            self.tr("Purpose"),
            self.tr("Observer"),
            self.tr("Checklist"),
            self.tr("Score"),
            self.tr("Band"),
            self.tr("Status"),
        ]

    def set_lines(self, lines: Sequence[ObservationLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _status(self, line: ObservationLine) -> str:
        text = status_name(line.status)
        if line.status == ObservationStatus.FINAL and line.revision:
            return self.tr("{status}, corrected").format(status=text)
        return text

    def _display(self, line: ObservationLine, column: int) -> str:
        values = {
            DATE: short_date(line.observed_on),
            TEACHER: line.teacher,
            CLASS: line.class_name,
            SUBJECT: line.subject,
            PURPOSE: purpose_name(line.purpose),
            OBSERVER: line.observer,
            CHECKLIST: line.checklist,
            SCORE: percent(line.score),
            BAND: band_name(line.band),
            STATUS: self._status(line),
        }
        return values[column]

    def _sort_value(self, line: ObservationLine, column: int) -> Any:
        if column == DATE:
            return line.observed_on.toordinal()
        if column in (SCORE, BAND):
            return -1.0 if line.score is None else line.score
        return self._display(line, column).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == SORT_ROLE:
            return self._sort_value(line, column)
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == BAND:
            return band_colour(line.band)
        if role == Qt.ItemDataRole.ForegroundRole and line.status == ObservationStatus.DRAFT:
            return QColor("#5a6470")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._display(line, column)
            return f"{text}\n{line.topic}" if column == TEACHER and line.topic else text
        return None


class ObservationProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.query = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self.query.strip():
            return True
        line = self.sourceModel().index(row, 0, parent).data(LINE_ROLE)
        return line is not None and matches_search(line, self.query)

    def line(self, row: int) -> ObservationLine | None:
        return self.index(row, 0).data(LINE_ROLE)
