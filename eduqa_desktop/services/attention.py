"""The attention list: teachers ranked by their signals, for a school or a district.

`school_attention(db, school_id, year=…, term=…)` is what the Needs attention view, the
Dashboard card and `eduqa attention --school` show; `district_attention` ranks the schools of
the database the same way, each with the teachers behind it; `teacher_signals` is the
profile's full list; `school_signals_of` gives the Dashboard and the district report the lists
with every signal. The signals themselves are computed in one place,
`services.attention_signals.signals_in`; the scope of a term is that of `services.term_scope`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.signal_dto import SignalDTO, SubjectSignalDTO
from eduqa_desktop.domain.signals import (
    RankedTeacher,
    Signal,
    SubjectSignal,
    attention_list,
    rank_teachers,
)
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.services import access
from eduqa_desktop.services.attention_memo import remembered_lists
from eduqa_desktop.services.attention_signals import all_signals_in, signals_in
from eduqa_desktop.services.term_scope import Scope, TermRef, load_thresholds_in, resolve_scopes
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import Department, School, Teacher

__all__ = [
    "AttentionList",
    "AttentionRow",
    "SchoolAttention",
    "SchoolSignals",
    "SignalDTO",
    "SubjectSignalDTO",
    "attention_lists",
    "district_attention",
    "school_attention",
    "school_signals_in",
    "school_signals_of",
    "signals_in",
    "teacher_attention_in",
    "teacher_signals",
    "teacher_signals_in",
]


@dataclass(frozen=True)
class AttentionRow:
    teacher_id: int
    teacher_uuid: uuid.UUID
    teacher_name: str
    school_id: int
    school_name: str
    department: str
    score: float
    signals: tuple[SignalDTO, ...]  # strongest first


@dataclass(frozen=True)
class AttentionList:
    term: TermRef | None
    staff: int  # active teachers
    rows: tuple[AttentionRow, ...]  # the list: at most `share` of the staff
    ranked: int  # teachers with any signal (the list is the top of them)
    share: float
    min_score: float
    subjects: tuple[SubjectSignalDTO, ...] = ()  # subjects behind across the school
    # the quarter whose marks the results signals read: the latest with results up to `term`
    # (early in a year, the last quarter of the year before)
    results_term: TermRef | None = None


@dataclass(frozen=True)
class SchoolAttention:
    school_id: int
    school_name: str
    staff: int
    score: float  # the sum of its listed teachers' scores
    rows: tuple[AttentionRow, ...]
    term: TermRef | None = None
    subjects: tuple[SubjectSignalDTO, ...] = ()
    results_term: TermRef | None = None


# --- lists -------------------------------------------------------------------------------------


def _dto(signal: Signal) -> SignalDTO:
    return SignalDTO(
        str(signal.kind),
        signal.severity,
        signal.message_template,
        dict(signal.params),
        dict(signal.evidence),
    )


def _subject_dto(signal: SubjectSignal, people: Mapping[int, tuple]) -> SubjectSignalDTO:  # type: ignore[type-arg]
    return SubjectSignalDTO(
        str(signal.subject),
        tuple(people[tid][1] for tid in signal.teacher_ids if tid in people),
        signal.severity,
        signal.message_template,
        dict(signal.params),
        {
            **signal.evidence,
            "teacher_names": [people[t][1] for t in signal.teacher_ids if t in people],
        },
    )


def _people(session: Session, school_ids: Sequence[int]) -> dict[int, tuple]:  # type: ignore[type-arg]
    query = (
        select(Teacher.id, Teacher.uuid, Teacher.full_name, Department.name, School.name)
        .join(School, School.id == Teacher.school_id)
        .outerjoin(Department, Department.id == Teacher.department_id)
        .where(Teacher.school_id.in_(school_ids))
    )
    return {
        tid: (uid, name, dep or "", school)
        for tid, uid, name, dep, school in session.execute(query)
    }


def _staff(session: Session, school_ids: Sequence[int]) -> dict[int, int]:
    from sqlalchemy import func

    query = (
        select(Teacher.school_id, func.count())
        .where(Teacher.school_id.in_(school_ids), Teacher.active)
        .group_by(Teacher.school_id)
    )
    return {sid: int(count) for sid, count in session.execute(query)}


def _rows(
    sid: int,
    ranked: Sequence[RankedTeacher],
    people: Mapping[int, tuple],  # type: ignore[type-arg]
) -> tuple[AttentionRow, ...]:
    rows = []
    for item in ranked:
        uid, name, department, school = people[item.teacher_id]
        rows.append(
            AttentionRow(
                item.teacher_id,
                uid,
                name,
                sid,
                school,
                department,
                item.score,
                tuple(_dto(s) for s in item.signals),
            )
        )
    return tuple(rows)


@dataclass(frozen=True)
class SchoolSignals:
    """A school's attention list and every signal of its active teachers (strongest first),
    from one computation: what the Teachers tab and the profile show beside the list."""

    attention: AttentionList
    by_teacher: Mapping[int, tuple[SignalDTO, ...]]


def attention_lists(
    session: Session, scopes: Mapping[int, Scope], thresholds: Thresholds
) -> dict[int, AttentionList]:
    """Each school's attention list (the Dashboard card reads them inside its session)."""
    return {sid: found.attention for sid, found in _lists(session, scopes, thresholds).items()}


def school_signals_of(
    session: Session, scopes: Mapping[int, Scope], thresholds: Thresholds
) -> dict[int, SchoolSignals]:
    """Each school's list and signals (the Dashboard and the district report, in a session)."""
    return _lists(session, scopes, thresholds)


def school_signals_in(
    session: Session, school_id: int, scope: Scope, thresholds: Thresholds
) -> SchoolSignals:
    """The school's list and signals for a scope the caller resolved (the Teachers tab)."""
    return _lists(session, {school_id: scope}, thresholds)[school_id]


def teacher_signals_in(
    session: Session, school_id: int, scope: Scope, thresholds: Thresholds, teacher_id: int
) -> list[SignalDTO]:
    """One teacher's signals, strongest first (inside a session)."""
    return teacher_attention_in(session, school_id, scope, thresholds, teacher_id)[0]


def teacher_attention_in(
    session: Session, school_id: int, scope: Scope, thresholds: Thresholds, teacher_id: int
) -> tuple[list[SignalDTO], list[SubjectSignalDTO]]:
    """One teacher's signals, and the subjects behind across the school that the teacher
    teaches (the profile: the teacher's own gaps beside the subject's)."""
    found, subjects = all_signals_in(session, {school_id: scope}, thresholds, teacher_id)
    ranked = rank_teachers(found.get(school_id, {}).get(teacher_id, []))
    signals = [_dto(s) for s in ranked[0].signals] if ranked else []
    mine = [s for s in subjects.get(school_id, ()) if teacher_id in s.teacher_ids]
    people = _people(session, [school_id]) if mine else {}
    return signals, [_subject_dto(s, people) for s in mine]


def _lists(
    session: Session, scopes: Mapping[int, Scope], thresholds: Thresholds
) -> dict[int, SchoolSignals]:
    return remembered_lists(
        session, scopes, thresholds, lambda: _computed_lists(session, scopes, thresholds)
    )


def _computed_lists(
    session: Session, scopes: Mapping[int, Scope], thresholds: Thresholds
) -> dict[int, SchoolSignals]:
    signals, subjects = all_signals_in(session, scopes, thresholds)
    staff = _staff(session, list(scopes))
    people = _people(session, list(scopes))
    result = {}
    for sid, scope in scopes.items():
        found = [s for items in signals.get(sid, {}).values() for s in items]
        ranked = rank_teachers(found)
        top = attention_list(
            ranked,
            staff.get(sid, 0),
            share=thresholds.attention_share,
            min_score=thresholds.attention_min_score,
        )
        result[sid] = SchoolSignals(
            AttentionList(
                scope.term,
                staff.get(sid, 0),
                _rows(sid, top, people),
                len(ranked),
                thresholds.attention_share,
                thresholds.attention_min_score,
                tuple(_subject_dto(s, people) for s in subjects.get(sid, ())),
                scope.results_term,
            ),
            {r.teacher_id: tuple(_dto(s) for s in r.signals) for r in ranked},
        )
    return result


def school_attention(
    db: Database,
    school_id: int,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> AttentionList:
    """The school's attention list for a term (default: the one going on today)."""
    with db.session() as session:
        scopes = resolve_scopes(session, [school_id], year=year, term=term, today=today)
        return _lists(session, scopes, load_thresholds_in(session))[school_id].attention


def district_attention(
    db: Database,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> list[SchoolAttention]:
    """Every school of the database (of an account bound to schools: its schools) with its
    attention list, the highest total first."""
    reachable = access.readable_school_ids(db, None)
    with db.session() as session:
        school_ids = list(session.scalars(select(School.id).order_by(School.name)))
        if reachable is not None:
            school_ids = [i for i in school_ids if i in set(reachable)]
        if not school_ids:
            return []
        scopes = resolve_scopes(session, school_ids, year=year, term=term, today=today)
        lists = _lists(session, scopes, load_thresholds_in(session))
        names = dict(session.execute(select(School.id, School.name)).all())
    schools = [
        SchoolAttention(
            sid,
            names[sid],
            found.attention.staff,
            round(sum(r.score for r in found.attention.rows), 2),
            found.attention.rows,
            found.attention.term,
            found.attention.subjects,
            found.attention.results_term,
        )
        for sid, found in lists.items()
    ]
    schools.sort(key=lambda s: (-s.score, s.school_name))
    return schools


def teacher_signals(
    db: Database,
    teacher_id: int,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> list[SignalDTO]:
    """Every signal of one teacher, strongest first (none for an archived teacher)."""
    with db.session() as session:
        school_id = session.scalar(select(Teacher.school_id).where(Teacher.id == teacher_id))
        if school_id is None:
            return []
        scope = resolve_scopes(session, [school_id], year=year, term=term, today=today)[school_id]
        return teacher_signals_in(
            session, school_id, scope, load_thresholds_in(session), teacher_id
        )
