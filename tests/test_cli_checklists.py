"""`eduqa import checklist FORM.xlsx` and `eduqa export checklist … --format xlsform`."""

from __future__ import annotations

import json
from pathlib import Path

from cli_world import row_counts, school_file
from xlsform_world import NOT_CARRIED_ROWS, SURVEY, edited, write_form

from eduqa_desktop.cli import main


def _run(capsys, *args: str) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    code = main(list(args))
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip() else {})


def test_an_xlsform_imports_once_then_is_unchanged(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = str(school_file(tmp_path))
    form = str(write_form(tmp_path / "kobo.xlsx"))
    before = row_counts(db)
    code, data = _run(capsys, "import", "checklist", form, "--db", db, "--dry-run", "--json")
    assert code == 0 and data["created"] == 1 and data["written"] is False
    assert row_counts(db) == before
    code, data = _run(capsys, "import", "checklist", form, "--db", db, "--json")
    assert code == 0 and (data["created"], data["written"], data["format"]) == (1, True, "xlsform")
    checklist = data["checklist"]
    assert [s["title"]["en"] for s in checklist["sections"]] == [
        "Lesson", "Lesson › Opening", "Climate"
    ]  # fmt: skip
    assert [lv["value"] for lv in checklist["scale"]] == [1, 2, 3, 4]
    assert checklist["languages"] == ["ru", "en"] and checklist["code"] == "visit"
    assert [n["row"] for n in data["not_carried"]] == NOT_CARRIED_ROWS
    assert data["not_carried"][0] == {
        "sheet": "survey", "row": 8, "type": "text", "name": "comment",
        "reason": "the question type “text” has no place in a checklist",
    }  # fmt: skip
    code, data = _run(capsys, "import", "checklist", form, "--db", db, "--json", "--lang", "ru")
    assert (code, data["created"], data["updated"], data["unchanged"]) == (0, 0, 0, 1)
    assert (
        data["not_carried"][0]["reason"] != "the question type “text” has no place in a checklist"
    )


def test_a_changed_form_becomes_the_next_version(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = str(school_file(tmp_path))
    _run(capsys, "import", "checklist", str(write_form(tmp_path / "a.xlsx")), "--db", db, "--json")
    changed = write_form(tmp_path / "b.xlsx", edited(SURVEY, 13, 4, "Mutual respect"))
    code, data = _run(capsys, "import", "checklist", str(changed), "--db", db, "--json")
    assert (code, data["updated"], data["checklist"]["version"]) == (0, 1, 2)


def test_a_bad_form_is_refused_and_nothing_is_written(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = str(school_file(tmp_path))
    bad = write_form(tmp_path / "bad.xlsx", edited(SURVEY, 7, 1, "select_one qualty"))
    before = row_counts(db)
    code, data = _run(capsys, "import", "checklist", str(bad), "--db", db, "--json")
    assert code == 1 and data["written"] is False
    error = data["errors"][0]
    assert (error["sheet"], error["row"], error["column"]) == ("survey", 7, "A")
    assert "qualty" in error["message"] and "expected one of: aids, quality" in error["message"]
    assert row_counts(db) == before
    code = main(["import", "checklist", str(bad), "--db", db])
    assert code == 1
    assert "bad.xlsx" in capsys.readouterr().err


def test_export_as_xlsform_and_back(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = str(school_file(tmp_path))
    _, first = _run(capsys, "import", "checklist", str(write_form(tmp_path / "a.xlsx")),
                    "--db", db, "--json")  # fmt: skip
    out = tmp_path / "out.xlsx"
    code, data = _run(capsys, "export", "checklist", "--db", db, "--checklist", "visit",
                      "--out", str(out), "--format", "xlsform", "--json")  # fmt: skip
    assert code == 0 and Path(data["out"]).is_file() and data["format"] == "xlsform"
    code, again = _run(capsys, "import", "checklist", str(out), "--db", db, "--json", "--dry-run")
    assert code == 0 and again["unchanged"] == 1 and again["not_carried"] == []
    for key in ("sections", "scale", "languages", "code"):
        assert again["checklist"][key] == first["checklist"][key]
    code = main(["export", "checklist", "--db", db, "--checklist", "nothing like it",
                 "--out", str(tmp_path / "x.xlsx")])  # fmt: skip
    assert code == 1 and "nothing like it" in capsys.readouterr().err
