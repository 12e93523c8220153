"""The district report's writer on its own: plain figures in, a workbook out, no database.

The figures are built by hand (two schools, one with no results); the cells are read back with
python-calamine. tests/exchange/test_district_report.py checks the whole path from a database.
"""

from __future__ import annotations

from datetime import date

import pytest
from python_calamine import CalamineWorkbook

from eduqa_desktop.domain.graduates import Destination, Destinations
from eduqa_desktop.domain.indicators import MarkCounts, compute_indicators
from eduqa_desktop.domain.surveys import Dimension, Satisfaction
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.exchange.district_data import (
    DistrictFigures,
    FlagLine,
    GraduateLine,
    GraduatesFigures,
    IndicatorGroups,
    IndicatorLine,
    PartnerLine,
    PdOverdueLine,
    SchoolLine,
    VoiceLine,
    VoicesFigures,
)
from eduqa_desktop.exchange.district_report import HEADER_ROW, WORDS, write_district_report
from eduqa_desktop.progress import Cancelled, Progress

COUNTS = MarkCounts(n5=5, n4=10, n3=8, n2=2, n1=0, not_attested=1)  # 26 assessed
NO_BANDS = {"high": 0, "good": 0, "needs_improvement": 0, "unsatisfactory": 0}


def _school(name: str, counts: MarkCounts, planned: int, done: int) -> SchoolLine:
    return SchoolLine(
        school=name, district="Chilonzor", teachers=4, classes=2, counts=counts,
        indicators=compute_indicators(counts), observations=3, observation_average=62.5,
        bands={**NO_BANDS, "good": 3}, visits_planned=planned, visits_done=done,
        visits_overdue=planned - done, pd_teachers=4, pd_compliant=3,
    )  # fmt: skip


def _figures() -> DistrictFigures:
    empty = MarkCounts()
    grade = IndicatorLine("Maktab 1", "7", COUNTS, 0, compute_indicators(COUNTS))
    return DistrictFigures(
        year="2025-2026",
        term=2,
        results_term=2,
        start=date(2025, 11, 10),
        end=date(2026, 1, 10),
        as_of=date(2026, 1, 10),
        schools=(_school("Maktab 1", COUNTS, 4, 3), _school("Maktab 2", empty, 0, 0)),
        district_counts=COUNTS,
        district=compute_indicators(COUNTS),
        groups=IndicatorGroups(grade=(grade,)),
        flags=(FlagLine("Maktab 1", "Karimova G.", "low_lesson", "Score {score}.", {"score": 41}),),
        pd_overdue=(PdOverdueLine("Maktab 1", "Karimova G.", date(2021, 5, 3)),),
    )


def _voices() -> VoicesFigures:
    overall = Satisfaction(respondents=12, answers=120, agreeing=90, points=480, shown=True)
    line = VoiceLine("Maktab 1", Stakeholder.PARENTS, ("2025-2026", 2), overall,
                     {Dimension.TEACHING_LEARNING: overall}, 4.5)  # fmt: skip
    return VoicesFigures(5, (line,), (), empty=False)


def _graduates() -> GraduatesFigures:
    cohort = Destinations({Destination.UNKNOWN: 2})
    partner = PartnerLine("Maktab 1", "Zavod", "industry", 9, Destination.EMPLOYED, 1)
    return GraduatesFigures("2025-2026", (GraduateLine("Maktab 1", 9, cohort),), (partner,))


def _rows(path, key: str) -> list[list[object]]:  # type: ignore[no-untyped-def]
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name(WORDS[key]["en"]).to_python()


def test_figures_become_the_sheets_without_a_database(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "district.xlsx"
    write_district_report(_figures(), _voices(), _graduates(), path, language="en")

    summary = _rows(path, "summary")
    assert summary[0][0] == f"{WORDS['title']['en']} — {WORDS['summary']['en']}"
    header, first, second, district = summary[HEADER_ROW - 1 : HEADER_ROW + 3]
    assert header[0] == "School"
    assert first[:4] == ["Maktab 1", 4, 2, 26]
    assert first[4] == pytest.approx(23 / 26)  # pass rate (5, 4, 3 of 26) as a fraction
    assert first[12] == 0.75  # 3 of 4 planned visits
    assert first[14] == 1  # one signal
    assert second[:4] == ["Maktab 2", 4, 2, 0]
    assert second[4] == "" and second[12] == ""  # undefined: empty cells, never 0
    assert district[0] == "District" and district[3] == 26

    grades = _rows(path, "grade")
    assert grades[HEADER_ROW][:3] == ["Maktab 1", "7", 26]
    attention = _rows(path, "flags")
    assert attention[HEADER_ROW] == ["Maktab 1", "Karimova G.", "Low lesson", "Score 41."]
    voices = _rows(path, "voices")
    assert voices[HEADER_ROW][:3] == ["Maktab 1", "Parents", 12]
    graduates = _rows(path, "graduates")
    assert graduates[HEADER_ROW][:3] == ["Maktab 1", 9, 2]


def test_a_cancel_before_saving_writes_no_file(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "district.xlsx"

    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        write_district_report(_figures(), _voices(), _graduates(), path, check=progress.check)
    assert not path.exists()
