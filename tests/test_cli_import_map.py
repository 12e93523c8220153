"""`eduqa import … --map`: say which of the file's headers is which column."""

from __future__ import annotations

import json
from pathlib import Path

from cli_world import row_counts, school_file

from eduqa_desktop.cli import main

SCHOOLS = Path(__file__).resolve().parent / "data" / "schools"
UNKNOWN = SCHOOLS / "results_unknown_marks.xlsx"


def _run(capsys, *args: str) -> tuple[int, dict, str]:  # type: ignore[no-untyped-def]
    code = main(list(args))
    captured = capsys.readouterr()
    out = captured.out
    return code, (json.loads(out) if out.strip().startswith("{") else {}), out + captured.err


def test_unrecognised_columns_are_listed_then_mapped(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    base = ("import", "results", str(UNKNOWN), "--db", str(db), "--create-missing")
    before = row_counts(db)
    code, data, _ = _run(capsys, *base, "--json")
    assert code == 1 and row_counts(db) == before
    assert data["columns"]["missing"] == ["n5", "n4", "n3", "n2"]
    assert "Выше среднего" in data["columns"]["headers"]
    code, _, text = _run(capsys, *base, "--lang", "en")
    assert code == 1 and "the file's headers: Класс | Предмет" in text and "--map" in text
    mapping = "5=Высокий,4=Выше среднего,3=Средний,2=Низкий"
    code, data, _ = _run(capsys, *base, "--json", "--map", mapping)
    assert code == 0 and data["created"] == 2 and data["written"]


def test_a_map_naming_no_column_is_refused(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    code, data, _ = _run(
        capsys, "import", "results", str(UNKNOWN), "--db", str(db), "--json", "--map", "7=x"
    )
    assert code == 1
    assert "names the column “7”" in data["errors"][0]["message"]
    code, data, _ = _run(
        capsys, "import", "results", str(UNKNOWN), "--db", str(db), "--json", "--map", "5"
    )
    assert code == 1 and "COLUMN=HEADER" in data["errors"][0]["message"]


def test_the_messy_staff_list_from_the_issue(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    code, data, _ = _run(
        capsys, "import", "teachers", str(SCHOOLS / "staff_ru_totals.xlsx"), "--db", str(db),
        "--json",
    )  # fmt: skip
    assert code == 0 and data["created"] == 6
