"""A read-only table model over a list of records, described column by column.

The tables of the Teachers tab (activities, departments, mechanisms, a profile's observations
and results) share it: each `Column` says how a record is shown, sorted and aligned, so numbers
are right-aligned, undefined values are "—", and sorting uses the value, not the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from eduqa_desktop.ui.formatting import number, percent, short_date

Record = TypeVar("Record")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[Record]):
    header: str
    text: Callable[[Record], str]
    sort: Callable[[Record], Any] | None = None  # default: the text, case-folded
    numeric: bool = False
    colour: Callable[[Record], str | None] | None = None  # a text colour (#rrggbb)
    tooltip: Callable[[Record], str | None] | None = None


def _fixed(text: str | None) -> Callable[[Any], str | None] | None:
    return None if text is None else (lambda _record: text)


def percent_column(
    header: str,
    value: Callable[[Record], float | None],
    *,
    tooltip: str | None = None,
    colour: Callable[[Record], str | None] | None = None,
) -> Column[Record]:
    """A percentage: one decimal in the locale's way, "—" when undefined, sorted by value."""
    return Column(
        header,
        lambda r: percent(value(r)),
        value,
        numeric=True,
        colour=colour,
        tooltip=_fixed(tooltip),
    )


def number_column(
    header: str,
    value: Callable[[Record], float | None],
    *,
    decimals: int = 0,
    tooltip: str | None = None,
    colour: Callable[[Record], str | None] | None = None,
) -> Column[Record]:
    """A count or a quantity, right-aligned, sorted by value."""
    return Column(
        header,
        lambda r: number(value(r), decimals),
        value,
        numeric=True,
        colour=colour,
        tooltip=_fixed(tooltip),
    )


def date_column(header: str, value: Callable[[Record], date | None]) -> Column[Record]:
    """A day as the locale writes it, sorted by the day."""

    def order(record: Record) -> int | None:
        day = value(record)
        return None if day is None else day.toordinal()

    return Column(header, lambda r: short_date(value(r)), order)


class RowsModel(QAbstractTableModel, Generic[Record]):
    def __init__(self, columns: Sequence[Column[Record]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Record] = []

    def set_records(self, records: Sequence[Record]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            if column.sort is not None:
                value = column.sort(record)
                return -1e18 if value is None else value
            return column.text(record).casefold()
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(record)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        return None


def make_table(
    model: QAbstractTableModel, parent: QWidget | None = None, *, stretch: int | None = None
) -> QTableView:
    """A sortable, read-only, row-selecting table over `model` (through a sort proxy).

    Rows keep the order they are given in until the user clicks a header.
    `stretch` names the column that takes the free width (default: the last one).
    """
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as given
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    return table


def fit_columns(table: QTableView, limit: int = 280) -> None:
    """Columns as wide as their contents and headers, none wider than `limit` pixels
    (long texts elide and show whole in the tooltip); a stretching column keeps stretching."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        if table.columnWidth(column) > limit:
            table.setColumnWidth(column, limit)


def term_order(year: str, number: int) -> int:
    """A sort key of a quarter: 20261 for the first quarter of 2026-2027."""
    return int(year[:4]) * 10 + number


def selected_record(table: QTableView) -> Any:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    return rows[0].data(RECORD_ROLE)
