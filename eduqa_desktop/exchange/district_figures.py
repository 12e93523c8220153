"""The numbers of the district report, gathered with a few GROUP BY queries per school."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicators import Indicators, MarkCounts, SouWeights, compute_indicators
from eduqa_desktop.domain.observation_scoring import BandThresholds, band_for
from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.services.calendar import find_term
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.flags import last_courses, school_flags
from eduqa_desktop.services.progress import NO_PROGRESS, Progress
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.indicator_queries import GroupBy, ResultFilter, grouped_counts
from eduqa_desktop.storage.models import (
    AcademicYear,
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Observation,
    ObservationScore,
    ResultRow,
    School,
    SchoolClass,
    Subject,
    Teacher,
    Term,
    VisitPlanEntry,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

GROUPINGS = (GroupBy.GRADE, GroupBy.SUBJECT, GroupBy.CLASS, GroupBy.TEACHER)


@dataclass(frozen=True)
class IndicatorLine:
    school: str
    group: str
    counts: MarkCounts
    exempt: int
    indicators: Indicators


@dataclass(frozen=True)
class SchoolLine:
    school: str
    district: str
    teachers: int
    classes: int
    counts: MarkCounts
    indicators: Indicators
    observations: int
    observation_average: float | None
    bands: dict[str, int]
    visits_planned: int
    visits_done: int
    visits_overdue: int
    pd_teachers: int
    pd_compliant: int

    @property
    def fulfilment(self) -> float | None:
        return None if not self.visits_planned else self.visits_done * 100 / self.visits_planned

    @property
    def pd_compliance(self) -> float | None:
        return None if not self.pd_teachers else self.pd_compliant * 100 / self.pd_teachers


@dataclass(frozen=True)
class CriterionLine:
    checklist: str
    section: str
    criterion: str
    scored: int
    average: float | None  # on the checklist's scale
    percent: float | None  # (average - min) / (max - min) × 100


@dataclass(frozen=True)
class FlagLine:
    school: str
    teacher: str
    kind: str
    template: str
    params: dict[str, object]


@dataclass
class DistrictFigures:
    year: str
    term: int | None  # the quarter of the results
    results_term: int | None
    start: date
    end: date
    as_of: date
    schools: list[SchoolLine] = field(default_factory=list)
    district_counts: MarkCounts = field(default_factory=MarkCounts)
    district: Indicators | None = None
    groups: dict[GroupBy, list[IndicatorLine]] = field(default_factory=dict)
    criteria: list[CriterionLine] = field(default_factory=list)
    flags: list[FlagLine] = field(default_factory=list)
    pd_overdue: list[tuple[str, str, date | None]] = field(default_factory=list)


def _period(session: Session, year: str, term: int | None) -> tuple[date, date, int | None]:
    """The dates of the period and the quarter whose results are reported."""
    academic = session.scalar(select(AcademicYear).where(AcademicYear.name == year))
    if academic is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The academic year {year} is not in this file."),
            year=year,
        )
    if term is not None:
        found = find_term(session, year, term)
        if found is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Quarter {term} of {year} is not in this file."),
                term=term,
                year=year,
            )
        return found.start_date, found.end_date, term
    latest = session.scalar(
        select(func.max(Term.number)).where(
            Term.academic_year_id == academic.id,
            select(ResultRow.id).where(ResultRow.term_id == Term.id).exists(),
        )
    )
    return academic.start_date, academic.end_date, latest


def gather(
    db: Database,
    year: str,
    term: int | None = None,
    *,
    school_ids: list[int] | None = None,
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
    language: str = "en",
) -> DistrictFigures:
    thresholds = load_thresholds(db)
    weights: SouWeights = thresholds.sou_weights
    today = today or date.today()
    with db.session() as session:
        start, end, results_term = _period(session, year, term)
        schools = list(session.scalars(select(School).order_by(School.name)))
        if school_ids:
            schools = [s for s in schools if s.id in school_ids]
        term_ids = []
        if results_term is not None:
            found = find_term(session, year, results_term)
            term_ids = [found.id] if found else []
        figures = DistrictFigures(year, term, results_term, start, end, min(end, today))
        all_filter = ResultFilter(term_ids=term_ids, school_ids=[s.id for s in schools])
        if term_ids:
            totals = grouped_counts(session, GroupBy.SCHOOL, all_filter)
            figures.district_counts = MarkCounts.total(g.counts for g in totals)
            figures.district = compute_indicators(figures.district_counts, weights)
        for by in GROUPINGS:
            figures.groups[by] = []
        for index, school in enumerate(schools):
            progress.check()
            progress.report(index, len(schools))
            figures.schools.append(
                _school_line(session, school, figures, term_ids, weights, thresholds.bands)
            )
            if term_ids:
                where = ResultFilter(term_ids=term_ids, school_ids=[school.id])
                for by in GROUPINGS:
                    lines = [
                        IndicatorLine(school.name, _label(session, by, g.key, g.label, language),
                                      g.counts, g.exempt, compute_indicators(g.counts, weights))
                        for g in grouped_counts(session, by, where)
                    ]  # fmt: skip
                    figures.groups[by].extend(sorted(lines, key=lambda x, b=by: _order(b, x)))
            courses = last_courses(session, school.id, figures.as_of)
            cutoff = _years_before(figures.as_of, thresholds.pd_period_years)
            for teacher in session.scalars(
                select(Teacher)
                .where(Teacher.school_id == school.id, Teacher.active)
                .order_by(Teacher.full_name)
            ):
                last = courses.get(teacher.id)
                if last is None or last < cutoff:
                    figures.pd_overdue.append((school.name, teacher.full_name, last))
        figures.criteria = _criteria(session, [s.id for s in schools], start, end, language)
    for school in schools:
        for flag in school_flags(db, school.id, year=year, term=results_term, today=today):
            figures.flags.append(
                FlagLine(school.name, flag.teacher_name, str(flag.kind),
                         flag.message_template, dict(flag.params))
            )  # fmt: skip
    return figures


def _label(session: Session, by: GroupBy, key: object, label: str, language: str) -> str:
    """A subject in the report's language (as the app shows it), other groups as they are."""
    if by is not GroupBy.SUBJECT:
        return label
    subject = session.get(Subject, key)
    localized = getattr(subject, f"name_{language}", "") if subject is not None else ""
    return localized or label


def _order(by: GroupBy, line: IndicatorLine) -> tuple[object, ...]:
    """Grades and classes in number order (5 before 10), other groups by name."""
    if by is GroupBy.GRADE:
        return (int(line.group) if line.group.isdigit() else 99,)
    if by is GroupBy.CLASS:
        grade, _, letter = line.group.partition("-")
        return (int(grade) if grade.isdigit() else 99, letter)
    return (line.group.casefold(),)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _school_line(
    session: Session,
    school: School,
    figures: DistrictFigures,
    term_ids: list[int],
    weights: SouWeights,
    bands: BandThresholds,
) -> SchoolLine:
    counts = MarkCounts()
    if term_ids:
        groups = grouped_counts(
            session, GroupBy.SCHOOL, ResultFilter(term_ids=term_ids, school_ids=[school.id])
        )
        counts = MarkCounts.total(g.counts for g in groups)
    teachers = session.scalar(
        select(func.count(Teacher.id)).where(Teacher.school_id == school.id, Teacher.active)
    )
    classes = session.scalar(
        select(func.count(SchoolClass.id))
        .join(AcademicYear)
        .where(SchoolClass.school_id == school.id, AcademicYear.name == figures.year)
    )
    final = (
        Observation.school_id == school.id,
        Observation.status == ObservationStatus.FINAL,
        Observation.observed_on >= figures.start,
        Observation.observed_on <= figures.end,
    )
    scores = list(session.scalars(select(Observation.score).where(*final)))
    scored = [s for s in scores if s is not None]
    band_counts = {"high": 0, "good": 0, "needs_improvement": 0, "unsatisfactory": 0}
    for value in scored:
        band = band_for(value, bands)
        if band is not None:
            band_counts[str(band)] += 1
    planned, done, overdue = _visits(session, school.id, figures)
    courses = last_courses(session, school.id, figures.as_of)
    cutoff = _years_before(figures.as_of, load_period(session))
    compliant = sum(1 for day in courses.values() if day is not None and day >= cutoff)
    return SchoolLine(
        school=school.name,
        district=school.district,
        teachers=int(teachers or 0),
        classes=int(classes or 0),
        counts=counts,
        indicators=compute_indicators(counts, weights),
        observations=len(scores),
        observation_average=sum(scored) / len(scored) if scored else None,
        bands=band_counts,
        visits_planned=planned,
        visits_done=done,
        visits_overdue=overdue,
        pd_teachers=int(teachers or 0),
        pd_compliant=compliant,
    )


def load_period(session: Session) -> int:
    from eduqa_desktop.services.flags import load_thresholds_in

    return load_thresholds_in(session).pd_period_years


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _visits(session: Session, school_id: int, figures: DistrictFigures) -> tuple[int, int, int]:
    """Planned visits of the period: how many, done (a final observation of that teacher and
    purpose in the month), and overdue (past the month, not done)."""
    first = figures.start.year * 12 + figures.start.month
    last = figures.end.year * 12 + figures.end.month
    entries = [
        e
        for e in session.scalars(
            select(VisitPlanEntry).where(VisitPlanEntry.school_id == school_id)
        )
        if first <= e.year * 12 + e.month <= last
    ]
    seen = {
        (tid, str(purpose), day.year, day.month)
        for tid, purpose, day in session.execute(
            select(Observation.teacher_id, Observation.purpose, Observation.observed_on).where(
                Observation.school_id == school_id,
                Observation.status == ObservationStatus.FINAL,
                Observation.observed_on >= figures.start,
                Observation.observed_on <= figures.end,
            )
        )
    }
    done = sum(1 for e in entries if (e.teacher_id, str(e.purpose), e.year, e.month) in seen)
    overdue = sum(
        1
        for e in entries
        if (e.teacher_id, str(e.purpose), e.year, e.month) not in seen
        and _month_end(e.year, e.month) < figures.as_of
    )
    return len(entries), done, overdue


def _criteria(
    session: Session, school_ids: list[int], start: date, end: date, language: str
) -> list[CriterionLine]:
    column = {"uz": "_uz", "ru": "_ru"}.get(language, "_en")
    query = (
        select(
            ChecklistTemplate,
            getattr(ChecklistSection, "title" + column),
            getattr(ChecklistCriterion, "text" + column),
            func.count(ObservationScore.score),
            func.avg(ObservationScore.score),
        )
        .select_from(ObservationScore)
        .join(Observation, Observation.id == ObservationScore.observation_id)
        .join(ChecklistCriterion, ChecklistCriterion.id == ObservationScore.criterion_id)
        .join(ChecklistSection, ChecklistSection.id == ChecklistCriterion.section_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == ChecklistSection.template_id)
        .where(
            Observation.school_id.in_(school_ids),
            Observation.status == ObservationStatus.FINAL,
            Observation.observed_on >= start,
            Observation.observed_on <= end,
            ObservationScore.score.is_not(None),
        )
        .group_by(ChecklistTemplate.id, ChecklistSection.id, ChecklistCriterion.id)
        .order_by(ChecklistTemplate.id, ChecklistSection.position, ChecklistCriterion.position)
    )
    lines = []
    for template, section, criterion, count, average in session.execute(query):
        name = getattr(template, "name" + column) or template.name_en
        span = template.scale_max - template.scale_min
        lines.append(
            CriterionLine(
                checklist=f"{name} v{template.version}",
                section=section or "",
                criterion=criterion or "",
                scored=int(count),
                average=None if average is None else float(average),
                percent=None
                if average is None
                else (float(average) - template.scale_min) * 100 / span,
            )
        )
    return lines


Translate = Callable[[str, str], str]
