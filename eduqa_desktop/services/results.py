"""End-of-term results: listing a term's rows, saving edited or pasted rows, deleting rows.

A results row is one class × subject × teacher in one term (``storage.models.ResultRow``).
Saving is all-or-nothing: every row is checked (``domain.result_entry``) and the first
problem is raised as :class:`ResultRowError` (row, column, reason) before anything is
written. A class that does not exist yet in the term's academic year is created from its
normalised name (``7 «А»`` → ``7-A``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicators import MarkCounts
from eduqa_desktop.domain.result_entry import (
    COUNT_COLUMNS,
    ENTRY_FIELDS,
    NUMBER_FIELDS,
    EntryProblem,
    Problem,
    SubjectChoice,
    check_row,
)
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.school_calendar import quarter_for, year_name_for
from eduqa_desktop.domain.vocabulary import TermKind
from eduqa_desktop.services import access, audit, deletions
from eduqa_desktop.services.conflicts import EditConflict, check_version, lost_race
from eduqa_desktop.services.errors import NotFoundError, UserError
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    AcademicYear,
    ResultRow,
    School,
    SchoolClass,
    Subject,
    Teacher,
    Term,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = [
    "COLUMN_LABELS",
    "ReferenceLists",
    "ResultInput",
    "ResultLine",
    "ResultRowError",
    "SaveSummary",
    "TermChoice",
    "default_term_id",
    "delete_result_row",
    "describe_problem",
    "reference_lists",
    "result_lines",
    "save_results",
    "subject_label",
    "term_choices",
]

COLUMNS_CONTEXT = "ResultColumns"

# Names of the fields of a results row (in messages and tooltips), translated in the UI
# with the "ResultColumns" context.
COLUMN_LABELS: dict[str, str] = {
    "class_name": QT_TRANSLATE_NOOP("ResultColumns", "Class"),
    "subject": QT_TRANSLATE_NOOP("ResultColumns", "Subject"),
    "teacher": QT_TRANSLATE_NOOP("ResultColumns", "Teacher"),
    "class_size": QT_TRANSLATE_NOOP("ResultColumns", "Pupils in the class"),
    "n5": QT_TRANSLATE_NOOP("ResultColumns", "Pupils with 5"),
    "n4": QT_TRANSLATE_NOOP("ResultColumns", "Pupils with 4"),
    "n3": QT_TRANSLATE_NOOP("ResultColumns", "Pupils with 3"),
    "n2": QT_TRANSLATE_NOOP("ResultColumns", "Pupils with 2"),
    "n1": QT_TRANSLATE_NOOP("ResultColumns", "Pupils with 1"),
    "not_attested": QT_TRANSLATE_NOOP("ResultColumns", "Not attested"),
    "exempt": QT_TRANSLATE_NOOP("ResultColumns", "Exempt"),
}

# How each problem of an entered row is said. {row} and {column} are always given.
PROBLEM_TEMPLATES: dict[Problem, str] = {
    Problem.MISSING: QT_TRANSLATE_NOOP("Messages", "Row {row}: fill in “{column}”."),
    Problem.NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: “{column}” must be a number, not “{value}”."
    ),
    Problem.NOT_WHOLE: QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: “{column}” must be a whole number, not {value}."
    ),
    Problem.NEGATIVE: QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: “{column}” cannot be negative ({value})."
    ),
    Problem.EXCEEDS_CLASS_SIZE: QT_TRANSLATE_NOOP(
        "Messages",
        "Row {row}: {marked} with a mark + {not_attested} not attested + {exempt} exempt "
        "= {used} pupils, more than the {size} pupils in the class.",
    ),
    Problem.BAD_CLASS: QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: “{value}” is not a class name; write it like 7-A."
    ),
    Problem.UNKNOWN_SUBJECT: QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: there is no subject “{value}”; choose one from the list."
    ),
    Problem.AMBIGUOUS_SUBJECT: QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: “{value}” fits several subjects ({candidates}); choose one."
    ),
    Problem.UNKNOWN_TEACHER: QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: there is no teacher “{value}” in this school."
    ),
    Problem.AMBIGUOUS_TEACHER: QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: “{value}” fits several teachers ({candidates}); choose one."
    ),
    Problem.DUPLICATE: QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: the same class, subject and teacher as row {other}."
    ),
    Problem.ALREADY_SAVED: QT_TRANSLATE_NOOP(
        "Messages",
        "Row {row}: this class, subject and teacher already have results in this term.",
    ),
    Problem.EXTRA_CELLS: QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: {count} cells, but the table has only {columns} columns."
    ),
}


def describe_problem(problem: EntryProblem, row: int) -> tuple[str, dict[str, Any]]:
    """The English template of a row problem and its parameters (``column`` in English).

    The UI translates the template with the "Messages" context and the column with
    "ResultColumns" before formatting.
    """
    params: dict[str, Any] = {
        "value": "",
        "candidates": "",
        **problem.params,
        "row": row,
        "column": COLUMN_LABELS.get(problem.field, problem.field),
    }
    return PROBLEM_TEMPLATES[problem.code], params


class ResultRowError(UserError):
    """A results row that cannot be saved: ``row`` (1-based), ``field`` and the reason."""

    def __init__(self, row: int, problem: EntryProblem) -> None:
        template, params = describe_problem(problem, row)
        super().__init__(template, **params)
        self.row = row
        self.field = problem.field
        self.problem = problem


# --- what the Results tab shows ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TermChoice:
    """A quarter, with how many result rows the school has in it."""

    id: int
    year: str
    number: int
    start: date
    end: date
    rows: int


@dataclass(frozen=True, slots=True)
class ResultLine:
    """One saved results row, with the names of its class, subject and teacher."""

    id: int
    uuid: uuid.UUID
    term_id: int
    class_id: int
    class_name: str
    grade: int
    subject_id: int
    subject: str
    teacher_id: int
    teacher: str
    class_size: int
    n5: int
    n4: int
    n3: int
    n2: int
    n1: int
    not_attested: int
    exempt: int
    row_version: int = 1  # what a save hands back (services.conflicts)

    @property
    def counts(self) -> MarkCounts:
        return MarkCounts(self.n5, self.n4, self.n3, self.n2, self.n1, self.not_attested)


@dataclass(frozen=True)
class ReferenceLists:
    """What a row may name: the school's teachers and all subjects (labels in a language)."""

    teachers: list[tuple[int, str]]  # (id, full name), active first then archived
    subjects: list[SubjectChoice]  # name = label in the language, other_names = the rest


def subject_label(subject: Subject, language: str) -> str:
    """The subject's name in ``language`` (uz, ru, en), else its own name."""
    localized = getattr(subject, f"name_{language}", "") if language in ("uz", "ru", "en") else ""
    return localized or subject.name


def term_choices(db: Database, school_id: int | None) -> list[TermChoice]:
    """Every quarter, oldest first, with the school's number of result rows in each."""
    with db.session() as session:
        counted = (
            select(ResultRow.term_id, func.count(ResultRow.id).label("rows"))
            .join(SchoolClass, SchoolClass.id == ResultRow.class_id)
            .group_by(ResultRow.term_id)
        )
        if school_id is not None:
            counted = counted.where(SchoolClass.school_id == school_id)
        counts = counted.subquery()
        query = (
            select(Term, AcademicYear.name, func.coalesce(counts.c.rows, 0))
            .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
            .outerjoin(counts, counts.c.term_id == Term.id)
            .where(Term.kind == TermKind.QUARTER)
            .order_by(AcademicYear.start_date, Term.number)
        )
        return [
            TermChoice(term.id, year, term.number, term.start_date, term.end_date, int(rows))
            for term, year, rows in session.execute(query)
        ]


def default_term_id(choices: Sequence[TermChoice], today: date | None = None) -> int | None:
    """The latest term with results; with none, the term of today; else the last term."""
    with_rows = [c for c in choices if c.rows]
    if with_rows:
        return with_rows[-1].id
    if not choices:
        return None
    today = today or date.today()
    year, number = year_name_for(today), quarter_for(today)
    for choice in choices:
        if choice.year == year and choice.number == number:
            return choice.id
    return choices[-1].id


def result_lines(
    db: Database,
    *,
    school_id: int | None,
    term_id: int | None = None,
    teacher_id: int | None = None,
    language: str = "en",
) -> list[ResultLine]:
    """Saved rows of a school (``None``: every school) in a term (``None``: every term).

    Ordered by grade, class, subject and teacher.
    """
    if teacher_id is None:
        access.require_read(db, school_id)
    else:  # a teacher's rows, wherever they are
        access.require_row(db, Action.READ, Teacher, teacher_id)
    with db.session() as session:
        query = (
            select(ResultRow, SchoolClass, Subject, Teacher.full_name)
            .join(SchoolClass, SchoolClass.id == ResultRow.class_id)
            .join(Subject, Subject.id == ResultRow.subject_id)
            .join(Teacher, Teacher.id == ResultRow.teacher_id)
        )
        if school_id is not None:
            query = query.where(SchoolClass.school_id == school_id)
        if term_id is not None:
            query = query.where(ResultRow.term_id == term_id)
        if teacher_id is not None:
            query = query.where(ResultRow.teacher_id == teacher_id)
        lines = [
            ResultLine(
                id=row.id,
                uuid=row.uuid,
                term_id=row.term_id,
                class_id=cls.id,
                class_name=cls.name,
                grade=cls.grade,
                subject_id=subject.id,
                subject=subject_label(subject, language),
                teacher_id=row.teacher_id,
                teacher=teacher,
                **{name: getattr(row, name) for name in NUMBER_FIELDS},
                row_version=row.row_version,
            )
            for row, cls, subject, teacher in session.execute(query)
        ]
    lines.sort(key=lambda x: (x.grade, x.class_name, x.subject.casefold(), x.teacher.casefold()))
    return lines


def reference_lists(db: Database, school_id: int, language: str = "en") -> ReferenceLists:
    with db.session() as session:
        teachers = [
            (teacher_id, name)
            for teacher_id, name in session.execute(
                select(Teacher.id, Teacher.full_name)
                .where(Teacher.school_id == school_id)
                .order_by(Teacher.active.desc(), Teacher.full_name)
            )
        ]
        subjects = []
        for subject in session.scalars(select(Subject)):
            label = subject_label(subject, language)
            others = tuple(
                n
                for n in (subject.name, subject.name_uz, subject.name_ru, subject.name_en)
                if n and n != label
            )
            subjects.append(SubjectChoice(subject.id, label, others))
    subjects.sort(key=lambda s: s.name.casefold())
    return ReferenceLists(teachers, subjects)


# --- saving ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResultInput:
    """A row to save. ``id`` = an existing row to change; ``None`` = a new row.

    ``row`` is the row number the user sees (for messages); 0 = its place in the list.
    """

    class_name: str
    subject_id: int | None
    teacher_id: int | None
    class_size: int | None
    n5: int = 0
    n4: int = 0
    n3: int = 0
    n2: int = 0
    n1: int = 0
    not_attested: int = 0
    exempt: int = 0
    id: int | None = None
    row: int = 0
    version: int | None = None  # the saved row's row_version the grid was filled from


@dataclass(frozen=True, slots=True)
class SaveSummary:
    created: int
    updated: int
    deleted: int
    classes_created: list[str]


def _check_input(
    item: ResultInput, row: int, subjects: set[int], teachers: set[int]
) -> tuple[str, int, int]:
    checked = check_row({name: getattr(item, name, None) for name in ENTRY_FIELDS})
    if checked.problems:
        raise ResultRowError(row, checked.problems[0])
    if item.subject_id is None or item.subject_id not in subjects:
        code = Problem.MISSING if item.subject_id is None else Problem.UNKNOWN_SUBJECT
        raise ResultRowError(row, EntryProblem("subject", code, {"value": item.subject_id}))
    if item.teacher_id is None or item.teacher_id not in teachers:
        code = Problem.MISSING if item.teacher_id is None else Problem.UNKNOWN_TEACHER
        raise ResultRowError(row, EntryProblem("teacher", code, {"value": item.teacher_id}))
    assert checked.class_name is not None
    return checked.class_name, checked.grade or 0, item.subject_id


def _school_class(
    session: Session,
    classes: dict[str, SchoolClass],
    school_id: int,
    term: Term,
    item: ResultInput,
    created: list[str],
) -> SchoolClass:
    checked = check_row({"class_name": item.class_name, "class_size": item.class_size})
    assert checked.class_name is not None and checked.grade is not None
    found = classes.get(checked.class_name)
    if found is None:
        found = SchoolClass(
            school_id=school_id,
            academic_year_id=term.academic_year_id,
            name=checked.class_name,
            grade=checked.grade,
            letter=checked.letter,
            pupils=item.class_size,
        )
        session.add(found)
        classes[checked.class_name] = found
        created.append(checked.class_name)
    elif found.pupils is None:
        found.pupils = item.class_size
    return found


def save_results(
    db: Database,
    *,
    school_id: int,
    term_id: int,
    rows: Sequence[ResultInput],
    delete_ids: Iterable[int] | Mapping[int, int | None] = (),
) -> SaveSummary:
    """Create or change ``rows`` and delete ``delete_ids`` in one transaction.

    Nothing is written when any row has a problem: :class:`ResultRowError` names the first
    (row, column, reason). A class missing from the term's year is created. When someone saved
    a changed row since the grid read it (its `version`), EditConflict carries their lines; the
    same for a row to delete when ``delete_ids`` maps it to the version the grid read.
    """
    access.require(db, Action.RESULTS, school_id)

    def theirs(ids: set[int]) -> list[ResultLine]:
        lines = result_lines(db, school_id=school_id, term_id=term_id)
        return [line for line in lines if line.id in ids]

    changed = {item.id for item in rows if item.id is not None}
    if isinstance(delete_ids, Mapping):
        changed |= {row_id for row_id, version in delete_ids.items() if version is not None}
    with lost_race(lambda: theirs(changed)):
        stale = _save_results(db, school_id, term_id, rows, delete_ids)
    if isinstance(stale, set):
        raise EditConflict(theirs(stale))
    return stale


def _save_results(
    db: Database,
    school_id: int,
    term_id: int,
    rows: Sequence[ResultInput],
    delete_ids: Iterable[int] | Mapping[int, int | None],
) -> SaveSummary | set[int]:
    """The save; or, written nothing, the ids of the rows saved by someone else meanwhile."""
    with db.session() as session:
        term = session.get(Term, term_id)
        if term is None or session.get(School, school_id) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "This term or school is no longer in the database.")
            )
        subjects = set(session.scalars(select(Subject.id)))
        teachers = set(session.scalars(select(Teacher.id).where(Teacher.school_id == school_id)))
        existing = {
            row.id: row
            for row in session.scalars(
                select(ResultRow)
                .join(SchoolClass, SchoolClass.id == ResultRow.class_id)
                .where(ResultRow.term_id == term_id, SchoolClass.school_id == school_id)
            )
        }
        classes = {
            c.name: c
            for c in session.scalars(
                select(SchoolClass).where(
                    SchoolClass.school_id == school_id,
                    SchoolClass.academic_year_id == term.academic_year_id,
                )
            )
        }
        class_names = {c.id: c.name for c in classes.values()}
        deleting = set(delete_ids)
        unknown = deleting - existing.keys()
        unknown |= {item.id for item in rows if item.id is not None} - existing.keys()
        if unknown:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A results row was deleted meanwhile; refresh and try again."
                )
            )

        expected = {item.id: item.version for item in rows if item.id is not None}
        if isinstance(delete_ids, Mapping):
            expected.update(delete_ids)
        stale = {
            row_id
            for row_id, version in expected.items()
            if version is not None and existing[row_id].row_version != version
        }
        if stale:
            return stale
        # Rows the batch does not touch keep their keys: a new row may not repeat them.
        touched = deleting | {item.id for item in rows if item.id is not None}
        taken: dict[tuple[str, int, int], int] = {
            (class_names.get(r.class_id, ""), r.subject_id, r.teacher_id): 0
            for r in existing.values()
            if r.id not in touched
        }
        checked: list[tuple[ResultInput, int, str]] = []
        for index, item in enumerate(rows):
            row = item.row or index + 1
            class_name, _grade, subject_id = _check_input(item, row, subjects, teachers)
            key = (class_name, subject_id, int(item.teacher_id or 0))
            if key in taken:
                other = taken[key]
                problem = (
                    EntryProblem("class_name", Problem.DUPLICATE, {"other": other})
                    if other
                    else EntryProblem("class_name", Problem.ALREADY_SAVED)
                )
                raise ResultRowError(row, problem)
            taken[key] = row
            checked.append((item, row, class_name))

        for row_id in deleting:
            session.delete(existing[row_id])
            deletions.record_deletion(
                session, deletions.RESULT_ROW, existing[row_id].uuid, school_id
            )
        session.flush()

        created_classes: list[str] = []
        created = updated = 0
        for item, _row, _name in checked:
            school_class = _school_class(session, classes, school_id, term, item, created_classes)
            session.flush()
            if item.id is None:
                target = ResultRow(term_id=term_id)
                session.add(target)
                created += 1
            else:
                target = existing[item.id]
                updated += 1
            target.class_id = school_class.id
            target.subject_id = int(item.subject_id)  # type: ignore[arg-type]
            target.teacher_id = int(item.teacher_id)  # type: ignore[arg-type]
            target.class_size = int(item.class_size)  # type: ignore[arg-type]
            for name in COUNT_COLUMNS:
                setattr(target, name, int(getattr(item, name)))
        try:
            session.flush()
        except IntegrityError as error:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The results could not be saved: {reason}. Check the rows."
                ),
                reason=str(error.orig),
            ) from error
        summary = SaveSummary(created, updated, len(deleting), created_classes)
        audit.record(
            session,
            "save",
            "results",
            after={
                "school_id": school_id,
                "term_id": term_id,
                "created": created,
                "updated": updated,
                "deleted": len(deleting),
                "classes_created": created_classes,
            },
        )
        return summary


def delete_result_row(db: Database, row_id: int, *, expected_version: int | None = None) -> None:
    """Delete one saved results row; EditConflict carries its line as saved now when someone
    saved it since `expected_version` was read, or in the same instant. Nothing is deleted then."""
    access.require_row(db, Action.RESULTS, ResultRow, row_id)
    with lost_race(lambda: _saved_line(db, row_id)), db.session() as session:
        row = session.get(ResultRow, row_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "This results row is no longer in the database.")
            )
        check_version(row, expected_version, lambda: _saved_line(db, row_id))
        before = {
            "term_id": row.term_id,
            "class_id": row.class_id,
            "subject_id": row.subject_id,
            "teacher_id": row.teacher_id,
        }
        school_id = session.scalar(
            select(SchoolClass.school_id).where(SchoolClass.id == row.class_id)
        )
        session.delete(row)
        audit.record(session, "delete", "result_row", row.uuid, before=before)
        deletions.record_deletion(session, deletions.RESULT_ROW, row.uuid, school_id)


def _saved_line(db: Database, row_id: int) -> list[ResultLine]:
    """The row as saved now, as a conflict carries it (empty when it is gone)."""
    with db.session() as session:
        row = session.get(ResultRow, row_id)
        if row is None:
            return []
        term_id = row.term_id
        school_id = session.scalar(
            select(SchoolClass.school_id).where(SchoolClass.id == row.class_id)
        )
    lines = result_lines(db, school_id=school_id, term_id=term_id)
    return [line for line in lines if line.id == row_id]
