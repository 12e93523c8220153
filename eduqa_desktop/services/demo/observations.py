"""Lesson observations: which lessons are visited, when and by whom, including the plan's
visits and follow-ups of weak lessons, written with their criterion scores."""

from __future__ import annotations

from datetime import timedelta

from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services.demo.model import DemoSchool, DemoTeacher, Visit
from eduqa_desktop.services.demo.observation_rows import ObservationRows, observation_rows
from eduqa_desktop.services.demo.observers import choose_observer
from eduqa_desktop.services.demo.planted import plant_lessons, weaken_lessons
from eduqa_desktop.services.demo.randomness import weighted
from eduqa_desktop.services.demo.reference import SchoolYear
from eduqa_desktop.services.demo.visit_plan import MissedVisit, write_visit_plan
from eduqa_desktop.storage.models import Observation, ObservationScore

OBSERVATIONS_PER_40_TEACHERS_PER_YEAR = 75
FOLLOW_UP_SHARE = 0.1  # of the visits: follow-ups of weak lessons
WEAK_LESSON_SCORE = 72  # a final observation scoring below this gets a follow-up


def write_observations(school: DemoSchool) -> None:
    """The visit plan of the current year and about 75 observations per 40 teachers a year."""
    ref = school.ref
    total_days = sum(len(year.days) for year in ref.years) or 1
    per_year = OBSERVATIONS_PER_40_TEACHERS_PER_YEAR * len(school.teachers) / 40
    wanted_total = per_year * len(ref.years)
    visits: list[Visit] = []
    missed: set[MissedVisit] = set()
    for year in ref.years:
        staff = [t for t in school.teachers if year.name in t.years]
        if not year.days or not staff:
            continue
        # A year that has only begun gets its share of the visits so far.
        wanted = round(wanted_total * len(year.days) / total_days)
        visits += _visits_of_year(school, year, staff, wanted, missed)
    visits.sort(key=lambda v: (v.day, v.teacher.id))
    rows = [observation_rows(school, visit) for visit in visits]
    follow_ups = _follow_ups(school, visits, rows)
    plant_lessons(school, rows)  # after the follow-ups were chosen from the scores as drawn
    ids = _insert(school, rows)
    # Written after the others: a follow-up points at the id of the observation it follows.
    later = [
        observation_rows(school, f, ids[f.follow_of or 0], visits[f.follow_of or 0])
        for f in follow_ups
    ]
    weaken_lessons(school, later)
    _insert(school, later)


def _visits_of_year(
    school: DemoSchool,
    year: SchoolYear,
    staff: list[DemoTeacher],
    wanted: int,
    missed: set[MissedVisit],
) -> list[Visit]:
    """The plan's visits made (current year only) plus others up to `wanted`, less room kept
    for follow-ups; every teacher seen at least once when there are enough visits."""
    rng = school.rng
    visits = write_visit_plan(school, year, staff, missed) if year.current else []
    free = wanted - len(visits) - round(FOLLOW_UP_SHARE * wanted)
    chosen = list(staff) if free >= len(staff) else []
    # Weaker and newer teachers are visited more often.
    weights = [1 + (t.skill < 0.66) * 0.8 + (t.experience <= 3) * 0.6 for t in staff]
    while len(chosen) < free:
        chosen.append(rng.choices(staff, weights)[0])
    for teacher in chosen:
        purpose = weighted(
            rng,
            [(Purpose.PLANNED_CONTROL, 42), (Purpose.THEMATIC_CHECK, 16),
             (Purpose.SUPPORT, 11), (Purpose.ATTESTATION, 6),
             (Purpose.OPEN_LESSON, 13), (Purpose.PEER_VISIT, 12)],
        )  # fmt: skip
        day = rng.choice(year.days)
        if (teacher.id, purpose, day.year, day.month) in missed:
            purpose = Purpose.SUPPORT  # never what the plan asks: the visit stays overdue
        visits.append(
            Visit(teacher, day, purpose, choose_observer(school, teacher, purpose, year.name))
        )
    return visits


def _follow_ups(
    school: DemoSchool, visits: list[Visit], rows: list[ObservationRows]
) -> list[Visit]:
    """Follow-up visits 2–6 weeks after some weak lessons, to the same class and subject."""
    rng = school.rng
    weak = [
        i
        for i, (observation, _) in enumerate(rows)
        if observation["status"] == ObservationStatus.FINAL
        and (observation["score"] or 100) < WEAK_LESSON_SCORE
    ]
    rng.shuffle(weak)
    result = []
    for index in weak[: round(FOLLOW_UP_SHARE * len(visits))]:
        original = visits[index]
        day = original.day + timedelta(days=rng.randint(14, 42))
        year = next(y for y in school.ref.years if original.day in y.days)
        later = [d for d in year.days if d >= day]
        if later and later[0] - day < timedelta(days=10):
            observer = original.observer
            if original.purpose == Purpose.PEER_VISIT:
                observer = school.vice_principal  # a colleague does not follow up
            result.append(
                Visit(original.teacher, later[0], Purpose.FOLLOW_UP, observer, follow_of=index)
            )
    return result


def _insert(school: DemoSchool, rows: list[ObservationRows]) -> list[int]:
    """Write observations and their scores; returns the observations' ids in order."""
    ids = school.writer.insert(Observation, [observation for observation, _ in rows], ids=True)
    score_rows = []
    for observation_id, (_, scores) in zip(ids, rows, strict=True):
        for row in scores:
            row["observation_id"] = observation_id
        score_rows += scores
    school.writer.insert(ObservationScore, score_rows)
    school.counts.observations += len(ids)
    return ids
