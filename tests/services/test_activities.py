"""The activity catalogue and teachers' activities: add, edit, delete, list with filters."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from teacher_world import TODAY, World

from eduqa_desktop.domain.vocabulary import ActivityUnit, Mechanism
from eduqa_desktop.services.activities import (
    ActivityFilter,
    ActivityInput,
    ActivityTypeInput,
    add_activity,
    archive_activity_type,
    delete_activity,
    delete_activity_type,
    get_activity,
    list_activities,
    list_activity_types,
    save_activity_type,
    update_activity,
)
from eduqa_desktop.services.errors import NotFoundError, UserError
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import Activity, AuditEntry


@pytest.fixture
def world(school_db: Database) -> World:
    return World(school_db)


def test_the_shipped_catalogue(world: World) -> None:
    types = list_activity_types(world.db)
    codes = [t.code for t in types]
    assert codes[0] == "pd_course"
    assert {"open_lesson", "peer_visit", "mentoring", "olympiad_result", "club"} <= set(codes)
    course = types[0]
    assert course.unit is ActivityUnit.HOURS and course.counts_as_pd and course.shipped
    assert course.mechanisms == (Mechanism.PROFESSIONAL_DEVELOPMENT,)
    assert course.name.get("ru") == "Курсы повышения квалификации"
    practice = next(t for t in types if t.code == "practice_employer")
    assert set(practice.mechanisms) == {Mechanism.PRACTICE, Mechanism.DUAL_EDUCATION}


def test_add_edit_archive_and_delete_a_type(world: World) -> None:
    type_id = save_activity_type(
        world.db,
        ActivityTypeInput(
            name_uz="Robototexnika toʻgaragi",
            name_ru="Кружок робототехники",
            name_en="Robotics club",
            unit=ActivityUnit.PUPILS,
            mechanisms=(Mechanism.PROJECT_BASED, Mechanism.INNOVATIVE_TECHNOLOGIES),
        ),
    )
    made = next(t for t in list_activity_types(world.db) if t.id == type_id)
    assert made.code == "custom_robotics_club"
    assert made.mechanisms == (Mechanism.INNOVATIVE_TECHNOLOGIES, Mechanism.PROJECT_BASED)
    assert not made.shipped
    save_activity_type(
        world.db,
        ActivityTypeInput(name_uz="Robototexnika", unit=ActivityUnit.PUPILS),
        type_id=type_id,
    )
    changed = next(t for t in list_activity_types(world.db) if t.id == type_id)
    assert changed.name.get("uz") == "Robototexnika" and changed.mechanisms == ()
    archive_activity_type(world.db, type_id)
    assert type_id not in [t.id for t in list_activity_types(world.db)]
    assert type_id in [t.id for t in list_activity_types(world.db, include_archived=True)]
    archive_activity_type(world.db, type_id, archived=False)
    delete_activity_type(world.db, type_id)
    assert type_id not in [t.id for t in list_activity_types(world.db, include_archived=True)]
    with world.db.session() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "activity_type")
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "update", "archive", "restore", "delete"]


def test_bad_types_are_refused(world: World) -> None:
    with pytest.raises(UserError, match="name"):
        save_activity_type(world.db, ActivityTypeInput(name_uz="  "))
    with pytest.raises(UserError, match="already has a type"):
        save_activity_type(world.db, ActivityTypeInput(name_uz="Ota-onalar yigʻilishi"))
    with pytest.raises(UserError, match="already has a type"):  # apostrophes and case folded
        save_activity_type(world.db, ActivityTypeInput(name_uz="ota-onalar yig'ilishi"))
    with pytest.raises(UserError, match="hours"):
        save_activity_type(
            world.db,
            ActivityTypeInput(name_uz="Seminar", unit=ActivityUnit.COUNT, counts_as_pd=True),
        )


def test_a_type_in_use_cannot_be_deleted(world: World) -> None:
    teacher = world.teacher("Karimova Dilnoza")
    world.activity(teacher, "club", date(2025, 10, 1), 12)
    club = next(t for t in list_activity_types(world.db) if t.code == "club")
    assert club.activities == 1
    with pytest.raises(UserError, match="Archive it"):
        delete_activity_type(world.db, club.id)


def test_add_edit_and_delete_an_activity(world: World) -> None:
    teacher = world.teacher("Karimova Dilnoza", "Aniq fanlar")
    olympiad = next(t for t in list_activity_types(world.db) if t.code == "olympiad_result")
    activity_id = add_activity(
        world.db,
        ActivityInput(
            teacher,
            olympiad.id,
            date(2025, 11, 15),
            quantity=3,
            level="district",
            place=2,
            note="  Matematika olimpiadasi  ",
        ),
        today=TODAY,
    )
    line = get_activity(world.db, activity_id)
    assert line.teacher_name == "Karimova Dilnoza"
    assert line.department == "Aniq fanlar"
    assert line.type_name.get("en") == "Pupils' olympiad or competition result"
    assert (line.quantity, line.level, line.place, line.note) == (
        3.0,
        "district",
        2,
        "Matematika olimpiadasi",
    )
    assert line.mechanisms == (Mechanism.PERSONALISED,)
    update_activity(
        world.db,
        activity_id,
        ActivityInput(teacher, olympiad.id, date(2025, 11, 16), quantity=4, level="region"),
        today=TODAY,
    )
    assert get_activity(world.db, activity_id).level == "region"
    delete_activity(world.db, activity_id)
    with pytest.raises(NotFoundError):
        get_activity(world.db, activity_id)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"done_on": date(2026, 1, 1)}, "future"),
        ({"quantity": 0}, "more than 0"),
        ({"quantity": -2}, "more than 0"),
        ({"quantity": float("nan")}, "more than 0"),
        ({"place": 0}, "place"),
        ({"level": "galaxy"}, "Unknown level"),
        ({"teacher_id": 999}, "teacher"),
        ({"activity_type_id": 999}, "activity type"),
    ],
)
def test_bad_activities_are_refused_and_nothing_is_written(
    world: World, changes: dict[str, object], message: str
) -> None:
    teacher = world.teacher("Karimova Dilnoza")
    values: dict[str, object] = {
        "teacher_id": teacher,
        "activity_type_id": world.activity_types["club"],
        "done_on": date(2025, 11, 1),
        "quantity": 10,
    }
    values.update(changes)
    with pytest.raises(UserError, match=message):
        add_activity(world.db, ActivityInput(**values), today=TODAY)  # type: ignore[arg-type]
    with world.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0


def test_list_with_filters(world: World) -> None:
    one = world.teacher("Karimova Dilnoza", "Aniq fanlar")
    two = world.teacher("Nazarov Jasur", "Tarix")
    world.activity(one, "pd_course", date(2025, 6, 1), 72)
    world.activity(one, "mentoring", date(2025, 10, 1))
    world.activity(two, "open_lesson", date(2025, 11, 1))
    world.activity(two, "club", date(2025, 11, 20), 15)
    school = world.school_id

    def notes(where: ActivityFilter) -> list[tuple[str, date]]:
        return [(a.teacher_name, a.done_on) for a in list_activities(world.db, school, where)]

    everything = notes(ActivityFilter())
    assert everything[0] == ("Nazarov Jasur", date(2025, 11, 20))  # newest first
    assert len(everything) == 4
    assert notes(ActivityFilter(teacher_id=one)) == [
        ("Karimova Dilnoza", date(2025, 10, 1)),
        ("Karimova Dilnoza", date(2025, 6, 1)),
    ]
    # open lesson is tagged with professional development too
    assert len(notes(ActivityFilter(mechanism=Mechanism.PROFESSIONAL_DEVELOPMENT))) == 2
    assert notes(ActivityFilter(date_from=date(2025, 9, 1), date_to=date(2025, 10, 31))) == [
        ("Karimova Dilnoza", date(2025, 10, 1))
    ]
    assert len(notes(ActivityFilter(activity_type_id=world.activity_types["club"]))) == 1
    departments = {a.department for a in list_activities(world.db, school)}
    assert departments == {"Aniq fanlar", "Tarix"}
