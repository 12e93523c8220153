"""The district report's Voices sheet: schools side by side, the district summed tally by
tally, a small group withheld, the change since the survey before."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from survey_world import add_round

from eduqa_desktop.domain.surveys import Tally
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services.reports.district import export_district_report
from eduqa_desktop.services.schools import create_school, list_schools
from eduqa_desktop.storage.database import Database


def test_the_voices_sheet(school_db: Database, tmp_path: Path) -> None:
    first = list_schools(school_db)[0].id
    second = create_school(school_db, "Ikkinchi maktab", year="2025-2026").id
    # statement 1 is teaching and learning: 7 of 10 agree, then 3 of 10 the quarter before
    add_round(school_db, first, Stakeholder.PARENTS, 10, {1: Tally(0, 1, 2, 3, 4)})
    add_round(school_db, first, Stakeholder.PARENTS, 10, {1: Tally(3, 3, 1, 2, 1)}, term=1)
    # the other school: 20 parents, 5 agree; 3 pupils only (under 5: withheld)
    add_round(school_db, second, Stakeholder.PARENTS, 20, {1: Tally(5, 5, 5, 3, 2)})
    add_round(school_db, second, Stakeholder.PUPILS, 3, {1: Tally(0, 0, 0, 1, 2)})
    path = tmp_path / "report.xlsx"
    export_district_report(school_db, path, year="2025-2026", term=2)
    sheet = load_workbook(path)["Voices"]
    rows = [r for r in sheet.iter_rows(min_row=5, values_only=True) if r and r[1]]
    header = rows[0]
    share = header.index("Teaching and learning")
    found = {(r[0], r[1]): r for r in rows[1:]}
    test = found[("Test maktab", "Parents")]
    assert (test[2], test[share]) == (10, pytest.approx(0.7))
    assert test[header.index("Change (points)")] == pytest.approx(40.0)
    assert found[("Ikkinchi maktab", "Parents")][share] == pytest.approx(0.25)
    pupils = found[("Ikkinchi maktab", "Pupils")]
    assert pupils[2] == 3 and pupils[share] is None
    assert "fewer than 5 answered" in pupils[header.index("Note")]
    # all schools: (7 + 5) of (10 + 20) answers, never the average of 70 % and 25 %
    assert found[("All schools", "Parents")][share] == pytest.approx(12 / 30)
