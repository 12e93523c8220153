"""A property of the inspector ↔ school exchange: for any two small databases that were never
one — the same people spelled in Latin or Cyrillic, personnel numbers that clash, drafts and
finals, a checklist edited on either side, then corrections, deleted drafts and renamed
teachers — packages sent both ways, twice, never raise, never lose an observation, and the
second sending of the same package changes nothing — and a deleted observation stays deleted
on both sides once the packages have gone both ways. A fixed seed and few examples keep it to
a few seconds in CI."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from package_world import (
    build_side,
    counts,
    fresh_database,
    later_moves,
    observation_uuids,
    send,
    side,
    tombstones,
)


def _exchange(source, target, path):  # type: ignore[no-untyped-def]
    before = observation_uuids(target)
    sent = observation_uuids(source)
    plan = send(source, target, path)
    assert plan.written, plan.errors
    after = observation_uuids(target)
    assert before - after <= tombstones(source)  # nothing here is lost but what was deleted there
    assert sent - tombstones(target) <= after  # nothing sent is lost, unless deleted here
    snapshot = counts(target)
    again = send(source, target, path)  # the same package a second time
    assert again.written and (again.created, again.updated) == (0, 0)
    assert counts(target) == snapshot
    return plan


@seed(20261204)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(school_side=side, laptop_side=side)
def test_packages_both_ways_twice_never_break(school_side, laptop_side):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        school = fresh_database(Path(folder), "school")
        laptop = fresh_database(Path(folder), "laptop")
        try:
            school_teachers = build_side(school, school_side)
            laptop_teachers = build_side(laptop, laptop_side)
            for _ in range(2):
                _exchange(laptop, school, Path(folder) / "to-school.xlsx")
                _exchange(school, laptop, Path(folder) / "to-laptop.xlsx")
                gone = tombstones(school) | tombstones(laptop)
                assert not gone & (observation_uuids(school) | observation_uuids(laptop))
                later_moves(school, school_side, school_teachers)
                later_moves(laptop, laptop_side, laptop_teachers)
        finally:
            school.close()
            laptop.close()
