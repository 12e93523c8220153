"""A block of results copied from Excel (tab-separated text) read into rows.

Excel puts one row per line and a tab between cells; a cell holding a tab, a quote or a
line break comes in double quotes. The block may start with a header row (in Uzbek,
Russian or English — then the columns are taken from it, in any order), may end with a
totals row (``Jami``, ``Итого``, ``Total`` — skipped) and may hold blank lines (skipped).
Without a header the cells are taken in the order of ``columns`` (the grid passes the
columns from the cell where the paste starts).

Each row comes back with its raw cells (so that a grid can show exactly what was pasted)
and, checked with :mod:`eduqa_desktop.domain.result_entry`, its normalised class name,
numbers, and the subject and teacher ids when lists to match them against are given.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from eduqa_desktop.domain.indicators import MarkCounts
from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.result_entry import (
    ENTRY_FIELDS,
    EntryProblem,
    Problem,
    SubjectChoice,
    check_row,
    duplicate_rows,
    resolve_subject,
    resolve_teacher,
)

__all__ = [
    "HEADER_WORDS",
    "PasteProblem",
    "PastedBlock",
    "PastedRow",
    "header_columns",
    "parse_pasted_block",
    "split_block",
]

# What a header cell may say for each field (compared by search key, so case, apostrophe
# variants and script do not matter).
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "class_name": ("class", "sinf", "класс", "sinfi", "класс/группа"),
    "subject": ("subject", "fan", "fan nomi", "предмет", "предметы", "дисциплина"),
    "teacher": (
        "teacher", "oʻqituvchi", "o'qituvchi", "oqituvchi", "учитель", "преподаватель",
        "ф.и.о. учителя", "ф. и. о. учителя", "фио учителя", "oʻqituvchi f.i.sh.",
    ),
    "class_size": (
        "pupils", "pupils in class", "class size", "oʻquvchilar", "oʻquvchilar soni",
        "sinfdagi oʻquvchilar", "sinfdagi oʻquvchilar soni", "учащихся", "кол-во учащихся",
        "количество учащихся", "всего учащихся", "учащихся в классе", "всего",
    ),
    "n5": ("5", "n5", "«5»", "\"5\"", "aʼlo", "a'lo", "alo", "отлично", "на «5»", "на 5"),
    "n4": ("4", "n4", "«4»", "\"4\"", "yaxshi", "хорошо", "на «4»", "на 4"),
    "n3": ("3", "n3", "«3»", "\"3\"", "qoniqarli", "удовлетворительно", "на «3»", "на 3"),
    "n2": ("2", "n2", "«2»", "\"2\"", "qoniqarsiz", "неудовлетворительно", "на «2»", "на 2"),
    "n1": ("1", "n1", "«1»", "\"1\""),
    "not_attested": (
        "not attested", "not graded", "na", "н/а", "н/а.", "не аттестован", "не аттестованы",
        "неаттестованные", "attestatsiyadan oʻtmagan", "attestatsiyadan o'tmagan",
        "baholanmagan",
    ),
    "exempt": ("exempt", "ozod", "ozod qilingan", "освобождён", "освобожден", "освобождены"),
}  # fmt: skip

_TOTAL_WORDS = frozenset(search_key(w) for w in ("jami", "итого", "всего", "total", "жами"))
_WORDY_FIELDS = ("class_name", "subject", "teacher", "class_size", "not_attested", "exempt")


def _header_key(text: str) -> str:
    return search_key(text.strip().strip(":").strip())


_HEADER_INDEX: dict[str, str] = {
    _header_key(word): name for name, words in HEADER_WORDS.items() for word in words
}


@dataclass(frozen=True)
class PasteProblem:
    """A problem of one pasted line (1-based within the block) and field."""

    line: int
    problem: EntryProblem

    @property
    def field(self) -> str:
        return self.problem.field

    @property
    def code(self) -> Problem:
        return self.problem.code


@dataclass(frozen=True)
class PastedRow:
    """One row of the block: its raw cells and what they were read as."""

    line: int
    cells: Mapping[str, str]  # field → text exactly as pasted (only the pasted fields)
    class_name: str | None = None
    class_size: int | None = None
    counts: MarkCounts = field(default_factory=MarkCounts)
    exempt: int = 0
    subject_id: int | None = None
    teacher_id: int | None = None
    problems: tuple[EntryProblem, ...] = ()


@dataclass(frozen=True)
class PastedBlock:
    rows: list[PastedRow]
    problems: list[PasteProblem]
    header: bool  # the first line was a header and gave the columns

    @property
    def valid(self) -> bool:
        return not self.problems


def split_block(text: str) -> list[list[str]]:
    """Lines and cells of tab-separated text as Excel and LibreOffice copy it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    reader = csv.reader(io.StringIO(text), delimiter="\t", quotechar='"', strict=False)
    return [list(row) for row in reader]


def header_columns(cells: Sequence[str]) -> list[str | None] | None:
    """The field of each header cell, or ``None`` when ``cells`` is not a header row.

    A header names at least two fields and at least one of them in words (a row of
    numbers such as ``5 4 3 2`` is data, not a header).
    """
    columns = [_HEADER_INDEX.get(_header_key(cell)) if cell.strip() else None for cell in cells]
    named = [c for c in columns if c is not None]
    if len(named) < 2 or len(set(named)) != len(named):
        return None
    if not any(c in _WORDY_FIELDS for c in named):
        return None
    return columns


def _is_total(cells: Mapping[str, str]) -> bool:
    first = cells.get("class_name") or next((v for v in cells.values() if v.strip()), "")
    return _header_key(first) in _TOTAL_WORDS


def parse_pasted_block(
    text: str,
    *,
    columns: Sequence[str] = ENTRY_FIELDS,
    teachers: Sequence[tuple[int, str]] | None = None,
    subjects: Sequence[SubjectChoice] | None = None,
    complete_rows: bool = True,
) -> PastedBlock:
    """Read a pasted block into rows and problems.

    ``columns`` — the fields of the cells when the block has no header.
    ``teachers`` / ``subjects`` — when given, names are matched to ids (unknown or
    ambiguous names are problems); when ``None`` the names are left as text.
    ``complete_rows`` — a row must carry the whole entry (class, subject, teacher, pupils);
    ``False`` when pasting over some columns of rows that already exist in a grid, where
    only the pasted cells are checked.
    """
    lines = split_block(text)
    header = False
    if lines:
        found = header_columns(lines[0])
        if found is not None:
            header = True
            layout: list[str | None] = found
            lines = lines[1:]
        else:
            layout = list(columns)
    else:
        layout = list(columns)

    rows: list[PastedRow] = []
    problems: list[PasteProblem] = []
    first_line = 2 if header else 1
    for offset, raw_cells in enumerate(lines):
        line = first_line + offset
        if not any(cell.strip() for cell in raw_cells):
            continue
        cells: dict[str, str] = {}
        extra = False
        for index, cell in enumerate(raw_cells):
            name = layout[index] if index < len(layout) else None
            if name is None:
                extra = extra or (bool(cell.strip()) and not header)
                continue
            cells[name] = cell
        if _is_total(cells):
            continue
        row = _read_row(line, cells, teachers, subjects, complete_rows)
        row_problems = list(row.problems)
        if extra:
            row_problems.append(
                EntryProblem(
                    layout[-1] if layout and layout[-1] else "exempt",
                    Problem.EXTRA_CELLS,
                    {"count": len(raw_cells), "columns": len(layout)},
                )
            )
        row = replace(row, problems=tuple(row_problems))
        rows.append(row)
        problems.extend(PasteProblem(line, p) for p in row_problems)

    if complete_rows:
        keys = [
            (r.class_name, r.subject_id, r.teacher_id)
            if r.class_name and r.subject_id is not None and r.teacher_id is not None
            else None
            for r in rows
        ]
        for index, first in duplicate_rows(keys).items():
            problem = EntryProblem("class_name", Problem.DUPLICATE, {"other": rows[first].line})
            rows[index] = replace(rows[index], problems=(*rows[index].problems, problem))
            problems.append(PasteProblem(rows[index].line, problem))
    problems.sort(key=lambda p: p.line)
    return PastedBlock(rows=rows, problems=problems, header=header)


def _read_row(
    line: int,
    cells: Mapping[str, str],
    teachers: Sequence[tuple[int, str]] | None,
    subjects: Sequence[SubjectChoice] | None,
    complete_rows: bool,
) -> PastedRow:
    checked = check_row(cells)
    problems = [
        p
        for p in checked.problems
        if complete_rows or (p.field in cells and p.code is not Problem.MISSING)
    ]
    if not complete_rows and "class_size" not in cells:
        # The sum check needs the class size, which the grid row already has.
        problems = [p for p in problems if p.code is not Problem.EXCEEDS_CLASS_SIZE]
    subject_id = teacher_id = None
    if subjects is not None and (complete_rows or "subject" in cells):
        resolved = resolve_subject(cells.get("subject", ""), subjects)
        subject_id = resolved.id
        if resolved.problem is not None:
            problems.append(resolved.problem)
    if teachers is not None and (complete_rows or "teacher" in cells):
        resolved = resolve_teacher(cells.get("teacher", ""), teachers)
        teacher_id = resolved.id
        if resolved.problem is not None:
            problems.append(resolved.problem)
    return PastedRow(
        line=line,
        cells=dict(cells),
        class_name=checked.class_name,
        class_size=checked.class_size,
        counts=checked.counts,
        exempt=checked.exempt,
        subject_id=subject_id,
        teacher_id=teacher_id,
        problems=tuple(problems),
    )
