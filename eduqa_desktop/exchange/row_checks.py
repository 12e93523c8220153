"""Checking the cells of a read row without a database: a problem per wrong cell, found where
it is (sheet, row, column), with the value that was there."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eduqa_desktop.domain.school_calendar import YearNameError, parse_year_name
from eduqa_desktop.exchange.problems import Problem, shown
from eduqa_desktop.exchange.workbook_reader import SourceRow
from eduqa_desktop.text import QT_TRANSLATE_NOOP

EMPTY_CELL = QT_TRANSLATE_NOOP("Messages", "This cell must not be empty.")
NOT_A_YEAR = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not an academic year; write it like 2025-2026."
)


class RowChecks:
    """Records problems in `self.problems` (the class that mixes this in provides it)."""

    problems: list[Problem]

    def problem(self, source: SourceRow, field_name: str, template: str, **params: Any) -> None:
        sheet, row, column, value = source.where(field_name)
        self.problems.append(Problem(sheet, row, column, value, template, params))

    def row_problem(self, source: SourceRow, template: str, **params: Any) -> None:
        self.problems.append(Problem(source.sheet, source.row, "", "", template, params))

    def require(self, source: SourceRow, *names: str) -> bool:
        """True when every named cell holds a (valid) value; else a problem per empty cell."""
        ok = True
        for name in names:
            if source.values.get(name) is None:
                ok = False
                if source.raw.get(name) in (None, "") or not str(source.raw.get(name)).strip():
                    self.problem(source, name, EMPTY_CELL)
        return ok

    def year_name(self, source: SourceRow | None, fallback: str | None) -> str | None:
        """The row's academic year ("2025-2026"), else `fallback`; None (and a problem) when
        the cell holds something else."""
        written = source.values.get("year") if source is not None else None
        if written:
            try:
                return parse_year_name(str(written))
            except YearNameError:
                if source is not None:
                    self.problem(source, "year", NOT_A_YEAR, value=shown(written))
                return None
        return fallback


@dataclass
class Problems(RowChecks):
    """Row checks on their own: the problems of a file read without a database."""

    problems: list[Problem] = field(default_factory=list)
