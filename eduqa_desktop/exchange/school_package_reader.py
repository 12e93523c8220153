"""Reading a school's package back: file → manifest and machine records, or a refusal that
says what is wrong (not a package, a sheet missing, altered, made by a newer version).

Only the machine sheets are read; what a clerk may have typed into the readable sheets is
ignored. Nothing here knows a database: merging is ``services.imports.school_package``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.school_package_format import (
    FORMAT,
    FORMAT_VERSION,
    MACHINE_COLUMNS,
    MANIFEST_SHEET,
    OPTIONAL_SHEETS,
    Rows,
    checksum,
    sheet_lines,
)
from eduqa_desktop.exchange.workbook_reader import open_grid
from eduqa_desktop.text import QT_TRANSLATE_NOOP

NOT_A_PACKAGE = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}” is not a school package: it has no sheet “{sheet}”. A school makes one with "
    "File ▸ Send to the district….",
)
SHEET_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "The school package “{file}” lacks the sheet “{sheet}”: it is damaged or was altered. "
    "Ask the school to send it again.",
)
COLUMNS_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "The sheet “{sheet}” of the school package “{file}” lacks the columns: {columns}. "
    "Ask the school to send it again.",
)
ALTERED = QT_TRANSLATE_NOOP(
    "Messages",
    "The school package “{file}” was changed after it was made (its checksum does not "
    "match), so it was not read. Ask the school to send it again.",
)
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Messages",
    "The school package “{file}” was made by a newer version of EduQA Desktop ({version}). "
    "Install that version to receive it.",
)


@dataclass(frozen=True)
class SchoolPackageContents:
    file: str
    manifest: dict[str, str]
    sheets: dict[str, Rows]  # machine sheet → records, every value text

    @property
    def school(self) -> str:
        return self.manifest.get("school", "")

    def records(self, sheet: str) -> Rows:
        return self.sheets.get(sheet, [])


def _records(lines: list[list[str]], columns: tuple[str, ...]) -> tuple[Rows, list[str]]:
    header = lines[0] if lines else []
    missing = [name for name in columns if name not in header]
    index = {name: header.index(name) for name in columns if name in header}
    records = [
        {name: line[i] if i < len(line) else "" for name, i in index.items()} for line in lines[1:]
    ]
    return records, missing


def is_school_package(path: Path) -> bool:
    grid = open_grid(path)
    try:
        return MANIFEST_SHEET in grid.sheet_names
    finally:
        grid.close()


def read_school_package(path: Path | str) -> SchoolPackageContents:
    """The package's machine records, its checksum verified (see the module docstring)."""
    path = Path(path)
    grid = open_grid(path)
    try:
        if MANIFEST_SHEET not in grid.sheet_names:
            raise UserError(NOT_A_PACKAGE, file=path.name, sheet=MANIFEST_SHEET)
        manifest_lines = sheet_lines(grid.rows(MANIFEST_SHEET))
        manifest = {line[0]: (line[1] if len(line) > 1 else "") for line in manifest_lines[1:]}
        if manifest.get("format") != FORMAT:
            raise UserError(NOT_A_PACKAGE, file=path.name, sheet=MANIFEST_SHEET)
        version = manifest.get("format_version", "")
        if not version.isdigit():
            raise UserError(NOT_A_PACKAGE, file=path.name, sheet=MANIFEST_SHEET)
        if int(version) > int(FORMAT_VERSION):
            raise UserError(NEWER_FORMAT, file=path.name, version=manifest.get("app_version"))
        lines: dict[str, list[list[str]]] = {}
        for sheet in MACHINE_COLUMNS:
            if sheet not in grid.sheet_names:
                if sheet in OPTIONAL_SHEETS and int(version) < int(FORMAT_VERSION):
                    continue  # not in that format, not in its checksum
                raise UserError(SHEET_MISSING, file=path.name, sheet=sheet)
            lines[sheet] = sheet_lines(grid.rows(sheet))
    finally:
        grid.close()
    if checksum(lines) != manifest.get("checksum"):
        raise UserError(ALTERED, file=path.name)
    sheets: dict[str, Rows] = {}
    for sheet, columns in MACHINE_COLUMNS.items():
        if sheet not in lines:
            sheets[sheet] = []
            continue
        records, missing = _records(lines[sheet], columns)
        if missing:
            raise UserError(
                COLUMNS_MISSING, file=path.name, sheet=sheet, columns=", ".join(missing)
            )
        sheets[sheet] = records
    return SchoolPackageContents(path.name, manifest, sheets)
