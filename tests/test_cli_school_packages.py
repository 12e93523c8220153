"""`eduqa export school-package`, `eduqa import school-packages`, `eduqa submissions`: the JSON
report in the issue's shape, exit codes, a dry run, a bad file among good ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from district_world import YEAR, source_template
from openpyxl import load_workbook

from eduqa_desktop.cli import main

FILE_KEYS = [
    "file", "school", "created", "updated", "unchanged", "deleted", "conflicts", "errors",
    "written",
]  # fmt: skip


@pytest.fixture(scope="module")
def schools_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-schools")
    path = folder / "schools.sqlite3"
    shutil.copyfile(source_template(folder), path)
    return path


def _run(capsys, *args: str) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    code = main(list(args))
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip() else {})


def test_send_receive_and_see_who_is_missing(capsys, schools_db, tmp_path):  # type: ignore[no-untyped-def]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("Namuna 1-maktab", "Namuna 2-maktab"):
        code, sent = _run(capsys, "export", "school-package", "--db", str(schools_db),
                          "--school", name, "--year", YEAR, "--term", "1",
                          "--out", str(inbox / f"{name}.xlsx"), "--json")  # fmt: skip
        assert code == 0 and sent["school"] == name and sent["term"] == 1 and sent["teachers"] > 0
    (inbox / "broken.xlsx").write_bytes(b"PK\x03\x04 cut off")
    district = tmp_path / "district.sqlite3"
    assert main(["init", "--db", str(district), "--school", "Namuna 47-maktab"]) == 0
    capsys.readouterr()

    code, dry = _run(capsys, "import", "school-packages", str(inbox), "--db", str(district),
                     "--dry-run", "--json")  # fmt: skip
    assert code == 1  # the broken file
    assert [f["written"] for f in dry["files"]] == [False, False, False]

    code, report = _run(capsys, "import", "school-packages", str(inbox), "--db", str(district),
                        "--json")  # fmt: skip
    assert code == 1 and list(report) == ["files", "schools_missing"]
    files = {f["file"]: f for f in report["files"]}
    assert all(list(f) == FILE_KEYS for f in report["files"])
    assert files["broken.xlsx"]["written"] is False
    assert "damaged" in files["broken.xlsx"]["errors"][0]
    for name in ("Namuna 1-maktab", "Namuna 2-maktab"):
        item = files[f"{name}.xlsx"]
        assert item["written"] and item["school"] == name and item["created"] > 100
        assert item["conflicts"] == [] and item["errors"] == []
    assert report["schools_missing"] == ["Namuna 47-maktab"]

    code, again = _run(capsys, "import", "school-packages", str(inbox / "Namuna 1-maktab.xlsx"),
                       "--db", str(district), "--json")  # fmt: skip
    assert code == 0 and again["files"][0]["created"] == again["files"][0]["updated"] == 0

    out = tmp_path / "calls.xlsx"
    code, listing = _run(capsys, "submissions", "--db", str(district), "--year", YEAR,
                         "--term", "1", "--json", "--out", str(out))  # fmt: skip
    assert code == 0 and listing["missing"] == ["Namuna 47-maktab"]
    arrived = [s for s in listing["schools"] if s["arrived"]]
    assert [s["school"] for s in arrived] == ["Namuna 1-maktab", "Namuna 2-maktab"]
    assert all(s["app_version"] and s["received_at"] for s in arrived)
    assert load_workbook(out).active.cell(row=5, column=1).value == "Namuna 47-maktab"

    assert main(["submissions", "--db", str(district), "--year", YEAR, "--term", "1"]) == 0
    said = capsys.readouterr().err
    assert "Namuna 47-maktab: missing" in said and "Namuna 1-maktab: arrived" in said


def test_a_tampered_package_is_refused_in_words(capsys, schools_db, tmp_path):  # type: ignore[no-untyped-def]
    package = tmp_path / "p.xlsx"
    assert main(["export", "school-package", "--db", str(schools_db), "--school",
                 "Namuna 2-maktab", "--year", YEAR, "--out", str(package)]) == 0  # fmt: skip
    book = load_workbook(package)
    book["machine_teachers"].cell(row=2, column=2).value = "Someone Else"
    book.save(package)
    district = tmp_path / "d.sqlite3"
    main(["init", "--db", str(district), "--school", "X"])
    capsys.readouterr()
    assert main(["import", "school-packages", str(package), "--db", str(district)]) == 1
    said = capsys.readouterr().err
    assert "p.xlsx: refused, nothing written" in said and "checksum does not match" in said


def test_the_observations_import_sends_a_school_package_to_receive(capsys, schools_db, tmp_path):  # type: ignore[no-untyped-def]
    package = tmp_path / "school.xlsx"
    assert main(["export", "school-package", "--db", str(schools_db), "--school",
                 "Namuna 1-maktab", "--year", YEAR, "--out", str(package)]) == 0  # fmt: skip
    target = tmp_path / "other.sqlite3"
    main(["init", "--db", str(target), "--school", "Boshqa maktab"])
    capsys.readouterr()
    code = main(["import", "observations", str(package), "--db", str(target)])
    assert code == 1 and "Receive school packages" in capsys.readouterr().err
