"""The demo's entry point: a district of demo schools, each from its own seeded generator,
written in one transaction."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.services import audit
from eduqa_desktop.services.demo import names, texts
from eduqa_desktop.services.demo.graduates import write_graduates
from eduqa_desktop.services.demo.model import Counts
from eduqa_desktop.services.demo.planted import record_planted
from eduqa_desktop.services.demo.reference import Reference, load_reference
from eduqa_desktop.services.demo.school import build_school
from eduqa_desktop.services.demo.surveys import write_surveys
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.reference_data import install_reference_data
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import School
from eduqa_desktop.text import QT_TRANSLATE_NOOP

DEMO_SCHOOL_NAME = "Namuna 47-maktab"
SCHOOLS_PER_DISTRICT = 10


@dataclass(frozen=True)
class DemoSummary:
    schools: int
    teachers: int
    classes: int
    result_rows: int
    observations: int
    activities: int
    planned_visits: int


def generate_demo(
    db: Database,
    *,
    schools: int = 1,
    teachers_per_school: int = 40,
    years: int = 2,
    seed: int = 2025,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Write `schools` demo schools with `years` academic years ending with the one of `today`.

    Refuses (UserError) when the file already holds a school of one of the demo names. The
    first school is always `DEMO_SCHOOL_NAME`. `progress(done, total)` is called after each
    school; an exception raised from it rolls everything back.
    """
    if schools < 1 or teachers_per_school < 1 or years < 1:
        raise ValueError("schools, teachers_per_school and years must be at least 1")
    today = today or date.today()
    plans = _school_names(schools)
    counts = Counts()
    planted: list[dict[str, object]] = []
    with db.session() as session:
        taken = session.scalar(select(School.name).where(School.name.in_([p[0] for p in plans])))
        if taken is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "A school named “{name}” is already in this file."),
                name=taken,
            )
        install_reference_data(session)
        reference = load_reference(session, today, years, seed)
        for index, (name, district, region) in enumerate(plans):
            # Each school draws from its own generator, so its data do not depend on the
            # schools before it; the district's generator gives its schools the same two
            # methodologists.
            rng = random.Random(f"eduqa-demo:{seed}:{index}")
            district_rng = random.Random(f"eduqa-demo:{seed}:{district}")
            methodologists = [names.person(district_rng)[0] for _ in range(2)]
            planted += build_school(
                session,
                reference,
                rng,
                counts,
                methodologists,
                name=name,
                district=district,
                region=region,
                teacher_count=teachers_per_school,
                plant_rng=random.Random(f"eduqa-demo:{seed}:{index}:planted"),
            )
            _write_voices(session, reference, name, f"eduqa-demo:{seed}:{index}:voices")
            if progress is not None:
                progress(index + 1, schools)
        record_planted(session, planted, random.Random(f"eduqa-demo:{seed}:planted"))
        audit.record(
            session,
            "generate",
            "demo",
            after={"schools": schools, "teachers_per_school": teachers_per_school,
                   "years": years, "seed": seed, "today": today.isoformat()},
        )  # fmt: skip
    return DemoSummary(schools=schools, **asdict(counts))


def _write_voices(session: Session, reference: Reference, name: str, seed: str) -> None:
    """Surveys and graduates, from a generator of their own: the rest of the demo (and what
    other steps plant in it) stays the same draw for draw."""
    school_id = session.scalar(select(School.id).where(School.name == name))
    assert school_id is not None
    rng = random.Random(seed)
    write_surveys(session, reference, school_id, rng)
    write_graduates(session, reference, school_id, rng)


def _school_names(schools: int) -> list[tuple[str, str, str]]:
    """(name, district, region) of each school: the first is DEMO_SCHOOL_NAME."""
    numbers = [n for n in range(1, schools + 1) if n != 47][: schools - 1]
    result = []
    for index, number in enumerate([47, *numbers]):
        district, region = texts.DISTRICTS[(index // SCHOOLS_PER_DISTRICT) % len(texts.DISTRICTS)]
        result.append((f"Namuna {number}-maktab", district, region))
    return result
