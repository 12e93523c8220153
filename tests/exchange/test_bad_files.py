"""Every bad file gets a specific message and changes nothing."""

from __future__ import annotations

import pytest

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.imports.run import apply_import

from .conftest import DATA, row_counts

REFUSED = [
    ("not_spreadsheet_docx.xlsx", "is a Word document, not a spreadsheet"),
    ("not_spreadsheet_csv.xlsx", "is a text (CSV) file, not a spreadsheet"),
    ("password_protected.xlsx", "is protected with a password"),
    ("truncated.xlsx", "is damaged or incomplete"),
    ("empty_workbook.xlsx", "holds no data: every sheet is empty"),
    ("zip_bomb.xlsx", "unpacks to 40 MB"),
    ("too_many_rows.xlsx", "has more than 5 rows, the limit set in Settings"),
    ("formulas_without_values.xlsx", "Cells F2 of the sheet “Sheet” hold formulas without"),
]


@pytest.mark.parametrize(("name", "message"), REFUSED)
def test_whole_file_refused(school, name, message):  # type: ignore[no-untyped-def]
    db, school_id = school
    before = row_counts(db)
    request = ImportRequest(ImportKind.RESULTS, DATA / name, school_id, max_rows=5)
    with pytest.raises(UserError) as caught:
        apply_import(db, request)
    assert message in str(caught.value)
    assert caught.value.template  # a translatable template, not a formatted string only
    assert row_counts(db) == before


def test_missing_columns_are_named_and_offered_for_mapping(school):  # type: ignore[no-untyped-def]
    db, school_id = school
    before = row_counts(db)
    plan = apply_import(
        db, ImportRequest(ImportKind.RESULTS, DATA / "missing_columns.xlsx", school_id)
    )
    assert not plan.written and row_counts(db) == before
    (problem,) = plan.problems
    assert "lacks the columns: Pupils in class" in problem.message and "«2»" in problem.message
    assert "Teacher" not in problem.params["columns"]
    # the preview can ask which of the file's own headers is the missing column
    assert plan.columns is not None and plan.columns.missing == ("class_size", "n2")
    assert plan.columns.headers[:3] == ("Класс", "Предмет", "Учитель")


def test_row_limit_comes_from_settings(school):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from eduqa_desktop.services.thresholds import load_thresholds, save_thresholds

    db, school_id = school
    save_thresholds(db, replace(load_thresholds(db), max_import_rows=10))
    with pytest.raises(UserError, match="more than 10 rows"):
        apply_import(db, ImportRequest(ImportKind.RESULTS, DATA / "too_many_rows.xlsx", school_id))


def test_impossible_numbers_listed_per_cell(school):  # type: ignore[no-untyped-def]
    db, school_id = school
    before = row_counts(db)
    plan = apply_import(
        db, ImportRequest(ImportKind.RESULTS, DATA / "impossible_numbers.xlsx", school_id)
    )
    found = {(p.row, p.column, p.value, p.message) for p in plan.problems}
    assert (2, "G", "-3", "-3 is impossible here: it cannot be negative.") in found
    assert (3, "G", "5.5", "5.5 is impossible here: a whole number is needed.") in found
    assert (4, "F", "999999", "999999 is impossible here: it is far too large.") in found
    assert (5, "G", "пять", "“пять” is not a number.") in found
    assert not plan.written
    assert row_counts(db) == before


def test_unusual_dates_listed_per_cell(school):  # type: ignore[no-untyped-def]
    db, school_id = school
    before = row_counts(db)
    plan = apply_import(
        db, ImportRequest(ImportKind.ACTIVITIES, DATA / "unusual_dates.xlsx", school_id)
    )
    messages = {(p.row, p.column, p.value): p.message for p in plan.problems}
    assert "is not a date this program can read" in messages[(2, "B", "24 нояб. 2026")]
    assert "is not a date this program can read" in messages[(3, "B", "2026/31/12")]
    assert "is not a date this program can read" in messages[(4, "B", "31.02.2026")]
    assert messages[(5, "B", "12.03.1890")] == "The date 12.03.1890 is impossible."
    assert not plan.written
    assert row_counts(db) == before


def test_messages_are_marked_for_translation():  # type: ignore[no-untyped-def]
    """Every message template of the reader is in the Messages context of the catalogue."""
    import re
    from pathlib import Path

    import eduqa_desktop.exchange.workbook_reader as reader

    source = Path(reader.__file__).read_text(encoding="utf-8")
    assert len(re.findall(r'QT_TRANSLATE_NOOP\(\s*"Messages"', source)) >= 15
