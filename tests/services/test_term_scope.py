"""The scope of an analysis: the term chosen, the latest term with results, refusals."""

from __future__ import annotations

from datetime import date

import pytest
from teacher_world import World

from eduqa_desktop.services.attention import school_attention
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.term_scope import resolve_scope
from eduqa_desktop.storage.database import Database


@pytest.fixture
def world(school_db: Database) -> World:
    return World(school_db)


def test_the_results_term_is_the_latest_with_results(world: World) -> None:
    """In the third quarter, before its results are in, the results are the second's."""
    teacher = world.teacher("Nazarov Jasur", subjects=("Algebra",))
    class_a = world.school_class("7-A", 7, 25)
    world.results(1, teacher, class_a, "Algebra", n5=10, n4=10, n3=5)
    world.results(2, teacher, class_a, "Algebra", n5=5, n4=10, n3=10)
    with world.db.session() as session:
        scope = resolve_scope(session, world.school_id, today=date(2026, 1, 25))
    assert scope.term is not None and scope.term.number == 3
    assert scope.results_term is not None and scope.results_term.number == 2
    assert scope.previous_results_term is not None and scope.previous_results_term.number == 1
    assert scope.as_of == date(2026, 1, 25)


def test_an_unknown_year_or_term_is_refused(world: World) -> None:
    with pytest.raises(UserError, match="2030-2031"):
        school_attention(world.db, world.school_id, year="2030-2031")
    with pytest.raises(UserError, match="not an academic year"):
        school_attention(world.db, world.school_id, year="2025")
    with pytest.raises(UserError, match="quarter 7"):
        school_attention(world.db, world.school_id, year="2025-2026", term=7)


def test_an_empty_database_lists_no_one(db: Database) -> None:
    assert school_attention(db, 1).rows == ()
