"""Everything a teacher's profile shows, in one DTO (the screen, the PDF and the workbook).

Header data; the observation history with the score trend; the criteria where the teacher is
strongest and weakest compared with the school; results per class and subject over the terms
with the change from the previous term (`services.indicators.teacher_results`: against the class
the pupils were in, `domain.term_comparison` — the matching of the quality-drop flag); professional
development (hours over the last N years, the last course, when the next is due); activities
by mechanism; and the attention signals, each explaining itself (`services.attention`: the
same signals as the Teachers tab, the Dashboard card and `eduqa attention`).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, Float, case, cast, func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.flags import Localized, pd_due_date
from eduqa_desktop.domain.indicators import MarkCounts, SouWeights, compute_indicators
from eduqa_desktop.domain.observation_scoring import BandThresholds, band_for
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.snapshots import Snapshot, SnapshotShares, snapshot_shares
from eduqa_desktop.domain.teacher_profile import (
    CriterionComparison,
    MechanismActivity,
    ObservationPoint,
    PdSummary,
    TeacherHeader,
    TeacherProfile,
    TermTotal,
    lesson_scores,
)
from eduqa_desktop.domain.vocabulary import (
    ActivityUnit,
    Mechanism,
    ObservationStatus,
)
from eduqa_desktop.services import access
from eduqa_desktop.services.activities import ActivityFilter, activities_in
from eduqa_desktop.services.attention import teacher_attention_in
from eduqa_desktop.services.attention_facts import last_courses
from eduqa_desktop.services.indicators import TeacherResultLine, teacher_results
from eduqa_desktop.services.observation_records import snapshot_input
from eduqa_desktop.services.teachers import pd_status, teacher_record
from eduqa_desktop.services.term_scope import load_thresholds_in, resolve_scope
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    Activity,
    ActivityType,
    ActivityTypeMechanism,
    ChecklistCriterion,
    ChecklistTemplate,
    Observation,
    ObservationRevision,
    ObservationScore,
    ObservationSnapshot,
    School,
    SchoolClass,
    Subject,
    Teacher,
)

__all__ = [
    "CriterionComparison",
    "MechanismActivity",
    "ObservationPoint",
    "PdSummary",
    "TeacherHeader",
    "TeacherProfile",
    "TermTotal",
    "criterion_level",
    "score_trend",
    "teacher_profile",
    "term_totals",
]

CRITERIA_SHOWN = 3
TREND_DAYS = 365


def term_totals(lines: list[TeacherResultLine], weights: SouWeights) -> list[TermTotal]:
    """Per quarter, oldest first, from the summed counts of the lines (never averaged %)."""
    grouped: dict[tuple[str, int], list[MarkCounts]] = {}
    for line in lines:
        grouped.setdefault((line.term.year, line.term.number), []).append(line.counts)
    totals = []
    for (year, number), counts in grouped.items():
        summed = MarkCounts.total(counts)
        totals.append(TermTotal(year, number, summed, compute_indicators(summed, weights)))
    return totals


def score_trend(points: list[tuple[date, float]]) -> float | None:
    """Least-squares slope of the scores, in points per 30 days; None with fewer than two days."""
    if len({day for day, _ in points}) < 2:
        return None
    origin = min(day for day, _ in points)
    xs = [(day - origin).days / 30 for day, _ in points]
    ys = [score for _, score in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def _years_before(day: date, years: int) -> date:
    return pd_due_date(day, -years)  # the same calendar arithmetic, backwards


def visit_shares(session: Session, observation_ids: list[int]) -> dict[int, SnapshotShares]:
    """Time-on-task shares of each observation that has coded snapshots."""
    found: dict[int, list[Snapshot]] = {}
    for chunk in range(0, len(observation_ids), 500):
        rows = session.scalars(
            select(ObservationSnapshot).where(
                ObservationSnapshot.observation_id.in_(observation_ids[chunk : chunk + 500])
            )
        )
        for row in rows:
            found.setdefault(row.observation_id, []).append(snapshot_input(row).coded())
    return {key: snapshot_shares(items) for key, items in found.items()}


def _observations(
    session: Session, teacher_id: int, as_of: date, bands: BandThresholds
) -> list[ObservationPoint]:
    rows = session.execute(
        select(
            Observation,
            SchoolClass.name,
            Subject.name,
            Subject.name_uz,
            Subject.name_ru,
            Subject.name_en,
        )
        .outerjoin(SchoolClass, SchoolClass.id == Observation.class_id)
        .outerjoin(Subject, Subject.id == Observation.subject_id)
        .where(
            Observation.teacher_id == teacher_id,
            Observation.status == ObservationStatus.FINAL,
            Observation.observed_on <= as_of,
        )
        .order_by(Observation.observed_on, Observation.id)
    )
    reasons: dict[int, list[str]] = {}
    for observation_id, reason in session.execute(
        select(ObservationRevision.observation_id, ObservationRevision.reason)
        .join(Observation, Observation.id == ObservationRevision.observation_id)
        .where(Observation.teacher_id == teacher_id)
        .order_by(ObservationRevision.observation_id, ObservationRevision.revision)
    ):
        reasons.setdefault(observation_id, []).append(reason)
    rows = list(rows)
    shares = visit_shares(session, [o.id for o, *_ in rows])
    return [
        ObservationPoint(
            id=o.id,
            observed_on=o.observed_on,
            class_name=class_name or "",
            subject=Localized(*names) if names[0] else None,
            purpose=o.purpose,
            observer=o.observer,
            topic=o.topic,
            score=o.score,
            band=band_for(o.score, bands),
            corrections=tuple(reasons.get(o.id, ())),
            instruction=shares[o.id].instruction if o.id in shares else None,
            management=shares[o.id].management if o.id in shares else None,
            pupils_engaged=shares[o.id].pupils_engaged if o.id in shares else None,
            lesson=str(o.co_observation or o.uuid),
        )
        for o, class_name, *names in rows
    ]


def criterion_level() -> ColumnElement[float]:
    """A criterion's score as % of its checklist's scale (join ChecklistTemplate to use it)."""
    return (
        cast(ObservationScore.score - ChecklistTemplate.scale_min, Float)
        * 100.0
        / (ChecklistTemplate.scale_max - ChecklistTemplate.scale_min)
    )


def _criteria(
    session: Session, school_id: int, teacher_id: int, as_of: date
) -> list[CriterionComparison]:
    """Average level per criterion (as % of its scale) of the teacher and of the school."""
    level = criterion_level()
    base = (
        select(ObservationScore.criterion_id, func.avg(level), func.count())
        .join(Observation, Observation.id == ObservationScore.observation_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == Observation.template_id)
        .where(
            Observation.school_id == school_id,
            Observation.status == ObservationStatus.FINAL,
            Observation.observed_on <= as_of,
            ObservationScore.score.is_not(None),
        )
        .group_by(ObservationScore.criterion_id)
    )
    mine = {
        cid: (float(avg), int(n))
        for cid, avg, n in session.execute(base.where(Observation.teacher_id == teacher_id))
    }
    if not mine:
        return []
    school = {
        cid: float(avg)
        for cid, avg, _n in session.execute(
            base.where(ObservationScore.criterion_id.in_(list(mine)))
        )
    }
    rows = session.scalars(select(ChecklistCriterion).where(ChecklistCriterion.id.in_(mine)))
    texts, steps = {}, {}
    for c in rows:
        name = c.text_en or c.text_uz or c.text_ru
        texts[c.id] = Localized(name, c.text_uz, c.text_ru, c.text_en)
        step = c.next_step or {}
        if any(str(v).strip() for v in step.values()):
            steps[c.id] = Localized(
                step.get("en") or step.get("uz") or step.get("ru") or "",
                step.get("uz", ""),
                step.get("ru", ""),
                step.get("en", ""),
            )
    return [
        CriterionComparison(cid, texts[cid], score, school.get(cid), n, steps.get(cid))
        for cid, (score, n) in mine.items()
    ]


def _strongest_weakest(
    criteria: list[CriterionComparison],
) -> tuple[list[CriterionComparison], list[CriterionComparison]]:
    ranked = sorted(
        criteria,
        key=lambda c: (-(c.difference or 0.0), -c.teacher_score, c.criterion_id),
    )
    shown = min(CRITERIA_SHOWN, len(ranked) // 2)
    strongest = ranked[:shown]
    weakest = list(reversed(ranked[len(ranked) - shown :])) if shown else []
    return strongest, weakest


def _pd(
    session: Session,
    school_id: int,
    teacher_id: int,
    as_of: date,
    window_years: int,
    period_years: int,
) -> PdSummary:
    last = last_courses(session, school_id, as_of, teacher_id).get(teacher_id)
    window_start = _years_before(as_of, window_years)
    hours, courses = session.execute(
        select(
            func.coalesce(
                func.sum(case((ActivityType.unit == ActivityUnit.HOURS, Activity.quantity))), 0
            ),
            func.count(),
        )
        .join(ActivityType, ActivityType.id == Activity.activity_type_id)
        .where(
            Activity.teacher_id == teacher_id,
            ActivityType.counts_as_pd,
            Activity.done_on >= window_start,
            Activity.done_on <= as_of,
        )
    ).one()
    return PdSummary(
        last_course=last,
        next_due=pd_due_date(last, period_years) if last else None,
        status=pd_status(last, as_of, period_years),
        hours=float(hours),
        courses=int(courses),
        window_years=window_years,
        period_years=period_years,
    )


def _mechanisms(
    session: Session, teacher_id: int, year_start: date | None, as_of: date
) -> list[MechanismActivity]:
    in_year = (
        Activity.done_on >= year_start if year_start is not None else Activity.done_on.is_(None)
    )
    rows = session.execute(
        select(
            ActivityTypeMechanism.mechanism,
            func.sum(case((in_year, 1), else_=0)),
            func.count(),
            func.max(Activity.done_on),
        )
        .join(Activity, Activity.activity_type_id == ActivityTypeMechanism.activity_type_id)
        .where(Activity.teacher_id == teacher_id, Activity.done_on <= as_of)
        .group_by(ActivityTypeMechanism.mechanism)
    )
    found = {Mechanism(m): (int(year or 0), int(total), last) for m, year, total, last in rows}
    return [
        MechanismActivity(m, *found.get(m, (0, 0, None)))  # type: ignore[arg-type]
        for m in Mechanism
    ]


def teacher_profile(
    db: Database,
    teacher_id: int,
    *,
    language: str = "en",
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> TeacherProfile:
    """A teacher's picture as of a term (default: the one going on today).

    `language` names the subjects of the results lines; other names come as `Localized`.
    """
    access.require_row(db, Action.READ, Teacher, teacher_id)
    results = teacher_results(db, teacher_id, language=language)  # its own unit of work
    with db.session() as session:
        teacher = teacher_record(session, teacher_id)
        school_id = teacher.school_id
        scope = resolve_scope(session, school_id, year=year, term=term, today=today)
        thresholds = load_thresholds_in(session)
        as_of = scope.as_of
        header = TeacherHeader(
            id=teacher.id,
            uuid=teacher.uuid,
            full_name=teacher.full_name,
            school=session.scalar(select(School.name).where(School.id == school_id)) or "",
            personnel_number=teacher.personnel_number or "",
            department=teacher.department.name if teacher.department else "",
            subjects=tuple(
                Localized(s.name, s.name_uz, s.name_ru, s.name_en)
                for s in sorted(teacher.subjects, key=lambda s: s.name)
            ),
            category=teacher.category,
            experience_years=teacher.experience_years,
            hired_on=teacher.hired_on,
            active=teacher.active,
            left_on=teacher.left_on,
        )
        observations = _observations(session, teacher_id, as_of, thresholds.bands)
        strongest, weakest = _strongest_weakest(_criteria(session, school_id, teacher_id, as_of))
        pd = _pd(
            session,
            school_id,
            teacher_id,
            as_of,
            thresholds.pd_hours_window_years,
            thresholds.pd_period_years,
        )
        mechanisms = _mechanisms(session, teacher_id, scope.year_start, as_of)
        activities = activities_in(
            session,
            school_id,
            ActivityFilter(
                teacher_id=teacher_id,
                date_from=_years_before(as_of, pd.window_years),
                date_to=as_of,
            ),
        )
        signals, subjects = teacher_attention_in(session, school_id, scope, thresholds, teacher_id)
    scored = lesson_scores(observations)  # a co-observed lesson once
    this_year = [
        o
        for o in observations
        if scope.year_start is not None and scope.year_start <= o.observed_on
    ]
    year_scores = [score for _, score in lesson_scores(this_year)]
    recent = [(d, s) for d, s in scored if d > as_of - timedelta(days=TREND_DAYS)]
    shown_terms = {t.id for t in scope.terms}
    shown = [line for line in results if line.term.id in shown_terms]
    return TeacherProfile(
        header=header,
        as_of=as_of,
        year=scope.term.year if scope.term else None,
        term=scope.term.number if scope.term else None,
        observations=observations,
        observations_this_year=len({o.lesson or str(o.id) for o in this_year}),
        average_this_year=sum(year_scores) / len(year_scores) if year_scores else None,
        average_all=sum(s for _, s in scored) / len(scored) if scored else None,
        trend=score_trend(recent),
        strongest=strongest,
        weakest=weakest,
        results=shown,
        terms=term_totals(shown, thresholds.sou_weights),
        pd=pd,
        mechanisms=mechanisms,
        activities=activities,
        signals=signals,
        school_subjects=subjects,
    )
