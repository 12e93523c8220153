"""What a file dropped on the window is: which import it belongs to, told by its content."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from eduqa_desktop.exchange.file_suffixes import SPREADSHEET_SUFFIXES

if TYPE_CHECKING:
    from eduqa_desktop.exchange.import_plan import ImportKind

DATABASE_SUFFIXES = (".sqlite3", ".db")

__all__ = ["DATABASE_SUFFIXES", "SPREADSHEET_SUFFIXES", "DroppedFile", "recognise_file"]


@dataclass(frozen=True)
class DroppedFile:
    path: Path
    kind: ImportKind | None  # None: a spreadsheet whose headers match no import
    is_package: bool = False  # an inspector's observations package
    is_school_package: bool = False  # a school's package for the district


def recognise_file(path: Path | str) -> DroppedFile:
    """The import a spreadsheet belongs to (UserError when it is not a readable spreadsheet)."""
    # The readers (openpyxl, calamine) load on the first drop, not with the window.
    from eduqa_desktop.exchange.file_kind import PACKAGE, SCHOOL_PACKAGE, recognise_kind
    from eduqa_desktop.exchange.import_plan import ImportKind

    path = Path(path)
    found = recognise_kind(path)
    if found == SCHOOL_PACKAGE:
        return DroppedFile(path, None, is_school_package=True)
    if found == PACKAGE:
        return DroppedFile(path, ImportKind.OBSERVATIONS, is_package=True)
    return DroppedFile(path, None if found is None else ImportKind(found))
