"""District-wide attention signals (every school in one computation, as the Dashboard and the
district report read them) are exactly the signals of each school on its own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from engines import copy_location, new_location
from sqlalchemy import delete, select

from eduqa_desktop.domain.signals import SignalKind
from eduqa_desktop.services.attention import (
    SignalDTO,
    school_signals_of,
    teacher_signals,
)
from eduqa_desktop.services.attention_facts import district_last_courses, last_courses
from eduqa_desktop.services.demo import generate_demo
from eduqa_desktop.services.term_scope import load_thresholds_in, resolve_scope, resolve_scopes
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import AcademicYear, ResultRow, School, SchoolClass, Term

TODAY = date(2026, 11, 25)
# quarter 1 (compared with quarter 4 of the year before, the pupils one grade up), later
# quarters of a finished year, and the quarter going on today
TERMS = [("2026-2027", 1), ("2025-2026", 4), ("2025-2026", 2), (None, None)]


@pytest.fixture(scope="module")
def district_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = new_location(tmp_path_factory.mktemp("district"), "district", keep=True)
    database = open_database(path)
    generate_demo(database, schools=3, teachers_per_school=40, seed=2025, today=TODAY)
    database.close()
    return path


@pytest.fixture
def district(district_template: Path, tmp_path: Path) -> Iterator[Database]:
    target = copy_location(district_template, tmp_path, "district")
    database = open_database(target)
    yield database
    database.close()


def _school_ids(db: Database) -> list[int]:
    with db.session() as session:
        return list(session.scalars(select(School.id).order_by(School.id)))


_Lines = dict[int, list[tuple[object, ...]]]


def _lines(signals: dict[int, tuple[SignalDTO, ...]]) -> _Lines:
    return {
        tid: [(s.kind, s.severity, s.message_template, dict(s.params)) for s in found]
        for tid, found in signals.items()
    }


def _signals(db: Database, school_ids: list[int], year: str | None, term: int | None) -> dict:  # type: ignore[type-arg]
    with db.session() as session:
        scopes = resolve_scopes(session, school_ids, year=year, term=term, today=TODAY)
        found = school_signals_of(session, scopes, load_thresholds_in(session))
    return {sid: _lines(dict(f.by_teacher)) for sid, f in found.items()}


def _assert_same_as_school_by_school(db: Database, year: str | None, term: int | None) -> Counter:
    together = _signals(db, _school_ids(db), year, term)
    kinds: Counter = Counter()
    for school_id in _school_ids(db):
        alone = _signals(db, [school_id], year, term)[school_id]
        assert alone, f"school {school_id} has no signal in {year} {term}: a weak comparison"
        assert together[school_id] == alone, (school_id, year, term)
        kinds.update(line[0] for lines in alone.values() for line in lines)
    return kinds


@pytest.mark.parametrize(("year", "term"), TERMS)
def test_district_signals_are_the_signals_of_each_school(
    district: Database, year: str | None, term: int | None
) -> None:
    kinds = _assert_same_as_school_by_school(district, year, term)
    assert kinds[SignalKind.FOLLOW_UP_OVERDUE] and kinds[SignalKind.RESULTS_BEHIND_PEERS]


def test_the_kinds_of_signal_are_compared(district: Database) -> None:
    kinds: Counter = Counter()
    for year, term in TERMS:
        kinds += _assert_same_as_school_by_school(district, year, term)
    missing = set(SignalKind) - set(kinds)
    # the demo's new teachers all have a visit or a mentor
    assert missing <= {SignalKind.NEW_TEACHER_UNSUPPORTED}, kinds


def test_schools_with_different_results_terms(district: Database) -> None:
    """One school without results in quarter 1 compares quarter 4 with quarter 3 while the
    others compare quarter 1 with quarter 4: each is judged on its own results term."""
    first, *others = _school_ids(district)
    with district.session() as session:
        term_id = session.scalar(
            select(Term.id)
            .join(AcademicYear)
            .where(AcademicYear.name == "2026-2027", Term.number == 1)
        )
        classes = select(SchoolClass.id).where(SchoolClass.school_id == first)
        session.execute(
            delete(ResultRow).where(ResultRow.term_id == term_id, ResultRow.class_id.in_(classes))
        )
        scopes = resolve_scopes(session, [first, *others], year="2026-2027", term=1, today=TODAY)
        for school_id, scope in scopes.items():
            assert scope == resolve_scope(session, school_id, year="2026-2027", term=1, today=TODAY)
    assert scopes[first].results_term is not None
    assert (scopes[first].results_term.year, scopes[first].results_term.number) == (
        "2025-2026",
        4,
    )
    assert all(scopes[s].results_term == scopes[others[0]].results_term for s in others)
    assert scopes[others[0]].results_term.number == 1
    kinds = _assert_same_as_school_by_school(district, "2026-2027", 1)
    assert kinds[SignalKind.RESULTS_BEHIND_PEERS]


def test_last_courses_of_the_district_are_those_of_each_school(district: Database) -> None:
    with district.session() as session:
        together = district_last_courses(session, _school_ids(district), TODAY)
        for school_id in _school_ids(district):
            assert together[school_id] == last_courses(session, school_id, TODAY)
        assert any(day is None for day in together[school_id].values())


def test_one_teacher_and_an_empty_district(district: Database) -> None:
    school_id = _school_ids(district)[0]
    lines = _signals(district, [school_id], "2026-2027", 1)[school_id]
    teacher = next(iter(lines))
    mine = teacher_signals(district, teacher, year="2026-2027", term=1, today=TODAY)
    assert _lines({teacher: tuple(mine)})[teacher] == lines[teacher]
    with district.session() as session:
        assert resolve_scopes(session, [], year="2026-2027", term=1, today=TODAY) == {}
        assert school_signals_of(session, {}, load_thresholds_in(session)) == {}
