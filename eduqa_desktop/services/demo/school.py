"""One demo school, built step by step in an order that keeps the random draws (and so the
data) the same for the same seed."""

from __future__ import annotations

import random

from sqlalchemy.orm import Session

from eduqa_desktop.services.demo import names
from eduqa_desktop.services.demo.activities import write_activities
from eduqa_desktop.services.demo.bulk_insert import BulkWriter
from eduqa_desktop.services.demo.instruments import write_instruments
from eduqa_desktop.services.demo.model import Counts, DemoSchool
from eduqa_desktop.services.demo.observations import write_observations
from eduqa_desktop.services.demo.personnel import write_departments, write_teachers
from eduqa_desktop.services.demo.reference import Reference
from eduqa_desktop.services.demo.results import write_results
from eduqa_desktop.services.demo.school_classes import make_classes, write_classes
from eduqa_desktop.services.demo.staffing import make_teachers
from eduqa_desktop.storage.models import School


def build_school(
    session: Session,
    reference: Reference,
    rng: random.Random,
    counts: Counts,
    methodologists: list[str],
    *,
    plant_rng: random.Random,
    name: str,
    district: str,
    region: str,
    teacher_count: int,
) -> list[dict[str, object]]:
    """Write one school with its staff, classes, results, observations, plan and activities;
    returns the cases planted in it (`services.demo.planted`), as JSON.

    Every step draws from `rng` in turn, so the order below is part of the data: moving a step
    changes every school generated from then on.
    """
    vice_principal = names.person(rng, female=True)[0]
    director = names.person(rng, female=False)[0]
    school = DemoSchool(
        writer=BulkWriter(session, rng, reference.now),
        ref=reference,
        rng=rng,
        counts=counts,
        methodologists=methodologists,
        vice_principal=vice_principal,
        director=director,
        plant_rng=plant_rng,
    )
    (school.id,) = school.writer.insert(
        School, [{"name": name, "district": district, "region": region}], ids=True
    )
    department_ids = write_departments(school)
    make_classes(school)
    make_teachers(school, teacher_count)
    write_teachers(school, department_ids)
    write_classes(school)
    write_results(school)
    write_observations(school)
    write_activities(school)
    write_instruments(school)  # last, with a generator of its own: the steps above stay alike
    return [case.to_json(name) for case in school.planted]
