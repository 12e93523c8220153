"""What an import will do (or did): the plan the preview shows and the command line prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from eduqa_desktop.domain.merge_conflicts import OURS, Choices, Conflict
from eduqa_desktop.exchange.problems import Problem
from eduqa_desktop.text import QT_TRANSLATE_NOOP


class ImportKind(StrEnum):
    TEACHERS = "teachers"
    RESULTS = "results"
    ACTIVITIES = "activities"
    OBSERVATIONS = "observations"
    CHECKLIST = "checklist"


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    DELETE = "delete"  # a record deleted where the package was made


CREATE_TEACHER = "create"
"""The choice for an unknown teacher: add them to the school (instead of a teacher id)."""


@dataclass(frozen=True)
class ImportRequest:
    kind: ImportKind
    path: Path
    school_id: int
    year: str | None = None
    term: int | None = None
    # name as written in the file → a teacher id, or CREATE_TEACHER
    teacher_choices: dict[str, int | str] = field(default_factory=dict)
    create_missing: bool = False
    max_rows: int | None = None
    since: Any = None
    # field name → the file's header text, for columns the reader does not recognise
    column_map: dict[str, str] = field(default_factory=dict)
    # a package's conflicts: keep this computer's copy ("ours") or take the package's
    prefer: str = OURS
    conflict_choices: dict[str, str] = field(default_factory=dict)  # Conflict.key → choice

    @property
    def choices(self) -> Choices:
        return Choices(self.prefer, self.conflict_choices)


@dataclass(frozen=True)
class PlannedRow:
    sheet: str
    row: int | None
    action: Action
    what: str  # "7-A · Algebra · Karimova Gulnora"
    details: str = ""  # "n5 4 → 5", or a Messages template filled from detail_params
    detail_params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TeacherQuestion:
    """A name in the file that matches no teacher, or several: the user decides."""

    name: str
    rows: tuple[int, ...]
    candidates: tuple[tuple[int, str], ...]  # (teacher id, full name)

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1

    def as_problem(self, sheet: str) -> Problem:
        if self.candidates:
            return Problem(
                sheet,
                self.rows[0] if self.rows else None,
                "",
                self.name,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The teacher “{name}” (rows {rows}) fits several teachers: {candidates}. "
                    "Choose one.",
                ),
                {
                    "name": self.name,
                    "rows": _rows_text(self.rows),
                    "candidates": "; ".join(name for _, name in self.candidates),
                },
            )
        return Problem(
            sheet,
            self.rows[0] if self.rows else None,
            "",
            self.name,
            QT_TRANSLATE_NOOP(
                "Messages",
                "The teacher “{name}” (rows {rows}) is not in this school. Map them to a "
                "teacher or create them (--create-missing).",
            ),
            {"name": self.name, "rows": _rows_text(self.rows)},
        )


def _rows_text(rows: tuple[int, ...]) -> str:
    shown = ", ".join(str(r) for r in rows[:8])
    return shown + (" …" if len(rows) > 8 else "")


@dataclass(frozen=True)
class ColumnQuestion:
    """Required columns the reader did not recognise: the user says which header is which."""

    sheet: str
    headers: tuple[str, ...]  # the file's header row, as written
    missing: tuple[str, ...]  # field names still without a column
    labels: dict[str, str] = field(default_factory=dict)  # field name → English label


@dataclass(frozen=True)
class ImportPlan:
    kind: ImportKind
    file: str
    sheet: str
    year: str | None
    term: int | None
    created: int
    updated: int
    unchanged: int
    rows: tuple[PlannedRow, ...]
    problems: tuple[Problem, ...]
    questions: tuple[TeacherQuestion, ...] = ()
    new_classes: tuple[str, ...] = ()
    new_subjects: tuple[str, ...] = ()
    new_teachers: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    skipped_totals: int = 0
    deleted: int = 0
    written: bool = False
    columns: ColumnQuestion | None = None
    column_map: dict[str, str] = field(default_factory=dict)  # the mapping that was used
    header_signature: str = ""  # of the header row read (the mapping is remembered by it)

    @property
    def errors(self) -> tuple[Problem, ...]:
        """Everything that stops the import: problems, then unanswered teacher questions."""
        return self.problems + tuple(q.as_problem(self.sheet) for q in self.questions)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.questions

    def as_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "deleted": self.deleted,
            "errors": [problem.as_json() for problem in self.errors],
            "kind": str(self.kind),
            "file": self.file,
            "sheet": self.sheet,
            "year": self.year,
            "term": self.term,
            "new_classes": list(self.new_classes),
            "new_subjects": list(self.new_subjects),
            "new_teachers": list(self.new_teachers),
            "conflicts": [conflict.as_json() for conflict in self.conflicts],
            "written": self.written,
            **(
                {
                    "columns": {
                        "sheet": self.columns.sheet,
                        "headers": list(self.columns.headers),
                        "missing": list(self.columns.missing),
                    }
                }
                if self.columns
                else {}
            ),
        }
