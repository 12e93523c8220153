"""The facts the attention signals read that nothing else reads: results per class for a few
terms, the district's pooled counts per grade and subject, the latest lesson scores, weak
criteria, the plan's visits and mentors. Each is one GROUP BY (or windowed) query for all the
schools asked; the rules are ``domain.signals*``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.storage.lessons import LESSON, lead_observation
from eduqa_desktop.storage.models import (
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Observation,
    ObservationScore,
    ResultRow,
    SchoolClass,
    Teacher,
    VisitPlanEntry,
)

__all__ = [
    "ClassCounts",
    "Criterion",
    "CriterionScores",
    "class_counts",
    "criterion_scores",
    "district_pools",
    "mentored_teachers",
    "plan_entries",
    "recent_scores",
]


@dataclass(frozen=True, slots=True)
class ClassCounts:
    """Marks of one class in one subject in one term by one teacher, summed over its rows."""

    school_id: int
    term_id: int
    class_name: str
    grade: int
    subject_id: int
    teacher_id: int
    n5: int
    n4: int
    n3: int
    n2: int
    n1: int
    not_attested: int

    @property
    def good(self) -> int:
        return self.n5 + self.n4

    @property
    def assessed(self) -> int:
        return self.n5 + self.n4 + self.n3 + self.n2 + self.n1 + self.not_attested


def class_counts(
    session: Session, school_ids: Sequence[int], term_ids: Sequence[int]
) -> list[ClassCounts]:
    """Every class × subject × teacher of the schools in the terms, with summed counts."""
    if not school_ids or not term_ids:
        return []
    query = (
        select(
            SchoolClass.school_id,
            ResultRow.term_id,
            SchoolClass.name,
            SchoolClass.grade,
            ResultRow.subject_id,
            ResultRow.teacher_id,
            func.coalesce(func.sum(ResultRow.n5), 0),
            func.coalesce(func.sum(ResultRow.n4), 0),
            func.coalesce(func.sum(ResultRow.n3), 0),
            func.coalesce(func.sum(ResultRow.n2), 0),
            func.coalesce(func.sum(ResultRow.n1), 0),
            func.coalesce(func.sum(ResultRow.not_attested), 0),
        )
        .join(SchoolClass, SchoolClass.id == ResultRow.class_id)
        .where(SchoolClass.school_id.in_(school_ids), ResultRow.term_id.in_(term_ids))
        .group_by(
            SchoolClass.school_id,
            ResultRow.term_id,
            SchoolClass.id,
            ResultRow.subject_id,
            ResultRow.teacher_id,
        )
    )
    # Core rows, not the ORM's: a district's half a million are made into objects once.
    return [ClassCounts(*row) for row in session.connection().execute(query)]


def district_pools(
    session: Session, term_ids: Sequence[int]
) -> dict[tuple[int, int, int], dict[int, tuple[int, int, int]]]:
    """Pooled counts of every school in the database: (term, grade, subject) → school →
    (pupils with 4 or 5, pupils assessed, classes)."""
    if not term_ids:
        return {}
    assessed = (
        ResultRow.n5 + ResultRow.n4 + ResultRow.n3 + ResultRow.n2 + ResultRow.n1
    ) + ResultRow.not_attested
    query = (
        select(
            ResultRow.term_id,
            SchoolClass.grade,
            ResultRow.subject_id,
            SchoolClass.school_id,
            func.sum(ResultRow.n5 + ResultRow.n4),
            func.sum(assessed),
            func.count(func.distinct(SchoolClass.id)),
        )
        .join(SchoolClass, SchoolClass.id == ResultRow.class_id)
        .where(ResultRow.term_id.in_(term_ids))
        .group_by(ResultRow.term_id, SchoolClass.grade, ResultRow.subject_id, SchoolClass.school_id)
    )
    pools: dict[tuple[int, int, int], dict[int, tuple[int, int, int]]] = defaultdict(dict)
    rows = session.connection().execute(query)
    for term_id, grade, subject_id, school_id, good, total, classes in rows:
        pools[term_id, grade, subject_id][school_id] = (int(good or 0), int(total or 0), classes)
    return dict(pools)


def _final(query, school_ids: Sequence[int]):  # type: ignore[no-untyped-def]
    return query.where(
        Observation.school_id.in_(school_ids), Observation.status == ObservationStatus.FINAL
    )


def recent_scores(
    session: Session, school_ids: Sequence[int], as_of: date, count: int = 3
) -> dict[tuple[int, int], list[tuple[date, float]]]:
    """The latest ``count`` scored lessons of each teacher up to ``as_of``, oldest first:
    (school, teacher) → [(day, score)]. A lesson several observers recorded counts once, with
    the mean of their scores: each is a judgement of the same lesson."""
    lessons = (
        _final(
            select(
                Observation.school_id,
                Observation.teacher_id,
                func.min(Observation.observed_on).label("observed_on"),
                func.avg(Observation.score).label("score"),
                func.min(Observation.id).label("first_id"),
            ).where(Observation.score.is_not(None), Observation.observed_on <= as_of),
            school_ids,
        )
        .group_by(Observation.school_id, Observation.teacher_id, LESSON)
        .subquery()
    )
    ranked = select(
        lessons.c.school_id,
        lessons.c.teacher_id,
        lessons.c.observed_on,
        lessons.c.score,
        func.row_number()
        .over(
            partition_by=(lessons.c.school_id, lessons.c.teacher_id),
            order_by=(lessons.c.observed_on.desc(), lessons.c.first_id.desc()),
        )
        .label("rank"),
    ).subquery()
    query = select(
        ranked.c.school_id, ranked.c.teacher_id, ranked.c.observed_on, ranked.c.score
    ).where(ranked.c.rank <= count)
    found: dict[tuple[int, int], list[tuple[date, float]]] = defaultdict(list)
    for sid, tid, day, score in session.execute(query):
        found[sid, tid].append((day, float(score)))
    for items in found.values():
        items.sort()
    return dict(found)


@dataclass(frozen=True, slots=True)
class Criterion:
    """A checklist criterion as the signals compare it (``key``: the checklist family and the
    English, else Uzbek, text, so that versions of a checklist meet)."""

    key: str
    text_uz: str
    text_ru: str
    text_en: str
    scale_min: int
    scale_max: int


@dataclass(frozen=True, slots=True)
class CriterionScores:
    """A teacher's scores on one criterion."""

    school_id: int
    teacher_id: int
    criterion: Criterion
    scores: tuple[float, ...]  # one per lesson: the mean of its observers' levels


def criterion_scores(
    session: Session, school_ids: Sequence[int], since: date, as_of: date
) -> list[CriterionScores]:
    """Each teacher's scores per criterion in final observations from ``since`` to ``as_of``,
    one per lesson (co-observers' levels averaged).

    The levels are summed per (teacher, criterion, lesson) in the database and the criteria's
    texts read once: a district holds over a million scored criteria, too many rows to bring
    into Python one by one."""
    query = _final(
        select(
            Observation.school_id,
            Observation.teacher_id,
            ObservationScore.criterion_id,
            type_coerce(LESSON, String).label("lesson"),  # its identity only: no UUID objects
            func.sum(ObservationScore.score),
            func.count(ObservationScore.score),
        )
        .join(ObservationScore, ObservationScore.observation_id == Observation.id)
        .where(
            Observation.observed_on.between(since, as_of),
            ObservationScore.score.is_not(None),
            ObservationScore.not_applicable.is_(False),
        ),
        school_ids,
    ).group_by(Observation.school_id, Observation.teacher_id, ObservationScore.criterion_id, LESSON)
    # (school, teacher, key) → lesson → [Σ levels, levels], and the first criterion of the key
    grouped: dict[tuple[int, int, str], dict[object, list[int]]] = defaultdict(dict)
    first: dict[tuple[int, int, str], int] = {}
    criteria = _criteria(session)
    for sid, tid, criterion_id, lesson, total, count in session.connection().execute(query):
        key = (sid, tid, criteria[criterion_id].key)
        first.setdefault(key, criterion_id)
        levels = grouped[key].setdefault(lesson, [0, 0])
        levels[0] += int(total)
        levels[1] += count
    result = []
    for (sid, tid, key), lessons in grouped.items():
        scores = tuple(total / count for total, count in lessons.values())
        result.append(CriterionScores(sid, tid, criteria[first[sid, tid, key]], scores))
    return result


def _criteria(session: Session) -> dict[int, Criterion]:
    """Every checklist criterion with its key (a few thousand at most, even nationally)."""
    query = (
        select(
            ChecklistCriterion.id,
            ChecklistTemplate.family,
            ChecklistCriterion.text_uz,
            ChecklistCriterion.text_ru,
            ChecklistCriterion.text_en,
            ChecklistTemplate.scale_min,
            ChecklistTemplate.scale_max,
        )
        .join(ChecklistSection, ChecklistSection.id == ChecklistCriterion.section_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == ChecklistSection.template_id)
    )
    return {
        cid: Criterion(f"{family}:{(en or uz).strip().casefold()}", uz, ru, en, low, high)
        for cid, family, uz, ru, en, low, high in session.execute(query)
    }


def plan_entries(
    session: Session, school_ids: Sequence[int], first: date, last: date
) -> list[VisitPlanEntry]:
    """The plan's entries of the schools from the month of ``first`` to that of ``last``."""
    start = first.year * 12 + first.month
    end = last.year * 12 + last.month
    month_index = VisitPlanEntry.year * 12 + VisitPlanEntry.month
    query = select(VisitPlanEntry).where(
        VisitPlanEntry.school_id.in_(school_ids), month_index.between(start, end)
    )
    return list(session.scalars(query))


def final_visits(
    session: Session, school_ids: Sequence[int], first: date, last: date
) -> list[tuple[int, int, int, str, date]]:
    """(observation id, school, teacher, purpose, day) of final observations in the days; of a
    lesson several observers recorded, the first observation only (one lesson, one visit)."""
    query = _final(
        select(
            Observation.id,
            Observation.school_id,
            Observation.teacher_id,
            Observation.purpose,
            Observation.observed_on,
        ).where(Observation.observed_on.between(first, last), lead_observation()),
        school_ids,
    )
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def mentored_teachers(
    session: Session, school_ids: Sequence[int], first: date, last: date
) -> set[int]:
    """Teachers with a mentor in the days: a support visit planned for them, or a peer visit
    planned with them as the visitor (the observer's name is theirs)."""
    start = first.year * 12 + first.month
    end = last.year * 12 + last.month
    month_index = VisitPlanEntry.year * 12 + VisitPlanEntry.month
    in_plan = (
        select(Teacher.id)
        .join(VisitPlanEntry, VisitPlanEntry.school_id == Teacher.school_id)
        .where(
            Teacher.school_id.in_(school_ids),
            month_index.between(start, end),
            or_(
                (VisitPlanEntry.purpose == Purpose.SUPPORT)
                & (VisitPlanEntry.teacher_id == Teacher.id),
                (VisitPlanEntry.purpose == Purpose.PEER_VISIT)
                & (VisitPlanEntry.observer == Teacher.full_name),
            ),
        )
    )
    return set(session.scalars(in_plan))
