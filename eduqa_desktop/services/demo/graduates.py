"""Where the demo school's graduates went: grades 9 and 11 of every year that has ended.

The cohort is the pupils of the year's grade-9 (or 11) classes; each goes to a destination
drawn from shares typical of an Uzbek general school — after grade 9 most stay for grades
10–11 or go to a college or technikum, after grade 11 to a university, a college, work, or
dual education or an internship with one of the school's partner organisations. The partners
and their placements are written too. Draws come from the school's own `voices` generator.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.graduates import GRADUATING_GRADES, Destination, partner_key
from eduqa_desktop.services.demo.bulk_insert import BulkWriter
from eduqa_desktop.services.demo.randomness import weighted
from eduqa_desktop.services.demo.reference import Reference
from eduqa_desktop.storage.models import SchoolClass
from eduqa_desktop.storage.survey_models import (
    GraduateCohort,
    GraduateDestination,
    GraduatePlacement,
    PartnerOrganisation,
)

G = Destination
SHARES: dict[int, tuple[tuple[Destination, float], ...]] = {
    9: ((G.GRADE_10, 0.52), (G.COLLEGE, 0.26), (G.LYCEUM, 0.09), (G.DUAL_EDUCATION, 0.05),
        (G.EMPLOYED, 0.02), (G.OTHER, 0.02), (G.UNKNOWN, 0.04)),
    11: ((G.UNIVERSITY, 0.36), (G.COLLEGE, 0.18), (G.EMPLOYED, 0.14), (G.DUAL_EDUCATION, 0.08),
         (G.INTERNSHIP, 0.07), (G.OTHER, 0.07), (G.UNKNOWN, 0.10)),
}  # fmt: skip
# (name, sector): the district's employers, colleges and enterprises
PARTNERS = (
    ("“Oʻzbekiston temir yoʻllari” AJ depo", "Transport"),
    ("Hududiy elektr tarmoqlari korxonasi", "Energetika"),
    ("“Agromash” zavodi", "Mashinasozlik"),
    ("Tuman koʻp tarmoqli tibbiyot markazi", "Sogʻliqni saqlash"),
    ("“Sifat Textile” MChJ", "Toʻqimachilik"),
    ("Qurilish texnikumi", "Taʼlim"),
)
WITH_PARTNER = (G.DUAL_EDUCATION, G.INTERNSHIP, G.EMPLOYED)
EMPLOYED_WITH_PARTNER = 0.4  # of those who started work, how many at a partner


def write_graduates(
    session: Session, reference: Reference, school_id: int, rng: random.Random
) -> int:
    """Write the cohorts of every ended year; returns how many graduates in all."""
    writer = BulkWriter(session, rng, reference.now)
    partners = rng.sample(PARTNERS, rng.randint(3, 5))
    partner_ids = writer.insert(
        PartnerOrganisation,
        [
            {"school_id": school_id, "name": name, "name_key": partner_key(name), "sector": sector}
            for name, sector in partners
        ],
        ids=True,
    )
    total = 0
    for year in reference.years:
        if not year.quarters or max(q.end for q in year.quarters) >= reference.today:
            continue  # the year's pupils have not graduated yet
        for grade in GRADUATING_GRADES:
            pupils = session.scalar(
                select(func.coalesce(func.sum(SchoolClass.pupils), 0)).where(
                    SchoolClass.school_id == school_id,
                    SchoolClass.academic_year_id == year.id,
                    SchoolClass.grade == grade,
                )
            )
            if pupils:
                _write_cohort(writer, school_id, year.id, grade, int(pupils), partner_ids)
                total += int(pupils)
    return total


def _write_cohort(
    writer: BulkWriter,
    school_id: int,
    year_id: int,
    grade: int,
    pupils: int,
    partner_ids: list[int],
) -> None:
    rng = writer.rng
    went = Counter(weighted(rng, SHARES[grade]) for _ in range(pupils))
    (cohort_id,) = writer.insert(
        GraduateCohort,
        [{"school_id": school_id, "academic_year_id": year_id, "grade": grade, "note": ""}],
        ids=True,
    )
    writer.insert(
        GraduateDestination,
        [
            {"cohort_id": cohort_id, "destination": destination, "graduates": count}
            for destination, count in sorted(went.items())
        ],
    )
    placed: Counter[tuple[int, Destination]] = Counter()
    for destination in WITH_PARTNER:
        for _ in range(went.get(destination, 0)):
            if destination is G.EMPLOYED and rng.random() > EMPLOYED_WITH_PARTNER:
                continue
            placed[(rng.choice(partner_ids), destination)] += 1
    rows: list[dict[str, Any]] = [
        {"cohort_id": cohort_id, "partner_id": partner, "destination": destination,
         "graduates": count}
        for (partner, destination), count in sorted(placed.items())
    ]  # fmt: skip
    writer.insert(GraduatePlacement, rows)
