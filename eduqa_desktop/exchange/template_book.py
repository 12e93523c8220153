"""The common part of reading a filled template of this app (surveys, graduates): the file
through the guard and python-calamine (:func:`workbook_reader.open_grid`), its sheets as rows,
its hidden sheet of facts, whole numbers from cells, and problems named by sheet, row and
column. A reader never raises for a bad file: it says what is wrong in `problems`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from openpyxl.utils import get_column_letter

from eduqa_desktop.domain.school_calendar import YearNameError, parse_year_name
from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.problems import Problem, shown
from eduqa_desktop.exchange.workbook_reader import open_grid
from eduqa_desktop.text import QT_TRANSLATE_NOOP

SUFFIXES = (".xlsx", ".xlsm")
NOT_XLSX = QT_TRANSLATE_NOOP(
    "Messages", "{file} is not an .xlsx workbook. Save it from Excel as .xlsx and import that."
)
UNREADABLE = QT_TRANSLATE_NOOP("Messages", "{file} cannot be read as a workbook: {reason}")

Row = Sequence[Any]


def whole(value: Any) -> int | None:
    """A whole number from a cell (3, 3.0, "3", " 3 "); None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "")
        if text.lstrip("-").isdigit():
            return int(text)
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return None
        return int(number) if number.is_integer() else None
    return None


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class Book:
    """The sheets of a workbook, read once, as lists of cell values (shaped as openpyxl's)."""

    def __init__(self, sheets: dict[str, list[list[Any]]]) -> None:
        self.sheets = sheets

    @property
    def sheet_names(self) -> list[str]:
        return list(self.sheets)

    def rows(self, name: str) -> list[list[Any]]:
        return self.sheets[name]

    def facts(self, name: str) -> dict[str, Any]:
        """The hidden sheet's first two columns as name → value ({} when there is no such
        sheet)."""
        return {
            str(row[0]).strip(): row[1] if len(row) > 1 else None
            for row in self.sheets.get(name, ())
            if row and not blank(row[0])
        }


class HasProblems(Protocol):
    problems: list[Problem]


class TemplateReader:
    """Subclasses give `result` (with a `problems` list) and :meth:`read_book`."""

    result: HasProblems

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sheet = ""

    def problem(
        self, row: int | None, column: int | None, found: Any, template: str, /, **params: Any
    ) -> None:
        letter = get_column_letter(column) if column else ""
        self.result.problems.append(
            Problem(self.sheet, row, letter, shown(found), template, params)
        )

    def year_in(self, row: int, value: Any) -> str | None:
        """The academic year written in column B of `row` ("2025-2026"), else a problem."""
        try:
            return parse_year_name(str(value))
        except YearNameError:
            self.problem(
                row, 2, value,
                QT_TRANSLATE_NOOP(
                    "Messages", "“{value}” is not an academic year; write it like 2025-2026."
                ),
                value=shown(value),
            )  # fmt: skip
            return None

    def file_problem(self, template: str, **params: Any) -> Any:
        self.problem(None, None, self.path.name, template, **params)
        return self.result

    def read(self) -> Any:
        if self.path.suffix.lower() not in SUFFIXES:
            return self.file_problem(NOT_XLSX, file=self.path.name)
        try:
            grid = open_grid(self.path)  # the file guard first: sizes, zip ratios, XML, time
        except UserError as error:
            return self.file_problem(error.template, **error.params)
        try:
            book = Book({name: [list(row) for row in grid.rows(name)] for name in grid.sheet_names})
        except UserError as error:
            return self.file_problem(error.template, **error.params)
        finally:
            grid.close()
        try:
            return self.read_book(book)
        except UserError:
            raise
        except Exception as error:  # a cell of a type no template has …
            return self.file_problem(
                UNREADABLE, file=self.path.name, reason=str(error) or type(error).__name__
            )

    def read_book(self, book: Book) -> Any:
        raise NotImplementedError
