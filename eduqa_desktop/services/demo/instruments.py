"""Observation instruments in the demo: time-on-task snapshots and co-observed lessons.

The walkthrough checklist of a demo database takes 10 snapshots a lesson (Stallings), and its
lessons carry them, coded in line with how the lesson scored. A few final lessons of the
current year were co-observed by a second observer (one of the district's methodologists
scores far from the others: the Calibration view lists them with low agreement), and one was
a calibration session watched by three observers.

Draws come from a generator of its own, seeded from the school and the day, so the other
steps' data stay exactly as they were; rows are written after every other step of the school.
"""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import select

from eduqa_desktop.domain.observation_scoring import CriterionScore, observation_score
from eduqa_desktop.domain.snapshots import (
    LESSON_MINUTES,
    Material,
    ProtocolKind,
    SnapshotProtocol,
    TeacherActivity,
)
from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.services.demo.model import DemoSchool
from eduqa_desktop.services.demo.randomness import clamp, seeded_uuid, weighted
from eduqa_desktop.storage.models import (
    ChecklistTemplate,
    Observation,
    ObservationScore,
    ObservationSnapshot,
)

PROTOCOL = SnapshotProtocol(ProtocolKind.EVEN, 10)
CO_OBSERVED_LESSONS = 5
WELL_SCORED = 70.0
CALIBRATION_NOTE = (
    "Kalibrlash: dars videosi birga koʻrildi / Калибровка: видеозапись урока просмотрена вместе"
)
INSTRUCTION = (
    TeacherActivity.EXPLAINING,
    TeacherActivity.QUESTIONING,
    TeacherActivity.PRACTICE,
    TeacherActivity.ASSESSMENT,
)
MANAGEMENT = (TeacherActivity.ORGANISING, TeacherActivity.DISCIPLINE)
MATERIALS = (
    (Material.TEXTBOOK, 4),
    (Material.NOTEBOOK, 4),
    (Material.BOARD, 5),
    (Material.ICT, 1),
    (Material.NONE, 2),
    (Material.OTHER, 1),
)


def write_instruments(school: DemoSchool) -> None:
    rng = random.Random(f"instruments:{school.id}:{school.ref.today.isoformat()}")
    session = school.writer.session
    walkthrough = school.ref.checklists.get("walkthrough")
    if walkthrough is not None:
        template = session.get(ChecklistTemplate, walkthrough.id)
        if template is not None and not template.snapshot_kind:
            template.snapshot_kind, template.snapshot_count = str(PROTOCOL.kind), PROTOCOL.count
        _snapshots(school, rng, walkthrough.id)
    _co_observations(school, rng)
    session.flush()


def _stamp(school: DemoSchool, rng: random.Random) -> dict[str, Any]:
    now = school.ref.now
    return {"uuid": seeded_uuid(rng), "created_at": now, "updated_at": now}


def _snapshots(school: DemoSchool, rng: random.Random, template_id: int) -> None:
    """Ten coded snapshots for each walkthrough lesson: the better it scored, the more time on
    instruction and the fewer pupils off task."""
    session = school.writer.session
    lessons = session.scalars(
        select(Observation)
        .where(Observation.school_id == school.id, Observation.template_id == template_id)
        .order_by(Observation.id)
    )
    for lesson in lessons:
        quality = (lesson.score if lesson.score is not None else 60.0) / 100
        instruction = clamp(0.3 + 0.6 * quality + rng.gauss(0, 0.08), 0.2, 0.95)
        engaged = clamp(0.2 + 0.7 * quality + rng.gauss(0, 0.08), 0.1, 0.95)
        for slot in PROTOCOL.slots(LESSON_MINUTES):
            draw = rng.random()
            if draw < instruction:
                activity = rng.choice(INSTRUCTION)
            elif draw < instruction + (1 - instruction) * 0.7:
                activity = rng.choice(MANAGEMENT)
            else:
                activity = TeacherActivity.OFF_TASK
            band = rng.random()
            pupils = (
                rng.randint(0, 1)
                if band < engaged
                else rng.randint(2, 5)
                if band < engaged + (1 - engaged) * 0.7
                else rng.randint(6, 12)
            )
            session.add(
                ObservationSnapshot(
                    observation_id=lesson.id,
                    position=slot.index,
                    activity=str(activity),
                    pupils_off_task=pupils,
                    material=str(weighted(rng, MATERIALS)),
                    minute=round(slot.start + rng.random() * 0.8, 1),
                    **_stamp(school, rng),
                )
            )


def _observers(school: DemoSchool) -> list[str]:
    return [school.vice_principal, *school.methodologists[:2]]


def _co_observations(school: DemoSchool, rng: random.Random) -> None:
    """A second observer's record of a few of this year's final lessons, and one calibration
    session seen by three; the district's second methodologist agrees little with the others."""
    session = school.writer.session
    current = school.ref.years[-1]
    observers = _observers(school)
    candidates = list(
        session.scalars(
            select(Observation)
            .where(
                Observation.school_id == school.id,
                Observation.status == ObservationStatus.FINAL,
                Observation.observer.in_(observers),
                Observation.co_observation.is_(None),
                Observation.observed_on >= min(current.days, default=school.ref.today),
            )
            .order_by(Observation.observed_on, Observation.id)
        )
    )
    # Lessons that leave the attention list as it was: well scored, not of a teacher planted
    # for the list's calibration (services.demo.planted); a copy never scores below them.
    planted = {case.teacher.id for case in school.planted}
    candidates = [
        lesson
        for lesson in candidates
        if lesson.teacher_id not in planted and (lesson.score or 0) >= WELL_SCORED
    ]
    if len(candidates) < CO_OBSERVED_LESSONS + 1:
        return
    chosen = rng.sample(candidates, CO_OBSERVED_LESSONS + 1)
    session_lesson, lessons = chosen[0], chosen[1:]
    for index, lesson in enumerate(lessons):
        others = [name for name in observers if name != lesson.observer]
        # the second methodologist co-observes at least twice: enough pairs to judge
        colleague = observers[2] if index < 2 and observers[2] in others else rng.choice(others)
        group = seeded_uuid(rng)
        lesson.co_observation = group
        _copy(school, rng, lesson, colleague, group, "")
    group = seeded_uuid(rng)
    session_lesson.co_observation, session_lesson.calibration_note = group, CALIBRATION_NOTE
    for name in observers:
        if name != session_lesson.observer:
            _copy(school, rng, session_lesson, name, group, CALIBRATION_NOTE)


def _copy(
    school: DemoSchool,
    rng: random.Random,
    lesson: Observation,
    observer: str,
    group: object,
    note: str,
) -> None:
    """The co-observer's record of `lesson`: the same lesson, levels close to the original's
    (far from it for the second methodologist)."""
    session = school.writer.session
    checklist = next(c for c in school.ref.checklists.values() if c.id == lesson.template_id)
    weights = {c.id: c.weight for c in checklist.criteria}
    noisy = observer == _observers(school)[2]
    spread = ((0, 30), (1, 40), (2, 30)) if noisy else ((0, 88), (1, 12))
    copy = Observation(
        school_id=lesson.school_id, teacher_id=lesson.teacher_id, observer=observer,
        observed_on=lesson.observed_on, lesson_period=lesson.lesson_period,
        class_id=lesson.class_id, subject_id=lesson.subject_id, topic=lesson.topic,
        purpose=lesson.purpose, template_id=lesson.template_id, status=ObservationStatus.FINAL,
        finalized_at=lesson.finalized_at, revision=0, co_observation=group,
        calibration_note=note, teacher_has_seen=False, **_stamp(school, rng),
    )  # fmt: skip
    items = []
    ahead = 0.0  # weighted levels the copy gave above the original so far: never below 0,
    # so that the copy scores at least as well (it adds no weak lesson to the teacher's record)
    for original in sorted(lesson.scores, key=lambda s: s.criterion_id):
        level = original.score
        weight = weights.get(original.criterion_id, 1.0)
        if level is not None:
            step = weighted(rng, spread)
            step = -step if ahead >= step * weight else step
            moved = int(clamp(level + step, checklist.scale_min, checklist.scale_max))
            ahead += (moved - level) * weight
            level = moved
        copy.scores.append(
            ObservationScore(
                criterion_id=original.criterion_id, score=level,
                not_applicable=original.not_applicable, comment="", **_stamp(school, rng),
            )
        )  # fmt: skip
        items.append(CriterionScore(level, weight))
    copy.score = observation_score(items, checklist.scale_min, checklist.scale_max)
    session.add(copy)
    school.counts.observations += 1
