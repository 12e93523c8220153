"""Small deterministic data for the exchange tests, written straight through the ORM."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select

from eduqa_desktop.domain.class_names import parse_class_name
from eduqa_desktop.domain.names import name_key
from eduqa_desktop.domain.observation_scoring import CriterionScore, observation_score
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services.calendar import ensure_academic_year, find_term
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    ChecklistTemplate,
    Observation,
    ObservationScore,
    ResultRow,
    School,
    SchoolClass,
    Subject,
    Teacher,
)

TEACHERS = ("Sharipova Gulnora Akmalovna", "Karimov Bobur Alisherovich", "Ivanova Elena Petrovna")


def add_teachers(db: Database, school_id: int, names=TEACHERS) -> list[int]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        teachers = [
            Teacher(school_id=school_id, full_name=n, name_key=name_key(n), experience_years=10)
            for n in names
        ]
        session.add_all(teachers)
        session.flush()
        return [t.id for t in teachers]


def add_results(  # type: ignore[no-untyped-def]
    db: Database, school_id: int, year: str = "2025-2026", terms=(1, 2), seed: int = 1
) -> int:
    """Results for classes 5-A..9-B in two subjects per teacher; returns the rows written."""
    rng = random.Random(seed)
    written = 0
    with db.session() as session:
        ensure_academic_year(session, year)
        teachers = list(session.scalars(select(Teacher).where(Teacher.school_id == school_id)))
        subjects = list(session.scalars(select(Subject).order_by(Subject.id)))[:4]
        year_id = ensure_academic_year(session, year).id
        classes = []
        for name in ("5-A", "5-B", "7-A", "7-B", "9-A"):
            grade, letter = parse_class_name(name)
            found = session.scalar(
                select(SchoolClass).where(
                    SchoolClass.school_id == school_id,
                    SchoolClass.academic_year_id == year_id,
                    SchoolClass.name == name,
                )
            )
            if found is None:
                found = SchoolClass(
                    school_id=school_id,
                    academic_year_id=year_id,
                    name=name,
                    grade=grade,
                    letter=letter,
                    pupils=25,
                )
                session.add(found)
            classes.append(found)
        session.flush()
        for number in terms:
            term = find_term(session, year, number)
            for i, school_class in enumerate(classes):
                for j, subject in enumerate(subjects):
                    teacher = teachers[(i + j) % len(teachers)]
                    n5, n4, n3, n2 = (rng.randint(0, 8) for _ in range(4))
                    na = rng.choice((0, 0, 1))
                    session.add(
                        ResultRow(
                            term_id=term.id,
                            class_id=school_class.id,
                            subject_id=subject.id,
                            teacher_id=teacher.id,
                            class_size=n5 + n4 + n3 + n2 + na + 2,
                            n5=n5,
                            n4=n4,
                            n3=n3,
                            n2=n2,
                            n1=0,
                            not_attested=na,
                            exempt=1,
                        )
                    )
                    written += 1
    return written


def add_observation(  # type: ignore[no-untyped-def]
    db: Database,
    school_id: int,
    teacher_id: int,
    day: date = date(2025, 10, 14),
    *,
    final: bool = True,
    seed: int = 3,
    topic: str = "Kasrlar",
):
    rng = random.Random(seed)
    with db.session() as session:
        template = session.scalar(
            select(ChecklistTemplate).where(ChecklistTemplate.code == "walkthrough")
        )
        school_class = session.scalar(select(SchoolClass).where(SchoolClass.school_id == school_id))
        subject = session.scalar(select(Subject).order_by(Subject.id))
        obs = Observation(
            school_id=school_id,
            teacher_id=teacher_id,
            observer="Inspector A",
            observed_on=day,
            lesson_period=2,
            class_id=school_class.id if school_class else None,
            subject_id=subject.id,
            topic=topic,
            purpose=Purpose.PLANNED_CONTROL,
            template_id=template.id,
            strengths="Good pace",
            recommendations="=1+1",
            status=ObservationStatus.FINAL if final else ObservationStatus.DRAFT,
        )
        session.add(obs)
        session.flush()
        items = []
        for section in template.sections:
            for criterion in section.criteria:
                value = rng.randint(template.scale_min, template.scale_max)
                obs.scores.append(
                    ObservationScore(criterion_id=criterion.id, score=value, comment="ok")
                )
                items.append(CriterionScore(value, criterion.weight))
        obs.score = observation_score(items, template.scale_min, template.scale_max)
        session.flush()
        return obs.id, obs.uuid


def school_id_of(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(School.id))
