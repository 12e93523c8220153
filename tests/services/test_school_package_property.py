"""A property of the school → district exchange: for any small school (people in Latin or
Cyrillic, clashing personnel numbers, drafts and finals, an edited checklist) that keeps
working between its packages (corrections, deleted drafts, renamed teachers, new lessons),
every package the district receives goes in without an exception, loses nothing the district
had or the school sent, and the same package received twice changes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from package_world import (
    build_side,
    fresh_database,
    later_moves,
    observation_uuids,
    school_id,
    side,
)
from sqlalchemy import select

from eduqa_desktop.services.school_packages import export_school_package
from eduqa_desktop.services.school_packages.receive import receive_packages
from eduqa_desktop.services.schools import database_info
from eduqa_desktop.storage.database import open_database
from eduqa_desktop.storage.models import Teacher


def _teacher_uuids(db):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return set(session.scalars(select(Teacher.uuid)))


def _counts(db):  # type: ignore[no-untyped-def]
    return dict(database_info(db).row_counts)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(school_side=side)
def test_the_district_receives_every_package_of_a_working_school(school_side):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        school = fresh_database(Path(folder), "school")
        district = open_database(Path(folder) / "district.sqlite3")
        try:
            teachers = build_side(school, school_side)
            for round_ in range(2):
                path = Path(folder) / f"package-{round_}.xlsx"
                export_school_package(school, school_id(school), path, year="2025-2026")
                had = observation_uuids(district)
                [first] = receive_packages(district, [path]).files
                assert first.written and not first.errors, first.errors
                now = observation_uuids(district)
                assert had <= now and observation_uuids(school) <= now
                assert _teacher_uuids(school) <= _teacher_uuids(district)
                snapshot = _counts(district)
                [again] = receive_packages(district, [path]).files
                assert again.written and (again.created, again.updated) == (0, 0)
                assert _counts(district) == snapshot and not again.conflicts
                later_moves(school, school_side, teachers)
        finally:
            school.close()
            district.close()
