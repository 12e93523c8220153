"""--prefer ours|theirs on the command line: a conflict keeps this computer's copy by default,
takes the package's with --prefer theirs, and --json says which was chosen."""

from __future__ import annotations

import json

import pytest
from engines import ON_SERVER, new_location
from package_world import PEOPLE, add_observation, add_teacher, correct, fresh_database, school_id
from sqlalchemy import select

from eduqa_desktop.cli import main
from eduqa_desktop.services.imports import export_observations
from eduqa_desktop.services.school_packages import export_school_package
from eduqa_desktop.services.school_packages.receive import receive_packages
from eduqa_desktop.storage.database import open_database
from eduqa_desktop.storage.models import Observation

pytestmark = pytest.mark.skipif(ON_SERVER, reason="the command line is given database files")


def _run(capsys, *args: str) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    code = main(list(args))
    return code, json.loads(capsys.readouterr().out)


def _strengths(db) -> str:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalar(select(Observation.strengths))


def test_import_observations_prefer_theirs_json(capsys, tmp_path):  # type: ignore[no-untyped-def]
    school, laptop = fresh_database(tmp_path, "school"), fresh_database(tmp_path, "laptop")
    obs = add_observation(laptop, add_teacher(laptop, PEOPLE[4][0]))
    path = tmp_path / "p.xlsx"
    export_observations(laptop, school_id(laptop), path)
    base = ("import", "observations", str(path), "--db", str(school.path), "--json")
    assert _run(capsys, *base)[0] == 0
    correct(laptop, obs, "Laptop")
    correct(school, obs, "School")
    export_observations(laptop, school_id(laptop), path)
    school.close()
    code, kept = _run(capsys, *base)
    assert code == 0 and kept["updated"] == 0
    [conflict] = kept["conflicts"]
    assert conflict["choice"] == "ours" and conflict["resolvable"] is True
    assert (conflict["here"]["strengths"], conflict["package"]["strengths"]) == ("School", "Laptop")
    code, taken = _run(capsys, *base, "--prefer", "theirs")
    assert code == 0 and taken["updated"] == 1 and taken["conflicts"][0]["choice"] == "theirs"
    again = open_database(school.path)
    assert _strengths(again) == "Laptop"
    again.close()


def test_import_school_packages_prefer_theirs_json(capsys, tmp_path):  # type: ignore[no-untyped-def]
    school = fresh_database(tmp_path, "school")
    district_path = new_location(tmp_path, "district")
    district = open_database(district_path)
    obs = add_observation(school, add_teacher(school, PEOPLE[1][0]))
    first, second = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    export_school_package(school, school_id(school), first, year="2025-2026")
    receive_packages(district, [first])
    correct(school, obs, "School")
    correct(district, obs, "District")
    export_school_package(school, school_id(school), second, year="2025-2026")
    district.close()
    base = ("import", "school-packages", str(second), "--db", str(district_path), "--json")
    code, dry = _run(capsys, *base, "--dry-run", "--prefer", "theirs")
    assert code == 0 and dry["files"][0]["conflicts"][0]["choice"] == "theirs"
    code, report = _run(capsys, *base, "--prefer", "theirs")
    [item] = report["files"]
    assert code == 0 and item["written"] and item["updated"] == 1
    assert [c["choice"] for c in item["conflicts"]] == ["theirs"]
    assert item["deleted"] == 0
    again = open_database(district_path)
    assert _strengths(again) == "School"
    again.close()
