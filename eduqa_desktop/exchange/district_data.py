"""What the district report writes, as plain values: services/reports/district.py reads the
database and fills these; exchange/district_report.py turns them into sheets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from eduqa_desktop.domain.graduates import Destination, Destinations
from eduqa_desktop.domain.indicators import Indicators, MarkCounts
from eduqa_desktop.domain.surveys import Dimension, Gap, Satisfaction
from eduqa_desktop.domain.vocabulary import Stakeholder


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
    bands: Mapping[str, int]
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
    """One signal of a teacher on a school's attention list."""

    school: str
    teacher: str
    kind: str
    template: str
    params: Mapping[str, object]


@dataclass(frozen=True)
class PdOverdueLine:
    school: str
    teacher: str
    last_course: date | None


@dataclass(frozen=True)
class IndicatorGroups:
    """The indicator sheets: every school's lines, school by school in the summary's order."""

    grade: tuple[IndicatorLine, ...] = ()
    subject: tuple[IndicatorLine, ...] = ()
    school_class: tuple[IndicatorLine, ...] = ()
    teacher: tuple[IndicatorLine, ...] = ()


@dataclass(frozen=True)
class DistrictFigures:
    year: str
    term: int | None  # the quarter asked for (None: the whole year)
    results_term: int | None  # the quarter whose results are reported
    start: date
    end: date
    as_of: date
    schools: tuple[SchoolLine, ...] = ()
    district_counts: MarkCounts = field(default_factory=MarkCounts)
    district: Indicators | None = None
    groups: IndicatorGroups = field(default_factory=IndicatorGroups)
    criteria: tuple[CriterionLine, ...] = ()
    flags: tuple[FlagLine, ...] = ()
    pd_overdue: tuple[PdOverdueLine, ...] = ()


# --- Voices and Graduates ------------------------------------------------------------------------


@dataclass(frozen=True)
class VoiceLine:
    """One group's view at one school (school None: all the schools summed)."""

    school: str | None
    stakeholder: Stakeholder
    when: tuple[str, int]  # (year, quarter) of the latest survey counted
    overall: Satisfaction
    dimensions: Mapping[Dimension, Satisfaction]
    change: float | None  # points of share agreeing since the survey before


@dataclass(frozen=True)
class VoicesFigures:
    min_respondents: int
    lines: tuple[VoiceLine, ...] = ()
    gaps: tuple[Gap, ...] = ()  # parents / pupils against teachers, per dimension
    empty: bool = True  # no survey at all


@dataclass(frozen=True)
class GraduateLine:
    school: str | None  # None: all the schools summed
    grade: int
    cohort: Destinations


@dataclass(frozen=True)
class PartnerLine:
    school: str
    partner: str
    sector: str
    grade: int
    destination: Destination
    graduates: int


@dataclass(frozen=True)
class GraduatesFigures:
    year: str | None  # the year shown (None: no graduates entered yet)
    lines: tuple[GraduateLine, ...] = ()
    partners: tuple[PartnerLine, ...] = ()
