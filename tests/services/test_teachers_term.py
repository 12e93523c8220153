"""The staff list as of a chosen quarter: which quarters are offered, which one it opens on,
and which numbers follow the quarter (quality in it; observations, last course, flags as of it)."""

from __future__ import annotations

from datetime import date

import pytest
from teacher_world import TODAY, YEAR, World

from eduqa_desktop.services.attention import teacher_signals
from eduqa_desktop.services.indicators import GroupBy, indicator_table
from eduqa_desktop.services.teacher_profile import teacher_profile
from eduqa_desktop.services.teachers import PdStatus, staff_list, staff_terms
from eduqa_desktop.storage.database import Database

DEMO_TODAY = date(2026, 11, 25)  # the demo_db fixture's day (quarter 2 of 2026-2027)


@pytest.fixture
def world(school_db: Database) -> World:
    return World(school_db)


def test_without_results_the_list_opens_on_the_quarter_going_on(world: World) -> None:
    terms = staff_terms(world.db, world.school_id, today=TODAY)
    # Quarters 3 and 4 have not begun on 1 December: they are not offered.
    assert [(t.year, t.number) for t in terms.terms] == [(YEAR, 1), (YEAR, 2)]
    assert not any(t.has_results for t in terms.terms)
    assert terms.default is not None and (terms.default.year, terms.default.number) == (YEAR, 2)
    assert terms.years == (YEAR,)
    assert terms.find(YEAR, 1) is terms.terms[0] and terms.find(YEAR, 3) is None


def test_the_list_opens_on_the_latest_quarter_with_results(world: World) -> None:
    teacher = world.teacher("Karimova Dilnoza", subjects=("Algebra",))
    world.results(1, teacher, world.school_class("6-B", 6, 20), "Algebra", n5=4, n4=6, n3=10)
    terms = staff_terms(world.db, world.school_id, today=TODAY)
    assert [t.has_results for t in terms.terms] == [True, False]
    assert terms.default is not None and (terms.default.year, terms.default.number) == (YEAR, 1)


def test_before_the_year_begins_the_first_quarter_is_offered(world: World) -> None:
    terms = staff_terms(world.db, world.school_id, today=date(2025, 8, 1))
    assert [(t.year, t.number) for t in terms.terms] == [(YEAR, 1)]
    assert terms.default == terms.terms[0]


def test_an_empty_database_offers_no_quarter(db: Database) -> None:
    terms = staff_terms(db, 1, today=TODAY)
    assert terms.terms == () and terms.default is None and terms.years == ()


def test_a_quarter_without_results_keeps_every_teacher_with_no_quality(world: World) -> None:
    first = world.teacher("Aliyeva Malika", subjects=("Algebra",))
    second = world.teacher("Boboyev Sardor", subjects=("Geometry",))
    world.results(1, first, world.school_class("7-A", 7, 25), "Algebra", n5=5, n4=10, n3=10)
    staff = staff_list(world.db, world.school_id, year=YEAR, term=2, today=TODAY)
    assert not staff.has_results
    assert [r.id for r in staff.rows] == [first, second]
    assert all(r.quality is None for r in staff.rows)
    staff = staff_list(world.db, world.school_id, year=YEAR, term=1, today=TODAY)
    assert staff.has_results
    assert staff.rows[0].quality == pytest.approx(60.0)
    assert staff.rows[1].quality is None  # no results of hers in the quarter


def test_each_number_follows_the_chosen_quarter(world: World) -> None:
    teacher = world.teacher("Sharipova Gulnora", subjects=("Algebra",), last_pd=None)
    class_a = world.school_class("7-A", 7, 20)
    world.results(1, teacher, class_a, "Algebra", n5=2, n4=8, n3=10)  # 50 %
    world.results(2, teacher, class_a, "Algebra", n5=5, n4=10, n3=5)  # 75 %
    world.observation(teacher, date(2025, 10, 15), score=40.0)
    world.observation(teacher, date(2025, 11, 25), score=80.0)
    world.activity(teacher, "pd_course", date(2025, 11, 15), 72)

    def row(term: int):  # type: ignore[no-untyped-def]
        staff = staff_list(world.db, world.school_id, year=YEAR, term=term, today=TODAY)
        return staff.scope, staff.rows[0]

    scope, first = row(1)
    assert scope.as_of == date(2025, 10, 31)  # the quarter's last day
    assert (first.quality, first.observations, first.average_score) == (
        pytest.approx(50.0),
        1,
        pytest.approx(40.0),
    )
    assert first.last_course is None and first.pd_status is PdStatus.NONE  # the course came later
    scope, second = row(2)
    assert scope.as_of == TODAY  # the quarter is going on
    assert (second.quality, second.observations, second.average_score) == (
        pytest.approx(75.0),
        2,
        pytest.approx(60.0),
    )
    assert second.last_course == date(2025, 11, 15) and second.pd_status is PdStatus.CURRENT
    for term, shown in ((1, first), (2, second)):
        assert shown.signals == len(
            teacher_signals(world.db, teacher, year=YEAR, term=term, today=TODAY)
        )
    assert first.signals > second.signals  # no course on record by 31 October


def test_quality_is_the_indicator_table_of_the_quarter(demo_db: Database) -> None:
    """The same numbers as Results ▸ indicators by teacher (and `eduqa indicators`)."""
    terms = staff_terms(demo_db, 1, today=DEMO_TODAY)
    checked = 0
    for term in terms.terms:
        staff = staff_list(demo_db, 1, year=term.year, term=term.number, today=DEMO_TODAY)
        assert staff.has_results == term.has_results
        table = {
            line.key: line.indicators.quality
            for line in indicator_table(
                demo_db, school_id=1, year=term.year, term=term.number, by=GroupBy.TEACHER
            )
        }
        shown = {r.id: r.quality for r in staff.rows if r.quality is not None}
        assert shown == pytest.approx(table)
        checked += bool(table)
    assert checked >= 5  # four quarters of 2025-2026 and the first of 2026-2027


def test_the_list_agrees_with_the_profile_of_the_same_quarter(demo_db: Database) -> None:
    year, term = "2025-2026", 3
    rows = staff_list(demo_db, 1, year=year, term=term, today=DEMO_TODAY).rows
    active = [r for r in rows if r.active]
    for row in sorted(active, key=lambda r: (-r.signals, -r.observations))[:5]:
        profile = teacher_profile(demo_db, row.id, year=year, term=term, today=DEMO_TODAY)
        assert profile.observations_this_year == row.observations
        assert profile.average_this_year == pytest.approx(row.average_score)
        assert len(profile.signals) == row.signals
        assert profile.pd.last_course == row.last_course
