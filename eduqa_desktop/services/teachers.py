"""The staff of a school: the Teachers-tab list, and adding, editing and archiving a teacher.

`staff_list` answers with a few GROUP BY queries for the whole school (teachers, their subjects,
the year's observations, the results per teacher in the chosen quarter, the last courses, the
signals), never one query per teacher. Each row carries a search text folded with
`domain.names.search_key`, so that typing "Gulnora" finds "Гулнора" and "Gulnoraʼ"
(`matches_search`).

The list is the picture of one quarter (`staff_terms` offers them; the Teachers tab opens on the
latest with results): quality of knowledge *in* that quarter, and everything else *as of* its
last day (today while it is going on) — observations of the academic year up to that day, the
last course and the attention signals on that day, as `services.attention` and
`services.teacher_profile` judge a term.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.flags import Localized, pd_due_date
from eduqa_desktop.domain.indicators import compute_indicators
from eduqa_desktop.domain.names import name_key, search_key
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.teacher_labels import CATEGORY_NAMES as CATEGORY_NAMES
from eduqa_desktop.domain.teacher_labels import LABELS_CONTEXT as LABELS_CONTEXT
from eduqa_desktop.domain.teacher_labels import PD_STATUS_NAMES as PD_STATUS_NAMES
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.domain.vocabulary import Category, ObservationStatus, PdStatus
from eduqa_desktop.services import access, audit
from eduqa_desktop.services.attention import school_signals_in
from eduqa_desktop.services.attention_facts import last_courses
from eduqa_desktop.services.conflicts import check_version, lost_race
from eduqa_desktop.services.errors import NotFoundError, UserError
from eduqa_desktop.services.results import term_choices
from eduqa_desktop.services.term_scope import Scope, load_thresholds_in, resolve_scope
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.indicator_queries import GroupBy, ResultFilter, grouped_counts
from eduqa_desktop.storage.lessons import LESSON
from eduqa_desktop.storage.models import (
    Department,
    Observation,
    Subject,
    Teacher,
    teacher_subjects,
)
from eduqa_desktop.storage.types import utc_now
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = [
    "CATEGORY_NAMES",
    "LABELS_CONTEXT",
    "MAX_EXPERIENCE",
    "PD_STATUS_NAMES",
    "DepartmentInfo",
    "FieldProblem",
    "PdStatus",
    "StaffList",
    "StaffRow",
    "StaffTerm",
    "StaffTerms",
    "SubjectInfo",
    "TeacherDetail",
    "TeacherInput",
    "add_teacher",
    "archive_teacher",
    "get_teacher",
    "list_departments",
    "list_subjects",
    "matches_search",
    "pd_status",
    "restore_teacher",
    "staff_list",
    "staff_terms",
    "teacher_id_for_uuid",
    "teacher_problems",
    "teacher_record",
    "update_teacher",
]

MAX_NAME = 200
MAX_PERSONNEL_NUMBER = 40
MAX_EXPERIENCE = 70


def pd_status(last_course: date | None, as_of: date, period_years: int) -> PdStatus:
    if last_course is None:
        return PdStatus.NONE
    return PdStatus.OVERDUE if pd_due_date(last_course, period_years) < as_of else PdStatus.CURRENT


@dataclass(frozen=True, slots=True)
class SubjectInfo:
    id: int
    name: Localized


@dataclass(frozen=True, slots=True)
class DepartmentInfo:
    id: int
    name: str
    teachers: int  # active teachers in it


@dataclass(frozen=True)
class StaffRow:
    id: int
    uuid: uuid.UUID
    full_name: str
    personnel_number: str
    department_id: int | None
    department: str
    subjects: tuple[Localized, ...]
    category: Category
    experience_years: int
    active: bool
    observations: int  # final observations of the academic year up to the scope's day
    average_score: float | None  # their average score (%), None without a scored one
    quality: float | None  # quality of knowledge in the chosen quarter, None without results
    last_course: date | None  # up to the scope's day
    pd_status: PdStatus
    signals: int  # attention signals as of the scope's day (archived teachers: 0)
    attention_rank: int | None  # 1-based place on the school's attention list, None when off it
    search_text: str  # search_key of name, personnel number, department and subjects


@dataclass(frozen=True)
class StaffList:
    scope: Scope  # scope.term: the quarter; scope.as_of: the day the rest is judged on
    rows: list[StaffRow]

    @property
    def has_results(self) -> bool:
        """Does the school have results in the chosen quarter (else quality is all None)?"""
        term = self.scope.term
        return term is not None and self.scope.results_term == term


@dataclass(frozen=True, slots=True)
class StaffTerm:
    year: str
    number: int
    start: date
    end: date
    has_results: bool  # the school has results in it


@dataclass(frozen=True)
class StaffTerms:
    """The quarters the staff list can show, oldest first, and the one it opens on."""

    terms: tuple[StaffTerm, ...]
    default: StaffTerm | None  # None: the file has no quarters

    @property
    def years(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(term.year for term in self.terms))

    def terms_of(self, year: str) -> tuple[StaffTerm, ...]:
        return tuple(term for term in self.terms if term.year == year)

    def find(self, year: str | None, number: int | None) -> StaffTerm | None:
        return next((t for t in self.terms if (t.year, t.number) == (year, number)), None)


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """A problem with one field of a form: an English template (marked) and its values."""

    field: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class TeacherInput:
    full_name: str
    personnel_number: str = ""
    department: str = ""  # a name; a new one is created
    subject_ids: tuple[int, ...] = ()
    category: Category = Category.SPECIALIST
    experience_years: int = 0
    last_pd_date: date | None = None
    hired_on: date | None = None
    phone: str = ""
    note: str = ""


@dataclass(frozen=True)
class TeacherDetail:
    id: int
    uuid: uuid.UUID
    school_id: int
    full_name: str
    personnel_number: str
    department: str
    subject_ids: tuple[int, ...]
    category: Category
    experience_years: int
    last_pd_date: date | None
    hired_on: date | None
    phone: str
    note: str
    active: bool
    left_on: date | None
    row_version: int = 1  # what a save hands back (services.conflicts)


# --- reading ------------------------------------------------------------------------------------


def _subject_name(row: Any) -> Localized:
    return Localized(row.name, row.name_uz, row.name_ru, row.name_en)


def list_subjects(db: Database) -> list[SubjectInfo]:
    with db.session() as session:
        return [
            SubjectInfo(s.id, _subject_name(s))
            for s in session.scalars(select(Subject).order_by(Subject.name))
        ]


def list_departments(db: Database, school_id: int) -> list[DepartmentInfo]:
    with db.session() as session:
        active = (
            select(Teacher.department_id, func.count().label("n"))
            .where(Teacher.school_id == school_id, Teacher.active)
            .group_by(Teacher.department_id)
            .subquery()
        )
        rows = session.execute(
            select(Department.id, Department.name, func.coalesce(active.c.n, 0))
            .outerjoin(active, active.c.department_id == Department.id)
            .where(Department.school_id == school_id)
            .order_by(Department.name)
        )
        return [DepartmentInfo(did, name, int(count)) for did, name, count in rows]


def _subjects_by_teacher(session: Session, school_id: int) -> dict[int, list[Localized]]:
    rows = session.execute(
        select(
            teacher_subjects.c.teacher_id,
            Subject.name,
            Subject.name_uz,
            Subject.name_ru,
            Subject.name_en,
        )
        .join(Subject, Subject.id == teacher_subjects.c.subject_id)
        .join(Teacher, Teacher.id == teacher_subjects.c.teacher_id)
        .where(Teacher.school_id == school_id)
        .order_by(Subject.name)
    )
    result: dict[int, list[Localized]] = defaultdict(list)
    for tid, *names in rows:
        result[tid].append(Localized(*names))
    return result


def observation_stats(
    session: Session, school_id: int, start: date, end: date
) -> dict[int, tuple[int, float | None]]:
    """Lessons observed per teacher between two days (final observations; a lesson several
    observers recorded counts once, at the mean of their scores): (count, average score)."""
    lessons = (
        select(Observation.teacher_id, func.avg(Observation.score).label("score"))
        .where(
            Observation.school_id == school_id,
            Observation.status == ObservationStatus.FINAL,
            Observation.observed_on.between(start, end),
        )
        .group_by(Observation.teacher_id, LESSON)
        .subquery()
    )
    rows = session.execute(
        select(lessons.c.teacher_id, func.count(), func.avg(lessons.c.score)).group_by(
            lessons.c.teacher_id
        )
    )
    return {tid: (int(count), None if avg is None else float(avg)) for tid, count, avg in rows}


def _quality_in(
    session: Session, school_id: int, scope: Scope, thresholds: Thresholds
) -> dict[int, float | None]:
    """Quality of knowledge per teacher in the scope's quarter: their counts summed over
    classes and subjects in one GROUP BY (as the indicator table groups by teacher).

    Grouped per term over the school's rows and the quarter picked here: filtered by the term
    in SQL, SQLite reads the quarter's rows of every school through the term index (6.4 ms
    on a 50-school district against 3 ms).
    """
    if scope.term is None or scope.results_term != scope.term:
        return {}
    groups = grouped_counts(
        session, GroupBy.TEACHER, ResultFilter(school_ids=[school_id]), per_term=True
    )
    weights = thresholds.sou_weights
    return {
        group.key: compute_indicators(group.counts, weights).quality
        for group in groups
        if group.term_id == scope.term.id
    }


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """search_key, remembered: the same subject and department names recur on every row."""
    return search_key(text)


def _search_text(parts: list[str]) -> str:
    keys = dict.fromkeys(_key(part) for part in parts if part)
    return " | ".join(keys)


def staff_terms(db: Database, school_id: int, *, today: date | None = None) -> StaffTerms:
    """The quarters that have begun by `today` or hold results, marked with whether the school
    has results in them (a quarter still to come would only repeat today's picture).

    The default is the latest quarter with results; without any, the one going on `today`
    (as `resolve_scope` chooses); before the first quarter begins, the first.
    """
    today = today or date.today()
    every = [
        StaffTerm(c.year, c.number, c.start, c.end, c.rows > 0) for c in term_choices(db, school_id)
    ]
    terms = tuple(t for t in every if t.start <= today or t.has_results) or tuple(every[:1])
    with_results = [t for t in terms if t.has_results]
    default = with_results[-1] if with_results else (terms[-1] if terms else None)
    return StaffTerms(terms, default)


def staff_list(
    db: Database,
    school_id: int,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> StaffList:
    """Every teacher of the school (archived ones too, marked), as of a quarter.

    The quarter is `year`/`term` (default: the one going on `today`, as for the flags and the
    profile). Quality of knowledge is each teacher's in that quarter, None for a teacher
    without results in it. Observations and their average score count the academic
    year up to `scope.as_of` (the quarter's last day, or today within it); the last course and
    the flags are judged on that day.
    """
    access.require(db, Action.READ, school_id)
    with db.session() as session:
        scope = resolve_scope(session, school_id, year=year, term=term, today=today)
        thresholds = load_thresholds_in(session)
        quality = _quality_in(session, school_id, scope, thresholds)
        teachers = session.execute(
            select(Teacher, Department.name)
            .outerjoin(Department, Department.id == Teacher.department_id)
            .where(Teacher.school_id == school_id)
            .order_by(Teacher.full_name)
        ).all()
        subjects = _subjects_by_teacher(session, school_id)
        stats = (
            observation_stats(session, school_id, scope.year_start, scope.as_of)
            if scope.year_start
            else {}
        )
        courses = last_courses(session, school_id, scope.as_of)
        found = school_signals_in(session, school_id, scope, thresholds)
        ranks = {row.teacher_id: n for n, row in enumerate(found.attention.rows, start=1)}
        rows = []
        for teacher, department in teachers:
            names = subjects.get(teacher.id, [])
            count, score = stats.get(teacher.id, (0, None))
            course = courses.get(teacher.id)
            search = [teacher.full_name, teacher.personnel_number or "", department or ""]
            search += [text for name in names for text in (name.name, name.uz, name.ru, name.en)]
            rows.append(
                StaffRow(
                    id=teacher.id,
                    uuid=teacher.uuid,
                    full_name=teacher.full_name,
                    personnel_number=teacher.personnel_number or "",
                    department_id=teacher.department_id,
                    department=department or "",
                    subjects=tuple(names),
                    category=teacher.category,
                    experience_years=teacher.experience_years,
                    active=teacher.active,
                    observations=count,
                    average_score=score,
                    quality=quality.get(teacher.id),
                    last_course=course,
                    pd_status=pd_status(course, scope.as_of, thresholds.pd_period_years),
                    signals=len(found.by_teacher.get(teacher.id, ())),
                    attention_rank=ranks.get(teacher.id),
                    search_text=_search_text(search),
                )
            )
        return StaffList(scope, rows)


def matches_search(row: StaffRow, query: str) -> bool:
    """Does the row fit what the user typed? Case, apostrophes and script do not matter.

    Every word of the query must be found somewhere in the row's name, personnel number,
    department or subjects ("gulnora algebra" finds Гулнора who teaches algebra).
    """
    words = search_key(query).split()
    return all(word in row.search_text for word in words)


def teacher_id_for_uuid(db: Database, teacher_uuid: uuid.UUID) -> int:
    with db.session() as session:
        found = session.scalar(select(Teacher.id).where(Teacher.uuid == teacher_uuid))
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "There is no teacher with the id {id} in this file."),
            id=str(teacher_uuid),
        )
    return int(found)


def teacher_record(session: Session, teacher_id: int) -> Teacher:
    """The teacher's row in an open session; NotFoundError when it is gone."""
    teacher = session.get(Teacher, teacher_id)
    if teacher is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "This teacher is no longer in the database.")
        )
    return teacher


def _detail(teacher: Teacher, department: str) -> TeacherDetail:
    return TeacherDetail(
        id=teacher.id,
        uuid=teacher.uuid,
        school_id=teacher.school_id,
        full_name=teacher.full_name,
        personnel_number=teacher.personnel_number or "",
        department=department,
        subject_ids=tuple(sorted(s.id for s in teacher.subjects)),
        category=teacher.category,
        experience_years=teacher.experience_years,
        last_pd_date=teacher.last_pd_date,
        hired_on=teacher.hired_on,
        phone=teacher.phone,
        note=teacher.note,
        active=teacher.active,
        left_on=teacher.left_on,
        row_version=teacher.row_version,
    )


def get_teacher(db: Database, teacher_id: int) -> TeacherDetail:
    access.require_row(db, Action.READ, Teacher, teacher_id)
    with db.session() as session:
        return _detail_of(teacher_record(session, teacher_id))


def _detail_of(teacher: Teacher) -> TeacherDetail:
    return _detail(teacher, teacher.department.name if teacher.department else "")


# --- changing -----------------------------------------------------------------------------------


def _clean(data: TeacherInput) -> TeacherInput:
    return TeacherInput(
        full_name=" ".join(data.full_name.split()),
        personnel_number=data.personnel_number.strip(),
        department=" ".join(data.department.split()),
        subject_ids=tuple(dict.fromkeys(data.subject_ids)),
        category=Category(data.category),
        experience_years=data.experience_years,
        last_pd_date=data.last_pd_date,
        hired_on=data.hired_on,
        phone=data.phone.strip(),
        note=data.note.strip(),
    )


def _problems(
    session: Session,
    school_id: int,
    data: TeacherInput,
    teacher_id: int | None,
    today: date,
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not data.full_name:
        problems.append(
            FieldProblem("full_name", QT_TRANSLATE_NOOP("Messages", "Enter the teacher's name."))
        )
    elif len(data.full_name) > MAX_NAME:
        problems.append(
            FieldProblem(
                "full_name",
                QT_TRANSLATE_NOOP("Messages", "The name is longer than {limit} characters."),
                {"limit": MAX_NAME},
            )
        )
    elif not any(ch.isalpha() for ch in data.full_name):
        problems.append(
            FieldProblem(
                "full_name", QT_TRANSLATE_NOOP("Messages", "A name needs letters, not only signs.")
            )
        )
    if len(data.personnel_number) > MAX_PERSONNEL_NUMBER:
        problems.append(
            FieldProblem(
                "personnel_number",
                QT_TRANSLATE_NOOP(
                    "Messages", "The personnel number is longer than {limit} characters."
                ),
                {"limit": MAX_PERSONNEL_NUMBER},
            )
        )
    if len(data.department) > MAX_NAME:
        problems.append(
            FieldProblem(
                "department",
                QT_TRANSLATE_NOOP("Messages", "The name is longer than {limit} characters."),
                {"limit": MAX_NAME},
            )
        )
    if not 0 <= data.experience_years <= MAX_EXPERIENCE:
        problems.append(
            FieldProblem(
                "experience_years",
                QT_TRANSLATE_NOOP("Messages", "Experience must be between 0 and {limit} years."),
                {"limit": MAX_EXPERIENCE},
            )
        )
    for name, day in (("last_pd_date", data.last_pd_date), ("hired_on", data.hired_on)):
        if day is not None and day > today:
            problems.append(
                FieldProblem(name, QT_TRANSLATE_NOOP("Messages", "This date is in the future."))
            )
    others = select(Teacher).where(Teacher.school_id == school_id)
    if teacher_id is not None:
        others = others.where(Teacher.id != teacher_id)
    if data.personnel_number:
        taken = session.scalar(others.where(Teacher.personnel_number == data.personnel_number))
        if taken is not None:
            problems.append(
                FieldProblem(
                    "personnel_number",
                    QT_TRANSLATE_NOOP(
                        "Messages", "The personnel number {number} already belongs to {name}."
                    ),
                    {"number": data.personnel_number, "name": taken.full_name},
                )
            )
    if data.full_name:
        for twin in session.scalars(others.where(Teacher.name_key == name_key(data.full_name))):
            if not (data.personnel_number and twin.personnel_number):
                problems.append(
                    FieldProblem(
                        "full_name",
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{name} is already in the list. If this is another person, give "
                            "both a personnel number.",
                        ),
                        {"name": twin.full_name},
                    )
                )
                break
    if data.subject_ids:
        known = set(session.scalars(select(Subject.id).where(Subject.id.in_(data.subject_ids))))
        if known != set(data.subject_ids):
            problems.append(
                FieldProblem(
                    "subject_ids",
                    QT_TRANSLATE_NOOP("Messages", "A chosen subject is no longer in the database."),
                )
            )
    return problems


def teacher_problems(
    db: Database,
    school_id: int,
    data: TeacherInput,
    *,
    teacher_id: int | None = None,
    today: date | None = None,
) -> list[FieldProblem]:
    """What is wrong with a teacher's form, field by field (empty: it can be saved)."""
    with db.session() as session:
        return _problems(session, school_id, _clean(data), teacher_id, today or date.today())


def _refuse(problems: list[FieldProblem]) -> None:
    if problems:
        first = problems[0]
        raise UserError(first.template, **first.params)


def _department(session: Session, school_id: int, name: str) -> Department | None:
    if not name:
        return None
    found = session.scalar(
        select(Department).where(Department.school_id == school_id, Department.name == name)
    )
    if found is None:
        wanted = search_key(name)
        for candidate in session.scalars(
            select(Department).where(Department.school_id == school_id)
        ):
            if search_key(candidate.name) == wanted:
                return candidate
        found = Department(school_id=school_id, name=name)
        session.add(found)
        session.flush()
        audit.record(session, "create", "department", found.uuid, after={"name": name})
    return found


def _snapshot(teacher: Teacher) -> dict[str, Any]:
    return {
        "full_name": teacher.full_name,
        "personnel_number": teacher.personnel_number,
        "department": teacher.department.name if teacher.department else "",
        "subjects": sorted(s.name for s in teacher.subjects),
        "category": teacher.category.value,
        "experience_years": teacher.experience_years,
        "last_pd_date": teacher.last_pd_date.isoformat() if teacher.last_pd_date else None,
        "hired_on": teacher.hired_on.isoformat() if teacher.hired_on else None,
        "phone": teacher.phone,
        "note": teacher.note,
        "active": teacher.active,
    }


def _apply(session: Session, teacher: Teacher, data: TeacherInput) -> None:
    teacher.full_name = data.full_name
    teacher.name_key = name_key(data.full_name)
    teacher.personnel_number = data.personnel_number or None
    teacher.department = _department(session, teacher.school_id, data.department)
    teacher.subjects = list(
        session.scalars(select(Subject).where(Subject.id.in_(data.subject_ids)))
    )
    teacher.category = data.category
    teacher.experience_years = data.experience_years
    teacher.last_pd_date = data.last_pd_date
    teacher.hired_on = data.hired_on
    teacher.phone = data.phone
    teacher.note = data.note


def add_teacher(
    db: Database, school_id: int, data: TeacherInput, *, today: date | None = None
) -> TeacherDetail:
    """Add a teacher to the school; refused (nothing written) when the form has a problem."""
    access.require(db, Action.TEACHERS, school_id)
    data = _clean(data)
    with db.session() as session:
        _refuse(_problems(session, school_id, data, None, today or date.today()))
        teacher = Teacher(school_id=school_id, full_name=data.full_name, name_key="")
        session.add(teacher)
        _apply(session, teacher, data)
        session.flush()
        audit.record(session, "create", "teacher", teacher.uuid, after=_snapshot(teacher))
        return _detail(teacher, teacher.department.name if teacher.department else "")


def update_teacher(
    db: Database,
    teacher_id: int,
    data: TeacherInput,
    *,
    today: date | None = None,
    expected_version: int | None = None,
) -> TeacherDetail:
    """Save the form; EditConflict (nothing written) when someone saved the teacher since the
    form read `expected_version`."""
    access.require_row(db, Action.TEACHERS, Teacher, teacher_id)
    data = _clean(data)
    with lost_race(lambda: get_teacher(db, teacher_id)), db.session() as session:
        teacher = teacher_record(session, teacher_id)
        check_version(teacher, expected_version, lambda: _detail_of(teacher))
        _refuse(_problems(session, teacher.school_id, data, teacher_id, today or date.today()))
        before = _snapshot(teacher)
        _apply(session, teacher, data)
        teacher.updated_at = utc_now()  # subjects alone count up the version too
        session.flush()
        audit.record(
            session, "update", "teacher", teacher.uuid, before=before, after=_snapshot(teacher)
        )
        return _detail(teacher, teacher.department.name if teacher.department else "")


def archive_teacher(db: Database, teacher_id: int, *, left_on: date | None = None) -> None:
    """The teacher left: kept with their history, no longer listed among the active staff."""
    access.require_row(db, Action.TEACHERS, Teacher, teacher_id)
    with db.session() as session:
        teacher = teacher_record(session, teacher_id)
        before = _snapshot(teacher)
        teacher.active = False
        teacher.left_on = left_on or date.today()
        audit.record(
            session, "archive", "teacher", teacher.uuid, before=before, after=_snapshot(teacher)
        )


def restore_teacher(db: Database, teacher_id: int) -> None:
    access.require_row(db, Action.TEACHERS, Teacher, teacher_id)
    with db.session() as session:
        teacher = teacher_record(session, teacher_id)
        before = _snapshot(teacher)
        teacher.active = True
        teacher.left_on = None
        audit.record(
            session, "restore", "teacher", teacher.uuid, before=before, after=_snapshot(teacher)
        )
