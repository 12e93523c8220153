"""`eduqa indicators`: the JSON the issue specifies, the human table, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from engines import location_of
from results_world import World, build_world

from eduqa_desktop.cli import main
from eduqa_desktop.storage.database import Database


@pytest.fixture
def world_db(school_db: Database) -> tuple[str, World]:
    world = build_world(school_db)
    return location_of(school_db), world


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["indicators", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_by_class_matches_the_hand_computed_numbers(
    world_db: tuple[Path, World], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = world_db
    data = run_json(
        capsys, "--db", str(path), "--year", "2025-2026", "--term", "4", "--by", "class"
    )
    assert data["rows"] == [
        {
            "group": "7-A",
            "pupils": 26,
            "graded": 51,
            "n5": 10,
            "n4": 20,
            "n3": 16,
            "n2": 4,
            "n1": 0,
            "not_attested": 1,
            "pass_rate": 90.2,
            "quality": 58.8,
            "sou": 57.4,
            "average_grade": 3.72,
        },
        {
            "group": "7-B",
            "pupils": 20,
            "graded": 20,
            "n5": 0,
            "n4": 0,
            "n3": 0,
            "n2": 20,
            "n1": 0,
            "not_attested": 0,
            "pass_rate": 0.0,
            "quality": 0.0,
            "sou": 16.0,
            "average_grade": 2.0,
        },
        {
            "group": "8-A",
            "pupils": 30,
            "graded": 28,
            "n5": 3,
            "n4": 9,
            "n3": 12,
            "n2": 3,
            "n1": 1,
            "not_attested": 0,
            "pass_rate": 85.7,
            "quality": 42.9,
            "sou": 48.7,
            "average_grade": 3.36,
        },
    ]
    assert (data["year"], data["term"], data["by"]) == ("2025-2026", 4, "class")


def test_undefined_values_are_null(
    world_db: tuple[Path, World], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = world_db
    data = run_json(
        capsys, "--db", str(path), "--school", "Test maktab", "--year", "2025-2026",
        "--term", "4", "--by", "teacher",
    )  # fmt: skip
    rows = {row["group"]: row for row in data["rows"]}  # type: ignore[attr-defined]
    assert rows["Toshmatova Gulnora"] == {
        "group": "Toshmatova Gulnora",
        "pupils": 10,  # all exempt: ten pupils, no mark counted
        "graded": 0,
        "n5": 0,
        "n4": 0,
        "n3": 0,
        "n2": 0,
        "n1": 0,
        "not_attested": 0,
        "pass_rate": None,
        "quality": None,
        "sou": None,
        "average_grade": None,
    }
    assert rows["Aliyeva Dilnoza"]["quality"] == 50.9


def test_without_year_and_term_the_latest_term_with_results(
    world_db: tuple[Path, World], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = world_db
    data = run_json(capsys, "--db", str(path), "--by", "school")
    assert (data["year"], data["term"]) == ("2026-2027", 1)
    assert [row["graded"] for row in data["rows"]] == [25]  # type: ignore[attr-defined]
    data = run_json(capsys, "--db", str(path), "--year", "2025-2026", "--by", "school")
    assert data["term"] == 4
    data = run_json(capsys, "--db", str(path), "--term", "3", "--by", "grade")
    assert (data["year"], data["term"]) == ("2025-2026", 3)


def test_department_without_a_name(
    world_db: tuple[Path, World], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = world_db
    data = run_json(capsys, "--db", str(path), "--year", "2025-2026", "--term", "4",
                    "--by", "department")  # fmt: skip
    groups = [row["group"] for row in data["rows"]]  # type: ignore[attr-defined]
    assert groups == ["Languages", "Math", "(no department)"]


def test_the_human_table(world_db: tuple[Path, World], capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = world_db
    assert main(["indicators", "--db", str(path), "--year", "2025-2026", "--term", "4",
                 "--by", "subject"]) == 0  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "all schools — quarter 4, 2025-2026 — by subject"
    assert out[1].split()[:3] == ["group", "N", "5"]
    algebra = out[2].split()
    assert algebra[:2] == ["Algebra", "45"]
    assert "51.1" in algebra and "33.3" in algebra and "2.96" in algebra


def test_exit_codes(
    world_db: tuple[Path, World], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, _ = world_db
    assert main(["indicators", "--db", str(path), "--by", "planet"]) == 2
    assert main(["indicators", "--db", str(path)]) == 2  # --by is required
    assert main(["indicators", "--db", str(path), "--by", "class", "--year", "2025"]) == 2
    assert main(["indicators", "--db", str(path), "--by", "class", "--term", "5"]) == 2
    assert main(["indicators", "--db", str(tmp_path / "nope.db"), "--by", "class"]) == 1
    assert main(["indicators", "--db", str(path), "--by", "class", "--school", "Nowhere"]) == 1
    assert main(["indicators", "--db", str(path), "--by", "class",
                 "--year", "2030-2031", "--term", "1"]) == 1  # fmt: skip
    assert main(["indicators", "--db", str(path), "--by", "class", "--term", "2"]) == 1
    err = capsys.readouterr().err
    assert "no results of quarter 2" in err


def test_a_file_without_results(school_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--db", location_of(school_db), "--by", "class"]) == 1
    assert "no results" in capsys.readouterr().err


def test_quarter_one_by_class_follows_the_pupils(
    school_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """The JSON the issue specifies holds only the term (unchanged); the table's quality Δ
    compares 8-A with last year's 7-A (domain.term_comparison) and this year's 7-A with
    nothing."""
    from quality_change_world import build_year_boundary

    build_year_boundary(school_db)
    path = location_of(school_db)
    data = run_json(capsys, "--db", path, "--year", "2026-2027", "--term", "1", "--by", "class")
    assert [(row["group"], row["quality"]) for row in data["rows"]] == [  # type: ignore[attr-defined]
        ("7-A", 32.0),
        ("8-A", 48.0),
        ("8-B", 36.0),
    ]
    assert all("change" not in row for row in data["rows"])  # type: ignore[attr-defined]
    assert main(["indicators", "--db", path, "--year", "2026-2027", "--term", "1",
                 "--by", "class"]) == 0  # fmt: skip
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[2:]}
    assert lines["8-A"].endswith("▼ −16.0")
    assert lines["8-B"].endswith("▲ +4.0")
    assert lines["7-A"].endswith("—")
