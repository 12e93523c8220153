"""A staff list and a results sheet checked without a database: the rows that describe a
record, and a problem, found where it is, for each one that does not."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import Workbook

from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.results_rows import LAYOUT as RESULTS
from eduqa_desktop.exchange.results_rows import period_fallbacks, result_counts, term_number
from eduqa_desktop.exchange.row_checks import Problems
from eduqa_desktop.exchange.staff_rows import LAYOUT as STAFF
from eduqa_desktop.exchange.staff_rows import staff_lines
from eduqa_desktop.exchange.workbook_reader import read_table
from eduqa_desktop.progress import NO_PROGRESS


def _sheet(path, rows):  # type: ignore[no-untyped-def]
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_staff_rows(tmp_path):  # type: ignore[no-untyped-def]
    future = date.today() + timedelta(days=30)
    path = _sheet(tmp_path / "staff.xlsx", [
        ["Full name", "Personnel number", "Subjects", "Category", "Experience (years)",
         "Last professional development"],
        ["Karimova  Nilufar", "101", "Algebra; Geometry", "oliy", 12, date(2024, 5, 1)],
        ["Karimova Nilufar", "102", "", "", None, None],
        ["Rustamov Bekzod", "101", "", "", None, None],
        ["Yusupova Dilnoza", "103", "", "professor", None, None],
        ["Aliyev Sardor", "104", "", "", 90, None],
        ["Tosheva Madina", "105", "", "", None, future],
        ["Nazarov Jasur", "106", "Physics", "", None, None],
    ])  # fmt: skip
    table = read_table(path, STAFF.fields, max_rows=100)
    problems = Problems()
    lines = list(staff_lines(problems, table, NO_PROGRESS))
    assert [(line.source.row, line.full_name, line.subjects) for line in lines] == [
        (2, "Karimova Nilufar", ("Algebra", "Geometry")), (8, "Nazarov Jasur", ("Physics",)),
    ]  # fmt: skip
    assert lines[0].fields["experience_years"] == 12
    assert lines[0].fields["personnel_number"] == "101"
    found = [(p.row, p.column, p.value) for p in problems.problems]
    assert found[:4] == [(3, "", ""), (4, "B", "101"), (5, "D", "professor"), (6, "E", "90")]
    assert found[4][:2] == (7, "F") and found[4][2].startswith(future.isoformat())
    assert len(found) == 5


def test_results_rows(tmp_path):  # type: ignore[no-untyped-def]
    path = _sheet(tmp_path / "results.xlsx", [
        ["Quarter", "Class", "Subject", "Teacher", "Pupils in class", "5", "4", "3", "2"],
        [1, "7-A", "Algebra", "Karimova Nilufar", 26, 5, 10, 8, 2],
        [5, "7-A", "Geometry", "Karimova Nilufar", 26, 5, 10, 8, 2],
        [2, "7-B", "Algebra", "Karimova Nilufar", 20, 10, 10, 5, 0],
        [2, "7-B", "Geometry", "Karimova Nilufar", 20, None, 10, 5, 0],
    ])  # fmt: skip
    table = read_table(path, RESULTS.fields, max_rows=100)
    with pytest.raises(UserError, match="which academic year"):
        period_fallbacks(table, None, None)
    assert period_fallbacks(table, "2025-2026", None) == ("2025-2026", None)
    problems = Problems()
    terms = [term_number(problems, source, None) for source in table.rows]
    counts = [result_counts(problems, source) for source in table.rows]
    assert terms == [1, None, 2, 2]
    assert counts[0] is not None and counts[0].as_columns() == {
        "class_size": 26, "n5": 5, "n4": 10, "n3": 8, "n2": 2, "n1": 0, "not_attested": 0,
        "exempt": 0,
    }  # fmt: skip
    assert counts[1] is not None and counts[2] is None and counts[3] is None
    assert [(p.row, p.column) for p in problems.problems] == [(3, "A"), (4, "E"), (5, "F")]
    assert problems.problems[1].params["used"] == 25
