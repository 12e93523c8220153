"""The staff list as a table model, and the filter the Teachers tab puts in front of it.

The list is the picture of a quarter (`services.teachers.staff_list`); the columns that follow
it say what they count, and up to which day, in their header's and cells' tooltips.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt

from eduqa_desktop.services.teachers import PdStatus, StaffList, StaffRow, matches_search
from eduqa_desktop.services.term_scope import Scope
from eduqa_desktop.ui.formatting import UNDEFINED, number, percent, short_date
from eduqa_desktop.ui.teachers.labels import category_name, local, pd_status_name, period_name
from eduqa_desktop.ui.teachers.rows_model import (
    RECORD_ROLE,
    SORT_ROLE,
    Column,
    Index,
    RowsModel,
    number_column,
    percent_column,
)

VERMILLION = "#D55E00"
MUTED = "#8a939e"
NAME, DEPARTMENT, SUBJECTS, CATEGORY, EXPERIENCE = range(5)
OBSERVATIONS, AVERAGE_SCORE, QUALITY, PD, FLAGS = range(5, 10)
TERM_COLUMNS = (OBSERVATIONS, AVERAGE_SCORE, QUALITY, PD, FLAGS)  # follow the chosen quarter


translate = QCoreApplication.translate


def _name(row: StaffRow) -> str:
    return (
        row.full_name
        if row.active
        else translate("StaffModel", "{name} (left)").format(name=row.full_name)
    )


def _muted(row: StaffRow) -> str | None:
    return None if row.active else MUTED


def _signals_tooltip(row: StaffRow) -> str:
    if row.attention_rank is not None:
        return translate(
            "StaffModel", "Number {rank} on the attention list: open the profile to see why"
        ).format(rank=row.attention_rank)
    return translate("StaffModel", "Open the profile to see why")


def _pd_text(row: StaffRow) -> str:
    if row.pd_status is PdStatus.NONE:
        return pd_status_name(row.pd_status)
    return short_date(row.last_course)


def _pd_colour(row: StaffRow) -> str | None:
    return _muted(row) or (None if row.pd_status is PdStatus.CURRENT else VERMILLION)


def staff_columns() -> list[Column[StaffRow]]:
    def subjects(row: StaffRow) -> str:
        return ", ".join(local(s) for s in row.subjects) or UNDEFINED

    return [
        Column(translate("StaffModel", "Teacher"), _name, colour=_muted, tooltip=_name),
        Column(
            translate("StaffModel", "Department"),
            lambda r: r.department or UNDEFINED,
            colour=_muted,
        ),
        Column(translate("StaffModel", "Subjects"), subjects, colour=_muted, tooltip=subjects),
        Column(
            translate("StaffModel", "Category"), lambda r: category_name(r.category), colour=_muted
        ),
        number_column(
            translate("StaffModel", "Experience,\nyears"),
            lambda r: r.experience_years,
            colour=_muted,
            tooltip=translate("StaffModel", "Years of experience"),
        ),
        number_column(
            translate("StaffModel", "Lessons\nobserved"), lambda r: r.observations, colour=_muted
        ),
        percent_column(
            translate("StaffModel", "Average\nscore"), lambda r: r.average_score, colour=_muted
        ),
        Column(
            translate("StaffModel", "Quality of\nknowledge"),
            lambda r: percent(r.quality),
            lambda r: r.quality,
            numeric=True,
            colour=_muted,
        ),
        Column(
            translate("StaffModel", "Last\ncourse"),
            _pd_text,
            lambda r: r.last_course.toordinal() if r.last_course else None,
            colour=_pd_colour,
            tooltip=lambda r: pd_status_name(r.pd_status),
        ),
        Column(
            translate("StaffModel", "Signals"),
            lambda r: number(r.signals) if r.signals else UNDEFINED,
            lambda r: r.signals,
            numeric=True,
            colour=lambda r: _muted(r) or (VERMILLION if r.attention_rank else None),
            tooltip=_signals_tooltip,
        ),
    ]


def term_notes(scope: Scope | None) -> dict[int, str]:
    """What each column that follows the quarter shows, in words, by column."""
    if scope is None or scope.term is None:
        return {}
    start, end = short_date(scope.year_start), short_date(scope.as_of)
    return {
        OBSERVATIONS: translate(
            "StaffModel", "Final lesson observations from {start} to {end}"
        ).format(start=start, end=end),
        AVERAGE_SCORE: translate(
            "StaffModel", "Average score of the observations from {start} to {end}"
        ).format(start=start, end=end),
        QUALITY: translate("StaffModel", "Quality of knowledge in {period}").format(
            period=period_name(scope.term.year, scope.term.number)
        ),
        PD: translate("StaffModel", "Last professional-development course up to {date}").format(
            date=end
        ),
        FLAGS: translate("StaffModel", "Flags as of {date}").format(date=end),
    }


class StaffModel(RowsModel[StaffRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(staff_columns(), parent)
        self.scope: Scope | None = None
        self.notes: dict[int, str] = {}

    def set_staff(self, staff: StaffList | None) -> None:
        """Show a school's staff list (None: no school) and say what its quarter columns count."""
        self.scope = staff.scope if staff else None
        self.notes = term_notes(self.scope)
        self.set_records(staff.rows if staff else [])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section in self.notes
        ):
            return self.notes[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and index.column() in (OBSERVATIONS, AVERAGE_SCORE, QUALITY)
        ):
            return self.notes.get(index.column())
        return super().data(index, role)


class StaffFilter(QSortFilterProxyModel):
    """What the filter bar asks for: search text, department, category, flagged, archived."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.department_id: int | None = None  # 0: teachers without a department
        self.category: str | None = None
        self.flagged_only = False
        self.show_archived = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, **values: Any) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row: StaffRow = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        if not row.active and not self.show_archived:
            return False
        if self.department_id is not None and (row.department_id or 0) != self.department_id:
            return False
        if self.category is not None and row.category != self.category:
            return False
        if self.flagged_only and row.attention_rank is None:
            return False
        return matches_search(row, self.query)

    def row_at(self, proxy_row: int) -> StaffRow:
        return self.data(self.index(proxy_row, 0), RECORD_ROLE)
