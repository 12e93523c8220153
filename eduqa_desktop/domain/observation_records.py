"""Observations as plain values: what the form holds, what a saved observation shows, scores.

:class:`ObservationInput` is everything the observer types (the form's round trip);
:class:`ObservationDetail` a saved observation with its names resolved; :func:`score_summary`
the section and overall scores with the band, live in the form and on every save;
:class:`ReportItem` what a printed observation shows. services.observation_records reads and
writes them.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from eduqa_desktop.domain.checklist_views import TemplateView
from eduqa_desktop.domain.observation_scoring import (
    Band,
    BandThresholds,
    CriterionScore,
    band_for,
    observation_score,
)
from eduqa_desktop.domain.snapshots import (
    Material,
    Snapshot,
    SnapshotShares,
    TeacherActivity,
    snapshot_shares,
)
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose

Text = dict[str, str]


@dataclass(frozen=True)
class ScoreInput:
    criterion_id: int
    score: int | None = None
    not_applicable: bool = False
    comment: str = ""


@dataclass(frozen=True)
class SnapshotInput:
    """One time-on-task snapshot as coded in the form (a code not given is None)."""

    position: int  # the protocol's slot, 0-based
    activity: TeacherActivity | None = None
    pupils_off_task: int | None = None
    material: Material | None = None
    minute: float | None = None  # lesson timer when it was taken

    def coded(self) -> Snapshot:
        return Snapshot(self.position, self.activity, self.pupils_off_task, self.material)

    @property
    def is_empty(self) -> bool:
        return self.activity is None and self.pupils_off_task is None and self.material is None


def shares_of(snapshots: tuple[SnapshotInput, ...]) -> SnapshotShares:
    return snapshot_shares(s.coded() for s in snapshots)


@dataclass(frozen=True, slots=True)
class LessonTimer:
    """The snapshot strip's lesson timer as a draft keeps it: `seconds` run before the
    current run, and since when (UTC) that run goes on (None: paused)."""

    seconds: float = 0.0
    running_since: datetime | None = None

    def seconds_at(self, now: datetime) -> float:
        """The timer's seconds at `now` (UTC); a clock set back counts nothing."""
        if self.running_since is None:
            return self.seconds
        return self.seconds + max(0.0, (now - self.running_since).total_seconds())


@dataclass(frozen=True)
class ObservationInput:
    """What the form holds: everything the observer types."""

    school_id: int
    teacher_id: int
    template_id: int
    observed_on: date
    observer: str = ""
    lesson_period: int | None = None
    class_id: int | None = None
    subject_id: int | None = None
    topic: str = ""
    purpose: Purpose = Purpose.PLANNED_CONTROL
    strengths: str = ""
    recommendations: str = ""
    next_steps: str = ""
    next_steps_due: date | None = None
    teacher_has_seen: bool = False
    follow_up_of_id: int | None = None
    scores: tuple[ScoreInput, ...] = ()
    snapshots: tuple[SnapshotInput, ...] = ()
    co_observation: uuid.UUID | None = None  # shared by the observations of one lesson
    calibration_note: str = ""  # a calibration session: the shared lesson, e.g. a video
    timer: LessonTimer | None = None  # the lesson timer (None: never started)


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    reason: str
    changed_by: str
    at: datetime


@dataclass(frozen=True)
class ObservationDetail:
    id: int
    uuid: uuid.UUID
    data: ObservationInput
    status: ObservationStatus
    revision: int
    score: float | None
    band: Band | None
    finalized_at: datetime | None
    school_name: str
    teacher_name: str
    class_name: str
    subject: Text
    follow_up_of_date: date | None
    revisions: tuple[RevisionInfo, ...]
    row_version: int = 1  # what a save hands back (services.conflicts)

    @property
    def is_final(self) -> bool:
        return self.status == ObservationStatus.FINAL


@dataclass(frozen=True)
class ScoreSummary:
    overall: float | None
    band: Band | None
    sections: tuple[float | None, ...]  # in the order of the template's sections
    answered: int  # criteria with a level or N/A
    total: int


def score_summary(
    template: TemplateView, scores: Mapping[int, int | None], bands: BandThresholds
) -> ScoreSummary:
    """Section and overall scores of `scores` (criterion id → level, None for N/A/unscored)."""

    def items(criteria: Any) -> list[CriterionScore]:
        return [CriterionScore(scores.get(c.id), c.weight) for c in criteria]

    smin, smax = template.scale_min, template.scale_max
    overall = observation_score(items(template.criteria), smin, smax)
    sections = tuple(observation_score(items(s.criteria), smin, smax) for s in template.sections)
    answered = sum(1 for c in template.criteria if c.id in scores)
    return ScoreSummary(
        overall, band_for(overall, bands), sections, answered, len(template.criteria)
    )


@dataclass(frozen=True)
class ReportItem:
    """An observation with the version of the checklist it was made with (what is printed)."""

    observation: ObservationDetail
    template: TemplateView
    # A final observation's place in the audit chain ('a1b2-c3d4-e5f6'): `eduqa audit verify
    # --digest` tells whether the record still holds it, unedited.
    record_digest: str = ""
