"""The staff list, search, and adding, editing and archiving a teacher."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, select
from teacher_world import TODAY, YEAR, World

from eduqa_desktop.domain.vocabulary import Category
from eduqa_desktop.services.attention import teacher_signals
from eduqa_desktop.services.errors import NotFoundError, UserError
from eduqa_desktop.services.teachers import (
    PdStatus,
    TeacherInput,
    add_teacher,
    archive_teacher,
    get_teacher,
    list_departments,
    list_subjects,
    matches_search,
    restore_teacher,
    staff_list,
    staff_terms,
    teacher_id_for_uuid,
    teacher_problems,
    update_teacher,
)
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import AuditEntry, Teacher

DEMO_TODAY = date(2026, 11, 25)  # the demo_db fixture's day (quarter 2 of 2026-2027)


@pytest.fixture
def world(school_db: Database) -> World:
    return World(school_db)


def test_staff_row_numbers(world: World) -> None:
    teacher = world.teacher(
        "Sharipova Gulnora",
        "Aniq fanlar",
        ("Algebra", "Geometry"),
        category=Category.HIGHEST,
        experience=21,
        last_pd=date(2019, 3, 1),
    )
    class_a = world.school_class("7-A", 7, 26)
    world.observation(teacher, date(2025, 10, 1), score=60.0)
    world.observation(teacher, date(2025, 11, 20), score=90.0)
    world.observation(teacher, date(2025, 11, 21), score=10.0, final=False)  # a draft
    # Quality in the first quarter: n5=5, n4=10 of N=26 → 57.7 %.
    world.results(1, teacher, class_a, "Algebra", n5=5, n4=10, n3=8, n2=2, na=1, class_size=26)
    rows = staff_list(world.db, world.school_id, year=YEAR, term=1, today=TODAY).rows
    assert len(rows) == 1
    row = rows[0]
    assert row.full_name == "Sharipova Gulnora"
    assert row.department == "Aniq fanlar"
    assert [s.en for s in row.subjects] == ["Algebra", "Geometry"]
    assert row.category is Category.HIGHEST
    assert row.experience_years == 21
    assert row.observations == 1  # the year up to the quarter's end (31.10)
    assert row.average_score == pytest.approx(60.0)
    assert row.quality == pytest.approx(15 / 26 * 100)
    assert row.last_course == date(2019, 3, 1)
    assert row.pd_status is PdStatus.OVERDUE
    assert row.signals == len(teacher_signals(world.db, teacher, year=YEAR, term=1, today=TODAY))
    assert row.active
    # The quarter going on (the default): both final observations, no results yet.
    row = staff_list(world.db, world.school_id, today=TODAY).rows[0]
    assert row.observations == 2
    assert row.average_score == pytest.approx(75.0)
    assert row.quality is None
    assert row.signals == 1  # PD overdue (observed this quarter, good score)


def test_undefined_numbers_stay_undefined(world: World) -> None:
    world.teacher("Yangi Oʻqituvchi", last_pd=None)
    row = staff_list(world.db, world.school_id, today=TODAY).rows[0]
    assert row.observations == 0
    assert row.average_score is None
    assert row.quality is None
    assert row.pd_status is PdStatus.NONE
    assert row.last_course is None


def _statements(world: World) -> int:
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(world.db.engine, "before_cursor_execute", count)
    try:
        staff_list(world.db, world.school_id, year=YEAR, term=2, today=TODAY)
    finally:
        event.remove(world.db.engine, "before_cursor_execute", count)
    return len(statements)


def test_staff_list_takes_the_same_queries_whatever_the_staff(world: World) -> None:
    class_id = world.school_class("5-A", 5, 25)

    def hire(numbers: range) -> None:
        for number in numbers:
            teacher = world.teacher(f"Teacher Number{number}", f"Dept {number % 3}", ("Algebra",))
            world.observation(teacher, date(2025, 11, 20), score=50.0 + number)
            world.activity(teacher, "pd_course", date(2025, 1, 1 + number), 36)
            world.results(2, teacher, class_id, "Algebra", n5=number, n4=5, n3=25 - 5 - number)

    hire(range(3))
    few = _statements(world)
    hire(range(3, 15))
    assert _statements(world) == few
    assert few <= 30  # the attention signals read a dozen facts, each once for all teachers
    assert len(staff_list(world.db, world.school_id, today=TODAY).rows) == 15


@pytest.mark.parametrize(
    "query", ["Gulnora", "gulnora", "GULNORA", "Гулнора", "sharipova gul", "Gulnoraʼ"]
)
def test_search_ignores_script_case_and_apostrophes(world: World, query: str) -> None:
    world.teacher("Шарипова Гулнора", "Aniq fanlar", ("Algebra",))
    world.teacher("Gulnoraʼ Karimova")
    world.teacher("Toʻxtayev Jamshid", "Tarix", ("World history",))
    rows = staff_list(world.db, world.school_id, today=TODAY).rows
    found = sorted(r.full_name for r in rows if matches_search(r, query))
    if query == "sharipova gul":
        assert found == ["Шарипова Гулнора"]
    else:
        assert found == ["Gulnoraʼ Karimova", "Шарипова Гулнора"]


def test_search_finds_subjects_departments_and_apostrophe_variants(world: World) -> None:
    world.teacher("Шарипова Гулнора", "Aniq fanlar", ("Algebra",))
    world.teacher("Toʻxtayev Jamshid", "Tarix", ("World history",))
    rows = staff_list(world.db, world.school_id, today=TODAY).rows

    def names(query: str) -> list[str]:
        return [r.full_name for r in rows if matches_search(r, query)]

    assert names("алгебра") == ["Шарипова Гулнора"]  # the subject's Russian name
    assert names("aniq") == ["Шарипова Гулнора"]
    assert names("To'xtayev") == ["Toʻxtayev Jamshid"]
    assert names("Тўхтаев") == ["Toʻxtayev Jamshid"]
    assert names("history gulnora") == []
    assert len(names("")) == 2


def test_add_teacher_writes_the_row_and_the_audit_log(world: World) -> None:
    algebra = next(s.id for s in list_subjects(world.db) if s.name.en == "Algebra")
    detail = add_teacher(
        world.db,
        world.school_id,
        TeacherInput(
            full_name="  Sharipova   Gulnora  Akmalovna ",
            personnel_number="0042",
            department="Aniq fanlar",
            subject_ids=(algebra,),
            category=Category.FIRST,
            experience_years=12,
            last_pd_date=date(2023, 4, 1),
        ),
        today=TODAY,
    )
    assert detail.full_name == "Sharipova Gulnora Akmalovna"
    assert detail.department == "Aniq fanlar"
    assert detail.subject_ids == (algebra,)
    with world.db.session() as session:
        teacher = session.get(Teacher, detail.id)
        assert teacher is not None
        assert teacher.name_key == "akmalovna gulnora sharipova"
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "teacher")).all()
        assert [a.action for a in audit] == ["create"]
        assert audit[0].after["personnel_number"] == "0042"
    assert [(d.name, d.teachers) for d in list_departments(world.db, world.school_id)] == [
        ("Aniq fanlar", 1)
    ]
    assert teacher_id_for_uuid(world.db, detail.uuid) == detail.id


def test_a_department_typed_differently_is_the_same_department(world: World) -> None:
    world.teacher("One Teacher", "Oʻzbek tili")
    world.teacher("Two Teacher", "o'zbek tili")
    assert [d.teachers for d in list_departments(world.db, world.school_id)] == [2]


def test_problems_are_reported_per_field_and_nothing_is_written(world: World) -> None:
    world.teacher("Sharipova Gulnora", personnel_number="7")
    problems = teacher_problems(
        world.db,
        world.school_id,
        TeacherInput(
            full_name="",
            personnel_number="7",
            experience_years=90,
            last_pd_date=date(2030, 1, 1),
        ),
        today=TODAY,
    )
    assert {p.field for p in problems} == {
        "full_name",
        "personnel_number",
        "experience_years",
        "last_pd_date",
    }
    assert "Sharipova Gulnora" in next(p for p in problems if p.field == "personnel_number").message
    twin = teacher_problems(
        world.db, world.school_id, TeacherInput(full_name="Гулнора Шарипова"), today=TODAY
    )
    assert [p.field for p in twin] == ["full_name"]
    assert "already in the list" in twin[0].message
    with pytest.raises(UserError, match="Enter the teacher's name"):
        add_teacher(world.db, world.school_id, TeacherInput(full_name="   "), today=TODAY)
    assert len(staff_list(world.db, world.school_id, today=TODAY).rows) == 1


def test_namesakes_with_personnel_numbers_are_allowed(world: World) -> None:
    world.teacher("Karimova Dilnoza", personnel_number="1")
    assert (
        teacher_problems(
            world.db,
            world.school_id,
            TeacherInput(full_name="Karimova Dilnoza", personnel_number="2"),
            today=TODAY,
        )
        == []
    )


def test_edit_and_archive_and_restore(world: World) -> None:
    teacher = world.teacher("Sharipova Gulnora", "Aniq fanlar", ("Algebra",))
    before = get_teacher(world.db, teacher)
    update_teacher(
        world.db,
        teacher,
        TeacherInput(
            full_name="Sharipova Gulnora Akmalovna",
            department="Tabiiy fanlar",
            subject_ids=before.subject_ids,
            category=Category.HIGHEST,
            experience_years=before.experience_years + 1,
        ),
        today=TODAY,
    )
    after = get_teacher(world.db, teacher)
    assert after.full_name == "Sharipova Gulnora Akmalovna"
    assert after.department == "Tabiiy fanlar"
    assert after.category is Category.HIGHEST
    # The same name again for the same teacher is not a duplicate.
    update_teacher(world.db, teacher, TeacherInput(full_name=after.full_name), today=TODAY)
    archive_teacher(world.db, teacher, left_on=date(2025, 11, 30))
    archived = get_teacher(world.db, teacher)
    assert not archived.active and archived.left_on == date(2025, 11, 30)
    row = staff_list(world.db, world.school_id, today=TODAY).rows[0]
    assert not row.active and row.signals == 0
    restore_teacher(world.db, teacher)
    assert get_teacher(world.db, teacher).active
    with world.db.session() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "teacher").order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "update", "update", "archive", "restore"]


def test_a_missing_teacher_is_a_clear_error(world: World) -> None:
    with pytest.raises(NotFoundError):
        get_teacher(world.db, 999)
    with pytest.raises(NotFoundError):
        archive_teacher(world.db, 999)


def test_the_demo_school_staff_list(demo_db: Database) -> None:
    chosen = staff_terms(demo_db, 1, today=DEMO_TODAY).default
    assert chosen is not None
    rows = staff_list(demo_db, 1, year=chosen.year, term=chosen.number, today=DEMO_TODAY).rows
    assert len(rows) >= 40
    assert any(not r.active for r in rows)
    assert any(r.quality is not None for r in rows)
    assert sum(r.signals for r in rows) > 0
