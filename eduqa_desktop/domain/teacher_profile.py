"""Everything a teacher's profile shows, as plain values (services.teacher_profile fills them;
the screen, the PDF and the workbook show them)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from eduqa_desktop.domain.activity_lines import ActivityLine
from eduqa_desktop.domain.flags import Localized
from eduqa_desktop.domain.indicator_rows import TeacherResultLine
from eduqa_desktop.domain.indicators import Indicators, MarkCounts
from eduqa_desktop.domain.observation_scoring import Band
from eduqa_desktop.domain.signal_dto import SignalDTO, SubjectSignalDTO
from eduqa_desktop.domain.vocabulary import Category, Mechanism, PdStatus, Purpose


@dataclass(frozen=True)
class TeacherHeader:
    id: int
    uuid: uuid.UUID
    full_name: str
    school: str
    personnel_number: str
    department: str
    subjects: tuple[Localized, ...]
    category: Category
    experience_years: int
    hired_on: date | None
    active: bool
    left_on: date | None


@dataclass(frozen=True)
class ObservationPoint:
    id: int
    observed_on: date
    class_name: str
    subject: Localized | None
    purpose: Purpose
    observer: str
    topic: str
    score: float | None
    band: Band | None
    corrections: tuple[str, ...] = ()  # the reasons of its corrections, oldest first
    # time-on-task shares (%) of the visit; None when no snapshot was coded
    instruction: float | None = None
    management: float | None = None
    pupils_engaged: float | None = None
    lesson: str = ""  # the lesson's identity: co-observations of one lesson share it


def lesson_scores(points: list[ObservationPoint]) -> list[tuple[date, float]]:
    """(day, score) of each scored lesson, oldest first: a lesson several observers recorded
    once, at the mean of their scores."""
    by_lesson: dict[str, list[ObservationPoint]] = {}
    for point in points:
        if point.score is not None:
            by_lesson.setdefault(point.lesson or str(point.id), []).append(point)
    return sorted(
        (items[0].observed_on, sum(p.score or 0.0 for p in items) / len(items))
        for items in by_lesson.values()
    )


@dataclass(frozen=True)
class CriterionComparison:
    criterion_id: int
    text: Localized
    teacher_score: float  # average level reached, as % of the scale
    school_score: float | None  # the same over every teacher of the school
    scored: int  # how many times the teacher was scored on it
    next_step: Localized | None = None  # what the checklist suggests when it scores low

    @property
    def difference(self) -> float | None:
        return None if self.school_score is None else self.teacher_score - self.school_score


@dataclass(frozen=True)
class PdSummary:
    last_course: date | None
    next_due: date | None
    status: PdStatus
    hours: float  # course hours within the window
    courses: int  # course activities within the window
    window_years: int
    period_years: int


@dataclass(frozen=True)
class MechanismActivity:
    mechanism: Mechanism
    this_year: int  # activities tagged with it in the academic year
    total: int  # all the teacher's activities tagged with it
    last_done: date | None


@dataclass(frozen=True)
class TermTotal:
    """The teacher's results over all their classes in one quarter: summed counts."""

    year: str
    number: int
    counts: MarkCounts
    indicators: Indicators


@dataclass(frozen=True)
class TeacherProfile:
    header: TeacherHeader
    as_of: date
    year: str | None  # the academic year "this year" means
    term: int | None
    observations: list[ObservationPoint]  # final observations, oldest first
    observations_this_year: int
    average_this_year: float | None
    average_all: float | None
    trend: float | None  # score points per month over the last year (least squares)
    strongest: list[CriterionComparison]
    weakest: list[CriterionComparison]
    results: list[TeacherResultLine]  # per class and subject, oldest quarter first
    terms: list[TermTotal]  # all the teacher's classes per quarter
    pd: PdSummary
    mechanisms: list[MechanismActivity]  # every mechanism, in the vocabulary's order
    activities: list[ActivityLine]  # within the PD window, newest first
    signals: list[SignalDTO]  # strongest first (none for an archived teacher)
    # subjects the teacher teaches that are behind across the school (the school's signals)
    school_subjects: list[SubjectSignalDTO] = field(default_factory=list)

    @property
    def latest(self) -> ObservationPoint | None:
        return self.observations[-1] if self.observations else None
