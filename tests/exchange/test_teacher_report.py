"""The teacher profile as HTML (for PDF) and as .xlsx, read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from teacher_world import TODAY, World

from eduqa_desktop.domain.vocabulary import Category
from eduqa_desktop.exchange.teacher_report import profile_html, profile_workbook
from eduqa_desktop.services.teacher_profile import TeacherProfile, teacher_profile
from eduqa_desktop.storage.database import Database


@pytest.fixture
def profile(school_db: Database) -> TeacherProfile:
    world = World(school_db)
    teacher = world.teacher(
        "Sharipova Gulnora",
        "Aniq fanlar",
        ("Algebra",),
        category=Category.HIGHEST,
        experience=21,
        last_pd=date(2020, 1, 10),
    )
    colleague = world.teacher("Karimova Dilnoza")
    count = len(world.criteria)
    world.observation(teacher, date(2025, 10, 1), [1] * count, subject="Algebra")
    world.observation(teacher, date(2025, 11, 20), [3, 3, 3] + [1] * (count - 3))
    world.observation(colleague, date(2025, 11, 21), [2] * count)
    class_a = world.school_class("7-A", 7, 25)
    world.results(1, teacher, class_a, "Algebra", n5=6, n4=10, n3=9, class_size=25)
    world.results(2, teacher, class_a, "Algebra", n5=4, n4=8, n3=13, class_size=25)
    world.activity(teacher, "pd_course", date(2023, 2, 1), 72, note='=HYPERLINK("x")')
    world.activity(teacher, "mentoring", date(2025, 10, 5), note="Yosh oʻqituvchi <b>")
    return teacher_profile(school_db, teacher, today=TODAY)


def _weak_criterion(profile: TeacherProfile) -> str:
    """Criteria 4 onwards scored 1 of 0–3 in both visits (the second lesson is low too)."""
    assert [s.kind for s in profile.signals] == ["low_lesson", "weak_criterion"]
    return str(profile.signals[1].params["criterion"])


def test_html_in_english_holds_every_part(profile: TeacherProfile) -> None:
    html = profile_html(profile)
    for text in (
        "Teacher profile: Sharipova Gulnora",
        "As of 1 Dec 2025",
        "Aniq fanlar",
        "Highest",
        f"“{_weak_criterion(profile)}” weak in 2 of 2 visits",
        "Up to date",
        "Lesson observations",
        "Strongest",
        "Weakest",
        "Q2 2025-2026",
        "48.0%",
        "−16.0",
        "Course hours in the last 3 years",
        "Mentoring",
        "Yosh oʻqituvchi &lt;b&gt;",  # user text escaped
    ):
        assert text in html, text


def test_html_in_russian_formats_numbers_and_translates(profile: TeacherProfile) -> None:
    words = {
        ("TeacherReport", "Teacher profile"): "Профиль учителя",
        ("Messages", "“{criterion}” weak in {weak} of {visits} visits"): (
            "«{criterion}»: слабо в {weak} из {visits} посещений"
        ),
    }
    html = profile_html(
        profile, language="ru", tr=lambda context, text: words.get((context, text), text)
    )
    assert "Профиль учителя: Sharipova Gulnora" in html
    assert "слабо в 2 из 2 посещений" in html
    assert "01.12.2025" in html
    assert "48.0%" not in html


def test_workbook_has_numbers_as_numbers(profile: TeacherProfile, tmp_path: Path) -> None:
    path = profile_workbook(profile, tmp_path / "out" / "profile.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Profile", "Observations", "Criteria", "Results", "Activities"]
    summary = book["Profile"]
    assert summary["A1"].value == "Teacher profile: Sharipova Gulnora"
    values = {row[0].value: row[1].value for row in summary.iter_rows(min_row=4) if row[0].value}
    assert values["Department"] == "Aniq fanlar"
    assert values["Experience, years"] == 21
    assert values["Course hours in the last 3 years"] == 72
    signals = [row[0].value for row in summary.iter_rows() if "weak in" in str(row[0].value)]
    assert signals == [f"“{_weak_criterion(profile)}” weak in 2 of 2 visits"]
    results = book["Results"]
    header = [c.value for c in results[1]]
    assert header[:4] == ["Quarter", "Class", "Subject", "Pupils assessed"]
    rows = list(results.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["Q1 2025-2026", "Q2 2025-2026"]
    quality = header.index("Quality of knowledge")
    assert rows[1][quality] == pytest.approx(48.0)
    assert results.cell(row=3, column=quality + 1).number_format == '0.0"%"'
    assert rows[0][header.index("Change in quality, points")] is None  # undefined: empty
    assert rows[1][header.index("Change in quality, points")] == pytest.approx(-16.0)
    observations = list(book["Observations"].iter_rows(min_row=2, values_only=True))
    assert len(observations) == 2 and observations[0][0].date() == date(2025, 10, 1)
    notes = [r[4] for r in book["Activities"].iter_rows(min_row=2, values_only=True)]
    assert '=HYPERLINK("x")' in notes  # text, never a formula
    assert book["Results"].freeze_panes == "A2"


def test_an_empty_profile_renders(school_db: Database, tmp_path: Path) -> None:
    world = World(school_db)
    teacher = world.teacher("Yangi Oʻqituvchi", last_pd=None)
    empty = teacher_profile(school_db, teacher, today=TODAY)
    html = profile_html(empty)
    assert "No final observation yet." in html
    assert "No results entered for this teacher." in html
    assert "No activities recorded." in html
    assert "No professional-development course on record" in html
    profile_workbook(empty, tmp_path / "empty.xlsx")
    assert load_workbook(tmp_path / "empty.xlsx")["Results"].max_row == 1
