"""The graduates template out and back in (any language), bad files refused with nothing
written, and the same from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from engines import location_of
from graduates_world import fill
from openpyxl import Workbook
from sqlalchemy import func, select

from eduqa_desktop.cli import main as cli_main
from eduqa_desktop.domain.graduates import Destination as D
from eduqa_desktop.services.graduates import graduates
from eduqa_desktop.services.graduates_import import (
    GraduatesImportRequest,
    apply_graduates_import,
    graduates_template,
    preview_graduates_import,
)
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.survey_models import GraduateCohort

NINE = {"grade_10": 20, "college": 9, "dual_education": 3, "unknown": 2}
ELEVEN = {"university": 12, "employed": 6, "internship": 2, "unknown": 4}


def _school(db: Database) -> int:
    return list_schools(db)[0].id


def _cohorts(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(GraduateCohort)) or 0


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_a_filled_template_is_imported_in_any_language(
    school_db: Database, tmp_path: Path, language: str
) -> None:
    path = graduates_template(
        school_db, tmp_path / "g.xlsx", language=language, school_id=_school(school_db),
        year="2024-2025",
    )  # fmt: skip
    partners = [("“Agromash” zavodi", "Mashinasozlik", 9, "Dual education", 3),
                ("Qurilish texnikumi", "", 11, "стажировка", 0),
                ("Qurilish texnikumi", "", 11, "Практика / стажировка", 2)]  # fmt: skip
    fill(path, NINE, ELEVEN, partners)
    request = GraduatesImportRequest(path, _school(school_db))
    plan = preview_graduates_import(school_db, request)
    assert plan.ok, plan.problems
    assert (plan.year, plan.placements) == ("2024-2025", 5)
    assert plan.cohorts[9].graduates == 34 and plan.cohorts[11].count(D.UNIVERSITY) == 12
    assert _cohorts(school_db) == 0  # the preview wrote nothing
    assert apply_graduates_import(school_db, request).written
    data = graduates(school_db)
    assert (data.grade(9).further_study, data.grade(9).with_partner) == (29, 3)
    assert {(p.partner, p.grade, p.graduates) for p in data.partners} == {
        ("“Agromash” zavodi", 9, 3),
        ("Qurilish texnikumi", 11, 2),
    }
    again = apply_graduates_import(school_db, request)
    assert again.written and again.replaces == (9, 11) and _cohorts(school_db) == 2


@pytest.mark.parametrize(
    ("nine", "partners", "where", "says"),
    [
        ({**NINE, "college": "nine"}, [], ("B", 10), "whole number"),
        ({**NINE, "college": -1}, [], ("B", 10), "whole number"),
        (NINE, [("X", "", 10, "Work", 1)], ("C", 4), "9 or 11"),
        (NINE, [("X", "", 9, "university", 1)], ("D", 4), "not a way of placement"),
        (NINE, [("", "", 9, "Work", 1)], ("A", 4), "partner organisation's name"),
        (NINE, [("X", "", 9, "Dual education", 4)], ("", None), "4 graduates are placed"),
    ],
)
def test_a_bad_file_is_refused_with_where_and_nothing_written(
    school_db: Database, tmp_path: Path, nine: dict, partners: list, where: tuple, says: str
) -> None:
    path = graduates_template(school_db, tmp_path / "g.xlsx", year="2024-2025")
    fill(path, nine, ELEVEN, partners)
    plan = apply_graduates_import(school_db, GraduatesImportRequest(path, _school(school_db)))
    assert not plan.ok and not plan.written
    problem = plan.problems[0]
    assert says in problem.message
    assert (problem.column, problem.row) == where
    assert _cohorts(school_db) == 0


def test_not_a_template_and_no_year(school_db: Database, tmp_path: Path) -> None:
    other = tmp_path / "notes.xlsx"
    Workbook().save(other)
    plan = preview_graduates_import(school_db, GraduatesImportRequest(other, _school(school_db)))
    assert "not a graduates template" in plan.problems[0].message
    path = fill(graduates_template(school_db, tmp_path / "g.xlsx"), NINE, ELEVEN)
    plan = preview_graduates_import(school_db, GraduatesImportRequest(path, _school(school_db)))
    assert "which academic year" in plan.problems[0].message
    chosen = GraduatesImportRequest(path, _school(school_db), year="2024-2025")
    assert preview_graduates_import(school_db, chosen).ok
    # partners of a grade whose destinations are blank: said on the Partners sheet
    fill(path, NINE, {}, [("Agromash", "", 11, "Work", 1)])
    problem = preview_graduates_import(school_db, chosen).problems[0]
    assert (problem.sheet, problem.row, problem.column) == ("Partners", 4, "C")
    assert "grade 11" in problem.message


def test_the_command_line(school_db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db_path = location_of(school_db)
    school_db.close()
    out = tmp_path / "g.xlsx"
    assert cli_main(["export", "template-graduates", "--db", db_path, "--out", str(out),
                     "--year", "2024-2025", "--lang", "en"]) == 0  # fmt: skip
    fill(out, NINE, ELEVEN)
    capsys.readouterr()
    assert cli_main(["import", "graduates", str(out), "--db", db_path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["written"] and data["grades"]["9"]["grade_10"] == 20
    assert cli_main(["graduates", "--db", db_path]) == 0
    shown = capsys.readouterr().err  # sentences for people go to stderr
    assert "grade 9: 34 graduates, 29 to further study, 3 with partners" in shown
    fill(out, {**NINE, "college": "x"}, ELEVEN)
    assert cli_main(["import", "graduates", str(out), "--db", db_path]) == 1
    assert "nothing was written" in capsys.readouterr().err


def test_a_graduates_import_waits_for_another_import_into_the_school(
    school_db: Database, tmp_path: Path
) -> None:
    from eduqa_desktop.services.errors import UserError
    from eduqa_desktop.storage.import_locks import school_import_lock

    school_id = _school(school_db)
    path = graduates_template(school_db, tmp_path / "g.xlsx", school_id=school_id, year="2024-2025")
    fill(path, NINE, ELEVEN, [])
    request = GraduatesImportRequest(path, school_id)
    with school_import_lock(school_db, school_id, "Nazarova D. (INSPEKTOR-2)"):
        with pytest.raises(UserError, match=r"Nazarova D\. \(INSPEKTOR-2\) has been importing"):
            apply_graduates_import(school_db, request)
        assert _cohorts(school_db) == 0
    assert apply_graduates_import(school_db, request).written  # its turn now
