"""What the dashboard's callers ask for and what they get back: plain frozen dataclasses."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from eduqa_desktop.domain.indicators import Indicators, MarkCounts
from eduqa_desktop.domain.observation_scoring import Band, BandThresholds
from eduqa_desktop.domain.snapshots import SnapshotShares
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.domain.vocabulary import Mechanism

MAX_CATEGORIES = 12  # bars in a chart; the smallest of the rest are summed into "Other"
TREND_TERMS = 8  # quarters on the trend chart
HEATMAP_ROWS = 12


# --- what the caller asks ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DashboardFilter:
    """The selection: ``None`` = all (schools, grades…) or, for year and term, the latest."""

    school_id: int | None = None
    year: str | None = None  # "2025-2026"
    term: int | None = None  # the quarter, 1..4
    grade: int | None = None
    subject_id: int | None = None
    department: str | None = None  # a department name (shared by the schools of a district)
    checklist: uuid.UUID | None = None  # the checklist of criteria and heat map; None = most used

    @property
    def narrowed(self) -> bool:
        """Whether the selection is narrower than the school(s): a grade, subject or department."""
        return self.grade is not None or self.subject_id is not None or bool(self.department)


@dataclass(frozen=True, slots=True)
class Choice:
    key: Any
    label: str


@dataclass(frozen=True, slots=True)
class TermChoice:
    year: str
    number: int
    has_results: bool


@dataclass(frozen=True)
class FilterChoices:
    """What the filter bar offers, and the selection a fresh dashboard starts with."""

    schools: tuple[Choice, ...]
    terms: tuple[TermChoice, ...]
    grades: tuple[int, ...]
    subjects: tuple[Choice, ...]
    departments: tuple[str, ...]
    default: DashboardFilter

    @property
    def years(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(term.year for term in self.terms))

    def terms_of(self, year: str) -> tuple[TermChoice, ...]:
        return tuple(term for term in self.terms if term.year == year)


# --- what it gets back ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    year: str
    term: int
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Measure:
    """A card's value this term and the term before (``None`` = undefined or no such term)."""

    current: float | None
    previous: float | None

    @property
    def change(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


@dataclass(frozen=True, slots=True)
class Cards:
    pass_rate: Measure
    quality: Measure
    sou: Measure
    average_grade: Measure
    observations_done: Measure
    visits_planned: Measure
    visits_done: Measure  # planned visits that were done
    observation_score: Measure
    teachers_flagged: Measure
    pd_compliance: Measure  # % of teachers whose professional development is not overdue
    teachers: int  # active teachers of the selection
    pd_up_to_date: int  # of them, those whose professional development is not overdue
    counts: MarkCounts  # this term's summed counts (the four indicators are computed from them)
    # The attention lists of the selection's schools in this term (services.attention: the
    # Needs attention view and `eduqa attention` show the same), highest score first.
    attention: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class CountsBar:
    """A bar of summed counts: a subject, grade, class, teacher or school (or "Other")."""

    key: Any  # the id or grade; None for "Other"
    label: str  # "" for "Other"
    counts: MarkCounts
    indicators: Indicators
    other: int = 0  # > 0: "Other", the sum of that many categories

    @property
    def quality(self) -> float | None:
        return self.indicators.quality


@dataclass(frozen=True, slots=True)
class TrendPoint:
    year: str
    term: int
    selection: Indicators  # the selection (grade, subject, department)
    scope: Indicators  # the school (or all schools) as a whole
    observation_score: float | None  # average score of the selection's observations


@dataclass(frozen=True, slots=True)
class CriterionBar:
    key: int | None  # criterion id; None for "Other"
    label: str  # the criterion's text in the language asked
    section: str
    average: float  # 0..100 of the scale
    ratings: int
    other: int = 0


@dataclass(frozen=True, slots=True)
class HeatMap:
    """Section scores (0..100) of teachers (or schools) × the sections of one checklist."""

    rows: tuple[Choice, ...]  # lowest overall score first
    columns: tuple[str, ...]  # section titles
    values: tuple[tuple[float | None, ...], ...]  # values[row][column]
    observations: tuple[int, ...]  # observations per row
    by_school: bool
    total_rows: int  # rows before the limit


@dataclass(frozen=True, slots=True)
class Histogram:
    bin_width: int
    counts: tuple[int, ...]
    bands: BandThresholds
    band_counts: dict[Band, int]
    average: float | None

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class MechanismEvidence:
    mechanism: Mechanism
    lessons: int  # observed lessons where a criterion of the mechanism scored above the minimum
    lesson_score: float | None  # average score of its criteria, 0..100
    activities: int  # activities of the types tagged with it
    teachers: int  # teachers who recorded such activities
    graduates: int = 0  # last year's graduates placed so (dual education, internships)

    @property
    def evidence(self) -> int:
        return self.lessons + self.activities + self.graduates


@dataclass(frozen=True, slots=True)
class ScatterPoint:
    key: int
    label: str
    observation_score: float
    quality: float
    observations: int
    assessed: int  # pupils assessed (N)


@dataclass(frozen=True, slots=True)
class TimeOnTask:
    """Lessons with time-on-task snapshots: by their share of instruction, and pooled."""

    lessons: int
    bin_width: int
    bins: tuple[int, ...]  # lessons per bin of the instruction share
    meeting_both: int  # lessons meeting both references (≥ 50 % instruction, ≤ 15 % management)
    pooled: SnapshotShares


@dataclass(frozen=True)
class DashboardData:
    filter: DashboardFilter  # the selection, year and term resolved
    period: Period | None
    previous: Period | None
    school_count: int  # schools in the database
    cards: Cards | None
    trend: tuple[TrendPoint, ...] = ()
    by_subject: tuple[CountsBar, ...] = ()
    by_grade: tuple[CountsBar, ...] = ()
    distribution: tuple[CountsBar, ...] = ()
    distribution_by_class: bool = False  # per class (a subject chosen) or per subject
    checklists: tuple[Choice, ...] = ()  # (family uuid, name), most used first
    checklist: Choice | None = None  # the one of criteria and heat map
    criteria: tuple[CriterionBar, ...] = ()
    heatmap: HeatMap | None = None
    histogram: Histogram | None = None
    mechanisms: tuple[MechanismEvidence, ...] = ()
    schools: tuple[CountsBar, ...] = ()  # every school, by name (several schools only)
    scatter: tuple[ScatterPoint, ...] = ()
    scatter_by_school: bool = False
    thresholds: Thresholds = field(default_factory=Thresholds)
    time_on_task: TimeOnTask | None = None

    @property
    def has_results(self) -> bool:
        return self.cards is not None and self.cards.counts.assessed > 0

    @property
    def has_observations(self) -> bool:
        return self.histogram is not None and self.histogram.total > 0

    @property
    def empty(self) -> bool:
        return not self.has_results and not self.has_observations


@dataclass(frozen=True)
class DrillDown:
    """A subject (or grade) opened: its classes and its teachers."""

    kind: str  # "subject" or "grade"
    key: Any
    label: str
    classes: tuple[CountsBar, ...]
    teachers: tuple[CountsBar, ...]


class SchoolOrder(StrEnum):
    LOWEST_FIRST = "lowest_first"
    HIGHEST_FIRST = "highest_first"
    BY_NAME = "by_name"
