"""Calibration: the attention list finds the cases the demo generator planted.

In each demo school the generator plants two teachers whose classes fall far behind their
parallel classes, one whose classes decline two quarters running and one whose lessons are
weak (`services.demo.planted`). The list's top fifth must hold at least 90 % of them and flag
at most a quarter of the staff — on the demo school and on a small district (five schools, so
that the district's peers count too; `benchmarks/bench_attention.py` prints 20 and 300).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from eduqa_desktop.services.attention_calibration import calibrate, planted_cases
from eduqa_desktop.services.demo import generate_demo
from eduqa_desktop.storage.database import Database, open_database

DISTRICT_SCHOOLS = 5
DEMO_TODAY = date(2026, 11, 25)  # the demo_db fixture's day and seed
DEMO_SEED = 2025


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Database:
    path: Path = tmp_path_factory.mktemp("district") / "district.sqlite3"
    db = open_database(path)
    generate_demo(db, schools=DISTRICT_SCHOOLS, seed=DEMO_SEED, today=DEMO_TODAY)
    return db


def test_every_school_has_its_planted_cases(district: Database) -> None:
    cases = planted_cases(district)
    per_school = Counter(c.school for c in cases)
    assert len(per_school) == DISTRICT_SCHOOLS
    kinds = Counter(c.kind for c in cases)
    assert kinds == {
        "behind_peers": 2 * DISTRICT_SCHOOLS,
        "decline": DISTRICT_SCHOOLS,
        "weak_lessons": DISTRICT_SCHOOLS,
    }
    # four different teachers in each school, each with the classes planted
    assert len({(c.school, c.teacher_id) for c in cases}) == len(cases)
    assert all(len(c.lessons) == 2 for c in cases if c.kind != "weak_lessons")


def test_the_demo_school_list_holds_the_planted_cases(demo_db: Database) -> None:
    found = calibrate(demo_db, today=DEMO_TODAY)
    assert len(found.planted) == 4
    assert found.found_share >= 0.9, found.missed
    assert 0 < found.listed_share <= 0.25
    assert found.staff == 38


def test_the_district_lists_hold_the_planted_cases(district: Database) -> None:
    found = calibrate(district, today=DEMO_TODAY)
    assert len(found.planted) == 4 * DISTRICT_SCHOOLS
    assert found.found_share >= 0.9, found.missed
    assert 0 < found.listed_share <= 0.25


def test_a_database_the_demo_did_not_make_has_nothing_planted(school_db: Database) -> None:
    found = calibrate(school_db, today=DEMO_TODAY)
    assert found.planted == () and found.found_share == 1.0
