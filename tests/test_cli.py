"""The foundation's command line: demo, init, info, screenshots, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from eduqa_desktop.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real `python -m eduqa_desktop …`, as a user types it."""
    return subprocess.run(
        [sys.executable, "-m", "eduqa_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_init_then_info_json(tmp_path: Path) -> None:
    db = tmp_path / "school.sqlite3"
    made = run(
        "init",
        "--db",
        str(db),
        "--school",
        "47-maktab",
        "--district",
        "Chilonzor",
        "--year",
        "2025-2026",
    )
    assert made.returncode == 0, made.stderr
    assert "47-maktab" in made.stderr
    info = run("info", "--db", str(db), "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert [s["name"] for s in data["schools"]] == ["47-maktab"]
    assert data["schools"][0]["district"] == "Chilonzor"
    counts = data["row_counts"]
    assert counts["terms"] == 4 and counts["academic_years"] == 1
    assert counts["checklist_templates"] == 3
    assert counts["subjects"] > 15 and counts["activity_types"] >= 12
    assert counts["teachers"] == 0


def test_demo_then_info_shows_a_believable_school(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "d.sqlite3"
    assert main(["demo", "--db", str(db), "--today", "2026-11-25", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["schools"] == 1
    assert main(["info", "--db", str(db), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["row_counts"]
    assert 35 <= counts["teachers"] <= 45
    assert 22 <= counts["classes"] / 2 <= 33  # 11 grades x 2-3 classes, two years
    assert 120 <= counts["observations"] <= 180
    assert counts["result_rows"] > 1000
    assert counts["visit_plan_entries"] > 0 and counts["activities"] > 0


def test_demo_district(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "district.sqlite3"
    code = main(
        [
            "demo",
            "--db",
            str(db),
            "--schools",
            "3",
            "--teachers-per-school",
            "8",
            "--today",
            "2026-11-25",
            "--json",
        ]
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out)["schools"] == 3


@pytest.mark.parametrize(
    "args",
    [
        ["demo"],  # --db missing
        ["demo", "--db", "x.sqlite3", "--schools", "0"],
        ["frobnicate"],
        ["info"],
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(args) == 2


def test_refused_input_exits_1_and_writes_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "bad.sqlite3"
    assert main(["init", "--db", str(db), "--school", "X", "--year", "2025-2030"]) == 1
    assert "not an academic year" in capsys.readouterr().err
    assert not db.exists()
    assert main(["info", "--db", str(tmp_path / "missing.sqlite3")]) == 1
    not_db = tmp_path / "notes.sqlite3"
    not_db.write_text("hello", encoding="utf-8")
    assert main(["info", "--db", str(not_db)]) == 1
    assert "not an EduQA database" in capsys.readouterr().err


def test_init_refuses_an_existing_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "s.sqlite3"
    assert main(["init", "--db", str(db), "--school", "A", "--year", "2025-2026"]) == 0
    before = db.stat().st_size
    assert main(["init", "--db", str(db), "--school", "B", "--year", "2025-2026"]) == 1
    assert db.stat().st_size == before


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_screenshots_write_one_png_per_tab(
    demo_db_path: Path, tmp_path: Path, language: str
) -> None:
    out = tmp_path / language
    done = run("screenshots", "--db", str(demo_db_path), "--out", str(out), "--lang", language)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == ["dashboard.png", "observations.png", "results.png", "teachers.png"]
    image = QImage(str(out / "teachers.png"))
    assert (image.width(), image.height()) == (1366, 768)
    colours = {image.pixel(x, y) for x in range(0, 1366, 37) for y in range(0, 768, 29)}
    assert len(colours) > 5  # drawn, not blank
