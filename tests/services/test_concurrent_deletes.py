"""Deleting a results row or a planned visit that someone else saved after it was read: the
delete is refused with their version (EditConflict), nothing deleted — whether the other save
came long before or in the instant between reading and deleting; deleting again from the
version now saved ("delete all the same") goes through. On both engines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from observation_seed import Seeded, seed
from results_world import World, build_world
from sqlalchemy.orm.exc import StaleDataError

from eduqa_desktop.services.conflicts import EditConflict
from eduqa_desktop.services.results import (
    ResultInput,
    ResultLine,
    delete_result_row,
    result_lines,
    save_results,
)
from eduqa_desktop.services.visit_plan import (
    PlannedVisitInput,
    add_visit,
    delete_visits,
    list_plan,
    update_visit,
)
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import ResultRow, VisitPlanEntry


@pytest.fixture
def world(school_db: Database) -> World:
    return build_world(school_db)


def _lines(db: Database, world: World) -> list[ResultLine]:
    return result_lines(db, school_id=world.school_id, term_id=world.q4)


def _typed(line: ResultLine, n5: int) -> ResultInput:
    return ResultInput(
        line.class_name, line.subject_id, line.teacher_id, line.class_size,
        n5=n5, n4=line.n4, n3=line.n3, n2=line.n2, n1=line.n1,
        not_attested=line.not_attested, exempt=line.exempt,
        id=line.id, version=line.row_version,
    )  # fmt: skip


def _someone_saves(db: Database, world: World, line: ResultLine, n5: int) -> None:
    save_results(db, school_id=world.school_id, term_id=world.q4, rows=[_typed(line, n5)])


def test_a_grid_deleting_a_row_someone_changed_gets_their_version(
    school_db: Database, world: World
) -> None:
    [line, *_] = _lines(school_db, world)  # read by the grid, then deleted there
    _someone_saves(school_db, world, line, 1)
    with pytest.raises(EditConflict) as lost:
        save_results(school_db, school_id=world.school_id, term_id=world.q4, rows=[],
                     delete_ids={line.id: line.row_version})  # fmt: skip
    [theirs] = lost.value.theirs
    assert (theirs.id, theirs.n5) == (line.id, 1) and theirs.row_version > line.row_version
    assert line.id in {x.id for x in _lines(school_db, world)}  # not deleted
    summary = save_results(school_db, school_id=world.school_id, term_id=world.q4, rows=[],
                           delete_ids={line.id: theirs.row_version})  # fmt: skip
    assert summary.deleted == 1 and line.id not in {x.id for x in _lines(school_db, world)}


def test_a_grid_deleting_an_unchanged_row_deletes_it(school_db: Database, world: World) -> None:
    [line, other, *_] = _lines(school_db, world)
    _someone_saves(school_db, world, other, 1)  # another row: no conflict
    summary = save_results(school_db, school_id=world.school_id, term_id=world.q4, rows=[],
                           delete_ids={line.id: line.row_version})  # fmt: skip
    assert summary.deleted == 1


def test_deleting_one_row_from_a_stale_version(school_db: Database, world: World) -> None:
    [line, *_] = _lines(school_db, world)
    _someone_saves(school_db, world, line, 2)
    with pytest.raises(EditConflict) as lost:
        delete_result_row(school_db, line.id, expected_version=line.row_version)
    [theirs] = lost.value.theirs
    assert theirs.n5 == 2
    assert line.id in {x.id for x in _lines(school_db, world)}
    delete_result_row(school_db, line.id, expected_version=theirs.row_version)
    assert line.id not in {x.id for x in _lines(school_db, world)}


def test_a_save_between_reading_and_deleting_a_row_is_caught(
    school_db: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eduqa_desktop.services import conflicts, results

    [line, *_] = _lines(school_db, world)
    check = conflicts.check_version

    def someone_saves_meanwhile(record, expected, theirs) -> None:  # type: ignore[no-untyped-def]
        check(record, expected, theirs)  # the version read still fits…
        with school_db.session() as other:  # …then another PC saves, before the DELETE
            other.get(ResultRow, line.id).n5 = 3

    monkeypatch.setattr(results, "check_version", someone_saves_meanwhile)
    with pytest.raises(EditConflict) as lost:
        delete_result_row(school_db, line.id, expected_version=line.row_version)
    assert [x.n5 for x in lost.value.theirs] == [3]
    assert line.id in {x.id for x in _lines(school_db, world)}


def _race_to_change_and_delete(db: Database, model: type, row_id: int, change) -> None:  # type: ignore[no-untyped-def]
    """The database level: the version column makes the late DELETE match no row."""
    with db.session() as one, db.session() as two:
        a, b = one.get(model, row_id), two.get(model, row_id)
        change(a)
        one.commit()
        two.delete(b)
        with pytest.raises(StaleDataError):
            two.flush()
        two.rollback()
    with db.session() as session:
        assert session.get(model, row_id) is not None


def test_two_sessions_racing_to_change_and_delete_a_row(school_db: Database, world: World) -> None:
    [line, *_] = _lines(school_db, world)
    _race_to_change_and_delete(school_db, ResultRow, line.id, lambda row: setattr(row, "n5", 0))


@pytest.fixture
def plan(school_db: Database) -> tuple[Seeded, PlannedVisitInput, int]:
    seeded = seed(school_db)
    planned = PlannedVisitInput(seeded.school_id, seeded.teachers["Karimov"], 2025, 11)
    return seeded, planned, add_visit(school_db, planned)


def _line(db: Database, seeded: Seeded, entry_id: int):  # type: ignore[no-untyped-def]
    lines = list_plan(db, seeded.school_id, (2025, 9), (2026, 6), today=date(2025, 10, 1))
    return next((x for x in lines if x.id == entry_id), None)


def test_deleting_a_planned_visit_someone_changed(school_db: Database, plan) -> None:  # type: ignore[no-untyped-def]
    seeded, planned, entry_id = plan
    opened = _line(school_db, seeded, entry_id)
    update_visit(school_db, entry_id, replace(planned, note="Ochiq dars"),
                 expected_version=opened.row_version)  # fmt: skip
    with pytest.raises(EditConflict) as lost:
        delete_visits(school_db, {entry_id: opened.row_version})
    [(lost_id, theirs)] = lost.value.theirs.items()
    assert lost_id == entry_id and theirs.data.note == "Ochiq dars"
    assert lost.value.saved_at is not None
    assert _line(school_db, seeded, entry_id) is not None  # not deleted
    delete_visits(school_db, {entry_id: theirs.row_version})  # delete all the same
    assert _line(school_db, seeded, entry_id) is None


def test_deleting_several_visits_refuses_all_when_one_changed(school_db: Database, plan) -> None:  # type: ignore[no-untyped-def]
    seeded, planned, entry_id = plan
    other_id = add_visit(school_db, replace(planned, month=12))
    versions = {i: _line(school_db, seeded, i).row_version for i in (entry_id, other_id)}
    update_visit(school_db, other_id, replace(planned, month=12, observer="Aliyev B."),
                 expected_version=versions[other_id])  # fmt: skip
    with pytest.raises(EditConflict) as lost:
        delete_visits(school_db, versions)
    assert list(lost.value.theirs) == [other_id]
    assert _line(school_db, seeded, entry_id) is not None  # nothing deleted
    delete_visits(school_db, [entry_id])  # without versions: as before, no check
    assert _line(school_db, seeded, entry_id) is None


def test_two_sessions_racing_to_change_and_delete_a_visit(school_db: Database, plan) -> None:  # type: ignore[no-untyped-def]
    _seeded, _planned, entry_id = plan
    change = lambda entry: setattr(entry, "note", "Boshqa PC")  # noqa: E731
    _race_to_change_and_delete(school_db, VisitPlanEntry, entry_id, change)
