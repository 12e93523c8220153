"""What a dropped spreadsheet holds, told by its sheets and headers (never by its name).

A school's package for the district has its manifest; an observations package has its
machine sheet; a checklist workbook has its criteria sheet
(named in any of the three languages), an XLSForm (KoboToolbox, ODK) its "survey" sheet with a
"type" column — both are checklists; any other file is the layout whose columns its header
row matches best — all the required columns first, then the most columns. A file that
matches no layout gets None: the import dialog then lets the user choose.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.exchange.checklist_sheets import word
from eduqa_desktop.exchange.exchange_package import OBSERVATIONS_SHEET
from eduqa_desktop.exchange.headers import (
    ACTIVITIES,
    LANGUAGES,
    OBSERVATIONS,
    RESULTS,
    TEACHERS,
    Layout,
    match_headers,
)
from eduqa_desktop.exchange.school_package_format import MANIFEST_SHEET
from eduqa_desktop.exchange.workbook_reader import HEADER_SCAN_ROWS, open_grid
from eduqa_desktop.exchange.xlsform_format import SURVEY

PACKAGE = "package"
SCHOOL_PACKAGE = "school-package"
CHECKLIST = "checklist"
LAYOUTS: tuple[Layout, ...] = (TEACHERS, RESULTS, ACTIVITIES, OBSERVATIONS)


def recognise_kind(path: Path | str) -> str | None:
    """ "school-package", "package", "checklist", "teachers", "results", "activities",
    "observations" or None.

    Raises UserError (from the reader) when the file is not a readable spreadsheet."""
    grid = open_grid(Path(path))
    try:
        names = list(grid.sheet_names)
        if MANIFEST_SHEET in names:
            return SCHOOL_PACKAGE
        if OBSERVATIONS_SHEET in names:
            return PACKAGE
        criteria = {search_key(word("criteria", x)) for x in LANGUAGES}
        if any(search_key(name) in criteria for name in names) or _is_xlsform(grid, names):
            return CHECKLIST
        best: tuple[tuple[int, int], str] | None = None
        for name in names:
            head: list[list[Any]] = []
            for row in grid.rows(name):
                head.append(list(row))
                if len(head) >= HEADER_SCAN_ROWS:
                    break
            for layout in LAYOUTS:
                score = _score(head, layout)
                if score is not None and (best is None or score > best[0]):
                    best = (score, layout.kind)
        return None if best is None else best[1]
    finally:
        grid.close()


def _is_xlsform(grid: Any, names: list[str]) -> bool:
    survey = next((name for name in names if name.strip().casefold() == SURVEY), None)
    if survey is None:
        return False
    header = next(iter(grid.rows(survey)), [])
    return any(str(value or "").strip().casefold() == "type" for value in header)


def _score(head: list[list[Any]], layout: Layout) -> tuple[int, int] | None:
    """(columns found, required columns) of the best header row that holds every required
    column of `layout`; None when no row does."""
    required = {f.name for f in layout.required}
    best: tuple[int, int] | None = None
    for row in head:
        found = match_headers(row, layout.fields)
        if len(found) < 2 or not required <= found.keys():
            continue
        score = (len(found), len(required))
        if best is None or score > best:
            best = score
    return best
