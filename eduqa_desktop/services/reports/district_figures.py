"""The numbers of the district report: one GROUP BY per fact for all the schools at once.

A district of fifty schools used to cost a dozen queries per school (and a session per school
for the flags); every fact is now read for the whole district in one query and split by school
in Python. The attention signals (each school's attention list with its teachers' signals) and
the last professional-development courses come from the functions the Teachers tab uses
(`services.attention`, `services.term_scope`), in their district-wide form: each fact of every
school in one query, the same as school by school.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicators import Indicators, MarkCounts, SouWeights, compute_indicators
from eduqa_desktop.domain.observation_scoring import BandThresholds, band_for
from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.exchange.district_data import (
    CriterionLine,
    DistrictFigures,
    FlagLine,
    IndicatorGroups,
    IndicatorLine,
    PdOverdueLine,
    SchoolLine,
)
from eduqa_desktop.services.attention import school_signals_of
from eduqa_desktop.services.attention_facts import district_last_courses
from eduqa_desktop.services.calendar import find_term
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.progress import NO_PROGRESS, Progress
from eduqa_desktop.services.term_scope import load_thresholds_in, resolve_scopes
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


GROUP_FIELDS = {
    GroupBy.GRADE: "grade",
    GroupBy.SUBJECT: "subject",
    GroupBy.CLASS: "school_class",
    GroupBy.TEACHER: "teacher",
}


@dataclass(frozen=True)
class _Period:
    year: str
    start: date
    end: date
    as_of: date


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
    today = today or date.today()
    with db.session() as session:
        thresholds = load_thresholds_in(session)
        weights: SouWeights = thresholds.sou_weights
        start, end, results_term = _period(session, year, term)
        schools = [
            _SchoolRef(sid, name, district)
            for sid, name, district in session.execute(
                select(School.id, School.name, School.district).order_by(School.name)
            )
        ]
        if school_ids:
            schools = [s for s in schools if s.id in school_ids]
        ids = [s.id for s in schools]
        term_ids = []
        if results_term is not None:
            found = find_term(session, year, results_term)
            term_ids = [found.id] if found else []
        period = _Period(year, start, end, min(end, today))
        facts = _Facts.read(session, ids, period, term_ids, thresholds.bands)
        district_counts = MarkCounts()
        district: Indicators | None = None
        if term_ids:
            district_counts = MarkCounts.total(facts.counts.values())
            district = compute_indicators(district_counts, weights)
        subjects = _subject_names(session, language)
        groups = IndicatorGroups(**{
            name: tuple(_indicator_lines(session, by, schools, term_ids, weights, subjects))
            for by, name in GROUP_FIELDS.items()
        })  # fmt: skip
        progress.check()
        progress.report(1, 3)
        cutoff = _years_before(period.as_of, thresholds.pd_period_years)
        all_courses = district_last_courses(session, ids, period.as_of)
        school_lines: list[SchoolLine] = []
        pd_overdue: list[PdOverdueLine] = []
        for school in schools:
            courses = all_courses.get(school.id, {})
            school_lines.append(facts.school_line(school, courses, cutoff, weights))
            for teacher_id, teacher_name in facts.teachers.get(school.id, ()):
                last = courses.get(teacher_id)
                if last is None or last < cutoff:
                    pd_overdue.append(PdOverdueLine(school.name, teacher_name, last))
        criteria = _criteria(session, ids, start, end, language)
        progress.check()
        progress.report(2, 3)
        scopes = resolve_scopes(session, ids, year=year, term=results_term, today=today)
        # The attention lists, with every signal of each teacher on them: the same that the
        # Dashboard, the Teachers tab and `eduqa attention` show.
        lists = school_signals_of(session, scopes, thresholds)
        flags: list[FlagLine] = []
        for school in schools:
            found = lists.get(school.id)
            for row in found.attention.rows if found else ():
                for signal in row.signals:
                    flags.append(
                        FlagLine(school.name, row.teacher_name, signal.kind,
                                 signal.message_template, dict(signal.params))
                    )  # fmt: skip
        progress.report(3, 3)
    return DistrictFigures(
        year=year,
        term=term,
        results_term=results_term,
        start=start,
        end=end,
        as_of=period.as_of,
        schools=tuple(school_lines),
        district_counts=district_counts,
        district=district,
        groups=groups,
        criteria=tuple(criteria),
        flags=tuple(flags),
        pd_overdue=tuple(pd_overdue),
    )


@dataclass(frozen=True)
class _SchoolRef:
    id: int
    name: str
    district: str


def _subject_names(session: Session, language: str) -> dict[int, str]:
    """Subjects in the report's language (as the app shows them); empty names left out."""
    column = getattr(Subject, f"name_{language}", None)
    if column is None:
        return {}
    return {sid: name for sid, name in session.execute(select(Subject.id, column)) if name}


def _indicator_lines(
    session: Session,
    by: GroupBy,
    schools: Sequence[_SchoolRef],
    term_ids: list[int],
    weights: SouWeights,
    subjects: dict[int, str],
) -> list[IndicatorLine]:
    """One grouping's lines for every school (one query), school by school in their order."""
    if not term_ids:
        return []
    where = ResultFilter(term_ids=term_ids, school_ids=[s.id for s in schools])
    by_school: dict[int | None, list[IndicatorLine]] = defaultdict(list)
    for g in grouped_counts(session, by, where, per_school=True):
        label = subjects.get(g.key, g.label) if by is GroupBy.SUBJECT else g.label
        indicators = compute_indicators(g.counts, weights)
        by_school[g.school_id].append(IndicatorLine("", label, g.counts, g.exempt, indicators))
    lines: list[IndicatorLine] = []
    for school in schools:
        ordered = sorted(by_school.get(school.id, ()), key=lambda x: _order(by, x))
        lines.extend(replace(line, school=school.name) for line in ordered)
    return lines


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


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


_NO_BANDS = {"high": 0, "good": 0, "needs_improvement": 0, "unsatisfactory": 0}


@dataclass
class _Facts:
    """What the summary needs of every school, each fact read once for the whole district."""

    counts: dict[int, MarkCounts]
    teachers: dict[int, list[tuple[int, str]]]  # active teachers (id, name) by name
    classes: dict[int, int]
    scores: dict[int, list[float | None]]  # final observations of the period
    visits: dict[int, tuple[int, int, int]]  # planned, done, overdue
    bands: BandThresholds

    @classmethod
    def read(
        cls,
        session: Session,
        ids: list[int],
        period: _Period,
        term_ids: list[int],
        bands: BandThresholds,
    ) -> _Facts:
        counts: dict[int, MarkCounts] = {}
        if term_ids:
            where = ResultFilter(term_ids=term_ids, school_ids=ids)
            for group in grouped_counts(session, GroupBy.SCHOOL, where):
                counts[group.key] = counts.get(group.key, MarkCounts()) + group.counts
        teachers: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for school_id, teacher_id, name in session.execute(
            select(Teacher.school_id, Teacher.id, Teacher.full_name)
            .where(Teacher.school_id.in_(ids), Teacher.active)
            .order_by(Teacher.school_id, Teacher.full_name)
        ):
            teachers[school_id].append((teacher_id, name))
        classes = {
            school_id: int(count)
            for school_id, count in session.execute(
                select(SchoolClass.school_id, func.count(SchoolClass.id))
                .join(AcademicYear)
                .where(SchoolClass.school_id.in_(ids), AcademicYear.name == period.year)
                .group_by(SchoolClass.school_id)
            )
        }
        scores: dict[int, list[float | None]] = defaultdict(list)
        seen: set[tuple[int, int, str, int, int]] = set()
        for school_id, teacher_id, purpose, day, score in session.execute(
            select(Observation.school_id, Observation.teacher_id, Observation.purpose,
                   Observation.observed_on, Observation.score)
            .where(
                Observation.school_id.in_(ids),
                Observation.status == ObservationStatus.FINAL,
                Observation.observed_on >= period.start,
                Observation.observed_on <= period.end,
            )
            .order_by(Observation.school_id, Observation.observed_on, Observation.id)
        ):  # fmt: skip
            scores[school_id].append(score)
            seen.add((school_id, teacher_id, str(purpose), day.year, day.month))
        return cls(counts, dict(teachers), classes, dict(scores),
                   _visits(session, ids, period, seen), bands)  # fmt: skip

    def school_line(
        self,
        school: _SchoolRef,
        courses: dict[int, date | None],
        cutoff: date,
        weights: SouWeights,
    ) -> SchoolLine:
        counts = self.counts.get(school.id, MarkCounts())
        teachers = len(self.teachers.get(school.id, ()))
        scores = self.scores.get(school.id, [])
        scored = [s for s in scores if s is not None]
        band_counts = dict(_NO_BANDS)
        for value in scored:
            band = band_for(value, self.bands)
            if band is not None:
                band_counts[str(band)] += 1
        planned, done, overdue = self.visits.get(school.id, (0, 0, 0))
        # the active teachers only, as pd_teachers and the overdue list (`courses` has every
        # teacher of the school, archived ones too)
        recent = [courses.get(tid) for tid, _ in self.teachers.get(school.id, ())]
        compliant = sum(1 for day in recent if day is not None and day >= cutoff)
        return SchoolLine(
            school=school.name,
            district=school.district,
            teachers=teachers,
            classes=self.classes.get(school.id, 0),
            counts=counts,
            indicators=compute_indicators(counts, weights),
            observations=len(scores),
            observation_average=sum(scored) / len(scored) if scored else None,
            bands=band_counts,
            visits_planned=planned,
            visits_done=done,
            visits_overdue=overdue,
            pd_teachers=teachers,
            pd_compliant=compliant,
        )


def _visits(
    session: Session,
    ids: list[int],
    period: _Period,
    seen: set[tuple[int, int, str, int, int]],
) -> dict[int, tuple[int, int, int]]:
    """Planned visits of the period per school: how many, done (a final observation of that
    teacher and purpose in the month), and overdue (past the month, not done)."""
    first = period.start.year * 12 + period.start.month
    last = period.end.year * 12 + period.end.month
    result: dict[int, tuple[int, int, int]] = {}
    for school_id, teacher_id, purpose, year, month in session.execute(
        select(VisitPlanEntry.school_id, VisitPlanEntry.teacher_id, VisitPlanEntry.purpose,
               VisitPlanEntry.year, VisitPlanEntry.month)
        .where(
            VisitPlanEntry.school_id.in_(ids),
            VisitPlanEntry.year * 12 + VisitPlanEntry.month >= first,
            VisitPlanEntry.year * 12 + VisitPlanEntry.month <= last,
        )
    ):  # fmt: skip
        planned, done, overdue = result.get(school_id, (0, 0, 0))
        if (school_id, teacher_id, str(purpose), year, month) in seen:
            done += 1
        elif _month_end(year, month) < period.as_of:
            overdue += 1
        result[school_id] = (planned + 1, done, overdue)
    return result


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
