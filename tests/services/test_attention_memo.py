"""A district's attention lists are computed once while the data stays the same, and afresh
after any change: never an answer from before a change."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from engines import copy_location, new_location
from sqlalchemy import delete, select

from eduqa_desktop.services import attention
from eduqa_desktop.services.attention import district_attention, school_attention
from eduqa_desktop.services.attention_memo import forget_all
from eduqa_desktop.services.demo import generate_demo
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import ResultRow, School, SchoolClass

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def district_template(tmp_path_factory: pytest.TempPathFactory) -> Path | str:
    path = new_location(tmp_path_factory.mktemp("memo"), "memo", keep=True)
    database = open_database(path)
    generate_demo(database, schools=3, teachers_per_school=12, years=1, seed=7, today=TODAY)
    database.close()
    return path


@pytest.fixture
def district(district_template: Path | str, tmp_path: Path) -> Iterator[Database]:
    forget_all()
    database = open_database(copy_location(district_template, tmp_path, "district"))
    yield database
    database.close()
    forget_all()


@pytest.fixture
def computations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many schools each real computation of the lists covered."""
    done: list[int] = []
    compute = attention._computed_lists

    def counted(session, scopes, thresholds):  # type: ignore[no-untyped-def]
        done.append(len(scopes))
        return compute(session, scopes, thresholds)

    monkeypatch.setattr(attention, "_computed_lists", counted)
    return done


def test_the_same_question_on_the_same_data_is_answered_once(
    district: Database, computations: list[int]
) -> None:
    first = district_attention(district, today=TODAY)
    again = district_attention(district, today=TODAY)
    assert computations == [3]
    assert again == first and any(school.rows for school in first)


def test_a_change_by_anyone_gives_a_fresh_answer_equal_to_a_cold_one(
    district: Database, computations: list[int]
) -> None:
    before = district_attention(district, today=TODAY)
    with district.session() as session:
        first_school = session.scalar(select(School.id).order_by(School.id))
        classes = select(SchoolClass.id).where(SchoolClass.school_id == first_school)
        session.execute(delete(ResultRow).where(ResultRow.class_id.in_(classes)))
    after = district_attention(district, today=TODAY)
    assert computations == [3, 3]
    assert after != before
    forget_all()
    assert district_attention(district, today=TODAY) == after


def test_another_term_or_one_school_is_not_taken_from_the_kept_answer(
    district: Database, computations: list[int]
) -> None:
    district_attention(district, today=TODAY)
    district_attention(district, year="2026-2027", term=1, today=TODAY)
    with district.session() as session:
        school_id = session.scalar(select(School.id).order_by(School.id))
    school_attention(district, school_id, today=TODAY)
    school_attention(district, school_id, today=TODAY)
    assert computations == [3, 3, 1, 1]  # one school is quick: always computed


def test_one_schools_comparison_with_the_district_follows_a_change_in_another_school(
    district: Database,
) -> None:
    with district.session() as session:
        first, second = session.scalars(select(School.id).order_by(School.id).limit(2)).all()
    school_attention(district, first, today=TODAY)  # the district's pooled counts now kept
    with district.session() as session:
        classes = select(SchoolClass.id).where(SchoolClass.school_id == second)
        session.execute(delete(ResultRow).where(ResultRow.class_id.in_(classes)))
    after = school_attention(district, first, today=TODAY)
    forget_all()
    assert school_attention(district, first, today=TODAY) == after
