"""Team analysis: the departments side by side, and which mechanisms have evidence.

Per department (the methodological association) and for the whole school, in the academic year
of the chosen term: average observation score (over the final observations), pupils' results in
the latest term with results (summed counts: `services.indicators.indicator_table`),
professional-development compliance (share of active teachers whose last course is within the
period), activities per teacher, and the share of teachers per band of their average
observation score. Mechanisms: scored checklist criteria and activities tagged with each one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicators import Indicators, MarkCounts, compute_indicators
from eduqa_desktop.domain.observation_scoring import Band, band_for
from eduqa_desktop.domain.vocabulary import Mechanism, ObservationStatus
from eduqa_desktop.services.attention_facts import last_courses
from eduqa_desktop.services.indicators import GroupBy, indicator_table
from eduqa_desktop.services.teacher_profile import criterion_level
from eduqa_desktop.services.teachers import PdStatus, observation_stats, pd_status
from eduqa_desktop.services.term_scope import Scope, load_thresholds_in, resolve_scope
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    Activity,
    ActivityTypeMechanism,
    ChecklistTemplate,
    CriterionMechanism,
    Department,
    Observation,
    ObservationScore,
    Teacher,
)

__all__ = ["DepartmentSummary", "MechanismEvidence", "TeamAnalysis", "team_analysis"]

NO_DEPARTMENT = 0


@dataclass(frozen=True)
class DepartmentSummary:
    department_id: int  # 0: teachers without a department; the school row too
    name: str
    teachers: int  # active teachers
    observations: int  # final observations in the year
    average_score: float | None  # average score of those observations (%)
    counts: MarkCounts  # pupils' marks in the results term, summed
    indicators: Indicators
    pd_current: int  # active teachers whose last course is within the period
    activities: int  # activities in the year
    bands: dict[Band | None, int] = field(default_factory=dict)  # None: not observed

    @property
    def pd_compliance(self) -> float | None:
        return None if not self.teachers else self.pd_current * 100 / self.teachers

    @property
    def activities_per_teacher(self) -> float | None:
        return None if not self.teachers else self.activities / self.teachers

    def band_share(self, band: Band | None) -> float | None:
        return None if not self.teachers else self.bands.get(band, 0) * 100 / self.teachers


@dataclass(frozen=True)
class MechanismEvidence:
    mechanism: Mechanism
    criterion_scores: int  # scored criteria tagged with it, in final observations this year
    criterion_average: float | None  # their average level, % of the scale
    observed_teachers: int
    activities: int  # activities of types tagged with it this year
    active_teachers: int  # teachers with such an activity

    @property
    def has_evidence(self) -> bool:
        return bool(self.criterion_scores or self.activities)


@dataclass(frozen=True)
class TeamAnalysis:
    year: str | None
    term: int | None
    results_year: str | None
    results_term: int | None
    departments: list[DepartmentSummary]
    school: DepartmentSummary
    mechanisms: list[MechanismEvidence]


def _year_bounds(scope: Scope) -> tuple[date, date]:
    return (scope.year_start or date.max, min(scope.year_end or date.min, scope.as_of))


def _department_observations(
    session: Session, school_id: int, start: date, end: date
) -> dict[int, tuple[int, int, float]]:
    """Per department: final observations, how many have a score, the sum of the scores."""
    rows = session.execute(
        select(
            func.coalesce(Teacher.department_id, NO_DEPARTMENT),
            func.count(),
            func.count(Observation.score),
            func.coalesce(func.sum(Observation.score), 0.0),
        )
        .join(Teacher, Teacher.id == Observation.teacher_id)
        .where(
            Observation.school_id == school_id,
            Observation.status == ObservationStatus.FINAL,
            Observation.observed_on.between(start, end),
        )
        .group_by(Teacher.department_id)  # NULL is one group: the teachers of no department
    )
    return {dep: (int(n), int(scored), float(total)) for dep, n, scored, total in rows}


def _department_activities(
    session: Session, school_id: int, start: date, end: date
) -> dict[int, int]:
    department = func.coalesce(Teacher.department_id, NO_DEPARTMENT)
    rows = session.execute(
        select(department, func.count())
        .select_from(Activity)
        .join(Teacher, Teacher.id == Activity.teacher_id)
        .where(Teacher.school_id == school_id, Activity.done_on.between(start, end))
        .group_by(Teacher.department_id)  # as above
    )
    return {dep: int(n) for dep, n in rows}


def _mechanisms(
    session: Session, school_id: int, start: date, end: date
) -> list[MechanismEvidence]:
    level = criterion_level()
    criteria = {
        Mechanism(m): (int(n), None if avg is None else float(avg), int(people))
        for m, n, avg, people in session.execute(
            select(
                CriterionMechanism.mechanism,
                func.count(),
                func.avg(level),
                func.count(distinct(Observation.teacher_id)),
            )
            .join(
                ObservationScore,
                ObservationScore.criterion_id == CriterionMechanism.criterion_id,
            )
            .join(Observation, Observation.id == ObservationScore.observation_id)
            .join(ChecklistTemplate, ChecklistTemplate.id == Observation.template_id)
            .where(
                Observation.school_id == school_id,
                Observation.status == ObservationStatus.FINAL,
                Observation.observed_on.between(start, end),
                ObservationScore.score.is_not(None),
            )
            .group_by(CriterionMechanism.mechanism)
        )
    }
    activities = {
        Mechanism(m): (int(n), int(people))
        for m, n, people in session.execute(
            select(
                ActivityTypeMechanism.mechanism,
                func.count(),
                func.count(distinct(Activity.teacher_id)),
            )
            .join(Activity, Activity.activity_type_id == ActivityTypeMechanism.activity_type_id)
            .join(Teacher, Teacher.id == Activity.teacher_id)
            .where(Teacher.school_id == school_id, Activity.done_on.between(start, end))
            .group_by(ActivityTypeMechanism.mechanism)
        )
    }
    result = []
    for mechanism in Mechanism:
        scores, average, observed = criteria.get(mechanism, (0, None, 0))
        count, people = activities.get(mechanism, (0, 0))
        result.append(MechanismEvidence(mechanism, scores, average, observed, count, people))
    return result


def team_analysis(
    db: Database,
    school_id: int,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> TeamAnalysis:
    """The departments of a school side by side, with the school's own row, and mechanisms."""
    with db.session() as session:
        scope = resolve_scope(session, school_id, year=year, term=term, today=today)
    results = (
        indicator_table(
            db,
            school_id=school_id,
            year=scope.results_term.year,
            term=scope.results_term.number,
            by=GroupBy.DEPARTMENT,
            compare_previous=False,
        )
        if scope.results_term is not None
        else []
    )
    marks = {row.key: row.counts for row in results}
    with db.session() as session:
        thresholds = load_thresholds_in(session)
        start, end = _year_bounds(scope)
        names = {
            did: name
            for did, name in session.execute(
                select(Department.id, Department.name).where(Department.school_id == school_id)
            )
        }
        staff = [
            (tid, dep or NO_DEPARTMENT)
            for tid, dep in session.execute(
                select(Teacher.id, Teacher.department_id).where(
                    Teacher.school_id == school_id, Teacher.active
                )
            )
        ]
        per_teacher = observation_stats(session, school_id, start, end)
        per_department = _department_observations(session, school_id, start, end)
        activities = _department_activities(session, school_id, start, end)
        courses = last_courses(session, school_id, scope.as_of)
        mechanisms = _mechanisms(session, school_id, start, end)
    teachers: Counter[int] = Counter()
    pd_current: Counter[int] = Counter()
    bands: dict[int, Counter[Band | None]] = defaultdict(Counter)
    for tid, dep in staff:
        teachers[dep] += 1
        status = pd_status(courses.get(tid), scope.as_of, thresholds.pd_period_years)
        pd_current[dep] += status is PdStatus.CURRENT
        average = per_teacher.get(tid, (0, None))[1]
        bands[dep][band_for(average, thresholds.bands)] += 1
    keys = sorted(
        set(teachers) | set(marks) | set(per_department) | set(activities),
        key=lambda k: (k == NO_DEPARTMENT, names.get(k, "").casefold()),
    )

    def summary(dep: int, name: str, deps: list[int]) -> DepartmentSummary:
        counts = MarkCounts.total(marks[d] for d in deps if d in marks)
        observed = [per_department[d] for d in deps if d in per_department]
        scored = sum(n for _, n, _ in observed)
        band_counts: Counter[Band | None] = Counter()
        for d in deps:
            band_counts.update(bands[d])
        return DepartmentSummary(
            department_id=dep,
            name=name,
            teachers=sum(teachers[d] for d in deps),
            observations=sum(n for n, _, _ in observed),
            average_score=sum(total for _, _, total in observed) / scored if scored else None,
            counts=counts,
            indicators=compute_indicators(counts, thresholds.sou_weights),
            pd_current=sum(pd_current[d] for d in deps),
            activities=sum(activities.get(d, 0) for d in deps),
            bands=dict(band_counts),
        )

    return TeamAnalysis(
        year=scope.term.year if scope.term else None,
        term=scope.term.number if scope.term else None,
        results_year=scope.results_term.year if scope.results_term else None,
        results_term=scope.results_term.number if scope.results_term else None,
        departments=[summary(k, names.get(k, ""), [k]) for k in keys],
        school=summary(NO_DEPARTMENT, "", keys),
        mechanisms=mechanisms,
    )
