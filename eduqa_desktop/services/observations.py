"""An observation's life: draft (saved as it is typed), final (read-only), corrected with a reason.

Every save keeps `Observation.score` (the overall score, the one denormalised value) in step
with the criterion scores. Finalizing, correcting and deleting are written to the audit log;
a correction also keeps what the observation was before in an `ObservationRevision`.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.observation_scoring import BandThresholds
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services import access, audit, deletions
from eduqa_desktop.services.checklist_views import TemplateView, template_view
from eduqa_desktop.services.conflicts import check_version, lost_race
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_records import (
    ObservationDetail,
    ObservationInput,
    ScoreInput,
    SnapshotInput,
    detail_of,
    get_observation,
    get_record,
    input_of,
    score_summary,
    snapshot,
)
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    ChecklistTemplate,
    Observation,
    ObservationRevision,
    ObservationScore,
    ObservationSnapshot,
    SchoolClass,
    Subject,
    Teacher,
)
from eduqa_desktop.storage.types import utc_now
from eduqa_desktop.text import QT_TRANSLATE_NOOP

MAX_PERIOD = 12
MAX_SNAPSHOTS = 30  # 10 a lesson (Stallings); 3 per 15-minute segment of a double lesson
MAX_PUPILS = 60


# --- writing -------------------------------------------------------------------------------------


def _check_references(session: Session, data: ObservationInput) -> TemplateView:
    teacher = session.get(Teacher, data.teacher_id)
    if teacher is None or teacher.school_id != data.school_id:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "Choose the teacher whose lesson you saw."))
    if session.get(ChecklistTemplate, data.template_id) is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "Choose a checklist."))
    if data.class_id is not None and session.get(SchoolClass, data.class_id) is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "The chosen class no longer exists."))
    if data.subject_id is not None and session.get(Subject, data.subject_id) is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "The chosen subject no longer exists."))
    if data.lesson_period is not None and not 1 <= data.lesson_period <= MAX_PERIOD:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The lesson period must lie between 1 and {last}."),
            last=MAX_PERIOD,
        )
    return template_view(session, data.template_id)


def _check_scores(template: TemplateView, scores: tuple[ScoreInput, ...]) -> None:
    criteria = {c.id: c for c in template.criteria}
    values = {level.value for level in template.levels}
    for item in scores:
        criterion = criteria.get(item.criterion_id)
        if criterion is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A score belongs to a criterion of another checklist."
                )
            )
        if item.score is not None and (item.not_applicable or item.score not in values):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Criterion {number}: {value} is not a level of this checklist."
                ),
                number=criterion.number,
                value=item.score,
            )


def _apply(
    session: Session, observation: Observation, data: ObservationInput, bands: BandThresholds
) -> None:
    template = _check_references(session, data)
    _check_scores(template, data.scores)
    observation.school_id = data.school_id
    observation.teacher_id = data.teacher_id
    observation.template_id = data.template_id
    observation.observed_on = data.observed_on
    observation.observer = data.observer.strip()
    observation.lesson_period = data.lesson_period
    observation.class_id = data.class_id
    observation.subject_id = data.subject_id
    observation.topic = data.topic.strip()
    observation.purpose = Purpose(data.purpose)
    observation.strengths = data.strengths.strip()
    observation.recommendations = data.recommendations.strip()
    observation.next_steps = data.next_steps.strip()
    observation.next_steps_due = data.next_steps_due
    observation.teacher_has_seen = data.teacher_has_seen
    observation.follow_up_of_id = data.follow_up_of_id
    observation.co_observation = data.co_observation
    observation.calibration_note = data.calibration_note.strip()
    observation.timer_seconds = data.timer.seconds if data.timer else None
    observation.timer_running_since = data.timer.running_since if data.timer else None
    wanted = {
        s.criterion_id: s
        for s in data.scores
        if s.score is not None or s.not_applicable or s.comment
    }
    for row in list(observation.scores):
        if row.criterion_id not in wanted:
            observation.scores.remove(row)
    existing = {row.criterion_id: row for row in observation.scores}
    for criterion_id, item in wanted.items():
        row = existing.get(criterion_id)
        if row is None:
            row = ObservationScore(criterion_id=criterion_id)
            observation.scores.append(row)
        row.score = None if item.not_applicable else item.score
        row.not_applicable = item.not_applicable
        row.comment = item.comment.strip()
    _apply_snapshots(observation, template, data.snapshots)
    levels = {s.criterion_id: (None if s.not_applicable else s.score) for s in wanted.values()}
    observation.score = score_summary(template, levels, bands).overall


def _apply_snapshots(
    observation: Observation, template: TemplateView, snapshots: tuple[SnapshotInput, ...]
) -> None:
    """Keep the coded snapshots (by slot); a checklist without a protocol takes none."""
    wanted = {s.position: s for s in snapshots if not s.is_empty}
    if wanted and template.snapshots is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "This checklist takes no time-on-task snapshots.")
        )
    for item in wanted.values():
        if not 0 <= item.position < MAX_SNAPSHOTS:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Snapshot {number} is not one of this lesson."),
                number=item.position + 1,
            )
        if item.pupils_off_task is not None and not 0 <= item.pupils_off_task <= MAX_PUPILS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Snapshot {number}: pupils off task must lie between 0 and {top}."
                ),
                number=item.position + 1,
                top=MAX_PUPILS,
            )
    for row in list(observation.snapshots):
        if row.position not in wanted:
            observation.snapshots.remove(row)
    existing = {row.position: row for row in observation.snapshots}
    for position, item in sorted(wanted.items()):
        row = existing.get(position)
        if row is None:
            row = ObservationSnapshot(position=position)
            observation.snapshots.append(row)
        row.activity = str(item.activity) if item.activity else None
        row.pupils_off_task = item.pupils_off_task
        row.material = str(item.material) if item.material else None
        row.minute = item.minute


def lesson_date_problem(observed_on: date, today: date) -> UserError | None:
    """A lesson cannot have been observed in the future (a draft may still hold such a date)."""
    if observed_on > today:
        return UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "The lesson date is in the future. Type the day of the lesson."
            )
        )
    return None


def due_date_problem(observed_on: date, due: date | None) -> UserError | None:
    """Next steps cannot be due before the lesson they follow."""
    if due is not None and due < observed_on:
        return UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The next steps are due before the lesson date. "
                "Type a later date or leave it empty.",
            )
        )
    return None


def _check_dates(observed_on: date, due: date | None, today: date | None) -> None:
    """A final observation (finalized or corrected) has dates that can be true."""
    problem = lesson_date_problem(observed_on, today or date.today()) or due_date_problem(
        observed_on, due
    )
    if problem is not None:
        raise problem


def _refuse_final(observation: Observation) -> None:
    if observation.status == ObservationStatus.FINAL:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "This observation is final. Use Correct to change it, with a reason."
            )
        )


def save_draft(
    db: Database,
    data: ObservationInput,
    observation_id: int | None = None,
    *,
    expected_version: int | None = None,
) -> ObservationDetail:
    """Create a draft (no id) or save an existing one (what autosave calls).

    `expected_version`: the `row_version` the form was filled from; when someone saved the
    observation since, EditConflict carries theirs and nothing is written.
    """
    access.require(db, Action.OBSERVE, data.school_id)
    if observation_id is not None:
        access.require_row(db, Action.OBSERVE, Observation, observation_id)
    bands = load_thresholds(db).bands
    with _no_lost_update(db, observation_id), db.session() as session:
        if observation_id is None:
            observation = Observation(status=ObservationStatus.DRAFT, revision=0)
        else:
            observation = get_record(session, observation_id)
            check_version(
                observation, expected_version, lambda: detail_of(session, observation, bands)
            )
            _refuse_final(observation)
            observation.updated_at = utc_now()  # scores alone count up the version too
        _apply(session, observation, data, bands)
        session.add(observation)
        session.flush()
        session.refresh(observation)
        return detail_of(session, observation, bands)


def _no_lost_update(db: Database, observation_id: int | None) -> AbstractContextManager[None]:
    """Another save slipped in between this one's read and write: EditConflict with theirs."""
    return lost_race(lambda: get_observation(db, observation_id or 0))


def finalize_observation(
    db: Database, observation_id: int, *, who: str | None = None, today: date | None = None
) -> ObservationDetail:
    """Make a draft final (read-only). Every criterion needs a level or N/A, and the dates
    must be possible (not in the future; next steps not due before the lesson)."""
    access.require_row(db, Action.OBSERVE, Observation, observation_id)
    bands = load_thresholds(db).bands
    with db.session() as session:
        observation = get_record(session, observation_id)
        _refuse_final(observation)
        _check_dates(observation.observed_on, observation.next_steps_due, today)
        template = template_view(session, observation.template_id)
        answered = {
            s.criterion_id for s in observation.scores if s.score is not None or s.not_applicable
        }
        missing = [c.number for c in template.criteria if c.id not in answered]
        if missing:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{count} criteria have no level yet ({numbers}). "
                    "Give each a level or mark it N/A, then finalize.",
                ),
                count=len(missing),
                numbers=", ".join(missing[:8]) + ("…" if len(missing) > 8 else ""),
            )
        observation.status = ObservationStatus.FINAL
        observation.finalized_at = utc_now()
        session.flush()
        audit.record(
            session,
            "finalize",
            "observation",
            observation.uuid,
            after=snapshot(observation),
            who=who,
        )
        return detail_of(session, observation, bands)


def correct_observation(
    db: Database,
    observation_id: int,
    data: ObservationInput,
    reason: str,
    *,
    who: str | None = None,
    continuing: int | None = None,
    today: date | None = None,
    expected_version: int | None = None,
) -> ObservationDetail:
    """Change a final observation, keeping what it was in a new revision with the reason.

    `continuing` is the revision number a correction in progress already made: further
    saves of the same correction (autosave) update it instead of adding another revision.
    """
    access.require_row(db, Action.OBSERVE, Observation, observation_id)
    reason = " ".join(reason.split())
    if not reason:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "Say why the observation is corrected."))
    _check_dates(data.observed_on, data.next_steps_due, today)
    who = audit.current_user() if who is None else who
    bands = load_thresholds(db).bands
    with _no_lost_update(db, observation_id), db.session() as session:
        observation = get_record(session, observation_id)
        check_version(observation, expected_version, lambda: detail_of(session, observation, bands))
        if observation.status != ObservationStatus.FINAL:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Only a final observation can be corrected.")
            )
        before = snapshot(observation)
        if continuing is not None and continuing != observation.revision:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Someone else corrected this observation meanwhile. Open it again."
                )
            )
        _apply(session, observation, data, bands)
        session.flush()
        after = snapshot(observation)
        if after == before:
            return detail_of(session, observation, bands)
        observation.updated_at = utc_now()  # scores alone count up the version too
        if continuing is None:
            observation.revision += 1
            session.add(
                ObservationRevision(
                    observation_id=observation.id,
                    revision=observation.revision,
                    reason=reason,
                    changed_by=who,
                    before=before,
                )
            )
        audit.record(
            session,
            "correct",
            "observation",
            observation.uuid,
            before={**before, "reason": reason},
            after=after,
            who=who,
        )
        session.flush()
        return detail_of(session, observation, bands)


def delete_draft(db: Database, observation_id: int, *, who: str | None = None) -> None:
    """Delete a draft; a final observation can only be corrected."""
    access.require_row(db, Action.OBSERVE, Observation, observation_id)
    with db.session() as session:
        observation = get_record(session, observation_id)
        if observation.status == ObservationStatus.FINAL:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A final observation cannot be deleted; it can be corrected."
                )
            )
        before = snapshot(observation)
        follow_ups = session.scalars(
            select(Observation).where(Observation.follow_up_of_id == observation.id)
        )
        for follow_up in follow_ups:
            follow_up.follow_up_of_id = None
        session.delete(observation)
        audit.record(session, "delete", "observation", observation.uuid, before=before, who=who)
        deletions.record_deletion(session, deletions.OBSERVATION, observation.uuid,
                                  observation.school_id, who=who)  # fmt: skip


def follow_up_input(
    db: Database, observation_id: int, *, today: date, observer: str
) -> ObservationInput:
    """A new observation prefilled from `observation_id`: same teacher, class, subject and
    checklist (its current version), purpose "follow-up visit", dated today, nothing scored."""
    with db.session() as session:
        original = get_record(session, observation_id)
        template = session.get(ChecklistTemplate, original.template_id)
        assert template is not None
        current = session.scalar(
            select(ChecklistTemplate.id)
            .where(
                ChecklistTemplate.family == template.family,
                ChecklistTemplate.superseded.is_(False),
            )
            .order_by(ChecklistTemplate.version.desc())
        )
        data = input_of(original)
    return replace(
        data,
        template_id=current or data.template_id,
        observed_on=today,
        observer=observer or data.observer,
        lesson_period=None,
        topic="",
        purpose=Purpose.FOLLOW_UP,
        strengths="",
        recommendations="",
        next_steps="",
        next_steps_due=None,
        teacher_has_seen=False,
        follow_up_of_id=observation_id,
        scores=(),
        snapshots=(),
        co_observation=None,
        calibration_note="",
    )
