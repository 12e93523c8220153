"""Reading a filled graduates template: file → counts per grade and destination, the partner
placements, and every problem with its sheet, row and column (files only, no database).

Labels and destinations may be written in Uzbek, Russian or English (or as codes); a blank
count is 0; a grade whose column is blank throughout is not in the file. Read through the
file guard and python-calamine (:mod:`template_book`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eduqa_desktop.domain.graduates import GRADUATING_GRADES, Destination
from eduqa_desktop.domain.names import search_key
from eduqa_desktop.exchange.graduate_words import destination_keys, label_keys, placement_keys
from eduqa_desktop.exchange.graduates_template import KIND, META_SHEET
from eduqa_desktop.exchange.problems import Problem, shown
from eduqa_desktop.exchange.template_book import Book, TemplateReader, blank, whole
from eduqa_desktop.text import QT_TRANSLATE_NOOP

SEARCH_ROWS = 40
MAX_PARTNER_ROWS = 5_000

NOT_A_COUNT = QT_TRANSLATE_NOOP(
    "Messages", "The number of graduates must be a whole number of 0 or more, not “{value}”."
)


@dataclass(frozen=True)
class PlacementRow:
    row: int
    partner: str
    sector: str
    grade: int
    destination: Destination
    graduates: int


@dataclass
class GraduatesFile:
    file: str
    sheet: str = ""
    partners_sheet: str = ""
    school: str = ""
    year: str | None = None
    counts: dict[int, dict[Destination, int]] = field(default_factory=dict)  # grade → …
    placements: list[PlacementRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    read: bool = False  # the file is a graduates template (problems may still be in it)


class _Reader(TemplateReader):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.result = GraduatesFile(file=path.name)

    def read_book(self, book: Book) -> GraduatesFile:
        if book.facts(META_SHEET).get("kind") != KIND:
            return self.file_problem(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{file} is not a graduates template of EduQA. Make one with File ▸ "
                    "Surveys ▸ Import graduates… ▸ Blank template.",
                ),
                file=self.path.name,
            )
        self.result.read = True
        names = book.sheet_names
        self.sheet = self.result.sheet = names[0]
        self._read_counts(book.rows(names[0]))
        if len(names) > 1 and names[1] != META_SHEET:
            self.sheet = self.result.partners_sheet = names[1]
            self._read_partners(book.rows(names[1]))
        return self.result

    # --- the counts ------------------------------------------------------------------------

    def _read_counts(self, rows: list[list[Any]]) -> None:
        keys, destinations = label_keys(), destination_keys()
        columns: dict[int, int] = {}  # column index (0-based) → grade
        counts: dict[int, dict[Destination, int]] = {}
        filled: set[int] = set()
        for number, cells in enumerate(rows, start=1):
            if not cells or blank(cells[0]):
                continue
            key = keys.get(search_key(str(cells[0])))
            if not columns:
                if key == "school" and len(cells) > 1 and not blank(cells[1]):
                    self.result.school = str(cells[1]).strip()
                elif key == "year" and len(cells) > 1 and not blank(cells[1]):
                    self.result.year = self.year_in(number, cells[1])
                elif key == "destination":
                    columns = self._grade_columns(number, cells)
                    if not columns:
                        return
                elif number > SEARCH_ROWS:
                    break
                continue
            destination = destinations.get(search_key(str(cells[0])))
            if destination is None:
                self.problem(
                    number,
                    1,
                    cells[0],
                    QT_TRANSLATE_NOOP(
                        "Messages", "“{value}” is not a destination of graduates this app knows."
                    ),
                    value=shown(cells[0]),
                )
                continue
            for index, grade in columns.items():
                value = cells[index] if index < len(cells) else None
                if blank(value):
                    continue
                count = whole(value)
                if count is None or count < 0:
                    self.problem(number, index + 1, value, NOT_A_COUNT, value=shown(value))
                    continue
                filled.add(grade)
                grade_counts = counts.setdefault(grade, {})
                grade_counts[destination] = grade_counts.get(destination, 0) + count
        if not columns:
            self.problem(
                None,
                None,
                self.path.name,
                QT_TRANSLATE_NOOP(
                    "Messages", "{file}: the header row (“Destination”, “Grade 9”, “Grade 11”) "
                    "is missing.",
                ),
                file=self.path.name,
            )  # fmt: skip
        self.result.counts = {g: counts.get(g, {}) for g in GRADUATING_GRADES if g in filled}

    def _grade_columns(self, row: int, cells: Sequence[Any]) -> dict[int, int]:
        keys = label_keys()
        columns = {}
        for index, value in enumerate(cells[1:], start=1):
            key = "" if blank(value) else keys.get(search_key(str(value)), "")
            if key in ("grade_9", "grade_11"):
                columns[index] = int(key.split("_")[1])
        if not columns:
            self.problem(
                row,
                2,
                cells[1] if len(cells) > 1 else None,
                QT_TRANSLATE_NOOP("Messages", "The columns “Grade 9” and “Grade 11” are missing."),
            )
        return columns

    # --- the partners ------------------------------------------------------------------------

    def _read_partners(self, rows: list[list[Any]]) -> None:
        keys, ways = label_keys(), placement_keys()
        header = None
        for number, cells in enumerate(rows, start=1):
            if header is None:
                if (
                    cells
                    and not blank(cells[0])
                    and keys.get(search_key(str(cells[0]))) == "partner"
                ):
                    header = number
                elif number > SEARCH_ROWS:
                    return
                continue
            if number - header > MAX_PARTNER_ROWS:
                break
            cells = tuple(cells) + (None,) * (5 - len(cells))
            name, sector, grade_cell, how_cell, count_cell = cells[:5]
            if all(blank(v) for v in (name, grade_cell, how_cell, count_cell)):
                continue
            if blank(name):
                self.problem(
                    number, 1, name,
                    QT_TRANSLATE_NOOP("Messages", "Write the partner organisation's name."),
                )  # fmt: skip
                continue
            grade = whole(grade_cell)
            if grade not in GRADUATING_GRADES:
                self.problem(
                    number, 3, grade_cell,
                    QT_TRANSLATE_NOOP("Messages", "The grade is 9 or 11, not “{value}”."),
                    value=shown(grade_cell),
                )  # fmt: skip
                continue
            way = None if blank(how_cell) else ways.get(search_key(str(how_cell)))
            if way is None:
                self.problem(
                    number, 4, how_cell,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{value}” is not a way of placement: write dual education, internship "
                        "or work.",
                    ),
                    value=shown(how_cell),
                )  # fmt: skip
                continue
            count = whole(count_cell)
            if count is None or count < 0:
                self.problem(number, 5, count_cell, NOT_A_COUNT, value=shown(count_cell))
                continue
            self.result.placements.append(
                PlacementRow(
                    number, str(name).strip(), "" if blank(sector) else str(sector).strip(),
                    grade, way, count,
                )
            )  # fmt: skip


def read_graduates(path: Path | str) -> GraduatesFile:
    return _Reader(Path(path)).read()
