"""Results written in the import layout: the same file can be imported into another copy."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from openpyxl import Workbook

from eduqa_desktop.exchange.headers import RESULTS
from eduqa_desktop.exchange.safe_cells import cell, header_cells


class ResultLine(NamedTuple):
    """One results row, its values in the columns' order (a tuple: a district's 90 000 rows
    are written by iterating each one)."""

    year: str
    term: int
    school_class: str
    subject: str
    teacher: str
    class_size: int | None
    n5: int | None
    n4: int | None
    n3: int | None
    n2: int | None
    n1: int | None
    not_attested: int | None
    exempt: int | None


def write_results(lines: Iterable[ResultLine], path: Path | str, *, language: str = "en") -> int:
    """Write the lines as a results workbook (streamed: `lines` may be a generator); returns
    how many were written."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(RESULTS.sheet_title.get(language, "Results"))
    sheet.freeze_panes = "A2"
    for index, item in enumerate(RESULTS.fields):
        sheet.column_dimensions[chr(ord("A") + index)].width = item.width
    sheet.append(header_cells(sheet, [item.label(language) for item in RESULTS.fields]))
    count = 0
    for line in lines:
        sheet.append([cell(sheet, value) for value in line])
        count += 1
    book.save(Path(path))
    return count
