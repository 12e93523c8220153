"""Files as schools really write them: totals rows are never records, abbreviated and worded
headers are recognised, and a column nothing recognises is mapped by the user (and the map
is remembered for the same header row)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.imports.run import apply_import, preview_import
from eduqa_desktop.storage.models import Activity, Observation, ResultRow, Teacher

from .conftest import row_counts

SCHOOLS = Path(__file__).resolve().parents[1] / "data" / "schools"


def _count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_russian_staff_list_with_totals_rows(school_db):  # type: ignore[no-untyped-def]
    from .builders import school_id_of

    school_id = school_id_of(school_db)
    request = ImportRequest(ImportKind.TEACHERS, SCHOOLS / "staff_ru_totals.xlsx", school_id)
    plan = apply_import(school_db, request)
    assert plan.errors == ()
    assert plan.written and plan.created == 6 and plan.skipped_totals == 2
    with school_db.session() as session:
        names = set(session.scalars(select(Teacher.full_name)))
        numbers = set(session.scalars(select(Teacher.personnel_number)))
    assert "Всего: 6" not in names and len(names) == 6
    assert numbers == {"0101", "0102", "0103", "0104", "0105", "0106"}


def test_a_count_in_the_name_cell_and_a_row_of_sums_are_totals(school_db):  # type: ignore[no-untyped-def]
    from .builders import school_id_of

    path = SCHOOLS / "staff_uz_count_in_name.xlsx"
    plan = apply_import(
        school_db, ImportRequest(ImportKind.TEACHERS, path, school_id_of(school_db))
    )
    assert plan.written and plan.created == 2 and plan.skipped_totals == 2
    assert _count(school_db, Teacher) == 2


@pytest.mark.parametrize(
    "name", ["results_ru_abbreviated.xlsx", "results_uz_words.xlsx", "results_en_marks.xlsx"]
)
def test_results_with_abbreviated_or_worded_headers(school, name):  # type: ignore[no-untyped-def]
    db, school_id = school
    request = ImportRequest(ImportKind.RESULTS, SCHOOLS / name, school_id)
    plan = apply_import(db, request)
    assert plan.errors == ()
    assert plan.written and plan.created == 2 and plan.skipped_totals >= 1
    with db.session() as session:
        rows = session.execute(
            select(
                ResultRow.class_size, ResultRow.n5, ResultRow.n4, ResultRow.n3, ResultRow.n2
            ).order_by(ResultRow.class_size.desc())
        ).all()
    assert [tuple(r) for r in rows] == [(26, 5, 10, 8, 2), (25, 4, 10, 8, 2)]
    assert apply_import(db, request).unchanged == 2


def test_abbreviated_not_attested_and_exempt(school):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = SCHOOLS / "results_ru_abbreviated.xlsx"
    apply_import(db, ImportRequest(ImportKind.RESULTS, path, school_id))
    with db.session() as session:
        rows = session.execute(
            select(ResultRow.not_attested, ResultRow.exempt).order_by(ResultRow.class_size)
        ).all()
    assert [tuple(r) for r in rows] == [(0, 1), (1, 0)]


def test_activities_totals_row_skipped_but_a_note_saying_total_is_kept(school):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = SCHOOLS / "activities_ru_totals.xlsx"
    plan = apply_import(db, ImportRequest(ImportKind.ACTIVITIES, path, school_id))
    assert plan.errors == ()
    assert plan.written and plan.created == 2 and plan.skipped_totals == 1
    assert _count(db, Activity) == 2


def test_observations_totals_row_skipped(school):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = SCHOOLS / "observations_ru_totals.xlsx"
    plan = preview_import(db, ImportRequest(ImportKind.OBSERVATIONS, path, school_id))
    assert plan.skipped_totals == 1
    assert all("Итого" not in row.what for row in plan.rows)
    assert _count(db, Observation) == 0


def test_unrecognised_marks_are_mapped_and_the_map_remembered(school, tmp_path):  # type: ignore[no-untyped-def]
    import shutil

    db, school_id = school
    path = SCHOOLS / "results_unknown_marks.xlsx"
    request = ImportRequest(ImportKind.RESULTS, path, school_id)
    before = row_counts(db)
    asked = apply_import(db, request)
    assert not asked.written and row_counts(db) == before
    assert asked.columns.missing == ("n5", "n4", "n3", "n2")
    assert "Высокий" in asked.columns.headers
    column_map = {"n5": "Высокий", "n4": "Выше среднего", "n3": "Средний", "n2": "Низкий"}
    from dataclasses import replace

    plan = apply_import(db, replace(request, column_map=column_map))
    assert plan.errors == () and plan.written and plan.created == 2
    # another file with the same header row (its case and spacing aside) needs no map
    other = tmp_path / "again.xlsx"
    shutil.copy(path, other)
    again = preview_import(db, ImportRequest(ImportKind.RESULTS, other, school_id))
    assert again.columns is None and again.unchanged == 2
