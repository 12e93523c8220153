"""Indicators of pupils' results at every level, compared with the previous term.

Every total is computed from counts summed in SQL (``storage.indicator_queries``), then the
four indicators with the SOU weights of the thresholds setting (``domain.indicators``);
percentages are never averaged. The previous term of quarter 2, 3 or 4 is the quarter
before it in the same year; of quarter 1, quarter 4 of the year before
(``domain.term_comparison.previous_quarter``).

Matching a group with the previous term: schools, subjects, teachers and departments by
their record, grades by number (whole terms). A class meets the class its pupils were in
(``domain.term_comparison``): the same class within a year; in quarter 1 the class one
grade lower with the same letter in the same school (``8-A`` of 2026-2027 meets ``7-A`` of
2025-2026), and grade 1 meets nothing. A teacher's lines (:func:`teacher_results`) meet the
same teacher's line of that class and the same subject — the pupils' own class, as the
sustained-decline signal (``services.attention_results``) follows them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicator_rows import (
    IndicatorChange,
    IndicatorRow,
    TeacherResultLine,
    TermRef,
    change_between,
)
from eduqa_desktop.domain.indicators import Indicators, MarkCounts, SouWeights, compute_indicators
from eduqa_desktop.domain.school_calendar import parse_year_name
from eduqa_desktop.domain.term_comparison import (
    Quarter,
    class_before,
    class_name_before,
    grades_moved_up,
    previous_quarter,
)
from eduqa_desktop.domain.vocabulary import TermKind
from eduqa_desktop.services import access
from eduqa_desktop.services.calendar import checked_year_name
from eduqa_desktop.services.errors import NotFoundError
from eduqa_desktop.services.results import subject_label
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.indicator_queries import (
    GroupBy,
    GroupCounts,
    ResultFilter,
    detail_counts,
    grouped_counts,
)
from eduqa_desktop.storage.models import (
    AcademicYear,
    Department,
    ResultRow,
    School,
    SchoolClass,
    Subject,
    Teacher,
    Term,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = [
    "GroupBy",
    "IndicatorChange",
    "IndicatorRow",
    "TeacherResultLine",
    "TeacherSummary",
    "TermRef",
    "change_between",
    "find_term_ref",
    "indicator_table",
    "latest_term_with_results",
    "previous_term",
    "teacher_results",
    "teacher_summaries",
    "terms_with_results",
]


def _term_refs(session: Session) -> dict[int, TermRef]:
    rows = session.execute(
        select(Term.id, AcademicYear.name, Term.number)
        .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
        .where(Term.kind == TermKind.QUARTER)
    )
    return {term_id: TermRef(year, number, term_id) for term_id, year, number in rows}


class _Calendar:
    """The quarters of a file, to find the one a term is compared with."""

    def __init__(self, refs: dict[int, TermRef]) -> None:
        self.refs = refs
        self._by_name = {(r.year, r.number): r for r in refs.values()}

    def previous(self, term: TermRef) -> TermRef | None:
        before = previous_quarter(Quarter(term.year, term.number))
        return self._by_name.get((before.year, before.number))


def _term_ref(session: Session, year: str, number: int) -> TermRef:
    year = checked_year_name(year)
    for ref in _term_refs(session).values():
        if ref.year == year and ref.number == number:
            return ref
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Messages", "There is no quarter {term} of {year} in this file."),
        term=number,
        year=year,
    )


def find_term_ref(db: Database, year: str, number: int) -> TermRef:
    """The quarter ``number`` of ``year``; UserError when the file has none."""
    with db.session() as session:
        return _term_ref(session, year, number)


def previous_term(db: Database, term_id: int) -> TermRef | None:
    """The term a term is compared with (quarter 1 → quarter 4 of the year before)."""
    with db.session() as session:
        calendar = _Calendar(_term_refs(session))
    term = calendar.refs.get(term_id)
    return None if term is None else calendar.previous(term)


def terms_with_results(db: Database, school_id: int | None = None) -> list[TermRef]:
    """Quarters holding results of the school (``None``: of any school), oldest first."""
    with db.session() as session:
        query = select(ResultRow.term_id).distinct()
        if school_id is not None:
            query = query.join(SchoolClass, SchoolClass.id == ResultRow.class_id).where(
                SchoolClass.school_id == school_id
            )
        ids = set(session.scalars(query))
        refs = _term_refs(session)
    return sorted(refs[i] for i in ids if i in refs)


def latest_term_with_results(
    db: Database, school_id: int | None = None, year: str | None = None
) -> TermRef | None:
    """The latest quarter with results (of ``year`` when given)."""
    terms = terms_with_results(db, school_id)
    if year is not None:
        year = parse_year_name(year)
        terms = [t for t in terms if t.year == year]
    return terms[-1] if terms else None


# --- the indicator table ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Matching:
    """How a group of the term meets its group of the previous term (``None``: no such)."""

    now: dict[Any, Any]  # group key in the term → match key
    before: dict[Any, Any]  # group key in the previous term → match key
    names: dict[Any, str]  # the previous group's name by match key (classes only)


def _matching(
    session: Session,
    by: GroupBy,
    groups: Sequence[GroupCounts],
    previous_groups: Sequence[GroupCounts],
    grades_up: int,
) -> _Matching:
    """Groups meet by their key; classes meet the class their pupils were in (school, grade
    and letter ``grades_up`` grades lower: ``domain.term_comparison``)."""
    if by is not GroupBy.CLASS:
        return _Matching(
            {g.key: g.key for g in groups}, {g.key: g.key for g in previous_groups}, {}
        )
    ids = [g.key for g in [*groups, *previous_groups]]
    places = {
        class_id: (school_id, grade, letter, name)
        for class_id, school_id, grade, letter, name in session.execute(
            select(
                SchoolClass.id,
                SchoolClass.school_id,
                SchoolClass.grade,
                SchoolClass.letter,
                SchoolClass.name,
            ).where(SchoolClass.id.in_(ids))
        )
    }
    now: dict[Any, Any] = {}
    for group in groups:
        school_id, grade, letter, _name = places[group.key]
        found = class_before(grade, letter, grades_up)
        now[group.key] = None if found is None else (school_id, *found)
    before = {g.key: places[g.key][:3] for g in previous_groups}
    names = {places[g.key][:3]: places[g.key][3] for g in previous_groups}
    return _Matching(now, before, names)


def _schools_of(session: Session, by: GroupBy, keys: Sequence[Any]) -> dict[Any, str]:
    """The school name of each class, teacher or department group."""
    model = {GroupBy.CLASS: SchoolClass, GroupBy.TEACHER: Teacher, GroupBy.DEPARTMENT: Department}
    if by not in model or not keys:
        return {}
    table = model[by]
    rows = session.execute(
        select(table.id, School.name)
        .join(School, School.id == table.school_id)
        .where(table.id.in_(list(keys)))
    )
    return {key: name for key, name in rows}


def _subject_labels(session: Session, ids: Iterable[int], language: str) -> dict[int, str]:
    subjects = session.scalars(select(Subject).where(Subject.id.in_(list(ids))))
    return {s.id: subject_label(s, language) for s in subjects}


def _sort_key(by: GroupBy, row: IndicatorRow) -> tuple[Any, ...]:
    if by is GroupBy.GRADE:
        return (int(row.key),)
    if by is GroupBy.CLASS:
        grade, _, letter = row.group.partition("-")
        return (row.school.casefold(), int(grade) if grade.isdigit() else 99, letter)
    return (row.key == 0, row.school.casefold(), row.group.casefold())  # 0: no department


def indicator_table(
    db: Database,
    *,
    school_id: int | None,
    year: str,
    term: int,
    by: GroupBy,
    compare_previous: bool = True,
    language: str = "en",
    weights: SouWeights | None = None,
) -> list[IndicatorRow]:
    """Indicators per group (class, grade, subject, teacher, department, school) in a term.

    ``school_id=None`` takes every school in the file (a district). Groups without results
    in the term are left out; ``previous``/``change`` are ``None`` for a group that had no
    results in the previous term (or when ``compare_previous`` is false).
    """
    access.require_read(db, school_id)
    by = GroupBy(by)
    weights = weights or load_thresholds(db).sou_weights
    schools = [school_id] if school_id is not None else []
    with db.session() as session:
        current_term = _term_ref(session, year, term)
        groups = grouped_counts(
            session, by, ResultFilter(term_ids=[current_term.id], school_ids=schools)
        )
        previous_groups: list[GroupCounts] = []
        grades_up = 0
        if compare_previous:
            before = _Calendar(_term_refs(session)).previous(current_term)
            if before is not None:
                previous_groups = grouped_counts(
                    session, by, ResultFilter(term_ids=[before.id], school_ids=schools)
                )
                grades_up = grades_moved_up(before.year, current_term.year)
        match = _matching(session, by, groups, previous_groups, grades_up)
        earlier = {match.before[g.key]: g.counts for g in previous_groups}
        school_names = _schools_of(session, by, [g.key for g in groups])
        labels = (
            _subject_labels(session, [g.key for g in groups], language)
            if by is GroupBy.SUBJECT
            else {}
        )
    rows = []
    for group in groups:
        indicators = compute_indicators(group.counts, weights)
        key = match.now[group.key]
        before_counts = None if key is None else earlier.get(key)
        before = None if before_counts is None else compute_indicators(before_counts, weights)
        rows.append(
            IndicatorRow(
                key=group.key,
                group=labels.get(group.key, group.label),
                school=school_names.get(group.key, ""),
                counts=group.counts,
                exempt=group.exempt,
                pupils=group.pupils,
                indicators=indicators,
                previous_counts=before_counts,
                previous=before,
                change=change_between(indicators, before),
                previous_group=match.names.get(key) if before_counts is not None else None,
            )
        )
    rows.sort(key=lambda row: _sort_key(by, row))
    return rows


# --- one teacher ---------------------------------------------------------------------------


def teacher_results(
    db: Database,
    teacher_id: int,
    *,
    language: str = "en",
    weights: SouWeights | None = None,
) -> list[TeacherResultLine]:
    """Every class × subject × term a teacher has results for, oldest term first.

    Each line is compared with the same teacher's line of the same subject in the class
    its pupils were in the previous term (see the module docstring).
    """
    weights = weights or load_thresholds(db).sou_weights
    with db.session() as session:
        if session.get(Teacher, teacher_id) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "This teacher is no longer in the database.")
            )
        details = detail_counts(session, ResultFilter(teacher_id=teacher_id))
        calendar = _Calendar(_term_refs(session))
        labels = _subject_labels(session, {d.subject_id for d in details}, language)
    by_key = {(d.term_id, d.class_name, d.subject_id): d for d in details}
    lines = []
    for detail in details:
        term = calendar.refs.get(detail.term_id)
        if term is None:  # a half-year term; quarters only here
            continue
        indicators = compute_indicators(detail.counts, weights)
        before_term = calendar.previous(term)
        before_class = (
            None
            if before_term is None
            else class_name_before(detail.class_name, grades_moved_up(before_term.year, term.year))
        )
        before_detail = (
            None
            if before_term is None or before_class is None
            else by_key.get((before_term.id, before_class, detail.subject_id))
        )
        before = (
            None if before_detail is None else compute_indicators(before_detail.counts, weights)
        )
        lines.append(
            TeacherResultLine(
                teacher_id=teacher_id,
                term=term,
                class_id=detail.class_id,
                class_name=detail.class_name,
                grade=detail.grade,
                subject_id=detail.subject_id,
                subject=labels.get(detail.subject_id, ""),
                counts=detail.counts,
                exempt=detail.exempt,
                pupils=detail.pupils,
                indicators=indicators,
                previous_term=before_term if before_detail is not None else None,
                previous=before,
                change=change_between(indicators, before),
                previous_class_name=before_class if before_detail is not None else None,
            )
        )
    lines.sort(key=lambda x: (x.term, x.grade, x.class_name, x.subject.casefold()))
    return lines


@dataclass(frozen=True, slots=True)
class TeacherSummary:
    """A teacher's results summed over their classes in their latest term with results."""

    teacher_id: int
    term: TermRef
    counts: MarkCounts
    indicators: Indicators
    previous_term: TermRef | None
    previous: Indicators | None
    change: IndicatorChange | None


def teacher_summaries(
    db: Database,
    *,
    school_id: int | None,
    term_id: int | None = None,
    weights: SouWeights | None = None,
) -> dict[int, TeacherSummary]:
    """Per teacher (by id): the latest term with results and its indicators (the staff list).

    With ``term_id`` that term is taken for everybody (teachers without results in it are
    left out). One GROUP BY over teacher × term for the whole school.
    """
    weights = weights or load_thresholds(db).sou_weights
    schools = [school_id] if school_id is not None else []
    with db.session() as session:
        calendar = _Calendar(_term_refs(session))
        groups = grouped_counts(
            session, GroupBy.TEACHER, ResultFilter(school_ids=schools), per_term=True
        )
    refs = calendar.refs
    per_teacher: dict[int, dict[int, MarkCounts]] = defaultdict(dict)
    for group in groups:
        if group.term_id in refs:
            per_teacher[group.key][group.term_id] = group.counts
    summaries = {}
    for teacher, terms in per_teacher.items():
        if term_id is not None:
            if term_id not in terms:
                continue
            latest = refs[term_id]
        else:
            latest = max(refs[t] for t in terms)
        indicators = compute_indicators(terms[latest.id], weights)
        before_term = calendar.previous(latest)
        before_counts = None if before_term is None else terms.get(before_term.id)
        before = None if before_counts is None else compute_indicators(before_counts, weights)
        summaries[teacher] = TeacherSummary(
            teacher_id=teacher,
            term=latest,
            counts=terms[latest.id],
            indicators=indicators,
            previous_term=before_term if before_counts is not None else None,
            previous=before,
            change=change_between(indicators, before),
        )
    return summaries
