"""`eduqa attention`: the ranked list in the issue's JSON shape, the same as the service's."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eduqa_desktop.cli import main
from eduqa_desktop.services.attention import school_attention
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.storage.database import open_database

DEMO_TODAY = date(2026, 11, 25)


def test_json_is_the_school_list(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(demo_db_path)
    school = list_schools(db)[0]
    expected = school_attention(db, school.id, year="2026-2027", term=1, today=DEMO_TODAY)
    db.close()
    args = ["attention", "--db", str(demo_db_path), "--school", school.name]
    assert main([*args, "--year", "2026-2027", "--term", "1", "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["term"] == {"year": "2026-2027", "number": 1}
    assert data["results_term"] == {"year": "2026-2027", "number": 1}
    assert [t["teacher"] for t in data["teachers"]] == [r.teacher_name for r in expected.rows]
    assert 1 <= len(data["teachers"]) <= expected.staff // 5
    first = data["teachers"][0]
    assert set(first) == {"teacher", "school", "score", "signals"}
    assert first["school"] == school.name
    assert first["score"] == pytest.approx(sum(s["severity"] for s in first["signals"]), abs=0.01)
    assert set(first["signals"][0]) == {"kind", "severity", "message", "evidence"}
    # Chemistry behind across the school: the school's signal, both teachers named
    (subject,) = data["subjects"]
    assert subject["school"] == school.name and subject["subject"] == "Kimyo"
    assert sorted(subject["teachers"]) == [
        "Abdullayeva Mahliyo Komilovna",
        "Нурматова Дилфуза Қобиловна",
    ]
    assert subject["message"].startswith("Chemistry across the school: quality 30.5%")
    assert subject["evidence"]["interval"] == [25.9, 35.5]
    assert data["schools"] == [
        {
            "school": school.name,
            "staff": expected.staff,
            "score": pytest.approx(sum(r.score for r in expected.rows), abs=0.01),
            "listed": len(expected.rows),
            "results_term": {"year": "2026-2027", "number": 1},
        }
    ]


def test_text_in_russian_and_a_missing_school(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["attention", "--db", str(demo_db_path), "--year", "2026-2027", "--term", "1"]
    assert main([*args, "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "Namuna 47-maktab:" in out
    assert "квалификации" in out or "посещ" in out
    assert "Химия по всей школе: качество" in out
    assert main([*args, "--school", "No such school"]) == 1
    assert capsys.readouterr().out == ""
