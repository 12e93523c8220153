"""Observations as plain values: what the form holds, what a saved observation shows, scores.

:class:`ObservationInput` is everything the observer types (the form's round trip);
:class:`ObservationDetail` a saved observation with its names resolved; :func:`score_summary`
the section and overall scores with the band, live in the form and on every save.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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
from eduqa_desktop.services.checklist_views import TemplateView, template_view
from eduqa_desktop.services.errors import NotFoundError
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    Observation,
    ObservationRevision,
    ObservationSnapshot,
    School,
    SchoolClass,
    Subject,
    Teacher,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

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


# --- reading -------------------------------------------------------------------------------------


def get_record(session: Session, observation_id: int) -> Observation:
    observation = session.get(Observation, observation_id)
    if observation is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This observation no longer exists."))
    return observation


def input_of(observation: Observation) -> ObservationInput:
    return ObservationInput(
        school_id=observation.school_id,
        teacher_id=observation.teacher_id,
        template_id=observation.template_id,
        observed_on=observation.observed_on,
        observer=observation.observer,
        lesson_period=observation.lesson_period,
        class_id=observation.class_id,
        subject_id=observation.subject_id,
        topic=observation.topic,
        purpose=Purpose(observation.purpose),
        strengths=observation.strengths,
        recommendations=observation.recommendations,
        next_steps=observation.next_steps,
        next_steps_due=observation.next_steps_due,
        teacher_has_seen=observation.teacher_has_seen,
        follow_up_of_id=observation.follow_up_of_id,
        scores=tuple(
            ScoreInput(s.criterion_id, s.score, s.not_applicable, s.comment)
            for s in sorted(observation.scores, key=lambda s: s.criterion_id)
            if s.score is not None or s.not_applicable or s.comment
        ),
        snapshots=tuple(snapshot_input(s) for s in observation.snapshots),
        co_observation=observation.co_observation,
        calibration_note=observation.calibration_note or "",
    )


def snapshot_input(row: ObservationSnapshot) -> SnapshotInput:
    return SnapshotInput(
        row.position,
        TeacherActivity(row.activity) if row.activity else None,
        row.pupils_off_task,
        Material(row.material) if row.material else None,
        row.minute,
    )


def subject_texts(subject: Subject | None) -> Text:
    if subject is None:
        return {"uz": "", "ru": "", "en": ""}
    return {
        "uz": subject.name_uz or subject.name,
        "ru": subject.name_ru or subject.name,
        "en": subject.name_en or subject.name,
    }


def detail_of(
    session: Session, observation: Observation, bands: BandThresholds
) -> ObservationDetail:
    school = session.get(School, observation.school_id)
    teacher = session.get(Teacher, observation.teacher_id)
    school_class = session.get(SchoolClass, observation.class_id) if observation.class_id else None
    subject = session.get(Subject, observation.subject_id) if observation.subject_id else None
    original = (
        session.get(Observation, observation.follow_up_of_id)
        if observation.follow_up_of_id
        else None
    )
    revisions = session.scalars(
        select(ObservationRevision)
        .where(ObservationRevision.observation_id == observation.id)
        .order_by(ObservationRevision.revision)
    )
    return ObservationDetail(
        id=observation.id,
        uuid=observation.uuid,
        data=input_of(observation),
        status=ObservationStatus(observation.status),
        revision=observation.revision,
        score=observation.score,
        band=band_for(observation.score, bands),
        finalized_at=observation.finalized_at,
        school_name=school.name if school else "",
        teacher_name=teacher.full_name if teacher else "",
        class_name=school_class.name if school_class else "",
        subject=subject_texts(subject),
        follow_up_of_date=original.observed_on if original else None,
        revisions=tuple(
            RevisionInfo(r.revision, r.reason, r.changed_by, r.created_at) for r in revisions
        ),
        row_version=observation.row_version,
    )


def get_observation(db: Database, observation_id: int) -> ObservationDetail:
    bands = load_thresholds(db).bands
    with db.session() as session:
        return detail_of(session, get_record(session, observation_id), bands)


@dataclass(frozen=True)
class ReportItem:
    """An observation with the version of the checklist it was made with (what is printed)."""

    observation: ObservationDetail
    template: TemplateView
    # A final observation's place in the audit chain ('a1b2-c3d4-e5f6'): `eduqa audit verify
    # --digest` tells whether the record still holds it, unedited.
    record_digest: str = ""


def load_report_items(db: Database, observation_ids: list[int]) -> list[ReportItem]:
    from eduqa_desktop.services.audit import record_digest

    bands = load_thresholds(db).bands
    with db.session() as session:
        items = []
        for observation_id in observation_ids:
            detail = detail_of(session, get_record(session, observation_id), bands)
            digest = record_digest(session, "observation", detail.uuid) if detail.is_final else ""
            template = template_view(session, detail.data.template_id)
            items.append(ReportItem(detail, template, digest))
        return items


def snapshot(observation: Observation) -> dict[str, Any]:
    """The observation as JSON-ready values (for revisions and the audit log)."""
    data = input_of(observation)
    values: dict[str, Any] = {
        key: (
            value.isoformat()
            if isinstance(value, date)
            else str(value)
            if isinstance(value, uuid.UUID)
            else value
        )
        for key, value in data.__dict__.items()
        if key not in ("scores", "snapshots")
    }
    values["purpose"] = str(data.purpose)
    values["score"] = observation.score
    values["scores"] = [item.__dict__.copy() for item in data.scores]
    if data.snapshots:  # left out when none, so revisions made before snapshots compare alike
        values["snapshots"] = [
            {
                "position": s.position,
                "activity": s.activity and str(s.activity),
                "pupils_off_task": s.pupils_off_task,
                "material": s.material and str(s.material),
                "minute": s.minute,
            }
            for s in data.snapshots
        ]
    return values
