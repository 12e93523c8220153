"""Writing a school's package (see ``school_package_format``) from plain data: no database here.

The service gathers the records (``services.school_package``); this module only lays them out:
the cover and the readable sheets first, in the user's language, then the machine sheets
(text cells only, so that they read back exactly as written) and the manifest with the
checksum over them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from eduqa_desktop.exchange.safe_cells import TITLE_FONT, cell, header_cells
from eduqa_desktop.exchange.school_package_format import (
    MACHINE_COLUMNS,
    MANIFEST_KEYS,
    MANIFEST_SHEET,
    Rows,
    checksum,
    rows_to_lines,
)


@dataclass(frozen=True)
class ReadableSheet:
    """A sheet for people: a title, headers and rows of values (numbers stay numbers)."""

    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    widths: tuple[int, ...] = ()
    formats: dict[int, str] = field(default_factory=dict)  # column index → number format


@dataclass(frozen=True)
class SchoolPackageData:
    manifest: dict[str, str]  # MANIFEST_KEYS but the checksum
    cover_sheet: str
    cover_title: str
    cover: list[tuple[str, Any]]  # label, value
    readable: list[ReadableSheet]
    machine: dict[str, Rows]  # sheet → records (MACHINE_COLUMNS)


def machine_lines(machine: dict[str, Rows]) -> dict[str, list[list[str]]]:
    return {name: rows_to_lines(columns, machine.get(name, []))
            for name, columns in MACHINE_COLUMNS.items()}  # fmt: skip


def package_checksum(machine: dict[str, Rows]) -> str:
    return checksum(machine_lines(machine))


def _widths(sheet: Any, widths: Sequence[int]) -> None:
    for index, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(index + 1)].width = width


def write_school_package(data: SchoolPackageData, path: Path | str) -> str:
    """Write the workbook; returns the checksum written into its manifest."""
    lines = machine_lines(data.machine)
    digest = checksum(lines)
    book = Workbook(write_only=True)
    cover = book.create_sheet(data.cover_sheet[:31])
    _widths(cover, (34, 60))
    title = cell(cover, data.cover_title)
    title.font = TITLE_FONT
    cover.append([title])
    cover.append([])
    for label, value in data.cover:
        cover.append([cell(cover, label, bold=True), cell(cover, value)])
    for readable in data.readable:
        sheet = book.create_sheet(readable.title[:31])
        sheet.freeze_panes = "A2"
        _widths(sheet, readable.widths)
        sheet.append(header_cells(sheet, readable.headers))
        for row in readable.rows:
            sheet.append([cell(sheet, value, readable.formats.get(index))
                          for index, value in enumerate(row)])  # fmt: skip
    for name, sheet_lines in lines.items():
        sheet = book.create_sheet(name)
        for line in sheet_lines:
            sheet.append([cell(sheet, value) for value in line])
    manifest = book.create_sheet(MANIFEST_SHEET)
    values = {**data.manifest, "checksum": digest}
    manifest.append([cell(manifest, "key"), cell(manifest, "value")])
    for key in MANIFEST_KEYS:
        manifest.append([cell(manifest, key), cell(manifest, values.get(key, ""))])
    book.save(Path(path))
    return digest
