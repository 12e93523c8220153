"""Observations read from the database as plain values (domain/observation_records.py):
the form's :class:`ObservationInput`, a saved :class:`ObservationDetail`, printed
:class:`ReportItem`s."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.observation_records import (
    LessonTimer,
    ObservationDetail,
    ObservationInput,
    ReportItem,
    RevisionInfo,
    ScoreInput,
    SnapshotInput,
    Text,
)
from eduqa_desktop.domain.observation_records import ScoreSummary as ScoreSummary
from eduqa_desktop.domain.observation_records import score_summary as score_summary
from eduqa_desktop.domain.observation_records import shares_of as shares_of
from eduqa_desktop.domain.observation_scoring import (
    BandThresholds,
    band_for,
)
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.snapshots import (
    Material,
    TeacherActivity,
)
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services import access
from eduqa_desktop.services.checklist_views import template_view
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
        timer=(
            None
            if observation.timer_seconds is None and observation.timer_running_since is None
            else LessonTimer(observation.timer_seconds or 0.0, observation.timer_running_since)
        ),
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
    access.require_row(db, Action.READ, Observation, observation_id)
    bands = load_thresholds(db).bands
    with db.session() as session:
        return detail_of(session, get_record(session, observation_id), bands)


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
