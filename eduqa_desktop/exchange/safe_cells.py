"""Writing cells so that no text ever becomes a formula (no formula injection).

openpyxl turns any string that starts with ``=`` into a formula. A teacher named
``=HYPERLINK("http://x","y")`` must stay that literal text in every file we write, so every
value goes through :func:`cell`: text is forced to the string type (``data_type = "s"``) and
text that a spreadsheet could read as a formula (``= + - @`` first, or a tab/CR) also gets the
``quotePrefix`` style, so Excel and LibreOffice keep it literal even when the cell is edited.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
TITLE_FONT = Font(bold=True, size=14)
NOTE_FONT = Font(italic=True, color="555555")

PERCENT_FORMAT = '0.0"%"'  # values are 0..100 (like the app), shown with one decimal
AVERAGE_FORMAT = "0.00"
INTEGER_FORMAT = "0"
DATE_FORMAT = "DD.MM.YYYY"


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def make_text(target: Cell | WriteOnlyCell, text: str) -> None:
    """Put `text` in a cell as text, whatever it starts with."""
    target.value = text
    target.data_type = "s"
    if looks_like_formula(text):
        target.quotePrefix = True


def set_value(target: Cell | WriteOnlyCell, value: Any, number_format: str | None = None) -> None:
    """Any value: text stays text; numbers and dates keep their type; None stays empty."""
    if isinstance(value, str):
        make_text(target, value)
        return
    if isinstance(value, bool):
        target.value = value
        return
    target.value = value
    if isinstance(value, datetime | date):
        target.number_format = number_format or DATE_FORMAT
    elif number_format and value is not None:
        target.number_format = number_format


def cell(
    sheet: Worksheet, value: Any, number_format: str | None = None, *, bold: bool = False
) -> WriteOnlyCell:
    """A write-only cell holding `value` safely (see the module docstring)."""
    result = WriteOnlyCell(sheet)
    set_value(result, value, number_format)
    if bold:
        result.font = Font(bold=True)
    return result


def header_cells(sheet: Worksheet, labels: Iterable[str]) -> list[WriteOnlyCell]:
    cells = []
    for label in labels:
        item = cell(sheet, label)
        item.font = HEADER_FONT
        item.fill = HEADER_FILL
        item.alignment = HEADER_ALIGNMENT
        cells.append(item)
    return cells


def write_cell(
    sheet: Worksheet, row: int, column: int, value: Any, number_format: str | None = None
) -> Cell:
    """The same for a normal (not write-only) worksheet."""
    target = sheet.cell(row=row, column=column)
    set_value(target, value, number_format)
    return target


def style_header_row(sheet: Worksheet, row: int, count: int) -> None:
    for column in range(1, count + 1):
        target = sheet.cell(row=row, column=column)
        target.font = HEADER_FONT
        target.fill = HEADER_FILL
        target.alignment = HEADER_ALIGNMENT
