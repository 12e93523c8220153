"""Listing, saving (all or nothing) and deleting a term's results rows."""

from __future__ import annotations

from datetime import date

import pytest
from results_world import World, build_world, row
from sqlalchemy import func, select

from eduqa_desktop.domain.result_entry import Problem
from eduqa_desktop.services.errors import NotFoundError
from eduqa_desktop.services.results import (
    ResultInput,
    ResultRowError,
    default_term_id,
    delete_result_row,
    describe_problem,
    reference_lists,
    result_lines,
    save_results,
    term_choices,
)
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import AuditEntry, ResultRow, SchoolClass


@pytest.fixture
def world(school_db: Database) -> World:
    return build_world(school_db)


@pytest.fixture
def empty_world(school_db: Database) -> World:
    return build_world(school_db, with_results=False)


def count_rows(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(ResultRow)) or 0


def test_result_lines_of_a_term_with_names(school_db: Database, world: World) -> None:
    lines = result_lines(school_db, school_id=world.school_id, term_id=world.q4, language="ru")
    assert [(x.class_name, x.subject, x.teacher) for x in lines] == [
        ("7-A", "Алгебра", "Aliyeva Dilnoza"),
        ("7-A", "Родной язык", "Каримов Бахтиёр"),
        ("7-B", "Алгебра", "Oʻrolov Sardor"),
        ("8-A", "Геометрия", "Aliyeva Dilnoza"),
        ("8-A", "Родной язык", "Toshmatova Gulnora"),
    ]
    assert (lines[1].class_size, lines[1].not_attested, lines[1].counts.assessed) == (26, 1, 26)


def test_result_lines_of_one_teacher_over_every_term(school_db: Database, world: World) -> None:
    lines = result_lines(school_db, school_id=world.school_id, teacher_id=world.aliyeva)
    assert len(lines) == 4


def test_save_creates_missing_classes_with_normalised_names(
    school_db: Database, empty_world: World
) -> None:
    w = empty_world
    summary = save_results(
        school_db,
        school_id=w.school_id,
        term_id=w.q4,
        rows=[
            row("7 «А»", w.algebra, w.aliyeva, 25, 5, 10, 8, 2),
            row("7-a", w.native, w.karimov, 25, 5),
            row("11б", w.algebra, w.orolov, 18, 18),
        ],
    )
    assert summary.created == 3 and summary.updated == 0
    assert summary.classes_created == ["7-A", "11-B"]
    with school_db.session() as session:
        classes = {
            c.name: (c.grade, c.letter, c.pupils) for c in session.scalars(select(SchoolClass))
        }
    assert classes == {"7-A": (7, "A", 25), "11-B": (11, "B", 18)}


def test_save_updates_and_deletes_in_one_go(school_db: Database, world: World) -> None:
    lines = result_lines(school_db, school_id=world.school_id, term_id=world.q4)
    first, second = lines[0], lines[1]
    changed = ResultInput(
        first.class_name, first.subject_id, first.teacher_id, 25, 10, 10, 5, id=first.id
    )
    summary = save_results(
        school_db,
        school_id=world.school_id,
        term_id=world.q4,
        rows=[changed],
        delete_ids=[second.id],
    )
    assert (summary.created, summary.updated, summary.deleted) == (0, 1, 1)
    after = result_lines(school_db, school_id=world.school_id, term_id=world.q4)
    assert len(after) == 4
    assert (after[0].n5, after[0].n4, after[0].n3, after[0].n2) == (10, 10, 5, 0)
    with school_db.session() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.entity == "results"))


def test_one_bad_row_writes_nothing(school_db: Database, empty_world: World) -> None:
    w = empty_world
    with pytest.raises(ResultRowError) as caught:
        save_results(
            school_db,
            school_id=w.school_id,
            term_id=w.q4,
            rows=[
                row("7-A", w.algebra, w.aliyeva, 25, 5, 10, 8, 2),
                row("7-B", w.algebra, w.orolov, 20, 10, 10, 1),
            ],
        )
    error = caught.value
    assert (error.row, error.field, error.problem.code) == (2, "class_size", "exceeds_class_size")
    assert str(error) == (
        "Row 2: 21 with a mark + 0 not attested + 0 exempt = 21 pupils, "
        "more than the 20 pupils in the class."
    )
    assert count_rows(school_db) == 0
    with school_db.session() as session:  # the class of the good row was not kept either
        assert session.scalar(select(func.count()).select_from(SchoolClass)) == 0


@pytest.mark.parametrize(
    ("bad", "field", "code"),
    [
        (dict(n4=-1), "n4", Problem.NEGATIVE),
        (dict(class_size=None), "class_size", Problem.MISSING),
        (dict(class_name="13-A"), "class_name", Problem.BAD_CLASS),
        (dict(class_name=""), "class_name", Problem.MISSING),
        (dict(subject_id=None), "subject", Problem.MISSING),
        (dict(subject_id=10_000), "subject", Problem.UNKNOWN_SUBJECT),
        (dict(teacher_id=10_000), "teacher", Problem.UNKNOWN_TEACHER),
    ],
)
def test_each_problem_is_named_with_row_and_column(
    school_db: Database, empty_world: World, bad: dict[str, object], field: str, code: Problem
) -> None:
    w = empty_world
    values = dict(class_name="7-A", subject_id=w.algebra, teacher_id=w.aliyeva, class_size=25)
    values.update(bad)
    with pytest.raises(ResultRowError) as caught:
        save_results(
            school_db,
            school_id=w.school_id,
            term_id=w.q4,
            rows=[ResultInput(**values, n5=3, row=7)],  # type: ignore[arg-type]
        )
    assert (caught.value.row, caught.value.field, caught.value.problem.code) == (7, field, code)
    assert str(caught.value).startswith("Row 7:")


def test_a_teacher_of_another_school_is_unknown(school_db: Database, empty_world: World) -> None:
    from results_world import add_teacher

    from eduqa_desktop.services.schools import create_school

    other = create_school(school_db, "Boshqa maktab", year="2025-2026")
    stranger = add_teacher(school_db, other.id, "Qodirov Anvar", None)
    with pytest.raises(ResultRowError, match="no teacher"):
        save_results(
            school_db,
            school_id=empty_world.school_id,
            term_id=empty_world.q4,
            rows=[row("7-A", empty_world.algebra, stranger, 25, 5)],
        )


def test_the_same_class_subject_and_teacher_twice_is_refused(
    school_db: Database, world: World
) -> None:
    w = world
    with pytest.raises(ResultRowError) as caught:
        save_results(
            school_db,
            school_id=w.school_id,
            term_id=w.q3,
            rows=[row("8-A", w.algebra, w.orolov, 25, 5), row("8 A", w.algebra, w.orolov, 25, 6)],
        )
    assert caught.value.problem.code is Problem.DUPLICATE
    assert str(caught.value) == "Row 2: the same class, subject and teacher as row 1."
    with pytest.raises(ResultRowError, match="already have results in this term"):
        save_results(
            school_db,
            school_id=w.school_id,
            term_id=w.q4,
            rows=[row("7-A", w.algebra, w.aliyeva, 25, 1)],
        )


def test_deleting_and_adding_the_same_row_in_one_save(school_db: Database, world: World) -> None:
    w = world
    first = result_lines(school_db, school_id=w.school_id, term_id=w.q4)[0]
    save_results(
        school_db,
        school_id=w.school_id,
        term_id=w.q4,
        rows=[row("7-A", w.algebra, w.aliyeva, 25, 25)],
        delete_ids=[first.id],
    )
    assert result_lines(school_db, school_id=w.school_id, term_id=w.q4)[0].n5 == 25


def test_a_row_deleted_meanwhile(school_db: Database, world: World) -> None:
    first = result_lines(school_db, school_id=world.school_id, term_id=world.q4)[0]
    delete_result_row(school_db, first.id)
    assert count_rows(school_db) == 6
    with pytest.raises(NotFoundError):
        delete_result_row(school_db, first.id)
    with pytest.raises(NotFoundError):
        save_results(
            school_db,
            school_id=world.school_id,
            term_id=world.q4,
            rows=[],
            delete_ids=[first.id],
        )


def test_term_choices_count_rows_and_default_to_the_latest_with_results(
    school_db: Database, world: World
) -> None:
    choices = term_choices(school_db, world.school_id)
    assert [(c.year, c.number, c.rows) for c in choices] == [
        ("2025-2026", 1, 0),
        ("2025-2026", 2, 0),
        ("2025-2026", 3, 1),
        ("2025-2026", 4, 5),
        ("2026-2027", 1, 1),
        ("2026-2027", 2, 0),
        ("2026-2027", 3, 0),
        ("2026-2027", 4, 0),
    ]
    assert default_term_id(choices) == world.next_q1


def test_without_results_the_default_term_is_todays(school_db: Database) -> None:
    choices = term_choices(school_db, None)
    chosen = default_term_id(choices, today=date(2025, 11, 20))
    assert [(c.year, c.number) for c in choices if c.id == chosen] == [("2025-2026", 2)]
    assert default_term_id([]) is None


def test_reference_lists_name_subjects_in_the_language(school_db: Database, world: World) -> None:
    lists = reference_lists(school_db, world.school_id, "ru")
    names = {s.name: s for s in lists.subjects}
    assert "Алгебра" in names and "Algebra" in names["Алгебра"].other_names
    assert [name for _id, name in lists.teachers] == [
        "Aliyeva Dilnoza",
        "Oʻrolov Sardor",
        "Toshmatova Gulnora",
        "Каримов Бахтиёр",
    ]


def test_describe_problem_gives_template_and_english_column() -> None:
    from eduqa_desktop.domain.result_entry import EntryProblem

    template, params = describe_problem(
        EntryProblem("n5", Problem.NOT_A_NUMBER, {"value": "abc"}), 3
    )
    assert template.format(**params) == "Row 3: “Pupils with 5” must be a number, not “abc”."
