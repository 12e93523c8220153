"""The aggregations behind the dashboard: lesson observations, the visit plan, activities, staff.

Pupils' results are summed by :mod:`eduqa_desktop.storage.indicator_queries`; this module adds
what the dashboard shows besides them. Everything is one SQL ``GROUP BY`` per chart (never every
row loaded into Python), so that a district of fifty schools answers at once.

Only *final* observations count. A period is a :class:`Window` of days; which observations,
plan entries and activities fall in a term is decided by the service that builds the windows.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    distinct,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from eduqa_desktop.domain.indicators import MarkCounts
from eduqa_desktop.domain.observation_scoring import BandThresholds
from eduqa_desktop.domain.term_comparison import grades_moved_up
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.storage.models import (
    AcademicYear,
    Activity,
    ActivityType,
    ActivityTypeMechanism,
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    CriterionMechanism,
    Department,
    Observation,
    ObservationScore,
    ResultRow,
    School,
    SchoolClass,
    Subject,
    Teacher,
    Term,
    VisitPlanEntry,
    teacher_subjects,
)

HISTOGRAM_BIN = 5  # points of the observation score per histogram bar
HISTOGRAM_BINS = 100 // HISTOGRAM_BIN


# --- filters ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Window:
    """The days from ``start`` to ``end``, both included."""

    start: date
    end: date


@dataclass(frozen=True, slots=True)
class TeacherScope:
    """Which teachers: empty fields do not filter."""

    school_ids: Sequence[int] = ()
    department_ids: Sequence[int] = ()
    subject_id: int | None = None  # teachers who teach the subject


@dataclass(frozen=True, slots=True)
class ObservationFilter:
    """Which final observations: empty fields do not filter."""

    window: Window | None = None
    school_ids: Sequence[int] = ()
    grade: int | None = None
    subject_id: int | None = None
    department_ids: Sequence[int] = ()
    template_ids: Sequence[int] = ()


def _teacher_conditions(scope: TeacherScope) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if scope.school_ids:
        conditions.append(Teacher.school_id.in_(scope.school_ids))
    if scope.department_ids:
        conditions.append(Teacher.department_id.in_(scope.department_ids))
    if scope.subject_id is not None:
        conditions.append(
            exists().where(
                teacher_subjects.c.teacher_id == Teacher.id,
                teacher_subjects.c.subject_id == scope.subject_id,
            )
        )
    return conditions


def _observations(query: Select[Any], where: ObservationFilter) -> Select[Any]:
    """``query`` over Observation, restricted to the final observations ``where`` describes."""
    query = query.where(Observation.status == ObservationStatus.FINAL)
    if where.window is not None:
        query = query.where(Observation.observed_on.between(where.window.start, where.window.end))
    if where.school_ids:
        query = query.where(Observation.school_id.in_(where.school_ids))
    if where.subject_id is not None:
        query = query.where(Observation.subject_id == where.subject_id)
    if where.template_ids:
        query = query.where(Observation.template_id.in_(where.template_ids))
    if where.grade is not None:
        query = query.where(
            Observation.class_id.in_(select(SchoolClass.id).where(SchoolClass.grade == where.grade))
        )
    if where.department_ids:
        query = query.where(
            Observation.teacher_id.in_(
                select(Teacher.id).where(Teacher.department_id.in_(where.department_ids))
            )
        )
    return query


def _normalised_score() -> ColumnElement[float]:
    """One criterion's score on 0..1 of its template's scale."""
    return (
        (ObservationScore.score - ChecklistTemplate.scale_min)
        * 1.0
        / (ChecklistTemplate.scale_max - ChecklistTemplate.scale_min)
    )


def _scored(query: Select[Any], where: ObservationFilter) -> Select[Any]:
    """``query`` over the scored criteria (N/A left out) of the observations ``where`` says."""
    query = (
        query.select_from(ObservationScore)
        .join(Observation, Observation.id == ObservationScore.observation_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == Observation.template_id)
        .join(ChecklistCriterion, ChecklistCriterion.id == ObservationScore.criterion_id)
        .where(ObservationScore.score.is_not(None))
    )
    return _observations(query, where)


# --- the calendar -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TermRow:
    id: int
    year: str
    number: int
    start: date
    end: date
    year_start: date
    year_end: date
    has_results: bool


def terms(session: Session, school_ids: Sequence[int] = ()) -> list[TermRow]:
    """Every quarter, oldest first, and whether the schools have results in it."""
    results = select(ResultRow.id).where(ResultRow.term_id == Term.id)
    if school_ids:
        results = results.join(SchoolClass, SchoolClass.id == ResultRow.class_id).where(
            SchoolClass.school_id.in_(school_ids)
        )
    query = (
        select(
            Term.id,
            AcademicYear.name,
            Term.number,
            Term.start_date,
            Term.end_date,
            AcademicYear.start_date,
            AcademicYear.end_date,
            results.exists(),
        )
        .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
        .where(Term.kind == "quarter")
        .order_by(AcademicYear.start_date, Term.number)
    )
    return [TermRow(*row[:7], bool(row[7])) for row in session.execute(query)]


# --- choices for the filter bar -----------------------------------------------------------------


def schools(session: Session) -> list[tuple[int, str]]:
    return [
        (row[0], row[1])
        for row in session.execute(select(School.id, School.name).order_by(School.name))
    ]


def subjects_in_use(session: Session, school_ids: Sequence[int] = ()) -> list[Subject]:
    """Subjects with results or observations in the schools (all subjects known otherwise)."""
    with_results = select(ResultRow.subject_id)
    with_observations = select(Observation.subject_id).where(Observation.subject_id.is_not(None))
    if school_ids:
        with_results = with_results.join(SchoolClass, SchoolClass.id == ResultRow.class_id).where(
            SchoolClass.school_id.in_(school_ids)
        )
        with_observations = with_observations.where(Observation.school_id.in_(school_ids))
    query = select(Subject).where(
        or_(Subject.id.in_(with_results), Subject.id.in_(with_observations))
    )
    return list(session.scalars(query))


def subject_names(session: Session) -> dict[int, tuple[str, str, str, str]]:
    """Every subject's name as typed and in Uzbek, Russian and English."""
    query = select(Subject.id, Subject.name, Subject.name_uz, Subject.name_ru, Subject.name_en)
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}  # type: ignore[misc]


def class_schools(session: Session, class_ids: Sequence[int]) -> dict[int, str]:
    """The school name of each class."""
    if not class_ids:
        return {}
    query = (
        select(SchoolClass.id, School.name)
        .join(School, School.id == SchoolClass.school_id)
        .where(SchoolClass.id.in_(class_ids))
    )
    return {row[0]: row[1] for row in session.execute(query)}


def grades_in_use(session: Session, school_ids: Sequence[int] = ()) -> list[int]:
    query = select(SchoolClass.grade).distinct().order_by(SchoolClass.grade)
    if school_ids:
        query = query.where(SchoolClass.school_id.in_(school_ids))
    return [int(grade) for grade in session.scalars(query)]


def departments(session: Session, school_ids: Sequence[int] = ()) -> list[tuple[int, str]]:
    """Departments (id, name) of the schools, by name."""
    query = select(Department.id, Department.name).order_by(Department.name, Department.id)
    if school_ids:
        query = query.where(Department.school_id.in_(school_ids))
    return [(row[0], row[1]) for row in session.execute(query)]


# --- pupils' results per quarter -----------------------------------------------------------------

_COUNT_COLUMNS = (
    ResultRow.n5,
    ResultRow.n4,
    ResultRow.n3,
    ResultRow.n2,
    ResultRow.n1,
    ResultRow.not_attested,
)


def summed_counts(
    session: Session,
    keys: Sequence[str],
    term_ids: Sequence[int],
    school_ids: Sequence[int] = (),
    *,
    grade: int | None = None,
    subject_id: int | None = None,
    department_ids: Sequence[int] = (),
    with_scope: bool = False,
) -> dict[tuple[int, ...], tuple[MarkCounts, MarkCounts]]:
    """Summed counts grouped by ``keys`` ("term", "subject", "grade"), in one lean scan.

    Returns {key values: (the selection's counts, the school(s)' counts)}. Without
    ``with_scope`` the grade/subject/department filters restrict the rows and both counts are
    the selection's; with it they become conditional sums, so the school(s) as a whole come
    from the same scan. Only the tables the keys and filters need are joined (the trend reads
    every quarter of the district: this is the dashboard's biggest query).
    """
    if not term_ids:
        return {}
    columns = {
        "term": ResultRow.term_id,
        "subject": ResultRow.subject_id,
        "grade": SchoolClass.grade,
    }
    group = [columns[key] for key in keys]
    query = select(*group).select_from(ResultRow).where(ResultRow.term_id.in_(term_ids))
    if school_ids or grade is not None or "grade" in keys:
        query = query.join(SchoolClass, SchoolClass.id == ResultRow.class_id)
    if school_ids:
        query = query.where(SchoolClass.school_id.in_(school_ids))
    narrower: list[ColumnElement[bool]] = []
    if grade is not None:
        narrower.append(SchoolClass.grade == grade)
    if subject_id is not None:
        narrower.append(ResultRow.subject_id == subject_id)
    if department_ids:
        query = query.join(Teacher, Teacher.id == ResultRow.teacher_id)
        narrower.append(Teacher.department_id.in_(department_ids))
    sums = [func.sum(column) for column in _COUNT_COLUMNS]
    conditional = with_scope and bool(narrower)
    if conditional:
        chosen = and_(*narrower)
        sums += [func.sum(case((chosen, column), else_=0)) for column in _COUNT_COLUMNS]
    elif narrower:
        query = query.where(*narrower)
    result = {}
    for row in session.execute(query.add_columns(*sums).group_by(*group)):
        key = tuple(int(value) for value in row[: len(group)])
        numbers = [int(value or 0) for value in row[len(group) :]]
        scope = MarkCounts(*numbers[:6])
        result[key] = (MarkCounts(*numbers[6:]) if conditional else scope, scope)
    return result


# --- lesson observations ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ObservationSummary:
    observations: int
    scored: int  # observations that have a score
    score_sum: float

    @property
    def average(self) -> float | None:
        return self.score_sum / self.scored if self.scored else None


def observation_summary(session: Session, where: ObservationFilter) -> ObservationSummary:
    query = _observations(
        select(
            func.count(Observation.id),
            func.count(Observation.score),
            func.coalesce(func.sum(Observation.score), 0.0),
        ),
        where,
    )
    count, scored, total = session.execute(query).one()
    return ObservationSummary(int(count), int(scored), float(total))


@dataclass(frozen=True, slots=True)
class ScoreHistogram:
    counts: tuple[int, ...]  # observations per bin of HISTOGRAM_BIN points, 0..100
    band_counts: tuple[int, int, int, int]  # high, good, needs improvement, unsatisfactory


def score_histogram(
    session: Session, where: ObservationFilter, bands: BandThresholds
) -> ScoreHistogram:
    """Observation scores in bins of 5 points (100 goes in the last bin) and per band."""
    bin_ = case(
        (Observation.score >= 100, HISTOGRAM_BINS - 1),
        else_=cast(Observation.score / HISTOGRAM_BIN, Integer),
    )
    query = _observations(select(bin_, func.count()), where).where(Observation.score.is_not(None))
    counts = [0] * HISTOGRAM_BINS
    for index, count in session.execute(query.group_by(bin_)):
        counts[min(max(int(index), 0), HISTOGRAM_BINS - 1)] += int(count)
    score = Observation.score
    band_query = _observations(
        select(
            func.count(case((score >= bands.high, 1))),
            func.count(case((and_(score >= bands.good, score < bands.high), 1))),
            func.count(case((and_(score >= bands.needs_improvement, score < bands.good), 1))),
            func.count(case((score < bands.needs_improvement, 1))),
        ),
        where,
    )
    high, good, needs, unsatisfactory = session.execute(band_query).one()
    return ScoreHistogram(tuple(counts), (int(high), int(good), int(needs), int(unsatisfactory)))


def _row_group(by_school: bool) -> tuple[Any, Any, Any, ColumnElement[bool]]:
    """Key, label, table and join condition of a row per school or per teacher."""
    if by_school:
        return School.id, School.name, School, School.id == Observation.school_id
    return Teacher.id, Teacher.full_name, Teacher, Teacher.id == Observation.teacher_id


@dataclass(frozen=True, slots=True)
class GroupScore:
    """Observations of one school or teacher and their average score."""

    key: int
    label: str
    observations: int
    average: float | None


def observation_scores_by(
    session: Session, where: ObservationFilter, *, by_school: bool
) -> list[GroupScore]:
    """Average observation score per school (``by_school``) or per teacher."""
    key, label, source, join = _row_group(by_school)
    query = _observations(
        select(key, label, func.count(Observation.id), func.avg(Observation.score))
        .select_from(Observation)
        .join(source, join),
        where,
    ).group_by(key, label)
    return [
        GroupScore(int(k), str(name), int(n), None if avg is None else float(avg))
        for k, name, n, avg in session.execute(query)
    ]


@dataclass(frozen=True, slots=True)
class ChecklistUse:
    family: uuid.UUID
    template_ids: tuple[int, ...]
    names: tuple[str, str, str]  # uz, ru, en of the newest version used
    observations: int


def checklists_used(session: Session, where: ObservationFilter) -> list[ChecklistUse]:
    """The checklists (families of versions) of the observations, most used first."""
    query = _observations(
        select(
            ChecklistTemplate.family,
            ChecklistTemplate.id,
            ChecklistTemplate.version,
            ChecklistTemplate.name_uz,
            ChecklistTemplate.name_ru,
            ChecklistTemplate.name_en,
            func.count(Observation.id),
        )
        .select_from(Observation)
        .join(ChecklistTemplate, ChecklistTemplate.id == Observation.template_id),
        where,
    ).group_by(ChecklistTemplate.id)
    families: dict[uuid.UUID, dict[str, Any]] = {}
    for family, template_id, version, uz, ru, en, count in session.execute(query):
        entry = families.setdefault(family, {"ids": [], "version": -1, "count": 0})
        entry["ids"].append(template_id)
        entry["count"] += int(count)
        if version > entry["version"]:
            entry["version"], entry["names"] = version, (uz, ru, en)
    uses = [
        ChecklistUse(family, tuple(sorted(e["ids"])), e["names"], e["count"])
        for family, e in families.items()
    ]
    return sorted(uses, key=lambda use: (-use.observations, use.names[2]))


@dataclass(frozen=True, slots=True)
class CriterionAverage:
    criterion_id: int
    template_id: int
    section_position: int
    position: int
    texts: tuple[str, str, str]  # uz, ru, en
    ratings: int  # how many times it was scored
    average: float  # 0..100 of the scale


def criteria_averages(session: Session, where: ObservationFilter) -> list[CriterionAverage]:
    """Each scored criterion's average on 0..100 of its scale, weakest first."""
    average = func.avg(_normalised_score()) * 100
    query = (
        _scored(
            select(
                ChecklistCriterion.id,
                ChecklistTemplate.id,
                ChecklistSection.position,
                ChecklistCriterion.position,
                ChecklistCriterion.text_uz,
                ChecklistCriterion.text_ru,
                ChecklistCriterion.text_en,
                func.count(ObservationScore.id),
                average,
            ),
            where,
        )
        .join(ChecklistSection, ChecklistSection.id == ChecklistCriterion.section_id)
        .group_by(ChecklistCriterion.id)
        .order_by(average, ChecklistSection.position, ChecklistCriterion.position)
    )
    return [
        CriterionAverage(cid, tid, spos, pos, (uz, ru, en), int(n), float(avg))
        for cid, tid, spos, pos, uz, ru, en, n, avg in session.execute(query)
    ]


@dataclass(frozen=True, slots=True)
class SectionCell:
    """Pooled section score of one teacher (or school): Σ w·s / Σ w over all its ratings."""

    row_key: int
    row_label: str
    section_position: int
    weighted: float
    weight: float
    observations: int

    @property
    def score(self) -> float | None:
        return self.weighted * 100 / self.weight if self.weight else None


def section_scores(
    session: Session, where: ObservationFilter, *, by_school: bool
) -> list[SectionCell]:
    """The heat map: section scores per teacher (or per school) over the scored criteria.

    Sections of the different versions of a checklist are matched by their position.
    """
    key, label, source, join = _row_group(by_school)
    weight = ChecklistCriterion.weight
    query = (
        _scored(
            select(
                key,
                label,
                ChecklistSection.position,
                func.sum(weight * _normalised_score()),
                func.sum(weight),
                func.count(distinct(Observation.id)),
            ),
            where,
        )
        .join(ChecklistSection, ChecklistSection.id == ChecklistCriterion.section_id)
        .join(source, join)
        .group_by(key, label, ChecklistSection.position)
    )
    return [
        SectionCell(int(k), str(name), int(pos), float(ws), float(w), int(n))
        for k, name, pos, ws, w, n in session.execute(query)
    ]


def section_titles(session: Session, template_id: int) -> list[tuple[int, tuple[str, str, str]]]:
    """(position, (uz, ru, en)) of a template's sections, in order."""
    query = (
        select(
            ChecklistSection.position,
            ChecklistSection.title_uz,
            ChecklistSection.title_ru,
            ChecklistSection.title_en,
        )
        .where(ChecklistSection.template_id == template_id)
        .order_by(ChecklistSection.position)
    )
    return [(row[0], (row[1], row[2], row[3])) for row in session.execute(query)]


@dataclass(frozen=True, slots=True)
class MechanismLessons:
    mechanism: str
    lessons: int  # observations where a criterion of the mechanism scored above the minimum
    weighted: float
    weight: float

    @property
    def average(self) -> float | None:
        return self.weighted * 100 / self.weight if self.weight else None


def mechanism_lessons(session: Session, where: ObservationFilter) -> list[MechanismLessons]:
    """Evidence of each mechanism in observed lessons (criteria tagged with it)."""
    seen = case(
        (ObservationScore.score > ChecklistTemplate.scale_min, Observation.id), else_=literal(None)
    )
    weight = ChecklistCriterion.weight
    query = (
        _scored(
            select(
                CriterionMechanism.mechanism,
                func.count(distinct(seen)),
                func.sum(weight * _normalised_score()),
                func.sum(weight),
            ),
            where,
        )
        .join(
            CriterionMechanism,
            CriterionMechanism.criterion_id == ObservationScore.criterion_id,
        )
        .group_by(CriterionMechanism.mechanism)
    )
    return [
        MechanismLessons(str(getattr(m, "value", m)), int(n), float(ws or 0), float(w or 0))
        for m, n, ws, w in session.execute(query)
    ]


def mechanism_activities(
    session: Session, scope: TeacherScope, window: Window
) -> dict[str, tuple[int, int]]:
    """Per mechanism: activities recorded in the window, and how many teachers recorded them."""
    query = (
        select(
            ActivityTypeMechanism.mechanism,
            func.count(Activity.id),
            func.count(distinct(Activity.teacher_id)),
        )
        .select_from(Activity)
        .join(
            ActivityTypeMechanism,
            ActivityTypeMechanism.activity_type_id == Activity.activity_type_id,
        )
        .join(Teacher, Teacher.id == Activity.teacher_id)
        .where(Activity.done_on.between(window.start, window.end), *_teacher_conditions(scope))
        .group_by(ActivityTypeMechanism.mechanism)
    )
    return {str(getattr(m, "value", m)): (int(n), int(t)) for m, n, t in session.execute(query)}


# --- the visit plan ---------------------------------------------------------------------------


def planned_visits(
    session: Session, scope: TeacherScope, months: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str, int, int, date | None]]:
    """Planned visits of the months (calendar year, month): (id, teacher, purpose, year,
    month, day)."""
    if not months:
        return []
    month = VisitPlanEntry.year * 100 + VisitPlanEntry.month
    query = (
        select(
            VisitPlanEntry.id,
            VisitPlanEntry.teacher_id,
            VisitPlanEntry.purpose,
            VisitPlanEntry.year,
            VisitPlanEntry.month,
            VisitPlanEntry.planned_on,
        )
        .join(Teacher, Teacher.id == VisitPlanEntry.teacher_id)
        .where(month.in_([y * 100 + m for y, m in months]), *_teacher_conditions(scope))
    )
    return [
        (row[0], row[1], str(getattr(row[2], "value", row[2])), row[3], row[4], row[5])
        for row in session.execute(query)
    ]


def observed_visits(
    session: Session, scope: TeacherScope, window: Window
) -> list[tuple[int, int, str, date]]:
    """Final observations of the scope's teachers in the window: (id, teacher, purpose, day)."""
    query = (
        select(Observation.id, Observation.teacher_id, Observation.purpose, Observation.observed_on)
        .join(Teacher, Teacher.id == Observation.teacher_id)
        .where(
            Observation.status == ObservationStatus.FINAL,
            Observation.observed_on.between(window.start, window.end),
            *_teacher_conditions(scope),
        )
    )
    return [
        (row[0], row[1], str(getattr(row[2], "value", row[2])), row[3])
        for row in session.execute(query)
    ]


# --- teachers and their flags -----------------------------------------------------------------


def staff(session: Session, scope: TeacherScope) -> dict[int, int]:
    """The active teachers of the scope: teacher id → school id."""
    query = select(Teacher.id, Teacher.school_id).where(
        Teacher.active.is_(True), *_teacher_conditions(scope)
    )
    return {row[0]: row[1] for row in session.execute(query)}


@dataclass(frozen=True)
class FlagFacts:
    """What the flag rules (domain.flags) need, for every active teacher of a scope at once.

    The same facts as ``services.flags`` gathers school by school, gathered for a whole
    district in a few set-wise queries.
    """

    teachers: dict[int, int]  # active teacher → school
    observed: dict[int, int]  # final observations in the term
    latest: dict[int, tuple[date, float]]  # latest scored final observation up to the day
    last_course: dict[int, date]  # the last professional-development course up to the day
    follow_ups: dict[int, list[tuple[date, date, bool]]]  # observed on, due, done
    quality: dict[int, list[tuple[str, int, float | None, float | None]]]
    # per teacher: (class, subject id, quality now, quality in the term before)


def flag_facts(
    session: Session,
    scope: TeacherScope,
    *,
    term: Window,
    as_of: date,
    year_start: date,
    results_terms: tuple[int, int] | None,
    min_drop: float,
) -> FlagFacts:
    """The facts of the flags of a term (``term``: its first and last day), judged on ``as_of``.

    ``results_terms`` = (the results term, the one before it) for the quality-drop pairs
    (:func:`quality_drops`); only pairs whose quality fell by about ``min_drop`` points or
    more are fetched (the rule itself decides).
    """
    teachers = staff(session, scope)
    if not teachers:
        return FlagFacts({}, {}, {}, {}, {}, {})
    in_scope = Observation.teacher_id.in_(
        select(Teacher.id).where(Teacher.active.is_(True), *_teacher_conditions(scope))
    )
    final = Observation.status == ObservationStatus.FINAL

    observed = {
        row[0]: int(row[1])
        for row in session.execute(
            select(Observation.teacher_id, func.count())
            .where(final, in_scope, Observation.observed_on.between(term.start, term.end))
            .group_by(Observation.teacher_id)
        )
    }

    ranked = (
        select(
            Observation.teacher_id,
            Observation.observed_on,
            Observation.score,
            func.row_number()
            .over(
                partition_by=Observation.teacher_id,
                order_by=(Observation.observed_on.desc(), Observation.id.desc()),
            )
            .label("rank"),
        )
        .where(final, in_scope, Observation.score.is_not(None), Observation.observed_on <= as_of)
        .subquery()
    )
    latest = {
        row[0]: (row[1], float(row[2]))
        for row in session.execute(
            select(ranked.c.teacher_id, ranked.c.observed_on, ranked.c.score).where(
                ranked.c.rank == 1
            )
        )
    }

    last_course: dict[int, date] = {}
    for teacher_id, typed in session.execute(
        select(Teacher.id, Teacher.last_pd_date).where(
            Teacher.active.is_(True), Teacher.last_pd_date <= as_of, *_teacher_conditions(scope)
        )
    ):
        last_course[teacher_id] = typed
    for teacher_id, day in session.execute(
        select(Activity.teacher_id, func.max(Activity.done_on))
        .join(ActivityType, ActivityType.id == Activity.activity_type_id)
        .join(Teacher, Teacher.id == Activity.teacher_id)
        .where(
            ActivityType.counts_as_pd.is_(True),
            Activity.done_on <= as_of,
            Teacher.active.is_(True),
            *_teacher_conditions(scope),
        )
        .group_by(Activity.teacher_id)
    ):
        if teacher_id not in last_course or day > last_course[teacher_id]:
            last_course[teacher_id] = day

    return FlagFacts(
        teachers=teachers,
        observed=observed,
        latest=latest,
        last_course=last_course,
        follow_ups=_follow_ups(session, in_scope, as_of, year_start),
        quality=_quality_pairs(session, scope, results_terms, min_drop) if results_terms else {},
    )


def _follow_ups(
    session: Session, in_scope: ColumnElement[bool], as_of: date, year_start: date
) -> dict[int, list[tuple[date, date, bool]]]:
    """Next steps due from the year's start, and whether a follow-up visit was made: a later
    final observation that names the first one, or a later final "follow-up visit" of the
    same teacher (up to ``as_of``)."""
    final = Observation.status == ObservationStatus.FINAL
    named: set[int] = set()
    visits: dict[int, list[tuple[date, int]]] = {}
    for obs_id, teacher_id, of_id, purpose, day in session.execute(
        select(
            Observation.id,
            Observation.teacher_id,
            Observation.follow_up_of_id,
            Observation.purpose,
            Observation.observed_on,
        ).where(
            final,
            in_scope,
            Observation.observed_on <= as_of,
            or_(
                Observation.follow_up_of_id.is_not(None),
                Observation.purpose == Purpose.FOLLOW_UP,
            ),
        )
    ):
        if of_id is not None and of_id != obs_id:
            named.add(of_id)
        if str(getattr(purpose, "value", purpose)) == Purpose.FOLLOW_UP.value:
            visits.setdefault(teacher_id, []).append((day, obs_id))
    result: dict[int, list[tuple[date, date, bool]]] = {}
    for obs_id, teacher_id, observed_on, due in session.execute(
        select(
            Observation.id,
            Observation.teacher_id,
            Observation.observed_on,
            Observation.next_steps_due,
        ).where(
            final,
            in_scope,
            Observation.next_steps_due.is_not(None),
            Observation.next_steps_due >= year_start,
            Observation.observed_on <= as_of,
        )
    ):
        done = obs_id in named or any(
            day > observed_on and other != obs_id for day, other in visits.get(teacher_id, ())
        )
        result.setdefault(teacher_id, []).append((observed_on, due, done))
    return result


def _quality_pairs(
    session: Session, scope: TeacherScope, terms: tuple[int, int], min_drop: float
) -> dict[int, list[tuple[str, int, float | None, float | None]]]:
    """:func:`quality_drops` per teacher as (class, subject id, quality now, before)."""
    pairs: dict[int, list[tuple[str, int, float | None, float | None]]] = {}
    for drop in quality_drops(session, *terms, scope, min_drop=min_drop):
        pairs.setdefault(drop.teacher_id, []).append(
            (drop.class_name, drop.subject_id, drop.quality, drop.previous)
        )
    return pairs


@dataclass(frozen=True, slots=True)
class QualityDrop:
    """Quality of knowledge of a teacher's class × subject in a term and in the term before."""

    teacher_id: int
    class_name: str
    grade: int
    subject_id: int
    quality: float
    previous: float
    previous_class: str  # where these pupils were the term before (7-A for 8-A in quarter 1)


def _pupils_classes(now_year_id: int, before_year_id: int, grades_up: int) -> Any:
    """Each class of a later year (``now_id``) with the class its pupils were in
    ``grades_up`` years earlier (``then_id``, ``then_name``): the same school and letter,
    ``grades_up`` grades lower (``domain.term_comparison``)."""
    then_class = aliased(SchoolClass)
    grade = cast(SchoolClass.grade - grades_up, String)
    same_pupils = and_(
        then_class.school_id == SchoolClass.school_id,
        then_class.academic_year_id == before_year_id,
        # the normal name (domain.class_names: "7-A", "7" without a letter), so that the
        # unique (school, year, name) index finds the class
        then_class.name
        == case((SchoolClass.letter == "", grade), else_=grade + "-" + SchoolClass.letter),
        then_class.grade == SchoolClass.grade - grades_up,
        then_class.letter == SchoolClass.letter,
    )
    return (
        select(
            SchoolClass.id.label("now_id"),
            then_class.id.label("then_id"),
            then_class.name.label("then_name"),
        )
        .join(then_class, same_pupils)
        .where(SchoolClass.academic_year_id == now_year_id)
        .subquery()
    )


def quality_drops(
    session: Session,
    now_term: int,
    before_term: int,
    scope: TeacherScope,
    *,
    min_drop: float,
    teacher_id: int | None = None,
) -> list[QualityDrop]:
    """The quality-drop facts of the active teachers of ``scope``: each line (teacher ×
    class × subject) of ``now_term`` paired in SQL with the same teacher's line of the same
    subject in ``before_term``, in the class these pupils were in then
    (``domain.term_comparison``: the same class within a year; one grade lower with the same
    letter in the same school a year earlier). Only pairs whose quality fell by
    ``min_drop`` − 0.5 points or more are returned; the flag rule (``domain.flags``) decides
    on the exact values. Ordered by grade, class and subject id.

    The one query behind the quality-drop flag of ``services.flags`` (a school) and of the
    dashboard (:func:`flag_facts`, a district).
    """
    years = {
        term_id: (year_id, name)
        for term_id, year_id, name in session.execute(
            select(Term.id, Term.academic_year_id, AcademicYear.name)
            .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
            .where(Term.id.in_([now_term, before_term]))
        )
    }
    if now_term not in years or before_term not in years:
        return []
    (now_year_id, now_year), (before_year_id, before_year) = years[now_term], years[before_term]
    grades_up = grades_moved_up(before_year, now_year)
    before = aliased(ResultRow)

    if grades_up == 0:  # within a year: the class itself
        then_id, then_name = ResultRow.class_id, SchoolClass.name
    else:
        moved = _pupils_classes(now_year_id, before_year_id, grades_up)
        then_id, then_name = moved.c.then_id, moved.c.then_name

    def good(row: Any) -> ColumnElement[int]:
        return row.n5 + row.n4

    def assessed(row: Any) -> ColumnElement[int]:
        return row.n5 + row.n4 + row.n3 + row.n2 + row.n1 + row.not_attested

    query = (
        select(
            ResultRow.teacher_id,
            SchoolClass.name,
            SchoolClass.grade,
            ResultRow.subject_id,
            good(ResultRow),
            assessed(ResultRow),
            good(before),
            assessed(before),
            then_name,
        )
        .join(SchoolClass, SchoolClass.id == ResultRow.class_id)
        .join(
            before,
            and_(
                before.class_id == then_id,
                before.teacher_id == ResultRow.teacher_id,
                before.subject_id == ResultRow.subject_id,
                before.term_id == before_term,
            ),
        )
        .join(Teacher, Teacher.id == ResultRow.teacher_id)
        .where(
            ResultRow.term_id == now_term,
            Teacher.active.is_(True),
            assessed(ResultRow) > 0,
            assessed(before) > 0,
            good(before) * 100.0 / assessed(before) - good(ResultRow) * 100.0 / assessed(ResultRow)
            > min_drop - 0.5,
            *_teacher_conditions(scope),
        )
        .order_by(SchoolClass.grade, SchoolClass.name, ResultRow.subject_id)
    )
    if grades_up != 0:
        query = query.join(moved, moved.c.now_id == ResultRow.class_id)
    if teacher_id is not None:
        query = query.where(ResultRow.teacher_id == teacher_id)
    return [
        QualityDrop(
            teacher_id=row[0],
            class_name=row[1],
            grade=row[2],
            subject_id=row[3],
            quality=row[4] * 100 / row[5],
            previous=row[6] * 100 / row[7],
            previous_class=row[8],
        )
        for row in session.execute(query)
    ]


__all__ = [
    "HISTOGRAM_BIN",
    "HISTOGRAM_BINS",
    "ChecklistUse",
    "CriterionAverage",
    "FlagFacts",
    "GroupScore",
    "MechanismLessons",
    "ObservationFilter",
    "ObservationSummary",
    "QualityDrop",
    "ScoreHistogram",
    "SectionCell",
    "TeacherScope",
    "TermRow",
    "Window",
    "checklists_used",
    "class_schools",
    "criteria_averages",
    "departments",
    "flag_facts",
    "grades_in_use",
    "mechanism_activities",
    "mechanism_lessons",
    "observation_scores_by",
    "observation_summary",
    "observed_visits",
    "planned_visits",
    "quality_drops",
    "schools",
    "score_histogram",
    "section_scores",
    "section_titles",
    "staff",
    "subject_names",
    "subjects_in_use",
    "summed_counts",
    "terms",
]
