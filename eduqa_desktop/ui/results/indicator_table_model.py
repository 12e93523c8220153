"""Indicators of one level (class, grade, subject, teacher, school) with their change.

Each indicator has its value and, beside it, the change from the previous term with an
arrow and a sign (``▲ +4,2``); the previous value is in the tooltip. Colour only repeats
what the arrow says.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from eduqa_desktop.services.indicators import GroupBy, IndicatorRow
from eduqa_desktop.ui.formatting import average, number, percent
from eduqa_desktop.ui.results.result_texts import change_direction, signed_change

ModelIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

INDICATORS = ("pass_rate", "quality", "sou", "average_grade")
# group, pupils, N (marks: one per pupil and subject), then value and change of each indicator
COLUMNS: tuple[tuple[str, str], ...] = (
    ("group", ""),
    ("pupils", ""),
    ("graded", ""),
    *((name, kind) for name in INDICATORS for kind in ("value", "change")),
)
UP_COLOUR = QColor("#007a56")  # Okabe–Ito green, darkened for text
DOWN_COLOUR = QColor("#b34700")  # vermillion, darkened for text


class IndicatorTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IndicatorRow] = []
        self._by = GroupBy.CLASS
        self._previous_label = ""
        self._names = {
            "pass_rate": self.tr("Pass rate"),
            "quality": self.tr("Quality"),
            "sou": self.tr("SOU"),
            "average_grade": self.tr("Average"),
        }
        self._long_names = {
            "pass_rate": self.tr("Pass rate (5, 4, 3 of N)"),
            "quality": self.tr("Quality of knowledge (5, 4 of N)"),
            "sou": self.tr("Degree of learning (SOU)"),
            "average_grade": self.tr("Average grade"),
        }

    def set_rows(self, by: GroupBy, rows: Sequence[IndicatorRow], previous_label: str) -> None:
        self.beginResetModel()
        self._by = by
        self._rows = list(rows)
        self._previous_label = previous_label
        self.endResetModel()

    def rows(self) -> list[IndicatorRow]:
        return list(self._rows)

    def group_label(self, row: IndicatorRow, by: GroupBy | None = None) -> str:
        """How a group is named (``by`` defaults to the level shown)."""
        by = self._by if by is None else by
        if by is GroupBy.GRADE:
            return self.tr("Grade {grade}").format(grade=row.group)
        if by is GroupBy.DEPARTMENT and not row.group:
            return self.tr("No department")
        return row.group

    def group_header(self, by: GroupBy | None = None) -> str:
        return {
            GroupBy.CLASS: self.tr("Class"),
            GroupBy.GRADE: self.tr("Grade"),
            GroupBy.SUBJECT: self.tr("Subject"),
            GroupBy.TEACHER: self.tr("Teacher"),
            GroupBy.DEPARTMENT: self.tr("Department"),
        }.get(self._by if by is None else by, self.tr("School"))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        name, kind = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "group":
                return self.group_header()
            if name == "pupils":
                return self.tr("Pupils")
            if name == "graded":
                return self.tr("Marks (N)")
            return self._names[name] if kind == "value" else self.tr("Change")
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "pupils":
                return self.tr("Pupils in the classes of the group, each class counted once")
            if name == "graded":
                return self.tr(
                    "Marks counted (N): one for each pupil in each subject, a mark or not "
                    "attested (exempt left out). A class of 26 with 10 subjects has up to 260."
                )
            if name in INDICATORS:
                if kind == "value":
                    return self._long_names[name]
                return self.tr("{indicator}: change from {term}").format(
                    indicator=self._long_names[name], term=self._previous_label or "—"
                )
        return None

    def _value(self, row: IndicatorRow, name: str) -> float | None:
        return getattr(row.indicators, name)

    def _change(self, row: IndicatorRow, name: str) -> float | None:
        return None if row.change is None else getattr(row.change, name)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        name, kind = COLUMNS[index.column()]
        is_average = name == "average_grade"
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "group":
                return self.group_label(row)
            if name == "pupils":
                return number(row.pupils)
            if name == "graded":
                return number(row.counts.assessed)
            if kind == "value":
                value = self._value(row, name)
                return average(value) if is_average else percent(value)
            return signed_change(self._change(row, name), average=is_average)
        if role == SORT_ROLE:
            if name == "group":
                return index.row()  # the service's order (grades and classes by number)
            if name == "pupils":
                return row.pupils
            if name == "graded":
                return row.counts.assessed
            value = self._value(row, name) if kind == "value" else self._change(row, name)
            return -1e9 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if name == "group":
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and kind == "change":
            direction = change_direction(self._change(row, name), average=is_average)
            if direction:
                return UP_COLOUR if direction > 0 else DOWN_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "group" and row.school:
                return row.school
            if kind == "change":
                if row.previous is None:
                    return self.tr("No results in {term} to compare with").format(
                        term=self._previous_label or "—"
                    )
                before = getattr(row.previous, name)
                shown = average(before) if is_average else percent(before)
                return self.tr("{term}: {value}").format(term=self._previous_label, value=shown)
        return None
