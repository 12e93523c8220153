"""Files the issue found accepted that must be refused: a column twice with different contents,
one personnel number for two teachers, a 10 MB name, a checklist weight never calculated."""

from __future__ import annotations

import random

import pytest
from openpyxl import load_workbook

from eduqa_desktop.exchange.checklist_workbook import write_checklist_workbook
from eduqa_desktop.exchange.file_guard import FileRefused
from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.imports.run import apply_import
from eduqa_desktop.services.reference_data import load_shipped_checklists

from .conftest import row_counts
from .crafted import replace_parts, workbook

HEADER = ["Класс", "Предмет", "Учитель", "Учащихся", "«5»", "«5»", "«4»", "«3»", "«2»"]


def test_two_five_columns_with_different_contents_are_refused(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    before = row_counts(db)
    rows = [HEADER, ["7-A", "Алгебра", "Sharipova Gulnora", 25, 5, 6, 10, 8, 2]]
    path = workbook(tmp_path / "twice.xlsx", rows)
    plan = apply_import(db, ImportRequest(ImportKind.RESULTS, path, school_id, "2025-2026", 1))
    assert not plan.written and row_counts(db) == before
    (problem,) = plan.problems
    assert (problem.row, problem.column) == (2, "F")
    assert "Columns E and F are both “«5»” but hold different values (“5” and “6”)" in (
        problem.message
    )


def test_two_five_columns_with_the_same_contents_are_one(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    rows = [HEADER, ["7-A", "Алгебра", "Sharipova Gulnora", 25, 5, "5", 10, 8, 2]]
    path = workbook(tmp_path / "same.xlsx", rows)
    plan = apply_import(db, ImportRequest(ImportKind.RESULTS, path, school_id, "2025-2026", 1))
    assert plan.written and not plan.problems


def test_two_full_name_columns_with_different_contents_are_refused(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    before = row_counts(db)
    rows = [["Full name", "Full name", "Personnel number"], ["Aliyev Anvar", "Petrova Anna", "9"]]
    plan = apply_import(
        db, ImportRequest(ImportKind.TEACHERS, workbook(tmp_path / "names.xlsx", rows), school_id)
    )
    assert not plan.written and row_counts(db) == before
    assert "are both “Full name” but hold different values" in plan.problems[0].message


def test_one_personnel_number_for_two_teachers_is_refused(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    before = row_counts(db)
    rows = [
        ["Full name", "Personnel number"],
        ["Aliyev Anvar", "1001"],
        ["Petrova Anna", "1001"],
    ]
    plan = apply_import(
        db, ImportRequest(ImportKind.TEACHERS, workbook(tmp_path / "ids.xlsx", rows), school_id)
    )
    assert not plan.written and row_counts(db) == before
    (problem,) = plan.problems
    assert (problem.row, problem.column, problem.value) == (3, "B", "1001")
    assert "already given to another teacher in row 2" in problem.message


def test_a_ten_megabyte_name_is_refused_before_it_is_read(school, tmp_path):  # type: ignore[no-untyped-def]
    """Random letters (they do not compress, so the ratio does not give them away)."""
    db, school_id = school
    before = row_counts(db)
    letters = bytes(random.Random(7).randbytes(10 * 1024 * 1024)).translate(
        bytes(ord("a") + i % 26 for i in range(256))
    )
    strings = b"<sst><si><t>Full name</t></si><si><t>" + letters + b"</t></si></sst>"
    path = replace_parts(
        workbook(tmp_path / "name.xlsx", [["Full name"], ["x"]]), {"xl/sharedStrings.xml": strings}
    )
    del letters, strings
    with pytest.raises(FileRefused, match="holds more than the 32767 characters"):
        apply_import(db, ImportRequest(ImportKind.TEACHERS, path, school_id))
    assert row_counts(db) == before


def test_a_checklist_weight_never_calculated_is_refused(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    before = row_counts(db)
    spec = load_shipped_checklists()[0]
    path = write_checklist_workbook(spec, tmp_path / "checklist.xlsx", "en")
    book = load_workbook(path)
    book.worksheets[2]["G2"] = "=1+1"  # openpyxl saves the formula with no value
    book.save(path)
    with pytest.raises(UserError, match="Cells G2 of the sheet “Criteria” hold formulas"):
        apply_import(db, ImportRequest(ImportKind.CHECKLIST, path, school_id))
    assert row_counts(db) == before
