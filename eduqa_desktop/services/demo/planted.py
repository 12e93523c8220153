"""Known cases planted in each demo school, so that the attention list can be calibrated.

In each school, chosen by a generator of their own (the rest of the demo draws exactly what it
would draw without them):
  behind_peers   a few teachers, two of whose classes fall far behind the parallel
                 classes of the same grade and subject in the latest quarter with
                 results (quality 40 points lower);
  decline        one teacher, two of whose classes (the pupils' own class) lose about 11
                 points of quality in each of the last two quarters;
  weak_lessons   one teacher whose observed lessons all score less than half as high above the
                 bottom of the scale on every criterion.

The planted rows are redrawn, not invented: the same marks function with a lower level, the
same criterion scores scaled down. The cases are kept in the settings under
`PLANTED_KEY`, where `services.attention_calibration` reads them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from eduqa_desktop.domain.observation_scoring import CriterionScore, observation_score
from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.services.demo.model import (
    DemoClass,
    DemoSchool,
    DemoTeacher,
    Lesson,
    PlantedCase,
)
from eduqa_desktop.services.demo.randomness import clamp, seeded_uuid
from eduqa_desktop.storage.models import Setting

PLANTED_KEY = "demo.planted_cases"
BEHIND_PEERS_TEACHERS = 2
BEHIND_PEERS_GAP = 0.40  # of quality: the planted classes against their parallel classes
DECLINE_STEP = 0.11  # of quality, in each of the last two quarters
DECLINE_FLOOR = 0.45  # the declining classes start from at least this quality
WEAK_LESSON_SHARE = 0.45  # every criterion of the weak teacher keeps this share of its level

# Draws a result row's marks again at a quality level: (row, level, rng) → the new row.
Redraw = Callable[[dict[str, Any], float, random.Random], dict[str, Any]]


def _current_staff(school: DemoSchool, year: str) -> list[DemoTeacher]:
    """The year's teachers still at the school and not planted yet."""
    taken = [case.teacher for case in school.planted]
    return [t for t in school.teachers if year in t.years and t.left_on is None and t not in taken]


def plant_results(school: DemoSchool, rows: list[dict[str, Any]], redraw: Redraw) -> None:
    """Redraw the result rows of the behind-peers and declining classes (in place)."""
    rng = school.plant_rng
    ref = school.ref
    by_key = {(r["term_id"], r["class_id"], r["subject_id"]): i for i, r in enumerate(rows)}
    ended = [(year.name, q.id) for year in ref.years for q in year.quarters if q.end < ref.today]
    if not ended:
        return
    year, term_id = ended[-1]  # the latest results, which the attention list reads
    # Behind peers: two lessons of different grade × subject, in grades with marks.
    staff = _current_staff(school, year)
    candidates = [t for t in staff if len({(c.grade, code) for c, code in _marked(t, year)}) >= 2]
    for teacher in rng.sample(candidates, min(BEHIND_PEERS_TEACHERS, len(candidates))):
        pairs: dict[tuple[int, str], Lesson] = {}
        for cls, code in _marked(teacher, year):
            pairs.setdefault((cls.grade, code), (cls, code))
        lessons = rng.sample(sorted(pairs.values(), key=_lesson_key), 2)
        for cls, code in lessons:
            index = by_key.get((term_id, cls.id, ref.subjects[code]))
            peers = _parallel_quality(school, rows, by_key, term_id, cls, code)
            if index is not None and peers is not None:
                level = clamp(peers - BEHIND_PEERS_GAP, 0.03, 0.97)
                rows[index] = redraw(rows[index], level, rng)
        school.planted.append(PlantedCase("behind_peers", teacher, lessons))
    if len(ended) >= 3:
        _plant_decline(school, rows, by_key, redraw, ended[-3:])


def _parallel_quality(
    school: DemoSchool,
    rows: list[dict[str, Any]],
    by_key: dict[tuple[int, int, int], int],
    term_id: int,
    cls: DemoClass,
    code: str,
) -> float | None:
    """The pooled quality of the other classes of the grade in the subject that term."""
    good = assessed = 0
    for other in school.classes[cls.year]:
        index = by_key.get((term_id, other.id, school.ref.subjects[code]))
        if other is cls or other.grade != cls.grade or index is None:
            continue
        row = rows[index]
        good += row["n5"] + row["n4"]
        assessed += row["n5"] + row["n4"] + row["n3"] + row["n2"] + row["n1"]
        assessed += row["not_attested"]
    return good / assessed if assessed else None


def _plant_decline(
    school: DemoSchool,
    rows: list[dict[str, Any]],
    by_key: dict[tuple[int, int, int], int],
    redraw: Redraw,
    quarters: list[tuple[str, int]],
) -> None:
    """Two of a teacher's classes in three quarters ((year, term id), the latest last): the
    quality at the start, one step lower, two steps lower."""
    rng = school.plant_rng
    current = quarters[-1][0]
    # Not beside a class planted behind its parallels (it would pull their peers down).
    taken = {(c.grade, code) for case in school.planted for c, code in case.lessons}
    candidates = []
    for teacher in _current_staff(school, current):
        chains = []
        for lesson in _marked(teacher, current):
            if (lesson[0].grade, lesson[1]) in taken:
                continue
            keys = _pupils_rows(school, lesson, quarters)
            indexes = [by_key.get(key) for key in keys] if keys else []
            if keys and all(i is not None for i in indexes):
                chains.append((lesson, [i for i in indexes if i is not None]))
        if len(chains) >= 2:
            candidates.append((teacher, chains))
    if not candidates:
        return
    teacher, chains = rng.choice(candidates)
    chosen = rng.sample(chains, 2)
    for _, indexes in chosen:
        start = max(_quality(rows[indexes[0]]), DECLINE_FLOOR)
        for step, index in enumerate(indexes):
            rows[index] = redraw(rows[index], start - step * DECLINE_STEP, rng)
    school.planted.append(PlantedCase("decline", teacher, [lesson for lesson, _ in chosen]))


def _pupils_rows(
    school: DemoSchool, lesson: Lesson, quarters: list[tuple[str, int]]
) -> list[tuple[int, int, int]] | None:
    """The (term, class, subject) keys of the lesson's pupils in the quarters — their class a
    grade lower in the year before; None when they had no marks then."""
    cls, code = lesson
    current = int(cls.year[:4])
    keys = []
    for year, term_id in quarters:
        same = _class_of(school, year, cls.grade - (current - int(year[:4])), cls.letter)
        if same is None or same.grade < 2:
            return None
        keys.append((term_id, same.id, school.ref.subjects[code]))
    return keys


def _class_of(school: DemoSchool, year: str, grade: int, letter: str) -> DemoClass | None:
    for cls in school.classes.get(year, []):
        if cls.grade == grade and cls.letter == letter:
            return cls
    return None


ObservationRows = list[tuple[dict[str, Any], list[dict[str, Any]]]]


def plant_lessons(school: DemoSchool, rows: ObservationRows) -> None:
    """Choose the weak-lessons teacher (two final visits in the last year at least) and take a
    level off every criterion of their lessons in `rows` (in place)."""
    rng, ref = school.plant_rng, school.ref
    since = ref.today - timedelta(days=365)
    finals: dict[int, int] = {}
    for observation, _ in rows:
        if observation["status"] == ObservationStatus.FINAL and observation["observed_on"] >= since:
            finals[observation["teacher_id"]] = finals.get(observation["teacher_id"], 0) + 1
    staff = _current_staff(school, ref.years[-1].name)
    candidates = [t for t in staff if finals.get(t.id, 0) >= 2]
    if not candidates:
        return
    teacher = rng.choice(candidates)
    school.planted.append(PlantedCase("weak_lessons", teacher, []))
    weaken_lessons(school, rows)


def weaken_lessons(school: DemoSchool, rows: ObservationRows) -> None:
    """A level off each criterion score of the weak-lessons teacher's observations in `rows`."""
    weak = {c.teacher.id for c in school.planted if c.kind == "weak_lessons"}
    if not weak:
        return
    checklists = {c.id: c for c in school.ref.checklists.values()}
    for observation, scores in rows:
        if observation["teacher_id"] not in weak:
            continue
        checklist = checklists[observation["template_id"]]
        criteria = {c.id: c for c in checklist.criteria}
        items = []
        for row in scores:
            if row["score"] is not None:
                above = (row["score"] - checklist.scale_min) * WEAK_LESSON_SHARE
                row["score"] = checklist.scale_min + round(above)
            criterion = criteria[row["criterion_id"]]
            items.append(CriterionScore(row["score"], criterion.weight, criterion.section))
        observation["score"] = observation_score(items, checklist.scale_min, checklist.scale_max)


def _marked(teacher: DemoTeacher, year: str) -> list[Lesson]:
    """The teacher's lessons of the year in classes that get marks (grade 2 and up)."""
    return sorted((x for x in teacher.teaching.get(year, []) if x[0].grade >= 2), key=_lesson_key)


def _lesson_key(lesson: Lesson) -> tuple[int, str, str]:
    return (lesson[0].grade, lesson[0].letter, lesson[1])


def _quality(row: dict[str, Any]) -> float:
    assessed = row["n5"] + row["n4"] + row["n3"] + row["n2"] + row["n1"] + row["not_attested"]
    return (row["n5"] + row["n4"]) / assessed if assessed else 0.0


def record_planted(session: Session, cases: list[dict[str, object]], rng: random.Random) -> None:
    """Keep the planted cases in the settings (a seeded uuid: same seed, same file)."""
    session.add(Setting(key=PLANTED_KEY, value=cases, uuid=seeded_uuid(rng)))
