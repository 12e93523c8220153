"""Below the grid: the saved results of the term by class, grade, subject, teacher, school."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.services.indicators import GroupBy, IndicatorRow
from eduqa_desktop.ui.results.column_widths import fit_to_headers
from eduqa_desktop.ui.results.indicator_table_model import SORT_ROLE, IndicatorTableModel

LEVELS: tuple[GroupBy, ...] = (
    GroupBy.CLASS,
    GroupBy.GRADE,
    GroupBy.SUBJECT,
    GroupBy.TEACHER,
    GroupBy.SCHOOL,
)


class GroupFilter(QSortFilterProxyModel):
    """Keeps the groups whose name contains the search text (apostrophes and script folded)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._key = search_key(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._key = search_key(text)
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._key:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._key in search_key(str(index.data() or ""))


class IndicatorsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.comparison = QLabel()
        self.comparison.setProperty("role", "hint")
        self.comparison.setWordWrap(True)
        self.levels = QTabBar()
        self.levels.setExpanding(False)
        self.levels.setDrawBase(False)
        for level in LEVELS:
            self.levels.addTab(self.level_title(level))
        self.levels.setAccessibleName(self.tr("Indicators by"))
        self.model = IndicatorTableModel(self)
        self.proxy = GroupFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        fit_to_headers(self.table, {0: 220, **{column: 78 for column in range(1, 11)}})
        self.empty = QLabel(self.tr("No saved results in this term yet."))
        self.empty.setProperty("role", "empty-state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.levels)
        top.addStretch(1)
        self.top = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.comparison)
        layout.addWidget(self.stack, 1)

        self._tables: dict[GroupBy, list[IndicatorRow]] = {}
        self._previous_label = ""
        self.levels.currentChanged.connect(self._show_level)

    def level_title(self, level: GroupBy) -> str:
        return {
            GroupBy.CLASS: self.tr("By class"),
            GroupBy.GRADE: self.tr("By grade"),
            GroupBy.SUBJECT: self.tr("By subject"),
            GroupBy.TEACHER: self.tr("By teacher"),
            GroupBy.DEPARTMENT: self.tr("By department"),
        }.get(level, self.tr("School"))

    def current_level(self) -> GroupBy:
        return LEVELS[max(0, self.levels.currentIndex())]

    def set_level(self, level: GroupBy) -> None:
        self.levels.setCurrentIndex(LEVELS.index(level))

    def tables(self) -> dict[GroupBy, list[IndicatorRow]]:
        return dict(self._tables)

    def set_tables(
        self,
        tables: Mapping[GroupBy, Sequence[IndicatorRow]],
        term_label: str,
        previous_label: str | None,
        *,
        unsaved: bool = False,
    ) -> None:
        self._tables = {level: list(rows) for level, rows in tables.items()}
        self._previous_label = previous_label or ""
        self.heading.setText(self.tr("Indicators — {term}").format(term=term_label))
        if previous_label:
            text = self.tr("Change from {term}: ▲ up, ▼ down (points).").format(term=previous_label)
        else:
            text = self.tr("No earlier term to compare with.")
        if unsaved:
            text += " " + self.tr("The table shows saved results; save to include your changes.")
        self.comparison.setText(text)
        self._show_level()

    def clear(self, text: str) -> None:
        self._tables = {}
        self.heading.setText(self.tr("Indicators"))
        self.comparison.setText("")
        self.empty.setText(text)
        self.model.set_rows(self.current_level(), [], "")
        self.stack.setCurrentWidget(self.empty)

    def set_filter(self, text: str) -> None:
        self.proxy.set_text(text)

    def _show_level(self, _index: int = 0) -> None:
        level = self.current_level()
        rows = self._tables.get(level, [])
        self.model.set_rows(level, rows, self._previous_label)
        self.empty.setText(self.tr("No saved results in this term yet."))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
