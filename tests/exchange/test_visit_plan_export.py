"""The visit plan to .xlsx and HTML: one row per visit, status counts, text kept literal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from observation_seed import seed
from openpyxl import load_workbook

from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.exchange.visit_plan_export import plan_html, write_plan_workbook
from eduqa_desktop.services.visit_plan import PlannedVisitInput, add_visit, list_plan


def _lines(db):  # type: ignore[no-untyped-def]
    seeded = seed(db)
    add_visit(
        db,
        PlannedVisitInput(
            seeded.school_id,
            seeded.teachers["Karimov"],
            2025,
            10,
            date(2025, 10, 8),
            Purpose.PLANNED_CONTROL,
            "Rahimova",
        ),
    )
    add_visit(
        db,
        PlannedVisitInput(
            seeded.school_id,
            seeded.teachers["Sharipova"],
            2025,
            12,
            None,
            Purpose.SUPPORT,
            "=cmd|' /C calc'!A0",
            "Mentor",
        ),
    )
    return list_plan(db, seeded.school_id, (2025, 9), (2026, 5), today=date(2025, 11, 20))


def test_the_plan_workbook(school_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = _lines(school_db)
    path = write_plan_workbook(
        lines,
        tmp_path / "plan.xlsx",
        school="Test maktab",
        period="2025-2026",
        today=date(2025, 11, 20),
        language="en",
    )
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "Visit plan — Test maktab, 2025-2026"
    assert "Overdue: 1" in sheet["A2"].value and "Upcoming: 1" in sheet["A2"].value
    assert [c.value for c in sheet[4]][:3] == ["Month", "Day", "Teacher"]
    assert [c.value for c in sheet[5]][:7] == [
        "October 2025",
        sheet["B5"].value,
        "Karimov Javlon Olimovich",
        "Aniq fanlar",
        "Planned internal control",
        "Rahimova",
        "Overdue",
    ]
    assert sheet["B5"].value.date() == date(2025, 10, 8)
    # A text that looks like a formula stays text.
    assert sheet["F6"].data_type == "s" and sheet["F6"].value.startswith("=cmd")
    assert sheet.freeze_panes == "A5"


def test_the_plan_html(school_db) -> None:  # type: ignore[no-untyped-def]
    html = plan_html(
        _lines(school_db),
        school="Test maktab",
        period="2025-2026",
        today=date(2025, 11, 20),
        language="ru",
    )
    assert "Karimov Javlon Olimovich" in html and "08.10.2025" in html
    assert "December 2025" in html  # month names come from the translate function
    empty = plan_html([], school="S", period="P", today=date(2025, 11, 20), language="en")
    assert "No visits are planned" in empty
