"""`eduqa export template-survey`, `eduqa import survey`, `eduqa voices`: JSON, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_world import row_counts, school_file
from survey_world import fill_respondents, fill_tallies

from eduqa_desktop.cli import main


def _run(capsys, *args: str) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    code = main(list(args))
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip() else {})


def test_template_fill_import_then_voices(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(school_file(tmp_path))
    out = tmp_path / "parents.xlsx"
    code, data = _run(
        capsys, "export", "template-survey", "--group", "parents", "--db", db, "--out", str(out),
        "--json",
    )  # fmt: skip
    assert code == 0 and data["layout"] == "tallies" and out.exists()
    # 10 parents; statement 5 (climate): 6 of 10 agree
    fill_tallies(out, {1: (0, 1, 1, 4, 4), 5: (1, 1, 2, 3, 3)}, respondents=10)
    before = row_counts(db)
    code, data = _run(
        capsys, "import", "survey", str(out), "--db", db, "--year", "2025-2026", "--term", "2",
        "--json", "--dry-run",
    )  # fmt: skip
    assert code == 0 and data["written"] is False and row_counts(db) == before
    assert data["dimensions"]["climate_safety"]["share_agreeing"] == pytest.approx(60.0)
    code, data = _run(
        capsys, "import", "survey", str(out), "--db", db, "--year", "2025-2026", "--term", "2",
        "--json",
    )  # fmt: skip
    assert code == 0 and data["written"] is True and data["respondents"] == 10
    assert row_counts(db)["survey_rounds"] == 1
    code, data = _run(capsys, "voices", "--db", db, "--json")
    assert code == 0
    [parents] = data["groups"]
    assert parents["group"] == "parents" and parents["respondents"] == 10
    assert parents["share_agreeing"] == pytest.approx(14 / 20 * 100)
    assert parents["mean"] == pytest.approx((2 + 3 + 16 + 20 + 1 + 2 + 6 + 12 + 15) / 20)


def test_a_bad_file_exits_1_saying_where_and_writes_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(school_file(tmp_path))
    out = tmp_path / "pupils.xlsx"
    main(["export", "template-survey", "--group", "pupils", "--layout", "respondents",
          "--db", db, "--out", str(out)])  # fmt: skip
    fill_respondents(out, [(5, 4, 3)] * 4 + [(5, "x", 3)], year="2025-2026", term=1)
    capsys.readouterr()
    before = row_counts(db)
    code, data = _run(capsys, "import", "survey", str(out), "--db", db, "--json")
    assert code == 1 and data["written"] is False
    [error] = data["errors"]
    assert (
        error["column"] == "C" and error["value"] == "x" and "1, 2, 3, 4 or 5" in error["message"]
    )
    assert row_counts(db) == before
    code = main(["import", "survey", str(out), "--db", db, "--lang", "ru"])
    err = capsys.readouterr().err
    assert code == 1 and "ничего не записано" in err


def test_unknown_group_is_a_usage_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(school_file(tmp_path))
    code = main(
        ["export", "template-survey", "--group", "inspectors", "--db", db, "--out", "x.xlsx"]
    )
    assert code == 2
