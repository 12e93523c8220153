"""What one visit's record says: the observation row and its criterion scores, drawn from
the teacher's skill with noise, with texts, status and the dates that go with them."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from eduqa_desktop.domain.observation_scoring import CriterionScore, observation_score
from eduqa_desktop.domain.school_calendar import year_name_for, year_start
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services.demo import texts
from eduqa_desktop.services.demo.model import DemoSchool, Visit
from eduqa_desktop.services.demo.randomness import clamp, sentences, weighted

# An observation row and its criterion score rows (observation_id filled in when written).
ObservationRows = tuple[dict[str, Any], list[dict[str, Any]]]


def observation_rows(
    school: DemoSchool, visit: Visit, follow_of_id: int | None = None, original: Visit | None = None
) -> ObservationRows:
    """The rows of `visit`; a follow-up (of `original`, written as `follow_of_id`) sees the same
    lesson and scores a little better. Sets `visit.lesson` when it was not chosen yet."""
    rng, ref = school.rng, school.ref
    teacher, day = visit.teacher, visit.day
    year = year_name_for(day)
    code = weighted(rng, [("lesson_analysis", 70), ("competence_lesson", 18), ("walkthrough", 12)])
    if visit.purpose in (Purpose.FOLLOW_UP, Purpose.ATTESTATION):
        code = "lesson_analysis"
    checklist = ref.checklists.get(code) or next(iter(ref.checklists.values()))
    teaching = teacher.teaching.get(year, [])
    if original is not None:
        visit.lesson = original.lesson
    elif visit.lesson is None:
        visit.lesson = rng.choice(teaching) if teaching else (None, None)
    cls, subject = visit.lesson or (None, None)
    age = (ref.today - day).days
    # Recent observations are more often still drafts.
    final = (
        visit.final if visit.final is not None else rng.random() >= (0.35 if age <= 45 else 0.07)
    )
    # Teachers in their first ten years improve a little each year.
    growth = (year_start(year) - year_start(ref.years[0].name)) * 0.03 * (teacher.experience <= 10)
    mean = teacher.skill + growth + (0.08 if follow_of_id else 0.0) + rng.gauss(0, 0.06)
    span = checklist.scale_max - checklist.scale_min
    items, score_rows = [], []
    # Half of the drafts stop a few criteria before the end.
    unscored_from = len(checklist.criteria) - (
        rng.randint(1, 5) if not final and rng.random() < 0.5 else 0
    )
    for position, (criterion_id, weight, section, difficulty) in enumerate(checklist.criteria):
        value: int | None = None
        not_applicable = position < unscored_from and rng.random() < 0.05
        if position < unscored_from and not not_applicable:
            level = clamp(mean + difficulty + rng.gauss(0, 0.15), 0, 1)
            value = checklist.scale_min + round(level * span)
        comment = (
            rng.choice(texts.CRITERION_COMMENTS)
            if value is not None and rng.random() < 0.07
            else ""
        )
        items.append(CriterionScore(value, weight, section))
        score_rows.append({"criterion_id": criterion_id, "score": value,
                           "not_applicable": not_applicable, "comment": comment})  # fmt: skip
    topic_list = texts.TOPICS.get(subject or "", texts.GENERIC_TOPICS)
    with_texts = final or rng.random() < 0.5
    finalized_at = None
    if final:
        finalized_on = min(day + timedelta(days=rng.randint(0, 2)), ref.today)
        finalized_at = datetime.combine(finalized_on, time(15, rng.randint(0, 59)))
    observation = {
        "school_id": school.id, "teacher_id": teacher.id, "observer": visit.observer,
        "observed_on": day, "lesson_period": rng.randint(1, 6),
        "class_id": cls.id if cls else None,
        "subject_id": ref.subjects[subject] if subject else None,
        "topic": rng.choice(topic_list), "purpose": visit.purpose, "template_id": checklist.id,
        "strengths": sentences(rng, texts.STRENGTHS) if with_texts else "",
        "recommendations": sentences(rng, texts.RECOMMENDATIONS) if with_texts else "",
        "next_steps": rng.choice(texts.NEXT_STEPS) if with_texts else "",
        "next_steps_due": day + timedelta(days=rng.randint(14, 40)) if with_texts else None,
        "teacher_has_seen": final and (age > 30 or rng.random() < 0.5),
        "status": ObservationStatus.FINAL if final else ObservationStatus.DRAFT,
        "finalized_at": finalized_at,
        "revision": 0, "follow_up_of_id": follow_of_id,
        "score": observation_score(items, checklist.scale_min, checklist.scale_max),
    }  # fmt: skip
    return observation, score_rows
