"""A value that came in as text stays text in every file we write: no formula injection.
Every export is read back with openpyxl AND python-calamine."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.imports import export_observations
from eduqa_desktop.services.imports.run import apply_import
from eduqa_desktop.services.reports.district import export_district_report
from eduqa_desktop.services.results_export import export_results
from eduqa_desktop.services.templates import write_template
from eduqa_desktop.storage.models import Teacher

from .builders import add_observation, add_results, add_teachers, school_id_of

NASTY = ('=HYPERLINK("http://x","y")', "+SUM(A1)", "-2+3", "@cmd")


@pytest.fixture
def nasty_school(school_db):  # type: ignore[no-untyped-def]
    school_id = school_id_of(school_db)
    ids = add_teachers(school_db, school_id, names=NASTY)
    add_results(school_db, school_id)
    add_observation(school_db, school_id, ids[0])
    return school_db, school_id


def _exports(db, school_id, folder):  # type: ignore[no-untyped-def]
    paths = []
    for kind in ("teachers", "results", "activities", "observations"):
        paths.append(write_template(db, school_id, kind, folder / f"template-{kind}.xlsx", "ru"))
    export_results(db, folder / "results.xlsx", school_id=school_id)
    export_observations(db, school_id, folder / "package.xlsx")
    export_district_report(db, folder / "district.xlsx", year="2025-2026", term=1)
    return [*paths, folder / "results.xlsx", folder / "package.xlsx", folder / "district.xlsx"]


def test_every_export_keeps_formula_like_text_literal(nasty_school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = nasty_school
    for path in _exports(db, school_id, tmp_path):
        seen: set[str] = set()
        book = load_workbook(path)
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for item in row:
                    if isinstance(item.value, str) and item.value in NASTY:
                        assert item.data_type == "s", (path.name, item.coordinate)
                        seen.add(item.value)
                    assert item.data_type != "f", (path.name, item.coordinate, item.value)
        calamine = CalamineWorkbook.from_path(str(path))
        found = {
            value
            for name in calamine.sheet_names
            for row in calamine.get_sheet_by_name(name).to_python()
            for value in row
            if isinstance(value, str) and value in NASTY
        }
        assert found == seen, path.name
        if path.name in ("results.xlsx", "package.xlsx", "district.xlsx"):
            assert '=HYPERLINK("http://x","y")' in found, path.name


def test_formula_like_names_survive_a_round_trip(nasty_school, tmp_path, db):  # type: ignore[no-untyped-def]
    source, school_id = nasty_school
    export_results(source, tmp_path / "results.xlsx", school_id=school_id)
    from eduqa_desktop.services.schools import create_school

    target = create_school(db, "Other", year="2025-2026")
    plan = apply_import(
        db,
        ImportRequest(
            ImportKind.RESULTS, tmp_path / "results.xlsx", target.id, create_missing=True
        ),
    )
    assert plan.written and plan.errors == ()
    with db.session() as session:
        names = set(session.scalars(select(Teacher.full_name)))
    assert names == set(NASTY)


def test_quote_prefix_is_set_for_excel(nasty_school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = nasty_school
    export_results(db, tmp_path / "results.xlsx", school_id=school_id)
    sheet = load_workbook(tmp_path / "results.xlsx").worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if c.value in NASTY]
    assert cells and all(c.quotePrefix for c in cells)
