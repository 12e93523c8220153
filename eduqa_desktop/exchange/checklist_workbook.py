"""A checklist template to and from an .xlsx workbook, so that a district can hand out its own.

Three sheets: the checklist (name and description in three languages), the scale (one row per
level) and the criteria (one row per criterion: section, text, weight, mechanisms and what
each level looks like, every text in Uzbek, Russian and English). Headers are written in the
chosen language and recognised in any of the three; a row whose section cells are empty
continues the section above (as with merged cells). Problems name the sheet, row and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from eduqa_desktop.domain.checklist_spec import (
    LANGUAGES,
    ChecklistSpec,
    parse_checklist,
    spec_to_data,
)
from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.snapshots import ProtocolKind, SnapshotProtocol
from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.checklist_sheets import (
    PROBLEMS,
    cell,
    clean,
    column,
    field,
    find_field,
    find_sheet,
    level_column,
    read_criteria,
    read_scale,
    word,
)
from eduqa_desktop.exchange.safe_cells import style_header_row, write_cell
from eduqa_desktop.exchange.workbook_reader import detect_format, open_grid, refuse_uncalculated
from eduqa_desktop.text import QT_TRANSLATE_NOOP

WRAP = Alignment(wrap_text=True, vertical="top")
BAD_FILE = QT_TRANSLATE_NOOP("Messages", "“{path}” cannot be read as an .xlsx workbook.")
INVALID = QT_TRANSLATE_NOOP("Messages", "The checklist in the workbook is not valid: {problem}")


SEGMENTS_CELL = "3/15"  # Teach: 3 snapshots per 15-minute segment


def snapshots_cell(protocol: SnapshotProtocol | None) -> str | int:
    if protocol is None:
        return ""
    return SEGMENTS_CELL if protocol.kind is ProtocolKind.SEGMENTS else protocol.count


def read_snapshots(text: str) -> SnapshotProtocol | None:
    """ "" none, a whole number: that many over the lesson, 3/15: three per 15 minutes."""
    text = text.strip().casefold()
    if not text:
        return None
    if text in (SEGMENTS_CELL, "segments"):
        return SnapshotProtocol(ProtocolKind.SEGMENTS, 3)
    number = text[:-2] if text.endswith(".0") else text
    if not number.isdigit():
        raise ValueError(f"snapshots: write a number of snapshots or {SEGMENTS_CELL}, got {text!r}")
    return SnapshotProtocol(ProtocolKind.EVEN, int(number))


# --- writing --------------------------------------------------------------------------------


def _write_rows(sheet: Worksheet, rows: list[list[Any]], widths: list[int]) -> None:
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            write_cell(sheet, r, c, value).alignment = WRAP
    style_header_row(sheet, 1, len(rows[0]))
    sheet.freeze_panes = "A2"
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width


def write_checklist_workbook(spec: ChecklistSpec, path: str | Path, language: str) -> Path:
    """Write `spec` to `path` (.xlsx) with headers in `language`; returns the path."""
    workbook = Workbook()
    info = workbook.active
    info.title = word("checklist", language)
    info_rows: list[list[Any]] = [[word("field", language), *LANGUAGES]]
    info_rows.append([word("name", language), *(spec.name.get(x, "") for x in LANGUAGES)])
    info_rows.append(
        [word("description", language), *(spec.description.get(x, "") for x in LANGUAGES)]
    )
    info_rows.append([word("code", language), spec.code, "", ""])
    info_rows.append([word("snapshots", language), snapshots_cell(spec.snapshots), "", ""])
    _write_rows(info, info_rows, [16, 50, 50, 50])

    scale = workbook.create_sheet(word("scale", language))
    scale_rows: list[list[Any]] = [
        [
            word("value", language),
            *(column("label", language, x) for x in LANGUAGES),
            *(column("description", language, x) for x in LANGUAGES),
        ]
    ]
    for level in spec.scale:
        scale_rows.append(
            [
                level.value,
                *(level.label.get(x, "") for x in LANGUAGES),
                *(level.description.get(x, "") for x in LANGUAGES),
            ]
        )
    _write_rows(scale, scale_rows, [10, 18, 18, 18, 40, 40, 40])

    criteria = workbook.create_sheet(word("criteria", language))
    values = [level.value for level in spec.scale]
    header: list[Any] = [
        *(column("section", language, x) for x in LANGUAGES),
        *(column("criterion", language, x) for x in LANGUAGES),
        word("weight", language),
        word("mechanisms", language),
        *(level_column(v, language, x) for v in values for x in LANGUAGES),
        *(column("next_step", language, x) for x in LANGUAGES),
    ]
    rows: list[list[Any]] = [header]
    for section in spec.sections:
        for index, criterion in enumerate(section.criteria):
            titles = [section.title.get(x, "") if index == 0 else "" for x in LANGUAGES]
            levels = criterion.levels or {}
            rows.append(
                [
                    *titles,
                    *(criterion.text.get(x, "") for x in LANGUAGES),
                    criterion.weight,
                    ", ".join(str(m) for m in criterion.mechanisms),
                    *(levels.get(str(v), {}).get(x, "") for v in values for x in LANGUAGES),
                    *((criterion.next_step or {}).get(x, "") for x in LANGUAGES),
                ]
            )
    widths = [22, 22, 22, 45, 45, 45, 8, 28] + [30] * (3 * len(values)) + [45, 45, 45]
    _write_rows(criteria, rows, widths)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(target)
    return target


# --- reading --------------------------------------------------------------------------------


def read_checklist_workbook(path: str | Path) -> ChecklistSpec:
    """Read a checklist written by :func:`write_checklist_workbook` (or typed by hand in the
    same layout); raises UserError naming the sheet, row and column of a problem."""
    grid = open_grid(Path(path))  # the file guard first, then python-calamine
    try:
        if detect_format(Path(path)) == "xlsx":
            refuse_uncalculated(Path(path))  # a weight "=2*1" never calculated reads as empty
        info = find_sheet(grid, "checklist", 0)
        scale = read_scale(find_sheet(grid, "scale", 1))
        sections = read_criteria(find_sheet(grid, "criteria", 2), [lv.value for lv in scale])
    except UserError:
        raise
    except Exception as error:  # a cell calamine reads as something unexpected
        raise UserError(BAD_FILE, path=str(path)) from error
    finally:
        grid.close()
    by_field = {search_key(clean(row[0])): row for _, row in info.body() if row}
    name = field(info, by_field, "name")
    if not any(name.values()):
        raise UserError(PROBLEMS["text"], sheet=info.title, row=2, column="B")
    code_row = find_field(by_field, "code")
    snapshots_row = find_field(by_field, "snapshots")
    try:
        snapshots = read_snapshots(clean(cell(snapshots_row, 1)) if snapshots_row else "")
    except ValueError as error:
        raise UserError(INVALID, problem=str(error)) from error
    spec = ChecklistSpec(
        code=clean(cell(code_row, 1)) if code_row else "",
        name=name,
        description=field(info, by_field, "description"),
        scale=scale,
        sections=sections,
        snapshots=snapshots,
    )
    try:
        return parse_checklist(spec_to_data(spec), require_all_languages=False)
    except ValueError as error:
        raise UserError(INVALID, problem=str(error)) from error
