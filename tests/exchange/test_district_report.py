"""The district report read back with a second reader (python-calamine), cell by cell against
the `eduqa indicators` command; undefined indicators are empty cells."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest
from engines import copy_location, location_of, new_location
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from eduqa_desktop.cli import main as cli_main
from eduqa_desktop.domain.signals import SignalKind
from eduqa_desktop.exchange.district_data import FlagLine
from eduqa_desktop.exchange.district_report import HEADER_ROW, WORDS
from eduqa_desktop.services.attention import school_attention
from eduqa_desktop.services.calendar import find_term
from eduqa_desktop.services.reports.district import export_district_report
from eduqa_desktop.services.reports.district_figures import gather
from eduqa_desktop.services.schools import create_school, list_schools
from eduqa_desktop.storage.database import open_database
from eduqa_desktop.storage.models import ResultRow, SchoolClass, Subject, Teacher

from .builders import add_observation, add_results, add_teachers


@pytest.fixture
def district(db):  # type: ignore[no-untyped-def]
    """Two schools with results, one observation, and one row whose N is 0."""
    for name in ("Maktab 1", "Maktab 2"):
        school = create_school(db, name, district="Chilonzor", year="2025-2026")
        teachers = add_teachers(db, school.id)
        add_results(db, school.id, seed=len(name) + school.id)
        add_observation(db, school.id, teachers[0])
    with db.session() as session:
        term = find_term(session, "2025-2026", 2)
        school_class = session.scalar(select(SchoolClass).where(SchoolClass.name == "9-A"))
        subject = session.scalar(select(Subject).where(Subject.name_en == "Chemistry"))
        teacher = session.scalar(select(Teacher).where(Teacher.school_id == school_class.school_id))
        session.add(
            ResultRow(
                term_id=term.id,
                class_id=school_class.id,
                subject_id=subject.id,
                teacher_id=teacher.id,
                class_size=3,
                exempt=3,
            )
        )
    return db


def _indicators(capsys, db, by: str, school: str) -> list[dict]:  # type: ignore[no-untyped-def]
    code = cli_main(
        [
            "indicators",
            "--db",
            location_of(db),
            "--by",
            by,
            "--year",
            "2025-2026",
            "--term",
            "2",
            "--school",
            school,
            "--json",
        ]
    )
    assert code == 0
    return json.loads(capsys.readouterr().out)["rows"]


def _sheet(path, name):  # type: ignore[no-untyped-def]
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


@pytest.mark.parametrize("by", ["grade", "subject", "class", "teacher"])
def test_indicator_sheets_match_the_indicators_command(district, tmp_path, capsys, by):  # type: ignore[no-untyped-def]
    path = tmp_path / "report.xlsx"
    export_district_report(district, path, year="2025-2026", term=2, language="en")
    rows = _sheet(path, WORDS[by]["en"])
    header = rows[HEADER_ROW - 1]
    assert header[:3] == ["School", WORDS[f"group_{by}"]["en"], "Assessed (N)"]
    data = [r for r in rows[HEADER_ROW:] if r[0]]
    for school in ("Maktab 1", "Maktab 2"):
        expected = _indicators(capsys, district, by, school)
        mine = [r for r in data if r[0] == school]
        assert [str(r[1]) for r in mine] == [e["group"] for e in expected]
        for row, want in zip(mine, expected, strict=True):
            assert row[2] == want["graded"]
            assert row[3:8] == [want[k] for k in ("n5", "n4", "n3", "n2", "n1")]
            assert row[8] == want["not_attested"]
            for column, key in ((10, "pass_rate"), (11, "quality"), (12, "sou")):
                if want[key] is None:
                    assert row[column] == ""  # an empty cell, never 0
                else:
                    assert row[column] * 100 == pytest.approx(want[key], abs=0.05 + 1e-9)
            if want["average_grade"] is None:
                assert row[13] == ""
            else:
                assert row[13] == pytest.approx(want["average_grade"], abs=0.005 + 1e-9)


def test_summary_title_block_and_undefined_cells(district, tmp_path, capsys):  # type: ignore[no-untyped-def]
    path = tmp_path / "report.xlsx"
    export_district_report(district, path, year="2025-2026", term=2, language="ru")
    rows = _sheet(path, "Сводка")
    assert rows[0][0].startswith("Отчёт о качестве образования")
    assert "Район: Chilonzor" in rows[1][0] and "2 четверть" in rows[1][0]
    assert rows[2][0].startswith("Дата составления: ")
    schools = {r[0]: r for r in rows[HEADER_ROW:] if r[0]}
    expected = _indicators(capsys, district, "school", "Maktab 1")[0]
    assert schools["Maktab 1"][3] == expected["graded"]
    assert schools["Maktab 1"][5] * 100 == pytest.approx(expected["quality"], abs=0.05 + 1e-9)
    # chemistry in 9-A has only exempt pupils: N = 0 → empty cells, not zeros
    subject_rows = _sheet(path, "По предметам")
    chemistry = [r for r in subject_rows if r[1] == "Химия"]
    assert chemistry and chemistry[0][2] == 0
    assert chemistry[0][10:14] == ["", "", "", ""]


def test_workbook_is_readable_with_frozen_headers_filters_and_charts(district, tmp_path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path = tmp_path / "report.xlsx"
    export_district_report(district, path, year="2025-2026", language="uz")
    book = load_workbook(path)
    # …, Needs attention, then Voices, Graduates and Partners (district_stakeholder_sheets)
    assert book.sheetnames[-4:] == ["Eʼtibor talab etadi", "Fikrlar", "Bitiruvchilar", "Hamkorlar"]
    summary = book.worksheets[0]
    assert summary.freeze_panes == f"B{HEADER_ROW + 1}"
    assert summary.auto_filter.ref.startswith(f"A{HEADER_ROW}:")
    assert summary._charts and book.worksheets[2]._charts
    assert summary.cell(row=HEADER_ROW + 1, column=6).number_format == "0.0%"
    assert summary.column_dimensions["A"].width >= 30


# --- a demo district: the flags and the PD lines against the school-by-school services ---------

DEMO_TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_district_template(tmp_path_factory):  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.demo import generate_demo

    path = new_location(tmp_path_factory.mktemp("demo_district"), "district", keep=True)
    database = open_database(path)
    generate_demo(database, schools=3, teachers_per_school=40, seed=2025, today=DEMO_TODAY)
    database.close()
    return path


@pytest.fixture
def demo_district(demo_district_template, tmp_path):  # type: ignore[no-untyped-def]
    target = copy_location(demo_district_template, tmp_path, "district")
    database = open_database(target)
    yield database
    database.close()


@pytest.mark.parametrize(
    ("year", "term", "results_term"),
    [("2026-2027", 1, 1), ("2025-2026", None, 4), ("2025-2026", 2, 2)],
)
def test_flags_are_those_of_each_school(demo_district, year, term, results_term):  # type: ignore[no-untyped-def]
    """The report's signals (read for the whole district at once) are, school by school and in
    the same order, each school's attention list with its teachers' signals, as the Teachers
    tab and `eduqa attention` show them for the quarter of the results."""
    figures = gather(demo_district, year, term, today=DEMO_TODAY)
    assert figures.results_term == results_term
    expected = []
    for school in list_schools(demo_district):
        found = school_attention(
            demo_district, school.id, year=year, term=results_term, today=DEMO_TODAY
        )
        expected += [
            FlagLine(school.name, row.teacher_name, s.kind, s.message_template, dict(s.params))
            for row in found.rows
            for s in row.signals
        ]
    assert [s.name for s in list_schools(demo_district)] == [s.school for s in figures.schools]
    assert list(figures.flags) == expected
    assert {line.kind for line in figures.flags} <= {str(k) for k in SignalKind}
    assert "results_behind_peers" in {line.kind for line in figures.flags}


def test_pd_lines_count_the_active_teachers_only(demo_district):  # type: ignore[no-untyped-def]
    """PD compliance of a school is its active teachers whose last course is recent enough:
    the teachers minus those listed as overdue (archived teachers count in neither)."""
    figures = gather(demo_district, "2026-2027", 1, today=DEMO_TODAY)
    overdue = Counter(line.school for line in figures.pd_overdue)
    for line in figures.schools:
        assert line.pd_teachers == line.teachers
        assert line.pd_compliant == line.pd_teachers - overdue[line.school]
